using System.Collections.Frozen;
using System.Reflection;
using StackExchange.Redis;

namespace Router.Redis;

/// <summary>
/// Runs the router's Lua scripts. Each script is the shared <c>_lib*.lua</c> files (in name order) followed by its
/// own file; ARGV[1] is always the workspace prefix and ARGV[2] the current time in Unix milliseconds, taken from the
/// injected <see cref="TimeProvider"/>.
/// StackExchange.Redis sends EVALSHA once a script is known to the server and falls back to EVAL after NOSCRIPT.
/// </summary>
internal sealed class RouterScripts(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time)
{
    private static readonly FrozenDictionary<RouterScript, string> Sources = LoadSources();

    /// <summary>Runs <paramref name="script"/> with <paramref name="key"/> as KEYS[1] and ARGV[3..] from <paramref name="args"/>.</summary>
    public Task<RedisResult> RunAsync(RouterScript script, RedisKey key, params RedisValue[] args)
    {
        var values = new RedisValue[args.Length + 2];
        values[0] = keys.Prefix;
        values[1] = NowMilliseconds();
        args.CopyTo(values, 2);
        return redis.GetDatabase().ScriptEvaluateAsync(Sources[script], [key], values);
    }

    /// <summary>The current time as the scripts see it: Unix milliseconds with microsecond fractions.</summary>
    public double NowMilliseconds() => time.GetUtcNow().ToUnixTimeTicks() / (double)TimeSpan.TicksPerMillisecond;

    private static FrozenDictionary<RouterScript, string> LoadSources()
    {
        var assembly = typeof(RouterScripts).Assembly;
        var lib = string.Join("\n", assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("_lib", StringComparison.Ordinal) && n.EndsWith(".lua", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n)));
        return Enum.GetValues<RouterScript>().ToFrozenDictionary(
            s => s,
            s => lib + "\n" + Read(assembly, FileName(s)));
    }

    private static string FileName(RouterScript script) => script switch
    {
        RouterScript.AgentUpsert => "agent_upsert.lua",
        RouterScript.AgentStatus => "agent_status.lua",
        RouterScript.SlaFire => "sla_fire.lua",
        RouterScript.SlaPlan => "sla_plan.lua",
        RouterScript.SlaReply => "sla_reply.lua",
        RouterScript.ContactResolve => "contact_resolve.lua",
        RouterScript.ContactMerge => "contact_merge.lua",
        RouterScript.ContactUnmerge => "contact_unmerge.lua",
        RouterScript.ContactUpdate => "contact_update.lua",
        RouterScript.ReplyBegin => "reply_begin.lua",
        RouterScript.ReplyEnd => "reply_end.lua",
        _ => script.ToString().ToLowerInvariant() + ".lua",
    };

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded Lua script '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
