using Router.Agents;
using static Router.RulesBench.Vocabulary;

namespace Router.RulesBench;

/// <summary>Makes agent profiles: 2-7 skills at levels 1-5, 1-3 languages (mostly with English), a team and per-channel capacity.</summary>
internal static class AgentGenerator
{
    public static (string Id, AgentProfile Profile)[] Generate(int seed, int count)
    {
        var random = new Random(seed);
        var agents = new (string, AgentProfile)[count];
        for (var i = 0; i < count; i++)
        {
            var skills = Skills.OrderBy(_ => random.Next()).Take(random.Next(2, 8)).ToDictionary(s => s, _ => random.Next(1, 6), StringComparer.Ordinal);
            var languages = new List<string>();
            if (random.Next(10) < 7)
            {
                languages.Add("en");
            }

            languages.AddRange(Languages.Where(l => l != "en").OrderBy(_ => random.Next()).Take(random.Next(languages.Count == 0 ? 1 : 0, 3)));
            var capacity = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["email"] = random.Next(0, 6),
                ["sms"] = random.Next(0, 4),
                ["chat"] = random.Next(0, 4),
                ["fax"] = random.Next(0, 2),
                ["api"] = random.Next(0, 6),
            };
            var profile = new AgentProfile($"Agent {i}", skills, languages, random.Pick(Teams), capacity, random.Next(1, 9));
            agents[i] = ($"a{i:00000}", profile);
        }

        return agents;
    }
}
