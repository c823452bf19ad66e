using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Properties;

/// <summary>Plan text as a person might leave it: odd spacing and line breaks, comments anywhere, needless parentheses.</summary>
public sealed record MessyPlan(string Text)
{
    public override string ToString() => "\n" + Text;
}

/// <summary>Writes a generated plan's tokens back with random whitespace and comments between them, and random expressions.</summary>
internal sealed class MessyText(Random random)
{
    private static readonly string[] Names = ["k0", "badge", "tenure", "score", "rank", "team"];
    private static readonly string[] Binary = ["+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or"];

    public static MessyPlan From(int seed, PlanModel plan)
    {
        var random = new Random(seed);
        var messy = new MessyText(random);
        var text = plan.Text;
        for (var i = random.Next(0, 4); i > 0; i--) text += $"metric x{i} = {messy.Expression(random.Next(1, 6))}\n";
        return new MessyPlan(messy.Relayout(text));
    }

    private string Relayout(string text)
    {
        var tokens = PerfTokenizer.Tokenize(text, new SyntaxErrors(new DiagnosticBag(null))).Tokens;
        var messy = new StringBuilder();
        if (random.NextDouble() < 0.3) messy.Append("// a plan\n");
        foreach (var token in tokens)
        {
            messy.Append(token.ToStringValue());
            messy.Append(random.Next(12) switch
            {
                0 => "\n",
                1 => "\n\n",
                2 => "\n\n\n  ",
                3 => " // note " + random.Next(100).ToString(CultureInfo.InvariantCulture) + "\n",
                4 => "\t",
                5 => "\n// own line\n  ",
                6 => "   ",
                _ => " ",
            });
        }

        return messy.ToString();
    }

    /// <summary>A random expression of about <paramref name="depth"/> levels, with needless parentheses here and there.</summary>
    private string Expression(int depth)
    {
        if (depth <= 0 || random.NextDouble() < 0.2) return Atom();
        var text = random.Next(6) switch
        {
            0 => "-" + Operand(depth),
            1 => "not " + Operand(depth),
            2 => Pick(["min", "max", "coalesce", "round"]) + "(" + Expression(depth - 1) + ", " + Expression(depth - 1) + ")",
            3 => "group_sum(" + Expression(depth - 1) + " by team where " + Expression(depth - 1) + ")",
            _ => Operand(depth) + " " + Pick(Binary) + " " + Operand(depth),
        };
        return random.NextDouble() < 0.15 ? "(" + text + ")" : text;
    }

    // Compound operands are parenthesized, so that the text parses (no chained comparisons); some atoms are too.
    private string Operand(int depth)
    {
        var operand = Expression(depth - 1);
        var atom = operand.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '%');
        return !atom || random.NextDouble() < 0.2 ? "(" + operand + ")" : operand;
    }

    private string Atom() => random.Next(5) switch
    {
        0 => random.Next(0, 200).ToString(CultureInfo.InvariantCulture),
        1 => random.Next(0, 100).ToString(CultureInfo.InvariantCulture) + "%",
        2 => "1_000.5",
        _ => Pick(Names),
    };

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
