using System.Text.Json.Nodes;
using Router.Channels.WebChat;

namespace Router.Channels.Tests.WebChat;

public sealed class ChatReplyToTests
{
    [Fact]
    public void RoundTrips()
    {
        var to = new ChatReplyTo("acme", "v-1", "0f8fad5b-d9cb");

        Assert.Equal(to, ChatReplyTo.From(to.ToJson()));
    }

    [Theory]
    [InlineData("""{"site":"acme","visitor":"v-1"}""")]
    [InlineData("""{"site":"acme","visitor":"v-1","session":null}""")]
    [InlineData("""{"site":"acme","visitor":"v-1","session":["x"]}""")]
    [InlineData("""{"site":"ACME","visitor":"v-1","session":"0f8fad5b-d9cb"}""")]
    [InlineData("""{"site":"acme","visitor":"v:1","session":"0f8fad5b-d9cb"}""")]
    public void From_NotAChatAddress_IsNull(string json) => Assert.Null(ChatReplyTo.From(JsonNode.Parse(json)!.AsObject()));

    [Fact]
    public void From_Null_IsNull() => Assert.Null(ChatReplyTo.From(null));
}
