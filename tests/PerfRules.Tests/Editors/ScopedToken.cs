using System.Collections.Immutable;

namespace PerfRules.Tests.Editors;

/// <summary>One token as an editor colours it: where it starts (1-based line and column), its text and its scopes, outermost first.</summary>
internal sealed record ScopedToken(int Line, int Column, string Text, ImmutableArray<string> Scopes)
{
    /// <summary>
    /// The scope that decides the colour: the innermost one that is neither the file's own scope, a <c>meta.</c> region
    /// nor the punctuation of a string or comment.
    /// </summary>
    public string Kind
    {
        get
        {
            for (var i = Scopes.Length - 1; i > 0; i--)
            {
                var scope = Scopes[i];
                if (!scope.StartsWith("meta.", StringComparison.Ordinal)
                    && !scope.StartsWith("punctuation.definition.", StringComparison.Ordinal)) return scope;
            }

            return Scopes[0];
        }
    }

    public bool Has(string scope) => Scopes.Contains(scope);

    public bool IsInvalid => Scopes.Any(s => s.StartsWith("invalid.", StringComparison.Ordinal));

    public override string ToString() => $"({Line},{Column}) '{Text}' {string.Join(" ", Scopes)}";
}
