using Amqp;
using Amqp.Framing;

namespace Router.Bus;

/// <summary>
/// Attaches links and waits until the broker has really attached them: a broker that cannot serve an address (RabbitMQ
/// with a missing queue) answers the attach without a source or target and detaches, which must count as a failure
/// to connect, not as a working link.
/// </summary>
internal static class AmqpLinks
{
    private static readonly TimeSpan AttachTimeout = TimeSpan.FromSeconds(30);

    public static Task<ReceiverLink> AttachReceiverAsync(Session session, string name, string address, CancellationToken cancellationToken)
    {
        var attached = NewSource<ReceiverLink>();
        var link = new ReceiverLink(session, name, new Source { Address = address }, (l, attach) =>
        {
            if (attach.Source is null)
            {
                attached.TrySetException(new BusUnavailableException($"The broker did not attach a receiver to '{address}'."));
            }
            else
            {
                attached.TrySetResult((ReceiverLink)l);
            }
        });
        return WaitAsync(link, attached, address, cancellationToken);
    }

    public static Task<SenderLink> AttachSenderAsync(Session session, string name, string address, CancellationToken cancellationToken)
    {
        var attached = NewSource<SenderLink>();
        var link = new SenderLink(session, name, new Target { Address = address }, (l, attach) =>
        {
            if (attach.Target is null)
            {
                attached.TrySetException(new BusUnavailableException($"The broker did not attach a sender to '{address}'."));
            }
            else
            {
                attached.TrySetResult((SenderLink)l);
            }
        });
        return WaitAsync(link, attached, address, cancellationToken);
    }

    private static TaskCompletionSource<T> NewSource<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<T> WaitAsync<T>(Link link, TaskCompletionSource<T> attached, string address, CancellationToken cancellationToken)
    {
        link.AddClosedCallback((_, error) => attached.TrySetException(
            new BusUnavailableException($"The broker closed the link to '{address}': {Describe(error)}")));
        return await attached.Task.WaitAsync(AttachTimeout, cancellationToken);
    }

    /// <summary>An AMQP error as text for logs and health: condition and description, never message content.</summary>
    public static string Describe(Error? error) =>
        error is null ? "no error given" : $"{error.Condition} {error.Description}".Trim();
}
