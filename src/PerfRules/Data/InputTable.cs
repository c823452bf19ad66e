namespace PerfRules.Data;

/// <summary>
/// The plan's inputs as the data readers see them: by position and by name, with what a finer row needs.
/// Checked once, so that every row can trust it.
/// </summary>
internal sealed class InputTable
{
    private readonly Dictionary<string, int> _indexOf;

    public InputTable(Cadence planCadence, ImmutableArray<PlanInput> inputs)
    {
        if (inputs.IsDefault) throw new ArgumentException("The plan's inputs are required.", nameof(inputs));
        PlanCadence = planCadence;
        Inputs = inputs;
        _indexOf = new Dictionary<string, int>(inputs.Length, StringComparer.Ordinal);
        var withoutRollup = new List<string>();
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i] ?? throw new ArgumentException("An input is null.", nameof(inputs));
            if (input.Name is "employee" or "period")
                throw new ArgumentException($"No input may be named '{input.Name}': it is a key column of the data.", nameof(inputs));
            if (!_indexOf.TryAdd(input.Name, i))
                throw new ArgumentException($"Input '{input.Name}' is declared twice.", nameof(inputs));
            if (input.Rollup is Rollup.Sum or Rollup.Avg && !IsNumber(input.Type))
                throw new ArgumentException($"Input '{input.Name}' is {TypeName(input.Type)} and cannot roll up by {input.Rollup.ToString().ToLowerInvariant()}.", nameof(inputs));
            if (input.Rollup == Rollup.None) withoutRollup.Add($"'{input.Name}'");
        }

        WithoutRollup = withoutRollup.Count switch
        {
            0 => null,
            1 => "input " + withoutRollup[0],
            _ => "inputs " + string.Join(", ", withoutRollup),
        };
    }

    public Cadence PlanCadence { get; }

    public ImmutableArray<PlanInput> Inputs { get; }

    public int Count => Inputs.Length;

    public PlanInput this[int index] => Inputs[index];

    /// <summary>"input 'team'" or "inputs 'team', 'nps'": the inputs that stop finer rows from rolling up; null when every input has a rollup.</summary>
    public string? WithoutRollup { get; }

    public bool TryGetIndex(string name, out int index) => _indexOf.TryGetValue(name, out index);

    public static bool IsNumber(InputType type) => type is InputType.Number or InputType.Money or InputType.Count or InputType.Percent;

    /// <summary>The type as the plan writes it: number, money, count, percent, text, flag, date.</summary>
    public static string TypeName(InputType type) => type switch
    {
        InputType.Number => "number",
        InputType.Money => "money",
        InputType.Count => "count",
        InputType.Percent => "percent",
        InputType.Text => "text",
        InputType.Flag => "flag",
        _ => "date",
    };
}
