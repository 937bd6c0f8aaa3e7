using Router.Agents;
using Router.Dispatch;
using Router.Redis;
using Router.Routing;
using StackExchange.Redis;

namespace Router.Items;

/// <summary>
/// Moves an open item (queued, offered or assigned) back to queued in another queue, freeing what it held; see
/// <c>transfer.lua</c>. Used by <c>POST /v1/items/{id}/transfer</c> and by the bus's <c>item.transfer</c> command.
/// </summary>
internal sealed class ItemTransfer(RouterScripts scripts, RedisKeys keys, IRoutingPolicySource rules, IDispatchSignal dispatch)
{
    /// <summary>
    /// Transfers the item. With <paramref name="onceKey"/>, a second transfer under the same key within
    /// <paramref name="remember"/> changes nothing and reports <see cref="TransferOutcome.Transferred"/>.
    /// </summary>
    public async Task<TransferResult> TransferAsync(string itemId, string queue, string reason, RedisKey? onceKey = null, TimeSpan remember = default)
    {
        if (rules.Current.FindQueue(queue) is not { } target)
        {
            return new TransferResult(TransferOutcome.UnknownQueue);
        }

        RedisValue[] args = [itemId, target.Name, target.Fifo ? "1" : "0", reason];
        var result = (RedisResult[])(onceKey is { } once
            ? await scripts.RunOnceAsync(RouterScript.Transfer, keys.Item(itemId), once, remember, args)
            : await scripts.RunAsync(RouterScript.Transfer, keys.Item(itemId), args))!;
        switch ((string)result[0]!)
        {
            case "ok":
                dispatch.Signal(target.Name);
                foreach (var freed in result.Skip(3).Select(r => AgentPools.QueueOf((string)r!)).Distinct())
                {
                    dispatch.Signal(freed); // the agent that held it has room again
                }

                return new TransferResult(TransferOutcome.Transferred);
            case "duplicate":
                return new TransferResult(TransferOutcome.Transferred);
            case "not_found":
                return new TransferResult(TransferOutcome.NotFound);
            default:
                return new TransferResult(TransferOutcome.NotOpen, (string)result[1]!);
        }
    }
}
