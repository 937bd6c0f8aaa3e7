using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Sla;

/// <summary>How replies, completion, policy edits and business hours move the clocks (fake time, real Redis).</summary>
public sealed class SlaClockTests
{
    private const string Policy = """
        {
          "calendars": {
            "always": { "timeZone": "UTC", "open": "24/7" },
            "office": { "timeZone": "Europe/London",
                        "hours": { "monday": ["08:00-18:00"], "tuesday": ["08:00-18:00"], "wednesday": ["08:00-18:00"],
                                   "thursday": ["08:00-18:00"], "friday": ["08:00-18:00"] } }
          },
          "policies": [
            { "name": "office", "when": "channel == 'email'", "calendar": "office", "firstResponse": "4h", "resolution": "3d" }
          ],
          "default": {
            "calendar": "always", "firstResponse": "1h", "resolution": "8h",
            "escalations": [ { "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 600 } ]
          }
        }
        """;

    // A fixed mid-week morning: "today" counters must not cross UTC midnight while a test advances the clock.
    private static readonly DateTimeOffset Wednesday10 = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ClosedHoursNeverCount_Friday17PlusFourHours_IsMonday11()
    {
        var friday = new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero); // London is on GMT in November
        await using var host = await RouterTestHost.StartAsync(sla: Policy, time: new FakeTimeProvider(friday));

        var item = await host.Client.CreateItemAsync(new { channel = "email" });

        Assert.Equal("office", item.Sla!.Policy);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero), item.Sla.FirstResponse!.DueAt);
    }

    [Fact]
    public async Task FirstAgentReply_StopsTheFirstResponseClock_ItsStepsNeverFire_AndCountsAsMet()
    {
        var time = new FakeTimeProvider(Wednesday10);
        await using var host = await RouterTestHost.StartAsync(sla: Policy, time: time);
        var item = await host.Client.CreateItemAsync(new { });

        var replied = await ReadAsync(await host.Client.PostAsJsonAsync($"/v1/items/{item.Id}/events", new { type = "agent.replied" }));
        time.Advance(TimeSpan.FromHours(2));
        await Task.Delay(600); // several ticks

        var after = await host.Client.GetItemAsync(item.Id);
        Assert.NotNull(replied.Sla!.FirstResponse!.StoppedAt);
        Assert.DoesNotContain(after.History, h => (string?)h["type"] is "escalated" or "sla.breached");
        Assert.Equal(0, after.Priority);
        var general = await host.Client.QueueAsync("general");
        Assert.Equal((0L, 100.0), (general.BreachedToday, general.WithinTargetPercent));
    }

    [Fact]
    public async Task CustomerReplyAfterTheAgents_RestartsTheFirstResponseClock_AndItsLadder()
    {
        var time = new FakeTimeProvider(Wednesday10);
        await using var host = await RouterTestHost.StartAsync(sla: Policy, time: time);
        var item = await host.Client.CreateItemAsync(new { });
        time.Advance(TimeSpan.FromMinutes(31));
        await EscalationTests.WaitForStepsAsync(host.Client, item.Id, 1);
        await host.Client.PostAsJsonAsync($"/v1/items/{item.Id}/events", new { type = "agent.replied" });
        time.Advance(TimeSpan.FromMinutes(10));

        var restarted = await ReadAsync(await host.Client.PostAsJsonAsync($"/v1/items/{item.Id}/events", new { type = "customer.replied" }));

        Assert.Null(restarted.Sla!.FirstResponse!.StoppedAt);
        Assert.Equal(time.GetUtcNow().AddHours(1), restarted.Sla.FirstResponse.DueAt, TimeSpan.FromMilliseconds(5));
        time.Advance(TimeSpan.FromMinutes(31));
        var again = await EscalationTests.WaitForStepsAsync(host.Client, item.Id, 2);
        Assert.Equal(2, again.History.Count(h => (string?)h["type"] == "escalated"));
    }

    [Fact]
    public async Task Completing_StopsTheClocks_NothingFiresAfterwards()
    {
        var time = new FakeTimeProvider(Wednesday10);
        await using var host = await RouterTestHost.StartAsync(sla: Policy, time: time);
        var item = await host.Client.CreateItemAsync(new { });

        await host.Client.CompleteAsync(item.Id);
        time.Advance(TimeSpan.FromHours(10));
        await Task.Delay(600);

        var done = await host.Client.GetItemAsync(item.Id);
        Assert.NotNull(done.Sla!.Resolution!.StoppedAt);
        Assert.DoesNotContain(done.History, h => (string?)h["type"] is "escalated" or "sla.breached");
        Assert.Equal(0, await host.Redis.SortedSetLengthAsync($"router:{{{host.Workspace}}}:sla:due"));
    }

    [Fact]
    public async Task PolicyEdit_ReplansOpenItems_KeepingElapsedTime()
    {
        var time = new FakeTimeProvider(Wednesday10);
        await using var host = await RouterTestHost.StartAsync(sla: Policy, time: time);
        var item = await host.Client.CreateItemAsync(new { });
        time.Advance(TimeSpan.FromMinutes(20));

        await File.WriteAllTextAsync(host.SlaFile, Policy.Replace("\"firstResponse\": \"1h\"", "\"firstResponse\": \"2h\"", StringComparison.Ordinal));

        var replanned = await Eventually.GetAsync(
            () => host.Client.GetItemAsync(item.Id), i => i.Sla!.FirstResponse!.TargetSeconds == 7200, "the re-plan", 5000);
        Assert.Equal(item.CreatedAt.AddHours(2), replanned.Sla!.FirstResponse!.DueAt, TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public async Task BrokenSlaEdit_IsRefused_HealthDegraded_OldPoliciesStay()
    {
        await using var host = await RouterTestHost.StartAsync(sla: Policy);

        await File.WriteAllTextAsync(host.SlaFile, Policy.Replace("\"calendar\": \"always\"", "\"calendar\": \"nowhere\"", StringComparison.Ordinal));

        await Eventually.GetAsync(() => host.Anonymous.GetStringAsync("/health"), h => h.Contains("nowhere", StringComparison.Ordinal), "degraded health", 5000);
        Assert.Equal("default", (await host.Client.CreateItemAsync(new { })).Sla!.Policy);
    }

    [Fact]
    public async Task QueueStats_CountAtRiskAndBreachedToday()
    {
        var time = new FakeTimeProvider(Wednesday10);
        await using var host = await RouterTestHost.StartAsync(sla: Policy, time: time);
        var late = await host.Client.CreateItemAsync(new { });
        time.Advance(TimeSpan.FromMinutes(55));
        await host.Client.CreateItemAsync(new { });

        var general = await host.Client.QueueAsync("general");
        Assert.Equal(1, general.AtRisk); // the first is 5 minutes from its due time

        time.Advance(TimeSpan.FromMinutes(6));
        await Eventually.GetAsync(() => host.Client.GetItemAsync(late.Id), i => i.Sla!.FirstResponse!.Breached, "the breach");
        general = await host.Client.QueueAsync("general");
        Assert.Equal((1L, 0.0), (general.BreachedToday, general.WithinTargetPercent));
    }

    private static Task<Router.Items.WorkItemView> ReadAsync(HttpResponseMessage response) =>
        RouterApi.ReadAsync<Router.Items.WorkItemView>(response, System.Net.HttpStatusCode.OK);
}
