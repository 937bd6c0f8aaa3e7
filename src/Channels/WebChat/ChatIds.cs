using System.Text.RegularExpressions;

namespace Router.Channels.WebChat;

/// <summary>
/// The alphabets of what visitors name: sites, visitor ids, session ids and message ids all become parts of keys and
/// group names (<c>chat:{site}:{visitor}:{session}</c>), so none may hold the ':' separator.
/// </summary>
internal static partial class ChatIds
{
    /// <summary>A configured site name: 1-32 lower-case letters, digits or '-'.</summary>
    public static bool IsSite(string? value) => value is not null && Site().IsMatch(value);

    /// <summary>A visitor id as the site's backend signs it: 1-64 letters, digits, <c>_ . @ -</c>.</summary>
    public static bool IsVisitor(string? value) => value is not null && Visitor().IsMatch(value);

    /// <summary>A session id the visitor's page chooses (a UUID fits): 8-64 letters, digits, <c>_ -</c>.</summary>
    public static bool IsSession(string? value) => value is not null && Session().IsMatch(value);

    /// <summary>A client message id (a UUID fits): 1-64 letters, digits, <c>_ -</c>.</summary>
    public static bool IsMessage(string? value) => value is not null && Message().IsMatch(value);

    [GeneratedRegex(@"^[a-z0-9-]{1,32}\z")]
    private static partial Regex Site();

    [GeneratedRegex(@"^[A-Za-z0-9_.@-]{1,64}\z")]
    private static partial Regex Visitor();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{8,64}\z")]
    private static partial Regex Session();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex Message();
}
