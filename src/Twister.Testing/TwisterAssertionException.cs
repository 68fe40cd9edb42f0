namespace Twister.Testing;

/// <summary>A Twister test-kit assertion failed.</summary>
/// <param name="message">What was expected and what was found.</param>
public sealed class TwisterAssertionException(string message) : Exception(message);
