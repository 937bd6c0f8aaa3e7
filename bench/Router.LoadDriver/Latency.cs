namespace Router.LoadDriver;

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
internal readonly record struct Latency(double P50, double P90, double P99, double Max)
{
    public static Latency Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Latency(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(At(0.50), At(0.90), At(0.99), sorted[^1]);
    }

    public override string ToString() => $"p50={Ms(P50)} p90={Ms(P90)} p99={Ms(P99)} max={Ms(Max)}";

    private static string Ms(double value) => value < 10 ? $"{value:F2}ms" : $"{value:F1}ms";
}
