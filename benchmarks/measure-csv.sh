#!/usr/bin/env bash
# Scores a generated roster of N employees (default 1,000,000) with the section 1 plan through the real command line,
# `perfrules score --format csv`, and reports wall time and peak memory (GNU time), then splits reading, evaluating
# and writing in-process, and times `perfrules check` on the generated 2,000-line plan. Data goes to /tmp only.
#
#   benchmarks/measure-csv.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

employees=${1:-1000000}
runs=${2:-3}
csv=/tmp/perfrules-acme-$employees.csv
scores=/tmp/perfrules-acme-$employees-scores.csv
big_plan=/tmp/perfrules-generated-2000.perf
bench=benchmarks/PerfRules.Benchmarks/bin/Release/net10.0/PerfRules.Benchmarks.dll
cli=src/PerfRules.Cli/bin/Release/net10.0/PerfRules.Cli.dll
plan=samples/acme-sales/plan.perf
timing='%e s wall, %U s user, %S s system, %M KB peak resident'

dotnet build -c Release -v quiet -nologo > /dev/null
[ -f "$csv" ] || dotnet "$bench" --generate-csv "$csv" "$employees"
dotnet "$bench" --generate-plan "$big_plan"

echo "== process start-up and compiling the plan: perfrules check"
/usr/bin/time -f "check $plan: $timing" dotnet "$cli" check "$plan" > /dev/null

echo "== perfrules score $plan $csv --format csv"
# The first run keeps its output to check it: a header and one row per employee.
/usr/bin/time -f "score run 1 (to a file): $timing" dotnet "$cli" score "$plan" "$csv" --format csv > "$scores"
echo "output: $(wc -l < "$scores") lines; first rows:"
head -3 "$scores"
rm -f "$scores"
for run in $(seq 2 "$runs"); do
  /usr/bin/time -f "score run $run (to /dev/null): $timing" dotnet "$cli" score "$plan" "$csv" --format csv > /dev/null
done

echo "== in-process split: read, evaluate, write"
dotnet "$bench" --csv-stages "$csv" "$runs"

echo "== perfrules check on the generated 2,000-line plan"
/usr/bin/time -f "check $big_plan: $timing" dotnet "$cli" check "$big_plan"
