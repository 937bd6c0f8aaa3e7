using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

public sealed class AutomaticMailTests
{
    [Theory]
    [InlineData("Auto-Submitted: auto-replied", "auto-replied")]
    [InlineData("Auto-Submitted: auto-generated; owner-email=x@example.com", "auto-generated")]
    [InlineData("Auto-Submitted: auto-notified", "auto-notified")]
    [InlineData("Auto-Submitted: x-vendor-thing", "auto-submitted")]
    [InlineData("Precedence: bulk", "bulk")]
    [InlineData("Precedence: JUNK", "junk")]
    [InlineData("Precedence: list", "list")]
    [InlineData("Precedence: auto_reply", "auto-replied")]
    [InlineData("List-Id: <x.lists.example>", "list")]
    [InlineData("List-Unsubscribe: <mailto:u@lists.example>", "list")]
    [InlineData("X-Autoreply: yes", "auto-replied")]
    [InlineData("X-Autorespond: Vacation", "auto-replied")]
    [InlineData("X-Auto-Response-Suppress: DR, OOF", "auto-response-suppress")]
    [InlineData("Return-Path: <>", "null-return-path")]
    public void MachineHeaders_MarkTheMailAutomatic(string header, string reason)
    {
        var reading = Mails.Read(Mails.Parse($"From: a@example.com\n{header}\nSubject: s\n\nbody\n"));

        Assert.True(reading.Automatic);
        Assert.Equal(reason, (string?)reading.Item().Attributes!["email"]!["automatic"]);
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example", "mailer-daemon")]
    [InlineData("postmaster@example.com", "mailer-daemon")]
    [InlineData("no-reply@shop.example", "no-reply")]
    [InlineData("NoReply@shop.example", "no-reply")]
    [InlineData("noreply+orders@shop.example", "no-reply")]
    [InlineData("do-not-reply@bank.example", "no-reply")]
    [InlineData("donotreply@bank.example", "no-reply")]
    [InlineData("do_not_reply@bank.example", "no-reply")]
    public void MachineSenders_MarkTheMailAutomatic(string from, string reason)
    {
        var reading = Mails.Read(Mails.Plain(from: from));

        Assert.True(reading.Automatic);
        Assert.Equal(reason, (string?)reading.Item().Attributes!["email"]!["automatic"]);
    }

    [Theory]
    [InlineData("Auto-Submitted: no")]
    [InlineData("Precedence: first-class")]
    [InlineData("X-Auto-Response-Suppress: None")]
    [InlineData("Return-Path: <jane@example.com>")]
    [InlineData("X-Mailer: Outlook")]
    public void PeoplesMail_IsNotAutomatic(string header)
    {
        var reading = Mails.Read(Mails.Parse($"From: Jane <noreplyjane@example.com>\n{header}\nSubject: s\n\nbody\n"));

        Assert.False(reading.Automatic);
        Assert.Null(reading.Item().Attributes!["email"]!["automatic"]);
    }

    [Fact]
    public void BounceOfAnAgentsReply_IsAnAutomaticItem_WithoutSubjectThreading()
    {
        var reading = Mails.Read(Bounce("From: agent@router.example\nSubject: Re: Order 42\n\nreply text\n"));

        Assert.True(reading.Automatic);
        var item = reading.Item();
        Assert.Equal("delivery-status", (string?)item.Attributes!["email"]!["automatic"]);
        Assert.DoesNotContain(item.ThreadKeys, key => key.Key.StartsWith(MailThreading.SubjectPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void BounceOfOurAutomaticAcknowledgement_IsQuarantined_NotAnItem()
    {
        var reading = Mails.Read(Bounce("From: support@router.example\nAuto-Submitted: auto-generated\nSubject: We got it\n\nack text\n"));

        Assert.Null(reading.Message);
        Assert.True(reading.Automatic);
        Assert.Contains("delivery report about automatic mail", reading.QuarantineReason, StringComparison.Ordinal);
    }

    private static MimeKit.MimeMessage Bounce(string returned) => Mails.Parse(
        "From: MAILER-DAEMON@mx.example\nSubject: Undelivered\nMessage-ID: <b@mx.example>\n" +
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n" +
        "--r\nContent-Type: text/plain\n\nCould not deliver.\n" +
        "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; x@y\nAction: failed\nStatus: 5.1.1\n" +
        $"--r\nContent-Type: message/rfc822\n\n{returned}--r--\n");
}
