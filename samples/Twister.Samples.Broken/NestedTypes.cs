namespace Twister.Samples.Broken;

public static class NestedTypes
{
    // TWIST0007: nested, so the generator skips it and `Tools`, `Callbacks` and `Descriptor` never exist.
    [Connector("nested")]
    public sealed partial class NestedConnector : Connector<NestedConnector>
    {
        public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyList<Channel>>([]);

        public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    // TWIST0007: a nested link type gets no `Config` nor status conversions.
    [LinkType("nested")]
    public enum NestedStatus { [Status("open", "Open")] Open }
}
