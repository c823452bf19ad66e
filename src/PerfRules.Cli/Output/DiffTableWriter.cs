using System.Globalization;
using PerfRules.Authoring;
using PerfRules.Text;
using Spectre.Console;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>diff --format table</c>: the employees whose standing changed (old -> new), the grade migration matrix, the
/// employees whose multiplier changed, and payout totals before and after.
/// </summary>
internal static class DiffTableWriter
{
    private const string Arrow = " -> ";

    public static void Write(PlanDiff diff, DiffNames names, TextWriter output)
    {
        var console = TerminalConsole.Create(output);
        console.Write(new Rule(Markup.Escape($"{names.Before}{Arrow}{names.After}: {diff.Period}")) { Justification = Justify.Left });

        var changed = diff.Employees.Where(e => e.IsChanged).ToList();
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("employees whose standing changed") };
        var columns = new List<string> { "employee", "score", "change", "rank", "grade", "multiplier" };
        if (diff.BaseColumn is not null) columns.Add("payout");
        foreach (var heading in columns) table.AddColumn(heading);
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        foreach (var employee in changed) table.AddRow([.. Row(employee, diff.BaseColumn is not null).Select(Markup.Escape)]);
        if (changed.Count > 0) console.Write(table);
        console.WriteLine(Invariant($"{changed.Count} of {diff.Employees.Length} employees changed; {diff.Employees.Length - changed.Count} unchanged."));

        console.Write(Matrix(diff.Migration));
        var multipliers = diff.MultiplierChanges;
        console.WriteLine(multipliers.IsEmpty
            ? "No multiplier changed."
            : Invariant($"Multiplier changed for {multipliers.Length}: ") + string.Join(", ", multipliers.Select(e =>
                $"{e.Employee} {Multiplier(e.Before)}{Arrow}{Multiplier(e.After)}")));

        if (diff.BaseColumn is { } column && diff.PayoutBefore is { } before && diff.PayoutAfter is { } after)
        {
            var change = after - before;
            console.WriteLine($"Payout (base x multiplier, base from '{column}'): {ValueFormat.Money(before)}{Arrow}{ValueFormat.Money(after)} ({(change > 0 ? "+" : "")}{ValueFormat.Money(change)})");
            if (diff.WithoutBaseAmount == 1) console.WriteLine("1 employee has no base amount and is not in the totals.");
            else if (diff.WithoutBaseAmount > 1) console.WriteLine(Invariant($"{diff.WithoutBaseAmount} employees have no base amount and are not in the totals."));
        }
    }

    private static IEnumerable<string> Row(EmployeeChange employee, bool payout)
    {
        var (old, now) = (employee.Before, employee.After);
        yield return employee.Employee;
        yield return Pair(Score(old?.Score, old is null), Score(now?.Score, now is null));
        yield return employee.ScoreChange is { } delta ? (delta > 0 ? "+" : "") + ValueFormat.Score(delta) : "";
        yield return Pair(Rank(old), Rank(now));
        yield return Pair(old is null ? "-" : old.Grade ?? "none", now is null ? "-" : now.Grade ?? "none");
        yield return Pair(Multiplier(old), Multiplier(now));
        if (payout) yield return Pair(Money(old?.Payout), Money(now?.Payout));
    }

    private static Table Matrix(GradeMigration migration)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("grade migration (old down, new across)") };
        table.AddColumn("old \\ new");
        foreach (var grade in migration.After) table.AddColumn(new TableColumn(Markup.Escape(grade ?? "none")).RightAligned());
        foreach (var row in migration.Before)
        {
            var cells = new List<string> { Markup.Escape(row ?? "none") };
            cells.AddRange(migration.After.Select(column => migration.Count(row, column).ToString(CultureInfo.InvariantCulture)));
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string Pair(string old, string now) => old == now ? now : old + Arrow + now;

    private static string Score(decimal? score, bool absent) => absent ? "-" : score is { } s ? ValueFormat.Score(s) : "missing";

    private static string Rank(EmployeeStanding? standing) =>
        standing is null ? "-" : Invariant($"{standing.Rank}/{standing.GroupSize}");

    private static string Multiplier(EmployeeStanding? standing) => standing is null ? "-" : ValueFormat.Trimmed(standing.Multiplier);

    private static string Money(decimal? amount) => amount is { } a ? ValueFormat.Money(a) : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
