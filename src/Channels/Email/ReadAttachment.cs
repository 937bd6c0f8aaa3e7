using MimeKit;

namespace Router.Channels.Email;

/// <summary>An attachment as listed for the item, with the MIME part it came from (the fax reader counts its pages).</summary>
/// <param name="Entity">The part.</param>
/// <param name="Attachment">What the item lists.</param>
internal sealed record ReadAttachment(MimeEntity Entity, MessageAttachment Attachment);
