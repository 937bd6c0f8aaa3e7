using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class TwimlTests
{
    [Fact]
    public async Task Empty_IsAnEmptyResponseAsTextXml()
    {
        var (contentType, body) = await RenderAsync(Twiml.Empty());

        Assert.Equal("text/xml; charset=utf-8", contentType);
        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?><Response />""", body);
    }

    [Fact]
    public async Task Message_EscapesTheText()
    {
        var (_, body) = await RenderAsync(Twiml.Message("Thanks <b>Ann</b> & co\u0001, we'll reply soon"));

        var message = XDocument.Parse(body).Root!.Element("Message")!;
        Assert.Equal("Response", XDocument.Parse(body).Root!.Name.LocalName);
        Assert.Equal("Thanks <b>Ann</b> & co, we'll reply soon", message.Value); // the control character is dropped, not sent
        Assert.Contains("&lt;b&gt;", body, StringComparison.Ordinal);
    }

    private static async Task<(string? ContentType, string Body)> RenderAsync(IResult result)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http.Response.ContentType, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
