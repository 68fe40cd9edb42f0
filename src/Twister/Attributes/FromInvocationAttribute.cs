namespace Twister;

/// <summary>
/// Marks the first parameter of a <see cref="CallbackAttribute">callback</see> as supplied when the
/// callback is invoked rather than captured when it is created. A first parameter of type
/// <see cref="WebhookRequest"/> is treated this way without the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class FromInvocationAttribute : Attribute;
