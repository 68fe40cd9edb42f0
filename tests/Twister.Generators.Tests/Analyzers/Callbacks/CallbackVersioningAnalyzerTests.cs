using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Callbacks.CallbackVersioningAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Callbacks;

public sealed class CallbackVersioningAnalyzerTests
{
    private const string ShippedSyncBatch = "Demo.IssueConnector:SyncBatch(string channelId, int retries)";

    private static (string, string) Shipped(params string[] lines) => ("Callbacks.Shipped.txt", string.Join("\n", lines) + "\n");

    private static (string, string) Unshipped(params string[] lines) => ("Callbacks.Unshipped.txt", string.Join("\n", lines) + "\n");

    private static Task VerifyCallback(string callback, params (string, string)[] files)
        => Verify.VerifyAsync(ConnectorSource.Connector(callback), files);

    [Fact]
    public Task The_unchanged_shipped_callback_is_clean()
        => VerifyCallback("[Callback] private Task SyncBatch(string channelId, int retries, CancellationToken ct) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_parameter_appended_with_a_default_is_clean()
        => VerifyCallback("[Callback] private Task SyncBatch(string channelId, int retries, bool force = false) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_parameter_appended_without_a_default_is_TWIST1007()
        => VerifyCallback("[Callback] private Task SyncBatch(string channelId, int retries, bool {|TWIST1007:force|}) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_parameter_inserted_in_the_middle_is_TWIST1005()
        => VerifyCallback("[Callback] private Task SyncBatch(string channelId, bool force, int {|TWIST1005:retries|}) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_parameter_inserted_in_the_middle_with_an_unrelated_name_is_TWIST1005()
        => VerifyCallback("[Callback] private Task SyncBatch(string channelId, bool {|TWIST1005:force|}, int attempts) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_removed_last_parameter_is_TWIST1005()
        => VerifyCallback("[Callback] private Task {|TWIST1005:SyncBatch|}(string channelId) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_removed_middle_parameter_is_TWIST1005()
        => VerifyCallback(
            "[Callback] private Task SyncBatch(string channelId, long {|TWIST1005:cursor|}) => Task.CompletedTask;",
            Shipped("Demo.IssueConnector:SyncBatch(string channelId, int retries, long cursor)"));

    [Fact]
    public Task Reordered_parameters_are_TWIST1005()
        => VerifyCallback("[Callback] private Task SyncBatch(int retries, string {|TWIST1005:channelId|}) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_parameter_changed_from_int_to_long_is_TWIST1006()
        => VerifyCallback("[Callback] private Task SyncBatch(string channelId, long {|TWIST1006:retries|}) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_parameter_changed_from_string_to_an_enum_is_TWIST1006()
        => Verify.VerifyAsync(
            ConnectorSource.Connector(
                "[Callback] private Task SetMode(Mode {|TWIST1006:mode|}) => Task.CompletedTask;",
                "public enum Mode { Fast, Full }"),
            Shipped("Demo.IssueConnector:SetMode(string mode)"));

    [Fact]
    public Task A_renamed_parameter_of_the_same_type_is_clean()
        => VerifyCallback("[Callback] private Task SyncBatch(string teamId, int attempts) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_renamed_method_with_its_key_pinned_is_clean()
        => VerifyCallback("[Callback(\"SyncBatch\")] private Task SyncNextPage(string channelId, int retries) => Task.CompletedTask;", Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_renamed_method_without_a_pinned_key_is_TWIST1004_and_TWIST1003()
        => Verify.VerifyAsync(
            """
            namespace Demo;

            [Connector("linear")]
            public sealed partial class {|TWIST1004:IssueConnector|} : Connector<IssueConnector>
            {
            """ + ConnectorSource.RequiredMembers + """
                [Callback] private Task {|TWIST1003:SyncNextPage|}(string channelId, int retries) => Task.CompletedTask;
            }
            """,
            Shipped(ShippedSyncBatch));

    [Fact]
    public Task A_retired_line_for_a_removed_callback_is_clean()
        => VerifyCallback(
            "[Callback] private Task SyncBatch(string channelId, int retries) => Task.CompletedTask;",
            Shipped("*RETIRED*Demo.IssueConnector:OldSync(string channelId)", ShippedSyncBatch));

    [Fact]
    public Task The_lines_of_a_removed_connector_are_TWIST1004_on_each_live_line()
        => Verify.VerifyAsync(
            "namespace Demo;\n\npublic sealed class Unrelated { }\n",
            Shipped(
                "{|TWIST1004:Demo.OldConnector:Refresh(string channelId)|}",
                "{|TWIST1004:Demo.OldConnector:SyncBatch(string channelId, int retries)|}"));

    [Fact]
    public Task The_old_lines_of_a_renamed_connector_are_TWIST1004_and_its_callbacks_TWIST1003()
        => VerifyCallback(
            "[Callback] private Task {|TWIST1003:SyncBatch|}(string channelId, int retries) => Task.CompletedTask;",
            Shipped("{|TWIST1004:Demo.TicketConnector:SyncBatch(string channelId, int retries)|}"));

    [Fact]
    public Task The_retired_lines_of_a_removed_connector_are_clean()
        => VerifyCallback(
            "[Callback] private Task SyncBatch(string channelId, int retries) => Task.CompletedTask;",
            Shipped("*RETIRED*Demo.OldConnector:Refresh(string channelId)", ShippedSyncBatch, "*RETIRED* Demo.OldConnector:SyncBatch(string channelId)"));

    [Fact]
    public Task Only_the_lines_of_the_missing_connector_are_reported_when_another_is_present()
        => VerifyCallback(
            "[Callback] private Task SyncBatch(string channelId, int retries) => Task.CompletedTask;",
            Shipped(ShippedSyncBatch, "{|TWIST1004:Demo.OldConnector:Refresh(string channelId)|}"));

    [Fact]
    public Task A_new_callback_recorded_in_Unshipped_is_clean()
        => VerifyCallback(
            "[Callback] private Task Refresh(string channelId) => Task.CompletedTask;",
            Shipped(), Unshipped("Demo.IssueConnector:Refresh(string channelId)"));

    [Fact]
    public Task A_new_callback_recorded_nowhere_is_TWIST1003()
        => VerifyCallback("[Callback] private Task {|TWIST1003:Refresh|}(string channelId) => Task.CompletedTask;", Shipped(), Unshipped());

    [Fact]
    public Task Without_baseline_files_no_baseline_rule_runs()
        => VerifyCallback("[Callback] private Task Refresh(string channelId) => Task.CompletedTask;");

    [Fact]
    public Task Two_callbacks_sharing_a_key_are_TWIST1002()
        => VerifyCallback("""
                [Callback("sync")] private Task SyncBatch(string channelId) => Task.CompletedTask;
                [Callback("sync")] private Task {|TWIST1002:SyncAgain|}(string channelId) => Task.CompletedTask;
            """);

    [Fact]
    public Task Func_Stream_HttpClient_and_object_parameters_are_TWIST1001()
        => VerifyCallback("""
                [Callback] private Task Run(
                    Func<int, int> {|TWIST1001:map|},
                    Stream {|TWIST1001:body|},
                    HttpClient {|TWIST1001:client|},
                    object {|TWIST1001:anything|}) => Task.CompletedTask;
            """);

    [Fact]
    public Task Records_enums_collections_and_the_invocation_and_cancellation_parameters_are_serializable()
        => Verify.VerifyAsync(ConnectorSource.Connector(
            "[Callback] private Task OnWebhook(WebhookRequest request, SyncState state, Mode mode, List<string> ids, int? page, CancellationToken ct) => Task.CompletedTask;",
            "public sealed record SyncState(string? Cursor, int BatchNumber, bool InitialSync);\npublic enum Mode { Fast, Full }"));
}
