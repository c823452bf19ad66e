using PerfRules.Syntax.Ast;
using Superpower;
using Superpower.Model;
using static PerfRules.Syntax.TokenParsers;

namespace PerfRules.Syntax;

/// <summary>
/// The top-level declarations. <see cref="Declaration"/> reads exactly one, chosen by its first keyword; the
/// caller loops and recovers from errors. Like <see cref="CurveParser"/>, every parser is built once.
/// </summary>
internal sealed class DeclarationParser
{
    /// <summary>What the top level expects when a token starts no declaration.</summary>
    public const string ADeclaration = "a declaration such as `input`, `metric` or `dimension`";

    private readonly Dictionary<PerfToken, TokenListParser<PerfToken, DeclarationSyntax>> _byKeyword;

    public DeclarationParser(ParseState state)
    {
        var expressions = new ExpressionParser(state);
        var expression = expressions.Expression;
        var curves = new CurveParser(state, expressions);
        var condition = expression.Named("a condition after `when`");

        var plan = Parse.Sequence(Keyword(PerfToken.Plan), String("the plan's name in double quotes after `plan`"))
            .Select(p => Declare(new PlanNameDeclaration(p.Item2, SpanOf(p.Item1).Through(p.Item2.Span))));

        var period = Parse.Sequence(
                Keyword(PerfToken.Period),
                OneOf(Keywords.Cadences, "`month`, `quarter`, `year` or `week` after `period`"))
            .Select(p => Declare(new PeriodDeclaration(p.Item2, SpanOf(p.Item1).Through(p.Item2.Span))));

        // No declaration starts with a name, so a name right after an input is a misspelt type part ("summ").
        var afterType = NoNameFollows("a rollup (`sum`, `avg`, `min`, `max` or `last`) or `optional` after the input's type");
        var afterRollup = NoNameFollows("`optional` after the input's rollup");
        var afterOptional = NoNameFollows(ADeclaration);
        var input = Parse.Sequence(
                Keyword(PerfToken.Input),
                Name(state, "a name for the input after `input`"),
                OneOf(Keywords.InputTypes, "an input type (`number`, `money`, `count`, `percent`, `text`, `flag` or `date`) after the input's name"),
                OneOf(Keywords.Rollups, "a rollup").AsNullable().OptionalOrDefault(),
                OptionalKeyword(PerfToken.Optional))
            .Then(p => (p.Item5 is not null ? afterOptional : p.Item4 is not null ? afterRollup : afterType)
                .Value(Declare(new InputDeclaration(p.Item2, p.Item3, p.Item4, p.Item5 is not null,
                    SpanOf(p.Item1).Through(p.Item5 is { } optional ? SpanOf(optional) : p.Item4?.Span ?? p.Item3.Span)))));

        var metric = Parse.Sequence(
                Keyword(PerfToken.Metric),
                Name(state, "a name for the metric after `metric`"),
                Expect(PerfToken.Assign, "`=` after the metric's name"),
                expression.Named("an expression after `=`"))
            .Select(p => Declare(new MetricDeclaration(p.Item2, p.Item4, SpanOf(p.Item1).Through(p.Item4.Span))));

        var dimension = Parse.Sequence(
                Keyword(PerfToken.Dimension),
                Name(state, "a name for the dimension after `dimension`"),
                Keyword(PerfToken.Weight, "after the dimension's name").IgnoreThen(Number("the dimension's weight, such as 40%, after `weight`")),
                Expect(PerfToken.LeftBrace, "`{` after the dimension's weight"),
                ItemsUntilClose(curves.Kpi, "`kpi` or `}`"))
            .Select(p => new DimensionDeclaration(p.Item2, p.Item3, p.Item5.Items, SpanOf(p.Item1).Through(SpanOf(p.Item5.Close))));

        var reasonOrGrade = String("`grade` or the veto's reason in double quotes");
        var reason = String("the veto's reason in double quotes");
        var veto = Parse.Sequence(
                Keyword(PerfToken.Veto),
                expression.Named("a condition after `veto`"),
                OptionalAfter(PerfToken.Grade, Name(state, "a grade's name after `grade`")))
            .Then(p => (p.Item3 is null ? reasonOrGrade : reason)
                .Select(why => Declare(new VetoDeclaration(p.Item2, p.Item3, why, SpanOf(p.Item1).Through(why.Span)))));

        var rankKey = Parse.Sequence(
                expression.Named("a rank key"),
                OneOf(Keywords.RankDirections, "`asc` or `desc`").AsNullable().OptionalOrDefault())
            .Select(p => new RankKeySyntax(p.Item1, p.Item2?.Name != "asc", p.Item1.Span.Through(p.Item2?.Span ?? p.Item1.Span)));
        var rankName = Keyword(PerfToken.By).Select(_ => (Identifier?)null)
            .Or(Parse.Sequence(Name(state, "a name for the ranking"), Keyword(PerfToken.By, "after the ranking's name"))
                .Select(p => (Identifier?)p.Item1));
        var rank = Parse.Sequence(
                Keyword(PerfToken.Rank),
                rankName,
                rankKey.AtLeastOnceDelimitedBy(Expect(PerfToken.Comma, "`,`")),
                OptionalAfter(PerfToken.Within, Name(state, "a text input's name after `within`")))
            .Select(p => Declare(new RankDeclaration(p.Item2, [.. p.Item3], p.Item4,
                SpanOf(p.Item1).Through(p.Item4?.Span ?? p.Item3[^1].Span))));

        var grades = Parse.Sequence(
                Keyword(PerfToken.Grades),
                Expect(PerfToken.LeftBrace, "`{` after `grades`"),
                ItemsUntilClose(ClassLineParser.Line(state, expression, "grade"), "a grade line or `}`"))
            .Select(p => Declare(new GradesDeclaration(p.Item3.Items, SpanOf(p.Item1).Through(SpanOf(p.Item3.Close)))));

        var levels = Parse.Sequence(
                Keyword(PerfToken.Levels),
                Name(state, "a name for the levels after `levels`"),
                Expect(PerfToken.LeftBrace, "`{` after the name of the levels"),
                ItemsUntilClose(ClassLineParser.Line(state, expression, "level"), "a level line or `}`"))
            .Select(p => Declare(new LevelsDeclaration(p.Item2, p.Item4.Items, SpanOf(p.Item1).Through(SpanOf(p.Item4.Close)))));

        var require = Parse.Sequence(
                Keyword(PerfToken.Require),
                expression.Named("a condition after `require`"),
                String("the requirement's reason in double quotes"))
            .Select(p => (PayoutLineSyntax)new RequireLineSyntax(p.Item2, p.Item3, SpanOf(p.Item1).Through(p.Item3.Span)));
        var multiplier = Parse.Sequence(
                Keyword(PerfToken.Multiplier),
                expression.Named("a value after `multiplier`"),
                OptionalAfter(PerfToken.When, condition))
            .Select(p => (PayoutLineSyntax)new MultiplierLineSyntax(p.Item2, p.Item3, SpanOf(p.Item1).Through(p.Item3?.Span ?? p.Item2.Span)));
        var payout = Parse.Sequence(
                Keyword(PerfToken.Payout),
                Expect(PerfToken.LeftBrace, "`{` after `payout`"),
                ItemsUntilClose(require.Or(multiplier), "`require`, `multiplier` or `}`"))
            .Select(p => Declare(new PayoutDeclaration(p.Item3.Items, SpanOf(p.Item1).Through(SpanOf(p.Item3.Close)))));

        var flag = Parse.Sequence(
                Keyword(PerfToken.Flag),
                Name(state, "a name for the flag after `flag`"),
                Keyword(PerfToken.When, "after the flag's name").IgnoreThen(condition),
                String("the flag's message in double quotes"))
            .Select(p => Declare(new FlagDeclaration(p.Item2, p.Item3, p.Item4, SpanOf(p.Item1).Through(p.Item4.Span))));

        var profile = Parse.Sequence(
                Keyword(PerfToken.Profile),
                Name(state, "a name for the profile after `profile`"),
                Keyword(PerfToken.When, "after the profile's name").IgnoreThen(condition),
                Expect(PerfToken.LeftBrace, "`{` after the profile's condition"),
                ItemsUntilClose(dimension, "`dimension` or `}`"))
            .Select(p => Declare(new ProfileDeclaration(p.Item2, p.Item3, p.Item5.Items, SpanOf(p.Item1).Through(SpanOf(p.Item5.Close)))));

        var award = Parse.Sequence(
                Keyword(PerfToken.Award),
                Name(state, "a name for the award after `award`"),
                Expect(PerfToken.Assign, "`=` after the award's name").IgnoreThen(expression.Named("an expression after `=`")),
                String("the award's label in double quotes"))
            .Select(p => Declare(new AwardDeclaration(p.Item2, p.Item3, p.Item4, SpanOf(p.Item1).Through(p.Item4.Span))));

        _byKeyword = new()
        {
            [PerfToken.Plan] = plan,
            [PerfToken.Period] = period,
            [PerfToken.Input] = input,
            [PerfToken.Metric] = metric,
            [PerfToken.Dimension] = dimension.Select(Declare),
            [PerfToken.Veto] = veto,
            [PerfToken.Rank] = rank,
            [PerfToken.Grades] = grades,
            [PerfToken.Payout] = payout,
            [PerfToken.Flag] = flag,
            [PerfToken.Profile] = profile,
            [PerfToken.Award] = award,
            [PerfToken.Levels] = levels,
        };
    }

    /// <summary>One declaration, chosen by its first token.</summary>
    public TokenListParserResult<PerfToken, DeclarationSyntax> Declaration(TokenList<PerfToken> input)
    {
        var first = input.ConsumeToken();
        return first.HasValue && _byKeyword.TryGetValue(first.Value.Kind, out var parser)
            ? parser(input)
            : TokenListParserResult.Empty<PerfToken, DeclarationSyntax>(input, [ADeclaration]);
    }

    private static DeclarationSyntax Declare(DeclarationSyntax declaration) => declaration;

    /// <summary>Succeeds, consuming nothing, unless a name is next.</summary>
    private static TokenListParser<PerfToken, bool> NoNameFollows(string expectation)
    {
        string[] expected = [expectation];
        return input =>
        {
            var next = input.ConsumeToken();
            return next.HasValue && next.Value.Kind == PerfToken.Identifier
                ? TokenListParserResult.Empty<PerfToken, bool>(input, expected)
                : TokenListParserResult.Value(true, input, input);
        };
    }
}
