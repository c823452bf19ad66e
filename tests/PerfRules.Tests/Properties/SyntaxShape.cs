using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Properties;

/// <summary>
/// A syntax tree written out without its positions: two texts that differ only in layout, comments and redundant
/// parentheses have the same shape. Built by reflection over the syntax records, so that a node added to the tree
/// later is compared too.
/// </summary>
internal static class SyntaxShape
{
    public static string Of(SyntaxNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case decimal d:
                text.Append(d.ToString(CultureInfo.InvariantCulture));
                break;
            case bool or Enum or int:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case SyntaxNode node:
                text.Append(node.GetType().Name).Append('(');
                var first = true;
                foreach (var property in Properties(node.GetType()))
                {
                    if (!first) text.Append(", ");
                    first = false;
                    text.Append(property.Name).Append('=');
                    Write(property.GetValue(node), text);
                }

                text.Append(')');
                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                // Sets (the names of broken declarations) have no order of their own.
                if (value.GetType().Name.StartsWith("ImmutableHashSet", StringComparison.Ordinal))
                    list = [.. list.OrderBy(i => i as string, StringComparer.Ordinal)];
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Write(list[i], text);
                }

                text.Append(']');
                break;
            default:
                throw new InvalidOperationException($"No shape for {value.GetType().Name}.");
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType != typeof(SourceSpan) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal);
}
