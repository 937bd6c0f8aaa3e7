using System.Diagnostics;
using Router.Items;
using StackExchange.Redis;
using static Router.Observability.RouterTelemetry;

namespace Router.Observability;

/// <summary>What intake records: the <c>router.intake</c> span, messages received, inline first offers and errors.</summary>
internal static class IntakeTelemetry
{
    public static Activity? StartIntake(string channel)
    {
        var activity = Source.StartActivity(Spans.Intake, ActivityKind.Internal);
        activity?.SetTag(Tags.Channel, channel);
        return activity;
    }

    /// <summary>
    /// Records a finished intake. When the intake script offered the new item itself, its ingest→offer time is the
    /// intake's own duration (<paramref name="elapsed"/>: from intake receiving the message to the script's answer).
    /// </summary>
    public static void Intook(this RouterMetrics metrics, Activity? activity, string channel, IntakeResult result, TimeSpan elapsed)
    {
        var outcome = result.Created is not null ? "created" : result.Joined ? "joined" : "duplicate";
        metrics.Received(channel, outcome);
        activity?.SetTag(Tags.ItemId, result.Id).SetTag(Tags.Outcome, outcome);
        if (result.Created is { } created)
        {
            activity?.SetTag(Tags.Queue, created.Queue);
            if (created is { State: "offered", OfferId: { } offer })
            {
                metrics.FirstOffer(created.Queue, "intake", elapsed);
                activity?.SetTag(Tags.OfferId, offer).SetTag(Tags.AgentId, created.AgentId);
            }
        }
    }

    public static void IntakeFailed(this RouterMetrics metrics, Activity? activity, string channel, Exception exception)
    {
        var reason = exception switch
        {
            RedisTimeoutException or TimeoutException => "store_timeout",
            RedisConnectionException => "store_unavailable",
            RedisException => "store_error",
            OperationCanceledException => "cancelled",
            _ => "internal",
        };
        metrics.IngestError(channel, reason);
        activity?.SetStatus(ActivityStatusCode.Error, reason);
    }
}
