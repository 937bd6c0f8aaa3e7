using System.Text.Json.Nodes;

namespace Router.Channels.Tests.Email;

/// <summary>Compares a read item with one manifest entry; fields the entry leaves out are not checked.</summary>
internal static class CorpusExpectations
{
    public static void Check(JsonObject expected, InboundMessage item, bool automatic)
    {
        var email = item.Attributes!["email"]!.AsObject();
        Assert.Equal(ChannelKind.Email, item.Channel);
        Assert.Equal((string?)expected["automatic"], (string?)email["automatic"]);
        Assert.Equal(expected["automatic"] is not null, automatic);
        Same(expected, "idempotencyKey", item.IdempotencyKey);
        Same(expected, "contactEmail", (string?)item.Contact!["email"]);
        Same(expected, "contactName", (string?)item.Contact!["name"]);
        Same(expected, "subject", item.Subject);
        Same(expected, "text", item.Text);
        Same(expected, "language", (string?)item.Attributes!["language"]);
        Same(expected, "senderSource", (string?)email["sender"]);
        Same(expected, "replyToAddress", (string?)item.ReplyTo!["address"]);
        if (expected["idempotencyKeyPrefix"] is { } prefix)
        {
            Assert.StartsWith((string)prefix!, item.IdempotencyKey, StringComparison.Ordinal);
        }

        if (expected["hasHtml"] is { } hasHtml)
        {
            Assert.Equal(hasHtml.GetValue<bool>(), email["hasHtml"]!.GetValue<bool>());
        }

        foreach (var part in Strings(expected, "textContains"))
        {
            Assert.Contains(part, item.Text, StringComparison.Ordinal);
        }

        foreach (var part in Strings(expected, "textExcludes"))
        {
            Assert.DoesNotContain(part, item.Text, StringComparison.Ordinal);
        }

        SameList(expected, "to", email["to"]!.AsArray().Select(node => (string?)node));
        SameList(expected, "cc", email["cc"]!.AsArray().Select(node => (string?)node));
        SameList(expected, "threadKeys", item.ThreadKeys.Select(key => key.Key));
        SameList(expected, "joinKeys", item.JoinKeys);
        SameList(expected, "replyToReferences", item.ReplyTo!["references"]!.AsArray().Select(node => (string?)node));
        SameList(expected, "attachmentNames", item.Attachments.Select(attachment => attachment.Name));
        SameList(expected, "attachmentTypes", item.Attachments.Select(attachment => attachment.ContentType));
        SameList(expected, "references", item.Attachments.Select(attachment => attachment.Reference));
        if (expected["attachmentSizes"] is JsonArray sizes)
        {
            Assert.Equal(sizes.Select(size => (long?)size), item.Attachments.Select(attachment => attachment.Size));
        }

        if (expected["attachments"] is { } count)
        {
            Assert.Equal(count.GetValue<int>(), item.Attachments.Count);
        }

        Assert.Equal(expected["rejected"]?.GetValue<int>() ?? 0, item.Attachments.Count(attachment => attachment.Rejected is not null));
    }

    /// <summary>What holds for every item: text without markup or control characters; a rejected file has no reference.</summary>
    public static void CheckAlwaysTrue(InboundMessage item)
    {
        Assert.DoesNotContain("<script", item.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<p>", item.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(item.Text!, c => char.IsControl(c) && c is not ('\n' or '\t'));
        Assert.DoesNotContain(item.Subject!, char.IsControl);
        Assert.All(item.Attachments, attachment => Assert.True(attachment.Rejected is null != (attachment.Reference is null)));
        Assert.Equal(item.Contact!["email"]!.GetValue<string>(), Assert.Single(item.Handles).Value);
    }

    private static void Same(JsonObject expected, string name, string? actual)
    {
        if (expected.ContainsKey(name))
        {
            Assert.Equal((string?)expected[name], actual);
        }
    }

    private static void SameList(JsonObject expected, string name, IEnumerable<string?> actual)
    {
        if (expected[name] is JsonArray list)
        {
            Assert.Equal(list.Select(node => (string?)node), actual);
        }
    }

    private static IEnumerable<string> Strings(JsonObject expected, string name) =>
        expected[name] is JsonArray list ? list.Select(node => (string)node!) : [];
}
