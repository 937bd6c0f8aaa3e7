using System.Text.Json.Nodes;
using Router.Channels;
using Router.Hosting;
using Router.Rules.Routing;

namespace Router.Items;

/// <summary>The body of <c>POST /v1/items</c>.</summary>
public sealed record CreateItemRequest
{
    /// <summary>email, sms, chat, fax or api; api when absent.</summary>
    public string? Channel { get; init; }

    /// <summary>The caller's id for this work; a second create with the same id returns the first item.</summary>
    public string? ExternalId { get; init; }

    public JsonObject? Contact { get; init; }

    public string? Subject { get; init; }

    public string? Text { get; init; }

    public JsonObject? Attributes { get; init; }

    /// <summary>Queue to put the item in, instead of the one the routing rules choose.</summary>
    public string? Queue { get; init; }

    /// <summary>0 (lowest) to 1000 (highest), instead of the one the routing rules choose.</summary>
    public int? Priority { get; init; }

    internal Dictionary<string, string[]> Validate(RoutingPolicy policy, out ChannelKind channel)
    {
        var errors = new Dictionary<string, string[]>();
        channel = ChannelKind.Api;
        if (Channel is not null)
        {
            if (ChannelNames.TryParse(Channel, out var parsed))
            {
                channel = parsed.Value;
            }
            else
            {
                errors["channel"] = [$"'{Channel}' is not a channel; use one of {string.Join(", ", ChannelNames.All)}."];
            }
        }

        if (ExternalId is { Length: 0 or > WorkItemLimits.MaxIdLength })
        {
            errors["externalId"] = [$"externalId must be 1-{WorkItemLimits.MaxIdLength} characters."];
        }

        if (Queue is not null && policy.FindQueue(Queue) is null)
        {
            errors["queue"] = [$"'{Queue}' is not a queue; known queues: {string.Join(", ", policy.Queues.Select(q => q.Name))}."];
        }

        if (Priority is < WorkItemLimits.MinPriority or > WorkItemLimits.MaxPriority)
        {
            errors["priority"] = [$"priority must be {WorkItemLimits.MinPriority}-{WorkItemLimits.MaxPriority}, not {Priority}."];
        }

        return errors;
    }

    /// <summary>The inbound message this request describes (from the API or a bus command); the contact's email and E.164 phone are its handles.</summary>
    internal InboundMessage ToMessage(ChannelKind channel, string externalId) =>
        new(channel, externalId, Contact, Subject, Text, Attributes) { Handles = ApiContactHandles.From(Contact) };
}
