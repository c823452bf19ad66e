#!/usr/bin/env python3
"""Writes samples/weekly-routine/roster.csv: DAILY rows for a weekly plan.

    python3 samples/generate_weekly.py

Twenty agents, eight ISO weeks from 2025-W47 (Monday 2025-11-17) to 2026-W02
(Sunday 2026-01-11), so the data crosses into the next week-numbering year:
2025-12-29 to 2026-01-04 is 2026-W01. Each agent's week is drawn first (how
many problems, posts, visits, orders and complaints), then spread over the
days the agent worked; the plan adds the days up again. The draw uses a fixed
seed, so the file comes out the same on every run. A few weeks are set by hand
so that what the sample's README describes shows in the output; they are
marked `# scenario` below.
"""
import datetime
import random

from generate_rosters import write

FIRST_MONDAY = datetime.date(2025, 11, 17)
WEEKS = 8
REGIONS = ["华东", "华南", "华北", "西南"]


def week_name(monday):
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def spread(total, days, rnd):
    """Splits a weekly total over the working days, every split as likely as any other."""
    cuts = sorted(rnd.randint(0, total) for _ in range(days - 1))
    bounds = [0] + cuts + [total]
    return [bounds[i + 1] - bounds[i] for i in range(days)]


def main():
    rnd = random.Random(20251117)
    mondays = [FIRST_MONDAY + datetime.timedelta(weeks=w) for w in range(WEEKS)]
    agents = []
    for i in range(20):
        agents.append(dict(
            id=f"B{i + 1:02d}",
            region=REGIONS[i % 4],
            joined=datetime.date(2024, 3, 1) + datetime.timedelta(days=rnd.randint(0, 420)),
            diligence=rnd.uniform(0.75, 1.3),       # how fully the routine gets done
            orders=rnd.randint(12, 30),             # usual orders a week
            care=rnd.uniform(0.0, 0.08),            # complaints per order
            surveyed=rnd.uniform(0.15, 0.5),        # share of days a customer survey comes in
            csat=rnd.uniform(3.4, 4.7),
        ))
    by_id = {a["id"]: a for a in agents}

    # weeks[agent id][week index] = the week's totals, or None for a week without rows
    weeks = {}
    for a in agents:
        plan = []
        for _ in mondays:
            d = a["diligence"]
            orders = max(3, round(a["orders"] * rnd.uniform(0.7, 1.3)))
            plan.append(dict(
                problems_solved=max(0, round(5.5 * d + rnd.uniform(-2.5, 2))),
                tailored_posts=max(0, round(3.4 * d + rnd.uniform(-1.5, 1.2))),
                deep_visits=max(0, round(1.2 * d + rnd.uniform(-0.9, 0.8))),
                orders=orders,
                complaints=round(orders * a["care"] * rnd.uniform(0.5, 1.5)),
            ))
        weeks[a["id"]] = plan

    full = dict(problems_solved=6, tailored_posts=4, deep_visits=1)
    # scenario: B01 does the whole routine every week.
    for plan in weeks["B01"]:
        plan.update(full)
    # scenario: B02's last four weeks are done, missed (two posts), done, done.
    for w in (4, 6, 7):
        weeks["B02"][w].update(full)
    weeks["B02"][5].update(problems_solved=7, tailored_posts=2, deep_visits=2)
    # scenario: three recent joiners. B03 joined 2025-11-03; B04 on 2025-12-15 (it has no
    # rows before that week); B05 on 2025-10-11, three whole months before 2026-01-11.
    by_id["B03"]["joined"] = datetime.date(2025, 11, 3)
    by_id["B04"]["joined"] = datetime.date(2025, 12, 15)
    by_id["B05"]["joined"] = datetime.date(2025, 10, 11)
    for w in range(4):
        weeks["B04"][w] = None
    weeks["B04"][6].update(full)
    weeks["B04"][7].update(full)
    weeks["B03"][7].update(problems_solved=3, tailored_posts=3, deep_visits=0)
    # scenario: B06's complaint rate goes from 1 in 20 orders to 3 in 22.
    weeks["B06"][6].update(orders=20, complaints=1)
    weeks["B06"][7].update(orders=22, complaints=3)
    # scenario: B08 is on leave in 2026-W01 and has no rows that week.
    weeks["B08"][6] = None
    weeks["B08"][7].update(orders=25, complaints=4)
    # scenario: B09's customers answered surveys only in its first two weeks.
    by_id["B09"]["surveyed"] = 0.0
    by_id["B10"]["surveyed"] = 0.0
    # scenario: B11's best week ever is the last.
    weeks["B11"][7].update(orders=60)

    rows = []
    for a in agents:
        for w, monday in enumerate(mondays):
            week = weeks[a["id"]][w]
            if week is None:
                continue
            days = sorted(rnd.sample(range(7), rnd.choice([5, 5, 6, 6, 7])))
            parts = {k: spread(v, len(days), rnd) for k, v in week.items()}
            for n, day in enumerate(days):
                surveyed = a["surveyed"] if not (a["id"] == "B09" and w < 2) else 0.6
                csat = f"{min(5.0, max(1.0, a['csat'] + rnd.uniform(-0.6, 0.6))):.1f}" if rnd.random() < surveyed else None
                rows.append(dict(
                    employee=a["id"], period=(monday + datetime.timedelta(days=day)).isoformat(),
                    region=a["region"], joined=a["joined"].isoformat(),
                    csat=csat, **{k: parts[k][n] for k in parts},
                ))

    write("weekly-routine",
          ["employee", "period", "region", "joined", "problems_solved", "tailored_posts", "deep_visits",
           "orders", "complaints", "csat"],
          rows)


if __name__ == "__main__":
    main()
