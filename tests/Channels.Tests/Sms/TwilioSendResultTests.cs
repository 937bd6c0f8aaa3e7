using System.Net;
using System.Text;
using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class TwilioSendResultTests
{
    [Fact]
    public async Task Created_ReadsSidAndStatus()
    {
        var result = await ReadAsync(HttpStatusCode.Created, """{"sid":"SM1","status":"queued","to":"+1"}""");

        Assert.Equal((true, "SM1", "queued"), (result.Accepted, result.Sid, result.Status));
    }

    [Fact]
    public async Task TwilioError_ReadsCodeAndMessage()
    {
        var result = await ReadAsync(HttpStatusCode.BadRequest, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400}""");

        Assert.Equal((false, 400, 21610, "Attempt to send to unsubscribed recipient"), (result.Accepted, result.HttpStatus, result.ErrorCode, result.ErrorMessage));
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("""{"code":"21610"}""")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task NotTwiliosJson_KeepsOnlyTheStatus(string body)
    {
        var result = await ReadAsync(HttpStatusCode.BadGateway, body);

        Assert.Equal((502, null, null, null), (result.HttpStatus, result.Sid, result.ErrorCode, result.ErrorMessage));
    }

    private static Task<TwilioSendResult> ReadAsync(HttpStatusCode status, string body) =>
        TwilioSendResult.ReadAsync(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) }, CancellationToken.None);
}
