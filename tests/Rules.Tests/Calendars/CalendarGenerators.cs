using CsCheck;
using NodaTime;
using Router.Rules.Calendars;

namespace Router.Rules.Tests.Calendars;

/// <summary>Random calendars in zones with awkward DST (half-hour shifts, midnight gaps, southern summers), starts and durations.</summary>
internal static class CalendarGenerators
{
    private static readonly string[] Zones =
        ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata", "America/Havana"];

    private static readonly Instant Earliest = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>0-3 non-overlapping periods on 15-minute marks (24:00 included).</summary>
    private static readonly Gen<IReadOnlyList<OpenPeriod>> Day =
        Gen.Int[0, 96].Array[0, 6].Select(marks =>
        {
            var sorted = marks.Distinct().Order().ToArray();
            var periods = new List<OpenPeriod>();
            for (var i = 0; i + 1 < sorted.Length; i += 2)
            {
                periods.Add(new OpenPeriod(sorted[i] * 15, sorted[i + 1] * 15));
            }

            return (IReadOnlyList<OpenPeriod>)periods;
        });

    private static readonly Gen<DateRange> Holiday =
        Gen.Select(Gen.Int[0, 730], Gen.Int[0, 20], (offset, length) =>
            new DateRange(new LocalDate(2026, 1, 1).PlusDays(offset), new LocalDate(2026, 1, 1).PlusDays(offset + length)));

    public static readonly Gen<BusinessCalendar> Calendar =
        Gen.Select(Gen.OneOf(Zones), Day.Array[7], Holiday.Array[0, 4], Gen.Int[0, 9], (zone, week, holidays, kind) =>
        {
            if (week.All(day => day.Count == 0))
            {
                week[0] = [new OpenPeriod(9 * 60, 17 * 60)];
            }

            return new BusinessCalendar("random", DateTimeZoneProviders.Tzdb[zone], kind == 0 ? null : week, holidays);
        });

    public static readonly Gen<Instant> Start = Gen.Long[0, 2L * 366 * 24 * 3600].Select(seconds => Earliest + Duration.FromSeconds(seconds));

    /// <summary>Up to 300 h, often whole quarter hours so that due times land exactly on period ends.</summary>
    public static readonly Gen<Duration> OpenTime = Gen.Frequency(
        (3, Gen.Long[0, 300L * 3600].Select(Duration.FromSeconds)),
        (2, Gen.Int[0, 1200].Select(quarters => Duration.FromMinutes(quarters * 15L))),
        (1, Gen.Const(Duration.Zero)));
}
