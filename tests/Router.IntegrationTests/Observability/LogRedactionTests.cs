using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Router.Channels;
using Router.IntegrationTests.Infrastructure;
using Router.IntegrationTests.Replies;

namespace Router.IntegrationTests.Observability;

/// <summary>
/// Runs the happy paths (and a few refusals) through a host logging everything at Debug, then scans every log
/// call for addresses, numbers, credentials and message bodies.
/// </summary>
public sealed class LogRedactionTests
{
    private const string WrongKey = "wrong-key-5f3a";
    private static readonly string[] Bodies =
    [
        "My card was charged twice for order 42",
        "Where is my parcel, it is late again",
        "Also the box was damaged",
        "Your parcel ships on Monday",
        "Refund for the double charge",
    ];

    [Fact]
    public async Task HappyPaths_AtDebug_LogNoAddressNumberSecretOrBody()
    {
        var logs = new CapturedLogs();
        var email = new RecordingChannel(ChannelKind.Email);
        await using var host = await RouterTestHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:Microsoft"] = "Debug",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            },
            services: s => s.AddSingleton<ILoggerProvider>(logs).AddSingleton<IOutboundChannel>(email));

        await RunHappyPathsAsync(host);

        var leaks = LogScanner.Leaks(logs, [RouterTestHost.ApiKey, WrongKey], Bodies);
        Assert.True(logs.Records.Count > 20, $"only {logs.Records.Count} log calls were captured; is Debug on?");
        Assert.True(leaks.Count == 0, "Logs leaked:\n" + string.Join('\n', leaks));
    }

    private static async Task RunHappyPathsAsync(RouterTestHost host)
    {
        var api = host.Client;
        await api.AddAvailableAgentAsync("a1", new() { ["api"] = 5, ["email"] = 5 });
        var created = await api.CreateItemAsync(new
        {
            externalId = "crm-1",
            contact = new { email = "ann.smith@example.com", phone = "+14155550100", name = "Ann Smith" },
            subject = Bodies[4],
            text = Bodies[0],
            attributes = new { tier = "gold" },
        });
        var mail = await host.Service<IInboundSink>().AcceptAsync(
            new InboundMessage(ChannelKind.Email, "email:support:m1@example.com", new JsonObject { ["email"] = "bob@example.org" },
                "Parcel", Bodies[1], null)
            {
                Handles = [ContactHandle.Email("bob@example.org"), ContactHandle.Phone("+447700900123")],
                ThreadKeys = [new ThreadKey("email:msgid:m1@example.com")],
                ReplyTo = new JsonObject { ["address"] = "bob@example.org", ["messageId"] = "m1@example.com" },
            },
            CancellationToken.None);
        await host.Service<IInboundSink>().AcceptAsync(
            new InboundMessage(ChannelKind.Email, "email:support:m2@example.com", null, "Re: Parcel", Bodies[2], null)
            {
                Handles = [ContactHandle.Email("bob@example.org")],
                JoinKeys = ["email:msgid:m1@example.com"],
                ReplyTo = new JsonObject { ["address"] = "bob@example.org", ["messageId"] = "m2@example.com" },
            },
            CancellationToken.None);

        var offers = await api.WaitForOffersAsync("a1", 2);
        await api.AcceptAsync(offers.Single(o => o.ItemId == created.Id).Id);
        await api.RejectAsync(offers.Single(o => o.ItemId == mail.ItemId).Id);
        await api.AddAvailableAgentAsync("a2", new() { ["email"] = 5 }); // a1 declined it, so it is never offered to a1 again
        var again = await api.WaitForOffersAsync("a2", 1);
        await api.AcceptAsync(again[0].Id);
        (await api.PostAsJsonAsync($"/v1/items/{mail.ItemId}/replies", new { text = Bodies[3], agentId = "a1", replyId = "r-1" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/v1/items/{created.Id}/events", new { type = "agent.replied" })).EnsureSuccessStatusCode();
        await api.CompleteAsync(created.Id, wrapUpSeconds: 1);
        await api.CompleteAsync(mail.ItemId);
        await api.GetItemAsync(created.Id);
        await api.QueueAsync("general");

        var contact = await api.GetAsync("/v1/contacts?handle=email:ann.smith@example.com");
        contact.EnsureSuccessStatusCode();
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        (await api.PatchAsJsonAsync($"/v1/contacts/{contactId}", new { attributes = new { tier = "platinum" } })).EnsureSuccessStatusCode();
        await api.GetAsync("/v1/contacts?handle=phone:%2B14155550100");

        // Refusals log too: a wrong key, a malformed body holding an address, an invalid channel.
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/v1/queues");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WrongKey);
        await host.Anonymous.SendAsync(wrong);
        await api.PostAsync("/v1/items", new StringContent("{\"contact\":{\"email\":\"eve@example.net\"", System.Text.Encoding.UTF8, "application/json"));
        await api.PostAsJsonAsync("/v1/items", new { channel = "pigeon", text = Bodies[0] });
    }
}
