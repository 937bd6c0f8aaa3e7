namespace Router.FaultTests;

/// <summary>The fault run's counts from Redis: what was acknowledged per source, and everything that must be zero.</summary>
internal sealed record FaultReport(
    IReadOnlyDictionary<string, int> AcknowledgedBySource,
    int Items,
    int Joined,
    IReadOnlyDictionary<string, int> LostBySource,
    int Duplicated,
    int DoubleOffered,
    int DoubleAssigned,
    int NotAssigned)
{
    public IReadOnlySet<string> ItemIds { get; init; } = new HashSet<string>();

    public int Acknowledged => AcknowledgedBySource.Values.Sum();

    public int Lost => LostBySource.Values.Sum();

    /// <summary>True when every count that must be zero is.</summary>
    public bool Clean => Lost == 0 && Duplicated == 0 && DoubleOffered == 0 && DoubleAssigned == 0 && NotAssigned == 0;

    public override string ToString() =>
        $"{Acknowledged} acknowledged ({PerSource(AcknowledgedBySource)}), {Items} items ({Joined} messages joined an open item), " +
        $"lost {Lost}{(Lost > 0 ? $" ({PerSource(LostBySource)})" : "")}, duplicated {Duplicated}, offered twice at once {DoubleOffered}, " +
        $"assigned twice {DoubleAssigned}, never assigned {NotAssigned}";

    private static string PerSource(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => Order(c.Key)).Select(c => $"{c.Key} {c.Value}"));

    private static int Order(string source) => Array.IndexOf(["api", "sms", "chat", "bus", "email"], source) is var i and >= 0 ? i : 99;
}
