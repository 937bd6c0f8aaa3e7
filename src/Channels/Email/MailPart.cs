using MimeKit;

namespace Router.Channels.Email;

/// <summary>A MIME entity of a mail with its IMAP part specifier (<c>1</c>, <c>2.1</c> …), as <c>FETCH BODY[2.1]</c> names it.</summary>
/// <param name="Entity">The part.</param>
/// <param name="Specifier">Its IMAP section number.</param>
internal sealed record MailPart(MimeEntity Entity, string Specifier);
