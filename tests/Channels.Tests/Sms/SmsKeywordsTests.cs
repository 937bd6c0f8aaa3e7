using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("  Stop \n")]
    [InlineData("STOPALL")]
    [InlineData("unsubscribe")]
    [InlineData("Cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    public void Classify_OptOutKeywords(string body) => Assert.Equal(SmsKeyword.OptOut, SmsKeywords.Classify(body));

    [Theory]
    [InlineData("START")]
    [InlineData(" yes ")]
    [InlineData("Unstop")]
    public void Classify_OptInKeywords(string body) => Assert.Equal(SmsKeyword.OptIn, SmsKeywords.Classify(body));

    [Theory]
    [InlineData("HELP")]
    [InlineData("info ")]
    public void Classify_HelpKeywords(string body) => Assert.Equal(SmsKeyword.Help, SmsKeywords.Classify(body));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Please stop the delivery")]
    [InlineData("STOP!")]
    [InlineData("stopp")]
    [InlineData("help me with my bill")]
    [InlineData("S T O P")]
    public void Classify_OrdinaryMessages_None(string? body) => Assert.Equal(SmsKeyword.None, SmsKeywords.Classify(body));
}
