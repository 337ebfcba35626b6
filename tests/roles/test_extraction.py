"""The job-ad extractor: pure functions over a vocabulary, no database."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from roles.extraction import Vocabulary, extract, rung_of

SKILLS = [
    ("kubernetes", "Kubernetes", ["k8s"]),
    ("infrastructure-as-code", "Infrastructure as Code", ["IaC"]),
    ("observability", "Observability", []),
    ("go", "Go", ["Golang"]),
    ("r-programming", "R", []),
    ("cpp", "C++", []),
    ("python", "Python", []),
    ("ci-cd", "CI/CD", ["Continuous delivery"]),
    ("event-streaming", "Event Streaming", []),
    ("communication", "Communication", []),
]
VOCABULARY = Vocabulary.build(SKILLS)

AD = """Senior Platform Engineer

What you'll do
Run our k8s clusters and write Terraform modules.

Requirements
- Production experience with Go or Python
- You must know CI/CD pipelines well

Nice to have
- Familiarity with Kafka
- Deep expertise in Prometheus is a plus
"""


def found(text: str, **kwargs) -> dict[str, tuple[str, int]]:
    return {s.skill: (s.importance, s.level) for s in extract(text, VOCABULARY, **kwargs).skills}


def test_an_ad_gives_title_rung_and_skills_with_importance_from_its_sections():
    result = extract(AD, VOCABULARY)

    assert (result.title, result.level) == ("Senior Platform Engineer", 3)
    assert {s.skill: s.importance for s in result.skills} == {
        "kubernetes": "important",  # "What you'll do"
        "infrastructure-as-code": "important",  # Terraform → IaC
        "go": "critical",
        "python": "critical",
        "ci-cd": "critical",
        "event-streaming": "optional",  # Kafka, under "Nice to have"
        "observability": "optional",  # Prometheus, "a plus"
    }
    evidence = {s.skill: s.evidence for s in result.skills}
    assert evidence["infrastructure-as-code"] == "Run our k8s clusters and write Terraform modules."
    assert evidence["go"] == "Production experience with Go or Python"


def test_levels_follow_seniority_and_wording_clamped_to_1_to_5():
    levels = found(AD)
    assert levels["go"] == ("critical", 4)  # a senior role expects 4
    assert levels["event-streaming"] == ("optional", 3)  # optional: one lower
    assert levels["observability"] == ("optional", 4)  # "deep expertise": one higher
    junior = found("Junior engineer\nRequirements\nPython and Kafka are a plus")
    assert set(junior.values()) == {("optional", 1)}
    assert found("Principal engineer\nRequirements\nExpert in Python")["python"] == ("critical", 5)


@pytest.mark.parametrize(
    ("title", "rung"),
    [
        ("Junior DevOps Engineer", 1),
        ("Site Reliability Engineer", 2),
        ("Sr. Backend Engineer", 3),
        ("Staff Engineer, Infrastructure", 4),
        ("Engineering Manager, Platform", 4),
        ("Director of Platform Engineering", 5),
        ("Head of SRE", 5),
    ],
)
def test_the_rung_comes_from_the_title(title, rung):
    assert rung_of(title, "") == rung


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Experience with Go and C++", {"go", "cpp"}),
        ("We go fast and ship often", set()),  # "go" the verb
        ("Statistics in R preferred", {"r-programming"}),
        ("our r&d team", set()),  # r the letter
        ("Kubernetes operators and k8s clusters", {"kubernetes"}),  # aliases, plurals
        ("continuous-delivery and CI/CD", {"ci-cd"}),  # hyphens, slashes
        ("Strong communication skills", {"communication"}),
        ("Observabilityfoo is not a word", set()),  # word boundaries
        ("Pythonic code", set()),
    ],
)
def test_matching_is_exact_on_word_boundaries_and_case_aware_where_it_matters(sentence, expected):
    assert set(found(sentence)) == expected


def test_a_skill_mentioned_twice_takes_its_strongest_mention():
    result = extract("Nice to have\nKafka\nRequirements\n- Kafka in production", VOCABULARY)
    (kafka,) = result.skills
    assert (kafka.importance, kafka.evidence) == ("critical", "Kafka in production")


def test_nothing_recognisable_gives_no_skills():
    assert extract("\x00\x01 binary ☃ junk", VOCABULARY).skills == ()
    assert extract("", VOCABULARY).skills == ()


@pytest.mark.django_db
def test_the_command_prints_the_suggestion_as_json(seed_catalog, tmp_path):
    ad = tmp_path / "ad.txt"
    ad.write_text(AD)
    out = StringIO()

    call_command("role_from_text", str(ad), "--json", stdout=out)

    data = json.loads(out.getvalue())
    assert (data["title"], data["level"]) == ("Senior Platform Engineer", 3)
    rows = {row["skill"]: row for row in data["skills"]}
    assert rows["infrastructure-as-code"]["importance"] == "important"
    assert set(rows["go"]) == {"skill", "importance", "level", "evidence"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [("   \n\t", "empty"), ("x" * 20_001, "at most 20,000"), (b"\xff\xfe\x00", "Cannot read")],
    ids=["blank", "too-long", "not-utf8"],
)
def test_the_command_refuses_bad_input_in_one_line(tmp_path, content, message):
    ad = tmp_path / "ad.txt"
    ad.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(CommandError, match=message):
        call_command("role_from_text", str(ad), stdout=StringIO())


def test_boilerplate_sections_ask_for_nothing_and_unknown_headings_reset_the_section():
    ad = (
        "Requirements\n- Python in production\n\n"
        "About the team:\nWe run Kubernetes and Kafka.\n\n"
        "Benefits\n- Free Go lessons and a C++ library\n"
    )
    assert found(ad) == {
        "python": ("critical", 3),
        "kubernetes": ("important", 3),  # a new, unmarked section: no longer critical
        "event-streaming": ("important", 3),
    }


def test_r_and_d_is_not_the_r_language():
    assert found("Our R&D group uses R for statistics") == {"r-programming": ("important", 3)}
    assert found("Our R&D group") == {}
