using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Router.IntegrationTests.Infrastructure;
using Router.Replies;
using static Router.IntegrationTests.Sms.SmsTestHost;
using Reply = Router.IntegrationTests.Sms.FakeTwilio.Reply;

namespace Router.IntegrationTests.Sms;

/// <summary>The whole path: a customer texts, the router makes or joins an item, an agent answers through the API.</summary>
public sealed class SmsConversationTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private const string Path = "/webhooks/twilio/sms";
    private RouterTestHost Host => fixture.Host;

    [Fact]
    public async Task CustomerTexts_AgentReplies_TwilioSendsItFromTheNumberTheyWroteTo()
    {
        var customer = NewNumber();
        var itemId = await TextAsync(customer, "Where is my order?");

        var response = await Host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "It ships today.", agentId = "a1", replyId = "r1" });

        var outcome = await RouterApi.ReadAsync<ReplyOutcome>(response, HttpStatusCode.OK);
        Assert.Equal("queued", outcome.Status);
        var sent = Assert.Single(fixture.Twilio.RequestsTo(customer)).Form;
        Assert.Equal((OurNumber, "It ships today."), (sent["From"], sent["Body"]));
        Assert.Equal("queued", await fixture.StatusOfAsync(outcome.ProviderId!));
        Assert.NotNull((await Host.Client.GetItemAsync(itemId)).ContactId);
    }

    [Fact]
    public async Task SecondTextWhileTheItemIsOpen_JoinsIt_WithoutAnotherAutoReply()
    {
        var customer = NewNumber();
        var itemId = await TextAsync(customer, "Where is my order?");
        var sid = NewSid();

        var twiml = await (await Host.PostSignedAsync(Path, InboundSms(customer, "Order 42, by the way", sid))).TwimlAsync();

        Assert.Empty(XDocument.Parse(twiml).Root!.Elements());
        Assert.Equal(itemId, await Host.ItemOfAsync(sid));
        var item = await Host.Client.GetItemAsync(itemId);
        Assert.Contains(item.Messages, m => (string?)m["direction"] == "in" && (string?)m["externalId"] == "sms:" + sid);
    }

    [Fact]
    public async Task AfterStop_ReplyIs409OptedOut_AndTwilioGetsNothing()
    {
        var customer = NewNumber();
        var itemId = await TextAsync(customer, "Where is my order?");
        await (await Host.PostSignedAsync(Path, InboundSms(customer, "STOP"))).TwimlAsync();

        var response = await Host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "It ships today." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("opted out", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(fixture.Twilio.RequestsTo(customer));
    }

    [Fact]
    public async Task TwilioDoesNotAnswer_ReplyIs502Unknown_AndRetryingItSendsNothingMore()
    {
        var customer = NewNumber();
        var itemId = await TextAsync(customer, "Where is my order?");
        fixture.Twilio.Script(customer, new Reply(201, Delay: TimeSpan.FromSeconds(30)));

        var first = await Host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "It ships today.", replyId = "r-slow" });
        var again = await Host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "It ships today.", replyId = "r-slow" });

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, again.StatusCode);
        Assert.Single(fixture.Twilio.RequestsTo(customer));
    }

    private async Task<string> TextAsync(string customer, string body)
    {
        var sid = NewSid();
        await (await Host.PostSignedAsync(Path, InboundSms(customer, body, sid))).TwimlAsync();
        return (await Host.ItemOfAsync(sid))!;
    }
}
