using System.Text.Json.Nodes;
using MimeKit;
using Router.Channels.Email;

namespace Router.Channels.Fax;

/// <summary>
/// Builds the <see cref="ChannelKind.Fax"/> message for a gateway's mail: the sender is the fax number (the
/// gateway's address is shared by every caller, so it is no contact), pages are counted from the PDF or TIFF.
/// A fax whose number cannot be read or whose pages cannot be counted still becomes an item, with a note saying so:
/// the document must reach an agent either way.
/// </summary>
internal static class FaxMessage
{
    /// <summary>The inbound fax for <paramref name="content"/>, read as <paramref name="gateway"/> sends it (null: a fax mailbox, no gateway matched).</summary>
    public static InboundMessage Build(MailContent content, FaxGateway? gateway, string defaultRegion)
    {
        var number = FaxNumbers.Find(gateway, gateway?.Region ?? defaultRegion, content.Subject, content.Text, content.Sender.LocalPart);
        var notes = new List<string>();
        if (number.Note is { } numberNote)
        {
            notes.Add(numberNote);
        }

        int? pages = null;
        var attachments = new List<MessageAttachment>();
        foreach (var read in content.Attachments)
        {
            var attachment = read.Attachment;
            if (attachment.Rejected is null && read.Entity is MimePart part && FaxPages.MayBeDocument(part)
                && FaxPages.Count(FaxPages.Bytes(part)) is { } counted)
            {
                attachment = attachment with { Pages = counted };
                pages = (pages ?? 0) + counted;
            }

            attachments.Add(attachment);
        }

        if (pages is null)
        {
            notes.Add("no PDF or TIFF document whose pages could be counted");
        }

        var fax = new JsonObject
        {
            ["mailbox"] = content.Mailbox,
            ["gateway"] = gateway?.Name,
            ["from"] = content.Sender.Address,
            ["number"] = number.E164,
            ["rawNumber"] = number.Raw,
            ["pages"] = pages,
        };
        if (notes.Count > 0)
        {
            fax["note"] = string.Join("; ", notes);
        }

        return new InboundMessage(
            ChannelKind.Fax,
            $"fax:{content.Mailbox}:{content.Reference}",
            number.E164 is null ? null : new JsonObject { ["phone"] = number.E164 },
            content.Subject,
            content.Text,
            new JsonObject { ["fax"] = fax })
        {
            Handles = number.E164 is null ? [] : [ContactHandle.Phone(number.E164)],
            // A fax answers nothing: it joins no earlier item, and nothing replies to it by mail.
            ThreadKeys = MailThreading.MessageIdKey(content.MessageId) is { } own ? [new ThreadKey(own)] : [],
            Attachments = attachments,
        };
    }
}
