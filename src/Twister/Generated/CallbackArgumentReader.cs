using System.ComponentModel;
using System.Text.Json;
using Twister.Serialization;

namespace Twister.Generated;

/// <summary>
/// Reads the positional arguments of a persisted callback (a UTF-8 JSON array) for the generated
/// dispatcher: argument <em>i</em> is element <em>i</em>. Every failure names the callback key and
/// the argument index. Support API for code emitted by Twister.Generators: not for direct use, and it
/// may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct CallbackArgumentReader
{
    private readonly string _key;
    private Utf8JsonReader _reader;
    private bool _ended;

    /// <summary>Starts reading <paramref name="arguments"/>.</summary>
    /// <param name="key">The callback key, for error messages.</param>
    /// <param name="arguments">The persisted arguments; empty means no arguments.</param>
    /// <exception cref="CallbackArgumentException">The arguments are not a JSON array.</exception>
    public CallbackArgumentReader(string key, ReadOnlySpan<byte> arguments)
    {
        _key = key;
        _reader = new Utf8JsonReader(arguments);
        _ended = arguments.IsEmpty;
        if (_ended) return;
        try
        {
            if (!_reader.Read() || _reader.TokenType != JsonTokenType.StartArray)
                throw new CallbackArgumentException(key, 0, "cannot be read: the persisted arguments are not a JSON array");
        }
        catch (JsonException ex)
        {
            throw new CallbackArgumentException(key, 0, "cannot be read: the persisted arguments are not valid JSON", ex);
        }
    }

    /// <summary>Moves to argument <paramref name="index"/>; <see langword="false"/> when the array has no more elements.</summary>
    /// <param name="index">The argument's position, for error messages.</param>
    public bool MoveNext(int index)
    {
        if (_ended) return false;
        try
        {
            if (!_reader.Read()) throw new JsonException("the array is not closed");
        }
        catch (JsonException ex)
        {
            throw new CallbackArgumentException(_key, index, "cannot be read: the persisted arguments are not valid JSON", ex);
        }
        if (_reader.TokenType != JsonTokenType.EndArray) return true;
        _ended = true;
        return false;
    }

    /// <summary>Reads the current argument with <paramref name="serializer"/>.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="index">The argument's position.</param>
    /// <param name="serializer">The parameter type's serializer.</param>
    /// <param name="typeName">The parameter type as written in C#, for error messages.</param>
    /// <exception cref="CallbackArgumentException">The value cannot be read as <typeparamref name="T"/>.</exception>
    public T Read<T>(int index, TwisterSerializer<T> serializer, string typeName)
    {
        try
        {
            return serializer.Read(ref _reader);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new CallbackArgumentException(_key, index, $"cannot be read as {typeName}: {ex.Message}", ex);
        }
    }

    /// <summary>The exception for a required argument that older callers did not persist.</summary>
    /// <param name="index">The argument's position.</param>
    public readonly CallbackArgumentException Missing(int index)
        => new(_key, index, "is missing and its parameter has no default value");
}
