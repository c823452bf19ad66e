using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>What a name of the shared namespace (spec 3 and 12.9) stands for.</summary>
internal enum NameKind { Input, Metric, Dimension, GradeLine, Award, Levels }

/// <summary>The first declaration of a name in the shared namespace; <paramref name="Symbol"/> is its symbol where it has one.</summary>
internal sealed record DeclaredName(string Name, NameKind Kind, object? Symbol, SourceSpan Span);

/// <summary>
/// Everything the plan declares, collected before any expression is bound so that expressions may name things
/// declared further down the file. Lists hold every declaration, duplicates included (their bodies are still
/// checked); lookups see the first declaration of each name.
/// </summary>
internal sealed class DeclarationTable
{
    private readonly Dictionary<string, DeclaredName> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RankingSymbol> _rankings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProfileDeclaration> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScoreTarget> _scoreTargets = new(StringComparer.Ordinal);

    public string? PlanName { get; set; }

    /// <summary>Names of declarations the parser reported and left out: reading one is not a second mistake.</summary>
    public ImmutableHashSet<string> BrokenNames { get; set; } = ImmutableHashSet<string>.Empty;

    /// <summary>Reports an unknown name, unless it names a declaration that is already reported as broken.</summary>
    public void ReportUnknown(DiagnosticBag diagnostics, string name, SourceSpan span)
    {
        if (!BrokenNames.Contains(name)) diagnostics.Error(DiagnosticCode.UnknownName, span, name);
    }

    public Cadence? Cadence { get; set; }

    public List<InputSymbol> Inputs { get; } = [];

    public List<(MetricDeclaration Syntax, MetricSymbol Symbol)> Metrics { get; } = [];

    public List<DimensionDeclaration> TopLevelDimensions { get; } = [];

    public List<ProfileDeclaration> Profiles { get; } = [];

    public List<VetoDeclaration> Vetoes { get; } = [];

    /// <summary>The main ranking, declared or not; its keys are filled in by the ranking pass.</summary>
    public RankingSymbol MainRanking { get; } = new(null, SourceSpan.StartOfText);

    public RankDeclaration? MainRankSyntax { get; set; }

    public List<(RankDeclaration Syntax, RankingSymbol Symbol)> NamedRankings { get; } = [];

    public GradesDeclaration? GradesSyntax { get; set; }

    /// <summary>The grades block's symbol; null when the plan has no grades block.</summary>
    public ClassificationSymbol? Grades { get; set; }

    public List<(LevelsDeclaration Syntax, ClassificationSymbol Symbol)> Levels { get; } = [];

    public PayoutDeclaration? PayoutSyntax { get; set; }

    public List<(AwardDeclaration Syntax, AwardSymbol Symbol)> Awards { get; } = [];

    public List<FlagDeclaration> Flags { get; } = [];

    public bool TryDeclare(DeclaredName entry, out DeclaredName existing)
    {
        if (_names.TryGetValue(entry.Name, out existing!)) return false;
        _names.Add(entry.Name, entry);
        return true;
    }

    public DeclaredName? Lookup(string name) => _names.GetValueOrDefault(name);

    public bool TryDeclareRanking(string name, RankingSymbol ranking, out RankingSymbol existing)
    {
        if (_rankings.TryGetValue(name, out existing!)) return false;
        _rankings.Add(name, ranking);
        return true;
    }

    public RankingSymbol? LookupRanking(string name) => _rankings.GetValueOrDefault(name);

    public bool TryDeclareProfile(ProfileDeclaration profile, out ProfileDeclaration existing)
    {
        if (_profiles.TryGetValue(profile.Name.Name, out existing!)) return false;
        _profiles.Add(profile.Name.Name, profile);
        return true;
    }

    public bool IsProfile(string name) => _profiles.ContainsKey(name);

    /// <summary>Registers a dimension or KPI that <c>score(NAME)</c> may read; one target per name, shared by every use.</summary>
    public void AddScoreTarget(string name, bool isDimension)
    {
        if (!_scoreTargets.ContainsKey(name)) _scoreTargets.Add(name, new ScoreTarget(name, isDimension));
    }

    public ScoreTarget? LookupScoreTarget(string name) => _scoreTargets.GetValueOrDefault(name);

    /// <summary>
    /// The text input a <c>within</c> or <c>by</c> names; anything else is reported with <paramref name="wrongKind"/>
    /// ("'within x' needs a text input, but 'x' is a metric"), and an unknown name as such.
    /// </summary>
    public InputSymbol? ResolveTextInput(Identifier name, DiagnosticCode wrongKind, DiagnosticBag diagnostics)
    {
        var entry = Lookup(name.Name);
        if (entry is { Kind: NameKind.Input, Symbol: InputSymbol { Type: InputType.Text } input }) return input;
        if (entry is null && Describe(name.Name) == "not declared") ReportUnknown(diagnostics, name.Name, name.Span);
        else diagnostics.Error(wrongKind, name.Span, name.Name, Describe(name.Name));
        return null;
    }

    /// <summary>How a name reads in a message: "a money input", "a metric", "not declared".</summary>
    public string Describe(string name)
    {
        if (_names.TryGetValue(name, out var entry))
        {
            return entry.Kind switch
            {
                NameKind.Input => "a " + TypeNames.Keyword(((InputSymbol)entry.Symbol!).Type) + " input",
                NameKind.Metric => "a metric",
                NameKind.Dimension => "a dimension",
                NameKind.GradeLine => "a grade line",
                NameKind.Award => "an award",
                _ => "a levels block",
            };
        }

        if (_rankings.ContainsKey(name)) return "a ranking";
        if (_profiles.ContainsKey(name)) return "a profile";
        return BuiltinNames.IsBuiltin(name) ? "a built-in value or function" : "not declared";
    }
}
