using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>Holiday dates kept as sorted, merged ranges, so a long range costs one entry and one lookup.</summary>
internal sealed class Holidays
{
    private readonly DateRange[] ranges;

    public Holidays(IEnumerable<DateRange> ranges)
    {
        var merged = new List<DateRange>();
        foreach (var range in ranges.OrderBy(r => r.From))
        {
            // Adjacent ranges merge too, so one lookup skips a run of holidays at once.
            if (merged.Count > 0 && range.From <= merged[^1].To.PlusDays(1))
            {
                merged[^1] = merged[^1] with { To = LocalDate.Max(merged[^1].To, range.To) };
            }
            else
            {
                merged.Add(range);
            }
        }

        this.ranges = [.. merged];
    }

    public bool IsEmpty => ranges.Length == 0;

    /// <summary>The last date of the holiday run that contains <paramref name="date"/>, or null on a working date.</summary>
    public LocalDate? RunEndingAfter(LocalDate date)
    {
        int low = 0, high = ranges.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var range = ranges[middle];
            if (date < range.From)
            {
                high = middle - 1;
            }
            else if (date > range.To)
            {
                low = middle + 1;
            }
            else
            {
                return range.To;
            }
        }

        return null;
    }
}
