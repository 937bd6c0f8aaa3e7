using Amqp;

namespace Router.Bus;

/// <summary>One attached link with the connection and session it owns; closing it closes all three.</summary>
/// <typeparam name="T">ReceiverLink or SenderLink.</typeparam>
internal sealed class BusLink<T> : IAsyncDisposable
    where T : Link
{
    private readonly CancellationTokenSource closed = new();

    private BusLink(Connection connection, T link)
    {
        Connection = connection;
        Link = link;
        // Any of the three closing (the broker went away, or ended the session) ends the link's use.
        connection.AddClosedCallback((_, _) => Closed());
        link.Session.AddClosedCallback((_, _) => Closed());
        link.AddClosedCallback((_, _) => Closed());
    }

    public Connection Connection { get; }

    public T Link { get; }

    /// <summary>Cancelled when the connection, the session or the link closes.</summary>
    public CancellationToken ClosedToken => closed.Token;

    /// <summary>The error the broker gave for closing, if any.</summary>
    public string CloseReason => AmqpLinks.Describe(Link.Error ?? Link.Session.Error ?? Connection.Error);

    /// <summary>Connects and attaches; on failure closes what it opened and throws.</summary>
    public static async Task<BusLink<T>> OpenAsync(
        BusConnector connector, string role, Func<Session, CancellationToken, Task<T>> attach, CancellationToken cancellationToken)
    {
        var connection = await connector.ConnectAsync(role, cancellationToken);
        try
        {
            var link = await attach(new Session(connection), cancellationToken);
            return new BusLink<T>(connection, link);
        }
        catch
        {
            await CloseQuietlyAsync(connection);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        closed.Dispose();
        await CloseQuietlyAsync(Connection);
    }

    private void Closed()
    {
        try
        {
            closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // closed by us already
        }
    }

    private static async Task CloseQuietlyAsync(Connection connection)
    {
        try
        {
            await connection.CloseAsync(TimeSpan.FromSeconds(2), null);
        }
        catch (Exception ex) when (ex is AmqpException or IOException or ObjectDisposedException or TimeoutException or System.Net.Sockets.SocketException)
        {
            // the broker is gone already: nothing to close politely
        }
    }
}
