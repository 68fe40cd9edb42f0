namespace Twister.Serialization;

/// <summary>Finds the generated serializer of a type; implemented by generated code, without reflection.</summary>
public interface ISerializerProvider
{
    /// <summary>
    /// Returns the serializer of <typeparamref name="T"/> when it is a callback parameter type of the
    /// connector or a type the connector class stores (<c>Store.GetAsync&lt;T&gt;</c>/<c>Store.SetAsync</c>),
    /// or <see langword="null"/>.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    TwisterSerializer<T>? GetSerializer<T>();
}
