using Router.Dispatch;
using Router.Redis;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>Maps an agent inbox stream entry (see <c>_lib.lua</c> <c>inbox</c>) to the hub message agents get.</summary>
internal static class InboxEntries
{
    /// <summary>
    /// The client method and payload for an entry of <paramref name="agentId"/>'s inbox; null for entry types agents are
    /// not told about. An offer is pushed as <c>Offers()</c> lists it; its creation time is the stream entry's.
    /// </summary>
    public static (string Method, object Payload)? ToPush(string agentId, StreamEntry entry)
    {
        var type = (string?)entry["type"];
        string Field(string name) => (string?)entry[name] ?? "";
        return type switch
        {
            "offer" => (AgentHubEvents.Offer, new OfferView(
                Field("offerId"), Field("itemId"), agentId, Field("queue"), Field("channel"),
                TimeExtensions.FromUnixMilliseconds(((string)entry.Id!).Split('-')[0]) ?? default,
                TimeExtensions.FromUnixMilliseconds(Field("expiresAt")) ?? default)),
            "offer.rejected" or "offer.expired" or "offer.revoked" =>
                (AgentHubEvents.OfferEnded, new AgentOfferEnded(Field("offerId"), Field("itemId"), type["offer.".Length..])),
            "status" => (AgentHubEvents.Status, new AgentStatusChanged(Field("status"), (string?)entry["reason"])),
            _ => null,
        };
    }
}
