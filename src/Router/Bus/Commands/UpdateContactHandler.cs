using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Router.Contacts;

namespace Router.Bus.Commands;

/// <summary>
/// <c>contact.update</c>: <c>{ contactId | handle, attributes }</c>, merged into the contact's attributes as a JSON merge
/// patch (RFC 7396: a <c>null</c> removes an attribute, nested objects merge). A CRM rarely knows the router's contact
/// ids, so it may name the person by a handle (<c>email:ann@example.com</c>, <c>phone:+14155550100</c>): the contact
/// that handle belongs to is updated, and created if the router has not met that person yet.
/// </summary>
internal sealed partial class UpdateContactHandler(
    ContactAttributes contacts, ContactStore store, BusKeys keys, IOptions<BusOptions> options) : IBusCommandHandler
{
    public string Type => "contact.update";

    public async Task<CommandOutcome> HandleAsync(BusCommand command)
    {
        var data = command.Read<Data>();
        if ((data.ContactId is null) == (data.Handle is null))
        {
            return CommandOutcome.Invalid("Name the contact by contactId or by handle (kind:value, e.g. email:ann@example.com), one of them.");
        }

        if (data.ContactId is not null && !ContactId().IsMatch(data.ContactId))
        {
            return CommandOutcome.Invalid("contactId must be 1-128 letters, digits or '_ . @ : + -'.");
        }

        if (data.Handle is not null && !Handle().IsMatch(data.Handle))
        {
            return CommandOutcome.Invalid("handle must be email:<address>, phone:<E.164> or visitor:<site>/<id>.");
        }

        if (data.Attributes is not { Count: > 0 })
        {
            return CommandOutcome.Invalid("attributes is required: an object with at least one attribute.");
        }

        var contactId = data.ContactId ?? await store.ResolveAsync([ParseHandle(data.Handle!)]);
        return await contacts.MergeAsync(contactId!, data.Attributes, (keys.Command(command.MessageId), options.Value.Remember())) is null
            ? CommandOutcome.NotFound($"There is no contact '{data.ContactId}'.")
            : CommandOutcome.Done;
    }

    [GeneratedRegex("^[A-Za-z0-9_.@:+-]{1,128}$")]
    private static partial Regex ContactId();

    private static Channels.ContactHandle ParseHandle(string handle)
    {
        var colon = handle.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = (handle[..colon], handle[(colon + 1)..]);
        return kind == "email" ? Channels.ContactHandle.Email(value) : new Channels.ContactHandle(kind, value);
    }

    // Handles as intake stores them: lower-case email, E.164 phone, site/visitor.
    [GeneratedRegex(@"^(email:[^\s@:]+@[^\s@]+|phone:\+[1-9][0-9]{6,14}|visitor:[^\s/]+/[^\s]+)$")]
    private static partial Regex Handle();

    private sealed record Data(string? ContactId, string? Handle, JsonObject? Attributes);
}
