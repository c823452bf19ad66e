using PerfRules.Results;
using PerfRules.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>--format table</c>: one Spectre.Console table per <c>within</c> group, standings in rank order, grades coloured
/// from best (green) to worst (red). Wide characters (华东) keep the columns aligned.
/// </summary>
internal static class TableResultWriter
{
    private static readonly Color[] GradeColours = [Color.Green, Color.Chartreuse3, Color.Yellow, Color.Orange1, Color.Red];

    public static void Write(PerfPlan plan, EvaluationResult result, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (output != Console.Out) console.Profile.Width = 160;

        var title = $"{plan.Name ?? plan.SourceName ?? "plan"}: {result.Period}";
        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
        foreach (var group in result.Employees.GroupBy(e => e.Group))
        {
            var table = new Table { Border = TableBorder.Rounded };
            if (group.Key.Length > 0) table.Title = new TableTitle(Markup.Escape("group " + group.Key));
            foreach (var column in new[] { "rank", "employee", "score", "grade", "multiplier", "flags", "notes" }) table.AddColumn(column);
            table.Columns[0].RightAligned();
            table.Columns[2].RightAligned();
            table.Columns[4].RightAligned();
            foreach (var employee in group) table.AddRow(Row(plan, employee));
            console.Write(table);
        }
    }

    private static IRenderable[] Row(PerfPlan plan, EmployeeResult employee)
    {
        var notes = employee.VetoReasons.Concat(employee.FailedRequirements);
        return
        [
            new Spectre.Console.Text($"{employee.Rank}/{employee.GroupSize}"),
            new Spectre.Console.Text(employee.Employee),
            new Spectre.Console.Text(employee.Score is { } s ? ValueFormat.Score(s) : "-"),
            GradeCell(plan, employee.Grade),
            new Spectre.Console.Text(ValueFormat.Trimmed(employee.Multiplier)),
            new Spectre.Console.Text(string.Join(", ", employee.Flags.Select(f => f.Name))),
            new Spectre.Console.Text(string.Join("; ", notes)),
        ];
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
