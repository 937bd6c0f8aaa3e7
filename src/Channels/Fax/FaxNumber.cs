namespace Router.Channels.Fax;

/// <summary>The sending fax number of a fax mail.</summary>
/// <param name="E164">The number in E.164 (<c>+12015550123</c>); null when none was found or it did not parse.</param>
/// <param name="Raw">The number as the gateway wrote it, if one was found.</param>
/// <param name="Note">Why there is no E.164 number; null when there is one.</param>
internal sealed record FaxNumber(string? E164, string? Raw, string? Note);
