using Amqp;
using Amqp.Framing;
using Microsoft.Extensions.Options;
using Polly.Registry;
using Router.Hosting;
using StackExchange.Redis;

namespace Router.Bus.Events;

/// <summary>
/// Publishes the outbox to <see cref="BusOptions.EventsAddress"/>, strictly in stream order (so each item's events
/// arrive in order), one router instance at a time (a lease in Redis). A batch of up to <see cref="Batch"/> events goes
/// out on the link at once, in stream order, and their outcomes are taken in that order; the cursor then moves past
/// every event the broker took, up to the first it did not, in one Redis call. Awaiting each event's outcome before
/// sending the next capped publishing at one broker round trip plus one Redis call per event (450-600 events/s here,
/// bench/outbox.sh). A broker outage only delays events: after a failure the events from the first unconfirmed one on are sent
/// again with the same message-ids, so a consumer that dedupes by message-id sees each once.
/// </summary>
internal sealed class OutboxPublisher(
    BusConnector connector,
    Outbox outbox,
    BusState state,
    BusMetrics metrics,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<BusOptions> options,
    IOptions<RouterOptions> router,
    TimeProvider time,
    ILogger<OutboxPublisher> logger) : BackgroundService
{
    private const int Batch = 100;
    private static readonly TimeSpan LeaseTtl = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);
    private readonly string owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var address = options.Value.EventsAddress;
        if (!options.Value.Enabled || string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        state.SetEvents(BusLinkState.Connecting);
        var pipeline = pipelines.GetPipeline(BusExtensions.ReconnectPipeline);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.SwitchOnAsync();
                state.OutboxLag = await outbox.LagAsync();
                if (!await outbox.TryLeaseAsync(owner, LeaseTtl))
                {
                    state.SetEvents(BusLinkState.Standby);
                    await Task.Delay(LeaseTtl / 3, time, stoppingToken);
                    continue;
                }

                await using var link = await pipeline.ExecuteAsync(async token => await OpenAsync(address, token), stoppingToken);
                state.SetEvents(BusLinkState.Connected);
                Log.Attached(logger, "events", address, connector.Endpoint);
                await PublishAsync(link, stoppingToken);
                Log.LeaseLost(logger);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
            {
                Log.OutboxStoreFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
            catch (Exception ex) when (BusExtensions.IsBrokerFailure(ex))
            {
                state.SetEvents(BusLinkState.Disconnected, ex.Message);
                Log.LinkLost(logger, "events", connector.Endpoint, ex);
                await Task.Delay(TimeSpan.FromMilliseconds(500), time, stoppingToken);
            }
        }
    }

    private async Task<BusLink<SenderLink>> OpenAsync(string address, CancellationToken token)
    {
        try
        {
            return await BusLink<SenderLink>.OpenAsync(
                connector, "events", (session, t) => AmqpLinks.AttachSenderAsync(session, "router-events", address, t), token);
        }
        catch (Exception ex) when (BusExtensions.IsBrokerFailure(ex))
        {
            state.SetEvents(BusLinkState.Disconnected, ex.Message);
            Log.ConnectFailed(logger, "events", connector.Endpoint, ex);
            throw;
        }
    }

    // Returns when the lease is lost; throws when the broker or Redis fails.
    private async Task PublishAsync(BusLink<SenderLink> link, CancellationToken stoppingToken)
    {
        var workspace = router.Value.Workspace;
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (true)
        {
            var entries = await outbox.ReadAsync(Batch);
            state.OutboxLag = await outbox.LagAsync();
            if (entries.Length == 0)
            {
                if (!await outbox.TryLeaseAsync(owner, LeaseTtl))
                {
                    return;
                }

                await Task.Delay(poll, time, stoppingToken);
                continue;
            }

            // The link keeps transfers in the order they are handed to it (queued while the broker gives no credit).
            var outcomes = entries.Select(entry => Send(link, EventEnvelope.ToMessage(workspace, entry))).ToArray();
            var taken = 0;
            bool leaseHeld;
            try
            {
                for (; taken < entries.Length; taken++)
                {
                    var entry = entries[taken];
                    if (await OutcomeAsync(link, outcomes[taken], stoppingToken) is Rejected rejected)
                    {
                        var error = AmqpLinks.Describe(rejected.Error);
                        Log.EventRefused(logger, EventEnvelope.Id(workspace, entry), (string?)entry["type"] ?? "", error);
                        await outbox.SetAsideAsync(entry, error);
                    }
                    else
                    {
                        metrics.Published();
                    }
                }
            }
            finally
            {
                // Also when an outcome failed: what the broker took before it is done, the rest goes again.
                leaseHeld = taken == 0 || await outbox.AdvanceAsync(owner, entries[taken - 1].Id!, LeaseTtl);
            }

            if (!leaseHeld)
            {
                return;
            }
        }
    }

    private static Task<Outcome> Send(BusLink<SenderLink> link, Message message)
    {
        var answered = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        link.Link.Send(message, (_, _, outcome, _) => answered.TrySetResult(outcome), null);
        return answered.Task;
    }

    // Accepted or Rejected; anything else (released, no answer, the link closing) throws, and the event goes again.
    private static async Task<Outcome> OutcomeAsync(BusLink<SenderLink> link, Task<Outcome> answered, CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, link.ClosedToken);
        Outcome result;
        try
        {
            result = await answered.WaitAsync(SendTimeout, either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            throw new BusUnavailableException($"The broker closed the events link: {link.CloseReason}");
        }

        return result is Accepted or Rejected
            ? result
            : throw new BusUnavailableException($"The broker did not take the event ({result?.GetType().Name ?? "no outcome"}); sending it again.");
    }
}
