namespace Twister.Serialization;

/// <summary>Finds the generated serializer of a type; implemented by generated code, without reflection.</summary>
public interface ISerializerProvider
{
    /// <summary>Returns the serializer of <typeparamref name="T"/>, or <see langword="null"/> when none was generated.</summary>
    /// <typeparam name="T">The type.</typeparam>
    TwisterSerializer<T>? GetSerializer<T>();
}
