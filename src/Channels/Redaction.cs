namespace Router.Channels;

/// <summary>
/// Shortens personal addresses for logs, so a log line still tells two customers apart and names the domain or
/// country, without holding the address itself. Logs never carry full addresses, numbers or message bodies.
/// </summary>
public static class Redaction
{
    private const string Hidden = "***";

    /// <summary><c>ann@example.com</c> → <c>a***@example.com</c>; anything without an <c>@</c> → <c>***</c>.</summary>
    public static string Email(string? address)
    {
        var value = address?.Trim() ?? "";
        var at = value.LastIndexOf('@');
        return at <= 0 ? Hidden : string.Concat(value.AsSpan(0, 1), Hidden, value.AsSpan(at));
    }

    /// <summary>
    /// <c>+14155550100</c> → <c>+1415***0100</c>: the country and area prefix and the last four digits stay. Short or
    /// unparsable input keeps only its last two characters.
    /// </summary>
    public static string Phone(string? number)
    {
        var value = number?.Trim() ?? "";
        return value.Length switch
        {
            >= 10 => string.Concat(value.AsSpan(0, 5), Hidden, value.AsSpan(value.Length - 4)),
            > 2 => Hidden + value[^2..],
            _ => Hidden,
        };
    }

    /// <summary>A contact handle (<c>email:…</c>, <c>phone:…</c>, <c>visitor:…</c>) with its address redacted; the kind stays.</summary>
    public static string Handle(ContactHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return handle.Kind switch
        {
            "email" => "email:" + Email(handle.Value),
            "phone" => "phone:" + Phone(handle.Value),
            _ => handle.Kind + ":" + Hidden + (handle.Value.Length > 4 ? handle.Value[^4..] : ""),
        };
    }
}
