using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Router.Channels;
using Router.Items;
using Router.Routing;

namespace Router.Bus.Commands;

/// <summary>
/// <c>item.create</c>: the data is the body of <c>POST /v1/items</c>. A channel name the router does not know (a CRM's
/// own, e.g. <c>case</c> or <c>whatsapp</c>) becomes channel <c>api</c> with the CRM's name kept in
/// <c>attributes.crmChannel</c>, so rules can still route on it. Without an <c>externalId</c>, <c>bus:</c> + the
/// message-id is used, so a redelivery finds the item it made.
/// </summary>
internal sealed partial class CreateItemHandler(Intake intake, IRoutingPolicySource rules) : IBusCommandHandler
{
    public const string CrmChannelAttribute = "crmChannel";

    public string Type => "item.create";

    public async Task<CommandOutcome> HandleAsync(BusCommand command)
    {
        var request = command.Read<CreateItemRequest>();
        if (request.Channel is { } name && !ChannelNames.TryParse(name, out _))
        {
            if (!CrmChannel().IsMatch(name))
            {
                return CommandOutcome.Invalid($"channel '{Trim(name)}' is not a channel name: 1-64 letters, digits, '_', '.' or '-'.");
            }

            var attributes = request.Attributes?.DeepClone().AsObject() ?? [];
            attributes[CrmChannelAttribute] = name;
            request = request with { Channel = ChannelKind.Api.Name(), Attributes = attributes };
        }

        var errors = request.Validate(rules.Current, out var channel);
        if (errors.Count > 0)
        {
            return CommandOutcome.Invalid(string.Join(" ", errors.SelectMany(e => e.Value)));
        }

        await intake.AcceptAsync(request.ToMessage(channel, request.ExternalId ?? "bus:" + command.MessageId), request.Queue, request.Priority);
        return CommandOutcome.Done;
    }

    private static string Trim(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex CrmChannel();
}
