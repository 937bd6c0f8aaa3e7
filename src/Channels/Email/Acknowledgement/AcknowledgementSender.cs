using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Router.Channels.Email.Acknowledgement;

/// <summary>Sends queued acknowledgements, at most <see cref="AcknowledgementOptions.PerSenderPerDay"/> per sender address.</summary>
internal sealed class AcknowledgementSender(
    Acknowledger acknowledger,
    [FromKeyedServices(ChannelKind.Email)] IOutboundChannel email,
    IChannelState state,
    IOptionsMonitor<EmailOptions> options,
    ILogger<AcknowledgementSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in acknowledger.Pending.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(request, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An acknowledgement is a courtesy: its failure is logged and never holds up the next one.
                Log.AcknowledgementFailed(logger, request.ItemId, ex.GetType().Name);
            }
        }
    }

    private async Task SendAsync(AcknowledgementRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Acknowledgement;
        var count = await state.IncrementAsync(CapKey(request.Address), TimeSpan.FromDays(1), cancellationToken);
        if (count > settings.PerSenderPerDay)
        {
            Log.NotAcknowledged(logger, request.ItemId, $"sender had {settings.PerSenderPerDay} acknowledgement(s) today");
            return;
        }

        var message = new OutboundMessage(
            request.ItemId,
            $"ack-{request.ItemId}",
            request.ReplyTo,
            AcknowledgementOptions.Fill(settings.Subject, request.ItemId, request.Subject),
            AcknowledgementOptions.Fill(settings.Template, request.ItemId, request.Subject),
            Automatic: true);
        var receipt = await email.SendAsync(message, cancellationToken);
        Log.Acknowledged(logger, request.ItemId, receipt.Status, receipt.Reason);
    }

    /// <summary>The counter is keyed by a hash, so no address sits in the state store's key space.</summary>
    private static string CapKey(string address) =>
        "email:ack:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant())))[..32];
}
