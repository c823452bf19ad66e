using NodaTime;
using NodaTime.Calendars;

namespace PerfRules.Periods;

/// <summary>
/// A calendar period: a day (<c>2025-07-14</c>), an ISO week (<c>2025-W07</c>: Monday first, numbered in its
/// week-numbering year), a month (<c>2025-07</c>), a quarter (<c>2025-Q3</c>) or a year (<c>2025</c>), within the
/// years 0001 to 9999. Periods order by their first day, then from the finer cadence to the coarser.
/// </summary>
/// <example>
/// <code>
/// var q3 = PerfPeriod.Parse("2025-Q3");
/// q3.Previous();                                        // 2025-Q2
/// PerfPeriod.Day(new LocalDate(2024, 12, 30))
///     .ContainingPeriod(Cadence.Week);                  // 2025-W01
/// </code>
/// </example>
public readonly struct PerfPeriod : IEquatable<PerfPeriod>, IComparable<PerfPeriod>
{
    private readonly LocalDate _start;
    private readonly Cadence _cadence;

    private PerfPeriod(Cadence cadence, LocalDate start)
    {
        _cadence = cadence;
        _start = start;
    }

    /// <summary>Day, week, month, quarter or year.</summary>
    public Cadence Cadence => _cadence;

    /// <summary>The first day of the period (a Monday for a week).</summary>
    public LocalDate Start => _start;

    /// <summary>The last day of the period (a Sunday for a week).</summary>
    public LocalDate End => _cadence switch
    {
        Cadence.Day => _start,
        Cadence.Week => _start.PlusDays(6),
        Cadence.Month => LastDayOf(_start.Year, _start.Month),
        Cadence.Quarter => LastDayOf(_start.Year, _start.Month + 2),
        _ => new LocalDate(_start.Year, 12, 31),
    };

    /// <summary>
    /// A number that grows by exactly 1 from each period to the next of the same cadence, so that
    /// "k periods before" and gaps between periods are plain subtraction. Comparable only within one cadence.
    /// </summary>
    public int Ordinal => _cadence switch
    {
        Cadence.Day => DayNumber(_start),
        // Day number 0 (0001-01-01) is a Monday, so the Mondays are exactly the multiples of 7.
        Cadence.Week => DayNumber(_start) / 7,
        Cadence.Month => ((_start.Year - 1) * 12) + _start.Month - 1,
        Cadence.Quarter => ((_start.Year - 1) * 4) + ((_start.Month - 1) / 3),
        _ => _start.Year,
    };

    /// <summary>The day <paramref name="date"/> (converted to the ISO calendar).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years 0001 to 9999.</exception>
    public static PerfPeriod Day(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        if (iso.Year < PeriodText.MinYear) throw new ArgumentOutOfRangeException(nameof(date), date, "A period lies within the years 0001 to 9999.");
        return new PerfPeriod(Cadence.Day, iso);
    }

    /// <summary>ISO week <paramref name="week"/> of the week-numbering year <paramref name="weekYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year has no such week (2025 has 52), or the week ends after 9999-12-31.</exception>
    public static PerfPeriod Week(int weekYear, int week) =>
        PeriodText.CheckWeek(weekYear, week) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(week), week, problem)
            : WeekUnchecked(weekYear, week);

    /// <summary>Month <paramref name="month"/> (1-12) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1-9999 or the month outside 1-12.</exception>
    public static PerfPeriod Month(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        return new PerfPeriod(Cadence.Month, new LocalDate(year, month, 1));
    }

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1-9999 or the quarter outside 1-4.</exception>
    public static PerfPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        return new PerfPeriod(Cadence.Quarter, new LocalDate(year, ((quarter - 1) * 3) + 1, 1));
    }

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1-9999.</exception>
    public static PerfPeriod Year(int year)
    {
        CheckYear(year);
        return new PerfPeriod(Cadence.Year, new LocalDate(year, 1, 1));
    }

    /// <summary>
    /// Reads the invariant text form, strictly: <c>2025-07-14</c>, <c>2025-W07</c>, <c>2025-07</c>,
    /// <c>2025-Q3</c> or <c>2025</c>; no spaces, a 4-digit year, two-digit month, week and day, uppercase Q and W.
    /// </summary>
    /// <exception cref="FormatException">The text is not a period; the message says why.</exception>
    public static PerfPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PeriodText.TryParse(text, out var period, out var problem)
            ? period
            : throw new FormatException($"'{text}' is not a period: {problem}.");
    }

    /// <summary>Reads the text form as <see cref="Parse"/> does, returning false instead of throwing.</summary>
    public static bool TryParse(string? text, out PerfPeriod period)
    {
        period = default;
        return text is not null && PeriodText.TryParse(text, out period, out _);
    }

    /// <summary>The period <paramref name="count"/> periods of the same cadence before this one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the years 0001 to 9999.</exception>
    public PerfPeriod Previous(int count = 1) => Next(-(long)count);

    /// <summary>The period <paramref name="count"/> periods of the same cadence after this one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the years 0001 to 9999.</exception>
    public PerfPeriod Next(int count = 1) => Next((long)count);

    /// <summary>
    /// Whether this period's rows can be combined into periods of <paramref name="cadence"/>: a period rolls up into
    /// its own cadence; a day into any coarser cadence (its week is its ISO week); a month into a quarter or a year;
    /// a quarter into a year. A week rolls up into nothing but a week, as it can straddle two months.
    /// </summary>
    public bool CanRollUpInto(Cadence cadence) =>
        cadence == _cadence
        || (_cadence != Cadence.Week && cadence != Cadence.Week && cadence > _cadence)
        || (_cadence == Cadence.Day && cadence == Cadence.Week);

    /// <summary>The period of <paramref name="cadence"/> that this one rolls up into (itself for its own cadence).</summary>
    /// <exception cref="InvalidOperationException">
    /// This period cannot roll up into that cadence (check <see cref="CanRollUpInto"/> first), or the containing
    /// week would end after 9999-12-31.
    /// </exception>
    public PerfPeriod ContainingPeriod(Cadence cadence)
    {
        if (!CanRollUpInto(cadence))
            throw new InvalidOperationException($"A {PeriodText.Name(_cadence)} does not roll up into a {PeriodText.Name(cadence)}.");
        return TryGetContainingPeriod(cadence, out var containing)
            ? containing
            : throw new InvalidOperationException($"The week of {this} ends after 9999-12-31.");
    }

    /// <summary>Whether every day of <paramref name="other"/> lies within this period (a month contains its days, and any week that lies wholly inside it).</summary>
    public bool Contains(PerfPeriod other) => other._start >= _start && other.End <= End;

    /// <summary>The text form: <c>2025-07-14</c>, <c>2025-W07</c>, <c>2025-07</c>, <c>2025-Q3</c> or <c>2025</c>.</summary>
    public override string ToString() => PeriodText.Format(this);

    /// <summary>Same cadence and same first day.</summary>
    public bool Equals(PerfPeriod other) => _cadence == other._cadence && _start == other._start;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PerfPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_cadence, _start);

    /// <summary>Orders by first day, then from the finer cadence to the coarser (2025-01-01, 2025-01, 2025-Q1, 2025).</summary>
    public int CompareTo(PerfPeriod other)
    {
        var byStart = _start.CompareTo(other._start);
        return byStart != 0 ? byStart : _cadence.CompareTo(other._cadence);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(PerfPeriod left, PerfPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PerfPeriod left, PerfPeriod right) => !left.Equals(right);

    /// <summary>Ordering, as <see cref="CompareTo"/>.</summary>
    public static bool operator <(PerfPeriod left, PerfPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, as <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PerfPeriod left, PerfPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, as <see cref="CompareTo"/>.</summary>
    public static bool operator >(PerfPeriod left, PerfPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, as <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PerfPeriod left, PerfPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The period of a cadence with a given <see cref="Ordinal"/>, or false when it lies outside the years 0001 to 9999.</summary>
    internal static bool TryFromOrdinal(Cadence cadence, long ordinal, out PerfPeriod period)
    {
        period = default;
        switch (cadence)
        {
            case Cadence.Day:
                if (ordinal < 0 || ordinal > PeriodText.MaxDayNumber) return false;
                period = new PerfPeriod(cadence, LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)ordinal)));
                return true;
            case Cadence.Week:
                if (ordinal < 0 || (ordinal * 7) + 6 > PeriodText.MaxDayNumber) return false;
                period = new PerfPeriod(cadence, LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)(ordinal * 7))));
                return true;
            case Cadence.Month:
                if (ordinal < 0 || ordinal >= PeriodText.MaxYear * 12) return false;
                period = Month((int)(ordinal / 12) + 1, (int)(ordinal % 12) + 1);
                return true;
            case Cadence.Quarter:
                if (ordinal < 0 || ordinal >= PeriodText.MaxYear * 4) return false;
                period = Quarter((int)(ordinal / 4) + 1, (int)(ordinal % 4) + 1);
                return true;
            default:
                if (ordinal < PeriodText.MinYear || ordinal > PeriodText.MaxYear) return false;
                period = Year((int)ordinal);
                return true;
        }
    }

    /// <summary>As <see cref="ContainingPeriod"/>, but false where it would throw.</summary>
    internal bool TryGetContainingPeriod(Cadence cadence, out PerfPeriod containing)
    {
        containing = this;
        if (cadence == _cadence) return true;
        if (!CanRollUpInto(cadence)) return false;
        switch (cadence)
        {
            case Cadence.Week when _cadence == Cadence.Day:
                var monday = _start.PlusDays(-((int)_start.DayOfWeek - (int)IsoDayOfWeek.Monday));
                if (DayNumber(monday) + 6 > PeriodText.MaxDayNumber) return false;
                containing = new PerfPeriod(Cadence.Week, monday);
                return true;
            case Cadence.Month:
                containing = Month(_start.Year, _start.Month);
                return true;
            case Cadence.Quarter:
                containing = Quarter(_start.Year, ((_start.Month - 1) / 3) + 1);
                return true;
            case Cadence.Year:
                containing = Year(_start.Year);
                return true;
            default:
                return true;
        }
    }

    /// <summary>The week without range checks, for callers that have checked it.</summary>
    internal static PerfPeriod WeekUnchecked(int weekYear, int week) =>
        new(Cadence.Week, WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday));

    internal static PerfPeriod DayUnchecked(LocalDate isoDate) => new(Cadence.Day, isoDate);

    private PerfPeriod Next(long count) =>
        TryFromOrdinal(_cadence, Ordinal + count, out var period)
            ? period
            : throw new ArgumentOutOfRangeException(nameof(count), count, $"{count} periods from {this} falls outside the years 0001 to 9999.");

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    private static LocalDate LastDayOf(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    private static void CheckYear(int year)
    {
        if (year is < PeriodText.MinYear or > PeriodText.MaxYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, "A period lies within the years 0001 to 9999.");
    }
}
