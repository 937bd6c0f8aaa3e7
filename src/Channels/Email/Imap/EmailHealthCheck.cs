using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Router.Channels.Email.Imap;

/// <summary>
/// <c>email</c>: healthy while every watched folder is read here or by another instance (standby); degraded while one
/// is disconnected (its mail waits on the server and is read after the reconnect), naming it.
/// </summary>
internal sealed class EmailHealthCheck(MailboxStatusBoard board, IOptions<EmailOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Mailboxes.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No mailboxes configured."));
        }

        var snapshot = board.Snapshot();
        var data = snapshot.ToDictionary(
            e => e.Key, e => (object)(e.Value.Detail is null ? Name(e.Value.State) : $"{Name(e.Value.State)}: {e.Value.Detail}"));
        var down = snapshot.Where(e => e.Value.State is FolderState.Disconnected or FolderState.Connecting).Select(e => e.Key).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy($"{snapshot.Count} folder(s) watched.", data)
            : HealthCheckResult.Degraded($"Not connected: {string.Join(", ", down)}.", data: data));
    }

    private static string Name(FolderState state) => state.ToString().ToLowerInvariant();
}
