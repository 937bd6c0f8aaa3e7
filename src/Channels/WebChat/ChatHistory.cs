namespace Router.Channels.WebChat;

/// <summary>What <c>History</c> returns: the session's item (null before its first message) and its lines, oldest first.</summary>
public sealed record ChatHistory(string SessionId, string? ItemId, IReadOnlyList<ChatLine> Lines);
