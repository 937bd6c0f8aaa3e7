using Router.Redis;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>Maps an agent inbox stream entry (see <c>_lib.lua</c> <c>inbox</c>) to the hub message agents get.</summary>
internal static class InboxEntries
{
    /// <summary>The client method and payload for the entry; null for entry types agents are not told about.</summary>
    public static (string Method, object Payload)? ToPush(StreamEntry entry)
    {
        var type = (string?)entry["type"];
        string Field(string name) => (string?)entry[name] ?? "";
        return type switch
        {
            "offer" => (AgentHubEvents.Offer, new AgentOffer(
                Field("offerId"), Field("itemId"), Field("queue"), Field("channel"), TimeExtensions.FromUnixMilliseconds((string?)entry["expiresAt"]))),
            "offer.rejected" or "offer.expired" or "offer.revoked" =>
                (AgentHubEvents.OfferEnded, new AgentOfferEnded(Field("offerId"), Field("itemId"), type["offer.".Length..])),
            "status" => (AgentHubEvents.Status, new AgentStatusChanged(Field("status"), (string?)entry["reason"])),
            _ => null,
        };
    }
}
