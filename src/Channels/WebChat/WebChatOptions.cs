using System.ComponentModel.DataAnnotations;

namespace Router.Channels.WebChat;

/// <summary>
/// The <c>Router:WebChat</c> section: the sites whose visitors may chat, and how long a chat session's transcript is
/// kept. No sites, no chat: every visitor connection is refused.
/// </summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Router:WebChat";

    /// <summary>Hours a session's transcript is kept after its latest line.</summary>
    public const int DefaultSessionHours = 24;

    /// <summary>Lines a transcript keeps; older lines are dropped first.</summary>
    public const int DefaultTranscriptLines = 200;

    /// <summary>Sites by name (<c>acme</c>); the name is what visitors present as <c>site</c>.</summary>
    public Dictionary<string, ChatSiteOptions> Sites { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a session's transcript is kept after its latest line; a visitor may resume within it.</summary>
    /// <value>Defaults to <see cref="DefaultSessionHours"/>.</value>
    [Range(1, 720)]
    public int SessionHours { get; set; } = DefaultSessionHours;

    /// <summary>Most lines a session's transcript holds.</summary>
    /// <value>Defaults to <see cref="DefaultTranscriptLines"/>.</value>
    [Range(10, 1000)]
    public int TranscriptLines { get; set; } = DefaultTranscriptLines;
}
