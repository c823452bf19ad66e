using NodaTime;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Periods;

namespace PerfRules.Runtime;

/// <summary>
/// The working state of one period while it is evaluated, and its complete record afterwards, which later periods
/// read through history functions. Values live in typed columns (one array per slot of the <see cref="FrameLayout"/>);
/// a null element is a missing value. Each row is written by one thread only.
/// </summary>
internal sealed class PeriodFrame
{
    private readonly Dictionary<int, int[]> _rowMaps = [];
    private readonly object _rowMapLock = new();

    // The maps of the nearest periods, read without the lock: every window call of every row asks for them.
    private readonly int[]?[] _nearRowMaps = new int[]?[16];

    // The frames of the nearest periods back, and which of them have been looked up (one bit per distance).
    private readonly PeriodFrame?[] _nearBack = new PeriodFrame?[16];
    private int _nearBackKnown;

    public PeriodFrame(FrameLayout layout, BoundPlan plan, PeriodSnapshot snapshot, HistoryIndex history)
    {
        Snapshot = snapshot;
        History = history;
        Count = snapshot.Count;
        var n = Count;

        Numbers = new decimal?[layout.NumberSlots][];
        Flags = new bool?[layout.FlagSlots][];
        Texts = new string?[layout.TextSlots][];
        Dates = new LocalDate?[layout.DateSlots][];

        // Inputs are read straight from the snapshot's columns; everything else gets a fresh column.
        foreach (var input in plan.Inputs)
        {
            var slot = layout.InputSlot(input);
            switch (snapshot.Columns[input.Index])
            {
                case NumberColumn c: Numbers[slot] = c.Values; break;
                case FlagColumn c: Flags[slot] = c.Values; break;
                case TextColumn c: Texts[slot] = c.Values; break;
                case DateColumn c: Dates[slot] = c.Values; break;
            }
        }

        for (var i = 0; i < Numbers.Length; i++) Numbers[i] ??= new decimal?[n];
        for (var i = 0; i < Flags.Length; i++) Flags[i] ??= new bool?[n];
        for (var i = 0; i < Texts.Length; i++) Texts[i] ??= new string?[n];
        for (var i = 0; i < Dates.Length; i++) Dates[i] ??= new LocalDate?[n];

        Kpis = new KpiColumns(layout.Kpis.Length, n);
        DimensionExact = NewColumns<decimal>(layout.Dimensions.Length, n);
        DimensionState = NewColumns<ScoreState>(layout.Dimensions.Length, n);
        TotalExact = new decimal?[n];
        Profile = new int[n];

        VetoHolds = NewColumns<bool>(plan.Vetoes.Length, n);
        Vetoed = new bool[n];
        var rankings = plan.NamedRankings.Length + 1;
        RankKeys = new RankKeyColumns[rankings];
        Ranks = NewColumns<int>(rankings, n);
        GroupSizes = NewColumns<int>(rankings, n);
        Groups = new string[rankings][];
        RankedRows = new int[rankings][];
        GradeLine = new int[n];
        LevelLines = NewColumns<int>(plan.Levels.Length, n);
        RequireFailed = NewColumns<bool>(plan.Payout?.Requires.Length ?? 0, n);
        MultiplierNote = new MultiplierNote[n];
        MultiplierLine = new int[n];
        FlagHolds = NewColumns<bool>(plan.Flags.Length, n);
        Memos = new HistoryMemo?[plan.HistorySlotCount];
        Aggregates = new AggregateTable?[plan.AggregateSlotCount];
        _rowsInEmployeeOrder = new Lazy<int[]>(SortRowsByEmployee);
    }

    private readonly Lazy<int[]> _rowsInEmployeeOrder;

    public PeriodSnapshot Snapshot { get; }
    public PerfPeriod Period => Snapshot.Period;
    public int Count { get; }
    public HistoryIndex History { get; }

    public decimal?[][] Numbers { get; }
    public bool?[][] Flags { get; }
    public string?[][] Texts { get; }
    public LocalDate?[][] Dates { get; }

    public KpiColumns Kpis { get; }
    /// <summary>Each dimension's exact score; read it only where <see cref="DimensionState"/> says Scored.</summary>
    public decimal[][] DimensionExact { get; }
    public ScoreState[][] DimensionState { get; }
    public decimal?[] TotalExact { get; }

    /// <summary>Index into the plan's profiles of the profile that scored each row.</summary>
    public int[] Profile { get; }

    public bool[][] VetoHolds { get; }
    public bool[] Vetoed { get; }
    public RankKeyColumns[] RankKeys { get; }
    public int[][] Ranks { get; }
    public int[][] GroupSizes { get; }
    public string[]?[] Groups { get; }

