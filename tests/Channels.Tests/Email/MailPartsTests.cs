using MimeKit;

namespace Router.Channels.Tests.Email;

public sealed class MailPartsTests
{
    [Fact]
    public void AlternativeWithoutPlainText_IsReadFromItsHtml()
    {
        var mail = Mails.Plain();
        mail.Body = new MultipartAlternative { new TextPart("html") { Text = "<p>Only <b>HTML</b></p>" } };

        var item = Mails.Read(mail).Item();

        Assert.Equal("Only HTML", item.Text);
        Assert.True((bool?)item.Attributes!["email"]!["hasHtml"]);
    }

    [Fact]
    public void AttachedTextFile_IsAFile_NotPartOfTheText()
    {
        var log = new TextPart("plain") { Text = "ERROR 500 at line 3", FileName = "app.log", ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) };

        var item = Mails.Read(Mails.WithAttachments("log attached", log)).Item();

        Assert.Equal("log attached", item.Text);
        Assert.Equal("app.log", Assert.Single(item.Attachments).Name);
    }

    [Fact]
    public void SeveralInlineTextParts_AreAllRead_InOrder()
    {
        var mail = Mails.Plain();
        mail.Body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "first" },
            Mails.File("pic.png", "image/png", [1, 2]),
            new TextPart("plain") { Text = "second" },
        };

        var item = Mails.Read(mail).Item();

        Assert.Equal("first\n\nsecond", item.Text);
        Assert.Equal("imap:support:m1@example.com:part:2", Assert.Single(item.Attachments).Reference);
    }

    [Fact]
    public void SinglePartAttachmentMail_IsSectionOne()
    {
        var mail = Mails.Plain();
        mail.Body = Mails.File("scan.pdf", "application/pdf", [1, 2, 3]);

        var item = Mails.Read(mail).Item();

        Assert.Equal("", item.Text);
        Assert.Equal("imap:support:m1@example.com:part:1", Assert.Single(item.Attachments).Reference);
    }

    [Fact]
    public void CalendarInvitationAlternative_IsAFile()
    {
        var mail = Mails.Plain();
        mail.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = "Meeting on Monday" },
            new TextPart("calendar") { Text = "BEGIN:VCALENDAR\nEND:VCALENDAR" },
        };

        var item = Mails.Read(mail).Item();

        Assert.Equal("Meeting on Monday", item.Text);
        Assert.Equal("text/calendar", Assert.Single(item.Attachments).ContentType);
    }
}
