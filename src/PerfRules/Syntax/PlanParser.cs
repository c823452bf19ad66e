using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;
using Superpower.Model;

namespace PerfRules.Syntax;

/// <summary>
/// Reads a plan's text into its syntax tree. It never throws: every problem becomes a diagnostic, and the tree holds
/// every declaration that parsed. After a broken declaration, reading resumes at the next declaration keyword that
/// begins a line, so that each broken declaration is reported once and the ones after it are still read.
/// </summary>
internal static class PlanParser
{
    public static PlanSyntax Parse(string text, DiagnosticBag diagnostics) => Parse(text, diagnostics, out _);

    /// <summary>As <see cref="Parse(string, DiagnosticBag)"/>, also giving the tokens and comments (for the formatter).</summary>
    public static PlanSyntax Parse(string text, DiagnosticBag diagnostics, out TokenizedText tokenized)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var errors = new SyntaxErrors(diagnostics);
        tokenized = PerfTokenizer.Tokenize(text, errors);
        var reader = new DeclarationReader(tokenized, errors);
        var declarations = reader.ReadAll();
        return new PlanSyntax(declarations, new SourceSpan(0, text.Length, 1, 1), reader.BrokenNames.ToImmutable());
    }

    /// <summary>The loop over declarations, with error reporting and recovery.</summary>
    private sealed class DeclarationReader(TokenizedText tokenized, SyntaxErrors errors)
    {
        private readonly Token<PerfToken>[] _tokens = tokenized.Tokens;
        private readonly ParseState _state = new();

        /// <summary>Names declared by declarations that were reported and left out.</summary>
        public ImmutableHashSet<string>.Builder BrokenNames { get; } = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);

        public ImmutableArray<DeclarationSyntax> ReadAll()
        {
            var parser = new DeclarationParser(_state);
            var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
            var input = new TokenList<PerfToken>(_tokens);
            while (!input.IsAtEnd)
            {
                _state.Reset();
                var result = parser.Declaration(input);
                if (result.HasValue && _state.TooDeepAt is null)
                {
                    if (ExpressionDepth.FindTooDeep(result.Value) is { } deep)
                    {
                        errors.Report(DiagnosticCode.NestingTooDeep, deep.Span, ExpressionDepth.MaxDepth);
                        if (DeclaredName(input) is { } name) BrokenNames.Add(name);
                    }
                    else
                        declarations.Add(result.Value);
                    input = result.Remainder;
                    continue;
                }

                // Past the error limit nothing more is reported, so reading on would only collect declarations
                // whose neighbours' mistakes go unmentioned.
                if (errors.IsFull) break;
                Report(result);
                if (DeclaredName(input) is { } broken) BrokenNames.Add(broken);
                input = SkipToNextDeclaration(input, result.Remainder);
            }

            return declarations.ToImmutable();
        }

        private void Report(TokenListParserResult<PerfToken, DeclarationSyntax> failure)
        {
            if (_state.TooDeepAt is { } deep)
            {
                errors.Report(DiagnosticCode.NestingTooDeep, TokenizedText.SpanOf(deep), _state.LevelsOpenWhenTooDeep);
                return;
            }

            var at = failure.Remainder;
            var found = at.IsAtEnd ? (Token<PerfToken>?)null : at.ConsumeToken().Value;
            var span = found is { } f ? TokenizedText.SpanOf(f) : tokenized.EndOfTokens;

            // A character the tokenizer already reported and dropped just before this point is the likely cause;
            // a second error about its consequence would only distract.
            if (tokenized.HasSkippedCharacterBefore(at.Position)) return;

            if (found is { } word && IsReservedWordAsName(word, at.Position))
                errors.Report(DiagnosticCode.ReservedWord, span, word.ToStringValue());
            else
                errors.Report(DiagnosticCode.Syntax, span, failure.ErrorMessage ?? SyntaxMessages.ExpectedFound(failure.Expectations, found));
        }

        // A declaration keyword that begins a line, where a name was expected, is much more likely the start of the
        // next declaration after a missing `}` than a name, so it gets the ordinary syntax error.
        private bool IsReservedWordAsName(Token<PerfToken> token, int index) =>
            _state.ReservedAt is { } reserved
            && reserved.Position.Absolute == token.Position.Absolute
            && !(Keywords.DeclarationStarts.Contains(token.Kind) && BeginsLine(index));

        // The name a declaration introduces is the word after its keyword (input NAME, metric NAME, dimension NAME ...).
        private static string? DeclaredName(TokenList<PerfToken> start)
        {
            if (start.IsAtEnd) return null;
            var keyword = start.ConsumeToken();
            if (keyword.Remainder.IsAtEnd) return null;
            var name = keyword.Remainder.ConsumeToken().Value;
            return name.Kind == PerfToken.Identifier ? name.ToStringValue() : null;
        }

        private bool BeginsLine(int index) =>
            index == 0 || _tokens[index - 1].Position.Line < _tokens[index].Position.Line;

        /// <summary>
        /// The next declaration keyword that begins a line, at or after the error and past the broken
        /// declaration's first token.
        /// </summary>
        private TokenList<PerfToken> SkipToNextDeclaration(TokenList<PerfToken> start, TokenList<PerfToken> error)
        {
            var list = error.Position > start.Position ? error : start.ConsumeToken().Remainder;
            while (!list.IsAtEnd)
            {
                var next = list.ConsumeToken();
                if (Keywords.DeclarationStarts.Contains(next.Value.Kind) && BeginsLine(list.Position)) return list;
                list = next.Remainder;
            }

            return list;
        }
    }
}
