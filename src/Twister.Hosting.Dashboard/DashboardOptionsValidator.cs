using Microsoft.Extensions.Options;
using Twister.Hosting.Dashboard.Security;

namespace Twister.Hosting.Dashboard;

/// <summary>Refuses a dashboard address that is not loopback, and out-of-range numbers, naming the setting.</summary>
internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var errors = new List<string>();
        if (!Loopback.IsLoopbackAddress(options.Address))
        {
            errors.Add($"{DashboardOptions.SectionName}:Address is '{options.Address}', which is not a loopback address. The dashboard has no authentication "
                + "and serves on loopback only: use 127.0.0.1, ::1 or localhost (to reach it from elsewhere, use an SSH tunnel).");
        }
        if (options.Port is < 0 or > 65535) errors.Add($"{DashboardOptions.SectionName}:Port is {options.Port}; use 0 (a free port) to 65535.");
        if (options.MaxExecutions < 1) errors.Add($"{DashboardOptions.SectionName}:MaxExecutions is {options.MaxExecutions}; use 1 or more.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
