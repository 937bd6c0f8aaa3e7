using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Items;

/// <summary>The router calls its scripts by SHA-1; a Redis that lost its script cache must not turn that into errors.</summary>
public sealed class ScriptCacheTests
{
    [Fact]
    public async Task Intake_AfterRedisForgotItsScripts_LoadsThemAgainAndCreatesTheItemOnce()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.CreateItemAsync(new { externalId = "before" }); // the intake script is cached now
        await host.FlushScriptCacheAsync();

        var created = await host.Client.CreateItemAsync(new { externalId = "after" });

        Assert.Equal("queued", created.State);
        Assert.Equal(2, await host.Redis.SortedSetLengthAsync($"router:{{{host.Workspace}}}:queue:general"));
        Assert.Equal(created.Id, (string?)await host.Redis.HashGetAsync($"router:{{{host.Workspace}}}:ext", "after"));
    }
}
