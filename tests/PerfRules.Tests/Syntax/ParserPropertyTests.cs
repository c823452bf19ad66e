using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Syntax;

/// <summary>Whatever the text, parsing returns: every problem is a diagnostic with a real position.</summary>
public class ParserPropertyTests
{
    [Property(MaxTest = 500)]
    public void Parsing_any_text_never_throws_and_places_every_diagnostic_in_the_text(string? text)
    {
        text ??= string.Empty;
        AssertWellFormed(text, Parsed.From(text));
    }

    [Property(Arbitrary = [typeof(PlanFragments)], MaxTest = 1000)]
    public void Parsing_shuffled_plan_fragments_never_throws(PlanSoup soup) =>
        AssertWellFormed(soup.Text, Parsed.From(soup.Text));

    private static void AssertWellFormed(string text, Parsed parsed)
    {
        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None).Length;
        Assert.All(parsed.Diagnostics, d =>
        {
            Assert.InRange(d.Line, 1, lines);
            Assert.True(d.Column >= 1);
            Assert.InRange(d.Span.End, 0, text.Length);
        });
        Assert.True(parsed.Diagnostics.Length <= 101);

        // Declarations come in text order and never overlap.
        var declarations = parsed.Plan.Declarations;
        for (var i = 1; i < declarations.Length; i++) Assert.True(declarations[i - 1].Span.End <= declarations[i].Span.Start);

        // Nothing is dropped silently: without diagnostics, every token lies inside a declaration.
        if (parsed.Diagnostics.IsEmpty)
        {
            var tokens = PerfTokenizer.Tokenize(text, new SyntaxErrors(new DiagnosticBag(null))).Tokens;
            Assert.All(tokens, t => Assert.Contains(declarations,
                d => d.Span.Start <= t.Position.Absolute && t.Position.Absolute < d.Span.End));
        }
    }

    /// <summary>Text made of pieces of real plans, so that the parser's deeper paths are reached.</summary>
    public sealed record PlanSoup(string Text)
    {
        public override string ToString() => Text;
    }

    public static class PlanFragments
    {
        private static readonly string[] Pieces =
        [
            "plan", "period", "input", "metric", "dimension", "weight", "kpi", "linear", "from", "to", "ladder",
            "prorated", "line", "at", "pays", "bands", "scores", "otherwise", "score", "missing", "skip", "veto", "grade",
            "rank", "by", "asc", "desc", "within", "grades", "top", "when", "payout", "require", "multiplier", "flag",
            "and", "or", "not", "true", "false", "optional", "month", "money", "sum", "min", "previous", "group_sum",
            "where", "profile", "award", "levels", "level", "abs", "if",
            "revenue", "team", "x", "café", "{", "}", "(", ")", ",", "=", "==", "<", ">=", "+", "-", "*", "/",
            "1", "95%", "-5", "1_500_000", "0.5", "1__0", "1.", "\"reason\"", "\"open", "\"bad \\q\"", "@", "\0",
            "// note", "\n", "\r\n", "\t",
        ];

        public static Arbitrary<PlanSoup> Soup() =>
            Gen.Elements(Pieces).ArrayOf()
                .Select(pieces => new PlanSoup(string.Join(" ", pieces)))
                .ToArbitrary();
    }
}
