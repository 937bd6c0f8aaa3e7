using Microsoft.Extensions.Options;

namespace Router.Hosting;

/// <summary>Checks of <see cref="RouterOptions"/> that data annotations cannot express.</summary>
internal sealed class RouterOptionsValidator : IValidateOptions<RouterOptions>
{
    public ValidateOptionsResult Validate(string? name, RouterOptions options) =>
        options.ApiKeys.Any(string.IsNullOrWhiteSpace)
            ? ValidateOptionsResult.Fail("Router:ApiKeys contains an empty key.")
            : ValidateOptionsResult.Success;
}
