using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Webhooks;

/// <summary>
/// TWIST4001: the URL <c>Tools.Network.CreateWebhookAsync</c> returns is a <c>localhost</c> URL in local
/// development, which the external service cannot call; a connector hands it to the service only
/// after checking. The URL is followed from the local that receives it through strings, objects and
/// locals made of it, into the connector's own methods it is passed to (three calls deep), up to the
/// first call outside the connector and the runtime: that call registers it, and must run only when
/// a local-URL check failed (<see cref="Guards"/>). A method outside the connector that checks the URL
/// itself counts as checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WebhookRegistrationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property holding the name of the URL variable in scope at the registration, for the fix.</summary>
    public const string UrlProperty = "Url";

    private const int MaxDepth = 3;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WebhookRegisteredWithoutLocalCheck);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, ToolCalls.Network, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        foreach (var member in connector.GetMembers())
        {
            if (member is not IMethodSymbol method || methods.CodeOf(method, context.CancellationToken) is not { } code) continue;
            foreach (var node in code.Body.DescendantNodesAndSelf())
            {
                if (node is InvocationExpressionSyntax invocation && CallSyntax.CalledName(invocation) == "CreateWebhookAsync"
                    && code.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol created
                    && ToolCalls.Is(created, ToolCalls.Network, "CreateWebhookAsync"))
                {
                    new Flow(context, methods, connector).FollowCreated(invocation, code);
                }
            }
        }
    }

    /// <summary>Follows one webhook URL to the calls that hand it outside the connector.</summary>
    private sealed class Flow(SymbolAnalysisContext context, SourceMethods methods, INamedTypeSymbol connector)
    {
        private readonly HashSet<ISymbol> _followed = new(SymbolEqualityComparer.Default);

        public void FollowCreated(InvocationExpressionSyntax created, MethodCode code)
        {
            // The awaited result, possibly with ConfigureAwait(false), stored in a local or used as it is.
            SyntaxNode value = created;
            while (value.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax
                   || (value.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } && value.Parent.Parent is InvocationExpressionSyntax))
                value = value.Parent is MemberAccessExpressionSyntax ? value.Parent.Parent! : value.Parent;
            if (StoredIn(value, code.Model) is { } local) FollowVariable(local, code, 0);
            else FollowUse((ExpressionSyntax)value, local: null, code, 0);
        }

        private static ISymbol? StoredIn(SyntaxNode value, SemanticModel model) => value.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator),
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment when assignment.Right == value
                => model.GetSymbolInfo(target).Symbol as ILocalSymbol,
            _ => null,
        };

        private void FollowVariable(ISymbol variable, MethodCode code, int depth)
        {
            if (!_followed.Add(variable)) return;
            foreach (var node in code.Body.DescendantNodesAndSelf())
            {
                if (node is IdentifierNameSyntax name && name.Identifier.ValueText == variable.Name
                    && SymbolEqualityComparer.Default.Equals(code.Model.GetSymbolInfo(name, context.CancellationToken).Symbol, variable))
                    FollowUse(name, variable, code, depth);
            }
        }

        /// <summary>Climbs from a use of the URL to what it is handed to.</summary>
        private void FollowUse(ExpressionSyntax use, ISymbol? local, MethodCode code, int depth)
        {
            SyntaxNode current = use;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } argument:
                        if (!Classify(call, argument, local, code, depth)) return;
                        current = call;
                        continue;
                    case InvocationExpressionSyntax call when call.Expression == current || current.Parent is MemberAccessExpressionSyntax:
                        if (!Classify(call, null, local, code, depth)) return;
                        current = call;
                        continue;
                    case MemberAccessExpressionSyntax access when access.Expression == current && access.Parent is InvocationExpressionSyntax call:
                        if (!Classify(call, null, local, code, depth)) return;
                        current = call;
                        continue;
                    case ArgumentSyntax or ArgumentListSyntax or BaseObjectCreationExpressionSyntax or InitializerExpressionSyntax
                        or AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } or AnonymousObjectMemberDeclaratorSyntax
                        or AnonymousObjectCreationExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax
                        or BinaryExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax or ConditionalExpressionSyntax
                        or CollectionExpressionSyntax or ExpressionElementSyntax or AwaitExpressionSyntax:
                        current = parent;
                        continue;
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when depth < MaxDepth
                        && code.Model.GetDeclaredSymbol(declarator, context.CancellationToken) is ILocalSymbol carrier:
                        // A request object or string made of the URL, kept in a local: follow that local too.
                        FollowVariable(carrier, code, depth);
                        return;
                    default:
                        return;
                }
            }
        }

        /// <summary>Decides what <paramref name="call"/> does with the URL; returns whether to keep climbing.</summary>
        private bool Classify(InvocationExpressionSyntax call, ArgumentSyntax? argument, ISymbol? local, MethodCode code, int depth)
        {
            if (code.Model.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol target) return false;
            target = target.ReducedFrom ?? target;
            // Formatting, storing, checking (and a record's synthesized members): keep climbing.
            if (ToolCalls.IsRuntime(target) || IsFramework(target) || target.IsImplicitlyDeclared || target.Name == nameof(ToString)) return true;
            if (Guards.IsGuarded(call, code.Body, LocalUrlChecks.Polarity)) return false;

            if (SymbolEqualityComparer.Default.Equals(target.ContainingType?.OriginalDefinition, connector.OriginalDefinition))
            {
                // The connector's own helper: the check may be in there.
                if (depth < MaxDepth && argument is not null && ParameterFor(target, call, argument) is { } parameter
                    && methods.CodeOf(target, context.CancellationToken) is { } helper)
                    FollowVariable(parameter, helper, depth + 1);
                return false;
            }
            // Outside the connector: code that checks the URL itself is trusted; anything else registers it.
            if (methods.CodeOf(target, context.CancellationToken) is { } callee && LocalUrlChecks.ContainsCheck(callee.Body)) return false;
            var properties = local is ILocalSymbol or IParameterSymbol
                ? ImmutableDictionary<string, string?>.Empty.Add(UrlProperty, local.Name)
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WebhookRegisteredWithoutLocalCheck, call.GetLocation(), properties, local?.Name ?? "webhookUrl"));
            return false;
        }

        private static IParameterSymbol? ParameterFor(IMethodSymbol target, InvocationExpressionSyntax call, ArgumentSyntax argument)
        {
            var index = call.ArgumentList.Arguments.IndexOf(argument);
            if (argument.NameColon is { } name)
            {
                foreach (var parameter in target.Parameters)
                {
                    if (parameter.Name == name.Name.Identifier.ValueText) return parameter;
                }
                return null;
            }
            return index >= 0 && index < target.Parameters.Length ? target.Parameters[index] : null;
        }

        /// <summary>Framework code that only formats or wraps a value, not HTTP sends (which register).</summary>
        private static bool IsFramework(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type is null) return false;
            if (Symbols.IsType(type, "System.Net.Http.HttpClient") || Symbols.IsType(type, "System.Net.Http.HttpMessageInvoker")
                || Symbols.IsType(type, "System.Net.Http.Json.HttpClientJsonExtensions")) return false;
            var ns = type.ContainingNamespace;
            while (ns is { ContainingNamespace.IsGlobalNamespace: false }) ns = ns.ContainingNamespace;
            return ns?.Name is "System" or "Microsoft";
        }
    }
}
