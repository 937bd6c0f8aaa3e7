namespace Router.Rules.Queues;

/// <summary>
/// The simplest agent-eligibility policy: an agent may take a queue's items when it has every required skill at
/// least at the required level. An empty requirement admits every agent.
/// </summary>
public static class SkillRequirement
{
    /// <summary>True when <paramref name="agentSkills"/> meets every entry of <paramref name="required"/>.</summary>
    public static bool IsMetBy(IReadOnlyDictionary<string, int> required, IReadOnlyDictionary<string, int> agentSkills)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(agentSkills);
        foreach (var (skill, level) in required)
        {
            if (!agentSkills.TryGetValue(skill, out var has) || has < level)
            {
                return false;
            }
        }

        return true;
    }
}
