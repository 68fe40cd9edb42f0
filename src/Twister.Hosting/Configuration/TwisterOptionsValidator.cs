using Microsoft.Extensions.Options;

namespace Twister.Hosting.Configuration;

/// <summary>
/// Checks <see cref="TwisterOptions"/> when the host starts. Each message names the setting by its
/// configuration key (<c>Twister:Http:MaxRetryAfter</c>), says what it must be and what it is.
/// </summary>
internal sealed class TwisterOptionsValidator : IValidateOptions<TwisterOptions>
{
    private const string Section = TwisterOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TwisterOptions options)
    {
        var errors = new OptionsErrors();
        if (options.Storage is null && !options.UseInMemoryDatabase && string.IsNullOrWhiteSpace(options.DatabasePath))
            errors.Add($"{Section}:DatabasePath is empty: name the SQLite file, or set {Section}:UseInMemoryDatabase.");
        errors.AtLeast($"{Section}:MaxConcurrentExecutions", options.MaxConcurrentExecutions, 1);
        errors.AtLeast($"{Section}:TaskLeaseDuration", options.TaskLeaseDuration, TimeSpan.FromSeconds(1));
        errors.AtLeast($"{Section}:RequestBudget", options.RequestBudget, 1);
        errors.AtLeast($"{Section}:MaxTaskAttempts", options.MaxTaskAttempts, 1);
        errors.AtLeast($"{Section}:TaskRetryDelay", options.TaskRetryDelay, TimeSpan.Zero);
        errors.AtLeast($"{Section}:TaskPollInterval", options.TaskPollInterval, TimeSpan.FromMilliseconds(1));
        if (options.WebhookPort is < 0 or > 65535)
            errors.Add($"{Section}:WebhookPort must be from 0 (a free port) to 65535; it is {options.WebhookPort}.");
        errors.AtLeast($"{Section}:MaxWebhookBodyBytes", options.MaxWebhookBodyBytes, 1);
        if (options.WebhookBaseUrl is { } baseUrl && !IsHttpUrl(baseUrl))
            errors.Add($"{Section}:WebhookBaseUrl must be an absolute http or https URL; it is '{baseUrl}'.");
        foreach (var (origin, target) in options.OriginMappings)
        {
            if (!IsHttpUrl(target)) errors.Add($"The origin mapping of '{origin}' must point at an absolute http or https URL; it is '{target}'.");
        }
        ValidateHttp(options.Http, errors);
        ValidateHealth(options, errors);
        return errors.Result();
    }

    private static void ValidateHttp(TwisterHttpOptions http, OptionsErrors errors)
    {
        const string Http = $"{Section}:Http";
        if (http.MaxRetryAttempts is < 0 or > 100)
            errors.Add($"{Http}:MaxRetryAttempts must be from 0 (no retries) to 100; it is {http.MaxRetryAttempts}.");
        errors.Between($"{Http}:RetryDelay", http.RetryDelay, TimeSpan.Zero, TimeSpan.FromDays(1));
        errors.Between($"{Http}:AttemptTimeout", http.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        errors.Between($"{Http}:TotalRequestTimeout", http.TotalRequestTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        errors.AtLeast($"{Http}:MaxRetryAfter", http.MaxRetryAfter, TimeSpan.Zero);
        if (http.AttemptTimeout > http.TotalRequestTimeout)
            errors.Add($"{Http}:AttemptTimeout ({http.AttemptTimeout}) must not be longer than {Http}:TotalRequestTimeout ({http.TotalRequestTimeout}).");
        if (http.MaxRetryAfter >= http.TotalRequestTimeout)
            errors.Add($"{Http}:MaxRetryAfter ({http.MaxRetryAfter}) must be shorter than {Http}:TotalRequestTimeout ({http.TotalRequestTimeout}): a request could never wait that long.");

        const string Breaker = $"{Http}:CircuitBreaker";
        var breaker = http.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1 || double.IsNaN(breaker.FailureRatio))
            errors.Add($"{Breaker}:FailureRatio must be greater than 0 and at most 1; it is {breaker.FailureRatio}.");
        errors.AtLeast($"{Breaker}:MinimumThroughput", breaker.MinimumThroughput, 2);
        errors.Between($"{Breaker}:SamplingDuration", breaker.SamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        errors.Between($"{Breaker}:BreakDuration", breaker.BreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
    }

    private static void ValidateHealth(TwisterOptions options, OptionsErrors errors)
    {
        const string Health = $"{Section}:Health";
        var health = options.Health;
        errors.AtLeast($"{Health}:QueueLagDegraded", health.QueueLagDegraded, TimeSpan.Zero);
        if (health.QueueLagUnhealthy < health.QueueLagDegraded)
            errors.Add($"{Health}:QueueLagUnhealthy ({health.QueueLagUnhealthy}) must not be shorter than {Health}:QueueLagDegraded ({health.QueueLagDegraded}).");
        if (health.WorkerStalledAfter <= options.TaskPollInterval)
            errors.Add($"{Health}:WorkerStalledAfter ({health.WorkerStalledAfter}) must be longer than {Section}:TaskPollInterval ({options.TaskPollInterval}): the worker looks at the queue at least that often.");
    }

    private static bool IsHttpUrl(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
