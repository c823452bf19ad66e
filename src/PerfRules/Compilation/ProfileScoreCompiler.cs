using System.Linq.Expressions;
using System.Reflection;
using PerfRules.Binding;
using PerfRules.Runtime;
using Expr = System.Linq.Expressions.Expression;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Compilation;

/// <summary>
/// Writes out, for one profile, the code that scores a row: every KPI's value and curve, the dimension and total sums
/// and the division by the weights left in, with the curves' lines and spans and the weights as constants. It does
/// exactly the decimal operations of <see cref="ScoreStage"/>, in the same order, and writes the same columns; it only
/// leaves out the per-KPI calls and lookups, and a linear or ladder curve's work for a value it has already scored in
/// this call (<see cref="CurveMemo"/>: the score kept for those very bits). An overflow, in a KPI's value or its
/// curve, throws, and the stage scores the run again through guarded code.
/// </summary>
/// <remarks>
/// There is no delegate (and the stage scores the profile's rows itself) where the constants cannot be worked out
/// ahead: a ladder whose pays or spans overflow when added, a span or a sum of weights that overflows, or a dimension
/// (or profile) with more than <see cref="MostLeftOut"/> KPIs (dimensions) that may be left out, or a profile with no
/// dimensions.
/// </remarks>
internal sealed class ProfileScoreCompiler
{
    // The sums of the weights left in are written out for every choice of those left out: 2^6 - 1 cases at most.
    private const int MostLeftOut = 6;

    private static readonly MethodInfo ClampScore = typeof(Arithmetic).GetMethod(nameof(Arithmetic.ClampScore))!;
    private static readonly MethodInfo AddTerm = typeof(Arithmetic).GetMethod(nameof(Arithmetic.AddTerm))!;
    private static readonly MethodInfo ShownOfExact = typeof(Arithmetic).GetMethod(nameof(Arithmetic.Shown), [typeof(decimal)])!;
    private static readonly MethodInfo ShownOfMaybe = typeof(Arithmetic).GetMethod(nameof(Arithmetic.Shown), [typeof(decimal?)])!;
    private static readonly Expr Missing = Expr.Constant(null, typeof(decimal?));


    private readonly ExpressionCompiler _compiler;
    private readonly ParameterExpression _frame;
    private readonly ParameterExpression _row;
    private readonly List<ParameterExpression> _variables = [];

    // The columns written, each read from the frame once per call rather than once per row: (what, index) -> local.
    private readonly Dictionary<(string Column, int Index), ParameterExpression> _columns = [];
    private readonly List<Expr> _loadColumns = [];

    // One CurveMemo per linear or ladder KPI, taken from the memos the score stage passes in (see ProfileCode).
    private readonly List<ParameterExpression> _memos = [];
    private readonly ParameterExpression _memoArray = Expr.Parameter(typeof(CurveMemo[]), "memos");

    private readonly bool _rememberCurves;

    private ProfileScoreCompiler(ExpressionCompiler compiler, bool rememberCurves)
    {
        _rememberCurves = rememberCurves;
        _compiler = compiler;
        _frame = compiler.Frame;
        _row = compiler.Row;
    }

