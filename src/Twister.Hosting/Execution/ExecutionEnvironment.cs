using Twister.Hosting.Configuration;
using Twister.Hosting.Network;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Webhooks;

namespace Twister.Hosting.Execution;

/// <summary>What every execution of a host shares: storage, options, clock, metrics, the outbound socket handler, webhook addresses.</summary>
internal sealed record ExecutionEnvironment(
    ITwisterStorage Storage,
    TwisterOptions Options,
    TimeProvider Clock,
    TwisterMetrics Metrics,
    OutboundHttp OutboundHttp,
    WebhookAddress WebhookAddress);
