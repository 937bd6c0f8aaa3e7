using System.Text.Json.Nodes;
using Router.Rules.Calendars;

namespace Router.Rules.Sla;

/// <summary>A compiled, validated <c>sla.json</c>. Immutable and thread-safe; a reload builds a new one.</summary>
public sealed class SlaPolicySet
{
    internal SlaPolicySet(IReadOnlyList<SlaPolicy> policies, SlaPolicy fallback, IReadOnlyDictionary<string, BusinessCalendar> calendars)
    {
        Policies = policies;
        Default = fallback;
        Calendars = calendars;
    }

    /// <summary>The policies in the order they are tried (the default not included).</summary>
    public IReadOnlyList<SlaPolicy> Policies { get; }

    /// <summary>The policy of items no other policy matches.</summary>
    public SlaPolicy Default { get; }

    /// <summary>The calendars by name.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>The first policy whose <c>when</c> holds for the item's facts, else <see cref="Default"/>.</summary>
    public SlaPolicy Match(JsonObject itemFacts) => Policies.FirstOrDefault(p => p.When!.Evaluate(itemFacts)) ?? Default;

    /// <summary>The policy named <paramref name="name"/> (<c>default</c> included), or null when a reload removed it.</summary>
    public SlaPolicy? Find(string name) =>
        name == SlaPolicy.DefaultName ? Default : Policies.FirstOrDefault(p => p.Name == name);
}
