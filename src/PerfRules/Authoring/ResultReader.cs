using NodaTime;
using PerfRules.Results;
using PerfRules.Text;

namespace PerfRules.Authoring;

/// <summary>Reads the result value an expectation names from an employee's result, and shows it as a failure prints it.</summary>
internal static class ResultReader
{
    /// <summary>
    /// The value: a decimal, string, bool, LocalDate or list of strings, or null when missing. False only for a
    /// metric the plan does not have.
    /// </summary>
    public static bool TryRead(EmployeeResult employee, ResultValue value, out object? read)
    {
        var name = value.Name;
        read = value.Info.Keyword switch
        {
            "score" => name is null ? employee.Score : ScoreOf(employee, name),
            "rank" => RankOf(employee, name),
            "group_size" => (decimal)employee.GroupSize,
            "multiplier" => employee.Multiplier,
            "award" => employee.Awards.FirstOrDefault(a => a.Name == name)?.Amount,
            "group" => employee.Group,
            "grade" => employee.Grade,
            "profile" => employee.Profile,
            "level" => employee.Levels.FirstOrDefault(l => l.Name == name)?.Level,
            "vetoed" => employee.IsVetoed,
            "vetoes" => employee.VetoReasons,
            "requirements" => employee.FailedRequirements,
            "flags" => ImmutableArray.CreateRange(employee.Flags, f => f.Name),
            _ => null,
        };
        if (value.Info.Keyword != "metric") return true;
        foreach (var metric in employee.Metrics)
        {
            if (metric.Key != name) continue;
            read = metric.Value;
            return true;
        }

        return false;
    }

    // Ranks are read as numbers, so that every number value compares alike.
    private static decimal? RankOf(EmployeeResult employee, string? ranking)
    {
        if (ranking is null) return employee.Rank;
        foreach (var place in employee.Rankings)
            if (place.Name == ranking) return place.Rank;
        return null;
    }

    /// <summary>
    /// A dimension's or KPI's shown score in the employee's profile; missing when the profile has no such part (spec
    /// 12.1) or the KPI was left out.
    /// </summary>
    private static decimal? ScoreOf(EmployeeResult employee, string name)
    {
        foreach (var dimension in employee.Dimensions)
        {
            if (dimension.Name == name) return dimension.Score;
            foreach (var kpi in dimension.Kpis)
                if (kpi.Name == name) return kpi.Score;
        }

        return null;
    }

    /// <summary>The value as a failure shows it: scores and awards with 2 decimals, missing and empty lists in words.</summary>
    public static string Show(ResultValue value, object? read) => read switch
    {
        null or "" => value.Info.Kind is ResultValueKind.Text ? "none" : "missing",
        decimal d when value.Info.Keyword is "score" or "award" => ValueFormat.Score(d),
        decimal d => ValueFormat.Trimmed(d),
        bool b => b ? "true" : "false",
        LocalDate date => ValueFormat.Date(date),
        ImmutableArray<string> list => ShowList(list),
        _ => Convert.ToString(read, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A list as written in a tests file: items joined by commas, quoted where they hold one; <c>none</c> when empty.</summary>
    public static string ShowList(IEnumerable<string> items)
    {
        var shown = string.Join(", ", items.Select(i => i.Contains(',', StringComparison.Ordinal) ? "\"" + i + "\"" : i));
        return shown.Length == 0 ? "none" : shown;
    }
}
