using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Router.Channels.Email;

namespace Router.Channels.Tests.Email;

public sealed class MailReadingExtensionsTests
{
    [Fact]
    public async Task WithNoConfig_TheReaderResolvesWithDefaults_AndReadsNoFax()
    {
        using var host = Build([]);
        await host.StartAsync();

        var reader = host.Services.GetRequiredService<MailReader>();
        Assert.Equal(ChannelKind.Email, reader.Read(Fax.FaxMails.Mail(), "support").Item().Channel);
        Assert.Equal(MailReaderOptions.DefaultMaxAttachmentBytes, host.Services.GetRequiredService<IOptions<MailReaderOptions>>().Value.MaxAttachmentBytes);
        await host.StopAsync();
    }

    [Fact]
    public async Task ConfiguredGateway_IsBoundFromConfig_AndUsedByTheReader()
    {
        using var host = Build(new()
        {
            ["Router:Email:Reading:MaxAttachmentBytes"] = "2048",
            ["Router:Fax:Gateways:0:Name"] = "acme",
            ["Router:Fax:Gateways:0:Senders:0"] = "@fax.acme.example",
            ["Router:Fax:Gateways:0:NumberPattern"] = @"from (?<number>\+[0-9 -]+)",
        });
        await host.StartAsync();

        var item = host.Services.GetRequiredService<MailReader>().Read(Fax.FaxMails.Mail(), "faxes").Item();

        Assert.Equal(ChannelKind.Fax, item.Channel);
        Assert.Equal("acme", (string?)item.Attributes!["fax"]!["gateway"]);
        Assert.Equal(2048, host.Services.GetRequiredService<IOptions<MailReaderOptions>>().Value.MaxAttachmentBytes);
        await host.StopAsync();
    }

    [Fact]
    public async Task ShippedConfig_Validates_AndItsExampleGatewayStaysOff()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(Path.Combine(RepoRoot(), "config", "appsettings.json"));
        builder.AddMailReading();
        using var host = builder.Build();
        await host.StartAsync();

        var fax = host.Services.GetRequiredService<IOptions<Channels.Fax.FaxOptions>>().Value;
        var example = Assert.Single(fax.Gateways);
        Assert.False(example.Enabled);
        var mail = Fax.FaxMails.Mail(from: "gw@fax.example.invalid");
        Assert.Equal(ChannelKind.Email, host.Services.GetRequiredService<MailReader>().Read(mail, "support").Item().Channel);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Router:Fax:Gateways:0:NumberPattern", "(?<nr>[0-9]+)", "group named 'number'")]
    [InlineData("Router:Email:Reading:MaxAttachmentBytes", "0", "MaxAttachmentBytes")]
    [InlineData("Router:Fax:DefaultRegion", "usa", "DefaultRegion")]
    public async Task InvalidSettings_StopTheHostAtStart(string key, string value, string named)
    {
        using var host = Build(new()
        {
            ["Router:Fax:Gateways:0:Name"] = "acme",
            ["Router:Fax:Gateways:0:Senders:0"] = "@fax.acme.example",
            [key] = value,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Router.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("Router.sln not found above the test binaries.");
        }

        return folder.FullName;
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMailReading().AddMailReading(); // a second call must change nothing
        return builder.Build();
    }
}
