using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Twister.Hosting.Configuration;

/// <summary>
/// Binds <see cref="TwisterOptions"/> from the <c>Twister</c> section and each connector's named
/// <see cref="ConnectorOptions"/> from <c>Twister:Connectors:{name}</c>, when an <see cref="IConfiguration"/> is
/// registered (a generic host registers one; the test kit does not). The configuration binding source
/// generator writes the binding code, so it needs no reflection (NativeAOT).
/// </summary>
internal sealed class OptionsBinding(IServiceProvider services) : IConfigureOptions<TwisterOptions>, IConfigureNamedOptions<ConnectorOptions>
{
    public static string SectionOf(string connector) => $"{TwisterOptions.SectionName}:Connectors:{connector}";

    public void Configure(TwisterOptions options) => Configuration?.GetSection(TwisterOptions.SectionName).Bind(options);

    public void Configure(string? name, ConnectorOptions options)
    {
        if (name is not null) Configuration?.GetSection(SectionOf(name)).Bind(options);
    }

    public void Configure(ConnectorOptions options) => Configure(Options.DefaultName, options);

    private IConfiguration? Configuration => services.GetService<IConfiguration>();
}
