using Twister.Runtime;

namespace Twister;

/// <summary>
/// Base class of twists: workflow logic inside Plot that needs no external integration.
/// </summary>
/// <typeparam name="TSelf">The derived class itself.</typeparam>
public abstract class Twist<TSelf> : TwistBase
    where TSelf : Twist<TSelf>;
