namespace Router.Items;

/// <summary>Everything intake has decided about an item before it is stored.</summary>
/// <param name="Conversation">Contact, thread keys and reply addressing; <see cref="ItemConversation.None"/> for none.</param>
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
    string Reason,
    ItemConversation Conversation);
