using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Router.Channels.Sms;

/// <summary>The TwiML answers to an inbound message: nothing, or one reply message.</summary>
internal static class Twiml
{
    /// <summary>The content type Twilio expects TwiML in.</summary>
    public const string ContentType = "text/xml";

    private const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    /// <summary><c>&lt;Response/&gt;</c>: take the message, send nothing back.</summary>
    public static IResult Empty() => Result(new XElement("Response"));

    /// <summary><c>&lt;Response&gt;&lt;Message&gt;text&lt;/Message&gt;&lt;/Response&gt;</c>, the text escaped.</summary>
    public static IResult Message(string text) =>
        Result(new XElement("Response", new XElement("Message", new string(text.Where(XmlConvert.IsXmlChar).ToArray()))));

    private static IResult Result(XElement response) =>
        Results.Text(Declaration + response.ToString(SaveOptions.DisableFormatting), ContentType, Encoding.UTF8);
}
