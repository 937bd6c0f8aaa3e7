namespace Router.Channels;

/// <summary>
/// One way to reach a person, as a channel knows it: <c>email</c> (lower-cased address), <c>phone</c> (E.164) or
/// <c>visitor</c> (<c>site/visitorId</c>). Intake links every handle of a message to one contact.
/// </summary>
/// <param name="Kind">email, phone or visitor.</param>
/// <param name="Value">The normalised address, number or visitor id.</param>
public sealed record ContactHandle(string Kind, string Value)
{
    /// <summary>An email address, lower-cased and trimmed.</summary>
    public static ContactHandle Email(string address) => new("email", address.Trim().ToLowerInvariant());

    /// <summary>A phone number already in E.164 form (<c>+14155550100</c>).</summary>
    public static ContactHandle Phone(string e164) => new("phone", e164);

    /// <summary>A web-chat visitor of one site.</summary>
    public static ContactHandle Visitor(string site, string visitorId) => new("visitor", $"{site}/{visitorId}");

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Value}";
}
