using System.Text.RegularExpressions;

namespace Router.Channels.Fax;

/// <summary>A gateway ready to match mail: its sender list parsed and its patterns compiled, with a match timeout.</summary>
internal sealed class FaxGateway
{
    /// <summary>How long one pattern may run on one subject or text before it counts as no match.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly HashSet<string> addresses;
    private readonly string[] domains;
    private readonly Regex? subject;

    /// <summary>Prepares <paramref name="options"/> (already validated).</summary>
    public FaxGateway(FaxGatewayOptions options, string defaultRegion)
    {
        Name = options.Name;
        Region = string.IsNullOrWhiteSpace(options.Region) ? defaultRegion : options.Region;
        var senders = options.Senders.Select(sender => sender.Trim().ToLowerInvariant()).Where(sender => sender.Length > 0).ToList();
        addresses = senders.Where(sender => sender.IndexOf('@', StringComparison.Ordinal) > 0).ToHashSet(StringComparer.Ordinal);
        domains = senders.Where(sender => sender.IndexOf('@', StringComparison.Ordinal) <= 0).Select(sender => sender.TrimStart('@')).ToArray();
        subject = Compile(options.SubjectPattern);
        Number = Compile(options.NumberPattern);
    }

    /// <summary>The gateway's name.</summary>
    public string Name { get; }

    /// <summary>Region for numbers without a country code.</summary>
    public string Region { get; }

    /// <summary>The pattern whose group <c>number</c> captures the fax number, if configured.</summary>
    public Regex? Number { get; }

    /// <summary>Compiles a configured pattern the way every fax pattern runs: case-insensitive, culture-invariant, with a timeout.</summary>
    public static Regex? Compile(string? pattern) => string.IsNullOrWhiteSpace(pattern)
        ? null
        : new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>True when a mail from <paramref name="sender"/> (lower-cased) with <paramref name="subjectLine"/> comes from this gateway.</summary>
    public bool Matches(string sender, string subjectLine)
    {
        if ((addresses.Count > 0 || domains.Length > 0) && !FromSender(sender))
        {
            return false;
        }

        try
        {
            return subject is null || subject.IsMatch(subjectLine);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private bool FromSender(string sender)
    {
        if (addresses.Contains(sender))
        {
            return true;
        }

        var domain = sender[(sender.LastIndexOf('@') + 1)..];
        return domains.Any(configured => domain == configured || domain.EndsWith($".{configured}", StringComparison.Ordinal));
    }
}
