namespace Router.RulesBench;

/// <summary>Keeps a result observable so the JIT cannot drop the work that produced it.</summary>
internal static class Sink
{
    private static long total;

    public static void Keep(long value) => Interlocked.Add(ref total, value);
}
