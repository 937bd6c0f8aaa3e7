using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.WebChat;

/// <summary>
/// One host shared by the tests of a class, for tests that do not change its config: each uses visitors of its own,
/// and tests of one class run one after another, so before/after counts stay exact.
/// </summary>
public class ChatHostFixture : IAsyncLifetime
{
    public RouterTestHost Host { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings => ChatSite.Settings();

    public async Task InitializeAsync() => Host = await ChatSite.StartHostAsync(settings: Settings);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
