namespace Router.IntegrationTests.Observability;

/// <summary>
/// Tests that read exact metric values. OpenTelemetry listens to meters by name, so a host would also count what
/// other hosts of this process record; these tests run alone, after the parallel ones, with no other host alive.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExactMetrics
{
    public const string Name = "Exact metrics";
}
