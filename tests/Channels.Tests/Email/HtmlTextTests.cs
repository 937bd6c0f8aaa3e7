using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>a</p><p>b</p>", "a\n\nb")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("<div>a</div><div>b</div>", "a\nb")]
    [InlineData("<ol><li>one</li><li>two</li></ol>", "- one\n- two")]
    [InlineData("<table><tr><td>Order</td><td>42</td></tr><tr><td>Total</td><td>9 &euro;</td></tr></table>", "Order 42\nTotal 9 €")]
    [InlineData("  lots \n\t of   space  ", "lots of space")]
    [InlineData("<pre>  keep\n    this</pre>", "  keep\n    this")]
    [InlineData("fish &amp; chips &lt;3 &#x1F600; &quot;x&quot;", "fish & chips <3 😀 \"x\"")]
    public void Layout_BecomesLinesAndSpaces(string html, string text) => Assert.Equal(text, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("<script>steal()</script>ok")]
    [InlineData("<style>body{}</style>ok")]
    [InlineData("<!-- note -->ok")]
    [InlineData("<template><p>later</p></template>ok")]
    [InlineData("<span hidden>preheader</span>ok")]
    [InlineData("<div style=\"display: none\">preheader</div>ok")]
    [InlineData("<div style=\"VISIBILITY:hidden\">preheader</div>ok")]
    [InlineData("<head><title>t</title></head><body>ok</body>")]
    [InlineData("o\u200Bk\u200C\uFEFF")]
    [InlineData("<svg><text>drawn</text></svg>ok")]
    public void WhatNobodySees_IsDropped(string html) => Assert.Equal("ok", HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("<a href=\"https://shop.example/t/1\">track it</a>", "track it (https://shop.example/t/1)")]
    [InlineData("<a href=\"https://shop.example/\">https://shop.example</a>", "https://shop.example")]
    [InlineData("<a href=\"mailto:x@example.com\">write us</a>", "write us")]
    [InlineData("<a href=\"javascript:evil()\">click</a>", "click")]
    public void Links_ShowWhereTheyGo_WhenTheirTextDoesNot(string html, string text) => Assert.Equal(text, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("<p>unclosed <b>bold <i>both</p> after")]
    [InlineData("</div></div><p>stray closers")]
    [InlineData("<<<>>>&&&;;;")]
    [InlineData("")]
    public void BrokenMarkup_NeverLeaksTags(string html) => Assert.DoesNotContain("<p", HtmlText.ToPlainText(html), StringComparison.Ordinal);

    [Fact]
    public void NestingDeeperThanAnyRealMail_IsReadFlat_StillWithoutScriptsOrTags()
    {
        var depth = FlatHtmlText.MaxNesting + 1;
        var html = "<script>steal()</script><!-- c --><style>p{}</style>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "a &amp; b < c<br>next" + string.Concat(Enumerable.Repeat("</div>", depth));

        Assert.True(FlatHtmlText.IsTooDeep(html));
        Assert.Equal("a & b < c\nnext", HtmlText.ToPlainText(html));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(FlatHtmlText.MaxNesting, false)]
    [InlineData(FlatHtmlText.MaxNesting + 1, true)]
    public void NestingDepth_IsEstimatedFromStartAndEndTags(int depth, bool tooDeep)
    {
        var html = string.Concat(Enumerable.Repeat("<div><p>x<br><img src=a>", depth)) + string.Concat(Enumerable.Repeat("</div>", depth));

        Assert.Equal(tooDeep, FlatHtmlText.IsTooDeep(html));
    }

    [Fact]
    public void ManyUnclosedParagraphsAndCells_AreNotDeep() =>
        Assert.False(FlatHtmlText.IsTooDeep(string.Concat(Enumerable.Repeat("<p>a<li>b<td>c<tr>", 5_000))));
}
