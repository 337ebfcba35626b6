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
    Fit,
    FitSums,
    ItemInput,
    RequirementInput,
    ResourceInput,
    RoleInput,
    best_fit,
    cheapest_plan,
    fit,
    fit_groups,
    is_listed,
    next_level_hours,
    percent,
    score,
)


def item(
    name: str,
    required: int,
    rated: int,
    importance: str = "important",
    kind: str = "technical",
    category: str = "Cloud",
    confidence: str = "sure",
) -> ItemInput:
    return ItemInput(
        skill=name.lower().replace(" ", "-"),
        name=name,
        kind=kind,
        category=category,
        required=required,
        importance=importance,
        rated=rated,
        confidence=confidence,
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


# --- Readiness and level coverage ------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "readiness", "level_coverage"),
    [
        pytest.param([item("A", 4, 4)], "100.0", "100.0", id="met"),
        pytest.param([item("A", 4, 5)], "100.0", "100.0", id="over-rating-does-not-count-extra"),
        # One level short: no credit in readiness, partial credit in level coverage.
        pytest.param([item("A", 4, 3)], "0.0", "75.0", id="one-level-short"),
        pytest.param([item("A", 4, 0)], "0.0", "0.0", id="none"),
        # w: critical 3, optional 1. Met: B only → 1/4; coverage (3·2 + 1·3) / (3·4 + 1·3)
        pytest.param(
            [item("A", 4, 2, "critical"), item("B", 3, 3, "optional")],
            "25.0",
            "60.0",
            id="weighted",
        ),
        # Met: B (2) and C (3) of 2 + 2 + 3 → 5/7 = 71.43; coverage 23/27 = 85.19
        pytest.param(
            [item("A", 3, 1), item("B", 3, 4), item("C", 5, 5, "critical")],
            "71.4",
            "85.2",
            id="rounded",
        ),
        # The flattery version 2 removes: every skill one level short reads 80% covered.
        pytest.param([item(f"S{i}", 5, 4) for i in range(10)], "0.0", "80.0", id="all-one-short"),
    ],
)
def test_readiness_is_the_weighted_share_of_requirements_met(items, readiness, level_coverage):
    report = score(items)
    assert report.readiness == D(readiness)
    assert report.level_coverage == D(level_coverage)


def test_met_and_total_count_items_not_weights():
    report = score([item("A", 4, 4, "critical"), item("B", 3, 2), item("C", 1, 5, "optional")])
    assert (report.met, report.total) == (2, 3)
    assert report.readiness == D("66.7")  # (3 + 1) / 6


def test_readiness_by_kind_is_the_share_met_per_kind_and_null_without_soft_skills():
    report = score([item("A", 4, 2), item("B", 2, 2, kind="technical")])
    assert report.readiness_by_kind == {"technical": D("50.0"), "soft": None}

    report = score([item("A", 4, 2), item("B", 2, 2), item("Talk", 4, 4, "critical", kind="soft")])
    assert report.readiness_by_kind == {"technical": D("50.0"), "soft": D("100.0")}


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

CRITICAL_MET = [item(f"C{i}", 4, 4, "critical") for i in range(5)]  # weight 15, all met


@pytest.mark.parametrize(
    ("items", "readiness", "verdict"),
    [
        pytest.param([item("A", 4, 4, "critical")], "100.0", READY, id="all-met"),
        # Met 15 + 2 of 20 (three optional gaps): exactly 85.0, no critical gap → ready
        pytest.param(
            [*CRITICAL_MET, item("I", 3, 3)] + [item(f"O{i}", 3, 1, "optional") for i in range(3)],
            "85.0",
            READY,
            id="exactly-85-ready",
        ),
        # Met 17 of 21: 80.95 → 81.0, below 85 → close
        pytest.param(
            [*CRITICAL_MET, item("I", 3, 3)] + [item(f"O{i}", 3, 1, "optional") for i in range(4)],
            "81.0",
            CLOSE,
            id="81-close",
        ),
        # Met 40 of 43 = 93.0, but a critical gap of 1 → not ready; no blocker → close
        pytest.param(
            [item("C", 5, 4, "critical")] + [item(f"I{i:02d}", 3, 3) for i in range(20)],
            "93.0",
            CLOSE,
            id="critical-gap-1-blocks-ready",
        ),
        # Met 6 of 10 = 60.0 exactly, gaps of 1 only → close
        pytest.param(
            [item(f"M{i}", 3, 3) for i in range(3)] + [item(f"G{i}", 3, 2) for i in range(2)],
            "60.0",
            CLOSE,
            id="exactly-60-close",
        ),
        # Met 5 of 9 = 55.6 → developing, though no blocker
        pytest.param(
            [item(f"M{i}", 3, 3) for i in range(2)]
            + [item("O", 3, 3, "optional"), item("G1", 3, 2), item("G2", 3, 2)],
            "55.6",
            DEVELOPING,
            id="55.6-developing",
        ),
        # Met 40 of 43 = 93.0, but a critical gap of 2 is a blocker → developing
        pytest.param(
            [item("C", 5, 3, "critical")] + [item(f"I{i:02d}", 3, 3) for i in range(20)],
            "93.0",
            DEVELOPING,
            id="blocker-forces-developing",
        ),
    ],
)
def test_verdict_boundaries(items, readiness, verdict):
    report = score(items)
    assert report.readiness == D(readiness)
    assert report.verdict == verdict


