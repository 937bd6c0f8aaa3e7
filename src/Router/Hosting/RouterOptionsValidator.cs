using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Router.Hosting;

/// <summary>Checks of <see cref="RouterOptions"/> that span fields: queue names, duplicates, the default queue, keys.</summary>
internal sealed partial class RouterOptionsValidator : IValidateOptions<RouterOptions>
{
    public ValidateOptionsResult Validate(string? name, RouterOptions options)
    {
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Queues.Count; i++)
        {
            var queue = options.Queues[i];
            if (!QueueName().IsMatch(queue.Name))
            {
                errors.Add($"Router:Queues:{i}:Name '{queue.Name}' must be 1-64 lower-case letters, digits, '-' or '_'.");
            }
            else if (!seen.Add(queue.Name))
            {
                errors.Add($"Router:Queues:{i}:Name '{queue.Name}' is defined twice.");
            }

            foreach (var (skill, level) in queue.Skills)
            {
                if (level < 0)
                {
                    errors.Add($"Router:Queues:{i}:Skills:{skill} must be 0 or more, not {level}.");
                }
            }
        }

        if (!seen.Contains(options.DefaultQueue))
        {
            errors.Add($"Router:DefaultQueue '{options.DefaultQueue}' is not one of Router:Queues.");
        }

        if (options.ApiKeys.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("Router:ApiKeys contains an empty key.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex QueueName();
}
