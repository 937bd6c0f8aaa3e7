using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly.Registry;

namespace Router.Channels.Email.Smtp;

/// <summary>
/// Hands a message to the configured SMTP server over a fresh connection. Only failures that prove the message did
/// not go out (no connection, a 4xx answer) become <see cref="SmtpNotSentException"/>, which the <c>email-smtp</c>
/// pipeline retries; a connection lost during DATA leaves the outcome unknown and is never resent blindly.
/// </summary>
internal sealed class SmtpSender(IOptionsMonitor<EmailOptions> options, ResiliencePipelineProvider<string> pipelines)
{
    public const string Pipeline = "email-smtp";

    public async Task SendAsync(MimeMessage mail, CancellationToken cancellationToken)
    {
        var smtp = options.CurrentValue.Smtp;
        await pipelines.GetPipeline(Pipeline).ExecuteAsync(async t => await SendOnceAsync(smtp, mail, t), cancellationToken);
    }

    private static async Task SendOnceAsync(SmtpOptions smtp, MimeMessage mail, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("No SMTP host."), smtp.Port, smtp.Security.ToSocketOptions(), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, Secrets.Resolve(smtp.Password, smtp.PasswordFile) ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or TimeoutException
            or SmtpCommandException { StatusCode: >= (SmtpStatusCode)400 and < (SmtpStatusCode)500 })
        {
            throw new SmtpNotSentException($"could not connect ({ex.GetType().Name})", ex);
        }

        try
        {
            await client.SendAsync(mail, cancellationToken);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode is >= 400 and < 500)
        {
            // A 4xx answer to MAIL, RCPT or the end of DATA: the server kept nothing.
            throw new SmtpNotSentException($"{(int)ex.StatusCode} ({ex.ErrorCode})", ex);
        }

        try
        {
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException)
        {
            // The message was accepted; a failed QUIT changes nothing.
        }
    }
}
