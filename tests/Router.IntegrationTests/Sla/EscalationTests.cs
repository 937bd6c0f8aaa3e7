using System.Text.Json.Nodes;
using Router.IntegrationTests.Infrastructure;
using Router.Items;

namespace Router.IntegrationTests.Sla;

/// <summary>SLA ladders on real Redis with real time: a policy of a few seconds, seen step by step.</summary>
public sealed class EscalationTests
{
    internal const string Ladder = """
        {
          "calendars": { "always": { "timeZone": "UTC", "open": "24/7" } },
          "default": {
            "calendar": "always", "firstResponse": "4s", "resolution": "1h",
            "escalations": [
              { "at": "25%", "of": "firstResponse", "action": "raise-priority", "priority": 500 },
              { "at": "50%", "of": "firstResponse", "action": "widen", "target": 1 },
              { "at": "75%", "of": "firstResponse", "action": "notify", "to": "supervisors" },
              { "at": "+1s", "of": "firstResponse", "action": "move", "queue": "billing" }
            ]
          }
        }
        """;

    internal static readonly string[] Steps = ["raise-priority", "widen", "notify", "move"];

    [Fact]
    public async Task Ladder_EachStepFiresOnceInOrder_WithinASecondOfItsDueTime_ThenTheBreach()
    {
        await using var host = await RouterTestHost.StartAsync(sla: Ladder);
        var item = await host.Client.CreateItemAsync(new { externalId = "ladder" });

        var done = await WaitForStepsAsync(host.Client, item.Id, Steps.Length);

        AssertLadder(done, item.CreatedAt);
        Assert.Equal(("billing", 500), (done.Queue, done.Priority));
        var breach = Assert.Single(done.History, h => (string?)h["type"] == "sla.breached");
        Assert.Equal("firstResponse", (string?)breach["target"]);
        Assert.True(done.Sla!.FirstResponse!.Breached);
        var events = await host.Redis.StreamRangeAsync($"router:{{{host.Workspace}}}:events");
        Assert.Contains(events, e => (string?)e["type"] == "sla.notify" && (string?)e["to"] == "supervisors");
    }

    [Fact]
    public async Task HostKilledBetweenSteps_TheNextHostFiresTheRest_NoneTwiceNoneMissed()
    {
        var workspace = RouterTestHost.NewWorkspace();
        var slaDir = Directory.CreateTempSubdirectory("router-sla-").FullName;
        var slaFile = Path.Combine(slaDir, "sla.json");
        await File.WriteAllTextAsync(slaFile, Ladder);
        WorkItemView item;
        await using (var first = await RouterTestHost.StartAsync(workspace, slaFile: slaFile))
        {
            item = await first.Client.CreateItemAsync(new { externalId = "restart" });
            await WaitForStepsAsync(first.Client, item.Id, 1);
        }

        await Task.Delay(1500); // no router runs while the second step falls due
        await using var second = await RouterTestHost.StartAsync(workspace, slaFile: slaFile);

        AssertLadder(await WaitForStepsAsync(second.Client, item.Id, Steps.Length), item.CreatedAt, lateBy: TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task TwoHostsTicking_FireEachStepExactlyOnce()
    {
        var workspace = RouterTestHost.NewWorkspace();
        var slaFile = Path.Combine(Directory.CreateTempSubdirectory("router-sla-").FullName, "sla.json");
        await File.WriteAllTextAsync(slaFile, Ladder);
        await using var h1 = await RouterTestHost.StartAsync(workspace, slaFile: slaFile);
        await using var h2 = await RouterTestHost.StartAsync(workspace, slaFile: slaFile);
        var items = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? h1 : h2).Client.CreateItemAsync(new { externalId = $"two-{i}" })));

        foreach (var item in items)
        {
            AssertLadder(await WaitForStepsAsync(h1.Client, item.Id, Steps.Length), item.CreatedAt);
        }
    }

    internal static void AssertLadder(WorkItemView item, DateTimeOffset created, TimeSpan? lateBy = null)
    {
        var fired = item.History.Where(h => (string?)h["type"] == "escalated").ToArray();
        Assert.Equal(Steps, fired.Select(h => (string?)h["action"]));
        var due = new[] { 1.0, 2.0, 3.0, 5.0 };
        for (var i = 0; i < fired.Length; i++)
        {
            var at = (DateTimeOffset)fired[i]["at"]!.GetValue<DateTimeOffset>();
            var expected = created.AddSeconds(due[i]);
            Assert.True(at >= expected, $"{Steps[i]} fired early: {at:O} before {expected:O}");
            Assert.True(at - expected <= (lateBy ?? TimeSpan.FromSeconds(1)), $"{Steps[i]} fired {(at - expected).TotalMilliseconds} ms late");
        }
    }

    internal static Task<WorkItemView> WaitForStepsAsync(HttpClient client, string id, int count) =>
        Eventually.GetAsync(
            () => client.GetItemAsync(id),
            i => i.History.Count(h => (string?)h["type"] == "escalated") >= count,
            $"{count} escalation steps of {id}",
            15_000);
}
