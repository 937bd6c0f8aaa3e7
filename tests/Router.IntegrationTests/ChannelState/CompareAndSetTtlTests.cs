using Router.Channels;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.ChannelState;

/// <summary>Compare-and-set may give the value an expiry, so bounded channel state (chat transcripts) does not pile up.</summary>
public sealed class CompareAndSetTtlTests
{
    [Fact]
    public async Task CompareAndSet_WithTtl_ExpiresTheKey_AndWithoutOne_KeepsNoExpiry()
    {
        await using var host = await RouterTestHost.StartAsync();
        var state = host.Service<IChannelState>();
        var redisKey = $"router:{{{host.Workspace}}}:ch:test:cas";

        Assert.True(await state.CompareAndSetAsync("test:cas", null, "1", TimeSpan.FromMinutes(5)));
        var ttl = await host.Redis.KeyTimeToLiveAsync(redisKey);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));

        Assert.True(await state.CompareAndSetAsync("test:cas", "1", "2"));
        Assert.Null(await host.Redis.KeyTimeToLiveAsync(redisKey));
        Assert.False(await state.CompareAndSetAsync("test:cas", "1", "3", TimeSpan.FromMinutes(5)));
        Assert.Equal("2", await state.GetAsync("test:cas"));
    }
}
