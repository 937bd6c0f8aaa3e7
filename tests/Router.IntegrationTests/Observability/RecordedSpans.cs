namespace Router.IntegrationTests.Observability;

/// <summary>
/// Tests whose hosts record spans (an OTLP endpoint, or a sampler of the test's own) or that check that none is
/// recorded. OpenTelemetry's listeners are process-wide: while one host records, every router of the process records
/// too, so these tests run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RecordedSpans
{
    public const string Name = "Recorded spans";
}
