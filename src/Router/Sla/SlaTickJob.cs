using Quartz;
using Router.Agents;
using Router.Dispatch;
using Router.Observability;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Sla;

/// <summary>
/// Fires due escalation steps and breaches. Quartz runs it every <see cref="SlaOptions.TickMilliseconds"/> on every
/// instance; <c>sla_fire.lua</c> claims each due item's member of <c>sla:due</c> atomically and fires what of the item is
/// due in the same call, so nothing fires twice, and the due-set lives in Redis, so nothing is missed across restarts. The cost of a tick does not depend on how many steps are pending.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SlaTickJob(
    RouterScripts scripts, RedisKeys keys, SlaClock clock, IDispatchSignal dispatch, RouterMetrics metrics, ILogger<SlaTickJob> logger) : IJob
{
    /// <summary>Events (steps and breaches) one <c>sla_fire</c> call handles at most, give or take one item's.</summary>
    public const int Batch = 500;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await FireDueAsync();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Log.TickFailed(logger, ex);
        }
    }

    /// <summary>Fires everything due now; returns how many events (steps and breaches) were handled.</summary>
    internal async Task<int> FireDueAsync()
    {
        var total = 0;
        int handled;
        do
        {
            var result = (RedisResult[])(await scripts.RunAsync(RouterScript.SlaFire, keys.SlaDue, Batch, clock.Today()))!;
            handled = (int)result[0];
            total += handled;
            metrics.Fired((string?)result[1]);
            foreach (var queue in result.Skip(2).Select(r => AgentPools.QueueOf((string)r!)).Distinct())
            {
                dispatch.Signal(queue);
            }
        }
        while (handled >= Batch);
        if (total > 0)
        {
            Log.Fired(logger, total);
        }

        return total;
    }
}
