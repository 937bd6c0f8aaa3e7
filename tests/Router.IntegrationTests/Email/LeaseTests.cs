using Router.Channels;
using Router.Channels.Email.Imap;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>One router instance reads a mailbox at a time; another takes over when it stops or its lease lapses.</summary>
public sealed class LeaseTests
{
    [Fact]
    public async Task TwoInstances_OneReads_TheOtherTakesOverWhenItStops_NoMailIsIngestedTwice()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        var workspace = RouterTestHost.NewWorkspace();
        var settings = EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName());
        var a = await RouterTestHost.StartAsync(workspace, settings);
        var b = await RouterTestHost.StartAsync(workspace, settings);
        var running = new List<RouterTestHost> { a, b };
        try
        {
            await ReadThenHandOverAsync(user, running);
        }
        finally
        {
            foreach (var host in running)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task ReadThenHandOverAsync(ImapUser user, List<RouterTestHost> running)
    {
        var (a, b) = (running[0], running[1]);
        var first = Enumerable.Range(0, 6).Select(_ => TestMail.NewMessageId()).ToList();
        foreach (var id in first)
        {
            await user.AppendAsync(TestMail.Create(messageId: id));
        }

        await a.WaitForItemCountAsync(first.Count);
        var states = new[] { State(a), State(b) };
        Assert.Contains(FolderState.Reading, states);
        Assert.Contains(FolderState.Standby, states);

        var (reader, other) = State(a) == FolderState.Reading ? (a, b) : (b, a);
        running.Remove(reader);
        await reader.DisposeAsync();
        var later = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: later));
        await other.WaitForItemAsync(later);

        Assert.Equal(first.Count + 1, await other.ItemCountAsync());
        Assert.Equal(FolderState.Reading, State(other));
    }

    [Fact]
    public async Task LeaseHeldByAnInstanceThatDied_IsTakenOverOnceItLapses()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        var mailbox = EmailTestHost.NewMailboxName();
        var workspace = RouterTestHost.NewWorkspace();
        await using (var dead = await RouterTestHost.StartAsync(workspace))
        {
            // What a crashed instance leaves: a lease nobody renews.
            Assert.True(await dead.Service<IChannelState>().TryAcquireLeaseAsync($"email:{mailbox}:lease", "crashed", TimeSpan.FromSeconds(8)));
        }

        await using var host = await RouterTestHost.StartAsync(workspace, EmailTestHost.MailboxSettings(user, mailbox));
        var messageId = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: messageId));
        await Eventually.GetAsync(() => Task.FromResult(State(host)), s => s == FolderState.Standby, "standby while the lease is held");

        Assert.Empty(await host.ExternalIdsAsync()); // nothing is read while the lease is held
        await host.WaitForItemAsync(messageId, timeoutMs: 20_000);
        Assert.Equal(FolderState.Reading, State(host));
    }

    private static FolderState State(RouterTestHost host) => host.Service<MailboxStatusBoard>().Snapshot().Values.Single().State;
}
