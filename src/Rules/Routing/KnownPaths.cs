using Router.Rules.Expressions;

namespace Router.Rules.Routing;

/// <summary>The attribute types the static check knows, for item rules and for agent expressions.</summary>
internal static class KnownPaths
{
    public static readonly IReadOnlyDictionary<string, ValueKind> Item = new Dictionary<string, ValueKind>
    {
        ["channel"] = ValueKind.String,
        ["externalId"] = ValueKind.String,
        ["subject"] = ValueKind.String,
        ["text"] = ValueKind.String,
        ["contact"] = ValueKind.Map,
        ["attributes"] = ValueKind.Map,
    };

    public static readonly IReadOnlyDictionary<string, ValueKind> Agent = new Dictionary<string, ValueKind>
    {
        ["id"] = ValueKind.String,
        ["name"] = ValueKind.String,
        ["team"] = ValueKind.String,
        ["skills"] = ValueKind.Map,
        ["skills.*"] = ValueKind.Number,
        ["languages"] = ValueKind.List,
        ["capacity"] = ValueKind.Map,
        ["capacity.*"] = ValueKind.Number,
        ["maxItems"] = ValueKind.Number,
    };
}
