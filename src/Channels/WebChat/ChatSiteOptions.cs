using System.ComponentModel.DataAnnotations;

namespace Router.Channels.WebChat;

/// <summary>One web site whose visitors may chat: the secret its backend signs visitor ids with, and its limits.</summary>
public sealed class ChatSiteOptions
{
    /// <summary>Longest message, in characters (UTF-16 code units, as JavaScript counts them).</summary>
    public const int DefaultMaxMessageLength = 2000;

    /// <summary>Messages one visitor may send a minute.</summary>
    public const int DefaultMessagesPerMinute = 20;

    /// <summary>New conversations (sessions) one visitor may start in 24 hours.</summary>
    public const int DefaultConversationsPerDay = 10;

    /// <summary>Upper bound for <see cref="MaxMessageLength"/>; the hub's receive buffer is sized for it.</summary>
    public const int MaxMessageLengthLimit = 8000;

    /// <summary>The HMAC-SHA256 key for visitor signatures (at least 32 characters). From the environment, never a file.</summary>
    [Required]
    [MinLength(32)]
    public string Secret { get; set; } = "";

    /// <summary>The secret before the latest rotation: signatures made with it stay valid until it is removed.</summary>
    [MinLength(32)]
    public string? PreviousSecret { get; set; }

    /// <summary>Page origins (<c>https://www.example.com</c>) allowed to connect from a browser (CORS and the WebSocket Origin).</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Longest message accepted.</summary>
    /// <value>Defaults to <see cref="DefaultMaxMessageLength"/>.</value>
    [Range(1, MaxMessageLengthLimit)]
    public int MaxMessageLength { get; set; } = DefaultMaxMessageLength;

    /// <summary>Messages a visitor may send per minute.</summary>
    /// <value>Defaults to <see cref="DefaultMessagesPerMinute"/>.</value>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = DefaultMessagesPerMinute;

    /// <summary>New conversations a visitor may start per 24 hours (counted from the first of them).</summary>
    /// <value>Defaults to <see cref="DefaultConversationsPerDay"/>.</value>
    [Range(1, 10_000)]
    public int ConversationsPerDay { get; set; } = DefaultConversationsPerDay;
}
