using Router.Channels.WebChat;

namespace Router.Channels.Tests.WebChat;

public sealed class ChatTextTests
{
    [Theory]
    [InlineData("hello")]
    [InlineData("<b>not html</b> &amp; kept as typed")]
    [InlineData("two\nlines\tand a tab")]
    [InlineData("emoji 🚚 and right-to-left \u202e text")]
    [InlineData("a real replacement character \ufffd")]
    public void Problem_PlainText_IsNone(string text) => Assert.Null(ChatText.Problem(text, 100));

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData(" \n ", "empty")]
    [InlineData("\r\n", "empty")]
    [InlineData("a\rb", "U+000D")]
    [InlineData("a\0b", "U+0000")]
    [InlineData("bell\a", "U+0007")]
    [InlineData("del\u007f", "U+007F")]
    [InlineData("c1\u009b", "U+009B")]
    public void Problem_NamesWhatIsWrong(string? text, string expected) =>
        Assert.Contains(expected, ChatText.Problem(text, 100), StringComparison.Ordinal);

    // In code, not theory data: attribute arguments and serialized test cases are UTF-8, which cannot hold a lone surrogate.
    [Fact]
    public void Problem_HalfASurrogatePair_IsNotValidUnicode()
    {
        string[] texts = ["lone \ud800 high", "lone \udc00 low", "reversed \udc00\ud800 pair", "ends high \ud800"];

        Assert.All(texts, t => Assert.Contains("surrogate", ChatText.Problem(t, 100), StringComparison.Ordinal));
    }

    [Fact]
    public void Problem_LengthCountsUtf16Units_AsBrowsersDo()
    {
        Assert.Null(ChatText.Problem(new string('x', 8) + "🚚", 10));
        Assert.Contains("too long", ChatText.Problem(new string('x', 9) + "🚚", 10), StringComparison.Ordinal);
    }
}
