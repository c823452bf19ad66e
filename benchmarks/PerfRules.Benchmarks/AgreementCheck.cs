using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>Fails loudly when PerfRules and the hand-written baseline disagree, so no benchmark times a wrong answer.</summary>
public static class AgreementCheck
{
    public static void Verify(PerfPlan plan, PeriodSnapshot snapshot, AcmeRoster roster)
    {
        var expected = HandWrittenAcmeScorer.Score(roster);
        var actual = plan.Evaluate(snapshot);
        var mismatches = 0;
        foreach (var employee in actual.Employees)
        {
            var i = int.Parse(employee.Employee.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            if (employee.Score != expected.Score[i] || employee.Rank != expected.Rank[i] || employee.GroupSize != expected.GroupSize[i]
                || employee.Grade != expected.Grade[i] || employee.Multiplier != expected.Multiplier[i]
                // Without history neither flag of the plan can hold: previous() is missing and no streak passes 1.
                || employee.Flags.Length != 0)
            {
                if (mismatches++ < 5)
                    Console.Error.WriteLine($"{employee.Employee}: PerfRules {employee.Score} {employee.Rank}/{employee.GroupSize} {employee.Grade} x{employee.Multiplier}, "
                        + $"hand-written {expected.Score[i]} {expected.Rank[i]}/{expected.GroupSize[i]} {expected.Grade[i]} x{expected.Multiplier[i]}");
            }
        }

        if (mismatches > 0 || actual.Employees.Length != roster.Count)
            throw new InvalidOperationException($"PerfRules and the hand-written scorer disagree on {mismatches} of {roster.Count} employees.");
    }
}
