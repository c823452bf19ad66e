using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PerfRules.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
