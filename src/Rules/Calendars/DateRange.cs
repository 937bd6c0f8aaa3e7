using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>Local dates from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
internal readonly record struct DateRange(LocalDate From, LocalDate To);
