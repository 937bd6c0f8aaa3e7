using CsCheck;
using Router.Rules.Queues;

namespace Router.Rules.Tests.Queues;

public sealed class SkillRequirementTests
{
    private static readonly Dictionary<string, int> Agent = new() { ["billing"] = 4, ["spanish"] = 2 };

    [Fact]
    public void EmptyRequirement_AdmitsEveryAgent() =>
        Assert.True(SkillRequirement.IsMetBy(new Dictionary<string, int>(), new Dictionary<string, int>()));

    [Theory]
    [InlineData("billing", 4, true)]
    [InlineData("billing", 3, true)]
    [InlineData("billing", 5, false)]
    [InlineData("french", 1, false)]
    [InlineData("Billing", 1, false)] // skill names are case-sensitive, as documented
    public void SingleSkill_NeedsAtLeastTheLevel(string skill, int level, bool expected) =>
        Assert.Equal(expected, SkillRequirement.IsMetBy(new Dictionary<string, int> { [skill] = level }, Agent));

    [Fact]
    public void EverySkillIsNeeded() =>
        Assert.False(SkillRequirement.IsMetBy(new Dictionary<string, int> { ["billing"] = 1, ["french"] = 1 }, Agent));

    [Fact]
    public void RaisingAnAgentsLevels_NeverMakesItIneligible()
    {
        var skills = Gen.Dictionary(Gen.String["ab"], Gen.Int[0, 5])[0, 3];
        Gen.Select(skills, skills).Sample((required, agent) =>
        {
            var raised = agent.ToDictionary(kv => kv.Key, kv => kv.Value + 1);
            return !SkillRequirement.IsMetBy(required, agent) || SkillRequirement.IsMetBy(required, raised);
        });
    }
}
