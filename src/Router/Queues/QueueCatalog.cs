using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Hosting;
using Router.Rules.Queues;

namespace Router.Queues;

/// <summary>The configured queues, and which of them an agent may serve.</summary>
internal sealed class QueueCatalog(IOptionsMonitor<RouterOptions> options)
{
    /// <summary>The names of all configured queues, in config order.</summary>
    public IReadOnlyList<string> Names => options.CurrentValue.Queues.Select(q => q.Name).ToArray();

    /// <summary>The queues whose skill requirements <paramref name="profile"/> meets.</summary>
    public IReadOnlyList<string> QueuesFor(AgentProfile profile) =>
        options.CurrentValue.Queues
            .Where(q => SkillRequirement.IsMetBy(q.Skills, profile.Skills))
            .Select(q => q.Name)
            .ToArray();
}
