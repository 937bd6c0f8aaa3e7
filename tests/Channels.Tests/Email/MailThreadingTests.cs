using CsCheck;
using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

public sealed class MailThreadingTests
{
    [Theory]
    [InlineData("Order 42", "order 42")]
    [InlineData("Re: Order 42", "order 42")]
    [InlineData("RE: AW: Fwd: FW: SV: Order 42", "order 42")]
    [InlineData("Re[2]: Re(3): order 42", "order 42")]
    [InlineData("[Ticket #12] Re: [EXTERNAL]  Order    42 ", "order 42")]
    [InlineData("WG: Antw: VS: TR: RIF: Order 42", "order 42")]
    [InlineData("回复：Order 42", "order 42")]
    [InlineData("Re:", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("Reorder 42", "reorder 42")]
    [InlineData("Fwdx: Order", "fwdx: order")]
    [InlineData("Order: Re: 42", "order: re: 42")]
    public void NormalisedSubject_DropsReplyPrefixesAndTags(string? subject, string normalised) =>
        Assert.Equal(normalised, MailThreading.NormaliseSubject(subject));

    [Fact]
    public void AnyChainOfPrefixes_NormalisesLikeTheBareSubject()
    {
        var prefix = Gen.OneOf<string>("Re: ", "RE:", "Fwd: ", "FW:", "AW: ", "SV:", "[tag] ", "[Ticket #9]", "re[2]: ", "  ");
        var subject = Gen.String[Gen.Char["abcRE:[] #é"], 0, 30];
        Gen.Select(prefix.Array[0, 6], subject).Sample((prefixes, bare) =>
            MailThreading.NormaliseSubject(string.Concat(prefixes) + bare) == MailThreading.NormaliseSubject(bare));
    }

    [Fact]
    public void NormalisingTwice_ChangesNothing() =>
        Gen.String[Gen.Char["abcRE:[]fw #é\t"], 0, 40].Sample(subject =>
            MailThreading.NormaliseSubject(MailThreading.NormaliseSubject(subject)) == MailThreading.NormaliseSubject(subject));

    [Theory]
    [InlineData("<abc@example.com>", "email:msgid:abc@example.com")]
    [InlineData("  abc@example.com ", "email:msgid:abc@example.com")]
    [InlineData("<abc@exa\r\n mple.com>", "email:msgid:abc@example.com")]
    [InlineData("<>", null)]
    [InlineData(null, null)]
    public void MessageIdKey_IsTheBareId(string? id, string? key) => Assert.Equal(key, MailThreading.MessageIdKey(id));

    [Fact]
    public void SubjectKey_IsSenderAndNormalisedSubject_OrNoneForAnEmptySubject()
    {
        Assert.Equal("email:subject:jane@example.com:order 42", MailThreading.SubjectKey("Jane@Example.com", "Re: Order 42"));
        Assert.Null(MailThreading.SubjectKey("jane@example.com", "Re: "));
    }

    [Fact]
    public void ReplyWithoutReferences_ChainsFromInReplyTo()
    {
        var mail = Mails.Plain(messageId: "b@x");
        mail.InReplyTo = "a@x";

        Assert.Equal(["a@x", "b@x"], MailThreading.ReplyReferences(mail, mail.MessageId).Select(node => (string?)node));
        Assert.Equal(["email:msgid:a@x"], MailThreading.AncestorKeys(mail));
    }
}
