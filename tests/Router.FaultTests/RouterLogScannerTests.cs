using Router.FaultTests.Infrastructure;

namespace Router.FaultTests;

/// <summary>The fault run's log scan finds what it must in the routers' JSON console lines, and passes what is redacted.</summary>
public sealed class RouterLogScannerTests
{
    [Theory]
    [InlineData("""{"Message":"Item created","State":{"Phone":"\u002B12025550042"}}""", "phone number +12025550042")]
    [InlineData("""{"Message":"from ann.smith%40example.com"}""", "email address ann.smith@example.com")]
    [InlineData("""{"Message":"ok","Scopes":[{"Authorization":"Bearer abc"}]}""", "a bearer credential")]
    [InlineData("""{"Message":"ok","Exception":"boom: my quokka parcel"}""", "the secret or body 'quokka'")]
    [InlineData("""plain text with sig=s3cr3t-signature in a URL""", "the secret or body 's3cr3t-signature'")]
    public void Leak_IsFound(string line, string what)
    {
        var leaks = RouterLogScanner.Leaks([line], ["quokka", "s3cr3t-signature"]);

        Assert.Contains(leaks, l => l.StartsWith(what, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"Message":"SMS from \u002B1202***42 taken","State":{"Handle":"email:a***@example.com"}}""")]
    [InlineData("""{"Message":"Bus commands attached to /amq/queue/x on amqp://127.0.0.1:5672","Scopes":[]}""")]
    public void RedactedOrHarmless_IsNoLeak(string line) => Assert.Empty(RouterLogScanner.Leaks([line], ["quokka"]));
}
