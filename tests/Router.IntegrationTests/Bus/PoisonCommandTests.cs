using Amqp;

namespace Router.IntegrationTests.Bus;

/// <summary>A command that can never work is rejected once, with a reason: it lands in the dead letters exactly once.</summary>
[Collection(BusTests.Name)]
public sealed class PoisonCommandTests(PoisonFixture fixture) : IClassFixture<PoisonFixture>
{
    public static TheoryData<string, string?, string, string> Poison => new()
    {
        { "not JSON", "p-1", "{not json", "amqp:decode-error" },
        { "no type", "p-2", """{"data":{}}""", "amqp:invalid-field" },
        { "unknown type", "p-3", """{"type":"item.explode","data":{}}""", "amqp:invalid-field" },
        { "no message-id", null, """{"type":"item.create","data":{}}""", "amqp:invalid-field" },
        { "data of the wrong shape", "p-5", """{"type":"item.create","data":{"priority":"high"}}""", "amqp:invalid-field" },
        { "priority out of range", "p-6", """{"type":"item.create","data":{"priority":5000}}""", "amqp:invalid-field" },
        { "channel name with spaces", "p-7", """{"type":"item.create","data":{"channel":"web form"}}""", "amqp:invalid-field" },
        { "unknown queue", "p-8", """{"type":"item.create","data":{"queue":"nowhere"}}""", "amqp:invalid-field" },
        { "unknown status", "p-9", """{"type":"agent.status","data":{"agentId":"a1","status":"sleeping"}}""", "amqp:invalid-field" },
        { "unknown agent", "p-10", """{"type":"agent.status","data":{"agentId":"ghost","status":"away"}}""", "amqp:not-found" },
        { "agent id with spaces", "p-11", """{"type":"agent.status","data":{"agentId":"a b","status":"away"}}""", "amqp:invalid-field" },
        { "complete an unknown item", "p-12", """{"type":"item.complete","data":{"itemId":"nope"}}""", "amqp:not-found" },
        { "negative wrap-up", "p-13", """{"type":"item.complete","data":{"itemId":"x","wrapUpSeconds":-1}}""", "amqp:invalid-field" },
        { "transfer without queue", "p-14", """{"type":"item.transfer","data":{"itemId":"x"}}""", "amqp:invalid-field" },
        { "transfer to an unknown queue", "p-15", """{"type":"item.transfer","data":{"itemId":"x","queue":"nowhere"}}""", "amqp:invalid-field" },
        { "transfer an unknown item", "p-16", """{"type":"item.transfer","data":{"itemId":"nope","queue":"billing"}}""", "amqp:not-found" },
        { "contact without attributes", "p-17", """{"type":"contact.update","data":{"contactId":"c1","attributes":{}}}""", "amqp:invalid-field" },
        { "contact id with spaces", "p-18", """{"type":"contact.update","data":{"contactId":"c 1","attributes":{"a":1}}}""", "amqp:invalid-field" },
        { "unknown contact id", "p-19", """{"type":"contact.update","data":{"contactId":"nobody","attributes":{"a":1}}}""", "amqp:not-found" },
        { "both contact id and handle", "p-20", """{"type":"contact.update","data":{"contactId":"c1","handle":"email:a@b.c","attributes":{"a":1}}}""", "amqp:invalid-field" },
        { "malformed handle", "p-21", """{"type":"contact.update","data":{"handle":"phone:555 0100","attributes":{"a":1}}}""", "amqp:invalid-field" },
    };

    [Theory]
    [MemberData(nameof(Poison))]
    public async Task PoisonCommand_IsRejectedOnce_IntoTheDeadLetters_WithTheReasonAsAnEvent(string what, string? messageId, string body, string condition)
    {
        var bus = fixture.Bus;
        var next = "after-" + messageId;

        await bus.SendAsync(messageId, body);
        await bus.SendCommandAsync(next, "item.create", new { subject = "the next command still works" });

        var dead = await bus.DeadLettersAsync(m => m.Properties?.MessageId == messageId, settle: TimeSpan.FromMilliseconds(300));
        Assert.Single(dead);
        await bus.WaitForEventsAsync(
            e => RejectionOf(messageId).Any() && bus.Of("item.created").Any(c => (string?)c["data"]!["externalId"] == "bus:" + next),
            "the rejection and the next item");
        var rejected = Assert.Single(RejectionOf(messageId));
        Assert.Equal(condition, (string?)rejected["data"]!["condition"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)rejected["data"]!["description"]), what);
    }

    private IEnumerable<System.Text.Json.Nodes.JsonObject> RejectionOf(string? messageId) =>
        fixture.Bus.Of("command.rejected").Where(e => (string?)e["data"]!["messageId"] == messageId);

    [Fact]
    public async Task ABodyThatIsNeitherDataNorString_IsRejected()
    {
        var bus = fixture.Bus;

        await bus.SendMessageAsync(new Message(42) { Properties = new Amqp.Framing.Properties { MessageId = "number" } });

        Assert.Single(await bus.DeadLettersAsync(m => m.Properties?.MessageId == "number", settle: TimeSpan.FromMilliseconds(300)));
        await bus.WaitForEventsAsync(e => RejectionOf("number").Any(), "the rejection");
        Assert.Equal("amqp:decode-error", (string?)RejectionOf("number").Single()["data"]!["condition"]);
    }
}
