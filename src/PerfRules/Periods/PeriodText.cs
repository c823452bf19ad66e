using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace PerfRules.Periods;

/// <summary>
/// The invariant text forms of periods and dates, read strictly and written canonically, so that one period has
/// exactly one spelling and two rows name the same period only when their texts are equal.
/// </summary>
internal static class PeriodText
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    /// <summary>The day number (days since 0001-01-01) of 9999-12-31, the last day a period may reach.</summary>
    public static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    private const string Shapes = "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025";

    /// <summary>The cadence as a word: day, week, month, quarter, year.</summary>
    public static string Name(Cadence cadence) => cadence switch
    {
        Cadence.Day => "day",
        Cadence.Week => "week",
        Cadence.Month => "month",
        Cadence.Quarter => "quarter",
        _ => "year",
    };

    public static string Format(PerfPeriod period)
    {
        var start = period.Start;
        var year = start.Year.ToString("D4", CultureInfo.InvariantCulture);
        return period.Cadence switch
        {
            Cadence.Day => string.Concat(year, "-", TwoDigits(start.Month), "-", TwoDigits(start.Day)),
            Cadence.Week => string.Concat(
                WeekYearRules.Iso.GetWeekYear(start).ToString("D4", CultureInfo.InvariantCulture),
                "-W",
                TwoDigits(WeekYearRules.Iso.GetWeekOfWeekYear(start))),
            Cadence.Month => string.Concat(year, "-", TwoDigits(start.Month)),
            Cadence.Quarter => string.Concat(year, "-Q", (((start.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture)),
            _ => year,
        };
    }

    /// <summary>Reads a period; on failure <paramref name="problem"/> says why, in words that follow "is not a period: ".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PerfPeriod period, out string problem)
    {
        period = default;
        problem = Shapes;
        if (text.Length is not (4 or 7 or 8 or 10) || !TryYear(text[..4], out var year, ref problem)) return false;
        if (text.Length == 4)
        {
            period = PerfPeriod.Year(year);
            return true;
        }

        if (text[4] != '-') return false;
        if (text.Length == 10)
        {
            if (!TryParseDate(text, out var date, out problem)) return false;
            period = PerfPeriod.DayUnchecked(date);
            return true;
        }

        var marker = text[5];
        if (marker is 'q' or 'w')
        {
            problem = "write 'Q' and 'W' in uppercase";
            return false;
        }

        if (text.Length == 7 && marker == 'Q')
        {
            if (!TryDigits(text[6..], out var quarter)) return false;
            if (quarter is < 1 or > 4)
            {
                problem = $"there is no quarter Q{quarter}";
                return false;
            }

            period = PerfPeriod.Quarter(year, quarter);
            return true;
        }

        if (text.Length == 8 && marker == 'W')
        {
            if (!TryDigits(text[6..], out var week)) return false;
            if (CheckWeek(year, week) is { } weekProblem)
            {
                problem = weekProblem;
                return false;
            }

            period = PerfPeriod.WeekUnchecked(year, week);
            return true;
        }

        if (text.Length != 7 || !TryDigits(text[5..], out var month)) return false;
        if (month is < 1 or > 12)
        {
            problem = $"there is no month {text[5..].ToString()}";
            return false;
        }

        period = PerfPeriod.Month(year, month);
        return true;
    }

    /// <summary>Reads a date written <c>yyyy-MM-dd</c> (years 0001 to 9999), strictly.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date, out string problem)
    {
        date = default;
        problem = "write a date as yyyy-MM-dd, such as 2025-07-14";
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!TryYear(text[..4], out var year, ref problem) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)) return false;
        if (month is < 1 or > 12)
        {
            problem = $"there is no month {text[5..7].ToString()}";
            return false;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            problem = day < 1
                ? "there is no day 00"
                : $"{text[..7].ToString()} has {daysInMonth.ToString(CultureInfo.InvariantCulture)} days";
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Null when <paramref name="weekYear"/> has ISO week <paramref name="week"/> and it ends by 9999-12-31; else why not.</summary>
    public static string? CheckWeek(int weekYear, int week)
    {
        if (weekYear is < MinYear or > MaxYear) return "the year must be 0001 to 9999";
        var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
            return week == 53
                ? $"{weekYear.ToString("D4", CultureInfo.InvariantCulture)} has 52 ISO weeks"
                : $"there is no week {week.ToString("D2", CultureInfo.InvariantCulture)}";
        var monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday);
        return monday.ToDateOnly().DayNumber + 6 > MaxDayNumber ? "the week ends after 9999-12-31" : null;
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int year, ref string problem)
    {
        if (!TryDigits(text, out year)) return false;
        if (year >= MinYear) return true;
        problem = "the year must be 0001 to 9999";
        return false;
    }

    /// <summary>ASCII digits only (no sign, no spaces, no other scripts' digits).</summary>
    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty) return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static string TwoDigits(int value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
