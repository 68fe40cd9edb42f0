using Twister.Serialization;
using Twister.Tools;

namespace Twister.Runtime;

/// <summary>
/// What a host provides to one execution of a twist or connector: the tools, bound to that
/// execution's request budget. Connector code reaches them through the generated <c>Tools</c> property.
/// </summary>
public interface ITwistRuntime
{
    /// <summary>The Integrations tool.</summary>
    IIntegrations Integrations { get; }

    /// <summary>The Network tool.</summary>
    INetwork Network { get; }

    /// <summary>The Plot tool.</summary>
    IPlot Plot { get; }

    /// <summary>The Tasks tool.</summary>
    ITasks Tasks { get; }

    /// <summary>The Callbacks tool.</summary>
    ICallbacks Callbacks { get; }

    /// <summary>The raw Store tool.</summary>
    IStore Store { get; }

    /// <summary>The connector's option values by key, defaults included (empty when it declares no options).</summary>
    IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>The connector's generated serializers, used by the typed store.</summary>
    ISerializerProvider Serializers { get; }

    /// <summary>
    /// The host's clock: what "now" is for the execution (a test host's virtual clock, which decides when
    /// scheduled tasks are due). The system clock unless the host provides its own.
    /// </summary>
    TimeProvider Clock => TimeProvider.System;
}
