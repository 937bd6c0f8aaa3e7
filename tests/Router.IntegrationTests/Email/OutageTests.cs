using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Router.IntegrationTests.Email;

/// <summary>While items cannot be stored, mail waits on the server; it is ingested, once each, when storage is back.</summary>
public sealed class OutageTests
{
    [Fact]
    public async Task MailThatArrivesWhileRedisIsAway_StaysInTheMailbox_AndBecomesItemsOnceItIsBack()
    {
        await using var redis = await KillableRedis.StartAsync();
        var user = (await DovecotServer.GetAsync()).NewUser();
        await using var host = await RouterTestHost.StartAsync(
            settings: EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName()), redisConnectionString: redis.ConnectionString);
        var before = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: before));
        await host.WaitForItemAsync(before);

        await redis.KillAsync();
        var during = Enumerable.Range(0, 3).Select(_ => TestMail.NewMessageId()).ToList();
        foreach (var id in during)
        {
            await user.AppendAsync(TestMail.Create(messageId: id));
        }

        await Task.Delay(1500); // long enough for the watcher to see the mail and fail to store it
        Assert.Equal(3, await user.CountAsync("INBOX"));

        await redis.RestartAsync();
        await Eventually.GetAsync(() => ReconnectedAsync(host), ok => ok, "the host's Redis connection back", 10_000);
        foreach (var id in during)
        {
            await host.WaitForItemAsync(id, timeoutMs: 20_000);
        }

        Assert.Equal(4, await host.ItemCountAsync());
        await Eventually.GetAsync(() => user.CountAsync("INBOX"), n => n == 0, "an empty INBOX");
    }

    private static async Task<bool> ReconnectedAsync(RouterTestHost host)
    {
        try
        {
            await host.Redis.PingAsync();
            return true;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }
}
