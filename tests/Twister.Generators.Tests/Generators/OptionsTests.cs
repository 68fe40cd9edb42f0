using System.Globalization;
using System.Reflection;
using Twister.Runtime;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Connector options, generated and run: the manifest lists them; <c>BindOptions</c> and <c>OptionsFrom</c> build
/// the options class from stored values without reflection; <c>Options</c> is bound once per execution.
/// </summary>
public sealed class OptionsTests
{
    private static readonly Lazy<CompiledConnector> Connector = new(() => CompiledConnector.Build(TestSources.Options, "Sample.Options.OptionsConnector"));

    private static readonly Dictionary<string, string> EveryValue = new(StringComparer.Ordinal)
    {
        ["site"] = "https://jira.example.com",
        ["project"] = "ENG",
        ["pageSize"] = "25",
        ["syncComments"] = "false",
        ["issueTypes"] = "bugs",
        ["apiToken"] = "s3cret",
        ["history_days"] = "9000000000",
        ["rate"] = "0.5",
        ["budget"] = "1234.56",
    };

    [Fact]
    public void The_manifest_lists_the_options_base_class_first_with_kinds_defaults_choices_and_bounds()
    {
        var options = Connector.Value.Descriptor.Manifest.Options.Select(o =>
            $"{o.Key} '{o.Label}' {o.Kind} [{o.DefaultValue}] {o.Description ?? "-"} ({string.Join(",", o.Choices)}) {o.Min?.ToString(CultureInfo.InvariantCulture) ?? "-"}..{o.Max?.ToString(CultureInfo.InvariantCulture) ?? "-"}");

        Assert.Equal(
            [
                "site 'Site URL' Text [https://example.atlassian.net] Where the service runs. () -..-",
                "project 'Project key' Text [] The project to sync. () -..-",
                "pageSize 'Issues per page' Number [50] - () 1..100",
                "syncComments 'Sync comments' Boolean [true] - () -..-",
                "issueTypes 'Issue types' Select [all] - (all,bugs,stories) -..-",
                "apiToken 'API token' Secret [] - () -..-",
                "history_days 'History (days)' Number [30] - () 0..-",
                "rate 'Sampling rate' Number [0.25] - () 0..1",
                "budget 'Monthly budget' Number [12.50] - () -..-",
            ],
            options);
    }

    [Fact]
    public void BindOptions_reads_every_kind_from_invariant_strings_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var options = Connector.Value.Descriptor.BindOptions(EveryValue)!;

            Assert.Equal("SyncOptions", options.GetType().Name);
            Assert.Equal("https://jira.example.com", Value(options, "Site"));
            Assert.Equal("ENG", Value(options, "Project"));
            Assert.Equal(25, Value(options, "PageSize"));
            Assert.Equal(false, Value(options, "SyncComments"));
            Assert.Equal("bugs", Value(options, "IssueTypes"));
            Assert.Equal("s3cret", Value(options, "ApiToken"));
            Assert.Equal(9_000_000_000L, Value(options, "HistoryDays"));
            Assert.Equal(0.5, Value(options, "Rate"));
            Assert.Equal(1234.56m, Value(options, "Budget"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_missing_key_takes_the_declared_default()
    {
        var options = Connector.Value.Descriptor.BindOptions(new Dictionary<string, string>())!;

        Assert.Equal("https://example.atlassian.net", Value(options, "Site"));
        Assert.Equal("", Value(options, "Project"));
        Assert.Equal(50, Value(options, "PageSize"));
        Assert.Equal(true, Value(options, "SyncComments"));
        Assert.Equal("all", Value(options, "IssueTypes"));
        Assert.Null(Value(options, "ApiToken"));
        Assert.Equal(30L, Value(options, "HistoryDays"));
        Assert.Equal(0.25, Value(options, "Rate"));
        Assert.Equal(12.50m, Value(options, "Budget"));
    }

    [Fact]
    public void The_manifest_defaults_bind_to_the_declared_defaults()
    {
        var descriptor = Connector.Value.Descriptor;
        var defaults = descriptor.Manifest.Options.ToDictionary(o => o.Key, o => o.DefaultValue);

        var fromManifest = descriptor.BindOptions(defaults)!;
        var declared = descriptor.BindOptions(new Dictionary<string, string>())!;

        foreach (var property in fromManifest.GetType().GetProperties()) Assert.Equal(property.GetValue(declared), property.GetValue(fromManifest));
    }

    [Fact]
    public void An_empty_value_of_a_nullable_string_option_binds_as_null_and_of_a_string_option_as_empty()
    {
        var options = Connector.Value.Descriptor.BindOptions(new Dictionary<string, string> { ["apiToken"] = "", ["project"] = "" })!;

        Assert.Null(Value(options, "ApiToken"));
        Assert.Equal("", Value(options, "Project"));
    }

    [Theory]
    [InlineData("pageSize", "ten")]
    [InlineData("pageSize", "2.5")]
    [InlineData("pageSize", "3000000000")]
    [InlineData("syncComments", "yes")]
    [InlineData("history_days", "1e3")]
    [InlineData("rate", "0,5x")]
    [InlineData("budget", "12,50")]
    public void A_value_that_cannot_be_read_throws_an_OptionValueException_naming_the_key(string key, string value)
    {
        var values = new Dictionary<string, string>(EveryValue) { [key] = value };

        var error = Assert.Throws<OptionValueException>(() => Connector.Value.Descriptor.BindOptions(values));

        Assert.Equal(key, error.Key);
        Assert.StartsWith($"Option '{key}' has the value '{value}', which is not ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<TwisterException>(error);
    }

    [Fact]
    public async Task Options_in_an_execution_are_the_runtime_values_bound_once()
    {
        var runtime = Connector.Value.NewRuntime();
        runtime.Options = new Dictionary<string, string>(EveryValue) { ["apiToken"] = "", ["rate"] = "1" };

        await runtime.InvokeAsync("Snapshot", "[]");

        Assert.Equal("\"https://jira.example.com|ENG|25|False|bugs|(null)|9000000000|1|1234.56\"", runtime.Json("seen"));
        Assert.Equal("true", runtime.Json("bound once"));
    }

    [Fact]
    public async Task OptionsFrom_reads_the_previous_values_in_OnOptionsChangedAsync()
    {
        var runtime = Connector.Value.NewRuntime();
        runtime.Options = new Dictionary<string, string> { ["pageSize"] = "80" };
        var instance = runtime.NewInstance();

        var change = new OptionsChange(new Dictionary<string, string> { ["pageSize"] = "20" }, runtime.Options);
        await CallOnOptionsChanged(instance, change);

        Assert.Equal("\"20 to 80\"", runtime.Json("changed"));
    }

    [Fact]
    public void A_connector_without_options_binds_none_and_lists_none()
    {
        var kinds = CompiledConnector.Build(TestSources.Kinds, "Sample.Kinds.KindsConnector");

        Assert.Null(kinds.Descriptor.BindOptions(EveryValue));
        Assert.Empty(kinds.Descriptor.Manifest.Options);
        Assert.Null(kinds.Type.GetProperty("Options", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic));
    }

    // Test-side reflection only: a connector reads its typed options directly.
    private static object? Value(object options, string property) => options.GetType().GetProperty(property)!.GetValue(options);

    private static Task CallOnOptionsChanged(TwistBase instance, OptionsChange change)
        => (Task)instance.GetType().GetMethod("OnOptionsChangedAsync")!.Invoke(instance, [change, CancellationToken.None])!;
}
