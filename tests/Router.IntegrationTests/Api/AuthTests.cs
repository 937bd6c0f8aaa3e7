using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Api;

public sealed class AuthTests
{
    [Theory]
    [InlineData("GET", "/v1/queues")]
    [InlineData("GET", "/v1/items/x")]
    [InlineData("POST", "/v1/items")]
    [InlineData("PUT", "/v1/agents/a1")]
    [InlineData("GET", "/v1/agents/a1/offers")]
    [InlineData("POST", "/v1/offers/o1/accept")]
    public async Task V1Route_WithoutKey_Is401ProblemJson(string method, string path)
    {
        await using var host = await RouterTestHost.StartAsync();

        var response = await host.Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { }),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task V1Route_WithWrongKey_Is401_AndCreatesNothing()
    {
        await using var host = await RouterTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/items") { Content = JsonContent.Create(new { externalId = "x" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key");

        var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await host.Redis.KeyExistsAsync($"router:{{{host.Workspace}}}:ext"));
    }

    [Fact]
    public async Task ApiKey_FromEnvironmentStyleOverride_IsAccepted_AndFileKeyStillWorks()
    {
        await using var host = await RouterTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Router:ApiKeys:1"] = "second-key" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/queues");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "second-key");

        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v1/queues")).StatusCode);
    }

    [Fact]
    public async Task Health_AnswersWithoutKey()
    {
        await using var host = await RouterTestHost.StartAsync();

        var response = await host.Anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"redis\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
