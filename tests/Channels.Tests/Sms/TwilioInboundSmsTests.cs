using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Router.Channels.Sms;
using static Router.Channels.Tests.Sms.TwilioVectors;

namespace Router.Channels.Tests.Sms;

public sealed class TwilioInboundSmsTests
{
    [Fact]
    public void Parse_Sms_BecomesAnSmsMessageKeyedByMessageSid()
    {
        var message = Parse(SmsParams).ToInboundMessage();

        Assert.Equal(ChannelKind.Sms, message.Channel);
        Assert.Equal("sms:" + SmsMessageSid, message.IdempotencyKey);
        Assert.Equal("Héllo 👋 <b>refund</b> & more", message.Text); // text as sent: never interpreted as HTML
        Assert.Equal("+12125550123", (string?)message.Contact!["phone"]);
        Assert.Equal([ContactHandle.Phone("+12125550123")], message.Handles);
        Assert.Equal([new ThreadKey("sms:+14155550100:+12125550123")], message.ThreadKeys);
        Assert.Equal(["sms:+14155550100:+12125550123"], message.JoinKeys);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"from":"+14155550100","to":"+12125550123"}"""), message.ReplyTo));
        Assert.Equal("+14155550100", (string?)message.Attributes!["sms"]!["to"]);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void Parse_Mms_KeepsEachMediaUrlAsAnAttachment()
    {
        var message = Parse(MmsParams).ToInboundMessage();

        Assert.Equal("", message.Text);
        Assert.Collection(
            message.Attachments,
            a =>
            {
                Assert.Equal("image/jpeg", a.ContentType);
                Assert.Equal("ME00000000000000000000000000000001", a.Name);
                Assert.Equal(MmsParams.Single(p => p.Key == "MediaUrl0").Value, a.Reference);
            },
            a => Assert.Equal(("application/pdf", MmsParams.Single(p => p.Key == "MediaUrl1").Value), (a.ContentType, a.Reference)));
    }

    [Fact]
    public void Parse_NationalNumbersAndMessagingService_NormalisedAndKeptForReplies()
    {
        var sms = Parse(With(SmsParams, ("From", "(212) 555-0123"), ("To", "415.555.0100"), ("MessagingServiceSid", "MG00000000000000000000000000000000")));

        Assert.Equal(("+12125550123", "+14155550100"), (sms.From, sms.To));
        Assert.Equal("MG00000000000000000000000000000000", (string?)sms.ToInboundMessage().ReplyTo!["messagingServiceSid"]);
    }

    [Fact]
    public void Parse_ToAShortCode_KeepsTheShortCode() =>
        Assert.Equal("sms:12345:+12125550123", Parse(With(SmsParams, ("To", "12345"))).ToInboundMessage().JoinKeys[0]);

    [Theory]
    [InlineData("MessageSid", null, "MessageSid is missing.")]
    [InlineData("MessageSid", "SM123", "MessageSid is not a Twilio message SID.")]
    [InlineData("From", null, "From is missing.")]
    [InlineData("From", "", "From is missing.")]
    [InlineData("From", "Acme", "From is not a phone number.")]
    [InlineData("To", null, "To is missing.")]
    [InlineData("To", "not-ours", "To is not a phone number or short code.")]
    [InlineData("NumMedia", "-1", "NumMedia must be a whole number from 0 to 10.")]
    [InlineData("NumMedia", "11", "NumMedia must be a whole number from 0 to 10.")]
    [InlineData("NumMedia", "1", "MediaUrl0 is missing or not an http(s) URL.")]
    public void Parse_MissingOrBadField_NamesIt(string field, string? value, string error)
    {
        var form = value is null ? SmsParams.Where(p => p.Key != field).ToArray() : With(SmsParams, (field, value));

        Assert.False(TwilioInboundSms.TryParse(new FormCollection(TwilioVectors.Form(form)), "US", out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Fact]
    public void Parse_MediaUrlNotHttp_Refused() =>
        Assert.False(TwilioInboundSms.TryParse(
            new FormCollection(TwilioVectors.Form(With(MmsParams, ("MediaUrl1", "file:///etc/passwd")))), "US", out _, out _));

    private static TwilioInboundSms Parse(IEnumerable<KeyValuePair<string, string>> form)
    {
        Assert.True(TwilioInboundSms.TryParse(new FormCollection(TwilioVectors.Form(form)), "US", out var sms, out var error), error);
        return sms;
    }

    private static KeyValuePair<string, string>[] With(IEnumerable<KeyValuePair<string, string>> form, params (string Key, string Value)[] changes) =>
        form.Where(p => changes.All(c => c.Key != p.Key)).Concat(changes.Select(c => new KeyValuePair<string, string>(c.Key, c.Value))).ToArray();
}
