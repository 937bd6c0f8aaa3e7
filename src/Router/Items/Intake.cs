using System.Text.Json;
using Microsoft.Extensions.Options;
using Router.Channels;
using Router.Dispatch;
using Router.Observability;
using Router.Routing;
using Router.Rules.Routing;
using Router.Sla;

namespace Router.Items;

/// <summary>
/// Turns inbound messages into queued work items: classifies them with the routing rules (a request may name its
/// queue and priority instead), plans their SLA clocks, stores them durably and idempotently, and offers them to a ready agent in the same
/// Redis script when nothing waits ahead of them; the dispatcher is only woken when an item queued behind others
/// could go to an agent who is ready.
/// </summary>
internal sealed class Intake(
    ItemStore store,
    IDispatchSignal dispatch,
    IRoutingPolicySource rules,
    IOptionsMonitor<DispatchOptions> dispatchOptions,
    SlaClock sla,
    Contacts.ContactStore contacts,
    RouterMetrics metrics,
    TimeProvider time,
    ILogger<Intake> logger) : IInboundSink
{
    private const int MaxRulesNamed = 10;

    /// <inheritdoc />
    public async Task<InboundReceipt> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var result = await AcceptAsync(message, queue: null, priority: null);
        return new InboundReceipt(result.Id, result.Created is not null) { Joined = result.Joined };
    }

    /// <summary>As <see cref="AcceptAsync(InboundMessage, CancellationToken)"/>; a non-null queue or priority overrides the rules'.</summary>
    public async Task<IntakeResult> AcceptAsync(InboundMessage message, string? queue, int? priority)
    {
        var channel = message.Channel.Name();
        var started = time.GetTimestamp();
        using var activity = IntakeTelemetry.StartIntake(channel);
        try
        {
            var result = await IntakeAsync(message, channel, queue, priority);
            metrics.Intook(activity, channel, result, time.GetElapsedTime(started));
            return result;
        }
        catch (Exception ex)
        {
            metrics.IntakeFailed(activity, channel, ex);
            throw;
        }
    }

    private async Task<IntakeResult> IntakeAsync(InboundMessage message, string channel, string? queue, int? priority)
    {
        // Resolving the contact first may create a contact for a message that turns out to be a redelivery; that is
        // harmless (the same handles resolve to the same contact) and keeps the intake script free of contact logic.
        var contactId = await contacts.ResolveAsync(message.Handles);
        var policy = rules.Current;
        var facts = ItemFacts.From(message);
        var routed = policy.Classify(facts);
        var target = queue ?? routed.Queue;
        var routing = policy.FindQueue(target)!;
        // The item's creation: its id, createdAt and the start of its SLA clocks, in whole milliseconds as Redis keeps
        // due times, so no clock can come out a fraction of a millisecond before the item existed.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var item = new NewItem(
            Guid.CreateVersion7(now).ToString(),
            string.IsNullOrEmpty(message.IdempotencyKey) ? null : message.IdempotencyKey,
            channel,
            target,
            routing.Fifo,
            priority ?? routed.Priority,
            new ItemContent(message.Contact, message.Subject, message.Text, message.Attributes,
                message.Attachments.Count == 0 ? null : message.Attachments),
            JsonSerializer.Serialize(routed.Skills),
            JsonSerializer.Serialize(routed.Tags),
            routed.Rule,
            Reason(routed, queue, priority),
            ItemConversation.From(message, contactId));
        var result = await store.CreateAsync(
            item, sla.PlanNew(facts, now), DispatchArguments.For(routing, dispatchOptions.CurrentValue), now);
        if (result.Created is not null)
        {
            Log.ItemCreated(logger, result.Id, channel, target);
            if (result.WakeDispatcher)
            {
                dispatch.Signal(target); // queued behind others while an agent is ready: the queue's order decides
            }
        }
        else if (result.Joined)
        {
            Log.MessageJoined(logger, result.Id, channel);
            // A customer writing again restarts the first-response clock if an agent had already answered.
            await sla.CustomerRepliedAsync(result.Id);
        }
        else
        {
            Log.DuplicateIgnored(logger, result.Id, channel);
        }

        return result;
    }

    private static string Reason(Classification routed, string? queue, int? priority)
    {
        var tried = routed.NotMatched.Count switch
        {
            0 => "",
            <= MaxRulesNamed => $" (not matched before it: {string.Join(", ", routed.NotMatched)})",
            // With hundreds of rules the full list would make every history entry kilobytes long.
            _ => $" (not matched before it: {string.Join(", ", routed.NotMatched.Take(MaxRulesNamed))} and {routed.NotMatched.Count - MaxRulesNamed} more)",
        };
        var decided = routed.Rule is null ? $"no rule matched{tried}: default" : $"rule '{routed.Rule}' matched{tried}";
        return (queue, priority) switch
        {
            (null, null) => decided,
            (not null, null) => $"queue named by the request; {decided}",
            (null, not null) => $"priority set by the request; {decided}",
            _ => $"queue and priority named by the request; {decided}",
        };
    }
}
