namespace PerfRules;

/// <summary>The type of an input as the plan declares it.</summary>
public enum InputType
{
    /// <summary>Any decimal number.</summary>
    Number,
    /// <summary>A number shown with 2 decimals.</summary>
    Money,
    /// <summary>A whole number, 0 or more.</summary>
    Count,
    /// <summary>A fraction; data may write <c>95%</c> or <c>0.95</c>.</summary>
    Percent,
    /// <summary>Free text, such as a team name.</summary>
    Text,
    /// <summary>True or false; data may write true/false, yes/no, 1/0.</summary>
    Flag,
    /// <summary>A calendar date (version 1.1), written <c>2025-07-14</c>.</summary>
    Date,
}

/// <summary>How an input's finer rows (months inside a quarter) are combined into one plan period.</summary>
public enum Rollup
{
    /// <summary>No roll-up declared: finer data for this input is a data error.</summary>
    None,
    /// <summary>The sum of the values.</summary>
    Sum,
    /// <summary>The average of the values.</summary>
    Avg,
    /// <summary>The smallest value.</summary>
    Min,
    /// <summary>The largest value.</summary>
    Max,
    /// <summary>The last non-empty value in period order.</summary>
    Last,
}

/// <summary>The cadence of periods a plan scores.</summary>
public enum Cadence
{
    /// <summary>A calendar day (data only: days roll up into a plan's periods).</summary>
    Day,
    /// <summary>An ISO week, <c>2025-W07</c> (version 1.1).</summary>
    Week,
    /// <summary>A calendar month, <c>2025-07</c>.</summary>
    Month,
    /// <summary>A calendar quarter, <c>2025-Q3</c>.</summary>
    Quarter,
    /// <summary>A calendar year, <c>2025</c>.</summary>
    Year,
}
