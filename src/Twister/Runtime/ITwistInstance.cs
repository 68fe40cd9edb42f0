namespace Twister.Runtime;

/// <summary>Lets a host bind a freshly created instance to the execution it runs in.</summary>
public interface ITwistInstance
{
    /// <summary>Binds the instance to <paramref name="runtime"/>; an instance is bound once.</summary>
    /// <param name="runtime">The execution's tools.</param>
    void Bind(ITwistRuntime runtime);
}
