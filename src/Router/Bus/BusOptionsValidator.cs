using Microsoft.Extensions.Options;

namespace Router.Bus;

/// <summary>Checks of <see cref="BusOptions"/> across fields: each kind needs its own connection settings.</summary>
internal sealed class BusOptionsValidator : IValidateOptions<BusOptions>
{
    public ValidateOptionsResult Validate(string? name, BusOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (options.Kind == BusOptions.AzureServiceBusKind)
        {
            Require(errors, options.Namespace, "Router:Bus:Namespace (e.g. contoso.servicebus.windows.net)");
            Require(errors, options.KeyName, "Router:Bus:KeyName (the shared access policy)");
            Require(errors, options.Key, "Router:Bus:Key (set it as Router__Bus__Key)");
        }
        else
        {
            Require(errors, options.Host, "Router:Bus:Host");
            if (!string.IsNullOrEmpty(options.User) && options.Password is null)
            {
                errors.Add("Router:Bus:Password is required with Router:Bus:User (set it as Router__Bus__Password).");
            }
        }

        if (string.IsNullOrWhiteSpace(options.CommandsAddress) && string.IsNullOrWhiteSpace(options.EventsAddress))
        {
            errors.Add("Router:Bus is enabled but names neither CommandsAddress nor EventsAddress.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(List<string> errors, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{what} is required when Router:Bus:Enabled is true.");
        }
    }
}
