using System.Reflection;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;
using Twister.Runtime;

namespace Twister.Generators.Tests.Generators;

/// <summary>A connector source run through the generators, compiled, emitted and loaded.</summary>
internal sealed class CompiledConnector
{
    private CompiledConnector(Assembly assembly, string typeName)
    {
        Assembly = assembly;
        Type = assembly.GetType(typeName, throwOnError: true)!;
        // Test-side reflection only: it stands in for a host that references the connector statically.
        Descriptor = (ConnectorDescriptor)Type.GetProperty("Descriptor")!.GetValue(null)!;
    }

    public Assembly Assembly { get; }
    public Type Type { get; }
    public ConnectorDescriptor Descriptor { get; }

    /// <summary>Generates, compiles and loads <paramref name="source"/>; it may use the types of <paramref name="referenced"/> (loaded test assemblies).</summary>
    public static CompiledConnector Build(string source, string typeName, params Assembly[] referenced)
    {
        var compilation = TestCompilation.Create(source).AddReferences(referenced.Select(a => MetadataReference.CreateFromFile(a.Location)));
        var (output, _) = GeneratorHarness.Run(compilation, new ConnectorGenerator(), new LinkTypeGenerator());
        return new CompiledConnector(GeneratorHarness.EmitAndLoad(output), typeName);
    }

    /// <summary>Calls a generated typed factory, as connector code would (internal ones included).</summary>
    public object CreateCallback(string factory, params object?[] arguments)
        => Factory(factory).Invoke(null, arguments)!;

    /// <summary>A generated typed factory, whatever its accessibility.</summary>
    public MethodInfo Factory(string name)
        => Type.GetNestedType("Callbacks", BindingFlags.Public | BindingFlags.NonPublic)!.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;

    public TestRuntime NewRuntime() => new(Descriptor);
}
