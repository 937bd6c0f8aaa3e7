using MimeKit;
using Router.Channels;
using Router.Channels.Email;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>Puts a mail through the reader and intake the way the IMAP worker does, minus IMAP: a worker that died right after.</summary>
public static class IntakeDirectly
{
    public static async Task<string> AcceptAsync(RouterTestHost host, byte[] raw, string mailbox)
    {
        using var stream = new MemoryStream(raw);
        var mail = await MimeMessage.LoadAsync(stream);
        var reading = host.Service<MailReader>().Read(mail, mailbox);
        var receipt = await host.Service<IInboundSink>().AcceptAsync(reading.Message!, CancellationToken.None);
        Assert.True(receipt.Created);
        return receipt.ItemId;
    }
}
