using System.Linq;
using Twister.Generators.Callbacks.Model;
using Twister.Generators.Common;
using Twister.Generators.Connectors.Model;
using Twister.Generators.Serialization.Emit;

namespace Twister.Generators.Callbacks.Emit;

/// <summary>
/// Writes a connector's callback registry: the typed factories (nested class <c>Callbacks</c>) and
/// the dispatcher from key + positional JSON arguments to the method.
/// </summary>
internal static class CallbackEmitter
{
    private const string ArgumentReader = "global::Twister.Generated.CallbackArgumentReader";
    private const string ArgumentWriter = "global::Twister.Generated.CallbackArgumentWriter";

    /// <summary>
    /// Writes the <c>Callbacks</c> class with one factory per callback, each as visible as the types in
    /// its signature allow (<see cref="CallbackModel.FactoryAccessibility"/>). The class is public
    /// unless a factory names a type nested privately in the connector: such a factory must stay
    /// inside the connector yet be callable from it, which only a private class with non-private
    /// members gives (a private member of <c>Callbacks</c> would be hidden from the connector).
    /// </summary>
    public static void EmitFactories(SourceWriter w, ConnectorModel model, SerializerEmitter serializers)
    {
        var classIsPrivate = model.Callbacks.Any(c => c.FactoryAccessibility == GeneratedAccessibility.Private);
        w.Line("/// <summary>Typed factories of this connector's callbacks: the arguments are checked by the compiler and persisted positionally.</summary>");
        w.Open($"{(classIsPrivate ? "private" : "public")} static class Callbacks");
        var first = true;
        foreach (var callback in model.Callbacks)
        {
            if (!first) w.Line();
            first = false;
            var result = callback.InvocationType is null ? "global::Twister.Callback" : $"global::Twister.Callback<{callback.InvocationType}>";
            var parameters = string.Join(", ", callback.Parameters.Select(p => $"{p.DeclaredType} {SourceNames.Identifier(p.Name)}" + (p.DefaultValue is null ? "" : $" = {p.DefaultValue}")));
            w.Line($"/// <summary>A persisted reference to <c>{callback.MethodName}</c> (key <c>{CSharpLiteral.XmlDoc(callback.Key)}</c>).</summary>");
            var access = callback.FactoryAccessibility == GeneratedAccessibility.Private ? "internal" : EffectiveAccessibility.Keyword(callback.FactoryAccessibility);
            w.Open($"{access} static {result} {callback.MethodName}({parameters})");
            w.Line($"var arguments = {ArgumentWriter}.Start();");
            foreach (var parameter in callback.Parameters) w.Line($"arguments.Write({SourceNames.Identifier(parameter.Name)}, {serializers.InstanceOf(parameter.Type)});");
            w.Line($"return new {result}({CSharpLiteral.String(callback.Key)}, arguments.ToArray());");
            w.Close();
        }
        w.Close();
    }

    /// <summary>Writes the descriptor's <c>InvokeCallbackAsync</c> and one invoker per callback.</summary>
    public static void EmitDispatcher(SourceWriter w, ConnectorModel model, SerializerEmitter serializers)
    {
        w.Open("public override global::System.Threading.Tasks.Task InvokeCallbackAsync(global::Twister.Runtime.TwistBase instance, global::Twister.Runtime.CallbackInvocation invocation, global::System.Threading.CancellationToken cancellationToken)");
        w.Line($"var connector = ({model.FullName})instance;");
        w.Line("return invocation.Key switch");
        w.Line("{");
        w.Indent();
        foreach (var callback in model.Callbacks) w.Line($"{CSharpLiteral.String(callback.Key)} => Invoke{callback.MethodName}(connector, invocation, cancellationToken),");
        w.Line($"_ => throw new global::Twister.CallbackNotFoundException({CSharpLiteral.String(model.Name)}, invocation.Key),");
        w.Outdent();
        w.Line("};");
        w.Close();

        foreach (var callback in model.Callbacks)
        {
            w.Line();
            EmitInvoker(w, model, callback, serializers);
        }
    }

    private static void EmitInvoker(SourceWriter w, ConnectorModel model, CallbackModel callback, SerializerEmitter serializers)
    {
        w.Open($"private static global::System.Threading.Tasks.Task Invoke{callback.MethodName}({model.FullName} connector, global::Twister.Runtime.CallbackInvocation invocation, global::System.Threading.CancellationToken cancellationToken)");
        if (callback.Parameters.Count > 0)
        {
            w.Line($"var arguments = new {ArgumentReader}(invocation.Key, invocation.Arguments.Span);");
            for (var i = 0; i < callback.Parameters.Count; i++)
            {
                var p = callback.Parameters[i];
                var whenMissing = p.DefaultValue ?? "throw arguments.Missing(" + i + ")";
                // Older versions persisted fewer arguments: a missing trailing one takes its declared default.
                w.Line($"var a{i} = arguments.MoveNext({i}) ? arguments.Read({i}, {serializers.InstanceOf(p.Type)}, {CSharpLiteral.String(p.Type)}) : {whenMissing};");
            }
            // Anything after the last parameter was written by a newer version and is ignored.
        }
        if (callback.InvocationType is { } invocationType)
        {
            w.Line($"if (invocation.InvocationArgument is not {invocationType} supplied)");
            w.Indent().Line($"throw new global::Twister.CallbackArgumentException(invocation.Key, -1, \"expects an invocation argument of type {CSharpLiteral.StringContent(invocationType)}\");").Outdent();
        }
        var arguments = string.Join(", ", callback.CallArguments.Select(a => a.Role switch
        {
            CallbackArgumentRole.Invocation => "supplied",
            CallbackArgumentRole.Cancellation => "cancellationToken",
            _ => $"a{a.PersistedIndex}",
        }));
        var call = $"connector.{callback.MethodName}({arguments})";
        switch (callback.ReturnKind)
        {
            case CallbackReturnKind.Task: w.Line($"return {call};"); break;
            case CallbackReturnKind.ValueTask: w.Line($"return {call}.AsTask();"); break;
            default:
                w.Line($"{call};");
                w.Line("return global::System.Threading.Tasks.Task.CompletedTask;");
                break;
        }
        w.Close();
    }

}
