using System.Text;
using MimeKit;
using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

/// <summary>Mail built to hurt: enormous headers, deep nesting, markup in odd places. The reader must stay sane.</summary>
public sealed class HostileMailTests
{
    [Fact]
    public void HugeHeaders_AreCut_SubjectRecipientsAndReferencesStayBounded()
    {
        var count = Enumerable.Range(0, 2_000).ToList();
        var raw = new StringBuilder()
            .Append(string.Concat(count.Select(i => $"Received: from hop{i} by hop{i + 1}\n")))
            .Append("From: a@example.com\nMessage-ID: <m1@example.com>\n")
            .Append("Subject: Re: ").Append('s', 50_000).Append('\n')
            .Append("To: ").AppendJoin(",\n ", count.Select(i => $"r{i}@example.com")).Append('\n')
            .Append("References: ").AppendJoin("\n ", count.Select(i => $"<ref{i}@example.com>")).Append("\n\nbody\n");

        var item = Mails.Read(Mails.Parse(raw.ToString())).Item();

        Assert.Equal(998, item.Subject!.Length);
        Assert.Equal(50, item.Attributes!["email"]!["to"]!.AsArray().Count);
        Assert.True(item.JoinKeys.Count <= 21);
        Assert.Equal("email:msgid:ref1999@example.com", item.JoinKeys[0]);
        var references = item.ReplyTo!["references"]!.AsArray().Select(node => (string?)node).ToList();
        Assert.Equal(20, references.Count);
        Assert.Equal("ref0@example.com", references[0]); // the thread's root stays
        Assert.Equal("m1@example.com", references[^1]);
        Assert.All(item.ThreadKeys, key => Assert.True(key.Key.Length < 300));
    }

    [Fact]
    public void DeeplyNestedMultiparts_AreReadWithoutFailing()
    {
        MimeEntity body = new TextPart("plain") { Text = "at the bottom" };
        for (var i = 0; i < 200; i++)
        {
            body = new Multipart("mixed") { body };
        }

        var mail = Mails.Plain();
        mail.Body = body;

        var item = Mails.Read(Mails.Parse(Bytes(mail))).Item();

        Assert.Equal("at the bottom", item.Text);
    }

    [Fact]
    public void DeeplyNestedHtml_IsReadWithoutStallingOrOverflowingTheStack()
    {
        var html = new StringBuilder();
        html.Insert(0, "<div>", 100_000).Append("deep text").Insert(html.Length, "</div>", 100_000);
        var mail = Mails.Plain();
        mail.Body = new TextPart("html") { Text = html.ToString() };

        Assert.Equal("deep text", Mails.Read(mail).Item().Text);
    }

    [Fact]
    public void HugeHtmlBody_IsOnlyPartlyParsed_AndTheTextMarkedTruncated()
    {
        var mail = Mails.Plain();
        mail.Body = new TextPart("html") { Text = "<p>start</p>" + string.Concat(Enumerable.Repeat("<p>filler</p>", 2_000)) + "<p>the end</p>" };

        var item = Mails.Read(mail, new MailReaderOptions { MaxTextCharacters = 1_000 }).Item();

        Assert.StartsWith("start", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the end", item.Text, StringComparison.Ordinal);
        Assert.True((bool?)item.Attributes!["email"]!["truncated"]);
    }

    [Fact]
    public void ControlCharactersAndLineBreaksInHeaders_NeverReachSubjectOrNames()
    {
        var mail = Mails.Parse("From: =?utf-8?q?Evil=0D=0ABcc=3A_x?= <evil@example.com>\nSubject: =?utf-8?q?line1=0D=0Aline2=00?=\n\nbody\n");

        var item = Mails.Read(mail).Item();

        Assert.DoesNotContain(item.Subject!, char.IsControl);
        Assert.DoesNotContain((string)item.Contact!["name"]!, char.IsControl);
    }

    [Fact]
    public void PathInAnAttachmentName_IsDropped()
    {
        var mail = Mails.WithAttachments("x", Mails.File(@"C:\fakepath\..\invoice.pdf", "application/pdf", [1]));

        Assert.Equal("invoice.pdf", Assert.Single(Mails.Read(mail).Item().Attachments).Name);
    }

    [Fact]
    public void ScriptsInsideAPlainTextPart_AreKeptAsTheTextTheCustomerTyped()
    {
        // Only HTML is rendered to text; a customer quoting markup in plain text is quoted as typed.
        var item = Mails.Read(Mails.Plain(text: "I pasted <b>this</b>")).Item();

        Assert.Equal("I pasted <b>this</b>", item.Text);
    }

    private static byte[] Bytes(MimeMessage mail)
    {
        using var stream = new MemoryStream();
        mail.WriteTo(stream);
        return stream.ToArray();
    }
}
