using System.Text.Json.Nodes;
using Router.Channels.Email;
using Router.Channels.Fax;
using Router.Channels.Tests.Email;

namespace Router.Channels.Tests.Fax;

public sealed class FaxReadingTests
{
    [Fact]
    public void GatewayMail_BecomesAFaxItem_WithTheCallerAsE164ContactAndPagesFromThePdf()
    {
        var reading = Mails.Reader(fax: FaxMails.Options()).Read(FaxMails.Mail(documents: FaxMails.Pdf(3)), "faxes");

        var item = reading.Item();
        Assert.True(reading.Automatic); // a gateway would receive any acknowledgement, not the caller
        Assert.Equal(ChannelKind.Fax, item.Channel);
        Assert.Equal("fax:faxes:fax-1@fax.acme.example", item.IdempotencyKey);
        Assert.Equal([ContactHandle.Phone("+12015550123")], item.Handles);
        Assert.Equal("+12015550123", (string?)item.Contact!["phone"]);
        var fax = Fax(item);
        Assert.Equal(FaxMails.Gateway, (string?)fax["gateway"]);
        Assert.Equal("+12015550123", (string?)fax["number"]);
        Assert.Equal(3, (int?)fax["pages"]);
        Assert.Null(fax["note"]);
        var document = Assert.Single(item.Attachments);
        Assert.Equal(3, document.Pages);
        Assert.Equal("imap:faxes:fax-1@fax.acme.example:part:2", document.Reference);
        Assert.Empty(item.JoinKeys);
        Assert.Null(item.ReplyTo);
    }

    [Fact]
    public void MultiPageTiff_PagesAreItsDirectories()
    {
        var item = Mails.Reader(fax: FaxMails.Options()).Read(FaxMails.Mail(documents: FaxMails.Tiff(4)), "faxes").Item();

        Assert.Equal(4, Assert.Single(item.Attachments).Pages);
        Assert.Equal(4, (int?)Fax(item)["pages"]);
    }

    [Fact]
    public void NumberOnlyInTheText_IsCapturedByTheGatewayPattern()
    {
        var mail = FaxMails.Mail(subject: "Fax von Station 7", text: "Caller ID: (201) 555-0123\nPages: 1", documents: FaxMails.Pdf(1));

        var item = Mails.Reader(fax: FaxMails.Options()).Read(mail, "faxes").Item();

        Assert.Equal("+12015550123", (string?)Fax(item)["number"]);
    }

    [Fact]
    public void NationalNumber_IsReadInTheGatewaysRegion()
    {
        var options = FaxMails.Options(gateway => gateway.Region = "DE");
        var mail = FaxMails.Mail(subject: "Fax von 030 901820", documents: FaxMails.Pdf(1));

        var item = Mails.Reader(fax: options).Read(mail, "faxes").Item();

        Assert.Equal("+4930901820", (string?)Fax(item)["number"]);
    }

    [Fact]
    public void WithoutANumberPattern_TheSendersLocalPartIsTheNumber()
    {
        var options = FaxMails.Options(gateway => gateway.NumberPattern = null);
        var mail = FaxMails.Mail(subject: "Fax from station", from: "12015550123@fax.acme.example", documents: FaxMails.Pdf(1));

        var item = Mails.Reader(fax: options).Read(mail, "faxes").Item();

        Assert.Equal([ContactHandle.Phone("+12015550123")], item.Handles);
    }

    [Fact]
    public void UnparseableNumber_StillMakesAnItem_WithTheRawNumberAndANote()
    {
        var mail = FaxMails.Mail(subject: "Fax from 000-000000", documents: FaxMails.Pdf(2));

        var reading = Mails.Reader(fax: FaxMails.Options()).Read(mail, "faxes");

        var item = reading.Item();
        Assert.Empty(item.Handles);
        Assert.Null(item.Contact);
        var fax = Fax(item);
        Assert.Null(fax["number"]);
        Assert.Equal("000-000000", (string?)fax["rawNumber"]);
        Assert.Contains("not a valid phone number", (string?)fax["note"], StringComparison.Ordinal);
        Assert.Equal(2, (int?)fax["pages"]);
    }

    [Fact]
    public void NoDocument_StillMakesAnItem_WithoutPagesAndWithANote()
    {
        var item = Mails.Reader(fax: FaxMails.Options()).Read(FaxMails.Mail(), "faxes").Item();

        var fax = Fax(item);
        Assert.Null(fax["pages"]);
        Assert.Contains("no PDF or TIFF", (string?)fax["note"], StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentOverTheSizeLimit_IsRejected_AndItsPagesAreNotCounted()
    {
        var options = new MailReaderOptions { MaxAttachmentBytes = 100 };

        var item = Mails.Reader(options, FaxMails.Options()).Read(FaxMails.Mail(documents: FaxMails.Pdf(2)), "faxes").Item();

        var document = Assert.Single(item.Attachments);
        Assert.NotNull(document.Rejected);
        Assert.Null(document.Pages);
        Assert.Null(Fax(item)["pages"]);
    }

    [Fact]
    public void FaxMailbox_ReadsEveryMailAsFax_FindingTheNumberWithoutAGateway()
    {
        var mail = FaxMails.Mail(subject: "Incoming fax", text: "From: +44 20 7946 0958", from: "scanner@office.example", documents: FaxMails.Tiff(2));

        var reading = Mails.Reader().Read(mail, "faxes", ChannelKind.Fax);

        var item = reading.Item();
        Assert.Equal(ChannelKind.Fax, item.Channel);
        Assert.Equal([ContactHandle.Phone("+442079460958")], item.Handles);
        Assert.Null(Fax(item)["gateway"]);
        Assert.Equal(2, (int?)Fax(item)["pages"]);
    }

    private static JsonObject Fax(InboundMessage item) => item.Attributes!["fax"]!.AsObject();
}
