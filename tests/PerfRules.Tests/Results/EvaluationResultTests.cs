namespace PerfRules.Tests.Results;

/// <summary>The employees of a result are views made when first read: the same objects for every reader and thread.</summary>
public class EvaluationResultTests
{
    private const string Plan = """
        period month
        input v    number
        input team text
        dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
        rank by score desc within team
        """;

    // Team a: a2 (80) ranks before a1 (30); team b: b1 alone. Output order: group a by rank, then group b.
    private const string Data = "employee,period,v,team\na1,2025-07,30,a\na2,2025-07,80,a\nb1,2025-07,50,b\n";

    [Fact]
    public void Employees_are_made_once_in_output_order_and_find_returns_the_same_objects()
    {
        var result = PlanRunner.Score(Plan, Data);

        var first = result.Employees;
        var again = result.Employees;

        Assert.Equal(["a2", "a1", "b1"], first.Select(e => e.Employee));
        Assert.All(first.Zip(again), pair => Assert.Same(pair.First, pair.Second));
        Assert.Same(first[1], result.Find("a1"));
        Assert.Equal(30.00m, result.Find("a1")!.Score);
    }

    [Fact]
    public void Threads_reading_the_employees_first_at_the_same_time_all_see_the_same_objects()
    {
        var result = PlanRunner.Score(Plan, Data);

        var seen = new System.Collections.Concurrent.ConcurrentBag<PerfRules.Results.EmployeeResult>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => seen.Add(result.Employees[0]));

        Assert.Equal(8, seen.Count);
        Assert.All(seen, e => Assert.Same(result.Employees[0], e));
    }
}
