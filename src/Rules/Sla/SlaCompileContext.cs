using Router.Rules.Calendars;
using Router.Rules.Routing;

namespace Router.Rules.Sla;

/// <summary>What compiling the policies of an SLA file needs to know besides the policy at hand.</summary>
/// <param name="Context">Collects the errors and parses expressions.</param>
/// <param name="Calendars">The calendars that compiled.</param>
/// <param name="CalendarNames">Every calendar the file names, broken ones too, so a broken calendar is reported once.</param>
/// <param name="KnownQueues">The routing queues, when the caller knows them.</param>
internal sealed record SlaCompileContext(
    CompileContext Context,
    IReadOnlyDictionary<string, BusinessCalendar> Calendars,
    IReadOnlySet<string> CalendarNames,
    IReadOnlySet<string>? KnownQueues);
