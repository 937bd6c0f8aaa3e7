using Microsoft.Extensions.Logging;
namespace Router.Channels.Email.Acknowledgement;

/// <summary>Acknowledgement log events (4300–4399).</summary>
internal static partial class Log
{
    [LoggerMessage(4300, LogLevel.Information, "Item {ItemId}: acknowledgement {Status}{Reason}.")]
    private static partial void AcknowledgedCore(ILogger logger, string itemId, string status, string reason);

    public static void Acknowledged(ILogger logger, string itemId, string status, string? reason) =>
        AcknowledgedCore(logger, itemId, status, reason is null ? "" : $": {reason}");

    [LoggerMessage(4301, LogLevel.Information, "Item {ItemId}: not acknowledged: {Reason}.")]
    public static partial void NotAcknowledged(ILogger logger, string itemId, string reason);

    [LoggerMessage(4302, LogLevel.Warning, "Item {ItemId}: acknowledgement failed ({Failure}).")]
    public static partial void AcknowledgementFailed(ILogger logger, string itemId, string failure);
}
