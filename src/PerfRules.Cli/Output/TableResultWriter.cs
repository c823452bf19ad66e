using PerfRules.Results;
using PerfRules.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>--format table</c>: one Spectre.Console table per <c>within</c> group, standings in rank order, grades coloured
/// from best (green) to worst (red). Where the plan has them, the profile, named ranks, levels and awards follow the
/// multiplier in the order of the csv columns (spec 12.8). Wide characters (华东) keep the columns aligned.
/// </summary>
internal static class TableResultWriter
{
    private static readonly Color[] GradeColours = [Color.Green, Color.Chartreuse3, Color.Yellow, Color.Orange1, Color.Red];

    public static void Write(PerfPlan plan, EvaluationResult result, TextWriter output, bool terminal = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal) console.Profile.Width = 160;

        var title = $"{plan.Name ?? plan.SourceName ?? "plan"}: {result.Period}";
        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
        foreach (var group in result.Employees.GroupBy(e => e.Group))
        {
            var table = new Table { Border = TableBorder.Rounded };
            if (group.Key.Length > 0) table.Title = new TableTitle(Markup.Escape("group " + group.Key));
            foreach (var column in new[] { "rank", "employee", "score", "grade", "multiplier" }) table.AddColumn(column);
            if (plan.Profiles.Length > 1) table.AddColumn("profile");
            foreach (var ranking in plan.Rankings) table.AddColumn(new TableColumn("rank " + ranking).RightAligned());
            foreach (var levels in plan.Levels) table.AddColumn(levels);
            foreach (var award in plan.Awards) table.AddColumn(new TableColumn(award).RightAligned());
            table.AddColumn("flags");
            table.AddColumn("notes");
            table.Columns[0].RightAligned();
            table.Columns[2].RightAligned();
            table.Columns[4].RightAligned();
            foreach (var employee in group) table.AddRow(Row(plan, employee));
            console.Write(table);
        }
    }

    private static List<IRenderable> Row(PerfPlan plan, EmployeeResult employee)
    {
        var notes = employee.VetoReasons.Concat(employee.FailedRequirements);
        var cells = new List<IRenderable>
        {
            new Spectre.Console.Text($"{employee.Rank}/{employee.GroupSize}"),
            new Spectre.Console.Text(employee.Employee),
            new Spectre.Console.Text(employee.Score is { } s ? ValueFormat.Score(s) : "-"),
            GradeCell(plan, employee.Grade),
            new Spectre.Console.Text(ValueFormat.Trimmed(employee.Multiplier)),
        };
        if (plan.Profiles.Length > 1) cells.Add(new Spectre.Console.Text(employee.Profile));
        foreach (var ranking in employee.Rankings) cells.Add(new Spectre.Console.Text($"{ranking.Rank}/{ranking.GroupSize}"));
        foreach (var level in employee.Levels) cells.Add(new Spectre.Console.Text(level.Level));
        foreach (var award in employee.Awards) cells.Add(new Spectre.Console.Text(award.Amount is { } a ? ValueFormat.Score(a) : "-"));
        cells.Add(new Spectre.Console.Text(string.Join(", ", employee.Flags.Select(f => f.Name))));
        cells.Add(new Spectre.Console.Text(string.Join("; ", notes)));
        return cells;
    }

    private static IRenderable GradeCell(PerfPlan plan, string? grade)
    {
        if (grade is null) return new Spectre.Console.Text("-");
        var index = plan.Grades.IndexOf(grade);
        var last = Math.Max(1, plan.Grades.Length - 1);
        var colour = GradeColours[(int)Math.Round((double)index / last * (GradeColours.Length - 1))];
        return new Spectre.Console.Text(grade, new Style(colour));
    }
}
