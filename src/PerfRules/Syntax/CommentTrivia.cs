using PerfRules.Diagnostics;

namespace PerfRules.Syntax;

/// <summary>A <c>//</c> comment: the parser skips it, the formatter puts it back.</summary>
/// <param name="Text">The comment as written, from <c>//</c> to the end of its line (line break excluded).</param>
/// <param name="Span">Where it is.</param>
internal sealed record CommentTrivia(string Text, SourceSpan Span);
