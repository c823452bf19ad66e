using System.Buffers;
using System.Globalization;
using System.Text;

namespace PerfRules.Syntax;

/// <summary>
/// Shows a character in a message so that a reader can find it: a visible character in quotes (<c>'@'</c>), an
/// invisible one by its code point (<c>U+0000</c>, <c>U+00A0</c>), since quoting a NUL or a no-break space shows nothing.
/// </summary>
internal static class CharacterDisplay
{
    /// <summary>The character (or surrogate pair) at <paramref name="index"/>, and how many UTF-16 units it takes.</summary>
    public static string Show(string text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length) != OperationStatus.Done)
        {
            length = 1;
            return CodePoint(text[index]);
        }

        return IsVisible(rune) ? "'" + rune + "'" : CodePoint(rune.Value);
    }

    private static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsVisible(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
        _ => true,
    };
}
