using System.Security.Cryptography;
using System.Text;
using PerfRules.Data;

namespace PerfRules.Tests.Hosting;

/// <summary>The plans and rosters of the registry tests (Cases/hosting, described in its README).</summary>
internal static class HostingCases
{
    public static string SalesTo200 => PlanRunner.Case("hosting/sales-to-200.perf");

    public static string SalesTo100 => PlanRunner.Case("hosting/sales-to-100.perf");

    public static string SalesBadWeight => PlanRunner.Case("hosting/sales-bad-weight.perf");

    public static string Calls => PlanRunner.Case("hosting/calls.perf");

    public static Roster Sales(PerfPlan plan) => plan.ReadCsv(new StringReader(PlanRunner.Case("hosting/sales.csv")), "sales.csv");

    public static Roster CallsRoster(PerfPlan plan) => plan.ReadCsv(new StringReader(PlanRunner.Case("hosting/calls.csv")), "calls.csv");

    /// <summary>The stamp worked out apart from the library: SHA-256 of the text's UTF-8 bytes, as lower-case hex.</summary>
    public static string Stamp(string text) =>
        "sha256:" + string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
}
