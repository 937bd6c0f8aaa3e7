using System.Globalization;

namespace Router.Channels.Email.Imap;

/// <summary>
/// How far a folder has been read: its UIDVALIDITY and the highest UID whose message is finished with (an item, or
/// quarantined). Stored as one value so both change together; a different UIDVALIDITY invalidates the UID.
/// </summary>
internal sealed record FolderCursor(uint UidValidity, uint LastUid)
{
    /// <summary>The <see cref="IChannelState"/> key of a folder's cursor.</summary>
    public static string Key(string mailbox, string folder) => $"email:{mailbox}:{folder}:cursor";

    /// <summary>Parses a stored value; null for none or one this version cannot read (the folder is then resynced).</summary>
    public static FolderCursor? Parse(string? value)
    {
        var parts = value?.Split(':');
        return parts is [var validity, var last]
            && uint.TryParse(validity, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            && uint.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                ? new FolderCursor(v, l)
                : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UidValidity}:{LastUid}");
}
