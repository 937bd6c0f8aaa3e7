namespace Router.RulesBench;

/// <summary>The headline figures, printed again at the end as one Markdown table for docs/performance.md.</summary>
internal sealed class Report
{
    private readonly List<(string Figure, string Value, string Note)> rows = [];

    /// <summary>Prints the figure now and keeps it for the table.</summary>
    public void Add(string figure, string value, string note = "")
    {
        Console.WriteLine($"  {figure}: {value}{(note.Length > 0 ? $"  ({note})" : "")}");
        rows.Add((figure, value, note));
    }

    public void PrintTable()
    {
        Console.WriteLine("| Figure | Value | Note |");
        Console.WriteLine("| --- | ---: | --- |");
        foreach (var (figure, value, note) in rows)
        {
            Console.WriteLine($"| {figure} | {value} | {note} |");
        }
    }
}
