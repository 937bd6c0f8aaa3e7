using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Dispatch;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Bus.Commands;

/// <summary><c>agent.status</c>: <c>{ agentId, status, reason? }</c>, as <c>PUT /v1/agents/{id}/status</c>.</summary>
internal sealed class SetAgentStatusHandler(
    RouterScripts scripts, RedisKeys keys, BusKeys busKeys, IDispatchSignal dispatch, IOptions<BusOptions> options) : IBusCommandHandler
{
    public string Type => "agent.status";

    public async Task<CommandOutcome> HandleAsync(BusCommand command)
    {
        var data = command.Read<Data>();
        if (data.AgentId is null || !AgentIds.IsValid(data.AgentId))
        {
            return CommandOutcome.Invalid("agentId is required: 1-128 letters, digits, '_', '.', '@' or '-'.");
        }

        if (data.Status is null || !AgentStatuses.All.Contains(data.Status))
        {
            return CommandOutcome.Invalid($"status must be one of {string.Join(", ", AgentStatuses.All)}.");
        }

        var result = (RedisResult[])(await scripts.RunOnceAsync(
            RouterScript.AgentStatus, keys.Agent(data.AgentId), busKeys.Command(command.MessageId), options.Value.Remember(),
            data.AgentId, data.Status, data.Reason ?? "set through the bus"))!;
        switch ((string)result[0]!)
        {
            case "not_found":
                return CommandOutcome.NotFound($"There is no agent '{data.AgentId}'.");
            case "ok":
                foreach (var queue in result.Skip(2).Select(r => AgentPools.QueueOf((string)r!)).Distinct())
                {
                    dispatch.Signal(queue);
                }

                break;
        }

        return CommandOutcome.Done;
    }

    private sealed record Data(string? AgentId, string? Status, string? Reason);
}
