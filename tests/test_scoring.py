"""assessments.scoring: pure functions, no database. Hand-computed cases first,
then properties that must hold for any input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessments.scoring import (
    CLOSE,
    DEVELOPING,
    READY,
    Effort,
    ItemInput,
    Range,
    RequirementInput,
    ResourceInput,
    RoleInput,
    best_fit,
    cheapest_plan,
    effort_of,
    fit,
    fit_groups,
    fit_sums,
    met_weight,
    next_level_hours,
    percent,
    range_of,
    score,
)


def item(
    name: str,
    required: int,
    rated: int,
    importance: str = "important",
    kind: str = "technical",
    category: str = "Cloud",
) -> ItemInput:
    return ItemInput(
        skill=name.lower().replace(" ", "-"),
        name=name,
        kind=kind,
        category=category,
        required=required,
        importance=importance,
        rated=rated,
    )


def D(text: str) -> Decimal:
    return Decimal(text)


# --- Rounding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        pytest.param(1, 3, "33.3", id="thirds-round-down"),
        pytest.param(2, 3, "66.7", id="two-thirds-round-up"),
        pytest.param(1, 8, "12.5", id="exact"),
        pytest.param(1, 16, "6.3", id="half-rounds-up-6.25"),
        pytest.param(3, 16, "18.8", id="half-rounds-up-18.75"),
        pytest.param(0, 5, "0.0", id="zero"),
        pytest.param(5, 5, "100.0", id="all"),
    ],
)
def test_percent_rounds_half_up_to_one_decimal(numerator, denominator, expected):
    assert percent(numerator, denominator) == D(expected)
    assert str(percent(numerator, denominator)) == expected


# --- Readiness ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([item("A", 4, 4)], "100.0", id="met"),
        pytest.param([item("A", 4, 5)], "100.0", id="over-rating-does-not-count-extra"),
        pytest.param([item("A", 4, 2)], "50.0", id="half"),
        pytest.param([item("A", 4, 0)], "0.0", id="none"),
        # w: critical 3, optional 1 → (3·2 + 1·3) / (3·4 + 1·3) = 9/15
        pytest.param(
            [item("A", 4, 2, "critical"), item("B", 3, 3, "optional")], "60.0", id="weighted"
        ),
        # (2·1 + 2·3 + 3·5) / (2·3 + 2·3 + 3·5) = 23/27 = 85.185…
        pytest.param(
            [item("A", 3, 1), item("B", 3, 4), item("C", 5, 5, "critical")],
            "85.2",
            id="rounded",
        ),
    ],
)
def test_readiness_is_the_weighted_share_of_required_levels_met(items, expected):
    assert score(items).readiness == D(expected)


def test_readiness_by_kind_and_null_when_the_role_has_no_soft_skills():
    report = score([item("A", 4, 2), item("B", 2, 2, kind="technical")])
    assert report.readiness_by_kind == {"technical": D("66.7"), "soft": None}

    report = score([item("A", 4, 2), item("Talk", 4, 3, kind="soft")])
    assert report.readiness_by_kind == {"technical": D("50.0"), "soft": D("75.0")}


# --- Orderings ---------------------------------------------------------------------


def test_gaps_order_by_weighted_gap_then_weight_then_required_then_name():
    items = [
        item("Zeta", 3, 1, "important"),  # w·gap 4, w 2
        item("Alpha", 5, 3, "important"),  # w·gap 4, w 2, q 5 → before Zeta
        item("Crit", 4, 3, "critical"),  # w·gap 3
        item("Opt", 5, 1, "optional"),  # w·gap 4, w 1 → after the w=2 ones
        item("Big", 5, 2, "critical"),  # w·gap 9
        item("Beta", 3, 1, "important"),  # ties Zeta exactly → name asc
        item("Met", 3, 3, "critical"),  # no gap: not listed
    ]
    assert [g.name for g in score(items).gaps] == ["Big", "Alpha", "Beta", "Zeta", "Opt", "Crit"]


def test_blockers_are_critical_items_with_gap_of_two_or_more_in_gap_order():
    items = [
        item("One", 4, 3, "critical"),  # gap 1: not a blocker
        item("Two", 4, 2, "critical"),  # gap 2: blocker
        item("Three", 5, 2, "critical"),  # gap 3: blocker, first
        item("Imp", 5, 1, "important"),  # gap 4 but not critical
    ]
    assert [b.name for b in score(items).blockers] == ["Three", "Two"]


def test_strengths_order_by_margin_then_weight_then_name():
    items = [
        item("Exact", 3, 3, "critical"),  # margin 0, w 3
        item("Plus2", 2, 4, "optional"),  # margin 2
        item("Plus1b", 3, 4, "critical"),  # margin 1, w 3
        item("Plus1a", 3, 4, "important"),  # margin 1, w 2
        item("Plus1c", 3, 4, "critical"),  # margin 1, w 3, name after Plus1b
        item("Gap", 4, 1),
    ]
    assert [s.name for s in score(items).strengths] == [
        "Plus2",
        "Plus1b",
        "Plus1c",
        "Plus1a",
        "Exact",
    ]


def test_items_are_listed_technical_before_soft_then_category_then_name():
    items = [
        item("Talk", 3, 3, kind="soft", category="Communication"),
        item("Kube", 3, 3, category="Containers"),
        item("AWS", 3, 3, category="Cloud"),
        item("Lead", 3, 3, kind="soft", category="Leadership"),
        item("Azure", 3, 3, category="Cloud"),
    ]
    assert [i.name for i in score(items).items] == ["AWS", "Azure", "Kube", "Talk", "Lead"]


# --- Verdict -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "readiness", "verdict"),
    [
        pytest.param([item("A", 4, 4, "critical")], "100.0", READY, id="all-met"),
        # (3·5 + 1·2) / (3·5 + 1·5) = 17/20: exactly 85.0, gap only on an optional skill
        pytest.param(
            [item("C", 5, 5, "critical"), item("O", 5, 2, "optional")],
            "85.0",
            READY,
            id="exactly-85-ready",
        ),
        # 16/20 = 80.0: below 85 → close
        pytest.param(
            [item("C", 5, 5, "critical"), item("O", 5, 1, "optional")],
            "80.0",
            CLOSE,
            id="80-close",
        ),
        # (3·4 + 10 + 10) / 35 = 91.4 but a critical gap of 1 → not ready; no blocker → close
        pytest.param(
            [item("C", 5, 4, "critical"), item("I", 5, 5), item("I2", 5, 5)],
            "91.4",
            CLOSE,
            id="critical-gap-1-blocks-ready",
        ),
        # 12/20 = 60.0 exactly, no blockers → close
        pytest.param([item("I", 5, 3), item("I2", 5, 3)], "60.0", CLOSE, id="exactly-60-close"),
        # (2·3 + 2·2 + 1·5) / 25 = 60.0 → close
        pytest.param(
            [item("I", 5, 3), item("I2", 5, 2), item("I3", 5, 5, "optional")],
            "60.0",
            CLOSE,
            id="60-with-optional",
        ),
        pytest.param([item("I", 5, 3), item("I2", 5, 2)], "50.0", DEVELOPING, id="50-developing"),
        # (3·3 + 6·10) / 75 = 92.0, but a critical gap of 2 is a blocker → developing
        pytest.param(
            [item("C", 5, 3, "critical")] + [item(f"I{i}", 5, 5) for i in range(6)],
            "92.0",
            DEVELOPING,
            id="blocker-forces-developing",
        ),
        # (3·2 + 10 + 10) / 32 = 81.25 → 81.3 (half up), but a blocker → developing
        pytest.param(
            [item("C", 4, 2, "critical"), item("I", 5, 5), item("I2", 5, 5)],
            "81.3",
            DEVELOPING,
            id="blocker-at-81.3-developing",
        ),
    ],
)
def test_verdict_boundaries(items, readiness, verdict):
    report = score(items)
    assert report.readiness == D(readiness)
    assert report.verdict == verdict


def test_verdict_compares_the_rounded_readiness():
    # 400 optional items of q=5: Σ w·q = 2000, so one point of rating is 0.05%.
    items = [item(f"O{i:03d}", 5, 5, "optional") for i in range(239)]
    items += [item(f"P{i:03d}", 5, 4, "optional") for i in range(1)]
    items += [item(f"Z{i:03d}", 5, 0, "optional") for i in range(160)]
    # Σ w·min = 239·5 + 4 = 1199; Σ w·q = 400·5 = 2000 → 59.95 → 60.0 → close
    report = score(items)
    assert report.readiness == D("60.0")
    assert report.verdict == CLOSE


# --- Focus -------------------------------------------------------------------------


def test_focus_is_the_top_three_gaps_with_resources_for_the_next_level():
    items = [
        item("Kube", 4, 1, "critical"),  # next level 2
        item("Terraform", 4, 2, "critical"),
        item("Talk", 4, 3, "important", kind="soft"),
        item("Go", 3, 2, "optional"),  # 4th gap: not in focus
    ]
    resources = [
        ResourceInput("kube", "Book B", "book", 1, 3, 20),
        ResourceInput("kube", "Course A", "course", 2, 2, 10),
        ResourceInput("kube", "Cert", "certification", 1, 3, 10),
        ResourceInput("kube", "Too advanced", "certification", 3, 5, 60),
        ResourceInput("terraform", "Cert T", "certification", 3, 4, 40),
        ResourceInput("go", "Go book", "book", 1, 5, 30),
    ]

    focus = score(items, resources).focus

    assert [f.item.name for f in focus] == ["Kube", "Terraform", "Talk"]
    kube = focus[0]
    assert kube.next_level == 2
    # from_level asc, then hours asc, then title asc
    assert [r.title for r in kube.resources] == ["Cert", "Book B", "Course A"]
    assert kube.hours == 40
    assert [r.title for r in focus[1].resources] == ["Cert T"]
    assert focus[2].resources == ()
    assert focus[2].hours == 0


def test_no_gaps_means_no_focus_and_verdict_ready():
    report = score([item("A", 3, 4, "critical"), item("B", 2, 2, kind="soft")])
    assert report.gaps == ()
    assert report.focus == ()
    assert report.blockers == ()
    assert report.verdict == READY


# --- Fit (next roles, best fit) ------------------------------------------------------


def test_fit_uses_only_rated_skills_and_reports_coverage():
    requirements = [
        RequirementInput("kube", 4, "critical"),  # w 3
        RequirementInput("go", 3, "important"),  # w 2
        RequirementInput("talk", 2, "optional"),  # w 1
    ]
    result = fit(requirements, {"kube": 2, "talk": 5, "unrelated": 5})
    # readiness over kube, talk: (3·2 + 1·2) / (3·4 + 1·2) = 8/14 = 57.1
    assert result.readiness == D("57.1")
    # coverage: (3 + 1) / 6 = 66.7
    assert result.coverage == D("66.7")


def test_fit_with_nothing_rated_is_null_readiness_and_zero_coverage():
    result = fit([RequirementInput("kube", 4, "critical")], {"go": 3})
    assert result.readiness is None
    assert result.coverage == D("0.0")
    assert fit([], {"go": 3}).coverage == D("0.0")


def test_best_fit_lists_coverage_of_at_least_50_by_readiness_then_coverage_then_title():
    ratings = {"a": 3, "b": 3, "c": 1}
    roles = [
        RoleInput(
            "half",
            "Half covered",
            (RequirementInput("a", 3, "important"), RequirementInput("z", 3, "important")),
        ),
        RoleInput(
            "low",
            "Low coverage",
            (RequirementInput("a", 3, "optional"), RequirementInput("z", 3, "critical")),
        ),
        RoleInput(
            "full",
            "Fully covered",
            (RequirementInput("a", 3, "important"), RequirementInput("b", 3, "important")),
        ),
        RoleInput("weak", "Weak", (RequirementInput("c", 4, "critical"),)),
        RoleInput("tie", "Also full", (RequirementInput("b", 2, "critical"),)),
    ]

    listed = best_fit(roles, ratings)

    # half: readiness 100 (a met), coverage 50.0 → listed; low: coverage 25 → not listed
    assert [(rf.role.slug, str(rf.fit.readiness), str(rf.fit.coverage)) for rf in listed] == [
        ("tie", "100.0", "100.0"),
        ("full", "100.0", "100.0"),
        ("half", "100.0", "50.0"),
        ("weak", "25.0", "100.0"),
    ]


# --- Properties ----------------------------------------------------------------------

IMPORTANCE = st.sampled_from(["critical", "important", "optional"])
KIND = st.sampled_from(["technical", "soft"])


@st.composite
def item_lists(draw):
    n = draw(st.integers(min_value=1, max_value=25))
    return [
        ItemInput(
            skill=f"s{i}",
            name=f"Skill {i}",
            kind=draw(KIND),
            category=draw(st.sampled_from(["Cloud", "Data", "Leadership"])),
            required=draw(st.integers(1, 5)),
            importance=draw(IMPORTANCE),
            rated=draw(st.integers(0, 5)),
        )
        for i in range(n)
    ]


@given(item_lists())
def test_readiness_stays_within_0_and_100(items):
    report = score(items)
    assert D("0") <= report.readiness <= D("100")
    for value in report.readiness_by_kind.values():
        assert value is None or D("0") <= value <= D("100")


@given(item_lists(), st.data())
def test_raising_a_rating_never_lowers_readiness(items, data):
    index = data.draw(st.integers(0, len(items) - 1))
    before = score(items)
    bumped = list(items)
    old = bumped[index]
    bumped[index] = ItemInput(**{**old.__dict__, "rated": min(5, old.rated + 1)})
    after = score(bumped)
    assert after.readiness >= before.readiness
    assert len(after.gaps) <= len(before.gaps)


@given(item_lists())
def test_everything_at_or_above_required_is_100_and_ready(items):
    met = [ItemInput(**{**i.__dict__, "rated": max(i.rated, i.required)}) for i in items]
    report = score(met)
    assert report.readiness == D("100.0")
    assert report.verdict == READY
    assert report.gaps == ()
    assert len(report.strengths) == len(items)


@given(item_lists())
def test_every_item_is_either_a_gap_or_a_strength(items):
    report = score(items)
    assert len(report.gaps) + len(report.strengths) == len(items)
    assert set(report.blockers) <= set(report.gaps)
    assert len(report.focus) == min(3, len(report.gaps))


# --- Stepping stones and comparisons ------------------------------------------------

from assessments.scoring import compare, stepping_stone  # noqa: E402


def req(skill: str, required: int, importance: str = "important") -> RequirementInput:
    return RequirementInput(skill=skill, required=required, importance=importance, name=skill)


SRE = RoleInput("sre", "Site Reliability Engineer", (req("k8s", 3), req("linux", 3)), 2, "t")
SENIOR = RoleInput("senior-sre", "Senior SRE", (req("k8s", 5, "critical"), req("linux", 5)), 3, "t")
JUNIOR = RoleInput("junior-sre", "Junior SRE", (req("k8s", 2), req("linux", 2)), 1, "t")
OTHER_TRACK = RoleInput("pe", "Platform Engineer", (req("k8s", 1),), 2, "other")


def test_stepping_stone_suggests_the_best_lower_rung_when_the_target_is_under_60():
    ratings = {"k8s": 2, "linux": 3}
    target_fit = fit(SENIOR.requirements, ratings)
    assert target_fit.readiness == D("48.0")  # (3·2 + 2·3) / (3·5 + 2·5) = 12/25

    stone = stepping_stone(SENIOR, target_fit, [JUNIOR, SRE, OTHER_TRACK], ratings)

    # junior: 100.0; SRE: (2·2 + 2·3)/(2·3 + 2·3) = 10/12 = 83.3 → junior wins on readiness
    assert stone.role.slug == "junior-sre"
    assert stone.fit.readiness == D("100.0")


def test_stepping_stone_prefers_the_higher_rung_on_equal_readiness():
    ratings = {"k8s": 3, "linux": 3}
    target_fit = fit(SENIOR.requirements, ratings)  # (9 + 6) / 25 = 60.0 → no hint
    assert stepping_stone(SENIOR, target_fit, [JUNIOR, SRE], ratings) is None

    ratings = {"k8s": 3, "linux": 2}
    target_fit = fit(SENIOR.requirements, ratings)  # (9 + 4) / 25 = 52.0
    stone = stepping_stone(SENIOR, target_fit, [JUNIOR, SRE], ratings)
    # junior 100.0 beats SRE (2·3 + 2·2)/12 = 83.3
    assert stone.role.slug == "junior-sre"


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param({"k8s": 5, "linux": 5}, None, id="target-ready-no-hint"),
        pytest.param({"k8s": 0, "linux": 0}, None, id="no-lower-rung-scores-higher"),
        pytest.param({"unrelated": 5}, None, id="nothing-rated-anywhere"),
        pytest.param({"k8s": 2}, "junior-sre", id="half-covered-lower-rung-counts"),
    ],
)
def test_stepping_stone_rules(ratings, expected):
    target_fit = fit(SENIOR.requirements, ratings)
    stone = stepping_stone(SENIOR, target_fit, [JUNIOR, SRE, OTHER_TRACK], ratings)
    assert (stone.role.slug if stone else None) == expected


def test_compare_lists_gaps_blockers_unrated_and_shared_gaps():
    ratings = {"k8s": 2, "linux": 4, "go": 1}
    a = RoleInput("a", "A", (req("k8s", 4, "critical"), req("linux", 3), req("go", 2)))
    b = RoleInput("b", "B", (req("k8s", 3), req("go", 3, "optional"), req("python", 3)))

    result = compare([a, b], ratings)

    col_a, col_b = result.columns
    assert [g.skill for g in col_a.gaps] == ["k8s", "go"]  # w·gap 6, then 2
    assert [g.skill for g in col_a.blockers] == ["k8s"]
    assert col_a.unrated == ()
    # k8s: w·gap 2·1, go: 1·2 → tie on w·gap, k8s first on weight
    assert [g.skill for g in col_b.gaps] == ["k8s", "go"]
    assert [q.skill for q in col_b.unrated] == ["python"]
    assert result.shared_gaps == ("k8s", "go")
    assert col_b.fit.coverage == D("60.0")  # rated k8s (w 2) + go (w 1) of 2 + 1 + 2


def test_compare_with_no_common_gap_has_no_shared_gaps():
    ratings = {"k8s": 1, "linux": 1}
    result = compare(
        [RoleInput("a", "A", (req("k8s", 3),)), RoleInput("b", "B", (req("linux", 3),))],
        ratings,
    )
    assert result.shared_gaps == ()


# --- Version 2 building blocks: effort, partial ranges, best-fit groups --------------


def res(title: str, from_level: int, to_level: int, hours: int, skill: str = "k8s"):
    return ResourceInput(skill, title, "course", from_level, to_level, hours)


@pytest.mark.parametrize(
    ("resources", "rated", "required", "titles", "hours", "uncovered"),
    [
        # The contract's example: X 1–3 5 h beats Y 2–2 4 h + Z 3–3 4 h (a greedy pick).
        pytest.param(
            [res("X", 1, 3, 5), res("Y", 2, 2, 4), res("Z", 3, 3, 4)],
            1,
            3,
            ["X"],
            5,
            (),
            id="cheapest-set-not-greedy",
        ),
        # Overlapping bands: A 1–2 10 h and B 2–4 20 h cover 2–4 with B alone.
        pytest.param(
            [res("A", 1, 2, 10), res("B", 2, 4, 20)], 1, 4, ["B"], 20, (), id="overlap-one"
        ),
        # 1–4 needs both: A for level 1 (B starts at 2).
        pytest.param(
            [res("A", 1, 2, 10), res("B", 2, 4, 20)], 0, 4, ["A", "B"], 30, (), id="overlap-both"
        ),
        # Equal hours: the fewer resources win (X 10 h against Y 5 h + Z 5 h).
        pytest.param(
            [res("Y", 2, 2, 5), res("Z", 3, 3, 5), res("X", 2, 3, 10)],
            1,
            3,
            ["X"],
            10,
            (),
            id="tie-fewest-resources",
        ),
        # Equal hours and count: the titles in order.
        pytest.param(
            [res("Zed", 2, 3, 8), res("Alpha", 2, 3, 8)],
            1,
            3,
            ["Alpha"],
            8,
            (),
            id="tie-titles",
        ),
        # Level 5 is in no band: the plan covers 4, and 5 is uncovered.
        pytest.param([res("A", 1, 4, 30)], 3, 5, ["A"], 30, (5,), id="a-level-no-resource-covers"),
        pytest.param([], 1, 3, [], 0, (2, 3), id="no-resources"),
        pytest.param([res("A", 1, 3, 9)], 3, 3, [], 0, (), id="no-gap"),
        # Only resources of the levels to climb count: A teaches 1–2, the gap is 3–4.
        pytest.param(
            [res("A", 1, 2, 1), res("B", 3, 4, 40)], 2, 4, ["B"], 40, (), id="irrelevant-ignored"
        ),
    ],
)
def test_cheapest_plan(resources, rated, required, titles, hours, uncovered):
    plan = cheapest_plan(resources, rated, required)
    assert [r.title for r in plan.resources] == titles
    assert plan.hours == hours
    assert plan.uncovered == uncovered


def test_effort_adds_each_gaps_plan_and_counts_critical_hours_and_uncovered_levels():
    report = score(
        [
            item("K8s", 4, 1, "critical"),  # levels 2–4: A (1–3, 10 h) + B (4–4, 20 h) = 30
            item("Go", 3, 1),  # levels 2–3: G (2–3, 15 h) = 15
            item("Talk", 5, 3),  # levels 4–5: no resource → 2 uncovered
            item("Linux", 2, 4),  # met: no effort
        ]
    )
    resources = [
        res("A", 1, 3, 10, "k8s"),
        res("B", 4, 4, 20, "k8s"),
        res("G", 2, 3, 15, "go"),
        res("L", 1, 5, 99, "linux"),
    ]

    effort = effort_of(report.gaps, resources)

    assert effort == Effort(hours=45, critical_hours=30, uncovered_levels=2)


def test_next_level_hours_is_the_cheapest_alternative_not_their_sum():
    """A GCP or an AWS certification: either takes you to the next level."""
    (gap,) = score([item("Cloud", 4, 2)]).gaps
    resources = [
        res("AWS certification", 3, 4, 120, "cloud"),
        res("GCP certification", 3, 4, 80, "cloud"),
        res("Intro", 1, 2, 5, "cloud"),  # below the next level
    ]
    assert next_level_hours(gap, resources) == 80
    assert next_level_hours(gap, []) == 0


@pytest.mark.parametrize(
    ("ratings", "readiness", "low", "high", "coverage"),
    [
        # k8s critical 4 (met at 4), go important 3 (unmet at 2), talk important 3 unrated:
        # W = 7, rated 5, met 3 → 60.0 over rated; low 3/7; high (3 + 2)/7; coverage 5/7.
        pytest.param({"k8s": 4, "go": 2}, "60.0", "42.9", "71.4", "71.4", id="partial"),
        pytest.param({}, None, "0.0", "100.0", "0.0", id="nothing-rated"),
        pytest.param({"k8s": 5, "go": 3, "talk": 3}, "100.0", "100.0", "100.0", "100.0", id="all"),
        pytest.param({"k8s": 0, "go": 0, "talk": 0}, "0.0", "0.0", "0.0", "100.0", id="all-unmet"),
    ],
)
def test_partial_range(ratings, readiness, low, high, coverage):
    requirements = (req("k8s", 4, "critical"), req("go", 3), req("talk", 3))

    result = range_of(fit_sums(requirements, ratings), met_weight(requirements, ratings))

    assert result.readiness == (None if readiness is None else D(readiness))
    assert (result.readiness_low, result.readiness_high) == (D(low), D(high))
    assert result.coverage == D(coverage)


def test_fit_groups_ready_by_level_then_within_reach_at_or_above_the_top_ready_level():
    def role(title, level):
        return RoleInput(slug=title.lower(), title=title, requirements=(), level=level)

    def r(low, coverage="100.0"):
        return Range(
            readiness=None, readiness_low=D(low), readiness_high=D("100.0"), coverage=D(coverage)
        )

    junior, mid, senior = role("Junior", 1), role("Mid", 2), role("Senior", 3)
    lead, director, half = role("Lead", 4), role("Director", 5), role("Half", 4)
    groups = fit_groups(
        [
            (junior, r("100.0")),
            (mid, r("85.0")),  # exactly 85.0 after rounding: ready
            (senior, r("84.9")),  # just under: within reach (level 3 ≥ top 2)
            (lead, r("60.0")),
            (director, r("70.0")),
            (half, r("90.0", coverage="49.9")),  # coverage under 50: not listed
            (role("Junior B", 1), r("40.0")),  # below the top ready level: "show all"
        ]
    )

    assert [role.title for role, _ in groups.ready] == ["Mid", "Junior"]
    assert [role.title for role, _ in groups.within_reach] == ["Senior", "Director", "Lead"]
    assert [role.title for role, _ in groups.others] == ["Junior B"]


def test_fit_groups_without_a_ready_role_keep_every_level():
    role = RoleInput(slug="a", title="A", requirements=(), level=1)
    only = Range(None, D("10.0"), D("90.0"), D("80.0"))
    groups = fit_groups([(role, only)])
    assert groups.ready == []
    assert groups.within_reach == [(role, only)]
    assert groups.others == []


@st.composite
def requirement_lists(draw):
    skills = [f"s{i}" for i in range(draw(st.integers(1, 10)))]
    requirements = tuple(req(s, draw(st.integers(1, 5)), draw(IMPORTANCE)) for s in skills)
    ratings = draw(st.dictionaries(st.sampled_from(skills), st.integers(0, 5)))
    return requirements, ratings


@given(requirement_lists(), st.data())
def test_low_never_exceeds_high_and_raising_a_rating_never_lowers_the_low_bound(case, data):
    requirements, ratings = case
    before = range_of(fit_sums(requirements, ratings), met_weight(requirements, ratings))
    assert before.readiness_low <= before.readiness_high
    if ratings:
        skill = data.draw(st.sampled_from(sorted(ratings)))
        raised = {**ratings, skill: min(5, ratings[skill] + 1)}
        after = range_of(fit_sums(requirements, raised), met_weight(requirements, raised))
        assert after.readiness_low >= before.readiness_low


@given(item_lists(), st.data())
def test_effort_never_grows_when_a_rating_rises(items, data):
    resources = [
        ResourceInput(i.skill, f"{i.skill}-{band}", "course", band[0], band[1], hours)
        for i in items
        for band, hours in (((1, 2), 10), ((2, 4), 25), ((4, 5), 40))
    ]
    index = data.draw(st.integers(0, len(items) - 1))
    raised = list(items)
    raised[index] = ItemInput(**{**vars(items[index]), "rated": min(5, items[index].rated + 1)})

    before = effort_of(score(items).gaps, resources)
    after = effort_of(score(raised).gaps, resources)

    assert after.hours <= before.hours
    assert after.critical_hours <= before.critical_hours
    assert after.uncovered_levels <= before.uncovered_levels
