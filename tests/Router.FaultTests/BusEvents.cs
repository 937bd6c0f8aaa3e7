using System.Diagnostics;
using System.Text.Json.Nodes;
using Amqp;
using Router.FaultTests.Infrastructure;
using StackExchange.Redis;

namespace Router.FaultTests;

/// <summary>
/// The events other CRMs receive: once the routers' outbox is drained, reads the whole events queue and checks that
/// every item has its <c>item.created</c>. Delivery is at-least-once: a copy of an event carries the same message-id,
/// so copies are counted, not failed; the same item created under two different event ids would be a bug.
/// </summary>
internal sealed record BusEvents(int Received, int Distinct, int CopiesDropped, int ItemsWithCreated, int MissingCreated, int CreatedTwice, int Unpublished)
{
    public override string ToString() =>
        $"events: {Received} received, {Distinct} distinct ({CopiesDropped} copies dropped by message-id), item.created for {ItemsWithCreated} items, " +
        $"missing {MissingCreated}, created under two ids {CreatedTwice}, left in the outbox {Unpublished}";

    /// <summary>True when every item's item.created arrived, once per event id.</summary>
    public bool Clean => MissingCreated == 0 && CreatedTwice == 0;

    public static async Task<BusEvents> CollectAsync(FaultBus bus, IDatabase db, string workspace, IReadOnlySet<string> items, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        var outbox = $"router:{{{workspace}}}:outbox";
        while (await db.StreamLengthAsync(outbox) > 0 && deadline.Elapsed < limit)
        {
            await Task.Delay(200);
        }

        var connection = await new ConnectionFactory().CreateAsync(bus.Broker.Address());
        var received = new List<(string MessageId, JsonObject Envelope)>();
        try
        {
            var receiver = new ReceiverLink(new Session(connection), "fault-events", "/amq/queue/" + bus.EventsQueue);
            receiver.SetCredit(500);
            var created = new HashSet<string>(StringComparer.Ordinal);
            // Quiet for a second and every item seen: the queue is drained (a late publish still gets its chance).
            for (var quiet = Stopwatch.StartNew(); quiet.Elapsed < TimeSpan.FromSeconds(1) || (!items.IsSubsetOf(created) && deadline.Elapsed < limit);)
            {
                var message = await receiver.ReceiveAsync(TimeSpan.FromMilliseconds(200));
                if (message is null)
                {
                    continue;
                }

                var envelope = JsonNode.Parse((byte[])message.Body)!.AsObject();
                received.Add((message.Properties.MessageId, envelope));
                receiver.Accept(message);
                if ((string?)envelope["type"] == "item.created")
                {
                    created.Add((string)envelope["subject"]!);
                }

                quiet.Restart();
            }
        }
        finally
        {
            await connection.CloseAsync();
        }

        var distinct = received.DistinctBy(r => r.MessageId, StringComparer.Ordinal).ToList();
        var createdIds = distinct.Where(r => (string?)r.Envelope["type"] == "item.created")
            .GroupBy(r => (string)r.Envelope["subject"]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BusEvents(
            received.Count,
            distinct.Count,
            received.Count - distinct.Count,
            items.Count(createdIds.ContainsKey),
            items.Count(i => !createdIds.ContainsKey(i)),
            createdIds.Values.Count(n => n > 1),
            (int)await db.StreamLengthAsync(outbox));
    }
}
