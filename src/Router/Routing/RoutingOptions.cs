namespace Router.Routing;

/// <summary>The <c>Router:Routing</c> section: where the routing rules live.</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Router:Routing";

    /// <summary>The rules file when none is configured, relative to the config directory.</summary>
    public const string DefaultFile = "routing.json";

    /// <summary>The routing rules file; relative paths are under the config directory.</summary>
    /// <value>Defaults to <see cref="DefaultFile"/>.</value>
    public string File { get; set; } = DefaultFile;

    /// <summary>How long after a change of the file it is read, so an editor's several writes become one reload.</summary>
    public int DebounceMilliseconds { get; set; } = 250;
}
