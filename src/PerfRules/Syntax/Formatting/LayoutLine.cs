namespace PerfRules.Syntax.Formatting;

/// <summary>
/// One line of the canonical layout, before comments are placed: its text without indentation, how deep it is
/// indented, and where in the source its first token starts (lines come in source order, so every token belongs to
/// the last line that starts at or before it).
/// </summary>
/// <param name="Depth">Indentation in steps of two spaces.</param>
/// <param name="Text">The line's text.</param>
/// <param name="SourceStart">Offset of the line's first token in the source.</param>
/// <param name="Kind">The kind of top-level declaration the line belongs to; a change of kind is set off by a blank line.</param>
/// <param name="Role">Where the line sits in its declaration.</param>
internal sealed record LayoutLine(int Depth, string Text, int SourceStart, string Kind, LineRole Role);

/// <summary>Where a layout line sits in its declaration, which decides the blank lines and comment indentation around it.</summary>
[Flags]
internal enum LineRole
{
    /// <summary>A line inside a declaration.</summary>
    Inner = 0,

    /// <summary>The first line of a top-level declaration.</summary>
    StartsDeclaration = 1,

    /// <summary>A line ending with <c>{</c>: no blank line follows it.</summary>
    OpensBlock = 2,

    /// <summary>A line starting with <c>}</c>: no blank line comes before it.</summary>
    ClosesBlock = 4,
}