    /// <summary>
    /// The profile's scorer of the rows from start up to, not including, end (all of that profile), or null where the
    /// stage must score its rows itself (see remarks).
    /// </summary>
    /// <remarks><paramref name="rememberCurves"/>: whether linear and ladder curves go through a <see cref="CurveMemo"/>; off only to measure what it is worth.</remarks>
    public static ProfileCode? Compile(ProfilePlan profile, int totalScoreSlot, ExpressionCompiler compiler, bool rememberCurves = true)
    {
        try
        {
            var writer = new ProfileScoreCompiler(compiler, rememberCurves);
            return writer.Profile(profile, totalScoreSlot) is { } row ? new(writer.OverRows(row, "score_" + profile.Symbol.Name), writer._memos.Count) : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // for (row = start; row < end; row++) { <one row> }, after loading the columns the row code writes.
    private Action<PeriodFrame, int, int, CurveMemo[]> OverRows(Expr oneRow, string name) =>
        RowLoop.Compile<Action<PeriodFrame, int, int, CurveMemo[]>>(
            _compiler,
            oneRow,
            name,
            [.. _columns.Values, .. _memos],
            [.. _loadColumns, .. _memos.Select((memo, m) => Expr.Assign(memo, Expr.ArrayIndex(_memoArray, Expr.Constant(m))))],
            _memoArray);

    private Expr? Profile(ProfilePlan profile, int totalScoreSlot)
    {
        var dimensions = profile.Dimensions;
        var dimensionsMayGo = dimensions.Select(d => d.Kpis.All(k => k.SkipWhenMissing)).ToArray();
        if (dimensions.IsEmpty || !profile.DimensionWeights.HasBits || dimensionsMayGo.Count(m => m) > MostLeftOut) return null;

        var total = Variable<decimal>("total");
        var anyDimension = Variable<bool>("anyDimension");
        var dimensionsLeftOut = Variable<int>("dimensionsLeftOut");
        var code = new List<Expr> { Expr.Assign(total, Expr.Constant(0m)), Expr.Assign(anyDimension, Expr.Constant(false)), Expr.Assign(dimensionsLeftOut, Expr.Constant(0)) };
        bool? anyDimensionKnown = false;
        for (var d = 0; d < dimensions.Length; d++)
        {
            if (Dimension(dimensions[d], d, dimensionsMayGo[d], total, anyDimension, anyDimensionKnown, dimensionsLeftOut) is not { } dimension) return null;
            code.Add(dimension);
            anyDimensionKnown = dimensionsMayGo[d] ? (anyDimensionKnown == true ? true : null) : true;
        }

        // Missing when every dimension was left out; divided by the weights left in when some were.
        Expr exact = dimensionsMayGo.Any(m => m)
            ? Expr.Condition(
                Expr.Not(anyDimension),
                Missing,
                Expr.Convert(DividedByWeightsLeftIn(total, dimensionsLeftOut, profile.DimensionWeights, dimensionsMayGo), typeof(decimal?)))
            : Expr.Convert(total, typeof(decimal?));
        var totalExact = Variable<decimal?>("totalExact");
        code.Add(Expr.Assign(totalExact, exact));
        code.Add(Expr.Assign(Element(nameof(PeriodFrame.TotalExact), -1), totalExact));
        code.Add(Expr.Assign(NumberElement(totalScoreSlot), Expr.Call(ShownOfMaybe, totalExact)));
        code.Add(Expr.Empty());
        return Expr.Block(_variables, code);
    }

    private Expr? Dimension(DimensionPlan dimension, int position, bool mayGo, ParameterExpression total, ParameterExpression anyDimension, bool? anyDimensionKnown, ParameterExpression dimensionsLeftOut)
    {
        var kpis = dimension.Kpis;
        var kpisMayGo = kpis.Select(k => k.SkipWhenMissing).ToArray();
        if (!dimension.KpiWeights.HasBits || kpisMayGo.Count(m => m) > MostLeftOut) return null;

        var sum = Variable<decimal>("sum_" + dimension.Symbol.Name);
        var anyKpi = Variable<bool>("anyKpi_" + dimension.Symbol.Name);
        var kpisLeftOut = Variable<int>("kpisLeftOut_" + dimension.Symbol.Name);
        var code = new List<Expr> { Expr.Assign(sum, Expr.Constant(0m)), Expr.Assign(anyKpi, Expr.Constant(false)), Expr.Assign(kpisLeftOut, Expr.Constant(0)) };
        bool? anyKpiKnown = false;
        for (var k = 0; k < kpis.Length; k++)
        {
            if (Kpi(kpis[k], k, sum, anyKpi, anyKpiKnown, kpisLeftOut) is not { } kpi) return null;
            code.Add(kpi);
            anyKpiKnown = kpisMayGo[k] ? (anyKpiKnown == true ? true : null) : true;
        }

        var exact = Variable<decimal>("exact_" + dimension.Symbol.Name);
        var scored = new List<Expr>
        {
            Expr.Assign(exact, kpisMayGo.Any(m => m) ? DividedByWeightsLeftIn(sum, kpisLeftOut, dimension.KpiWeights, kpisMayGo) : sum),
            Expr.Assign(DimensionElement(nameof(PeriodFrame.DimensionState), dimension.Index), Expr.Constant(ScoreState.Scored)),
            Expr.Assign(DimensionElement(nameof(PeriodFrame.DimensionExact), dimension.Index), exact),
        };
        if (dimension.TargetSlot >= 0) scored.Add(Expr.Assign(NumberElement(dimension.TargetSlot), Expr.Convert(Expr.Call(ShownOfExact, exact), typeof(decimal?))));
        scored.Add(AddWeighted(total, anyDimension, anyDimensionKnown, dimension.Weight, exact));
        if (!mayGo)
        {
            code.AddRange(scored);
            return Expr.Block(code);
        }

        var leftOut = Expr.Block(
            Expr.Assign(DimensionElement(nameof(PeriodFrame.DimensionState), dimension.Index), Expr.Constant(ScoreState.Skipped)),
            Expr.OrAssign(dimensionsLeftOut, Expr.Constant(WeightTable.Bit(position))),
            Expr.Empty());
        code.Add(Expr.IfThenElse(anyKpi, Expr.Block(scored), leftOut));
        return Expr.Block(code);
    }

    private Expr? Kpi(KpiPlan kpi, int position, ParameterExpression sum, ParameterExpression anyKpi, bool? anyKpiKnown, ParameterExpression kpisLeftOut)
    {
        var value = Variable<decimal?>("value_" + kpi.Symbol.Name);
        var given = Variable<decimal>("given_" + kpi.Symbol.Name);
        var exact = Variable<decimal>("score_" + kpi.Symbol.Name);
        var code = new List<Expr> { Expr.Assign(value, _compiler.CompileThrowing(kpi.Symbol.Value)) };

        // Whether the curve gives a score, and the score. Only an expression curve can fail on a value that is there.
        Expr hasScore;
        Expr score;
        if (kpi.Symbol.Curve is BoundExpressionCurve expression)
        {
            var result = Variable<decimal?>("curve_" + kpi.Symbol.Name);
            hasScore = Expr.AndAlso(
                IsThere(value),
                Expr.Block(Expr.Assign(result, _compiler.CompileThrowing(expression.Expression)), IsThere(result)));
            score = Expr.Call(ClampScore, Expr.Convert(result, typeof(decimal)));
        }
        else
        {
            if (Curve(kpi.Symbol.Curve, given) is not { } curve) return null;
            hasScore = IsThere(value);
            score = Expr.Block(Expr.Assign(given, Expr.Convert(value, typeof(decimal))), Remembered(kpi, given, curve));
        }

        var counted = new List<Expr>
        {
            Expr.Assign(KpiElement(nameof(KpiColumns.Exact), kpi.Index), exact),
        };
        if (kpi.TargetSlot >= 0) counted.Add(Expr.Assign(NumberElement(kpi.TargetSlot), Expr.Convert(Expr.Call(ShownOfExact, exact), typeof(decimal?))));
        counted.Add(AddWeighted(sum, anyKpi, anyKpiKnown, kpi.Weight, exact));

        var whenScored = Expr.Block(
            [Expr.Assign(exact, score), Expr.Assign(KpiElement(nameof(KpiColumns.State), kpi.Index), Expr.Constant(ScoreState.Scored)), .. counted]);
        var whenMissing = kpi.SkipWhenMissing
            ? Expr.Block(
                Expr.Assign(KpiElement(nameof(KpiColumns.State), kpi.Index), Expr.Constant(ScoreState.Skipped)),
                Expr.OrAssign(kpisLeftOut, Expr.Constant(WeightTable.Bit(position))),
                Expr.Empty())
            : Expr.Block(
                [Expr.Assign(exact, Expr.Constant(0m)), Expr.Assign(KpiElement(nameof(KpiColumns.State), kpi.Index), Expr.Constant(ScoreState.MissingScoredZero)), .. counted]);
        code.Add(Expr.IfThenElse(hasScore, whenScored, whenMissing));
        return Expr.Block(code);
    }

    // A linear or ladder curve's score through a memo of the values seen in this call (CurveMemo), since it divides;
    // bands only compare, which costs less than the lookup.
    private Expr Remembered(KpiPlan kpi, ParameterExpression given, Expr curve)
    {
        if (!_rememberCurves || kpi.Symbol.Curve is not (BoundLinearCurve or BoundLadderCurve)) return curve;
        var memo = Expr.Variable(typeof(CurveMemo), "memo_" + kpi.Symbol.Name);
        _memos.Add(memo);
        var remembered = Variable<decimal>("remembered_" + kpi.Symbol.Name);
        return Expr.Condition(
            Expr.Call(memo, nameof(CurveMemo.TryGet), null, given, remembered),
            remembered,
            Expr.Call(memo, nameof(CurveMemo.Remember), null, curve));
    }

    // The curves of CurveScorer, written out for a value that is there.
    private static Expr? Curve(BoundCurve curve, ParameterExpression value) => curve switch
    {
        BoundLinearCurve linear => Expr.Call(ClampScore, Expr.Multiply(
            Expr.Divide(Expr.Subtract(value, Expr.Constant(linear.From)), Expr.Constant(linear.To - linear.From)), Expr.Constant(100m))),
        BoundLadderCurve ladder => Ladder(ladder, value),
        BoundBandsCurve bands => Bands(bands, value),
        _ => null,
    };

    // reached 0: the pays of no line; reached i: the pays of lines 0..i-1 added in order, plus, when prorated and a line
    // is left, the next line's pays times the share of the way to it, clamped to [0, 1].
    private static Expr Ladder(BoundLadderCurve ladder, ParameterExpression value)
    {
        var lines = ladder.Lines;
        var paid = new decimal[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++) paid[i + 1] = paid[i] + lines[i].Pays;
        Expr score = Expr.Constant(paid[lines.Length]);
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var reaches = ladder.LowerIsBetter
                ? Expr.LessThanOrEqual(value, Expr.Constant(lines[i].At))
                : Expr.GreaterThanOrEqual(value, Expr.Constant(lines[i].At));
            Expr notReached = Expr.Constant(paid[i]);
            if (ladder.Prorated && i > 0)
            {
                var share = Expr.Divide(Expr.Subtract(value, Expr.Constant(lines[i - 1].At)), Expr.Constant(lines[i].At - lines[i - 1].At));
                notReached = Expr.Add(notReached, Expr.Multiply(Expr.Constant(lines[i].Pays), ClampToShare(share)));
            }

            score = Expr.Condition(reaches, score, notReached);
        }

        return score;
    }

    private static Expr ClampToShare(Expr share)
    {
        var s = Expr.Variable(typeof(decimal), "share");
        return Expr.Block(
            [s],
            Expr.Assign(s, share),
            Expr.Condition(Expr.LessThan(s, Expr.Constant(0m)), Expr.Constant(0m),
                Expr.Condition(Expr.GreaterThan(s, Expr.Constant(1m)), Expr.Constant(1m), s)));
    }

    private static Expr Bands(BoundBandsCurve bands, ParameterExpression value)
    {
        Expr score = Expr.Constant(bands.Otherwise);
        for (var i = bands.Bands.Length - 1; i >= 0; i--)
        {
            var band = bands.Bands[i];
            var reaches = bands.LowerIsBetter
                ? Expr.LessThanOrEqual(value, Expr.Constant(band.At))
                : Expr.GreaterThanOrEqual(value, Expr.Constant(band.At));
            score = Expr.Condition(reaches, Expr.Constant(band.Scores), score);
        }

        return score;
    }

    // sum + weight * term; the first term of a sum through Arithmetic.AddTerm, unless an earlier term is sure to be in.
    private static Expr AddWeighted(ParameterExpression sum, ParameterExpression any, bool? anyKnown, decimal weight, Expr term)
    {
        var weighted = Expr.Multiply(Expr.Constant(weight), term);
        return Expr.Block(
            Expr.Assign(sum, anyKnown == true ? Expr.Add(sum, weighted) : Expr.Call(AddTerm, sum, anyKnown == false ? Expr.Constant(false) : any, weighted)),
            Expr.Assign(any, Expr.Constant(true)));
    }

    // sum, or, when some were left out, sum divided by the sum of the weights left in: one constant per choice of
    // those left out, taken from the table the stage itself divides by.
    private static Expr DividedByWeightsLeftIn(ParameterExpression sum, ParameterExpression leftOut, WeightTable weights, bool[] mayGo)
    {
        var bits = Enumerable.Range(0, mayGo.Length).Where(i => mayGo[i]).Select(WeightTable.Bit).ToArray();
        var choices = Enumerable.Range(1, (1 << bits.Length) - 1)
            .Select(choice => bits.Where((_, b) => (choice & (1 << b)) != 0).Aggregate(0, (mask, bit) => mask | bit))
            .ToArray();
        var everyOne = choices[^1];
        var divisor = Expr.Switch(
            leftOut,
            Expr.Constant(weights.LeftIn(everyOne)),
            [.. choices[..^1].Select(mask => Expr.SwitchCase(Expr.Constant(weights.LeftIn(mask)), Expr.Constant(mask)))]);
        return Expr.Condition(Expr.Equal(leftOut, Expr.Constant(0)), sum, Expr.Divide(sum, divisor));
    }

    private static Expr IsThere(Expr maybe) => Expr.Not(Expr.Equal(maybe, Missing));

    private Expr KpiElement(string column, int kpi) => Element(column, kpi);

    private Expr DimensionElement(string column, int dimension) => Element(column, dimension);

    private Expr NumberElement(int slot) => Element(nameof(PeriodFrame.Numbers), slot);

    // column[row], the column loaded once per call: frame.Kpis.State[i], frame.DimensionExact[i], frame.Numbers[i],
    // frame.TotalExact (index -1), ...
    private Expr Element(string column, int index)
    {
        if (!_columns.TryGetValue((column, index), out var local))
        {
            Expr load = column switch
            {
                nameof(KpiColumns.State) or nameof(KpiColumns.Exact) => Expr.Property(Expr.Property(_frame, nameof(PeriodFrame.Kpis)), column),
                _ => Expr.Property(_frame, column),
            };
            if (index >= 0) load = Expr.ArrayIndex(load, Expr.Constant(index));
            local = Expr.Variable(load.Type, $"{column}_{index}");
            _columns[(column, index)] = local;
            _loadColumns.Add(Expr.Assign(local, load));
        }

        return Expr.ArrayAccess(local, _row);
    }

    private ParameterExpression Variable<T>(string name)
    {
        var variable = Expr.Variable(typeof(T), name);
        _variables.Add(variable);
        return variable;
    }
}
