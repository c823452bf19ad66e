using PerfRules.Syntax.Ast;
using Superpower.Model;

namespace PerfRules.Syntax.Formatting;

/// <summary>
/// Lays a syntax tree out in the canonical form, one construct a line: a declaration, a KPI, a ladder line, a band, a
/// grade or level line, a payout line; blocks open with <c>{</c> at the end of their first line and close with
/// <c>}</c> on a line of its own, their contents two spaces further in. Expressions are written with the fewest
/// parentheses that keep their tree; numbers and texts as written; tokens separated by single spaces.
/// </summary>
internal sealed class PlanLayout
{
    private readonly Token<PerfToken>[] _tokens;
    private readonly List<LayoutLine> _lines = [];
    private string _kind = "";
    private bool _starting;

    private PlanLayout(Token<PerfToken>[] tokens) => _tokens = tokens;

    public static List<LayoutLine> Of(PlanSyntax plan, TokenizedText tokenized)
    {
        var layout = new PlanLayout(tokenized.Tokens);
        foreach (var declaration in plan.Declarations)
        {
            layout._kind = KindOf(declaration);
            layout._starting = true;
            layout.Declaration(declaration);
        }

        return layout._lines;
    }

    // Declarations of one kind sit together; the plan's name and its period are one heading.
    private static string KindOf(DeclarationSyntax declaration) => declaration switch
    {
        PlanNameDeclaration or PeriodDeclaration => "heading",
        _ => declaration.GetType().Name,
    };

