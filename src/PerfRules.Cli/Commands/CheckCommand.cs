using System.CommandLine;

namespace PerfRules.Cli.Commands;

/// <summary><c>perfrules check PLAN.perf</c>: compile a plan and report every mistake in it.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var planArgument = new Argument<FileInfo>("plan") { Description = "The .perf plan to check." };
        var command = new Command("check", "Compile a plan and report every mistake in it.") { planArgument };
        command.SetAction(parse => Run(console, parse.GetValue(planArgument)!));
        return command;
    }

    private static int Run(CliConsole console, FileInfo plan)
    {
        if (PlanLoader.Load(console, plan, out var failure) is not { } compiled) return failure;
        var kpis = compiled.Profiles.Sum(p => p.Dimensions.Sum(d => d.Kpis.Length));
        var dimensions = compiled.Profiles.Sum(p => p.Dimensions.Length);
        var name = compiled.Name is null ? plan.Name : $"\"{compiled.Name}\" ({plan.Name})";
        console.Out.WriteLine(
            $"{name}: ok, {compiled.Cadence.ToString().ToLowerInvariant()} plan with {compiled.Inputs.Length} inputs, " +
            $"{dimensions} dimensions, {kpis} KPIs, {compiled.Grades.Length} grades, {compiled.Flags.Length} flags");
        return CliApp.Success;
    }
}
