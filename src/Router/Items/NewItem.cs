namespace Router.Items;

/// <summary>Everything intake has decided about an item before it is stored.</summary>
internal sealed record NewItem(
    string Id,
    string? ExternalId,
    string Channel,
    string Queue,
    bool Fifo,
    int Priority,
    ItemContent Content,
    string SkillsJson,
    string TagsJson,
    string? Rule,
    string Reason);
