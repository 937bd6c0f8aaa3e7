using Amqp;
using Amqp.Framing;
using Microsoft.Extensions.Options;
using Polly.Registry;
using Router.Bus.Events;
using StackExchange.Redis;

namespace Router.Bus.Commands;

/// <summary>
/// Takes commands from <see cref="BusOptions.CommandsAddress"/>, one at a time in delivery order. A command is
/// accepted once its effect is in Redis, rejected with a reason when it can never work (the broker dead-letters it),
/// and released for redelivery when Redis is away, until <see cref="BusOptions.MaxDeliveries"/>; then rejected.
/// </summary>
internal sealed class CommandConsumer(
    BusConnector connector,
    CommandDispatcher dispatcher,
    Outbox outbox,
    BusState state,
    BusMetrics metrics,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<BusOptions> options,
    TimeProvider time,
    ILogger<CommandConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan ReceiveWait = TimeSpan.FromMilliseconds(500);
    private readonly DeliveryAttempts attempts = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrWhiteSpace(o.CommandsAddress))
        {
            return;
        }

        state.SetCommands(BusLinkState.Connecting);
        var pipeline = pipelines.GetPipeline(BusExtensions.ReconnectPipeline);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var link = await pipeline.ExecuteAsync(async token => await OpenAsync(o.CommandsAddress, token), stoppingToken);
                state.SetCommands(BusLinkState.Connected);
                Log.Attached(logger, "commands", o.CommandsAddress, connector.Endpoint);
                await ReceiveAsync(link, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (BusExtensions.IsBrokerFailure(ex))
            {
                state.SetCommands(BusLinkState.Disconnected, ex.Message);
                Log.LinkLost(logger, "commands", connector.Endpoint, ex);
                await Task.Delay(TimeSpan.FromMilliseconds(500), time, stoppingToken);
            }
        }
    }

    private async Task<BusLink<ReceiverLink>> OpenAsync(string address, CancellationToken token)
    {
        try
        {
            return await BusLink<ReceiverLink>.OpenAsync(connector, "commands", async (session, t) =>
            {
                var receiver = await AmqpLinks.AttachReceiverAsync(session, "router-commands", address, t);
                receiver.SetCredit(options.Value.Prefetch, autoRestore: true);
                return receiver;
            }, token);
        }
        catch (Exception ex) when (BusExtensions.IsBrokerFailure(ex))
        {
            state.SetCommands(BusLinkState.Disconnected, ex.Message);
            Log.ConnectFailed(logger, "commands", connector.Endpoint, ex);
            throw;
        }
    }

    private async Task ReceiveAsync(BusLink<ReceiverLink> link, CancellationToken stoppingToken)
    {
        while (true)
        {
            stoppingToken.ThrowIfCancellationRequested();
            if (link.ClosedToken.IsCancellationRequested)
            {
                throw new BusUnavailableException($"The broker closed the commands link: {link.CloseReason}");
            }

            var message = await link.Link.ReceiveAsync(ReceiveWait);
            if (message is not null)
            {
                await HandleAsync(link.Link, message, stoppingToken);
            }
        }
    }

    private async Task HandleAsync(ReceiverLink receiver, Message message, CancellationToken stoppingToken)
    {
        var id = CommandDispatcher.MessageId(message);
        try
        {
            var (type, outcome) = await dispatcher.HandleAsync(message);
            if (outcome.Accepted)
            {
                receiver.Accept(message);
                metrics.Command(type, "accepted");
                Log.CommandAccepted(logger, id!, type);
            }
            else
            {
                await RejectAsync(receiver, message, id, type, outcome);
            }

            Settled(id);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            var max = options.Value.MaxDeliveries;
            var attempt = id is null ? max : attempts.Failed(id, message);
            if (attempt >= max)
            {
                await RejectAsync(receiver, message, id, "unknown", CommandOutcome.GaveUp(
                    $"Gave up after {attempt} deliveries: the router's store failed each time ({ex.GetType().Name})."));
                Settled(id);
                return;
            }

            Log.CommandReleased(logger, id, attempt, max, ex);
            // Brokers redeliver a released message at once: waiting first keeps an outage from becoming a busy loop.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 250 * (1 << Math.Min(attempt, 5)))), time, stoppingToken);
            receiver.Release(message);
            metrics.Command("unknown", "released");
        }
    }

    private async Task RejectAsync(ReceiverLink receiver, Message message, string? id, string type, CommandOutcome outcome)
    {
        try
        {
            // Best effort: the CRM learns why on the events address too, since not every broker keeps the reason.
            await outbox.EmitAsync("command.rejected", id ?? "", new
            {
                messageId = id,
                type,
                condition = outcome.Condition,
                description = outcome.Description,
            });
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Log.RejectionNotRecorded(logger, id, ex);
        }

        receiver.Reject(message, new Error(outcome.Condition!) { Description = outcome.Description });
        metrics.Command(type, "rejected");
        Log.CommandRejected(logger, id, type, outcome.Condition!, outcome.Description!);
    }

    private void Settled(string? id)
    {
        if (id is not null)
        {
            attempts.Settled(id);
        }
    }
}
