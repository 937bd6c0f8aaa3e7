using System.Globalization;

namespace Router.SlaBench;

/// <summary>Nearest-rank percentiles of a sample.</summary>
internal sealed record Distribution(int Count, double P50, double P99, double Max)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Distribution(0, double.NaN, double.NaN, double.NaN);
        }

        double Rank(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Distribution(sorted.Length, Rank(0.50), Rank(0.99), sorted[^1]);
    }

    /// <summary>e.g. <c>p50 112 p99 240 max 1,630 µs (2,000)</c>.</summary>
    public string Describe(string unit, string format = "N0") => string.Create(
        CultureInfo.InvariantCulture, $"p50 {P50.ToString(format, CultureInfo.InvariantCulture)} p99 {P99.ToString(format, CultureInfo.InvariantCulture)} max {Max.ToString(format, CultureInfo.InvariantCulture)} {unit} ({Count:N0})");
}
