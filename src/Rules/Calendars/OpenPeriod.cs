namespace Router.Rules.Calendars;

/// <summary>One open period of a weekday, in minutes after local midnight; <c>EndMinute</c> 1440 means 24:00.</summary>
internal readonly record struct OpenPeriod(int StartMinute, int EndMinute);
