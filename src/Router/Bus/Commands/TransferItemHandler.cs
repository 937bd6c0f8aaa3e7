using Microsoft.Extensions.Options;
using Router.Items;

namespace Router.Bus.Commands;

/// <summary><c>item.transfer</c>: <c>{ itemId, queue, reason? }</c>, as <c>POST /v1/items/{id}/transfer</c>.</summary>
internal sealed class TransferItemHandler(ItemTransfer transfer, BusKeys busKeys, IOptions<BusOptions> options) : IBusCommandHandler
{
    public string Type => "item.transfer";

    public async Task<CommandOutcome> HandleAsync(BusCommand command)
    {
        var data = command.Read<Data>();
        if (string.IsNullOrEmpty(data.ItemId) || data.ItemId.Length > 128)
        {
            return CommandOutcome.Invalid("itemId is required.");
        }

        if (string.IsNullOrEmpty(data.Queue))
        {
            return CommandOutcome.Invalid("queue is required: the queue the item moves to.");
        }

        var result = await transfer.TransferAsync(
            data.ItemId, data.Queue, data.Reason ?? "transferred through the bus", busKeys.Command(command.MessageId), options.Value.Remember());
        return result.Outcome switch
        {
            TransferOutcome.Transferred => CommandOutcome.Done,
            TransferOutcome.UnknownQueue => CommandOutcome.Invalid($"'{data.Queue}' is not a queue."),
            TransferOutcome.NotFound => CommandOutcome.NotFound($"There is no item '{data.ItemId}'."),
            _ => CommandOutcome.Refused($"Item '{data.ItemId}' is {result.State}; only open items can be transferred."),
        };
    }

    private sealed record Data(string? ItemId, string? Queue, string? Reason);
}