@pytest.mark.parametrize(
    ("met", "unmet", "shown", "verdict"),
    [
        # 32 critical met (96) and 17 optional gaps: 96/113 = 84.956… → 85.0 → ready
        pytest.param([item(f"C{i:02d}", 3, 3, "critical") for i in range(32)], 17, "85.0", READY),
        # 241 optional met of 402: 59.950… → 60.0 → close
        pytest.param([item(f"O{i:03d}", 3, 3, "optional") for i in range(241)], 161, "60.0", CLOSE),
    ],
    ids=["84.96-shows-85.0-ready", "59.95-shows-60.0-close"],
)
def test_verdict_compares_the_rounded_readiness(met, unmet, shown, verdict):
    items = met + [item(f"Z{i:03d}", 3, 2, "optional") for i in range(unmet)]
    report = score(items)
    assert report.readiness == D(shown)
    assert report.verdict == verdict


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
    # The next level: the cheapest alternative (10 h), not the three added up (40 h).
    assert kube.hours == 10
    # Levels 2–4: Cert (1–3) + Too advanced (3–5) = 70 h, tied with Course A + Too
    # advanced on hours and count; "Cert" comes first in title order.
    assert kube.hours_to_required == 70
    assert [r.title for r in kube.plan.resources] == ["Cert", "Too advanced"]
    assert [r.title for r in focus[1].resources] == ["Cert T"]
    assert (focus[1].hours, focus[1].hours_to_required) == (40, 40)
    # A gap no resource covers still appears, with nothing and 0 hours.
    assert (focus[2].resources, focus[2].hours, focus[2].hours_to_required) == ((), 0, 0)
    assert focus[2].plan.uncovered == (4,)


def test_no_gaps_means_no_focus_no_effort_and_verdict_ready():
    report = score([item("A", 3, 4, "critical"), item("B", 2, 2, kind="soft")])
    assert report.gaps == ()
    assert report.focus == ()
    assert report.blockers == ()
    assert report.effort == Effort(hours=0, critical_hours=0, uncovered_levels=0)
    assert report.verdict == READY


def test_unsure_ratings_are_listed_and_change_no_score():
    items = [item("A", 4, 2, confidence="unsure"), item("B", 3, 3), item("C", 2, 5)]
    sure = score([item("A", 4, 2), item("B", 3, 3), item("C", 2, 5)])
    report = score(items)
    assert [i.name for i in report.unsure] == ["A"]
    assert (report.readiness, report.level_coverage, report.verdict) == (
        sure.readiness,
        sure.level_coverage,
        sure.verdict,
    )
    assert sure.unsure == ()


# --- Fit over partial ratings: next roles, best fit, previews -------------------------


def test_fit_over_partial_ratings_gives_the_range_and_the_coverage():
    requirements = [
        RequirementInput("kube", 4, "critical"),  # w 3, rated 2: unmet
        RequirementInput("go", 3, "important"),  # w 2, unrated
        RequirementInput("talk", 2, "optional"),  # w 1, rated 5: met
    ]
    result = fit(requirements, {"kube": 2, "talk": 5, "unrelated": 5})
    assert result == Fit(
        readiness=D("25.0"),  # met 1 of the rated 4
        readiness_low=D("16.7"),  # 1 of 6: go counted unmet
        readiness_high=D("50.0"),  # (1 + 2) of 6: go counted met
        coverage=D("66.7"),  # rated 4 of 6
        unrated=1,
    )
    assert not result.is_complete


