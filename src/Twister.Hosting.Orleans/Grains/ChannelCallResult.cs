using Orleans;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Orleans.Grains;

/// <summary>What a channel grain's call returns to the silo that made it: the failed execution, or the call's result.</summary>
[GenerateSerializer, Immutable, Alias("twister.ChannelCallResult")]
internal sealed record ChannelCallResult
{
    public static ChannelCallResult Done { get; } = new();

    /// <summary>The execution that failed (nothing it wrote was kept), if one did.</summary>
    [Id(0)]
    public ExecutionRecord? Failure { get; init; }

    /// <summary>The channels an install listed.</summary>
    [Id(1)]
    public string[]? ChannelIds { get; init; }

    /// <summary>The activities a disable archived.</summary>
    [Id(2)]
    public int Count { get; init; }

    /// <summary>The activity or note the call produced.</summary>
    [Id(3)]
    public long? Id { get; init; }

    /// <summary>Rethrows, on the calling silo, the failure the grain's silo caught.</summary>
    /// <exception cref="ExecutionFailedException">The execution failed.</exception>
    public ChannelCallResult ThrowIfFailed() => Failure is { } failure ? throw new ExecutionFailedException(failure) : this;
}
