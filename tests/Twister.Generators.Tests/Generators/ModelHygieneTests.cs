using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>Pipeline models hold values only, so the driver never keeps symbols, syntax or compilations alive.</summary>
public sealed class ModelHygieneTests
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel)];

    [Fact]
    public void No_symbol_syntax_compilation_or_location_is_reachable_from_a_tracked_step()
    {
        var driver = GeneratorHarness.CreateDriver(new ConnectorGenerator(), new LinkTypeGenerator())
            .RunGenerators(TestCompilation.Create(TestSources.Kinds, TestSources.VersionTwo.Replace("Sample.Versions", "Sample.Other", StringComparison.Ordinal), TestSources.LinkType));
        var result = driver.GetRunResult();

        var outputs = result.Results
            .SelectMany(r => r.TrackedSteps.Where(s => s.Key is TrackingNames.ConnectorModel or TrackingNames.LinkTypeModel).SelectMany(s => s.Value))
            .SelectMany(step => step.Outputs)
            .Select(o => o.Value)
            .ToList();

        Assert.Equal(3, outputs.Count);
        foreach (var output in outputs) AssertClean(output, output.GetType().Name, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void Old_compilations_are_not_kept_alive_by_the_driver()
    {
        var (driver, oldCompilation) = RunThenEdit();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(oldCompilation.IsAlive, "the driver keeps the previous compilation alive");
        Assert.Single(driver.GetRunResult().GeneratedTrees);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    // Both runs happen here so that no local of the test method holds the first driver or compilation.
    private static (GeneratorDriver Driver, WeakReference Compilation) RunThenEdit()
    {
        var compilation = TestCompilation.Create(TestSources.VersionTwo);
        // Step tracking records step inputs; a production driver runs without it.
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new ConnectorGenerator());
        driver = driver.RunGenerators(compilation);
        var weak = new WeakReference(compilation);
        return (driver.RunGenerators(TestCompilation.Create(TestSources.VersionTwo + "\n// edited\n")), weak);
    }

    private static void AssertClean(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) AssertClean(item, $"{path}[{i++}]", seen);
        }
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                AssertClean(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