def test_fit_with_nothing_rated_is_null_readiness_zero_coverage_and_the_widest_range():
    result = fit([RequirementInput("kube", 4, "critical")], {"go": 3})
    assert result.readiness is None
    assert (result.readiness_low, result.readiness_high) == (D("0.0"), D("100.0"))
    assert result.coverage == D("0.0")
    assert fit([], {"go": 3}).coverage == D("0.0")


def test_best_fit_groups_the_listed_roles():
    ratings = {"a": 3, "b": 3, "c": 1}

    def role(slug, level, *requirements):
        return RoleInput(slug, slug.capitalize(), tuple(requirements), level)

    a3, b3, z3 = (RequirementInput(s, 3, "important") for s in "abz")
    roles = [
        role("junior", 1, a3, b3),  # low 100 → ready
        role("senior", 3, a3, z3),  # coverage 50, low 50 → within reach (3 ≥ 1)
        role("lead", 4, RequirementInput("a", 3, "optional"), z3),  # coverage 33.3
        role("weak", 2, RequirementInput("c", 4, "critical")),  # low 0 → within reach
        role("mid", 2, a3, RequirementInput("b", 4, "important")),  # low 50 → within reach
    ]

    groups = best_fit(roles, ratings)

    assert [(r.slug, str(f.readiness_low)) for r, f in groups.ready] == [("junior", "100.0")]
    assert [(r.slug, str(f.readiness_low)) for r, f in groups.within_reach] == [
        ("senior", "50.0"),  # 50.0, level 3 before level 2
        ("mid", "50.0"),
        ("weak", "0.0"),
    ]
    assert groups.others == []


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
def test_readiness_and_level_coverage_stay_within_0_and_100(items):
    report = score(items)
    assert D("0") <= report.readiness <= D("100")
    assert D("0") <= report.level_coverage <= D("100")
    for value in report.readiness_by_kind.values():
        assert value is None or D("0") <= value <= D("100")


def raise_one(items, index):
    raised = list(items)
    raised[index] = ItemInput(**{**vars(items[index]), "rated": min(5, items[index].rated + 1)})
    return raised


@given(item_lists(), st.data())
def test_raising_a_rating_never_lowers_readiness_or_level_coverage(items, data):
    index = data.draw(st.integers(0, len(items) - 1))
    before, after = score(items), score(raise_one(items, index))
    assert after.readiness >= before.readiness
    assert after.level_coverage >= before.level_coverage
    assert after.met >= before.met
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
    assert report.met == len(report.strengths)


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
    assert target_fit.readiness_low == D("0.0")  # neither level 5 is met

    stone = stepping_stone(SENIOR, target_fit, [JUNIOR, SRE, OTHER_TRACK], ratings)

    # junior: both met → 100.0; SRE: linux met (2 of 4) → 50.0 → junior wins
    assert stone.role.slug == "junior-sre"
    assert stone.fit.readiness_low == D("100.0")


def test_stepping_stone_prefers_the_higher_rung_on_equal_readiness():
    ratings = {"k8s": 3, "linux": 3}
    target_fit = fit(SENIOR.requirements, ratings)

    stone = stepping_stone(SENIOR, target_fit, [JUNIOR, SRE], ratings)

    # junior and SRE both 100.0 → the higher rung
    assert stone.role.slug == "sre"


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param({"k8s": 5, "linux": 5}, None, id="target-ready-no-hint"),
        # Senior: linux (w 2 of 5) met → 40.0 < 60; junior 100.0 → hint
        pytest.param({"k8s": 2, "linux": 5}, "junior-sre", id="under-60-hint"),
        # Senior: k8s (w 3 of 5) met → 60.0: not under 60, no hint
        pytest.param({"k8s": 5, "linux": 2}, None, id="exactly-60-no-hint"),
        pytest.param({"k8s": 0, "linux": 0}, None, id="no-lower-rung-scores-higher"),
        pytest.param({"unrelated": 5}, None, id="nothing-rated-anywhere"),
        # Junior: k8s rated and met, linux unrated: coverage 50, low 50 > 0 → hint
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
    resources = [
        res("A", 1, 3, 10, "k8s"),
        res("B", 4, 4, 20, "k8s"),
        res("G", 2, 3, 15, "go"),
        res("L", 1, 5, 99, "linux"),
    ]
    report = score(
        [
            item("K8s", 4, 1, "critical"),  # levels 2–4: A (1–3, 10 h) + B (4–4, 20 h) = 30
            item("Go", 3, 1),  # levels 2–3: G (2–3, 15 h) = 15
            item("Talk", 5, 3),  # levels 4–5: no resource → 2 uncovered
            item("Linux", 2, 4),  # met: no effort
        ],
        resources,
    )

    assert report.effort == Effort(hours=45, critical_hours=30, uncovered_levels=2)
    assert {slug: plan.hours for slug, plan in report.plans.items()} == {
        "k8s": 30,
        "go": 15,
        "talk": 0,
    }


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
    # …and the whole way to level 4 is one of them too, not both (200 h).
    report = score([item("Cloud", 4, 2)], resources)
    assert (report.focus[0].hours, report.focus[0].hours_to_required) == (80, 80)


