using System.Text.Json.Nodes;
using Router.Contacts;

namespace Router.Tests.Contacts;

/// <summary>Contact attributes merge as RFC 7396 JSON merge patches (its appendix examples).</summary>
public sealed class MergePatchTests
{
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [InlineData("""{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    [InlineData("""{"tier":"gold","n":12345678901234567}""", """{"tier":"platinum"}""", """{"tier":"platinum","n":12345678901234567}""")]
    public void Merge_FollowsRfc7396(string target, string patch, string expected)
    {
        var merged = JsonNode.Parse(target)!.AsObject();

        ContactAttributes.Merge(merged, JsonNode.Parse(patch)!.AsObject());

        Assert.Equal(expected, merged.ToJsonString());
    }
}
