using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Router.Rules.Routing;
using Router.Rules.Sla;
using StackExchange.Redis;

namespace Router.Sla;

/// <summary>
/// Turns a plan into the arguments of <c>sla_plan</c> (<c>_lib_sla.lua</c>): policy; first response and resolution as
/// (target ms or '', due ms, elapsed ms); the first time anything of the plan is due (ms, '' for nothing); and the
/// plan's events as the item's hash keeps them (field <c>slaPlan</c>), so that intake stores them without work of its own:
/// a JSON array, by time, of <c>[at ms, "fr"|"res", "!"]</c> for a breach and
/// <c>[at ms, "fr"|"res", stable step id, action, a1, a2]</c> for an escalation step.
/// </summary>
internal static class SlaArguments
{
    /// <summary>How many arguments <see cref="For"/> gives.</summary>
    public const int Count = 9;

    public static List<RedisValue> For(SlaPlan plan, RoutingPolicy routing)
    {
        var args = new List<RedisValue>(Count) { plan.Policy };
        AddClock(args, plan.FirstResponse);
        AddClock(args, plan.Resolution);

        var events = new List<(long At, string Target, string Step, string? Action, string A1, string A2)>();
        if (plan.FirstResponse is { } fr)
        {
            events.Add((fr.Due.ToUnixTimeMilliseconds(), "fr", Breach, null, "", ""));
        }

        if (plan.Resolution is { } res)
        {
            events.Add((res.Due.ToUnixTimeMilliseconds(), "res", Breach, null, "", ""));
        }

        foreach (var planned in plan.Escalations.Where(e => plan.ClockOf(e.Step.Of) is not null))
        {
            var (a1, a2) = Arguments(planned.Step.Action, routing);
            events.Add((planned.FireAt.ToUnixTimeMilliseconds(), Target(planned.Step.Of), StableId(plan.Policy, planned.Step),
                planned.Step.Action.Name, a1, a2));
        }

        // By time, then target ("fr" before "res"), then step (a breach, "!", before the steps due with it): the order
        // sla_fire fires them in, the same as the old members "item|target|step" sorted in sla:due.
        events.Sort((x, y) => x.At != y.At ? x.At.CompareTo(y.At)
            : x.Target != y.Target ? string.CompareOrdinal(x.Target, y.Target)
            : string.CompareOrdinal(x.Step, y.Step));
        args.Add(events.Count == 0 ? "" : events[0].At);

        var json = new ArrayBufferWriter<byte>(64 + (96 * events.Count));
        using (var writer = new Utf8JsonWriter(json, JsonOptions))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(e.At);
                writer.WriteStringValue(e.Target);
                writer.WriteStringValue(e.Step);
                if (e.Action is not null)
                {
                    writer.WriteStringValue(e.Action);
                    writer.WriteStringValue(e.A1);
                    writer.WriteStringValue(e.A2);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        args.Add(json.WrittenSpan.ToArray());
        return args;
    }

    // Step ids are ASCII the file's author wrote ("+10m of firstResponse"): no HTML escaping of '+' and the like.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The step id of a breach in <c>slaPlan</c> and in <c>item:I:sla:fired</c>'s sense of "target|step".</summary>
    private const string Breach = "!";

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