@pytest.mark.parametrize(
    ("ratings", "readiness", "low", "high", "coverage", "unrated"),
    [
        # k8s critical 4 (met at 4), go important 3 (unmet at 2), talk important 3 unrated:
        # W = 7, rated 5, met 3 → 60.0 over rated; low 3/7; high (3 + 2)/7; coverage 5/7.
        pytest.param({"k8s": 4, "go": 2}, "60.0", "42.9", "71.4", "71.4", 1, id="partial"),
        pytest.param({}, None, "0.0", "100.0", "0.0", 3, id="nothing-rated"),
        pytest.param(
            {"k8s": 5, "go": 3, "talk": 3}, "100.0", "100.0", "100.0", "100.0", 0, id="all"
        ),
        pytest.param(
            {"k8s": 0, "go": 0, "talk": 0}, "0.0", "0.0", "0.0", "100.0", 0, id="all-unmet"
        ),
    ],
)
def test_partial_range(ratings, readiness, low, high, coverage, unrated):
    requirements = (req("k8s", 4, "critical"), req("go", 3), req("talk", 3))

    result = fit(requirements, ratings)

    assert result.readiness == (None if readiness is None else D(readiness))
    assert (result.readiness_low, result.readiness_high) == (D(low), D(high))
    assert result.coverage == D(coverage)
    assert result.unrated == unrated


def test_fit_groups_ready_by_level_then_within_reach_at_or_above_the_top_ready_level():
    def role(title, level):
        return RoleInput(slug=title.lower(), title=title, requirements=(), level=level)

    def r(low, coverage="100.0"):
        return Fit(
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
            (role("Half B", 3), r("10.0", coverage="50.0")),  # coverage exactly 50: listed
        ]
    )

    assert [role.title for role, _ in groups.ready] == ["Mid", "Junior"]
    assert [role.title for role, _ in groups.within_reach] == [
        "Senior",
        "Director",
        "Lead",
        "Half B",
    ]
    assert [role.title for role, _ in groups.others] == ["Junior B"]


@pytest.mark.parametrize(
    ("rated", "total", "listed"),
    [(999, 2000, True), (998, 2000, False), (1, 2, True), (0, 5, False)],
    ids=["49.95-shows-50.0", "49.9", "half", "nothing-rated"],
)
def test_is_listed_compares_the_rounded_coverage(rated, total, listed):
    assert is_listed(FitSums(total, rated, 0)) is listed


def test_fit_groups_without_a_ready_role_keep_every_level():
    role = RoleInput(slug="a", title="A", requirements=(), level=1)
    only = Fit(None, D("10.0"), D("90.0"), D("80.0"))
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
    before = fit(requirements, ratings)
    assert before.readiness_low <= before.readiness_high
    if before.readiness is not None:
        assert before.readiness_low <= before.readiness <= before.readiness_high
    if ratings:
        skill = data.draw(st.sampled_from(sorted(ratings)))
        after = fit(requirements, {**ratings, skill: min(5, ratings[skill] + 1)})
        assert after.readiness_low >= before.readiness_low
        assert after.readiness_high >= before.readiness_high


@given(item_lists())
def test_fit_of_a_fully_rated_role_is_the_reports_readiness(items):
    requirements = [RequirementInput(i.skill, i.required, i.importance) for i in items]
    result = fit(requirements, {i.skill: i.rated for i in items})
    assert result.readiness == result.readiness_low == result.readiness_high
    assert result.readiness == score(items).readiness
    assert result.is_complete


@given(item_lists(), st.data())
def test_effort_never_grows_when_a_rating_rises(items, data):
    resources = [
        ResourceInput(i.skill, f"{i.skill}-{band}", "course", band[0], band[1], hours)
        for i in items
        for band, hours in (((1, 2), 10), ((2, 4), 25), ((4, 5), 40), ((3, 3), 12))
    ]
    index = data.draw(st.integers(0, len(items) - 1))

    before = score(items, resources).effort
    after = score(raise_one(items, index), resources).effort

    assert after.hours <= before.hours
    assert after.critical_hours <= before.critical_hours
    assert after.uncovered_levels <= before.uncovered_levels


