namespace Router.LoadDriver;

/// <summary>What one burst of <c>POST /v1/items</c> did: per item, its id and when it was sent and answered.</summary>
/// <param name="Ids">Item ids, in send order.</param>
/// <param name="SentMs">When each request was sent, Unix milliseconds (the clock the router stamps items with).</param>
/// <param name="AnsweredMs">When each 201 was read.</param>
internal sealed record IngestResult(string[] Ids, double[] SentMs, double[] AnsweredMs);

/// <summary>Pushes items through the HTTP API with a fixed number of requests in flight (a closed loop).</summary>
internal sealed class HttpIngest(RouterApi api, TimeProvider time, int concurrency)
{
    // About the size of a short customer message; the item hash holds it as JSON, with subject and contact.
    private static readonly string Text = string.Concat(Enumerable.Repeat("Hello, my parcel has not arrived yet. ", 8));

    public async Task<IngestResult> PushAsync(int count, int? priority, string tag)
    {
        var result = new IngestResult(new string[count], new double[count], new double[count]);
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            result.SentMs[i] = time.UnixMs();
            result.Ids[i] = await api.CreateItemAsync($"{tag}-{i}", priority, $"Order {i}", Text);
            result.AnsweredMs[i] = time.UnixMs();
        });
        return result;
    }
}
