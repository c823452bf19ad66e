using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>Binds the lines of the grades block (spec 7) and of levels blocks (spec 12.4).</summary>
internal sealed class ClassificationBinder(ExpressionBinder expressions, DiagnosticBag diagnostics)
{
    public void BindGrades(GradesDeclaration syntax, ClassificationSymbol grades) =>
        grades.Lines = BindLines(syntax.Lines, syntax.Span, ExpressionPlace.GradeLine, "the grades block", "grade line");

    public void BindLevels(LevelsDeclaration syntax, ClassificationSymbol levels) =>
        levels.Lines = BindLines(syntax.Lines, syntax.Span, ExpressionPlace.LevelsLine, $"levels block '{syntax.Name.Name}'", "levels line");

    private ImmutableArray<ClassLine> BindLines(ImmutableArray<ClassLineSyntax> lines, SourceSpan block, ExpressionPlace place,
        string blockName, string lineKind)
    {
        if (lines.IsEmpty) diagnostics.Error(DiagnosticCode.EmptyBlock, block, blockName);
        var bound = ImmutableArray.CreateRange(lines, line =>
        {
            if (line.Top is { } top) TopShare.Read(top, diagnostics);
            var when = line.When is null
                ? null
                : expressions.BindCondition(line.When, place, $"the 'when' of {lineKind} '{line.Name.Name}'");
            return new ClassLine(line.Name.Name, line.Top?.Value, line.At?.Value, when, line.Span);
        });
        CatchAllRules.Check(lines, l => l.IsCatchAll, l => l.Span, l => l.Name.Name, blockName, diagnostics);
        return bound;
    }
}
