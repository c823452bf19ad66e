using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>
/// First pass over the tree: creates a symbol for every declaration, in file order, and reports the declarations
/// that are missing, repeated, or that name something already declared (spec 3, 12.1, 12.9).
/// </summary>
internal sealed class DeclarationCollector
{
    private const int DefaultProfileKey = -1;

    private readonly DeclarationTable _table = new();
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SourceSpan> _singletons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FlagDeclaration> _flags = new(StringComparer.Ordinal);

    /// <summary>
    /// Dimension names per profile declaration (by its position among the profiles, so that a profile declared
    /// twice is two profiles here): a name may repeat across profiles but not within one.
    /// </summary>
    private readonly Dictionary<(int Profile, string Dimension), SourceSpan> _dimensions = [];

    private DeclarationCollector(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public static DeclarationTable Collect(PlanSyntax plan, DiagnosticBag diagnostics)
    {
        // A declaration the parser could not read is left out of the tree; it may be the very period or dimension
        // that would seem missing, so those are asked for only of a text that parsed cleanly.
        var parsedCleanly = !diagnostics.HasErrors;
        var collector = new DeclarationCollector(diagnostics);
        collector._table.BrokenNames = plan.BrokenNames;
        foreach (var declaration in plan.Declarations) collector.Add(declaration);
        if (parsedCleanly) collector.CheckRequired();
        OutputColumns.Check(collector._table, diagnostics);
        return collector._table;
    }

    private void Add(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case PlanNameDeclaration plan:
                if (IsFirst("plan", plan.Span)) _table.PlanName = plan.Name.Value;
                break;
            case PeriodDeclaration period:
                if (IsFirst("period", period.Span)) _table.Cadence = DeclarationKeywords.ReadCadence(period.Cadence, _diagnostics);
                break;
            case InputDeclaration input:
                AddInput(input);
                break;
            case MetricDeclaration metric:
                var metricSymbol = new MetricSymbol(metric.Name.Name, metric.Name.Span);
                _table.Metrics.Add((metric, metricSymbol));
                Declare(metric.Name, NameKind.Metric, metricSymbol);
                break;
            case DimensionDeclaration dimension:
                _table.TopLevelDimensions.Add(dimension);
                AddDimension(dimension, DefaultProfileKey);
                break;
            case ProfileDeclaration profile:
                AddProfile(profile);
                break;
            case VetoDeclaration veto:
                _table.Vetoes.Add(veto);
                break;
            case RankDeclaration rank:
                AddRanking(rank);
                break;
            case GradesDeclaration grades:
                AddGrades(grades);
                break;
            case LevelsDeclaration levels:
                var levelsSymbol = new ClassificationSymbol(levels.Name.Name, [], levels.Name.Span);
                _table.Levels.Add((levels, levelsSymbol));
                Declare(levels.Name, NameKind.Levels, levelsSymbol);
                break;
            case PayoutDeclaration payout:
                if (IsFirst("payout", payout.Span)) _table.PayoutSyntax = payout;
                break;
            case FlagDeclaration flag:
                AddFlag(flag);
                break;
            case AwardDeclaration award:
                var awardSymbol = new AwardSymbol(award.Name.Name, award.Label.Value, award.Name.Span);
                _table.Awards.Add((award, awardSymbol));
                Declare(award.Name, NameKind.Award, awardSymbol);
                break;
            default:
                throw new InvalidOperationException($"Unexpected declaration {declaration.GetType().Name}.");
        }
    }

    private void AddInput(InputDeclaration input)
    {
        var type = DeclarationKeywords.ReadType(input.Type, _diagnostics);
        var rollup = DeclarationKeywords.ReadRollup(input.Rollup, type, _diagnostics);
        if (input.Name.Name == "employee") _diagnostics.Error(DiagnosticCode.InputNamedEmployee, input.Name.Span);
        var symbol = new InputSymbol(input.Name.Name, type ?? InputType.Number, rollup, input.Optional, _table.Inputs.Count, input.Name.Span);
        _table.Inputs.Add(symbol);
        Declare(input.Name, NameKind.Input, symbol);
    }

