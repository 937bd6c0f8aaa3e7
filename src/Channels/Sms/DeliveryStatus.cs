namespace Router.Channels.Sms;

/// <summary>
/// The order of Twilio's outbound message statuses, so callbacks, which Twilio may deliver out of order, only move a
/// message forward: queued → sending → sent → delivered (→ read). failed, undelivered and canceled end it; they are
/// taken from any state before delivered and ignored after it (a carrier's late failure report does not undo a
/// delivery receipt). A status not listed is ignored.
/// </summary>
internal static class DeliveryStatus
{
    private const int Delivered = 5;

    private static readonly Dictionary<string, int> Progress = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accepted"] = 1, // taken by a Messaging Service, before a sender is chosen
        ["scheduled"] = 1,
        ["queued"] = 2,
        ["sending"] = 3,
        ["sent"] = 4,
        ["delivered"] = Delivered,
        ["read"] = 6,
    };

    private static readonly HashSet<string> Terminal = new(StringComparer.OrdinalIgnoreCase) { "failed", "undelivered", "canceled" };

    /// <summary>True when <paramref name="status"/> is one Twilio documents for outbound messages.</summary>
    public static bool IsKnown(string status) => Progress.ContainsKey(status) || Terminal.Contains(status);

    /// <summary>True when a message now in <paramref name="current"/> (null: nothing recorded) may move to <paramref name="next"/>.</summary>
    public static bool IsForward(string? current, string next)
    {
        if (!IsKnown(next))
        {
            return false;
        }

        if (current is null)
        {
            return true;
        }

        if (Terminal.Contains(current))
        {
            return false;
        }

        var from = Progress.GetValueOrDefault(current);
        return Terminal.Contains(next) ? from < Delivered : Progress[next] > from;
    }
}
