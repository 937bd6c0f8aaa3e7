using System.Net;
using System.Text.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_WhenRedisIsUnreachable_Is503_AndIntakeIs503ProblemJson()
    {
        // Nothing listens on port 1; the router starts anyway and says it is not ready.
        await using var host = await RouterTestHost.StartAsync(
            redisConnectionString: "127.0.0.1:1,connectTimeout=200,syncTimeout=500,asyncTimeout=500");

        var health = await host.Anonymous.GetAsync("/health");
        var intake = await host.Client.PostAsync("/v1/items", JsonContentOf(new { externalId = "x" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("unhealthy", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, intake.StatusCode);
        Assert.Equal("application/problem+json", intake.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(intake.Headers.RetryAfter);
    }

    private static StringContent JsonContentOf(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
