namespace PerfRules.Binding;

/// <summary>Where an expression is written: the stage it is evaluated at, and how messages name the place.</summary>
internal sealed record ExpressionPlace(Stage Stage, string Description)
{
    public static readonly ExpressionPlace Metric = new(Stage.Metric, "a metric");
    public static readonly ExpressionPlace KpiCurve = new(Stage.Metric, "a KPI curve");
    public static readonly ExpressionPlace ProfileCondition = new(Stage.Metric, "a profile condition");
    public static readonly ExpressionPlace Veto = new(Stage.Veto, "a veto");
    public static readonly ExpressionPlace RankKey = new(Stage.Veto, "a rank key");
    public static readonly ExpressionPlace GradeLine = new(Stage.Grade, "a grade line");
    public static readonly ExpressionPlace LevelsLine = new(Stage.Level, "a levels line");
    public static readonly ExpressionPlace PayoutLine = new(Stage.Payout, "a payout line");
    public static readonly ExpressionPlace Award = new(Stage.Award, "an award");
    public static readonly ExpressionPlace Flag = new(Stage.Flag, "a flag");
}
