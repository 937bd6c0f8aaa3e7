using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Dispatch;
using Router.Redis;
using Router.Sla;
using StackExchange.Redis;

namespace Router.Bus.Commands;

/// <summary>
/// <c>item.complete</c>: <c>{ itemId, wrapUpSeconds?, reason? }</c>, as <c>POST /v1/items/{id}/complete</c>. An item
/// that is already completed counts as done: the CRM wanted it closed, and it is.
/// </summary>
internal sealed class CompleteItemHandler(
    RouterScripts scripts, RedisKeys keys, BusKeys busKeys, SlaClock sla, IDispatchSignal dispatch, IOptions<BusOptions> options) : IBusCommandHandler
{
    public string Type => "item.complete";

    public async Task<CommandOutcome> HandleAsync(BusCommand command)
    {
        var data = command.Read<Data>();
        if (string.IsNullOrEmpty(data.ItemId) || data.ItemId.Length > 128)
        {
            return CommandOutcome.Invalid("itemId is required.");
        }

        if (data.WrapUpSeconds is < 0 or > 86_400)
        {
            return CommandOutcome.Invalid($"wrapUpSeconds must be 0-86400, not {data.WrapUpSeconds}.");
        }

        var result = (RedisResult[])(await scripts.RunOnceAsync(
            RouterScript.Complete, keys.Item(data.ItemId), busKeys.Command(command.MessageId), options.Value.Remember(),
            data.ItemId, (data.WrapUpSeconds ?? 0) * 1000L, data.Reason ?? "completed through the bus", sla.Today()))!;
        switch ((string)result[0]!)
        {
            case "not_found":
                return CommandOutcome.NotFound($"There is no item '{data.ItemId}'.");
            case "not_open" when (string?)result[1] != "completed":
                return CommandOutcome.Refused($"Item '{data.ItemId}' is {(string?)result[1]}; only open items can be completed.");
            case "ok":
                foreach (var queue in result.Skip(2).Select(r => AgentPools.QueueOf((string)r!)).Distinct())
                {
                    dispatch.Signal(queue);
                }

                break;
        }

        return CommandOutcome.Done;
    }

    private sealed record Data(string? ItemId, int? WrapUpSeconds, string? Reason);
}
