using Microsoft.CodeAnalysis.Testing;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Shape;
using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Shape.ConnectorOptionsAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Shape;

public sealed class ConnectorOptionsAnalyzerTests
{
    private static string ConnectorWith(string options, string name = "IssueConnector") => $$"""
        [Connector("linear", Options = {{options}})]
        public sealed partial class {{name}} : Connector<{{name}}>
        {
        {{ConnectorSource.RequiredMembers}}
        }
        """;

    [Fact]
    public Task Options_of_every_kind_with_constant_defaults_inherited_options_and_pinned_keys_are_clean()
        => Verify.VerifyAsync(ConnectorWith("typeof(JiraOptions)") + """

            public abstract class ServiceOptions
            {
                [Option("Site")] public string Site { get; init; } = "https://example.atlassian.net";
            }

            public sealed class JiraOptions : ServiceOptions
            {
                private const int DefaultPageSize = 50;
                public JiraOptions() { }
                public JiraOptions(string project) => Project = project;

                [Option("Project", Description = "The project key.")] public string Project { get; init; } = "";
                [Option("Page size", Min = 1, Max = 100)] public int PageSize { get; init; } = DefaultPageSize;
                [Option("History", Min = 0)] public long HistoryDays { get; set; } = 30;
                [Option("Rate", Min = 0, Max = 1)] public double Rate { get; init; } = 0.5;
                [Option("Budget", Max = 1000)] public decimal Budget { get; init; } = 12.5m;
                [Option("Comments")] public bool Comments { get; init; }
                [Option("Types", Choices = ["all", "bugs"])] public string Types { get; init; } = "all";
                [Option("Token", Secret = true)] public string? Token { get; init; }
                [Option("Legacy key", Key = "page_size")] public int LegacyPageSize { get; init; } = 10;
                public float NotAnOption { get; set; }
            }

            public sealed class UnusedButValidOptions
            {
                [Option("Flag")] public bool Flag { get; set; } = true;
            }
            """);

    [Fact]
    public Task An_options_type_that_is_not_a_bindable_class_is_TWIST0008_on_the_connector()
        => Verify.VerifyAsync(
            ConnectorWith("{|TWIST0008:typeof(StructOptions)|}", "A") +
            ConnectorWith("{|TWIST0008:typeof(AbstractOptions)|}", "B") +
            ConnectorWith("{|TWIST0008:typeof(StaticOptions)|}", "C") +
            ConnectorWith("{|TWIST0008:typeof(ConstructorOptions)|}", "D") +
            ConnectorWith("{|TWIST0008:typeof(PrivateConstructorOptions)|}", "E") +
            ConnectorWith("{|TWIST0008:typeof(GenericOptions<>)|}", "F") +
            ConnectorWith("{|TWIST0008:typeof(IOptions)|}", "G") +
            ConnectorWith("{|TWIST0008:typeof(RequiredOptions)|}", "I") +
            ConnectorWith("typeof(GenericOptions<int>)", "H") + """

            public struct StructOptions { }
            public abstract class AbstractOptions { }
            public static class StaticOptions { }
            public sealed class ConstructorOptions(string project) { public string Project => project; }
            public sealed class PrivateConstructorOptions { private PrivateConstructorOptions() { } }
            public sealed class GenericOptions<T> { [Option("Flag")] public bool Flag { get; set; } }
            public interface IOptions { }
            public sealed class RequiredOptions { [Option("A")] public required int A { get; init; } public required string NotAnOption { get; init; } }
            """);

    [Fact]
    public Task The_message_names_the_options_type_and_what_is_wrong()
        => VerifyWithMessagesAsync(
            ConnectorWith("{|#0:typeof(ConstructorOptions)|}") + """

            public sealed class ConstructorOptions(string project) { public string Project => project; }
            public sealed class Options
            {
                [Option("Ratio")] public float {|#1:Ratio|} { get; set; }
                [Option("Pages", Min = 1, Max = 100)] public int Pages { get; set; } = {|#2:200|};
                [Option("Mode", Choices = ["fast", "safe"])] public string Mode { get; set; } = {|#3:"slow"|};
                [Option("One", Key = "k")] public bool One { get; set; }
                [Option("Two", {|#4:Key = "k"|})] public bool Two { get; set; }
            }
            """,
            Expected(0, "Options type", "ConstructorOptions", "has no public parameterless constructor"),
            Expected(1, "Option", "Options.Ratio", "has type 'float': an option is a bool, int, long, double, decimal or string"),
            Expected(2, "Option", "Options.Pages", "has the default 200, outside its bounds (1 to 100)"),
            Expected(3, "Option", "Options.Mode", "has the default 'slow', which is not one of its Choices"),
            Expected(4, "Option", "Options.Two", "has the key 'k', already used by option 'One'"));

