using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>Binds vetoes (spec 7): a condition of the veto stage, and the grade line it forces, if it names one.</summary>
internal sealed class VetoBinder(DeclarationTable table, ExpressionBinder expressions, DiagnosticBag diagnostics)
{
    public VetoSymbol Bind(VetoDeclaration veto)
    {
        var condition = expressions.BindCondition(veto.Condition, ExpressionPlace.Veto, "the condition of a veto");
        return new VetoSymbol(condition, GradeIndex(veto.Grade), veto.Reason.Value, veto.Span);
    }

    /// <summary>The index of the named grade line; null (the last line) when the veto names none or the name is wrong.</summary>
    private int? GradeIndex(Identifier? grade)
    {
        if (grade is null) return null;
        if (table.GradesSyntax is not { } grades)
        {
            diagnostics.Error(DiagnosticCode.VetoGradeWithoutGrades, grade.Span, grade.Name);
            return null;
        }

        for (var i = 0; i < grades.Lines.Length; i++)
        {
            if (grades.Lines[i].Name.Name == grade.Name) return i;
        }

        diagnostics.Error(DiagnosticCode.UnknownVetoGrade, grade.Span, grade.Name);
        return null;
    }
}
