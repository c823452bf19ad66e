#!/usr/bin/env python3
"""Draws time per employee against roster size from a BenchmarkDotNet export of ScoringBenchmarks.

    python3 benchmarks/chart/scaling_chart.py REPORT [OUT.svg]

It also prints the same numbers as a markdown table (median time and allocation per employee, and each method's
median over the baseline's, by roster size) for docs/performance.md.

REPORT is BenchmarkDotNet's CSV export (`*ScoringBenchmarks-report.csv`) or its GitHub markdown export
(`*ScoringBenchmarks-report-github.md`), both written to BenchmarkDotNet.Artifacts/results. Each method becomes one
line: its median divided by the number of employees, in microseconds, against the number of employees. Both axes are
logarithmic (the engines differ by orders of magnitude). The default output is docs/performance-scaling.svg.
Standard library only.
"""
import csv
import html
import math
import re
import sys
from pathlib import Path

UNITS = {"ns": 1e-3, "us": 1.0, "μs": 1.0, "µs": 1.0, "ms": 1e3, "s": 1e6}
COLOURS = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#3b3b3b", "#8ab17d"]
WIDTH, HEIGHT = 760, 470
LEFT, RIGHT, TOP, BOTTOM = 78, 250, 46, 60


def microseconds(cell):
    """'1,581.3 ms' -> 1581300.0; None for an empty or NA cell."""
    match = re.fullmatch(r"\s*\**([\d,]+(?:\.\d+)?)\s*(ns|us|μs|µs|ms|s)\**\s*", cell or "")
    if not match:
        return None
    return float(match.group(1).replace(",", "")) * UNITS[match.group(2)]


def clean(cell):
    return html.unescape(cell).replace("*", "").strip().strip("'").strip()


def rows(path):
    """The report's rows as dictionaries, from the CSV or the markdown export."""
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith(".csv"):
        return [{clean(k): clean(v) for k, v in row.items()} for row in csv.DictReader(text.splitlines())]
    table = [line for line in text.splitlines() if line.startswith("|")]
    header = [clean(c) for c in table[0].strip("|").split("|")]
    result = []
    for line in table[2:]:
        cells = [clean(c) for c in line.strip("|").split("|")]
        if any(cells):
            result.append(dict(zip(header, cells)))
    return result


def kilobytes(cell):
    """'655179.37 KB' -> 655179.37; also MB and B."""
    match = re.fullmatch(r"\s*\**([\d,]+(?:\.\d+)?)\s*(B|KB|MB|GB)\**\s*", cell or "")
    if not match:
        return None
    scale = {"B": 1 / 1024, "KB": 1.0, "MB": 1024.0, "GB": 1024.0 ** 2}[match.group(2)]
    return float(match.group(1).replace(",", "")) * scale


def table(report):
    """Markdown: per roster size, each method's median and allocation per employee, and its median over the first method's."""
    by_size = {}
    for row in report:
        size = row.get("Employees", "").replace(",", "")
        median = microseconds(row.get("Median", ""))
        if size.isdigit() and median is not None:
            by_size.setdefault(int(size), []).append((row["Method"], median, kilobytes(row.get("Allocated", ""))))
    out = ["| employees | method | median | per employee | / first method | allocated per employee |",
           "| ---: | --- | ---: | ---: | ---: | ---: |"]
    for size, methods in sorted(by_size.items()):
        first = methods[0][1]
        for method, median, allocated in methods:
            bytes_each = "" if allocated is None else f"{allocated * 1024 / size:,.0f} B"
            shown = f"{median / 1e3:,.1f} ms" if median >= 1e3 else f"{median:,.1f} µs"
            out.append(f"| {size:,} | {method} | {shown} | {median / size:.2f} µs | {median / first:.2f} | {bytes_each} |")
    return "\n".join(out)


def series(report):
    """{method: [(employees, microseconds per employee), ...]} in roster order."""
    lines = {}
    for row in report:
        size = row.get("Employees", "").replace(",", "")
        median = microseconds(row.get("Median", ""))
        if not size.isdigit() or median is None:
            continue
        lines.setdefault(row["Method"], []).append((int(size), median / int(size)))
    return {method: sorted(points) for method, points in lines.items()}


def log_ticks(low, high):
    return [10.0 ** e for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)]


def label(value, unit=""):
    if value >= 1:
        return f"{value:,.0f}{unit}"
    return f"{value:g}{unit}"


def svg(lines, title):
    sizes = [n for points in lines.values() for n, _ in points]
    times = [t for points in lines.values() for _, t in points]
    x_ticks, y_ticks = log_ticks(min(sizes), max(sizes)), log_ticks(min(times), max(times))
    x0, x1 = math.log10(x_ticks[0]), math.log10(x_ticks[-1])
    y0, y1 = math.log10(y_ticks[0]), math.log10(y_ticks[-1])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(n):
        return LEFT + (math.log10(n) - x0) / (x1 - x0) * plot_w

    def y(t):
        return TOP + plot_h - (math.log10(t) - y0) / (y1 - y0) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{LEFT}" y="24" font-size="14" font-weight="bold">{html.escape(title)}</text>',
    ]
    for t in x_ticks:
        out.append(f'<line x1="{x(t):.1f}" y1="{TOP}" x2="{x(t):.1f}" y2="{TOP + plot_h}" stroke="#ddd"/>')
        out.append(f'<text x="{x(t):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">{label(t)}</text>')
    for t in y_ticks:
        out.append(f'<line x1="{LEFT}" y1="{y(t):.1f}" x2="{LEFT + plot_w}" y2="{y(t):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 8}" y="{y(t) + 4:.1f}" text-anchor="end">{label(t, " µs")}</text>')
    out.append(f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#555"/>')
    out.append(f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 16}" text-anchor="middle">employees (log scale)</text>')
    out.append(f'<text transform="translate(18 {TOP + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle">'
               'median time per employee (log scale)</text>')
    for i, (method, points) in enumerate(lines.items()):
        colour = COLOURS[i % len(COLOURS)]
        path = " ".join(f"{'M' if k == 0 else 'L'}{x(n):.1f},{y(t):.1f}" for k, (n, t) in enumerate(points))
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for n, t in points:
            out.append(f'<circle cx="{x(n):.1f}" cy="{y(t):.1f}" r="3.5" fill="{colour}">'
                       f'<title>{html.escape(method)}: {n:,} employees, {t:.3g} µs each</title></circle>')
        legend_y = TOP + 10 + 22 * i
        out.append(f'<line x1="{LEFT + plot_w + 16}" y1="{legend_y}" x2="{LEFT + plot_w + 40}" y2="{legend_y}" '
                   f'stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{LEFT + plot_w + 46}" y="{legend_y + 4}">{html.escape(method)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    report = argv[1]
    target = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parents[2] / "docs" / "performance-scaling.svg"
    report_rows = rows(report)
    lines = series(report_rows)
    if not lines:
        print(f"{report}: no rows with Employees and Median", file=sys.stderr)
        return 1
    target.write_text(svg(lines, "Section 1 plan, one quarter: time per employee against roster size"), encoding="utf-8")
    print(table(report_rows))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
