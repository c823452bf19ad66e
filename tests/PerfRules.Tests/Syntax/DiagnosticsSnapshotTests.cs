using Snapshooter.Xunit;

namespace PerfRules.Tests.Syntax;

public class DiagnosticsSnapshotTests
{
    [Fact]
    public void A_plan_with_several_mistakes_reports_each_in_position_order()
    {
        var parsed = Parsed.From(Parsed.ReadCase("several-mistakes.perf"), "several-mistakes.perf");

        Snapshot.Match(parsed.Rendered);
    }
}
