using Router.Channels.Tests.Email;

namespace Router.Channels.Tests.Fax;

/// <summary>Which mail a gateway claims: its senders (addresses, domains and their subdomains) and its subject pattern.</summary>
public sealed class FaxGatewayMatchingTests
{
    [Fact]
    public void MailFromAnotherSender_IsEmail_EvenWithAFaxLikeSubject()
    {
        var mail = FaxMails.Mail(from: "someone@example.com", documents: FaxMails.Pdf(1));

        var item = Mails.Reader(fax: FaxMails.Options()).Read(mail, "support").Item();

        Assert.Equal(ChannelKind.Email, item.Channel);
    }

    [Fact]
    public void SubjectNotMatchingTheGateway_IsEmail()
    {
        var mail = FaxMails.Mail(subject: "Your monthly fax invoice", documents: FaxMails.Pdf(1));

        Assert.Equal(ChannelKind.Email, Mails.Reader(fax: FaxMails.Options()).Read(mail, "support").Item().Channel);
    }

    [Fact]
    public void DisabledGateway_ReadsNoFax()
    {
        var options = FaxMails.Options(gateway => gateway.Enabled = false);

        Assert.Equal(ChannelKind.Email, Mails.Reader(fax: options).Read(FaxMails.Mail(), "support").Item().Channel);
    }

    [Fact]
    public void GatewayMatchedBySubjectAlone_ReadsMailFromAnySender()
    {
        var options = FaxMails.Options(gateway => gateway.Senders.Clear());

        var item = Mails.Reader(fax: options).Read(FaxMails.Mail(from: "relay@other.example"), "support").Item();

        Assert.Equal(ChannelKind.Fax, item.Channel);
    }

    [Fact]
    public void SubdomainOfAGatewayDomain_Matches_ButALookalikeDomainDoesNot()
    {
        var reader = Mails.Reader(fax: FaxMails.Options());

        Assert.Equal(ChannelKind.Fax, reader.Read(FaxMails.Mail(from: "a@eu.fax.acme.example"), "m").Item().Channel);
        Assert.Equal(ChannelKind.Email, reader.Read(FaxMails.Mail(from: "a@evilfax.acme.example.attacker.example"), "m").Item().Channel);
        Assert.Equal(ChannelKind.Email, reader.Read(FaxMails.Mail(from: "a@notfax.acme.example"), "m").Item().Channel);
    }
}
