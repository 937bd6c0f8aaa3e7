using NodaTime;
using Router.Rules.Routing;
using Router.Rules.Sla;
using StackExchange.Redis;

namespace Router.Sla;

/// <summary>
/// Turns a plan into the arguments of <c>sla_apply</c> (<c>_lib.lua</c>): policy; first response and resolution as
/// (target ms or '', due ms, elapsed ms); then each step as (target, stable id, fire ms, action, a1, a2).
/// </summary>
internal static class SlaArguments
{
    public static List<RedisValue> For(SlaPlan plan, RoutingPolicy routing)
    {
        var args = new List<RedisValue> { plan.Policy };
        AddClock(args, plan.FirstResponse);
        AddClock(args, plan.Resolution);
        var steps = plan.Escalations.Where(e => plan.ClockOf(e.Step.Of) is not null).ToArray();
        args.Add(steps.Length);
        foreach (var planned in steps)
        {
            var (a1, a2) = Arguments(planned.Step.Action, routing);
            args.Add(Target(planned.Step.Of));
            args.Add(StableId(plan.Policy, planned.Step));
            args.Add(planned.FireAt.ToUnixTimeMilliseconds());
            args.Add(planned.Step.Action.Name);
            args.Add(a1);
            args.Add(a2);
        }

        return args;
    }

    public static string Target(SlaTarget target) => target == SlaTarget.FirstResponse ? "fr" : "res";

    /// <summary>
    /// Step ids in the file are positional (<c>vip/2</c>); what fired is remembered by what the step is, so inserting a
    /// step in the file does not make another one fire twice or never.
    /// </summary>
    public static string StableId(string policy, EscalationStep step) =>
        $"{policy}:{step.ToString()[(step.Id.Length + 2)..]}:{Arguments(step.Action, null).A1}".Replace('|', '/');

    private static SlaDue? ClockOf(this SlaPlan plan, SlaTarget target) =>
        target == SlaTarget.FirstResponse ? plan.FirstResponse : plan.Resolution;

    private static void AddClock(List<RedisValue> args, SlaDue? due)
    {
        args.Add(due is null ? "" : (long)due.Target.TotalMilliseconds);
        args.Add(due?.Due.ToUnixTimeMilliseconds() ?? 0);
        args.Add(due is null ? 0 : (long)due.Elapsed.TotalMilliseconds);
    }

    private static (string A1, string A2) Arguments(EscalationAction action, RoutingPolicy? routing) => action switch
    {
        RaisePriorityAction raise => (raise.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture), ""),
        MoveAction move => (move.Queue, routing?.FindQueue(move.Queue)?.Fifo == true ? "1" : "0"),
        WidenAction widen => (widen.Target.ToString(System.Globalization.CultureInfo.InvariantCulture), ""),
        NotifyAction notify => (notify.To, ""),
        _ => ("", ""),
    };
}