    private void AddProfile(ProfileDeclaration profile)
    {
        if (profile.Name.Name == "default")
        {
            _diagnostics.Error(DiagnosticCode.DefaultProfileName, profile.Name.Span);
        }
        else if (!_table.TryDeclareProfile(profile, out var first))
        {
            _diagnostics.Error(DiagnosticCode.DuplicateName, profile.Name.Span, profile.Name.Name, first.Name.Span.Line);
        }

        _table.Profiles.Add(profile);
        foreach (var dimension in profile.Dimensions) AddDimension(dimension, _table.Profiles.Count - 1);
    }

    private void AddDimension(DimensionDeclaration dimension, int profile)
    {
        var name = dimension.Name;
        _table.AddScoreTarget(name.Name, isDimension: true);
        if (_dimensions.TryGetValue((profile, name.Name), out var sameProfile))
        {
            _diagnostics.Error(DiagnosticCode.DuplicateName, name.Span, name.Name, sameProfile.Line);
        }
        else
        {
            _dimensions.Add((profile, name.Name), name.Span);

            // The same dimension in another profile is the same kind of dimension, not a second declaration.
            var existing = _table.Lookup(name.Name);
            if (existing is not { Kind: NameKind.Dimension }) Declare(name, NameKind.Dimension, null);
        }

        foreach (var kpi in dimension.Kpis)
        {
            // Only a name that is not a dimension can be a KPI's metric; a clash is reported as a duplicate.
            if (_table.LookupScoreTarget(kpi.Metric.Name) is null) _table.AddScoreTarget(kpi.Metric.Name, isDimension: false);
        }
    }

    private void AddRanking(RankDeclaration rank)
    {
        if (rank.Name is null)
        {
            if (IsFirst("rank by", rank.Span)) _table.MainRankSyntax = rank;
            return;
        }

        var symbol = new RankingSymbol(rank.Name.Name, rank.Name.Span);
        _table.NamedRankings.Add((rank, symbol));
        if (!_table.TryDeclareRanking(rank.Name.Name, symbol, out var first))
        {
            _diagnostics.Error(DiagnosticCode.DuplicateName, rank.Name.Span, rank.Name.Name, first.Span.Line);
        }
    }

    private void AddGrades(GradesDeclaration grades)
    {
        if (!IsFirst("grades", grades.Span)) return;
        _table.GradesSyntax = grades;
        _table.Grades = new ClassificationSymbol(null, [], grades.Span);
        foreach (var line in grades.Lines) Declare(line.Name, NameKind.GradeLine, null);
    }

    private void AddFlag(FlagDeclaration flag)
    {
        _table.Flags.Add(flag);

        // Flags have a namespace of their own: two flags of one name could not be told apart in the output.
        if (_flags.TryGetValue(flag.Name.Name, out var first))
        {
            _diagnostics.Error(DiagnosticCode.DuplicateName, flag.Name.Span, flag.Name.Name, first.Name.Span.Line);
        }
        else
        {
            _flags.Add(flag.Name.Name, flag);
        }
    }

    private void Declare(Identifier name, NameKind kind, object? symbol)
    {
        if (!_table.TryDeclare(new DeclaredName(name.Name, kind, symbol, name.Span), out var first))
        {
            _diagnostics.Error(DiagnosticCode.DuplicateName, name.Span, name.Name, first.Span.Line);
        }
    }

    /// <summary>Whether this is the first of a declaration allowed once; a repeat is reported and then ignored.</summary>
    private bool IsFirst(string keyword, SourceSpan span)
    {
        if (_singletons.TryGetValue(keyword, out var first))
        {
            _diagnostics.Error(DiagnosticCode.DuplicateDeclaration, span, keyword, first.Line);
            return false;
        }

        _singletons.Add(keyword, span);
        return true;
    }

    private void CheckRequired()
    {
        if (!_singletons.ContainsKey("period")) _diagnostics.Error(DiagnosticCode.PeriodMissing, SourceSpan.StartOfText);
        if (_table.TopLevelDimensions.Count == 0) _diagnostics.Error(DiagnosticCode.NoDimension, SourceSpan.StartOfText);
    }
}
