using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Api;

public sealed class BadInputTests
{
    [Fact]
    public async Task UnknownChannel_Is400NamingTheField_AndWritesNothing()
    {
        await using var host = await RouterTestHost.StartAsync();
        var before = await host.WorkspaceKeysAsync();

        var response = await host.Client.PostAsJsonAsync("/v1/items", new { channel = "pigeon", externalId = "p1" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("pigeon", problem.GetProperty("errors").GetProperty("channel")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.WorkspaceKeysAsync());
    }

    [Theory]
    [InlineData("{\"queue\":\"nowhere\"}", "queue")]
    [InlineData("{\"priority\":5000}", "priority")]
    [InlineData("{\"priority\":-1}", "priority")]
    [InlineData("{\"externalId\":\"\"}", "externalId")]
    public async Task InvalidItemField_Is400NamingTheField_AndWritesNothing(string body, string field)
    {
        await using var host = await RouterTestHost.StartAsync();
        var before = await host.WorkspaceKeysAsync();

        var response = await host.Client.PostAsync("/v1/items", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await host.WorkspaceKeysAsync());
    }

    [Fact]
    public async Task MalformedJson_Is400SayingWhere_AndWritesNothing()
    {
        await using var host = await RouterTestHost.StartAsync();
        var before = await host.WorkspaceKeysAsync();

        var response = await host.Client.PostAsync("/v1/items", new StringContent("{\"externalId\": \"x\",", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.WorkspaceKeysAsync());
    }

    [Fact]
    public async Task OversizedBody_Is413_AndWritesNothing()
    {
        await using var host = await RouterTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Router:MaxRequestBodyBytes"] = "4096" });
        var before = await host.WorkspaceKeysAsync();

        var response = await host.Client.PostAsJsonAsync("/v1/items", new { externalId = "big", text = new string('x', 10_000) });

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.WorkspaceKeysAsync());
    }

    [Fact]
    public async Task NegativeCapacity_Is400_AndCreatesNoAgent()
    {
        await using var host = await RouterTestHost.StartAsync();

        var response = await host.Client.PutAsJsonAsync("/v1/agents/a1", new { capacity = new { email = -1 } });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("capacity.email", out _));
        Assert.Empty(await host.WorkspaceKeysAsync());
    }

    [Theory]
    [InlineData("{\"capacity\":{\"pigeon\":1}}", "capacity.pigeon")]
    [InlineData("{\"maxItems\":-3}", "maxItems")]
    [InlineData("{\"skills\":{\"billing\":-1}}", "skills.billing")]
    public async Task InvalidAgentField_Is400NamingTheField(string body, string field)
    {
        await using var host = await RouterTestHost.StartAsync();

        var response = await host.Client.PutAsync("/v1/agents/a1", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task AgentIdWithKeySyntax_Is400()
    {
        await using var host = await RouterTestHost.StartAsync();

        var response = await host.Client.PutAsJsonAsync("/v1/agents/a:b%7Bx%7D", new { capacity = new { api = 1 } });

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(await host.WorkspaceKeysAsync());
    }

    [Fact]
    public async Task UnknownStatus_Is400()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.PutAgentAsync("a1");

        var response = await host.Client.PutAsJsonAsync("/v1/agents/a1/status", new { status = "sleeping" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("sleeping", problem.GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/v1/items/nope")]
    [InlineData("POST", "/v1/items/nope/complete")]
    [InlineData("GET", "/v1/agents/nope")]
    [InlineData("PUT", "/v1/agents/nope/status")]
    [InlineData("GET", "/v1/agents/nope/offers")]
    [InlineData("POST", "/v1/offers/nope/accept")]
    [InlineData("POST", "/v1/offers/nope/reject")]
    public async Task UnknownId_Is404ProblemJson_AndWritesNothing(string method, string path)
    {
        await using var host = await RouterTestHost.StartAsync();

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { status = "available" }),
        });

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("nope", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await host.WorkspaceKeysAsync());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}
