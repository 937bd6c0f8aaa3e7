using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>A stretch of open time, [<paramref name="Start"/>, <paramref name="End"/>).</summary>
internal readonly record struct OpenSpan(Instant Start, Instant End);
