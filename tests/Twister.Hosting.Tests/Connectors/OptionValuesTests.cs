using Twister.Hosting.Connectors.Options;
using Twister.Runtime;

namespace Twister.Hosting.Tests.Connectors;

public sealed class OptionValuesTests
{
    private static readonly ConnectorManifest Manifest = new("c", "C", AuthProvider.None, [], [], false, [], [])
    {
        Options =
        [
            new ConnectorOptionManifest("scope", "Scope", OptionKind.Select, "all") { Choices = ["all", "mine"] },
            new ConnectorOptionManifest("days", "Days", OptionKind.Number, "30") { Min = 1, Max = 365 },
            new ConnectorOptionManifest("comments", "Comments", OptionKind.Boolean, "true"),
            new ConnectorOptionManifest("key", "API key", OptionKind.Secret, ""),
            new ConnectorOptionManifest("label", "Label", OptionKind.Text, "x"),
        ],
    };

    [Fact]
    public void Values_resolve_over_the_defaults()
        => Assert.Equal(
            new Dictionary<string, string> { ["scope"] = "mine", ["days"] = "30", ["comments"] = "true", ["key"] = "", ["label"] = "x" },
            OptionValues.Resolve(Manifest, new Dictionary<string, string> { ["scope"] = "mine", ["stale"] = "gone" }));

    [Fact]
    public void Good_values_are_normalized()
        => Assert.Equal(
            new Dictionary<string, string> { ["days"] = "7.5", ["comments"] = "false", ["scope"] = "all", ["key"] = "k", ["label"] = "" },
            OptionValues.Check(Manifest, new Dictionary<string, string?> { ["days"] = "7.50", ["comments"] = "False", ["scope"] = "all", ["key"] = "k", ["label"] = null }));

    [Fact]
    public void Every_bad_value_is_named_and_nothing_is_accepted()
    {
        var error = Assert.Throws<ArgumentException>(() => OptionValues.Check(Manifest, new Dictionary<string, string?>
        {
            ["scope"] = "everyone", ["days"] = "400", ["comments"] = "yes", ["key"] = "", ["nope"] = "1",
        }));

        Assert.Contains("option 'scope' (Scope) must be one of all, mine; 'everyone' is not", error.Message);
        Assert.Contains("option 'days' (Days) must be between 1 and 365; 400 is not", error.Message);
        Assert.Contains("option 'comments' (Comments) is a boolean; 'yes' is not true or false", error.Message);
        Assert.Contains("option 'key' (API key) is a secret and cannot be empty", error.Message);
        Assert.Contains("'nope' is not an option of connector 'c' (declared: scope, days, comments, key, label)", error.Message);
    }
}
