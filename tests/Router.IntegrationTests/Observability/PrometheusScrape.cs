using System.Globalization;
using System.Text.RegularExpressions;

namespace Router.IntegrationTests.Observability;

/// <summary>One scrape of <c>/metrics</c> in the Prometheus text format, parsed into samples.</summary>
public sealed partial class PrometheusScrape
{
    private PrometheusScrape(IReadOnlyList<Sample> samples, string text)
    {
        Samples = samples;
        Text = text;
    }

    public IReadOnlyList<Sample> Samples { get; }

    public string Text { get; }

    public static async Task<PrometheusScrape> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/metrics answered {(int)response.StatusCode}: {text}");
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n'))
        {
            if (SampleLine().Match(line.TrimEnd()) is { Success: true } m)
            {
                var labels = LabelPair().Matches(m.Groups["labels"].Value)
                    .ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value, StringComparer.Ordinal);
                samples.Add(new Sample(m.Groups["name"].Value, labels, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return new PrometheusScrape(samples, text);
    }

    /// <summary>The value of the one sample named <paramref name="name"/> whose labels include <paramref name="labels"/>; null when absent.</summary>
    public double? Value(string name, params (string Key, string Value)[] labels)
    {
        var matches = Samples.Where(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value)).ToArray();
        Assert.True(matches.Length <= 1, $"{matches.Length} samples of {name} match; name more labels.");
        return matches.SingleOrDefault()?.Value;
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>[-+0-9.eEInfNa]+)(\s+-?\d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
