using System.Collections.Immutable;
using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Diagnostics;
using PerfRules.Syntax;
using PerfRules.Syntax.Formatting;
using PerfRules.Text;

namespace PerfRules.Tests.Properties;

/// <summary>
/// Valid plans damaged at random go through decoding, tokenizer, parser, checker and compiler: only diagnostics ever
/// come out, each inside the text, never an exception. CI runs 2,500 cases a family (10,000 in all); the long run of
/// docs/testing.md runs ten times as many. The compiler runs once per distinct plan, its trees interpreted: a mutant
/// whose syntax tree equals one already compiled (a change inside a comment or between tokens) is not compiled again.
/// </summary>
public class HostileMutationProperties
{
    private static readonly ConcurrentDictionary<string, bool> CompiledTrees = new(StringComparer.Ordinal);

    [ScaledProperty(2500)]
    public Property Deleting_characters_from_a_valid_plan_gives_diagnostics_never_an_exception() =>
        Prop.ForAll(Mutation.Arbitrary(MutationKind.Delete), Survives);

    [ScaledProperty(2500)]
    public Property Duplicating_stretches_of_a_valid_plan_gives_diagnostics_never_an_exception() =>
        Prop.ForAll(Mutation.Arbitrary(MutationKind.Duplicate), Survives);

    [ScaledProperty(2500)]
    public Property Swapping_characters_of_a_valid_plan_gives_diagnostics_never_an_exception() =>
        Prop.ForAll(Mutation.Arbitrary(MutationKind.Swap), Survives);

    [ScaledProperty(2500)]
    public Property Random_bytes_in_a_valid_plan_give_diagnostics_never_an_exception() =>
        Prop.ForAll(Mutation.Arbitrary(MutationKind.Bytes), Survives);

    private static void Survives(Mutation mutation)
    {
        var diagnostics = new DiagnosticBag("mutant.perf");
        if (!SourceText.TryDecode(mutation.Apply(), diagnostics, out var text))
        {
            Assert.Equal(DiagnosticCode.InvalidUtf8, Assert.Single(diagnostics.ToSortedArray()).Code);
            return;
        }

        var syntax = PlanParser.Parse(text, diagnostics, out var tokenized);
        var bound = Binder.Bind(syntax, diagnostics);
        var all = diagnostics.ToSortedArray();
        Assert.All(all, d => Assert.InRange(d.Span.End, 0, text.Length));
        Assert.All(all, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
        Assert.Equal(bound is null || diagnostics.HasErrors, all.Any(d => d.IsError));
        if (bound is null || diagnostics.HasErrors) return;

        var tree = string.Join("\n", PlanLayout.Of(syntax, tokenized).Select(l => l.Text));
        if (!CompiledTrees.TryAdd(tree, true)) return;
        using var interpreted = TreeCompiler.Watch(null, interpret: true);
        Assert.NotNull(PlanCompiler.Compile(bound, text));
    }
}
