namespace Router.Channels.Email.Smtp;

/// <summary>Addresses that by convention no person reads; automatic mail to them could only start a loop.</summary>
internal static class RobotAddress
{
    private static readonly string[] LocalParts =
        ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "mailer-daemon", "postmaster", "bounce", "bounces"];

    /// <summary>True for no-reply, mailer-daemon, postmaster and bounce addresses (a <c>+tag</c> is ignored).</summary>
    public static bool Is(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        if (at <= 0)
        {
            return false;
        }

        var local = address![..at].Split('+')[0];
        return LocalParts.Any(r => local.Equals(r, StringComparison.OrdinalIgnoreCase));
    }
}
