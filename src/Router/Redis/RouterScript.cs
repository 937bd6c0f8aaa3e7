namespace Router.Redis;

/// <summary>The Lua scripts in <c>Redis/Scripts</c>; each file's header names its KEYS and ARGV.</summary>
internal enum RouterScript
{
    Intake,
    Dispatch,
    Accept,
    Reject,
    Sweep,
    Complete,
    AgentUpsert,
    AgentStatus,
    Overflow,
    SlaFire,
    SlaPlan,
    SlaReply,
    ContactResolve,
    ContactMerge,
    ContactUnmerge,
    ReplyBegin,
    ReplyEnd,
    Transfer,
    ContactAttributes,
    Purge,
}