    [Fact]
    public Task Properties_of_unsupported_types_or_shapes_are_TWIST0008()
        => Verify.VerifyAsync("""
            public enum Level { Low, High }
            public sealed class Options
            {
                [Option("A")] public int? {|TWIST0008:Nullable|} { get; set; }
                [Option("B")] public DateTime {|TWIST0008:When|} { get; set; }
                [Option("C")] public Level {|TWIST0008:Level|} { get; set; }
                [Option("D")] public string[] {|TWIST0008:Names|} { get; set; } = [];
                [Option("E")] internal bool {|TWIST0008:Internal|} { get; set; }
                [Option("F")] public bool {|TWIST0008:GetOnly|} { get; }
                [Option("G")] public bool {|TWIST0008:PrivateSetter|} { get; private set; }
                [Option("H")] public static bool {|TWIST0008:Static|} { get; set; }
                [Option("")] public bool {|TWIST0008:NoLabel|} { get; set; }
            }
            """);

    [Fact]
    public Task Arguments_that_do_not_fit_the_kind_are_TWIST0008_at_the_argument()
        => Verify.VerifyAsync("""
            public sealed class Options
            {
                [Option("A", {|TWIST0008:Choices = ["1", "2"]|})] public int ChoicesOnNumber { get; set; } = 1;
                [Option("B", {|TWIST0008:Min = 1|})] public string MinOnText { get; set; } = "";
                [Option("C", {|TWIST0008:Max = 1|})] public bool MaxOnBoolean { get; set; }
                [Option("D", {|TWIST0008:Min = 10|}, Max = 1)] public int MinAboveMax { get; set; } = 5;
                [Option("E", {|TWIST0008:Secret = true|})] public int SecretNumber { get; set; }
                [Option("F", {|TWIST0008:Secret = true|}, Choices = ["a"])] public string SecretSelect { get; set; } = "a";
                [Option("G", {|TWIST0008:Choices = ["a", "a"]|})] public string TwiceTheSameChoice { get; set; } = "a";
                [Option("H", {|TWIST0008:Key = ""|})] public bool EmptyKey { get; set; }
            }
            """);

    [Fact]
    public Task Defaults_that_are_not_constant_or_do_not_fit_are_TWIST0008()
        => Verify.VerifyAsync("""
            public sealed class Options
            {
                [Option("A")] public string NotConstant { get; set; } = {|TWIST0008:Environment.MachineName|};
                [Option("B", Min = 0)] public int BelowMin { get; set; } = {|TWIST0008:-1|};
                [Option("C", Choices = ["a", "b"])] public string SelectWithNullDefault { get; set; } = {|TWIST0008:null|}!;
                [Option("D", Choices = ["a", "b"])] public string? {|TWIST0008:SelectWithoutInitializer|} { get; set; }
                [Option("E")] public double NotFinite { get; set; } = {|TWIST0008:double.PositiveInfinity|};
            }
            """);

    [Fact]
    public Task Two_options_with_one_key_are_TWIST0008_also_across_base_classes_and_default_keys()
        => Verify.VerifyAsync("""
            public class BaseOptions
            {
                [Option("Project")] public string Project { get; set; } = "";
            }
            public sealed class Options : BaseOptions
            {
                [Option("Same as Project", {|TWIST0008:Key = "project"|})] public string ProjectKey { get; set; } = "";
                [Option("Page size")] public int PageSize { get; set; }
                [Option("Also pageSize")] public int {|TWIST0008:pageSize|} { get; set; }
            }
            """);

    private static DiagnosticResult Expected(int location, string what, string name, string reason)
        => new DiagnosticResult(Descriptors.InvalidConnectorOptions).WithLocation(location).WithArguments(what, name, reason);

    private static Task VerifyWithMessagesAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new TwisterAnalyzerTest<ConnectorOptionsAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
