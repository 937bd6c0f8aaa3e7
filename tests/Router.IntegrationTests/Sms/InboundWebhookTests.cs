using System.Net;
using System.Text;
using System.Xml.Linq;
using Router.Channels.Tests.Sms;
using Router.IntegrationTests.Infrastructure;
using static Router.IntegrationTests.Sms.SmsTestHost;

namespace Router.IntegrationTests.Sms;

public sealed class InboundWebhookTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private const string Path = "/webhooks/twilio/sms";
    private RouterTestHost Host => fixture.Host;

    [Theory]
    [InlineData(Path, TwilioVectors.SmsSignature)]
    [InlineData(Path, TwilioVectors.SmsWith443Signature)] // Twilio's console URL says :443, our public base does not
    [InlineData(Path + "/fallback", TwilioVectors.SmsFallbackSignature)]
    public async Task Sms_SignedByTwiliosOwnLibraryForThePublicUrl_IsTakenIn(string path, string signature)
    {
        var response = await Host.PostWebhookAsync(path, TwilioVectors.SmsParams, signature);

        await response.TwimlAsync();
        var item = await Host.Client.GetItemAsync((await Host.ItemOfAsync(TwilioVectors.SmsMessageSid))!);
        Assert.Equal("sms", item.Channel);
        Assert.Equal("Héllo 👋 <b>refund</b> & more", item.Text);
        Assert.Equal("+12125550123", (string?)item.Contact!["phone"]);
    }

    [Fact]
    public async Task Mms_SignedByTwiliosOwnLibrary_ItsMediaBecomeAttachmentsByUrl()
    {
        var response = await Host.PostWebhookAsync(Path, TwilioVectors.MmsParams, TwilioVectors.MmsSignature);

        await response.TwimlAsync();
        var item = await Host.Client.GetItemAsync((await Host.ItemOfAsync(TwilioVectors.MmsMessageSid))!);
        Assert.Equal(
            [("image/jpeg", TwilioVectors.MmsParams.Single(p => p.Key == "MediaUrl0").Value), ("application/pdf", TwilioVectors.MmsParams.Single(p => p.Key == "MediaUrl1").Value)],
            item.Attachments.Select(a => (a.ContentType, a.Reference)));
    }

    [Fact]
    public async Task ForgedTamperedOrUnsigned_Get403_AndCreateNothing()
    {
        var sid = NewSid();
        var form = InboundSms(NewNumber(), "hello", sid);
        var localUrl = Host.Anonymous.BaseAddress!.ToString().TrimEnd('/') + Path;
        var attempts = new (KeyValuePair<string, string>[] Form, string? Signature)[]
        {
            (form, null),
            (form, ""),
            (form, Channels.Sms.TwilioSignature.Compute("wrong-token", PublicBaseUrl + Path, TwilioVectors.Form(form))),
            (form, Channels.Sms.TwilioSignature.Compute(TwilioVectors.Token, localUrl, TwilioVectors.Form(form))), // not the URL Twilio called
            (form.Select(p => p.Key == "Body" ? new KeyValuePair<string, string>("Body", "tampered") : p).ToArray(),
                Channels.Sms.TwilioSignature.Compute(TwilioVectors.Token, PublicBaseUrl + Path, TwilioVectors.Form(form))),
        };

        foreach (var (fields, signature) in attempts)
        {
            var response = await Host.PostWebhookAsync(Path, fields, signature);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Null(await Host.ItemOfAsync(sid));
    }

    [Fact]
    public async Task NewMessage_AnsweredWithTheAutoReply_AsTwiml()
    {
        var twiml = await (await Host.PostSignedAsync(Path, InboundSms(NewNumber(), "Where is my order?"))).TwimlAsync();

        var response = XDocument.Parse(twiml).Root!;
        Assert.Equal("Response", response.Name.LocalName);
        Assert.Equal(AutoReply, Assert.Single(response.Elements("Message")).Value);
    }

    [Fact]
    public async Task SameMessageSidAgain_ViaRetryOrFallback_CreatesOneItem_AndNoSecondAutoReply()
    {
        var form = InboundSms(NewNumber(), "Where is my order?");
        var before = await Host.ItemCountAsync();

        var first = await (await Host.PostSignedAsync(Path, form)).TwimlAsync();
        var retry = await (await Host.PostSignedAsync(Path, form)).TwimlAsync();
        var fallback = await (await Host.PostSignedAsync(Path + "/fallback", form)).TwimlAsync();

        Assert.Contains("<Message>", first, StringComparison.Ordinal);
        Assert.EndsWith("<Response />", retry, StringComparison.Ordinal);
        Assert.EndsWith("<Response />", fallback, StringComparison.Ordinal);
        Assert.Equal(before + 1, await Host.ItemCountAsync());
    }

    [Fact]
    public async Task Help_AnsweredWithTheHelpText_AndCreatesNoItem()
    {
        var sid = NewSid();

        var twiml = await (await Host.PostSignedAsync(Path, InboundSms(NewNumber(), " help ", sid))).TwimlAsync();

        Assert.Equal(HelpText, XDocument.Parse(twiml).Root!.Element("Message")!.Value);
        Assert.Null(await Host.ItemOfAsync(sid));
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("From")]
    public async Task SignedButMissingAField_Gets400_AndCreatesNothing(string field)
    {
        var sid = NewSid();
        var before = await Host.ItemCountAsync();

        var response = await Host.PostSignedAsync(Path, InboundSms(NewNumber(), "hi", sid).Where(p => p.Key != field));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await Host.ItemCountAsync());
    }

    [Fact]
    public async Task NotAForm_Gets415()
    {
        var response = await Host.Anonymous.PostAsync(Path, new StringContent("""{"MessageSid":"x"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413_AndCreatesNothing()
    {
        var sid = NewSid();

        var response = await Host.PostSignedAsync(Path, InboundSms(NewNumber(), new string('x', 20_000), sid));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await Host.ItemOfAsync(sid));
    }
}
