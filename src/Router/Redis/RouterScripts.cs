using System.Collections.Frozen;
using System.Reflection;
using StackExchange.Redis;

namespace Router.Redis;

/// <summary>
/// Runs the router's Lua scripts. Each script is the shared <c>_lib*.lua</c> files (in name order) followed by its
/// own file; ARGV[1] is always the workspace prefix and ARGV[2] the current time in Unix milliseconds, taken from the
/// injected <see cref="TimeProvider"/>.
/// Each call is an EVALSHA by the script's precomputed SHA-1; after NOSCRIPT (a restarted or flushed Redis forgot its
/// scripts) it is sent once as EVAL, which loads it again. Nothing ran when Redis answers NOSCRIPT, so the second try
/// cannot apply anything twice. (StackExchange.Redis's own string overload does the same but hashes the whole script
/// text, several kilobytes with the shared helpers, on every call to find it in its cache: measurable per item.)
/// </summary>
internal sealed class RouterScripts(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time)
{
    // Runs a script body at most once per key: the bus's redeliveries (see RunOnceAsync). The key and its lifetime
    // ride as the last two ARGV, removed before the body runs; only an 'ok' outcome is remembered, so a rejected
    // command or a lost compare-and-set race can run again.
    private const string OncePrologue = """
        local ONCE_TTL = table.remove(ARGV)
        local ONCE_KEY = table.remove(ARGV)
        if redis.call('EXISTS', ONCE_KEY) == 1 then
          return { 'duplicate' }
        end
        local ONCE_RESULT = (function()
        """;

    private const string OnceEpilogue = """

        end)()
        if type(ONCE_RESULT) == 'table' and ONCE_RESULT[1] == 'ok' then
          redis.call('SET', ONCE_KEY, NOW, 'PX', ONCE_TTL)
        end
        return ONCE_RESULT
        """;

    private static readonly FrozenDictionary<RouterScript, ScriptSource> Sources = LoadSources();

    /// <summary>Runs <paramref name="script"/> with <paramref name="key"/> as KEYS[1] and ARGV[3..] from <paramref name="args"/>.</summary>
    public Task<RedisResult> RunAsync(RouterScript script, RedisKey key, params RedisValue[] args) =>
        RunAtAsync(script, key, NowMilliseconds(), args);

    /// <summary>As <see cref="RunAsync"/>, with the script's now fixed by the caller (Unix ms), so it matches a time the caller already used.</summary>
    public Task<RedisResult> RunAtAsync(RouterScript script, RedisKey key, double now, params RedisValue[] args)
    {
        var values = new RedisValue[args.Length + 2];
        values[0] = keys.Prefix;
        values[1] = now;
        args.CopyTo(values, 2);
        return EvaluateAsync(Sources[script], [key], values);
    }

    /// <summary>
    /// Runs <paramref name="script"/> as <see cref="RunAsync"/> does, unless a run with the same <paramref name="onceKey"/>
    /// returned <c>ok</c> within <paramref name="remember"/>: then it changes nothing and returns <c>{ 'duplicate' }</c>.
    /// The check, the effect and the remembering are one script, so they are atomic.
    /// </summary>
    public Task<RedisResult> RunOnceAsync(RouterScript script, RedisKey key, RedisKey onceKey, TimeSpan remember, params RedisValue[] args)
    {
        var values = new RedisValue[args.Length + 4];
        values[0] = keys.Prefix;
        values[1] = NowMilliseconds();
        args.CopyTo(values, 2);
        values[^2] = onceKey.ToString();
        values[^1] = (long)remember.TotalMilliseconds;
        return EvaluateAsync(OnceSources[script], [key, onceKey], values);
    }

    /// <summary>The current time as the scripts see it: Unix milliseconds with microsecond fractions.</summary>
    public double NowMilliseconds() => time.GetUtcNow().ToUnixTimeTicks() / (double)TimeSpan.TicksPerMillisecond;

    private static readonly FrozenDictionary<RouterScript, ScriptSource> OnceSources = LoadSources(once: true);

    private async Task<RedisResult> EvaluateAsync(ScriptSource script, RedisKey[] scriptKeys, RedisValue[] values)
    {
        var db = redis.GetDatabase();
        try
        {
            return await db.ScriptEvaluateAsync(script.Sha1, scriptKeys, values);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await db.ScriptEvaluateAsync(script.Text, scriptKeys, values);
        }
    }

    private static FrozenDictionary<RouterScript, ScriptSource> LoadSources(bool once = false)
    {
        var assembly = typeof(RouterScripts).Assembly;
        var lib = string.Join("\n", assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("_lib", StringComparison.Ordinal) && n.EndsWith(".lua", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n)));
        return Enum.GetValues<RouterScript>().ToFrozenDictionary(
            s => s,
            s => new ScriptSource(once
                ? lib + "\n" + OncePrologue + Read(assembly, FileName(s)) + OnceEpilogue
                : lib + "\n" + Read(assembly, FileName(s))));
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
        RouterScript.ReplyBegin => "reply_begin.lua",
        RouterScript.ReplyEnd => "reply_end.lua",
        RouterScript.ContactAttributes => "contact_attributes.lua",
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
