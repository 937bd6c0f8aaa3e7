using Router.Channels.WebChat;

namespace Router.Channels.Tests.WebChat;

public sealed class ChatIdsTests
{
    [Theory]
    [InlineData("v-123", true)]
    [InlineData("user@example.com", true)]
    [InlineData("42", true)]
    [InlineData("", false)]
    [InlineData("v:1", false)]
    [InlineData("v 1", false)]
    [InlineData("v-1\n", false)]
    [InlineData("ü", false)]
    public void IsVisitor(string id, bool valid) => Assert.Equal(valid, ChatIds.IsVisitor(id));

    [Fact]
    public void IsVisitor_At64_ButNot65() =>
        Assert.Equal((true, false), (ChatIds.IsVisitor(new string('a', 64)), ChatIds.IsVisitor(new string('a', 65))));

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("abcdefgh", true)]
    [InlineData("abcdefg", false)]
    [InlineData("abcdefgh\n", false)]
    [InlineData("abc.defgh", false)]
    public void IsSession(string id, bool valid) => Assert.Equal(valid, ChatIds.IsSession(id));

    [Theory]
    [InlineData("acme", true)]
    [InlineData("acme-eu-2", true)]
    [InlineData("Acme", false)]
    [InlineData("acme\n", false)]
    [InlineData("a:b", false)]
    public void IsSite(string name, bool valid) => Assert.Equal(valid, ChatIds.IsSite(name));
}
