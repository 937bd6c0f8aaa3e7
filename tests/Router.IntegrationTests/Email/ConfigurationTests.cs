using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>Bad email settings stop the router at start with every problem named; health reports each mailbox.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task InvalidMailboxSettings_StopTheStart_NamingEveryProblem()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Router:Email:Mailboxes:0:Name"] = "support",
            ["Router:Email:Mailboxes:0:Host"] = "imap.example.com",
            ["Router:Email:Mailboxes:0:User"] = "support",
            ["Router:Email:Mailboxes:0:Folders:0"] = "Processed",
            ["Router:Email:Mailboxes:1:Name"] = "Support",
            ["Router:Email:Mailboxes:1:Host"] = "",
            ["Router:Email:Mailboxes:1:User"] = "x",
            ["Router:Email:Mailboxes:1:Password"] = "x",
            ["Router:Email:Mailboxes:1:Channel"] = "sms",
            ["Router:Email:Mailboxes:1:IdleRenewSeconds"] = "1800",
            ["Router:Email:Acknowledgement:Enabled"] = "true",
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RouterTestHost.StartAsync(settings: settings));

        var message = error.Message;
        Assert.Contains("Mailboxes:0: set Password", message, StringComparison.Ordinal);
        Assert.Contains("Mailboxes:0:Folders must not include its ProcessedFolder", message, StringComparison.Ordinal);
        Assert.Contains("Mailboxes:1:Name 'Support' is used by another mailbox", message, StringComparison.Ordinal);
        Assert.Contains("Mailboxes:1:Host", message, StringComparison.Ordinal);
        Assert.Contains("Mailboxes:1:Channel must be email or fax", message, StringComparison.Ordinal);
        Assert.Contains("Mailboxes:1:IdleRenewSeconds", message, StringComparison.Ordinal);
        Assert.Contains("Acknowledgement:Enabled needs Router:Email:Smtp:Host", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_SaysHealthy_WhileTheMailboxIsRead()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        await using var reading = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName()));
        await reading.WaitUntilReadingAsync();

        Assert.Equal("healthy", await EmailHealthAsync(reading));
    }

    [Theory]
    [InlineData("Port")]
    [InlineData("Password")]
    public async Task Health_SaysDegraded_WhileTheServerIsAwayOrRefusesTheLogin(string broken)
    {
        var settings = EmailTestHost.MailboxSettings((await DovecotServer.GetAsync()).NewUser(), EmailTestHost.NewMailboxName());
        settings[$"Router:Email:Mailboxes:0:{broken}"] = broken == "Port"
            ? ScriptedServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "wrong";
        await using var host = await RouterTestHost.StartAsync(settings: settings);

        await Eventually.GetAsync(() => EmailHealthAsync(host), s => s == "degraded", "email health degraded", 10_000);
    }

    private static async Task<string> EmailHealthAsync(RouterTestHost host)
    {
        var health = await host.Anonymous.GetFromJsonAsync<JsonElement>("/health");
        return health.GetProperty("checks").GetProperty("email").GetProperty("status").GetString()!;
    }
}
