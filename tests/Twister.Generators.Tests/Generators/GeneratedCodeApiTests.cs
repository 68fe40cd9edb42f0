using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Generated code calls the runtime library only through the hidden support namespace <c>Twister.Generated</c>
/// and the product API a connector author or host sees anyway (docs/generators.md lists the cut).
/// </summary>
public sealed class GeneratedCodeApiTests
{
    private static readonly HashSet<string> ProductApi = new(StringComparer.Ordinal)
    {
        "Twister.Callback", "Twister.Callback`1", "Twister.CallbackArgumentException", "Twister.CallbackNotFoundException",
        "Twister.AuthProvider", "Twister.LinkTypeConfig", "Twister.LinkStatus", "Twister.Tag", "Twister.WebhookRequest",
        "Twister.Runtime.IConnectorDefinition", "Twister.Runtime.ConnectorDescriptor", "Twister.Runtime.ConnectorManifest",
        "Twister.Runtime.CallbackManifest", "Twister.Runtime.CallbackParameterManifest", "Twister.Runtime.CallbackInvocation",
        "Twister.Runtime.TwistBase", "Twister.Runtime.ToolSet", "Twister.Runtime.NetworkToolSet",
        "Twister.Serialization.ISerializerProvider", "Twister.Serialization.TwisterSerializer`1",
    };

    [Fact]
    public void Generated_code_names_only_the_support_namespace_and_the_product_api()
    {
        var input = TestCompilation.Create(TestSources.Kinds, TestSources.VersionTwo, TestSources.LinkType);
        var (output, _) = GeneratorHarness.Run(input, new ConnectorGenerator(), new LinkTypeGenerator());

        var named = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in output.SyntaxTrees.Except(input.SyntaxTrees))
        {
            var model = output.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type?.ContainingAssembly?.Name == "Twister") named.Add(MetadataName(type.OriginalDefinition));
            }
        }

        Assert.Contains("Twister.Generated.JsonOutput", named);
        Assert.DoesNotContain(named, n => !n.StartsWith("Twister.Generated.", StringComparison.Ordinal) && !ProductApi.Contains(n));
    }

    private static string MetadataName(INamedTypeSymbol type)
        => type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : $"{type.ContainingNamespace.ToDisplayString()}.{type.MetadataName}";
}
