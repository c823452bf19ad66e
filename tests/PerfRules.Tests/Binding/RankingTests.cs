using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Tests.Binding;

public class RankingTests
{
    [Theory]
    [InlineData("metric team = sales\nrank by score within team", "(5,22) PR0124: 'within team' needs a text input, but 'team' is a metric")]
    [InlineData("input region number\nrank by score within region", "(5,22) PR0124: 'within region' needs a text input, but 'region' is a number input")]
    [InlineData("rank board by sales desc within nowhere", "(4,33) PR0101: unknown name 'nowhere'")]
    public void Within_names_a_text_input(string text, string expected)
    {
        AssertDiagnostics(Base + text + "\n", expected);
    }

    [Theory]
    [InlineData("flag f when rank(board) < 3 \"x\"", "(4,18) PR0141: unknown ranking 'board': declare it with 'rank board by ...'")]
    [InlineData("flag f when group_size(board) > 3 \"x\"", "(4,24) PR0141: unknown ranking 'board': declare it with 'rank board by ...'")]
    [InlineData("flag f when top(10%, board) \"x\"", "(4,22) PR0141: unknown ranking 'board': declare it with 'rank board by ...'")]
    public void A_named_ranking_must_be_declared(string line, string expected)
    {
        AssertDiagnostics(Base + line + "\n", expected);
    }

    [Fact]
    public void A_ranking_name_is_not_a_value()
    {
        AssertDiagnostics(Base + "rank board by sales desc\nflag f when board < 3 \"x\"\n",
            "(5,13) PR0131: 'board' is a ranking: read it as rank(board)");
    }

    [Fact]
    public void Rank_keys_may_be_numbers_flags_texts_or_dates()
    {
        var plan = CompileClean(Base + """
            input team text last
            input ok flag
            input joined date last
            rank by score desc, ok desc, team asc, joined asc, sales / 2
            """);

        Assert.Equal(
            [ValueType.Number, ValueType.Flag, ValueType.Text, ValueType.Date, ValueType.Number],
            plan.MainRanking.Keys.Select(k => k.Expression.Type));
        Assert.Equal([true, true, false, false, true], plan.MainRanking.Keys.Select(k => k.Descending));
    }

    [Fact]
    public void Named_rankings_are_read_by_name_and_the_unnamed_forms_read_the_main_ranking()
    {
        var plan = CompileClean(Base + """
            input region text last
            rank by sales desc
            rank board by sales asc within region
            flag f when rank(board) < rank and group_size(board) > group_size and top(10%, board) and top(20%) "x"
            """);

        var board = Assert.Single(plan.NamedRankings);
        Assert.Equal(("board", "region"), (board.Name, board.Within?.Name));
        var refs = BoundTree.CurrentPeriodNodes(plan.Flags[0].Condition).ToList();
        Assert.Same(board, refs.OfType<BoundRankRef>().First().Ranking);
        Assert.Same(plan.MainRanking, refs.OfType<BoundRankRef>().Last().Ranking);
        Assert.Same(board, refs.OfType<BoundGroupSizeRef>().First().Ranking);
        Assert.Equal([(0.1m, "board"), (0.2m, null)], refs.OfType<BoundTopRef>().Select(t => (t.Share, t.Ranking.Name)));
    }
}
