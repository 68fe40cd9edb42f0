using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Twister.Hosting.Dashboard;

/// <summary>
/// Binds <see cref="DashboardOptions"/> from <c>Twister:Dashboard</c> when an <see cref="IConfiguration"/> is registered
/// (the configuration binding source generator writes the code: no reflection).
/// </summary>
internal sealed class DashboardOptionsBinding(IServiceProvider services) : IConfigureOptions<DashboardOptions>
{
    public void Configure(DashboardOptions options) => services.GetService<IConfiguration>()?.GetSection(DashboardOptions.SectionName).Bind(options);
}
