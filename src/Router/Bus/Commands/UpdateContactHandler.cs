using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Router.Bus.Commands;

/// <summary>
/// <c>contact.update</c>: <c>{ contactId, attributes }</c>, merged into the contact's attributes as a JSON merge patch
/// (RFC 7396: a <c>null</c> removes an attribute, nested objects merge).
/// </summary>
internal sealed partial class UpdateContactHandler(ContactAttributes contacts) : IBusCommandHandler
{
    public string Type => "contact.update";

    public async Task<CommandOutcome> HandleAsync(BusCommand command)
    {
        var data = command.Read<Data>();
        if (data.ContactId is null || !ContactId().IsMatch(data.ContactId))
        {
            return CommandOutcome.Invalid("contactId is required: 1-128 letters, digits or '_ . @ : + -'.");
        }

        if (data.Attributes is not { Count: > 0 })
        {
            return CommandOutcome.Invalid("attributes is required: an object with at least one attribute.");
        }

        await contacts.MergeAsync(data.ContactId, data.Attributes, command.MessageId);
        return CommandOutcome.Done;
    }

    [GeneratedRegex("^[A-Za-z0-9_.@:+-]{1,128}$")]
    private static partial Regex ContactId();

    private sealed record Data(string? ContactId, JsonObject? Attributes);
}
