using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Configuration;

/// <summary>Options come through IOptions, bound from the Twister section, adjusted by code, validated on start with messages that name the setting.</summary>
public sealed class OptionsTests
{
    private static IHost Build(Dictionary<string, string?> settings, Action<TwisterOptions>? configure = null, Action<ConnectorOptions>? connector = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.RunWebhookServer = false;
                o.RunTaskWorker = false;
                configure?.Invoke(o);
            })
            .AddConnector<CounterConnector>(connector);
        return builder.Build();
    }

    [Fact]
    public void The_Twister_section_is_bound_and_code_adjusts_it_afterwards()
    {
        using var host = Build(
            new()
            {
                ["Twister:RequestBudget"] = "250",
                ["Twister:MaxConcurrentExecutions"] = "8",
                ["Twister:TaskLeaseDuration"] = "00:01:00",
                ["Twister:WebhookBaseUrl"] = "https://sync.example.com/",
                ["Twister:Http:MaxRetryAttempts"] = "5",
                ["Twister:Http:MaxRetryAfter"] = "00:00:10",
                ["Twister:Http:CircuitBreaker:BreakDuration"] = "00:00:45",
                ["Twister:Health:QueueLagDegraded"] = "00:05:00",
            },
            o => o.MaxConcurrentExecutions = 2);

        var options = host.Services.GetRequiredService<IOptions<TwisterOptions>>().Value;

        Assert.Equal(250, options.RequestBudget);
        Assert.Equal(2, options.MaxConcurrentExecutions); // code wins
        Assert.Equal(TimeSpan.FromMinutes(1), options.TaskLeaseDuration);
        Assert.Equal(new Uri("https://sync.example.com/"), options.WebhookBaseUrl);
        Assert.Equal(5, options.Http.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Http.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(45), options.Http.CircuitBreaker.BreakDuration);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Health.QueueLagDegraded);
        Assert.True(options.UseInMemoryDatabase);
    }

    [Fact]
    public async Task A_connectors_settings_are_named_options_from_its_own_section()
    {
        using var host = Build(new()
        {
            ["Twister:Connectors:counter:DevelopmentToken"] = "from-configuration",
            ["Twister:Connectors:counter:RequestBudget"] = "3",
        });
        await host.StartAsync();
        var twister = host.Services.GetRequiredService<TwisterHost>();

        var named = host.Services.GetRequiredService<IOptionsMonitor<ConnectorOptions>>().Get(CounterConnector.Name);
        Assert.Equal("from-configuration", named.DevelopmentToken);
        Assert.Equal(3, named.RequestBudget);
        Assert.Single(await twister.Connector<CounterConnector>().InstallAsync()); // the token came from configuration
        var record = await twister.InvokeCallbackAsync(CounterConnector.Name, "Increment", """["c", 1]"""u8.ToArray(), null, CancellationToken.None);
        Assert.Equal(ExecutionStatus.Succeeded, record.Status); // two store operations fit a budget of 3
        var overrun = await twister.InvokeCallbackAsync(CounterConnector.Name, "ReadStore", """[4]"""u8.ToArray(), null, CancellationToken.None);
        var exceeded = Assert.IsType<RequestBudgetExceededException>(overrun.Exception);
        Assert.Equal(3, exceeded.Limit); // the connector's budget, not the host's 1000
        await host.StopAsync();
    }

    [Fact]
    public void The_code_of_AddConnector_wins_over_configuration()
    {
        using var host = Build(new() { ["Twister:Connectors:counter:DevelopmentToken"] = "from-configuration" }, connector: c => c.DevelopmentToken = "from-code");

        Assert.Equal("from-code", host.Services.GetRequiredService<IOptionsMonitor<ConnectorOptions>>().Get(CounterConnector.Name).DevelopmentToken);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_at_start_with_messages_that_name_each_setting()
    {
        using var host = Build(new()
        {
            ["Twister:MaxConcurrentExecutions"] = "0",
            ["Twister:Http:MaxRetryAfter"] = "00:05:00",
            ["Twister:Http:CircuitBreaker:FailureRatio"] = "1.5",
            ["Twister:Connectors:counter:RequestBudget"] = "0",
        });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = failure is AggregateException aggregate
            ? aggregate.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList()
            : Assert.IsType<OptionsValidationException>(failure).Failures.ToList();
        Assert.Contains("Twister:MaxConcurrentExecutions must be at least 1; it is 0.", messages);
        Assert.Contains(messages, m => m.StartsWith("Twister:Http:MaxRetryAfter (00:05:00) must be shorter than Twister:Http:TotalRequestTimeout (00:02:00)", StringComparison.Ordinal));
        Assert.Contains("Twister:Http:CircuitBreaker:FailureRatio must be greater than 0 and at most 1; it is 1.5.", messages);
        Assert.Contains("Twister:Connectors:counter:RequestBudget must be at least 1; it is 0.", messages);
    }

    [Fact]
    public void A_value_that_does_not_convert_names_its_configuration_path()
    {
        using var host = Build(new() { ["Twister:RequestBudget"] = "plenty" });

        var failure = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IOptions<TwisterOptions>>().Value);

        Assert.Contains("Twister:RequestBudget", failure.Message);
    }

    [Theory]
    [InlineData("DatabasePath", "Twister:DatabasePath is empty")]
    [InlineData("WebhookPort", "Twister:WebhookPort must be from 0 (a free port) to 65535; it is 70000.")]
    [InlineData("WebhookBaseUrl", "Twister:WebhookBaseUrl must be an absolute http or https URL; it is 'ftp://files.example.com/'.")]
    [InlineData("Health", "Twister:Health:QueueLagUnhealthy (00:00:30) must not be shorter than Twister:Health:QueueLagDegraded (00:01:00).")]
    public void The_validator_explains_what_each_setting_must_be(string setting, string expected)
    {
        var options = new TwisterOptions();
        switch (setting)
        {
            case "DatabasePath": options.DatabasePath = " "; break;
            case "WebhookPort": options.WebhookPort = 70_000; break;
            case "WebhookBaseUrl": options.WebhookBaseUrl = new Uri("ftp://files.example.com/"); break;
            case "Health": options.Health.QueueLagUnhealthy = TimeSpan.FromSeconds(30); break;
        }

        var result = new TwisterOptionsValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
        Assert.True(new TwisterOptionsValidator().Validate(Options.DefaultName, new TwisterOptions()).Succeeded);
    }
}