# --- Second opinions ------------------------------------------------------------------

from assessments.scoring import ReviewerRating, reviews_of  # noqa: E402


def reviewed(items, *answers):
    """answers: (review, skill, level or None, comment)."""
    report = score(items)
    return report, reviews_of(report.items, [ReviewerRating(*a) for a in answers])


def test_reviewers_median_calibration_and_reviewed_readiness_by_hand():
    items = [
        item("A", 4, 4, "critical"),
        item("B", 3, 2),
        item("C", 3, 3),
        item("D", 4, 5, "optional"),
    ]
    report, reviews = reviewed(
        items,
        (1, "a", 3, ""),
        (1, "b", 2, "Pairs on it weekly"),
        (1, "c", None, "Haven't seen it"),
        (2, "a", 2, ""),
        (2, "b", 3, ""),
        (2, "c", None, ""),
        (3, "a", 3, ""),
        (3, "b", None, ""),
    )

    assert reviews.count == 3
    # A: median of 3, 2, 3 = 3.0 (3 reviewers), one below self; B: median of 2, 3 = 2.5
    assert [(i.skill, str(i.reviewers), i.count, str(i.difference)) for i in reviews.items] == [
        ("a", "3.0", 3, "1.0"),
        ("b", "2.5", 2, "-0.5"),
    ]
    assert [i.disagreement for i in reviews.items] == ["flagged", ""]
    # self − the reviewers' mean: A 4 − 8/3 = 4/3, B 2 − 5/2 = −1/2 → mean 5/12 = 0.42
    assert reviews.calibration == D("0.4")
    # Self: A (3), C (2), D (1) met of 8 → 75.0. Reviewed: A → 3 (unmet), B → 2.5 → 3
    # (met): B (2), C (2), D (1) of 8 → 62.5.
    assert report.readiness == D("75.0")
    assert reviews.readiness == D("62.5")
    assert reviews.comments == {"b": ("Pairs on it weekly",), "c": ("Haven't seen it",)}


@pytest.mark.parametrize(
    ("self_rated", "levels", "reviewers", "disagreement"),
    [
        (5, [2, 3], "2.5", "serious"),  # 2.5 apart
        (1, [3], "3.0", "serious"),  # 2 below: a serious disconnect either way
        (3, [2], "2.0", "flagged"),  # exactly one level
        (3, [2, 3], "2.5", ""),  # half a level: not flagged
        (3, [3, 3, 4], "3.0", ""),
    ],
)
def test_disagreement_is_one_level_or_more_and_serious_at_two(
    self_rated, levels, reviewers, disagreement
):
    _, reviews = reviewed(
        [item("A", 3, self_rated)], *[(n, "a", level, "") for n, level in enumerate(levels)]
    )
    (row,) = reviews.items
    assert str(row.reviewers) == reviewers
    assert row.disagreement == disagreement


def test_no_reviews_is_count_0_and_nulls():
    _, reviews = reviewed([item("A", 3, 3)])
    assert (reviews.count, reviews.calibration, reviews.readiness, reviews.items) == (
        0,
        None,
        None,
        (),
    )


def test_only_cant_judge_answers_give_no_figures_but_keep_the_comments():
    _, reviews = reviewed([item("A", 3, 3)], (1, "a", None, "Not my area"))
    assert reviews.count == 1
    assert (reviews.calibration, reviews.readiness, reviews.items) == (None, None, ())
    assert reviews.comments == {"a": ("Not my area",)}


def test_calibration_rounds_half_up_away_from_zero():
    # self 2, reviewers 2 and 3 (mean 2.5): −0.5; self 3, reviewer 3: 0 → mean −0.25
    _, reviews = reviewed(
        [item("A", 3, 2), item("B", 3, 3)], (1, "a", 2, ""), (2, "a", 3, ""), (1, "b", 3, "")
    )
    assert reviews.calibration == D("-0.3")


@given(item_lists())
def test_reviewers_who_agree_change_nothing(items):
    report = score(items)
    answers = [ReviewerRating(1, i.skill, i.rated) for i in items]
    reviews = reviews_of(report.items, answers)
    assert reviews.calibration == D("0.0")
    assert reviews.readiness == report.readiness
    assert not reviews.disagreements
