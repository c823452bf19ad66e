using PerfRules.Syntax.Ast;
using Superpower;
using Superpower.Model;
using static PerfRules.Syntax.TokenParsers;

namespace PerfRules.Syntax;

/// <summary>
/// KPIs and their scoring curves: <c>linear from A to B</c>, <c>ladder [prorated] { line ... }</c>,
/// <c>bands { at ... otherwise P }</c> and <c>score = EXPR</c>.
/// </summary>
/// <remarks>
/// Every parser is built once, in the constructor, and sequences use Superpower's <c>Parse.Sequence</c>
/// rather than query syntax, whose later clauses would build their parsers anew on every run.
/// </remarks>
internal sealed class CurveParser
{
    public CurveParser(ParseState state, ExpressionParser expressions)
    {
        var linear = Parse.Sequence(
                Keyword(PerfToken.Linear),
                Keyword(PerfToken.From, "after `linear`"),
                SignedNumber("the value scoring 0 after `from`"),
                Keyword(PerfToken.To, "after the value scoring 0"),
                SignedNumber("the value scoring 100 after `to`"))
            .Select(p => Curve(new LinearCurveSyntax(p.Item3, p.Item5, SpanOf(p.Item1).Through(p.Item5.Span))));

        var ladderLine = Parse.Sequence(
                Keyword(PerfToken.Line),
                Name(state, "a name for the ladder line after `line`"),
                Keyword(PerfToken.At, "after the line's name").IgnoreThen(SignedNumber("the line's threshold after `at`")),
                Keyword(PerfToken.Pays, "after the line's threshold"),
                Number("what the line pays after `pays`"))
            .Select(p => new LadderLineSyntax(p.Item2, p.Item3, p.Item5, SpanOf(p.Item1).Through(p.Item5.Span)));
        var ladderLines = ItemsUntilClose(ladderLine, "`line` or `}`");
        var openAfterLadder = Expect(PerfToken.LeftBrace, "`prorated` or `{` after `ladder`").IgnoreThen(ladderLines);
        var openAfterProrated = Expect(PerfToken.LeftBrace, "`{` after `prorated`").IgnoreThen(ladderLines);
        var ladder = Parse.Sequence(Keyword(PerfToken.Ladder), OptionalKeyword(PerfToken.Prorated))
            .Then(p => (p.Item2 is null ? openAfterLadder : openAfterProrated)
                .Select(lines => Curve(new LadderCurveSyntax(p.Item2 is not null, lines.Items, SpanOf(p.Item1).Through(SpanOf(lines.Close))))));

        var band = Parse.Sequence(
                Keyword(PerfToken.At),
                SignedNumber("the band's threshold after `at`"),
                Keyword(PerfToken.Scores, "after the band's threshold"),
                Number("the band's score after `scores`"))
            .Select(p => new BandSyntax(p.Item2, p.Item4, SpanOf(p.Item1).Through(p.Item4.Span)));
        var otherwise = Parse.Sequence(
            Number("the score after `otherwise`"),
            Expect(PerfToken.RightBrace, "`}` after the `otherwise` score: `otherwise` is the last band"));
        var otherwiseFirst = Expect(PerfToken.Otherwise, "`at` or `otherwise`").IgnoreThen(otherwise);
        var otherwiseNext = Expect(PerfToken.Otherwise, "`at`, or `otherwise` before the `}`").IgnoreThen(otherwise);
        var bands = Parse.Sequence(Keyword(PerfToken.Bands), Expect(PerfToken.LeftBrace, "`{` after `bands`"), band.Many())
            .Then(p => (p.Item3.Length == 0 ? otherwiseFirst : otherwiseNext)
                .Select(end => Curve(new BandsCurveSyntax([.. p.Item3], end.Item1, SpanOf(p.Item1).Through(SpanOf(end.Item2))))));

        var scoreCurve = Parse.Sequence(
                Keyword(PerfToken.Score),
                Expect(PerfToken.Assign, "`=` after `score`"),
                expressions.Expression.Named("an expression after `score =`"))
            .Select(p => Curve(new ScoreCurveSyntax(p.Item3, SpanOf(p.Item1).Through(p.Item3.Span))));

        var curve = linear.Or(ladder).Or(bands).Or(scoreCurve)
            .Named("a scoring curve (`linear`, `ladder`, `bands` or `score =`) after the KPI's weight");

        var missingSkip = OptionalAfter(PerfToken.Missing,
            Keyword(PerfToken.Skip, "after `missing`").Select(t => new Identifier(t.ToStringValue(), SpanOf(t))));

        Kpi = Parse.Sequence(
                Keyword(PerfToken.Kpi),
                Name(state, "the name of the metric the KPI scores after `kpi`"),
                Keyword(PerfToken.Weight, "after the KPI's metric").IgnoreThen(Number("the KPI's weight, such as 50%, after `weight`")),
                curve,
                missingSkip)
            .Select(p => new KpiSyntax(p.Item2, p.Item3, p.Item4, p.Item5 is not null,
                SpanOf(p.Item1).Through(p.Item5?.Span ?? p.Item4.Span)));
    }

    /// <summary><c>kpi METRIC weight W CURVE [missing skip]</c>.</summary>
    public TokenListParser<PerfToken, KpiSyntax> Kpi { get; }

    private static CurveSyntax Curve(CurveSyntax curve) => curve;
}
