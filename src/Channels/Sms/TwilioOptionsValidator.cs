using Microsoft.Extensions.Options;

namespace Router.Channels.Sms;

/// <summary>Checks of <see cref="TwilioOptions"/> that span fields; only an enabled account needs a token and a public URL.</summary>
internal sealed class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var errors = new List<string>();
        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            errors.Add("Router:Sms:Twilio:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (string.IsNullOrEmpty(options.ApiKeySid) != string.IsNullOrEmpty(options.ApiKeySecret))
        {
            errors.Add("Router:Sms:Twilio:ApiKeySid and ApiKeySecret go together: set both or neither.");
        }

        if (options.Enabled)
        {
            if (string.IsNullOrEmpty(options.AuthToken))
            {
                errors.Add("Router:Sms:Twilio:AuthToken is required when AccountSid is set (it signs Twilio's webhooks); set Router__Sms__Twilio__AuthToken.");
            }

            if (!IsHttpUrl(options.PublicBaseUrl) || new Uri(options.PublicBaseUrl!).Query.Length > 0)
            {
                errors.Add("Router:Sms:Twilio:PublicBaseUrl is required when AccountSid is set: the absolute http(s) URL, without a query, at which Twilio reaches this router.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
