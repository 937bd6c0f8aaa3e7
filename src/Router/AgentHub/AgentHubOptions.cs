using System.ComponentModel.DataAnnotations;

namespace Router.AgentHub;

/// <summary>The <c>Router:AgentHub</c> section: how agents sign in to <c>/hubs/agents</c> and how often offers are looked for.</summary>
public sealed class AgentHubOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Router:AgentHub";

    /// <summary>How often the inboxes of the agents connected to this instance are read.</summary>
    public const int DefaultPollMilliseconds = 150;

    /// <summary>
    /// The HMAC-SHA256 key for agent tokens (<c>base64url(HMAC-SHA256(secret, agentId))</c>), so a browser can sign in
    /// as one agent without holding an API key. Unset: only API keys are accepted. From the environment, never a file.
    /// </summary>
    [MinLength(32)]
    public string? TokenSecret { get; set; }

    /// <summary>Origins of agent desktops served from elsewhere (<c>https://desk.example.com</c>) that browsers may connect from.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How often, in milliseconds, connected agents' inbox streams are read (non-blocking).</summary>
    /// <value>Defaults to <see cref="DefaultPollMilliseconds"/>.</value>
    [Range(20, 5000)]
    public int PollMilliseconds { get; set; } = DefaultPollMilliseconds;
}
