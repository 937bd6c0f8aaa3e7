using System.Text.Json;
using System.Threading.Channels;
using Router.Bench;

namespace Router.LoadDriver;

/// <summary>What one burst of <c>POST /v1/items</c> did: per item, its id and when it was sent and answered.</summary>
/// <param name="Ids">Item ids, in send order.</param>
/// <param name="SentMs">
/// When each request was sent, Unix milliseconds (the clock the router and Redis use too); at a fixed rate, when it
/// was due to be sent, so that a late send counts against the router, not for it.
/// </param>
/// <param name="AnsweredMs">When each 201 was read.</param>
/// <param name="OfferedInAnswer">Whether the 201 already reported the item offered (intake offered it in its script).</param>
internal sealed record IngestResult(string[] Ids, double[] SentMs, double[] AnsweredMs, bool[] OfferedInAnswer);

/// <summary>
/// Pushes items through the HTTP API, one keep-alive connection per request in flight: either closed loop (each
/// connection sends again as soon as it is answered) or open loop at a fixed rate, with at most
/// <c>concurrency</c> requests in flight.
/// </summary>
internal sealed class HttpIngest(Uri baseAddress, TimeProvider time, int concurrency, double? rate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // About the size of a short customer message; the item hash holds it as JSON, with subject and contact.
    private static readonly string Text = string.Concat(Enumerable.Repeat("Hello, my parcel has not arrived yet. ", 8));

    public async Task<IngestResult> PushAsync(int count, int? priority, string tag)
    {
        var result = new IngestResult(new string[count], new double[count], new double[count], new bool[count]);
        // Every connection is open before the clock starts: at a fixed rate, connecting hundreds of them on the way
        // would make the first sends late, and that lateness counts.
        var clients = await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count))
            .Select(_ => RawItemClient.ConnectAsync(baseAddress, RouterProcess.ApiKey)));
        var start = time.UnixMs();
        var due = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleWriter = true });
        var pacer = rate is { } perSecond ? PaceAsync(due.Writer, count, start, perSecond) : FillAsync(due.Writer, count);
        await Task.WhenAll(clients.Select(async client =>
        {
            using var _ = client;
            await foreach (var i in due.Reader.ReadAllAsync())
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(
                    new { externalId = $"{tag}-{i}", subject = $"Order {i}", text = Text, priority }, Json);
                result.SentMs[i] = rate is { } r ? start + (i * 1000.0 / r) : time.UnixMs();
                var (id, state) = await client.CreateAsync(body);
                result.AnsweredMs[i] = time.UnixMs();
                result.Ids[i] = id;
                result.OfferedInAnswer[i] = state == "offered";
            }
        }).Append(pacer));
        return result;
    }

    private static Task FillAsync(ChannelWriter<int> due, int count)
    {
        for (var i = 0; i < count; i++)
        {
            due.TryWrite(i);
        }

        due.Complete();
        return Task.CompletedTask;
    }

    // One timer releases every send that has come due, about once a millisecond, so the driver's cost does not grow
    // with the connections waiting; a send counts from when it was due, not from when it went out.
    private async Task PaceAsync(ChannelWriter<int> due, int count, double start, double perSecond)
    {
        var next = 0;
        while (next < count)
        {
            var now = time.UnixMs();
            for (; next < count && start + (next * 1000.0 / perSecond) <= now; next++)
            {
                due.TryWrite(next);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(1), time);
        }

        due.Complete();
    }
}
