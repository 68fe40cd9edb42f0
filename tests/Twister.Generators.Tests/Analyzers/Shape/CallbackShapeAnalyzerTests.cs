using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Shape.CallbackShapeAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Shape;

public sealed class CallbackShapeAnalyzerTests
{
    [Fact]
    public Task Task_ValueTask_and_void_callbacks_with_an_invocation_parameter_first_are_clean()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
                [Callback] private Task SyncBatch(string channelId, CancellationToken ct) => Task.CompletedTask;
                [Callback] private ValueTask OnWebhook(WebhookRequest request, string channelId) => default;
                [Callback] private void OnChoice([FromInvocation] string choice, int retries) { }
            """));

    [Fact]
    public Task Generic_static_ref_and_wrongly_returning_callbacks_are_TWIST0003()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
                [Callback] private Task {|TWIST0003:Generic|}<T>(T value) => Task.CompletedTask;
                [Callback] private static Task {|TWIST0003:Static|}(string channelId) => Task.CompletedTask;
                [Callback] private Task<int> {|TWIST0003:ReturnsValue|}(string channelId) => Task.FromResult(1);
                [Callback] private void {|TWIST0003:ByRef|}(ref int count) { }
            """));

    [Fact]
    public Task A_callback_outside_a_connector_is_TWIST0003()
        => Verify.VerifyAsync("""
            public sealed class Helper
            {
                [Callback] public Task {|TWIST0003:Run|}() => Task.CompletedTask;
            }
            """);

    [Fact]
    public Task FromInvocation_on_a_later_parameter_is_TWIST0004()
        => Verify.VerifyAsync(ConnectorSource.Connector("""
                [Callback] private Task OnChoice(string channelId, [FromInvocation] string {|TWIST0004:choice|}) => Task.CompletedTask;
            """));
}
