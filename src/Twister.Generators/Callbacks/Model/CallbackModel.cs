using Twister.Generators.Common;

namespace Twister.Generators.Callbacks.Model;

/// <summary>How a callback method completes, which decides how the dispatcher awaits it.</summary>
internal enum CallbackReturnKind
{
    /// <summary>Returns <c>void</c>.</summary>
    Void,
    /// <summary>Returns <c>Task</c>.</summary>
    Task,
    /// <summary>Returns <c>ValueTask</c>.</summary>
    ValueTask,
}

/// <summary>What one method parameter receives when the dispatcher calls the method.</summary>
internal enum CallbackArgumentRole
{
    /// <summary>The argument supplied at invocation (a webhook request).</summary>
    Invocation,
    /// <summary>A persisted argument, read from the JSON array.</summary>
    Persisted,
    /// <summary>The runtime's <c>CancellationToken</c>.</summary>
    Cancellation,
}

/// <summary>One <c>[Callback]</c> method: strings and equatable arrays only.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="MethodName">The C# method name.</param>
/// <param name="ReturnKind">How it completes.</param>
/// <param name="InvocationType">The type of the argument supplied at invocation, if any (<c>global::</c> name).</param>
/// <param name="Parameters">The persisted parameters, in position order.</param>
/// <param name="CallArguments">For each method parameter in declaration order, what it receives.</param>
/// <param name="FactoryAccessibility">The factory's accessibility: the most restrictive of the connector's and of every type in its signature.</param>
internal sealed record CallbackModel(
    string Key,
    string MethodName,
    CallbackReturnKind ReturnKind,
    string? InvocationType,
    EquatableArray<CallbackParameterModel> Parameters,
    EquatableArray<CallArgument> CallArguments,
    GeneratedAccessibility FactoryAccessibility);

/// <summary>One persisted parameter of a callback.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">The parameter type's <c>global::</c> name (a key into the connector's serializable shapes).</param>
/// <param name="DeclaredType">The type as the factory declares it: <paramref name="Type"/> plus the method's own
/// <c>?</c> on a reference type, so a factory accepts <see langword="null"/> exactly where the method does.</param>
/// <param name="DefaultValue">The declared default as C# source, or <see langword="null"/> when required.</param>
internal sealed record CallbackParameterModel(string Name, string Type, string DeclaredType, string? DefaultValue);

/// <summary>What one method parameter receives.</summary>
/// <param name="Role">Its source.</param>
/// <param name="PersistedIndex">For <see cref="CallbackArgumentRole.Persisted"/>: its position in the JSON array.</param>
internal readonly record struct CallArgument(CallbackArgumentRole Role, int PersistedIndex);
