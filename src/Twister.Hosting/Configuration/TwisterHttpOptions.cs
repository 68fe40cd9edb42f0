namespace Twister.Hosting.Configuration;

/// <summary>
/// How connectors' outbound HTTP copes with failures (section <c>Twister:Http</c>): transient failures are
/// retried with exponential backoff and jitter, <c>429</c>/<c>503</c> answers wait as long as their
/// <c>Retry-After</c> asks when the execution can afford it (and reschedule the task otherwise), a circuit
/// breaker per origin stops calling a failing service for a while, and every attempt counts against the
/// execution's request budget.
/// </summary>
public sealed class TwisterHttpOptions
{
    /// <summary>Retries after the first attempt; 0 turns retries off. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay, doubled on each further retry, with jitter. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest <c>Retry-After</c> an execution waits in place. A <c>429</c> or <c>503</c> asking for a
    /// longer wait (or one that would outlast <see cref="TotalRequestTimeout"/>) ends the execution, and its
    /// task is rescheduled for the time the service named, without counting an attempt. Default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The limit of one attempt. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The limit of one request with all its retries and waits (each redirect hop has its own). Default 2 min.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The circuit breaker kept per origin (section <c>Twister:Http:CircuitBreaker</c>).</summary>
    public TwisterCircuitBreakerOptions CircuitBreaker { get; } = new();
}

/// <summary>
/// The circuit breaker of one origin: when at least <see cref="MinimumThroughput"/> attempts in
/// <see cref="SamplingDuration"/> failed in a ratio of <see cref="FailureRatio"/> or more, calls to that
/// origin fail at once for <see cref="BreakDuration"/> (<c>BrokenCircuitException</c>; the task is retried later).
/// </summary>
public sealed class TwisterCircuitBreakerOptions
{
    /// <summary>The failure ratio that opens the circuit, from 0 to 1. Default 0.5.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>The fewest attempts in a sampling period before the circuit can open (at least 2). Default 20.</summary>
    public int MinimumThroughput { get; set; } = 20;

    /// <summary>The sliding window failures are counted in. Default 30 s.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open. Default 15 s.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
