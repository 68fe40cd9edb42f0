using System.ComponentModel;
using System.Reflection;
using Twister.Generated;

namespace Twister.Tests.Generated;

/// <summary>The API generated code calls is one namespace, hidden from IntelliSense, as System.Text.Json's JsonMetadataServices is.</summary>
public sealed class SupportApiVisibilityTests
{
    private static readonly Type[] Exported = typeof(JsonOutput).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_type_of_the_generated_code_namespace_is_hidden()
    {
        var support = Exported.Where(t => t.Namespace == "Twister.Generated").ToList();

        Assert.NotEmpty(support);
        Assert.All(support, type => Assert.Equal(EditorBrowsableState.Never, type.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
    }

    [Fact]
    public void No_type_outside_it_is_hidden()
        => Assert.DoesNotContain(Exported, t => t.Namespace != "Twister.Generated" && t.GetCustomAttribute<EditorBrowsableAttribute>() is not null);
}
