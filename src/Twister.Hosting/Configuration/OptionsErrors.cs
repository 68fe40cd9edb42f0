using Microsoft.Extensions.Options;

namespace Twister.Hosting.Configuration;

/// <summary>Collects validation messages that name the setting, what it must be and what it is.</summary>
internal sealed class OptionsErrors
{
    private readonly List<string> _errors = [];

    public void Add(string error) => _errors.Add(error);

    public void AtLeast(string setting, int value, int minimum)
    {
        if (value < minimum) Add($"{setting} must be at least {minimum}; it is {value}.");
    }

    public void AtLeast(string setting, TimeSpan value, TimeSpan minimum)
    {
        if (value < minimum) Add($"{setting} must be at least {minimum}; it is {value}.");
    }

    public void Between(string setting, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum) Add($"{setting} must be from {minimum} to {maximum}; it is {value}.");
    }

    public ValidateOptionsResult Result() => _errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_errors);
}
