using System.ComponentModel.DataAnnotations;

namespace Router.Hosting;

/// <summary>The <c>Router</c> configuration section: workspace, API keys and request limits. Queues and rules live in <c>routing.json</c>.</summary>
public sealed class RouterOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Router";

    /// <summary>The workspace used when none is configured.</summary>
    public const string DefaultWorkspace = "default";

    /// <summary>The request body limit used when none is configured: 256 KiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>The shutdown grace period used when none is configured: 30 s.</summary>
    public const int DefaultShutdownTimeoutSeconds = 30;

    /// <summary>Name of the workspace; every Redis key sits under <c>router:{workspace}:</c>.</summary>
    /// <value>Defaults to <see cref="DefaultWorkspace"/>. Letters, digits, <c>_ . -</c>; at most 64.</value>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$", ErrorMessage = "Router:Workspace must be 1-64 letters, digits, '_', '.' or '-'.")]
    public string Workspace { get; set; } = DefaultWorkspace;

    /// <summary>Bearer keys accepted on <c>/v1</c>. Set them from the environment (<c>Router__ApiKeys__0</c>), not in files.</summary>
    [MinLength(1, ErrorMessage = "Router:ApiKeys needs at least one key (e.g. Router__ApiKeys__0).")]
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    /// <value>Defaults to <see cref="DefaultMaxRequestBodyBytes"/>.</value>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>How long a stopping router waits for in-flight requests and background passes to finish.</summary>
    /// <value>Defaults to <see cref="DefaultShutdownTimeoutSeconds"/>. Keep systemd's <c>TimeoutStopSec</c> and Kubernetes'
    /// <c>terminationGracePeriodSeconds</c> above it.</value>
    [Range(1, 600)]
    public int ShutdownTimeoutSeconds { get; set; } = DefaultShutdownTimeoutSeconds;

    /// <summary>Optional JSON file of agents created at start when they do not exist yet (the demo roster).</summary>
    public string? SeedAgentsFile { get; set; }
}
