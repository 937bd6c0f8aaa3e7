using Amqp;

namespace Router.Bus.Commands;

/// <summary>
/// Counts failed deliveries of each command. Brokers differ in whether they raise the AMQP header's delivery-count on
/// redelivery (Azure Service Bus does; RabbitMQ 3.10 does not), so this instance counts too; the larger count wins.
/// Kept in memory because the failures it counts are Redis being away.
/// </summary>
internal sealed class DeliveryAttempts
{
    private const int Capacity = 10_000;
    private readonly Dictionary<string, int> failures = new(StringComparer.Ordinal);

    /// <summary>Records a failed delivery; returns how many deliveries of it have failed.</summary>
    public int Failed(string messageId, Message message)
    {
        if (failures.Count >= Capacity)
        {
            failures.Clear(); // a bound, not a cache: after an outage this long, counting again from zero is harmless
        }

        var mine = failures[messageId] = failures.GetValueOrDefault(messageId) + 1;
        return Math.Max(mine, (int)Math.Min(message.Header?.DeliveryCount ?? 0, int.MaxValue - 1) + 1);
    }

    /// <summary>Forgets a command that was settled.</summary>
    public void Settled(string messageId) => failures.Remove(messageId);
}
