using System.Text;
using PerfRules.Hosting;
using PerfRules.Tests.Cli;

namespace PerfRules.Tests.Hosting;

public class PlanStampTests
{
    private const string Text = "plan \"Stamp\"\nperiod quarter\ninput sales number\ndimension d weight 100% {\n  kpi sales weight 100% linear from 0 to 100\n}\n";

    [Fact]
    public void The_stamp_of_a_known_text_is_the_sha256_of_its_utf8_bytes_in_lower_case_hex()
    {
        var plan = PlanRunner.Compile(Text);

        // Worked out apart from the library, with printf and sha256sum over the same bytes.
        Assert.Equal("sha256:480c0c8f74f57b4a95f5087f5d6037b8b43ece21d9bea865003d7d1f6b542246", plan.ContentHash);
        Assert.Equal(HostingCases.Stamp(Text), plan.ContentHash);
    }

    [Fact]
    public void One_changed_line_ending_changes_the_stamp()
    {
        var lf = PlanRunner.Compile(Text);
        var crlf = PlanRunner.Compile(Text.ReplaceLineEndings("\r\n"));

        Assert.NotEqual(lf.ContentHash, crlf.ContentHash);
        Assert.Equal(HostingCases.Stamp(Text.ReplaceLineEndings("\r\n")), crlf.ContentHash);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_has_the_stamp_of_its_text()
    {
        using var folder = new TempPlanFolder();
        var path = folder.WriteBytes("bom.perf", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);

        var compiled = PerfPlan.CompileFile(path);

        Assert.True(compiled.Success);
        Assert.Equal(HostingCases.Stamp(Text), compiled.Plan!.ContentHash);
    }

    [Fact]
    public void Results_carry_the_name_and_stamp_of_the_plan_with_or_without_a_registry()
    {
        var direct = PlanRunner.Compile(HostingCases.SalesTo200);
        var registry = new PlanRegistry();
        registry.Set("acme", HostingCases.SalesTo200);

        var alone = direct.Evaluate(HostingCases.Sales(direct));
        var hosted = registry.Evaluate("acme", HostingCases.Sales(direct));

        Assert.Equal("Sales to 200", alone.PlanName);
        Assert.Equal(HostingCases.Stamp(HostingCases.SalesTo200), alone.PlanContentHash);
        Assert.Equal(alone.PlanName, hosted.PlanName);
        Assert.Equal(alone.PlanContentHash, hosted.PlanContentHash);
    }

    [Fact]
    public void The_command_line_prints_the_stamp_in_json_and_above_an_explanation()
    {
        var plan = CliRunner.Case("hosting/sales-to-200.perf");
        var data = CliRunner.Case("hosting/sales.csv");
        var stamp = HostingCases.Stamp(File.ReadAllText(plan));

        var json = CliRunner.Run("score", plan, data, "--format", "json");
        var explain = CliRunner.Run("score", plan, data, "--explain", "e1");

        Assert.Contains($"\"planContentHash\": \"{stamp}\"", json.Out, StringComparison.Ordinal);
        Assert.StartsWith($"plan \"Sales to 200\", {stamp}\ne1 in 2025-Q1 under plan \"Sales to 200\"", explain.Out, StringComparison.Ordinal);
    }
}
