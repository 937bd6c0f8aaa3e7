using MimeKit;
using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

public sealed class MailReaderTests
{
    [Fact]
    public void PlainMail_BecomesAnEmailItem_KeyedByMailboxAndMessageId_WithTheSenderAsContact()
    {
        var reading = Mails.Read(Mails.Plain(from: "Jane Doe <Jane@Example.com>"));

        var item = reading.Item();
        Assert.False(reading.Automatic);
        Assert.Equal(ChannelKind.Email, item.Channel);
        Assert.Equal("email:support:m1@example.com", item.IdempotencyKey);
        Assert.Equal("jane@example.com", (string?)item.Contact!["email"]);
        Assert.Equal("Jane Doe", (string?)item.Contact!["name"]);
        Assert.Equal([ContactHandle.Email("jane@example.com")], item.Handles);
        Assert.Equal("Order 42", item.Subject);
        Assert.Equal("Where is my order?", item.Text);
        Assert.Equal("support", (string?)item.ReplyTo!["mailbox"]);
        Assert.Equal("jane@example.com", (string?)item.ReplyTo!["address"]);
        Assert.Equal("m1@example.com", (string?)item.ReplyTo!["messageId"]);
        Assert.Equal(["m1@example.com"], item.ReplyTo!["references"]!.AsArray().Select(node => (string?)node));
        Assert.Equal(TimeSpan.FromDays(7), item.ThreadKeys.Single(key => key.Key.StartsWith("email:subject:", StringComparison.Ordinal)).Window);
        Assert.Null(item.ThreadKeys.Single(key => key.Key == "email:msgid:m1@example.com").Window);
    }

    [Fact]
    public void MailWithoutMessageId_IsKeyedByItsContentHash_TheSameForTheSameBytesOnly()
    {
        var raw = "From: a@example.com\r\nSubject: no id\r\n\r\nbody\r\n";

        var first = Mails.Read(Mails.Parse(raw)).Item().IdempotencyKey;
        var again = Mails.Read(Mails.Parse(raw)).Item().IdempotencyKey;
        var other = Mails.Read(Mails.Parse(raw.Replace("body", "b0dy", StringComparison.Ordinal))).Item().IdempotencyKey;

        Assert.Matches("^email:support:sha256:[0-9a-f]{64}$", first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void VeryLongMessageId_IsHashedInKeys_SoKeysStaySmall()
    {
        var id = new string('x', 600) + "@example.com";

        var item = Mails.Read(Mails.Plain(messageId: id)).Item();

        Assert.Matches("^email:support:sha256:[0-9a-f]{64}$", item.IdempotencyKey);
        Assert.Equal(MailThreading.MessageIdKey($"<{id}>"), item.ThreadKeys[0].Key);
        Assert.True(item.ThreadKeys[0].Key.Length < 100);
    }

    [Theory]
    [InlineData("Message-ID: not an id at all", "email:support:notanidatall")]
    [InlineData("Message-ID: <a@b> trailing junk", "email:support:a@b")]
    [InlineData("Message-Id:    <Mixed.Case@Example.COM>", "email:support:Mixed.Case@Example.COM")]
    public void MalformedMessageId_StillKeysTheMail_TheSameWayForReplyAddressing(string header, string key)
    {
        var item = Mails.Read(Mails.Parse($"From: a@example.com\n{header}\nSubject: s\n\nbody\n")).Item();

        Assert.Equal(key, item.IdempotencyKey);
        Assert.Equal(key["email:support:".Length..], (string?)item.ReplyTo!["messageId"]);
    }

    [Fact]
    public void SubjectThreadingTurnedOff_LeavesOnlyMessageIdKeys()
    {
        var item = Mails.Read(Mails.Plain(), new MailReaderOptions { SubjectThreadDays = 0 }).Item();

        Assert.Equal(["email:msgid:m1@example.com"], item.ThreadKeys.Select(key => key.Key));
        Assert.Empty(item.JoinKeys);
    }

    [Fact]
    public void ReplyToHeader_IsWhereRepliesGo_ButTheContactStaysTheSender()
    {
        var mail = Mails.Plain();
        mail.ReplyTo.Add(new MailboxAddress("Desk", "Desk@Example.org"));

        var item = Mails.Read(mail).Item();

        Assert.Equal("desk@example.org", (string?)item.ReplyTo!["address"]);
        Assert.Equal("Desk", (string?)item.ReplyTo!["name"]);
        Assert.Equal("jane@example.com", (string?)item.Contact!["email"]);
    }

    [Fact]
    public void FromWithoutADomain_FallsBackToTheReturnPath()
    {
        var mail = Mails.Parse("From: root\nReturn-Path: <cron@host.example>\nSubject: x\n\nbody\n");

        var item = Mails.Read(mail).Item();

        Assert.Equal("cron@host.example", (string?)item.Contact!["email"]);
        Assert.Equal("Return-Path", (string?)item.Attributes!["email"]!["sender"]);
    }

    [Fact]
    public void ChannelOtherThanEmailOrFax_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Mails.Reader().Read(Mails.Plain(), "support", ChannelKind.Sms));

    [Fact]
    public void PartWhoseContentCannotBeRead_QuarantinesTheMail_InsteadOfThrowing()
    {
        var broken = new MimePart("application", "pdf") { FileName = "x.pdf", Content = new MimeContent(new FailingStream()) };

        var reading = Mails.Read(Mails.WithAttachments("see attached", broken));

        Assert.Null(reading.Message);
        Assert.Equal("the mail could not be read (IOException)", reading.QuarantineReason);
    }

    [Fact]
    public void TextLongerThanTheLimit_IsCut_WithANote_AndMarkedTruncated()
    {
        var item = Mails.Read(Mails.Plain(text: new string('a', 5_000)), new MailReaderOptions { MaxTextCharacters = 1_000 }).Item();

        Assert.StartsWith(new string('a', 1_000) + "\n\n[text cut here: 4000 more characters]", item.Text, StringComparison.Ordinal);
        Assert.True((bool?)item.Attributes!["email"]!["truncated"]);
    }

    [Fact]
    public void ManyAttachments_AreListedUpToTheLimit_AndTheRestCounted()
    {
        var files = Enumerable.Range(0, 7).Select(i => (MimeEntity)Mails.File($"f{i}.txt", "application/octet-stream", [1, 2, 3])).ToArray();

        var item = Mails.Read(Mails.WithAttachments("files", files), new MailReaderOptions { MaxAttachments = 5 }).Item();

        Assert.Equal(5, item.Attachments.Count);
        Assert.Equal(2, (int?)item.Attributes!["email"]!["attachmentsOmitted"]);
    }

    [Fact]
    public void AttachmentOverTheLimit_IsListedAsRejected_WithoutAReference()
    {
        var mail = Mails.WithAttachments("two files", Mails.File("small.bin", "application/octet-stream", new byte[100]), Mails.File("big.bin", "application/octet-stream", new byte[101]));

        var item = Mails.Read(mail, new MailReaderOptions { MaxAttachmentBytes = 100 }).Item();

        Assert.Equal("imap:support:m1@example.com:part:2", item.Attachments[0].Reference);
        Assert.Null(item.Attachments[0].Rejected);
        Assert.Null(item.Attachments[1].Reference);
        Assert.Equal("larger than the 100-byte limit", item.Attachments[1].Rejected);
        Assert.Equal(101, item.Attachments[1].Size);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk gone");

        public override int Read(Span<byte> buffer) => throw new IOException("disk gone");
    }
}
