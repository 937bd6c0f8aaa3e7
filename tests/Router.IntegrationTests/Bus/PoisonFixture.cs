using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Bus;

/// <summary>One bus and one router host for all the poison cases: each case uses its own message-ids.</summary>
public sealed class PoisonFixture : IAsyncLifetime
{
    public TestBus Bus { get; private set; } = null!;

    public RouterTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bus = await TestBus.CreateAsync();
        Host = await RouterTestHost.StartAsync(settings: Bus.Settings());
        await Host.Client.PutAgentAsync("a1");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Bus.DisposeAsync();
    }
}
