using Microsoft.AspNetCore.SignalR;
using Router.Dispatch;
using Router.Items;
using Router.Redis;
using Router.Sla;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>
/// What an agent does through the hub, as the HTTP API does it, except that an agent may only answer its own offers
/// and complete its own items. Refusals are <see cref="HubException"/>s worded for the agent.
/// </summary>
internal sealed class AgentWork(
    OfferStore offers, ItemStore items, SlaClock sla, IDispatchSignal dispatch, AgentNotifier notifier, IConnectionMultiplexer redis, RedisKeys keys)
{
    private const int MaxReasonLength = 500;

    public async Task<WorkItemView> AcceptAsync(string agentId, string offerId)
    {
        await EnsureOwnAsync(agentId, "offer", offerId, keys.Offer(offerId));
        var outcome = await offers.AcceptAsync(offerId);
        Signal(outcome.QueuesToDispatch);
        var item = await AnswerAsync(offerId, outcome);
        await notifier.ItemChangedAsync(agentId, item);
        return item;
    }

    public async Task<WorkItemView> RejectAsync(string agentId, string offerId, string? reason)
    {
        if (reason is { Length: > MaxReasonLength })
        {
            throw new HubException($"The reason is too long: at most {MaxReasonLength} characters.");
        }

        await EnsureOwnAsync(agentId, "offer", offerId, keys.Offer(offerId));
        var outcome = await offers.RejectAsync(offerId, reason ?? "");
        Signal(outcome.QueuesToDispatch);
        return await AnswerAsync(offerId, outcome);
    }

    public async Task<WorkItemView> CompleteAsync(string agentId, string itemId, int wrapUpSeconds, string? reason)
    {
        if (wrapUpSeconds is < 0 or > 86_400 || reason is { Length: > MaxReasonLength })
        {
            throw new HubException($"wrapUpSeconds must be 0-86400 and the reason at most {MaxReasonLength} characters.");
        }

        await EnsureOwnAsync(agentId, "item", itemId, keys.Item(itemId));
        var result = await items.CompleteAsync(itemId, TimeSpan.FromSeconds(wrapUpSeconds), reason ?? "completed by agent", sla.Today());
        if (result.Outcome != CompleteOutcome.Completed)
        {
            throw new HubException($"Item '{itemId}' is {result.State}; only open items can be completed.");
        }

        Signal(result.QueuesToDispatch);
        var item = (await items.GetAsync(itemId))!;
        await notifier.ItemChangedAsync(agentId, item);
        return item;
    }

    // The offer's (or item's) agent field names who it is for; ids are checked first as they become part of a key.
    private async Task EnsureOwnAsync(string agentId, string kind, string id, string key)
    {
        if (id is not { Length: > 0 and <= 200 } || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            throw new HubException($"'{id}' is not an {kind} id.");
        }

        var owner = await redis.GetDatabase().HashGetAsync(key, "agent");
        if (owner.IsNull)
        {
            throw new HubException($"There is no {kind} '{id}'.");
        }

        if (owner != agentId)
        {
            throw new HubException($"The {kind} '{id}' is not yours.");
        }
    }

    private async Task<WorkItemView> AnswerAsync(string offerId, OfferOutcome outcome) => outcome.Kind switch
    {
        OfferOutcomeKind.Done => (await items.GetAsync(outcome.Detail!))!,
        OfferOutcomeKind.NotFound => throw new HubException($"There is no offer '{offerId}'."),
        OfferOutcomeKind.Expired => throw new HubException($"Offer '{offerId}' expired; its item went back to its queue."),
        _ => throw new HubException($"Offer '{offerId}' is already {outcome.Detail}."),
    };

    private void Signal(IEnumerable<string> queues)
    {
        foreach (var queue in queues)
        {
            dispatch.Signal(queue);
        }
    }
}
