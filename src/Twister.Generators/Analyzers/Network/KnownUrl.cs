using System;

namespace Twister.Generators.Analyzers.Network;

/// <summary>
/// What is known at compile time of a URL: its text, whole (<see cref="IsComplete"/>) or up to the first
/// part known only at run time. Only a URL whose origin (scheme, host and port) is known is checked.
/// </summary>
/// <param name="Text">The known text.</param>
/// <param name="IsComplete">Whether <see cref="Text"/> is the whole URL.</param>
internal readonly record struct KnownUrl(string Text, bool IsComplete)
{
    /// <summary>Whether the scheme, host and port are all in <see cref="Text"/>.</summary>
    public bool HasOrigin
    {
        get
        {
            var scheme = Text.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0) return false;
            if (IsComplete) return Text.Length > scheme + 3;
            return Text.IndexOfAny(new[] { '/', '?', '#' }, scheme + 3) > scheme + 3;
        }
    }

    /// <summary>The origin: <c>https://api.example.com</c>.</summary>
    public string Origin
    {
        get
        {
            var start = Text.IndexOf("://", StringComparison.Ordinal) + 3;
            var end = Text.IndexOfAny(new[] { '/', '?', '#' }, start);
            return (end < 0 ? Text : Text.Substring(0, end)).ToLowerInvariant();
        }
    }

    /// <summary>The text as the host compares it: a whole URL as <see cref="Uri.AbsoluteUri"/>, a prefix with its origin in lower case.</summary>
    public string Normalized
        => IsComplete && Uri.TryCreate(Text, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : Origin + Text.Substring(Origin.Length);

    /// <summary>The URL as shown in a message: the known text, with <c>…</c> for what only the run time knows.</summary>
    public string Display => IsComplete ? Text : Text + "…";
}
