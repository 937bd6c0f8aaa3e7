using System.Text.Json;
using System.Text.Json.Nodes;

namespace Router.Agents;

/// <summary>An agent as the routing expressions see it: <c>id</c>, <c>name</c>, <c>team</c>, <c>skills</c>, <c>languages</c>, <c>capacity</c>, <c>maxItems</c>.</summary>
internal static class AgentFacts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JsonObject From(string id, AgentProfile profile)
    {
        var facts = JsonSerializer.SerializeToNode(profile, Json)!.AsObject();
        facts["id"] = id;
        return facts;
    }
}