    /// <summary>Per ranking, every row by group (ordinal order of the names), then by rank; equal ranks in no set order.</summary>
    public int[]?[] RankedRows { get; }

    /// <summary>The grade line each row got, or -1 when the plan has no grades.</summary>
    public int[] GradeLine { get; }
    public int[][] LevelLines { get; }
    public bool[][] RequireFailed { get; }
    public MultiplierNote[] MultiplierNote { get; }

    /// <summary>The multiplier line that decided each row, or -1 (vetoed, a failed require, or no payout block).</summary>
    public int[] MultiplierLine { get; }
    public bool[][] FlagHolds { get; }

    /// <summary>Each row's link to the employee's last earlier row; set only for plans with whole-history windows.</summary>
    public EarlierRowLinks? EarlierRows { get; set; }

    /// <summary>Per history call site, values already worked out for this period (streaks, whole-history extremes).</summary>
    public HistoryMemo?[] Memos { get; }

    /// <summary>Per aggregate call site, its result for every group, computed on first read.</summary>
    public AggregateTable?[] Aggregates { get; }

    /// <summary>Rows in ordinal order of employee id: the order aggregates add their members in (spec 12.9).</summary>
    public int[] RowsInEmployeeOrder => _rowsInEmployeeOrder.Value;

    /// <summary>The frame <paramref name="distance"/> periods before this one, or null where no data was given for it.</summary>
    public PeriodFrame? Back(int distance)
    {
        // Every earlier frame is in the history before this one is evaluated, and none is added later, so the
        // answer for a near distance is looked up once and kept: history calls ask for it on every row.
        if (distance <= 0 || distance >= _nearBack.Length) return History.Find(Period.Ordinal - distance);
        var bit = 1 << distance;
        if ((Volatile.Read(ref _nearBackKnown) & bit) != 0) return _nearBack[distance];
        var earlier = History.Find(Period.Ordinal - distance);
        _nearBack[distance] = earlier;
        Interlocked.Or(ref _nearBackKnown, bit);
        return earlier;
    }

    /// <summary>
    /// For each row of this frame, the row of the same employee in <paramref name="earlier"/> (or -1). Built once per
    /// pair of frames and shared by every call site and thread.
    /// </summary>
    public int[] RowMapTo(PeriodFrame earlier, int distance)
    {
        var near = distance < _nearRowMaps.Length;
        if (near && Volatile.Read(ref _nearRowMaps[distance]) is { } known) return known;
        lock (_rowMapLock)
        {
            if (_rowMaps.TryGetValue(distance, out var map)) return map;
            map = new int[Count];
            var employees = Snapshot.Employees;
            for (var row = 0; row < map.Length; row++) map[row] = earlier.Snapshot.RowOf(employees[row]);
            _rowMaps[distance] = map;
            if (near) Volatile.Write(ref _nearRowMaps[distance], map);
            return map;
        }
    }

    private int[] SortRowsByEmployee()
    {
        var rows = new int[Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = i;
        var employees = Snapshot.Employees;
        Array.Sort(rows, (a, b) => string.CompareOrdinal(employees[a], employees[b]));
        return rows;
    }

    private static T[][] NewColumns<T>(int count, int rows)
    {
        var columns = new T[count][];
        for (var i = 0; i < count; i++) columns[i] = new T[rows];
        return columns;
    }
}

/// <summary>Whether a KPI or dimension counted for a row.</summary>
internal enum ScoreState : byte
{
    /// <summary>Not part of the row's profile.</summary>
    Absent,
    /// <summary>Scored from a value.</summary>
    Scored,
    /// <summary>The value was missing and, without <c>missing skip</c>, scored 0.</summary>
    MissingScoredZero,
    /// <summary>The value was missing and the KPI (or every KPI of the dimension) was left out.</summary>
    Skipped,
}

/// <summary>Why a row's multiplier is what it is, beyond the line that decided it.</summary>
internal enum MultiplierNote : byte
{
    None,
    Vetoed,
    RequireFailed,
    ValueMissing,
    ValueNegative,
}

/// <summary>Per-KPI columns: the exact score and whether it counted. The value scored is an input's or metric's column already.</summary>
internal sealed class KpiColumns
{
    public KpiColumns(int kpis, int rows)
    {
        Exact = new decimal[kpis][];
        State = new ScoreState[kpis][];
        for (var k = 0; k < kpis; k++)
        {
            Exact[k] = new decimal[rows];
            State[k] = new ScoreState[rows];
        }
    }

    /// <summary>The exact score, plain decimals: <see cref="State"/> says whether there is one (not Absent or Skipped).</summary>
    public decimal[][] Exact { get; }
    public ScoreState[][] State { get; }
}
