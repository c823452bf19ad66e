#!/usr/bin/env python3
"""Writes the roster.csv of every sample plan.

    python3 samples/generate_rosters.py

The values are drawn from a fixed seed per sample, so the files come out the
same on every run and every machine. On top of the random draw, each sample
sets a few rows by hand (ties, vetoes, gaps, people who join late) so that the
behaviour its README describes shows in the output; those rows are marked
`# scenario` below. The worked-example roster is the spec's and is not written
here.
"""
import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(sample, header, rows):
    """Writes one roster, rows sorted by period then employee, values as text."""
    rows = sorted(rows, key=lambda r: (r["period"], r["employee"]))
    path = HERE / sample / "roster.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        for r in rows:
            out.writerow([text(r.get(col)) for col in header])
    print(f"{path.relative_to(HERE.parent)}: {len(rows)} rows")


def text(value):
    """None is an empty cell; booleans are true/false; floats never reach a roster."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        raise TypeError("round a value to a string or int before writing it")
    return str(value)


def money(x, step=100):
    """A money amount rounded to `step`, written with its 2 decimals."""
    return f"{int(round(x / step)) * step}.00"


def cents(x):
    return f"{x:.2f}"


def pct(x, decimals=1):
    """A percent cell written the way HR exports usually do: `93.5%`."""
    return f"{x * 100:.{decimals}f}%"


def frac(x, decimals=3):
    """A percent cell written as a fraction: `0.935`."""
    return f"{x:.{decimals}f}"


def clip(x, lo, hi):
    return max(lo, min(hi, x))


# --------------------------------------------------------------------------
# acme-sales: the spec's section 1 plan, quarterly rows 2025-Q1..2025-Q4.

def acme_sales():
    rnd = random.Random(20250101)
    quarters = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    teams = ["North", "South", "West"]
    people = []
    for i in range(30):
        people.append(dict(
            id=f"E{101 + i}",
            team=teams[i % 3],
            level=rnd.uniform(1_250_000, 2_150_000),     # how much this person usually sells
            collection=rnd.uniform(0.90, 1.0),           # usual collected / receivable
            nps=rnd.uniform(15, 75),
            reach=rnd.uniform(5, 28),                     # usual new customers a quarter
            care=rnd.uniform(0, 4),                       # usual complaints a quarter
            tenure=rnd.randint(8, 90),
        ))
    rows = []
    for p in people:
        for q, quarter in enumerate(quarters):
            revenue = p["level"] * rnd.uniform(0.9, 1.12) * (1 + 0.03 * q)
            receivable = revenue * rnd.uniform(0.55, 0.75)
            rate = clip(p["collection"] + rnd.uniform(-0.03, 0.03), 0.85, 1.0)
            rows.append(dict(
                employee=p["id"], period=quarter, team=p["team"],
                revenue=money(revenue, 1000),
                receivable=cents(receivable),
                collected=cents(receivable * rate),
                new_customers=max(0, round(p["reach"] + rnd.uniform(-5, 5))),
                nps=round(clip(p["nps"] + rnd.uniform(-8, 8), 10, 80)),
                complaints=max(0, round(p["care"] + rnd.uniform(-1.5, 1.5))),
                data_violations=0,
                tenure_months=p["tenure"] + 3 * q,
            ))
    by = {(r["employee"], r["period"]): r for r in rows}

    # scenario: E128 joins in Q2 and E129 in Q3 (no earlier rows, short tenure).
    for q in quarters[:1]:
        rows.remove(by["E128", q])
    for q in quarters[:2]:
        rows.remove(by["E129", q])
    for q, quarter in enumerate(quarters):
        if ("E128", quarter) in by:
            by["E128", quarter]["tenure_months"] = 1 + 3 * (q - 1)
        if ("E129", quarter) in by:
            by["E129", quarter]["tenure_months"] = 2 + 3 * (q - 2)
    # scenario: E113 is on leave in Q3, so in Q4 growth is missing (skipped) and streaks restart.
    rows.remove(by["E113", "2025-Q3"])

    # scenario: the two one-vote vetoes of Q4, and one in Q2 that is history only.
    by["E104", "2025-Q4"]["data_violations"] = 1
    by["E119", "2025-Q4"]["data_violations"] = 2
    by["E110", "2025-Q2"]["data_violations"] = 1

    # scenario: three South stars at full marks in Q4 (every KPI at its top); two of them
    # on exactly 2,000,000, so the tie-breaker `revenue desc` cannot part them either.
    for emp, revenue in (("E102", "2310000.00"), ("E105", "2000000.00"), ("E108", "2000000.00")):
        r = by[emp, "2025-Q4"]
        r.update(revenue=revenue, receivable="1200000.00", collected="1200000.00",
                 nps=72, new_customers=31, complaints=0)
        by[emp, "2025-Q3"]["revenue"] = "1480000.00"   # growth above 30%
    # scenario: a West seller who leads for several quarters with no complaint.
    for quarter in quarters:
        r = by["E103", quarter]
        r.update(revenue=money(float(r["revenue"]) * 1.25, 1000), complaints=0, nps=78)
        r["collected"] = r["receivable"]

    write("acme-sales",
          ["employee", "period", "team", "revenue", "collected", "receivable", "new_customers", "nps",
           "complaints", "data_violations", "tenure_months"],
          rows)


# --------------------------------------------------------------------------
# social-commerce-agents: monthly plan, monthly rows 2025-01..2025-06.

def social_commerce_agents():
    rnd = random.Random(20250201)
    months = [f"2025-{m:02d}" for m in range(1, 7)]
    regions = ["华东", "华南", "华北", "西南"]
    agents = []
    for i in range(36):
        agents.append(dict(
            id=f"A{i + 1:02d}",
            region=regions[i % 4],
            stock=(i % 3 != 0),                           # two in three hold stock
            target=rnd.choice([60_000, 80_000, 100_000, 120_000, 150_000, 200_000]),
            drive=rnd.uniform(0.85, 1.35),                # usual attainment
            collection=rnd.uniform(0.935, 1.0),
            care=rnd.uniform(0.005, 0.04),              # complaints per order
            customers=rnd.randint(80, 420),
            pull=rnd.uniform(0.0, 0.10),                  # monthly customer growth
            turnover=rnd.uniform(2.4, 5.5),
            conversion=rnd.uniform(0.07, 0.21),
            csat=rnd.uniform(3.6, 4.8),
            nps=rnd.uniform(18, 62),
            profiles=rnd.uniform(0.74, 0.97),
            diligence=rnd.uniform(0.6, 1.15),             # how fully they do the 5-3-1 routine
            knowledge=rnd.uniform(72, 96),
            training=rnd.uniform(0.72, 1.0),
            original=rnd.uniform(0.42, 0.85),
            interaction=rnd.uniform(0.10, 0.30),
            rating=rnd.uniform(65, 92),
            mentor=(i % 4 == 1),
        ))
    rows = []
    for a in agents:
        customers = a["customers"]
        for m, month in enumerate(months):
            customers = round(customers * (1 + a["pull"] + rnd.uniform(-0.02, 0.02)))
            revenue = a["target"] * clip(a["drive"] + rnd.uniform(-0.2, 0.2), 0.55, 1.7)
            receivable = revenue * rnd.uniform(0.4, 0.7)
            rate = clip(a["collection"] + rnd.uniform(-0.02, 0.02), 0.88, 1.0)
            orders = max(6, round(revenue / rnd.uniform(2500, 4500)))
            quarter_end = month.endswith(("03", "06"))
            rows.append(dict(
                employee=a["id"], period=month, region=a["region"],
                revenue=money(revenue, 10),
                revenue_target=money(a["target"], 1),
                receivable=cents(receivable),
                collected=cents(receivable * rate),
                customers=customers,
                orders=orders,
                inventory_turnover=f"{a['turnover'] + rnd.uniform(-0.4, 0.4):.1f}" if a["stock"] else None,
                enquiry_conversion=pct(clip(a["conversion"] + rnd.uniform(-0.03, 0.03), 0.02, 0.4)) if not a["stock"] else None,
                csat=f"{clip(a['csat'] + rnd.uniform(-0.3, 0.3), 1, 5):.1f}",
                nps=round(a["nps"] + rnd.uniform(-6, 6)),
                profile_completeness=pct(clip(a["profiles"] + rnd.uniform(-0.03, 0.03), 0, 1)),
                problems_solved=max(0, round(20 * a["diligence"] + rnd.uniform(-4, 4))),
                tailored_posts=max(0, round(12 * a["diligence"] + rnd.uniform(-3, 3))),
                deep_visits=max(0, round(4 * a["diligence"] + rnd.uniform(-1.5, 1.5))),
                knowledge_test=round(clip(a["knowledge"] + rnd.uniform(-6, 6), 50, 100)) if quarter_end else None,
                training_attendance=frac(clip(a["training"] + rnd.uniform(-0.03, 0.03), 0, 1), 2),
                original_content=pct(clip(a["original"] + rnd.uniform(-0.05, 0.05), 0, 1), 0),
                community_interaction=pct(clip(a["interaction"] + rnd.uniform(-0.04, 0.04), 0, 1), 0),
                superior_rating=round(clip(a["rating"] + rnd.uniform(-8, 8), 40, 100)),
                peer_rating=round(clip(a["rating"] + rnd.uniform(-10, 10), 40, 100)),
                customer_rating=round(clip(a["rating"] + rnd.uniform(-10, 10), 40, 100)),
                complaints=round(orders * a["care"] * rnd.uniform(0.8, 1.2)),
                max_orders_one_address=rnd.choice([1, 1, 1, 2, 2, 3]),
                mentee_retention=pct(rnd.uniform(0.72, 0.98), 0) if a["mentor"] else None,
            ))
    by = {(r["employee"], r["period"]): r for r in rows}

    # scenario: A33 joins in March and A34 in April; A35 has no row for May.
    for month in months[:2]:
        rows.remove(by["A33", month])
    for month in months[:3]:
        rows.remove(by["A34", month])
    rows.remove(by["A35", "2025-05"])
    # scenario: A12 and A27 opened new regions; A27's is profitable within three months.
    for m, month in enumerate(months[3:], start=1):
        by["A12", month].update(new_region_margin=pct(0.08 + 0.03 * m, 0), months_in_new_region=m)
        by["A27", month].update(new_region_margin=pct(0.12 + 0.05 * m, 0), months_in_new_region=m)
    # scenario: 27 orders this month, seven of them to one address.
    by["A08", "2025-06"]["max_orders_one_address"] = 7
    # scenario: A14's complaints jump in June against May.
    by["A14", "2025-05"]["complaints"] = 1
    by["A14", "2025-06"]["complaints"] = 5
    # scenario: A05 and A17 (华东) co-run one shop and report the same June figures,
    # so they tie on score and on revenue; A06 and A18 (华南) tie on score only.
    twin = dict(by["A05", "2025-06"])
    by["A17", "2025-06"].update({k: v for k, v in twin.items() if k not in ("employee",)})
    by["A17", "2025-03"]["customers"] = by["A05", "2025-03"]["customers"]
    for emp, revenue in (("A06", "230000.00"), ("A18", "241000.00")):
        r = by[emp, "2025-06"]
        r.update({k: v for k, v in by["A06", "2025-06"].items()
                  if k not in ("employee", "revenue", "orders", "complaints", "max_orders_one_address")})
        r.update(revenue=revenue, revenue_target="150000.00")       # both past the stretch line
    by["A18", "2025-03"]["customers"] = by["A06", "2025-03"]["customers"]

    write("social-commerce-agents",
          ["employee", "period", "region", "revenue", "revenue_target", "collected", "receivable", "customers",
           "orders", "inventory_turnover", "enquiry_conversion", "csat", "nps", "profile_completeness",
           "problems_solved", "tailored_posts", "deep_visits", "knowledge_test", "training_attendance",
           "original_content", "community_interaction", "superior_rating", "peer_rating", "customer_rating",
           "complaints", "max_orders_one_address", "mentee_retention", "new_region_margin",
           "months_in_new_region"],
          rows)


# --------------------------------------------------------------------------
# marketing-ranking: quarterly plan fed with MONTHLY rows 2025-01..2025-12.

def marketing_ranking():
    rnd = random.Random(20250301)
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    regions = ["华东", "华南", "华北"]
    staff = []
    for i in range(40):
        annual_target = rnd.choice([2_400_000, 3_000_000, 3_600_000, 4_200_000])
        staff.append(dict(
            id=f"M{i + 1:02d}",
            region=regions[i % 3],
            annual_target=annual_target,
            drive=rnd.uniform(0.8, 1.3),                  # usual attainment
            conversion=rnd.uniform(0.10, 0.28),
            collection=rnd.uniform(0.93, 1.0),
            csat=rnd.uniform(3.5, 4.8),
            nps=rnd.uniform(20, 62),
            repeat=rnd.uniform(0.2, 0.5),
            campaigns=rnd.uniform(0.3, 0.8),             # chance of a campaign in a month
            roi=rnd.uniform(1.2, 4.2),
            care=rnd.uniform(0.0, 0.025),                # complaints per order
            ideas=rnd.uniform(0.0, 0.7),                 # adopted proposals a month
            book=rnd.randint(60, 200),
            reach=rnd.uniform(1, 6),
        ))
    # Drawn and not written: the plan now sums the team's attainment itself, and the draw keeps every later value
    # as it was.
    {(region, month): rnd.uniform(0.84, 1.12) for region in regions for month in months}
    rows = []
    for p in staff:
        for month in months:
            target = p["annual_target"] / 12
            revenue = target * clip(p["drive"] + rnd.uniform(-0.25, 0.25), 0.4, 1.9)
            receivable = revenue * rnd.uniform(0.5, 0.8)
            leads = rnd.randint(40, 120)
            orders = max(10, round(revenue / rnd.uniform(6000, 12000)))
            complaints = round(orders * p["care"] * rnd.uniform(0.5, 1.5))
            rows.append(dict(
                employee=p["id"], period=month, region=p["region"],
                revenue=money(revenue, 100),
                revenue_target=money(target, 100),
                leads=leads,
                deals=max(0, round(leads * clip(p["conversion"] + rnd.uniform(-0.05, 0.05), 0.02, 0.5))),
                receivable=cents(receivable),
                collected=cents(receivable * clip(p["collection"] + rnd.uniform(-0.03, 0.02), 0.85, 1.0)),
                csat=f"{clip(p['csat'] + rnd.uniform(-0.3, 0.3), 1, 5):.2f}",
                nps=round(p["nps"] + rnd.uniform(-8, 8)),
                repeat_rate=pct(clip(p["repeat"] + rnd.uniform(-0.05, 0.05), 0, 1)),
                marketing_roi=f"{p['roi'] + rnd.uniform(-0.6, 0.6):.2f}" if rnd.random() < p["campaigns"] else None,
                orders=orders,
                complaints=complaints,
                complaints_resolved=complaints - (1 if complaints and rnd.random() < 0.3 else 0),
                proposals_adopted=1 if rnd.random() < p["ideas"] / 2 else 0,
                new_customers=max(0, round(p["reach"] + rnd.uniform(-1.5, 1.5))),
                customer_book=p["book"] + months.index(month) * 2,
                largest_order=money(revenue * rnd.uniform(0.08, 0.3), 100),
                annual_target=money(p["annual_target"], 1),
            ))
    by = {(r["employee"], r["period"]): r for r in rows}

    # scenario: M39 joins in May (its Q2 is two months); M40 has no row for August.
    for month in months[:4]:
        rows.remove(by["M39", month])
    rows.remove(by["M40", "2025-08"])
    # scenario: M02 is the department's star from April on: top 5% three quarters running,
    # and over 200% of the annual target by December.
    for m, month in enumerate(months[3:]):
        r = by["M02", month]
        r.update(revenue=money(float(r["revenue_target"]) * (1.7, 2.0, 2.35)[m // 3], 100), leads=90, deals=28,
                 csat="4.85", nps=66, repeat_rate="47.0%", complaints=0, complaints_resolved=0,
                 proposals_adopted=1 if month in ("2025-05", "2025-09", "2025-11") else 0)
        r["collected"] = r["receivable"] = cents(float(r["revenue"]) * 0.7)
    # scenario: M15 has a breakthrough fourth quarter (150% of its best quarter before).
    for month in months[9:]:
        r = by["M15", month]
        r["revenue"] = money(float(r["revenue_target"]) * 2.1, 100)
        r["collected"] = r["receivable"] = cents(float(r["revenue"]) * 0.6)
    # scenario: a single order of 3,200,000 for M22 in November.
    by["M22", "2025-11"].update(largest_order="3200000.00")
    by["M22", "2025-11"]["revenue"] = money(float(by["M22", "2025-11"]["revenue"]) + 3_200_000, 100)
    # scenario: M11 and M31 job-share one account in the second half and report the same figures;
    # they tie on every rank key.
    for month in months[6:]:
        by["M31", month].update({k: v for k, v in by["M11", month].items() if k not in ("employee",)})

    # Excess profit is a third of the revenue above the month's target, after every scenario has set revenue.
    for r in rows:
        r["excess_profit"] = money(max(0.0, float(r["revenue"]) - float(r["revenue_target"])) / 3, 100)

    write("marketing-ranking",
          ["employee", "period", "region", "revenue", "revenue_target", "leads", "deals", "collected",
           "receivable", "csat", "nps", "repeat_rate", "marketing_roi", "orders", "complaints",
           "complaints_resolved", "proposals_adopted", "new_customers", "customer_book",
           "largest_order", "annual_target", "excess_profit"],
          rows)


# --------------------------------------------------------------------------
# private-domain-ops: monthly plan, monthly rows 2025-01..2025-06.

def private_domain_ops():
    rnd = random.Random(20250401)
    months = [f"2025-{m:02d}" for m in range(1, 7)]
    teams = ["私域一组", "私域二组", "私域三组"]
    people = []
    for i in range(30):
        people.append(dict(
            id=f"P{i + 1:02d}",
            team=teams[i % 3],
            skill=rnd.uniform(-1, 1),                   # above or below the typical operator
            nps=rnd.uniform(30, 58),
            trend=rnd.uniform(-0.5, 3),                 # NPS points a month
            response=rnd.uniform(1.2, 4.5),
            ltv=rnd.uniform(220, 520),
            rating=rnd.uniform(65, 92),
            target=rnd.choice([150_000, 200_000, 250_000]),
            drive=rnd.uniform(0.75, 1.3),
            experiments=rnd.uniform(0.1, 0.5),           # chance of a successful experiment
        ))

    def around(centre, spread, skill, lo=0.0, hi=1.0):
        return clip(centre + spread * (0.6 * skill + rnd.uniform(-0.6, 0.6)), lo, hi)

    rows = []
    for p in people:
        for m, month in enumerate(months):
            s = p["skill"]
            sales = p["target"] * clip(p["drive"] + rnd.uniform(-0.2, 0.2), 0.5, 1.6)
            rows.append(dict(
                employee=p["id"], period=month, team=p["team"],
                retention_30d=pct(around(0.42, 0.10, s)),
                tag_completeness=pct(around(0.72, 0.15, s)),
                open_rate=pct(around(0.15, 0.04, s)),
                event_participation=frac(around(0.20, 0.07, s)),
                promotion_roi=f"{around(3.8, 1.4, s, 0.5, 9):.2f}" if rnd.random() < 0.7 else None,
                viral_coefficient=f"{around(1.45, 0.4, s, 0.3, 3):.2f}",
                nps=round(p["nps"] + p["trend"] * m + rnd.uniform(-2, 2)),
                good_review_rate=pct(around(0.925, 0.04, s)),
                response_minutes=f"{max(0.5, p['response'] + rnd.uniform(-1, 1)):.1f}",
                ltv=cents(p["ltv"] * (1 + 0.01 * m) + rnd.uniform(-15, 15)),
                supervisor_rating=round(clip(p["rating"] + rnd.uniform(-6, 6), 40, 100)),
                blind_test_score=round(clip(p["rating"] + 8 * s + rnd.uniform(-8, 8), 40, 100)),
                innovation_score=round(rnd.uniform(65, 98)) if rnd.random() < p["experiments"] else None,
                sales=money(sales, 10),
                sales_target=money(p["target"], 1),
            ))
    by = {(r["employee"], r["period"]): r for r in rows}

    # scenario: P28 joins in March, so its June nps_rise compares with March;
    # P29 joins in April, so in June nps_rise is missing and its KPI is skipped.
    for month in months[:2]:
        rows.remove(by["P28", month])
    for month in months[:3]:
        rows.remove(by["P29", month])
    # scenario: P04 and P13 (私域一组) tie on score; LTV breaks the tie.
    # P07 and P22 (私域一组) tie on score and LTV alike.
    for a, b, keep in (("P04", "P13", ("employee", "ltv", "sales", "sales_target")), ("P07", "P22", ("employee",))):
        by[b, "2025-06"].update({k: v for k, v in by[a, "2025-06"].items() if k not in keep})
        by[b, "2025-03"]["nps"] = by[a, "2025-03"]["nps"]
    for emp, ltv in (("P04", "610.00"), ("P13", "585.50")):          # both past the top of the LTV line
        by[emp, "2025-06"]["ltv"] = ltv

    write("private-domain-ops",
          ["employee", "period", "team", "retention_30d", "tag_completeness", "open_rate", "event_participation",
           "promotion_roi", "viral_coefficient", "nps", "good_review_rate", "response_minutes", "ltv",
           "supervisor_rating", "blind_test_score", "innovation_score", "sales", "sales_target"],
          rows)


# --------------------------------------------------------------------------
# salesperson-kpi-2024: annual plan, annual rows 2022..2024.

def salesperson_kpi_2024():
    rnd = random.Random(20240101)
    years = ["2022", "2023", "2024"]
    roles = ["大客户", "快消", "新市场", "标准"]
    people = []
    for i in range(36):
        people.append(dict(
            id=f"S{i + 1:03d}",
            role=roles[i % 4],
            new=rnd.uniform(650_000, 1_350_000),
            renewal=rnd.uniform(450_000, 900_000),
            collection=rnd.uniform(0.88, 1.0),
            spend=rnd.uniform(40_000, 120_000),
            margin=rnd.uniform(0.22, 0.42),
            skill=rnd.uniform(-1, 1),
            rating=rnd.uniform(62, 92),
            response=rnd.uniform(6, 30),
        ))
    rows = []
    for p in people:
        for y, year in enumerate(years):
            s = p["skill"]
            growth = 1 + 0.06 * y + rnd.uniform(-0.12, 0.12)
            receivable = (p["new"] + p["renewal"]) * growth * rnd.uniform(0.5, 0.7)
            customers = rnd.randint(25, 90)
            leads = rnd.randint(60, 240)
            submitted = rnd.randint(12, 48)
            rows.append(dict(
                employee=p["id"], period=year, role=p["role"],
                new_contract_revenue=money(p["new"] * growth, 1000),
                renewal_revenue=money(p["renewal"] * growth, 1000),
                receivable=cents(receivable),
                collected=cents(receivable * clip(p["collection"] + rnd.uniform(-0.03, 0.03), 0.8, 1.0)),
                avg_annual_spend=money(p["spend"] * rnd.uniform(0.9, 1.1), 100),
                expected_years=f"{clip(3.5 + s + rnd.uniform(-0.8, 0.8), 1.5, 6):.1f}",
                gross_margin=pct(p["margin"] + rnd.uniform(-0.02, 0.02), 0),
                acquisition_cost=money(rnd.uniform(8_000, 30_000), 100),
                online_leads=leads,
                online_deals=round(leads * clip(0.11 + 0.05 * s + rnd.uniform(-0.04, 0.04), 0.01, 0.4)),
                crm_coverage=frac(clip(0.72 + 0.15 * s + rnd.uniform(-0.1, 0.1), 0, 1), 2),
                customers=customers,
                referred_customers=round(customers * clip(0.08 + 0.05 * s + rnd.uniform(-0.04, 0.04), 0, 0.5)),
                needs_research=round(clip(76 + 10 * s + rnd.uniform(-6, 6), 30, 100)),
                response_hours=f"{max(2, p['response'] + rnd.uniform(-6, 6)):.1f}",
                handover_satisfaction=round(clip(82 + 8 * s + rnd.uniform(-6, 6), 40, 100)),
                contracts_submitted=submitted,
                contracts_approved=submitted - rnd.choice([0, 0, 1, 1, 2, 3, 5]),
                self_rating=round(clip(p["rating"] + 6 + rnd.uniform(-4, 6), 40, 100)),
                supervisor_rating=round(clip(p["rating"] + rnd.uniform(-6, 6), 40, 100)),
                customer_rating=round(clip(p["rating"] + rnd.uniform(-8, 8), 40, 100)),
                peer_rating=round(clip(p["rating"] + rnd.uniform(-8, 8), 40, 100)),
                data_breaches=0,
                target_coverage=pct(rnd.uniform(0.35, 0.75), 0) if p["role"] == "新市场" else None,
            ))
    # The figures only some roles' profiles read come from a seed of their own, so that every value drawn
    # above stays as it is.
    roles_rnd = random.Random(20240102)
    for r in rows:
        new_market, fmcg = r["role"] == "新市场", r["role"] == "快消"
        revenue = float(r["new_contract_revenue"]) + float(r["renewal_revenue"])
        r["new_customers"] = roles_rnd.randint(12, 42) if new_market else roles_rnd.randint(4, 24)
        r["stock_turnover"] = f"{roles_rnd.uniform(5, 13):.1f}" if fmcg else None
        r["community_sales"] = money(revenue * roles_rnd.uniform(0.06, 0.32), 1000) if fmcg else None
    by = {(r["employee"], r["period"]): r for r in rows}

    # scenario: S033 to S036 were hired in 2023 or 2024, so they have less history.
    for emp in ("S033", "S034"):
        rows.remove(by[emp, "2022"])
    for emp in ("S035", "S036"):
        for year in years[:2]:
            rows.remove(by[emp, year])
    # scenario: two customer-data breaches found by the 2024 audit; one in 2023 (history only).
    by["S006", "2024"]["data_breaches"] = 1
    by["S021", "2024"]["data_breaches"] = 1
    by["S014", "2023"]["data_breaches"] = 1
    # scenario: S009 and S029 (大客户) are the key-account stars of 2024: past every line,
    # at full marks on nearly every figure, and their assessors' weighted ratings come to the same
    # 89.2 (90/88/92/86 and 92/88/92/84). Their collaboration, the mean of the hand-over and
    # cross-department ratings, is 88 for both (90 and 86, 92 and 84). Their revenues are split
    # differently but add up to the same 2,200,000, so they tie on both rank keys.
    for emp, new_revenue, renewal, ratings, handover in (("S009", "1300000.00", "900000.00", (90, 88, 92, 86), 90),
                                                         ("S029", "1400000.00", "800000.00", (92, 88, 92, 84), 92)):
        r = by[emp, "2024"]
        r.update(new_contract_revenue=new_revenue, renewal_revenue=renewal,
                 receivable="1400000.00", collected="1400000.00",
                 avg_annual_spend="110000.00", expected_years="4.0", gross_margin="35%",
                 acquisition_cost="20000.00", online_leads=120, online_deals=26, crm_coverage="0.96",
                 customers=60, referred_customers=13, needs_research=88, response_hours="12.0",
                 handover_satisfaction=handover, contracts_submitted=30, contracts_approved=30,
                 self_rating=ratings[0], supervisor_rating=ratings[1], customer_rating=ratings[2],
                 peer_rating=ratings[3])
    # scenario: S012 loses a major renewal in 2024.
    by["S012", "2024"]["renewal_revenue"] = money(float(by["S012", "2023"]["renewal_revenue"]) * 0.35, 1000)

    write("salesperson-kpi-2024",
          ["employee", "period", "role", "new_contract_revenue", "renewal_revenue", "collected", "receivable",
           "avg_annual_spend", "expected_years", "gross_margin", "acquisition_cost", "online_leads",
           "online_deals", "crm_coverage", "customers", "referred_customers", "needs_research",
           "response_hours", "handover_satisfaction", "contracts_submitted", "contracts_approved",
           "self_rating", "supervisor_rating", "customer_rating", "peer_rating", "data_breaches",
           "target_coverage", "new_customers", "stock_turnover", "community_sales"],
          rows)


if __name__ == "__main__":
    acme_sales()
    social_commerce_agents()
    marketing_ranking()
    private_domain_ops()
    salesperson_kpi_2024()
