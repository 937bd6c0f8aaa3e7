using System.Globalization;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// The script calls in Redis's <c>INFO commandstats</c> between two points: EVALSHA (and EVAL, if the script had to be
/// loaded) calls and the server's own time in them, which excludes the network and the client.
/// </summary>
internal sealed class CommandStats
{
    private readonly IServer server;
    private readonly (long Calls, long Micros) start;

    private CommandStats(IServer server, (long Calls, long Micros) start)
    {
        this.server = server;
        this.start = start;
    }

    public static async Task<CommandStats> StartAsync(IServer server) => new(server, await ReadAsync(server));

    /// <summary>Script calls and server microseconds since <see cref="StartAsync"/>.</summary>
    public async Task<(long Calls, long Micros)> StopAsync()
    {
        var end = await ReadAsync(server);
        return (end.Calls - start.Calls, end.Micros - start.Micros);
    }

    private static async Task<(long Calls, long Micros)> ReadAsync(IServer server)
    {
        // cmdstat_evalsha:calls=123,usec=456,usec_per_call=3.71,rejected_calls=0,failed_calls=0
        long calls = 0, micros = 0;
        foreach (var (key, value) in (await server.InfoAsync("commandstats")).SelectMany(g => g))
        {
            if (key is "cmdstat_evalsha" or "cmdstat_eval")
            {
                var fields = value.Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
                calls += long.Parse(fields["calls"], CultureInfo.InvariantCulture);
                micros += long.Parse(fields["usec"], CultureInfo.InvariantCulture);
            }
        }

        return (calls, micros);
    }
}