    private void Declaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case PlanNameDeclaration plan:
                Line(0, "plan " + ExpressionText.StringLiteral(plan.Name.Value), plan.Span.Start);
                break;
            case PeriodDeclaration period:
                Line(0, "period " + period.Cadence.Name, period.Span.Start);
                break;
            case InputDeclaration input:
                Line(0, Words("input", input.Name.Name, input.Type.Name, input.Rollup?.Name, input.Optional ? "optional" : null), input.Span.Start);
                break;
            case MetricDeclaration metric:
                Line(0, $"metric {metric.Name.Name} = {ExpressionText.Of(metric.Expression)}", metric.Span.Start);
                break;
            case DimensionDeclaration dimension:
                Dimension(dimension, 0);
                break;
            case VetoDeclaration veto:
                Line(0, Words("veto", ExpressionText.Of(veto.Condition), veto.Grade is { } grade ? "grade " + grade.Name : null,
                    ExpressionText.StringLiteral(veto.Reason.Value)), veto.Span.Start);
                break;
            case RankDeclaration rank:
                Line(0, Rank(rank), rank.Span.Start);
                break;
            case GradesDeclaration grades:
                Block(0, "grades", grades.Span, grades.Lines, ClassLine);
                break;
            case LevelsDeclaration levels:
                Block(0, "levels " + levels.Name.Name, levels.Span, levels.Lines, ClassLine);
                break;
            case PayoutDeclaration payout:
                Block(0, "payout", payout.Span, payout.Lines, PayoutLine);
                break;
            case FlagDeclaration flag:
                Line(0, $"flag {flag.Name.Name} when {ExpressionText.Of(flag.Condition)} {ExpressionText.StringLiteral(flag.Message.Value)}", flag.Span.Start);
                break;
            case ProfileDeclaration profile:
                Line(0, $"profile {profile.Name.Name} when {ExpressionText.Of(profile.Condition)} {{", profile.Span.Start, LineRole.OpensBlock);
                foreach (var dimension in profile.Dimensions) Dimension(dimension, 1);
                Close(0, "}", profile.Span);
                break;
            case AwardDeclaration award:
                Line(0, $"award {award.Name.Name} = {ExpressionText.Of(award.Expression)} {ExpressionText.StringLiteral(award.Label.Value)}", award.Span.Start);
                break;
            default:
                Verbatim(0, declaration);
                break;
        }
    }

    private static string Rank(RankDeclaration rank)
    {
        // The direction is always written, so that the default (desc) reads the same as a key that says it.
        var keys = rank.Keys.Select(k => ExpressionText.Of(k.Key) + (k.Descending ? " desc" : " asc"));
        return Words("rank", rank.Name?.Name, "by", string.Join(", ", keys), rank.Within is { } within ? "within " + within.Name : null);
    }

    private void Dimension(DimensionDeclaration dimension, int depth)
    {
        Line(depth, $"dimension {dimension.Name.Name} weight {dimension.Weight.Text} {{", dimension.Span.Start, LineRole.OpensBlock);
        foreach (var kpi in dimension.Kpis) Kpi(kpi, depth + 1);
        Close(depth, "}", dimension.Span);
    }

    private void Kpi(KpiSyntax kpi, int depth)
    {
        var head = $"kpi {kpi.Metric.Name} weight {kpi.Weight.Text} ";
        var skip = kpi.SkipWhenMissing ? " missing skip" : "";
        switch (kpi.Curve)
        {
            case LinearCurveSyntax linear:
                Line(depth, $"{head}linear from {linear.From.Text} to {linear.To.Text}{skip}", kpi.Span.Start);
                break;
            case ScoreCurveSyntax score:
                Line(depth, $"{head}score = {ExpressionText.Of(score.Expression)}{skip}", kpi.Span.Start);
                break;
            case LadderCurveSyntax ladder:
                Line(depth, head + (ladder.Prorated ? "ladder prorated {" : "ladder {"), kpi.Span.Start, LineRole.OpensBlock);
                foreach (var line in ladder.Lines)
                    Line(depth + 1, $"line {line.Name.Name} at {line.At.Text} pays {line.Pays.Text}", line.Span.Start);
                Close(depth, "}" + skip, ladder.Span);
                break;
            case BandsCurveSyntax bands:
                Line(depth, head + "bands {", kpi.Span.Start, LineRole.OpensBlock);
                foreach (var band in bands.Bands) Line(depth + 1, $"at {band.At.Text} scores {band.Scores.Text}", band.Span.Start);
                Line(depth + 1, "otherwise " + bands.Otherwise.Text, TokenStartBefore(bands.Otherwise.Span.Start));
                Close(depth, "}" + skip, bands.Span);
                break;
            default:
                Verbatim(depth, kpi);
                break;
        }
    }

    private static string ClassLine(ClassLineSyntax line) =>
        Words(line.Name.Name, line.Top is { } top ? "top " + top.Text : null, line.At is { } at ? "at " + at.Text : null,
            line.When is { } when ? "when " + ExpressionText.Of(when) : null);

    private string PayoutLine(PayoutLineSyntax line) => line switch
    {
        RequireLineSyntax require => $"require {ExpressionText.Of(require.Condition)} {ExpressionText.StringLiteral(require.Reason.Value)}",
        MultiplierLineSyntax multiplier => Words("multiplier", ExpressionText.Of(multiplier.Value),
            multiplier.When is { } when ? "when " + ExpressionText.Of(when) : null),
        _ => TokensOf(line),
    };

    private void Block<T>(int depth, string head, Diagnostics.SourceSpan span, ImmutableArray<T> items, Func<T, string> text)
        where T : SyntaxNode
    {
        Line(depth, head + " {", span.Start, LineRole.OpensBlock);
        foreach (var item in items) Line(depth + 1, text(item), item.Span.Start);
        Close(depth, "}", span);
    }

    // A block's span ends with its closing brace.
    private void Close(int depth, string text, Diagnostics.SourceSpan block) => Line(depth, text, block.End - 1, LineRole.ClosesBlock);

    private void Line(int depth, string text, int sourceStart, LineRole role = LineRole.Inner)
    {
        if (_starting) role |= LineRole.StartsDeclaration;
        _starting = false;
        _lines.Add(new LayoutLine(depth, text, sourceStart, _kind, role));
    }

    /// <summary>A construct this layout does not know: its tokens on one line, separated by single spaces.</summary>
    private void Verbatim(int depth, SyntaxNode node) => Line(depth, TokensOf(node), node.Span.Start);

    private string TokensOf(SyntaxNode node) =>
        string.Join(' ', _tokens
            .Where(t => t.Position.Absolute >= node.Span.Start && t.Position.Absolute < node.Span.End)
            .Select(t => t.ToStringValue()));

    /// <summary>The start of the token just before <paramref name="offset"/> (the keyword before a literal).</summary>
    private int TokenStartBefore(int offset)
    {
        int low = 0, high = _tokens.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_tokens[middle].Position.Absolute < offset) low = middle + 1;
            else high = middle;
        }

        return low > 0 ? _tokens[low - 1].Position.Absolute : offset;
    }

    private static string Words(params string?[] words) => string.Join(' ', words.Where(w => w is not null));
}
