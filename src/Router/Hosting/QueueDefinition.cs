namespace Router.Hosting;

/// <summary>A queue in config: its name and the skills (with minimum levels) an agent needs to take its items.</summary>
public sealed class QueueDefinition
{
    /// <summary>Queue name: lower-case letters, digits, <c>-</c> and <c>_</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Required skills and their minimum levels; empty admits every agent.</summary>
    public Dictionary<string, int> Skills { get; set; } = [];
}
