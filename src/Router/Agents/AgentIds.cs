using System.Text.RegularExpressions;

namespace Router.Agents;

/// <summary>Agent ids become part of Redis keys, so they are kept to a safe alphabet.</summary>
internal static partial class AgentIds
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_.@-]{1,128}$")]
    private static partial Regex Pattern();
}
