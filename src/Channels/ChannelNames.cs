using System.Diagnostics.CodeAnalysis;

namespace Router.Channels;

/// <summary>Maps <see cref="ChannelKind"/> to and from the lower-case names used on the wire, in config and in Redis.</summary>
public static class ChannelNames
{
    /// <summary>Every channel's wire name, in declaration order.</summary>
    public static readonly IReadOnlyList<string> All = Enum.GetValues<ChannelKind>().Select(Name).ToArray();

    /// <summary>The wire name of a channel.</summary>
    public static string Name(this ChannelKind kind) => kind switch
    {
        ChannelKind.Email => "email",
        ChannelKind.Sms => "sms",
        ChannelKind.Chat => "chat",
        ChannelKind.Fax => "fax",
        ChannelKind.Api => "api",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown channel."),
    };

    /// <summary>Parses a wire name (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ChannelKind? kind)
    {
        foreach (var candidate in Enum.GetValues<ChannelKind>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = null;
        return false;
    }
}
