using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace Router.Channels.Sms;

/// <summary>Checks that <see cref="SmsOptions.DefaultRegion"/> is a region the phone-number library knows.</summary>
internal sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public ValidateOptionsResult Validate(string? name, SmsOptions options) =>
        PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(options.DefaultRegion ?? "")
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Router:Sms:DefaultRegion '{options.DefaultRegion}' is not a known region code (e.g. US, GB, DE).");
}
