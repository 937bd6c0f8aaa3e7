using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>Checks every site (DataAnnotations do not look into dictionaries): its name, secret, origins and limits.</summary>
internal sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        var errors = new List<string>();
        foreach (var (site, settings) in options.Sites)
        {
            var path = $"{WebChatOptions.SectionName}:Sites:{site}";
            if (!ChatIds.IsSite(site))
            {
                errors.Add($"{path}: a site name must be 1-32 lower-case letters, digits or '-'.");
                continue;
            }

            if (string.IsNullOrEmpty(settings.Secret))
            {
                errors.Add($"{path}:Secret is required; set it from the environment (Router__WebChat__Sites__{site}__Secret).");
            }

            var results = new List<ValidationResult>();
            Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
            errors.AddRange(results
                .Where(r => !(r.MemberNames.Contains(nameof(ChatSiteOptions.Secret)) && string.IsNullOrEmpty(settings.Secret)))
                .Select(r => $"{path}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            errors.AddRange(settings.AllowedOrigins.Where(o => !IsOrigin(o))
                .Select(o => $"{path}:AllowedOrigins: '{o}' is not an origin; write scheme://host[:port], e.g. https://www.example.com."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>An origin as browsers send it: http or https, a host, maybe a port, and nothing after.</summary>
    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), value, StringComparison.Ordinal);
}
