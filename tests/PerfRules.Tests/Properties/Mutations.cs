using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Tests.Samples;

namespace PerfRules.Tests.Properties;

/// <summary>How a plan is damaged.</summary>
public enum MutationKind { Delete, Duplicate, Swap, Bytes }

/// <summary>One edit at a position (taken modulo the text's length when applied).</summary>
public sealed record Edit(int Position, int Length, int Other, byte Byte);

/// <summary>A valid plan (one of <see cref="Mutation.Seeds"/>) damaged by a few edits of one kind.</summary>
public sealed record Mutation(MutationKind Kind, int Seed, ImmutableArray<Edit> Edits)
{
    /// <summary>
    /// The valid plans mutated: small ones, so that CI can afford thousands of cases, between them using every
    /// construct of the language (the spec's worked example, its section 1 plan, and a compact tour of version 1.1).
    /// </summary>
    public static ImmutableArray<string> Seeds { get; } =
    [
        File.ReadAllText(Path.Combine(SampleOutputTests.SamplesFolder, "worked-example", "plan.perf")),
        File.ReadAllText(Path.Combine(SampleOutputTests.SamplesFolder, "acme-sales", "plan.perf")),
        PlanRunner.Case("plans/compact-tour.perf"),
    ];

    /// <summary>The damaged plan as UTF-8 bytes (the byte family may leave bytes that are not UTF-8).</summary>
    public byte[] Apply()
    {
        var text = Seeds[Seed % Seeds.Length];
        if (Kind == MutationKind.Bytes)
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
            foreach (var edit in Edits)
            {
                var at = edit.Position % (bytes.Count + 1);
                if (edit.Length % 2 == 0 && at < bytes.Count) bytes[at] = edit.Byte;
                else bytes.Insert(at, edit.Byte);
            }

            return [.. bytes];
        }

        foreach (var edit in Edits)
        {
            if (text.Length == 0) break;
            var at = edit.Position % text.Length;
            var count = Math.Min(1 + (edit.Length % 8), text.Length - at);
            text = Kind switch
            {
                MutationKind.Delete => text.Remove(at, count),
                MutationKind.Duplicate => text.Insert(at, text.Substring(at, count)),
                _ => Swap(text, at, edit.Other % text.Length),
            };
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static string Swap(string text, int a, int b)
    {
        var chars = text.ToCharArray();
        (chars[a], chars[b]) = (chars[b], chars[a]);
        return new string(chars);
    }

    public override string ToString() => $"{Kind} of plan {Seed % Seeds.Length}: {string.Join(", ", Edits)}";

    internal static Arbitrary<Mutation> Arbitrary(MutationKind kind)
    {
        var edit =
            from position in Gen.Choose(0, int.MaxValue - 1)
            from length in Gen.Choose(0, 63)
            from other in Gen.Choose(0, int.MaxValue - 1)
            from value in Gen.Elements<byte>(0x00, 0x0A, 0x0D, 0x22, 0x2F, 0x7B, 0x7D, 0x80, 0xC3, 0xE6, 0xFF, 0x25, 0x2D, 0x30, 0x5F)
            select new Edit(position, length, other, value);
        var mutation =
            from seed in Gen.Choose(0, 1000)
            from count in Gen.Choose(1, 3)
            from edits in edit.ArrayOf(count)
            select new Mutation(kind, seed, [.. edits]);
        return Arb.From(mutation, m => Enumerable.Range(0, m.Edits.Length).Where(_ => m.Edits.Length > 1)
            .Select(i => m with { Edits = m.Edits.RemoveAt(i) }));
    }
}
