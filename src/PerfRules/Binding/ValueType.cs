namespace PerfRules.Binding;

/// <summary>What an expression computes. Money, count and percent inputs are numbers here.</summary>
internal enum ValueType { Number, Flag, Text, Date }

/// <summary>
/// The steps of evaluation, in order. A value is known from one stage on; an expression may read it only at
/// that stage or a later one (spec section 7 and 12.9).
/// </summary>
internal enum Stage
{
    Metric,
    Veto,
    Rank,
    Grade,
    Level,
    Payout,
    Award,
    Flag,
}
