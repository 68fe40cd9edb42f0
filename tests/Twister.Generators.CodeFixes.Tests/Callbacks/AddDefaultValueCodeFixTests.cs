using Microsoft.CodeAnalysis.Testing;
using Test = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Callbacks.CallbackVersioningAnalyzer, Twister.Generators.CodeFixes.Callbacks.AddDefaultValueCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Callbacks;

public sealed class AddDefaultValueCodeFixTests
{
    private const string Shipped = "Demo.IssueConnector:SyncBatch(string channelId)\n";

    private static Task VerifyAsync(string before, string after)
    {
        var test = new Test { TestCode = Test.Connector(before), FixedCode = Test.Connector(after) };
        test.TestState.AdditionalFiles.Add(("Callbacks.Shipped.txt", Shipped));
        test.FixedState.AdditionalFiles.Add(("Callbacks.Shipped.txt", Shipped));
        return test.RunAsync();
    }

    [Fact]
    public Task A_value_type_parameter_gets_default()
        => VerifyAsync(
            "    [Callback] private Task SyncBatch(string channelId, int {|TWIST1007:retries|}, CancellationToken ct) => Task.CompletedTask;",
            "    [Callback] private Task SyncBatch(string channelId, int retries = default, CancellationToken ct = default) => Task.CompletedTask;");

    [Fact]
    public Task A_reference_type_parameter_becomes_nullable_and_gets_null()
        => VerifyAsync(
            "    [Callback] private Task SyncBatch(string channelId, string {|TWIST1007:cursor|}) => Task.CompletedTask;",
            "    [Callback] private Task SyncBatch(string channelId, string? cursor = null) => Task.CompletedTask;");

    [Fact]
    public Task Two_parameters_appended_to_one_callback_both_get_defaults()
        => VerifyAsync(
            "    [Callback] private Task SyncBatch(string channelId, int {|TWIST1007:retries|}, string {|TWIST1007:cursor|}) => Task.CompletedTask;",
            "    [Callback] private Task SyncBatch(string channelId, int retries = default, string? cursor = null) => Task.CompletedTask;");
}
