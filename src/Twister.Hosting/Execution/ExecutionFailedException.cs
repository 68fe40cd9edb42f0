namespace Twister.Hosting.Execution;

/// <summary>A lifecycle call (install, enable, disable, write-back, create-link) failed; nothing it wrote was kept.</summary>
public sealed class ExecutionFailedException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="record">The failed execution.</param>
    public ExecutionFailedException(ExecutionRecord record)
        : base($"{record.Kind} of connector '{record.Connector}' failed: {record.Error}", record.Exception)
    {
        Record = record;
    }

    /// <summary>The failed execution.</summary>
    public ExecutionRecord Record { get; }
}
