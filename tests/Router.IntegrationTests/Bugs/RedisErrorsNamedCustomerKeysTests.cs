using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Router.IntegrationTests.Bus;
using Router.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Router.IntegrationTests.Bugs;

/// <summary>
/// Found by the fault suite's log scan: StackExchange.Redis names the failed command's key in its error message, keys
/// hold customers' handles (a chat transcript key holds the visitor id, an SMS opt-out key the phone number), and
/// those errors are logged, so a Redis outage wrote visitor ids into the log.
/// </summary>
public sealed class RedisErrorsNamedCustomerKeysTests
{
    [Fact]
    public async Task RedisAway_TheErrorDoesNotNameTheKey()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var host = await RouterTestHost.StartAsync(redisConnectionString: redis.ConnectionString);
        await redis.StopAsync();

        var error = await Assert.ThrowsAnyAsync<RedisException>(() =>
            host.Service<IConnectionMultiplexer>().GetDatabase().StringGetAsync("router:{x}:ch:sms:optout:+14155550100"));

        Assert.DoesNotContain("+14155550100", error.ToString(), StringComparison.Ordinal);
        Assert.False(host.Service<IOptions<RedisOptions>>().Value.Configuration.IncludeDetailInExceptions, "the SignalR backplane's errors would name its channels, which hold visitor ids");
    }
}
