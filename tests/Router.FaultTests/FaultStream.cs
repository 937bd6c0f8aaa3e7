namespace Router.FaultTests;

/// <summary>
/// The stream of customer messages: each source has its own paced senders (so a broker outage stalls the bus's
/// customers, not the others), and each message is sent again, to whichever router is up, until acknowledged.
/// </summary>
internal sealed class FaultStream(IReadOnlyList<IFaultSource> sources, Func<Uri[]> routers, FaultLedger ledger)
{
    private readonly Dictionary<string, (int From, Task Open)> gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Holds the source's messages from number <paramref name="from"/> on until <paramref name="open"/> completes: a
    /// fault whose tool is slow to take effect (rabbitmqctl boots a VM first: seconds, tens on a busy machine) still
    /// finds that source's messages flowing.
    /// </summary>
    public FaultStream Hold(IFaultSource source, int from, Task open)
    {
        gates[source.Name] = (from, open);
        return this;
    }

    /// <summary>
    /// Sends messages 0 … <paramref name="items"/>−1, message n through source n mod sources, each sender one message
    /// per <paramref name="interval"/> at most; fails when <paramref name="cancellationToken"/> ends it first.
    /// </summary>
    public Task RunAsync(int items, int sendersPerSource, TimeSpan interval, CancellationToken cancellationToken) =>
        Task.WhenAll(sources.SelectMany((source, s) => Enumerable.Range(0, sendersPerSource).Select(k => Task.Run(async () =>
        {
            var stride = sources.Count * sendersPerSource;
            for (var n = s + (k * sources.Count); n < items; n += stride)
            {
                var paced = Task.Delay(interval, cancellationToken);
                if (gates.TryGetValue(source.Name, out var gate) && n >= gate.From)
                {
                    await gate.Open.WaitAsync(cancellationToken);
                }

                await SendUntilAcknowledgedAsync(source, n, cancellationToken);
                await paced;
            }
        }, cancellationToken))));

    private async Task SendUntilAcknowledgedAsync(IFaultSource source, int n, CancellationToken cancellationToken)
    {
        var first = Random.Shared.Next(); // any router first, the next one on each retry
        for (var attempt = 0; ; attempt++)
        {
            var up = routers();
            if (up.Length > 0 && await source.SendAsync(n, up[(first + attempt) % up.Length], cancellationToken) is { } key)
            {
                Assert.True(ledger.Acknowledged.TryAdd(key, source.Name), $"two messages were acknowledged under the key {key}");
                return;
            }

            ledger.CountRetry(source.Name);
            await Task.Delay(100, cancellationToken);
        }
    }
}
