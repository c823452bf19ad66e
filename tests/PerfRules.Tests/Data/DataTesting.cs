using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PerfRules.Data;
using PerfRules.Runtime;

namespace PerfRules.Tests.Data;

/// <summary>Small helpers shared by the data tests: plan inputs, reading inline CSV and case files, reading values back.</summary>
internal static class DataTesting
{
    public static PlanInput Input(string name, InputType type, Rollup rollup = Rollup.None, bool optional = false) =>
        new(name, type, rollup, optional);

    public static ImmutableArray<PlanInput> Inputs(params PlanInput[] inputs) => [.. inputs];

    public static Roster ReadCsv(string text, Cadence cadence, ImmutableArray<PlanInput> inputs) =>
        CsvRosterReader.Read(new StringReader(text), "roster.csv", cadence, inputs);

    public static Roster ReadBytes(byte[] bytes, Cadence cadence, ImmutableArray<PlanInput> inputs)
    {
        using var stream = new MemoryStream(bytes);
        return CsvRosterReader.Read(stream, "roster.csv", cadence, inputs);
    }

    public static Roster ReadCase(string fileName, Cadence cadence, ImmutableArray<PlanInput> inputs) =>
        CsvRosterReader.ReadFile(CasePath(fileName), cadence, inputs);

    public static string CasePath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Cases", "data", fileName);

    public static byte[] Utf8(string text, bool bom) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    /// <summary>The value of an input for an employee in a snapshot (by input name).</summary>
    public static object? Value(PeriodSnapshot snapshot, ImmutableArray<PlanInput> inputs, string employee, string input)
    {
        var row = snapshot.RowOf(employee);
        Assert.True(row >= 0, $"employee '{employee}' has no row in {snapshot.Period}");
        var index = inputs.IndexOf(inputs.Single(i => i.Name == input));
        return snapshot.GetValue(row, index);
    }

    /// <summary>Diagnostics as "(line,column) PRnnnn" for compact, exact position checks.</summary>
    public static string[] Positions(Roster roster) =>
        [.. roster.Diagnostics.Select(d => string.Create(CultureInfo.InvariantCulture, $"({d.Line},{d.Column}) {d.Id}"))];

    public static T UnderCulture<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
