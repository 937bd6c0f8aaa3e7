namespace Router.Channels;

/// <summary>
/// A key under which later messages can find a conversation: an email's Message-ID (<c>email:msgid:&lt;id&gt;</c>),
/// sender + normalised subject, a chat session, an SMS number pair.
/// </summary>
/// <param name="Key">Channel-prefixed and stable, e.g. <c>email:msgid:abc@example.com</c>.</param>
/// <param name="Window">How long the key stays findable after the latest message that carried it; null: as long as the item is open.</param>
public sealed record ThreadKey(string Key, TimeSpan? Window = null);
