using System.Text.Json.Nodes;
using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

/// <summary>Runs every mail in Corpus/ through the reader and checks it against Corpus/manifest.json.</summary>
public sealed class MailCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Email", "Corpus");

    private static readonly JsonObject Manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

    public static TheoryData<string> Files() => new(FileNames());

    [Fact]
    public void EveryCorpusMail_HasAnExpectedOutcome_AndEveryExpectationAMail()
    {
        var files = FileNames().ToHashSet();
        var listed = Manifest.Select(entry => entry.Key).Where(key => !key.StartsWith('$')).ToHashSet();
        Assert.Equal(listed.Order(), files.Order());
        Assert.True(files.Count >= 25, $"the corpus shrank to {files.Count} mails");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusMail_IsReadAsTheManifestSays(string file)
    {
        var expected = Manifest[file]!.AsObject();
        var options = new MailReaderOptions();
        if (expected["maxAttachmentBytes"] is { } limit)
        {
            options.MaxAttachmentBytes = limit.GetValue<long>();
        }

        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var reading = Mails.Reader(options).Read(new MemoryStream(bytes), Mails.Mailbox);

        if ((string)expected["expect"]! == "quarantine")
        {
            Assert.Null(reading.Message);
            Assert.Contains((string)expected["quarantineContains"]!, reading.QuarantineReason, StringComparison.Ordinal);
            Assert.Equal(expected["automatic"]?.GetValue<bool>() ?? false, reading.Automatic);
            return;
        }

        var item = reading.Item();
        CorpusExpectations.Check(expected, item, reading.Automatic);
        CorpusExpectations.CheckAlwaysTrue(item);

        var again = Mails.Reader(options).Read(new MemoryStream(bytes), Mails.Mailbox).Item();
        Assert.Equal(item.IdempotencyKey, again.IdempotencyKey);
    }

    private static IEnumerable<string> FileNames() => Directory.GetFiles(Folder, "*.eml").Select(path => Path.GetFileName(path)).Order();
}
