namespace Twister;

/// <summary>Base class of the errors Twister raises for connector contract violations.</summary>
public class TwisterException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public TwisterException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>A persisted callback names a key the connector no longer has.</summary>
public sealed class CallbackNotFoundException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="key">The unknown key.</param>
    public CallbackNotFoundException(string connector, string key)
        : base($"Connector '{connector}' has no callback with key '{key}'. Keep the method (or pin its key with [Callback(\"{key}\")]) or retire it in Callbacks.Shipped.txt.")
    {
        Connector = connector;
        Key = key;
    }

    /// <summary>The connector's name.</summary>
    public string Connector { get; }

    /// <summary>The unknown key.</summary>
    public string Key { get; }
}

/// <summary>A persisted callback argument cannot be read as the parameter type of the current code.</summary>
public sealed class CallbackArgumentException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The callback key.</param>
    /// <param name="index">The zero-based position of the argument among the persisted arguments.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CallbackArgumentException(string key, int index, string reason, Exception? innerException = null)
        : base($"Callback '{key}': argument {index} {reason}", innerException)
    {
        Key = key;
        Index = index;
    }

    /// <summary>The callback key.</summary>
    public string Key { get; }

    /// <summary>The zero-based argument position.</summary>
    public int Index { get; }
}
