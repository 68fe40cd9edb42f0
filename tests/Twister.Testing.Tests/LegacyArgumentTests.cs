using Twister.Hosting.Execution;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Testing.Tests;

public sealed class LegacyArgumentTests
{
    [Fact]
    public async Task Arguments_from_an_older_version_take_the_declared_default_for_a_missing_optional_parameter()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();

        var record = await host.InvokeCallbackAsync("Increment", """["c"]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.Equal("1", await host.GetStoredJsonAsync("c"));
    }

    [Fact]
    public async Task Extra_trailing_arguments_from_a_newer_version_are_ignored()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();

        await host.InvokeCallbackAsync("Increment", """["c", 3, "added later"]""");

        Assert.Equal("3", await host.GetStoredJsonAsync("c"));
    }

    [Theory]
    [InlineData("""[42]""", 0)]
    [InlineData("""["c", "three"]""", 1)]
    [InlineData("""[]""", 0)]
    public async Task An_unreadable_argument_fails_the_execution_naming_the_key_and_index(string arguments, int index)
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();

        var record = await host.InvokeCallbackAsync("Increment", arguments);

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var error = Assert.IsType<CallbackArgumentException>(record.Exception);
        Assert.Equal("Increment", error.Key);
        Assert.Equal(index, error.Index);
        Assert.Contains($"argument {index}", (await host.GetExecutionsAsync()).Single().Error);
        Assert.Null(await host.GetStoredJsonAsync("c"));
    }
}
