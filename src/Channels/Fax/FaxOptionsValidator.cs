using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace Router.Channels.Fax;

/// <summary>Checks what DataAnnotations cannot: each gateway's name, matchers, patterns and region.</summary>
internal sealed class FaxOptionsValidator : IValidateOptions<FaxOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FaxOptions options)
    {
        var regions = PhoneNumberUtil.GetInstance().GetSupportedRegions();
        var errors = new List<string>();
        if (!regions.Contains(options.DefaultRegion))
        {
            errors.Add($"Router:Fax:DefaultRegion '{options.DefaultRegion}' is not a region libphonenumber knows (use ISO 3166 alpha-2, e.g. US).");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Gateways.Count; i++)
        {
            var gateway = options.Gateways[i];
            var at = $"Router:Fax:Gateways:{i}";
            if (string.IsNullOrWhiteSpace(gateway.Name) || !names.Add(gateway.Name))
            {
                errors.Add($"{at}:Name must be set and unique.");
            }

            if (gateway.Senders.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(gateway.SubjectPattern))
            {
                errors.Add($"{at} needs Senders or a SubjectPattern; it would otherwise turn every mail into a fax.");
            }

            CheckPattern(gateway.SubjectPattern, $"{at}:SubjectPattern", errors);
            if (CheckPattern(gateway.NumberPattern, $"{at}:NumberPattern", errors) is { } number && !number.GetGroupNames().Contains("number"))
            {
                errors.Add($"{at}:NumberPattern needs a group named 'number', e.g. (?<number>\\+?[0-9 ()-]{{6,}}).");
            }

            if (!string.IsNullOrWhiteSpace(gateway.Region) && !regions.Contains(gateway.Region))
            {
                errors.Add($"{at}:Region '{gateway.Region}' is not a region libphonenumber knows (use ISO 3166 alpha-2, e.g. DE).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static Regex? CheckPattern(string? pattern, string at, List<string> errors)
    {
        try
        {
            return FaxGateway.Compile(pattern);
        }
        catch (ArgumentException e)
        {
            errors.Add($"{at} is not a valid regular expression: {e.Message}");
            return null;
        }
    }
}
