namespace Router.Agents;

/// <summary>The statuses an agent can have. Only <c>available</c> agents receive offers.</summary>
internal static class AgentStatuses
{
    public const string Available = "available";
    public const string Offline = "offline";

    /// <summary>Every status, as written on the wire.</summary>
    public static readonly IReadOnlyList<string> All = [Available, "busy", "away", "wrap-up", Offline];
}
