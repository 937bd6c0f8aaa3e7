using System.Text.Json;
using System.Text.Json.Nodes;
using Router.Channels;
using Router.Redis;
using Router.Sla;
using StackExchange.Redis;

namespace Router.Replies;

/// <summary>
/// Sends an agent's reply back through the channel its item came from. The reply id is claimed first, so retries
/// with the same id never send twice; the outcome is recorded in the conversation and the history, and a reply that
/// went out counts as the agent's response for the SLA clock.
/// </summary>
internal sealed class ReplyService(
    IEnumerable<IOutboundChannel> channels, RouterScripts scripts, RedisKeys keys, SlaClock sla, Items.ItemStore items,
    TimeProvider time, ILogger<ReplyService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    // The last registration for a channel wins, the way DI resolves a single service, so a host can replace an adapter.
    private readonly Dictionary<string, IOutboundChannel> byChannel = channels
        .GroupBy(c => c.Channel.Name(), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public async Task<ReplyResult> SendAsync(string itemId, ReplyRequest request, CancellationToken cancellationToken)
    {
        var replyId = request.ReplyId ?? Guid.CreateVersion7(time.GetUtcNow()).ToString();
        var begun = (RedisResult[])(await scripts.RunAsync(RouterScript.ReplyBegin, keys.Item(itemId), itemId, replyId))!;
        switch ((string)begun[0]!)
        {
            case "not_found":
                return ReplyResult.NotFound;
            case "not_open":
                return ReplyResult.NotOpen((string)begun[1]!);
            case "known":
                return ReplyResult.Known(JsonSerializer.Deserialize<ReplyOutcome>((string)begun[1]!, Json)!);
        }

        var channel = (string)begun[1]!;
        var replyTo = JsonNode.Parse((string?)begun[2] is { Length: > 0 } r ? r : "{}")!.AsObject();
        ReplyOutcome outcome;
        string? threadKey = null;
        if (!byChannel.TryGetValue(channel, out var adapter))
        {
            outcome = new ReplyOutcome(replyId, OutboundReceipt.Refused, null,
                $"the {channel} channel cannot send replies; answer the customer from the system that created the item");
        }
        else if (replyTo.Count == 0)
        {
            outcome = new ReplyOutcome(replyId, OutboundReceipt.Refused, null, "the item has no address to reply to");
        }
        else
        {
            (outcome, threadKey) = await TrySendAsync(adapter, itemId, replyId, replyTo, request, cancellationToken);
        }

        var entry = new JsonObject
        {
            ["at"] = scripts.NowMilliseconds(),
            ["direction"] = "out",
            ["channel"] = channel,
            ["replyId"] = replyId,
            ["agentId"] = request.AgentId,
            ["subject"] = request.Subject,
            ["text"] = request.Text,
            ["status"] = outcome.Status,
            ["providerId"] = outcome.ProviderId,
            ["reason"] = outcome.Reason,
        };
        await scripts.RunAsync(RouterScript.ReplyEnd, keys.Item(itemId), itemId, replyId,
            JsonSerializer.Serialize(outcome, Json), entry.ToJsonString(), sla.Today(), request.AgentId ?? "", threadKey ?? "");
        Log.ReplySent(logger, replyId, itemId, channel, outcome.Status);
        return ReplyResult.Done(outcome);
    }

    private async Task<(ReplyOutcome Outcome, string? ThreadKey)> TrySendAsync(
        IOutboundChannel adapter, string itemId, string replyId, JsonObject replyTo, ReplyRequest request, CancellationToken cancellationToken)
    {
        var subject = request.Subject ?? await DefaultSubjectAsync(itemId);
        try
        {
            var receipt = await adapter.SendAsync(
                new OutboundMessage(itemId, replyId, replyTo, subject, request.Text!, Automatic: false), cancellationToken);
            return (new ReplyOutcome(replyId, receipt.Status, receipt.ProviderId, receipt.Reason), receipt.ThreadKey);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The adapter could not tell whether the message left: resending could send it twice, so the agent decides.
            Log.ReplyUnknown(logger, ex, replyId, itemId, adapter.Channel.Name());
            return (new ReplyOutcome(replyId, ReplyOutcome.Unknown, null, "the channel did not confirm the message; it was not resent"), null);
        }
    }

    private async Task<string?> DefaultSubjectAsync(string itemId)
    {
        var subject = (await items.GetAsync(itemId))?.Subject;
        return string.IsNullOrWhiteSpace(subject) ? null
            : subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
    }
}
