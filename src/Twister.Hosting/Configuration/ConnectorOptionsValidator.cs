using Microsoft.Extensions.Options;

namespace Twister.Hosting.Configuration;

/// <summary>Checks each connector's named <see cref="ConnectorOptions"/> when the host starts; messages name the configuration key.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var errors = new OptionsErrors();
        if (options.RequestBudget is { } budget) errors.AtLeast($"{OptionsBinding.SectionOf(name ?? "")}:RequestBudget", budget, 1);
        return errors.Result();
    }
}
