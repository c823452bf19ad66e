using PerfRules.Data;
using PerfRules.Diagnostics;
using PerfRules.Results;

namespace PerfRules.Authoring;

/// <summary>
/// Runs one plan test with the engine's public path only: read the roster for the plan, evaluate the period, read
/// each expected value from the employee's result. No scoring happens here.
/// </summary>
internal static class PlanTestRunner
{
    public static PlanTestResult Run(PerfPlan plan, PlanTestCase test, string? source, ImmutableArray<Diagnostic> fileDiagnostics)
    {
        var diagnostics = new DiagnosticBag(source);
        diagnostics.AddRange(fileDiagnostics.Where(d => d.Line >= test.Span.Line && d.Line <= test.LastLine));
        if (test.HasErrors || test.Roster is not { } rosterSource) return Result(test, [], diagnostics);

        foreach (var expectation in test.Expectations) CheckNames(plan, expectation, diagnostics);
        if (diagnostics.HasErrors) return Result(test, [], diagnostics);

        var roster = rosterSource switch
        {
            InlineRows rows => plan.ReadCsv(new StringReader(rows.CsvText), source ?? "<tests>"),
            DataFile file => plan.ReadCsvFile(file.Path),
            _ => throw new InvalidOperationException("A roster source of an unknown kind."),
        };
        diagnostics.AddRange(roster.Diagnostics);
        if (roster.HasErrors) return Result(test, [], diagnostics);
        var result = plan.Evaluate(roster, test.Period);

        // The request's own diagnostics (no rows for the period) concern the test's period line, not the data.
        foreach (var request in result.Diagnostics.Skip(roster.Diagnostics.Length))
            diagnostics.Add(new Diagnostic(request.Code, request.Severity, source, test.PeriodSpan, request.Message));
        if (diagnostics.HasErrors || result.Period is not { } period) return Result(test, [], diagnostics);

        var failures = ImmutableArray.CreateBuilder<ExpectationFailure>();
        foreach (var expectation in test.Expectations)
        {
            if (result.Find(expectation.Employee) is not { } employee)
            {
                diagnostics.Error(DiagnosticCode.EmployeeNotScored, expectation.EmployeeSpan, expectation.Employee, period);
                continue;
            }

            if (Check(expectation, employee, source, diagnostics) is { } failure) failures.Add(failure);
        }

        return Result(test, failures.ToImmutable(), diagnostics);
    }

    private static PlanTestResult Result(PlanTestCase test, ImmutableArray<ExpectationFailure> failures, DiagnosticBag diagnostics) =>
        new(test.Name, test.Span, failures, diagnostics.ToSortedArray());

    private static ExpectationFailure? Check(Expectation expectation, EmployeeResult employee, string? source, DiagnosticBag diagnostics)
    {
        var value = expectation.Value;
        if (!ResultReader.TryRead(employee, value, out var actual))
        {
            diagnostics.Error(DiagnosticCode.UnknownPlanName, value.Span, value.Info.NameKind, value.Name);
            return null;
        }

        switch (ExpectationCheck.Holds(expectation, actual))
        {
            case true:
                return null;
            case null:
                diagnostics.Error(DiagnosticCode.WrongExpectedValue, expectation.ExpectedSpan, value.Text, ExpectationCheck.Takes(actual), expectation.ExpectedText);
                return null;
            default:
                var expected = ExpectationCheck.Phrase(expectation.Operator, expectation.OperatorText) + expectation.ExpectedText;
                return new ExpectationFailure(source, expectation.ExpectedSpan, expectation.Employee, value.Text, expected, ResultReader.Show(value, actual));
        }
    }

    /// <summary>Names a plan must have for the expectation to mean anything: a typo fails loudly instead of comparing with nothing.</summary>
    private static void CheckNames(PerfPlan plan, Expectation expectation, DiagnosticBag diagnostics)
    {
        var value = expectation.Value;
        if (value.Name is { } name && !HasName(plan, value.Info.Keyword, name))
            diagnostics.Error(DiagnosticCode.UnknownPlanName, value.Span, value.Info.NameKind, name);

        switch (value.Info.Keyword, expectation.Expected)
        {
            case ("grade", ExpectedText { Value: { } grade }) when !plan.Grades.Contains(grade):
                diagnostics.Error(DiagnosticCode.UnknownPlanName, expectation.ExpectedSpan, "grade", grade);
                break;
            case ("flags", ExpectedList list):
                foreach (var flag in list.Items.Where(f => !plan.Flags.Contains(f)))
                    diagnostics.Error(DiagnosticCode.UnknownPlanName, expectation.ExpectedSpan, "flag", flag);
                break;
        }
    }

    private static bool HasName(PerfPlan plan, string keyword, string name) => keyword switch
    {
        "score" => plan.Profiles.Any(p => p.Dimensions.Any(d => d.Name == name || d.Kpis.Any(k => k.Name == name))),
        "rank" => plan.Rankings.Contains(name),
        "level" => plan.Levels.Contains(name),
        "award" => plan.Awards.Contains(name),
        _ => true, // metrics are known once the plan has run
    };
}
