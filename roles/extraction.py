"""Suggest a target role from a job ad: which catalog skills it asks for, how much
each matters, and at what level. Pure functions, no ORM: the caller passes the
vocabulary (`Vocabulary.build` from plain skill tuples), so the matching is
offline, deterministic and testable without a database.

- Vocabulary: each skill's name and aliases, plus the tool names ads use for a
  skill (`TOOL_TERMS`: Terraform → Infrastructure as Code …). Matching is exact,
  on word boundaries, tolerant of a plural "s"/"es" and of spaces, hyphens or
  slashes inside a term; short or ordinary-word terms (Go, R, C, Swift, Rust …)
  match only in their own capitalisation.
- Importance: the section a sentence sits in (requirements / must have → critical;
  nice to have / bonus / preferred → optional), overridden by the sentence's own
  cue words ("must", "required" / "a plus", "familiarity with"); otherwise
  important. A skill mentioned several times takes its strongest mention, and the
  sentence of that mention is its evidence.
- Level: the ad's seniority (title first, then wording) gives the role's rung
  1–5; a skill's suggested level is that rung's expected level, one lower for an
  optional skill and one higher where the sentence asks for depth ("expert",
  "deep"), clamped to 1–5.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

CRITICAL, IMPORTANT, OPTIONAL = "critical", "important", "optional"
_RANK = {OPTIONAL: 0, IMPORTANT: 1, CRITICAL: 2}

# Tool and practice names ads use, each mapped to the catalog skill it evidences.
TOOL_TERMS: dict[str, tuple[str, ...]] = {
    "infrastructure-as-code": ("Terraform", "Pulumi", "CloudFormation", "OpenTofu", "CDK"),
    "configuration-management": ("Ansible", "Chef", "Puppet", "SaltStack"),
    "observability": (
        "Prometheus",
        "Grafana",
        "Datadog",
        "OpenTelemetry",
        "New Relic",
        "Splunk",
        "ELK",
        "Jaeger",
        "monitoring",
        "alerting",
    ),
    "containerization": ("Docker", "Podman", "containers"),
    "kubernetes": ("Kubernetes", "k8s", "Helm", "EKS", "GKE", "AKS", "OpenShift"),
    "cloud-platforms": ("AWS", "GCP", "Azure", "Google Cloud", "Amazon Web Services"),
    "ci-cd": (
        "CI/CD",
        "Jenkins",
        "GitHub Actions",
        "GitLab CI",
        "CircleCI",
        "Argo CD",
        "ArgoCD",
        "Tekton",
        "continuous integration",
        "continuous delivery",
        "continuous deployment",
    ),
    "version-control": ("Git", "GitHub", "GitLab", "Bitbucket"),
    "workflow-orchestration": ("Airflow", "Argo Workflows", "Dagster", "Prefect", "Flyte"),
    "distributed-data-processing": ("Spark", "PySpark", "Ray", "Dask", "Hadoop", "Flink"),
    "event-streaming": ("Kafka", "Kinesis", "Pulsar", "RabbitMQ", "Pub/Sub"),
    "databases-sql": ("SQL", "PostgreSQL", "Postgres", "MySQL", "MongoDB", "DynamoDB", "Redis"),
    "mlops": ("MLflow", "Kubeflow", "SageMaker", "Vertex AI", "MLOps"),
    "model-serving": ("KServe", "Seldon", "Triton", "TorchServe", "BentoML", "model serving"),
    "gpu-infrastructure": ("CUDA", "GPU", "GPUs", "NVIDIA"),
    "policy-as-code": ("OPA", "Gatekeeper", "Kyverno", "Open Policy Agent"),
    "incident-management": ("on-call", "incident response", "PagerDuty", "postmortems"),
    "service-level-objectives": ("SLO", "SLOs", "SLI", "error budgets"),
    "shell-scripting": ("Bash", "PowerShell", "shell scripting"),
    "python": ("Python",),
    "go": ("Go", "Golang"),
    "java": ("Java", "JVM"),
    "javascript-typescript": ("JavaScript", "TypeScript", "Node.js"),
    "cpp": ("C++",),
    "ruby": ("Ruby",),
    "r-programming": ("R",),
    "linux": ("Linux", "Unix"),
    "networking": ("TCP/IP", "DNS", "load balancers", "networking"),
    "ml-model-development": ("PyTorch", "TensorFlow", "scikit-learn", "machine learning"),
    "feature-stores": ("Feast", "Tecton", "feature store"),
    "llmops": ("LLM", "LLMs", "LangChain", "RAG", "GenAI", "generative AI"),
    "data-engineering": ("dbt", "ETL", "ELT", "data pipelines"),
    "infrastructure-security": ("Vault", "IAM", "secrets management"),
    "communication": ("communication skills", "written communication"),
    "mentoring-coaching": ("mentoring", "mentor"),
}

# How ads word the practices and soft skills the catalog names differently.
PHRASE_TERMS: dict[str, tuple[str, ...]] = {
    "cross-functional-collaboration": (
        "collaborate",
        "collaborating",
        "collaboration",
        "collaborative",
        "cross-functional",
        "work closely with",
        "working closely with",
        "partner with",
        "partnering with",
    ),
    "system-design": (
        "system design",
        "systems design",
        "architecture",
        "architect",
        "architecting",
        "design and build",
        "design and implement",
        "designing and building",
        "scalable systems",
        "distributed architecture",
    ),
    "toil-reduction": ("automate", "automating", "automation", "automated", "toil"),
    "prioritization-time-management": ("prioritize", "prioritise", "prioritization", "priorities"),
    "resilience-disaster-recovery": (
        "high availability",
        "highly available",
        "disaster recovery",
        "fault tolerance",
        "fault-tolerant",
        "resilience",
        "resilient",
        "failover",
        "backup and restore",
    ),
    "documentation-enablement": (
        "documentation",
        "runbooks",
        "technical writing",
        "documenting",
        "technical specifications",
        "design documents",
    ),
    "stakeholder-management": ("stakeholder", "stakeholder management"),
    "business-acumen": (
        "business needs",
        "business goals",
        "business objectives",
        "business requirements",
        "business impact",
        "business value",
        "business use cases",
        "business context",
    ),
    "problem-solving": (
        "problem-solving",
        "problem solving",
        "problem solver",
        "troubleshooting skills",
    ),
    "software-engineering-practices": (
        "code review",
        "code reviews",
        "unit tests",
        "unit testing",
        "automated testing",
        "clean code",
        "test-driven",
        "TDD",
        "quality standards",
        "robust testing",
    ),
    "ownership": (
        "ownership",
        "accountability",
        "take ownership",
        "sense of responsibility",
        "take responsibility",
        "self-starter",
        "proactive",
    ),
    "backend-development": ("backend", "back-end", "RESTful", "REST APIs", "microservices"),
    "technical-leadership": (
        "technical leadership",
        "tech lead",
        "technical direction",
        "technical leader",
        "lead a team",
        "leading a team",
        "lead the team",
        "lead efforts",
        "leadership skills",
    ),
    "attention-to-detail": (
        "attention to detail",
        "detail oriented",
        "detail-oriented",
        "rigor",
        "rigour",
    ),
    "adaptability": ("fast-paced", "rapidly changing", "ambiguity", "adaptable", "versatile"),
    "vendor-management": ("vendor", "vendors", "third-party vendors", "vendor management"),
    "customer-focus": (
        "customer experience",
        "user-facing",
        "customer-focused",
        "customer needs",
        "customer-centric",
        "user experience",
    ),
    "api-design": ("API design", "designing APIs", "API-first", "OpenAPI", "GraphQL", "gRPC"),
    "model-monitoring": ("model monitoring", "model drift", "data drift", "monitor models"),
    "model-serving": ("model deployment", "deploy models", "deploying models", "inference"),
    "project-management": ("project management", "manage projects", "Jira"),
    "hiring-team-building": ("hiring", "recruiting", "grow the team", "build a team"),
    "networking": ("network protocols", "load balancing", "VPN", "firewalls", "VPC"),
    "people-management": (
        "direct reports",
        "people management",
        "manage a team",
        "line management",
    ),
    "performance-engineering": (
        "performance tuning",
        "performance optimization",
        "latency",
        "application performance",
        "system performance",
        "improve performance",
    ),
    "mathematics-statistics": ("statistics", "statistical", "mathematics", "probability"),
    "continuous-learning": (
        "continuous learning",
        "eager to learn",
        "growth mindset",
        "curiosity",
        "learning new",
        "keep up with",
        "stay current",
        "willingness to learn",
    ),
}

# Terms that are ordinary words (or letters) in another capitalisation.
CASE_SENSITIVE = frozenset(
    {"Go", "R", "C", "Swift", "Rust", "Ray", "Chef", "Puppet", "Spark", "Vault", "ELK"}
)

IGNORE = "ignore"  # boilerplate: what the company offers, not what it asks
_SECTION_CUES = (  # checked in order: "Bonus points if you have" is not a requirement
    (
        IGNORE,
        (
            "company description",
            "about us",
            "who we are",
            "benefits",
            "what we offer",
            "why join",
            "perks",
            "compensation",
            "additional information",
            "equal opportunit",
            "diversity",
            "recruitment process",
            "working conditions",
            "in it for you",
            "where you'll be",
            "will support you",
            "more about",
            "our stack",
            "technological stack",
            "salary",
            "location",
        ),
    ),
    (
        OPTIONAL,
        (
            "nice to have",
            "nice-to-have",
            "bonus",
            "preferred",
            "plus",
            "desirable",
            "desired",
            "good to have",
            "ideal",
            "additional skills",
            "not a requirement",
            "would be great",
        ),
    ),
    (
        CRITICAL,
        (
            "requirement",
            "must have",
            "must-have",
            "qualification",
            "what you bring",
            "you'll bring",
            "what we're looking for",
            "what we are looking for",
            "looking for",
            "what we look for",
            "you have",
            "you bring",
            "about you",
            "who you are",
            "required",
            "what it takes",
            "expectations",
            "skills",
            "experience",
            "knowledge",
            "you are",
            "you'll need",
            "you need",
        ),
    ),
    (
        IMPORTANT,
        (
            "responsibilit",
            "what you'll do",
            "what you will do",
            "the role",
            "this role",
            "your day",
            "you will",
            "you'll",
            "working on",
            "the job",
            "job description",
            "the position",
            "about the team",
            "mission",
        ),
    ),
)
_OPTIONAL_CUES = re.compile(
    r"\b(nice to have|nice-to-have|bonus|a plus|is a plus|are a plus|plus\b|preferred|"
    r"familiarity|exposure to|desirable|ideally|good to have)",
    re.IGNORECASE,
)
_CRITICAL_CUES = re.compile(
    r"\b(must|required|requires|mandatory|essential|proven|strong|solid|extensive|expert)\b",
    re.IGNORECASE,
)
_DEPTH_CUES = re.compile(r"\b(expert|expertise|deep|mastery|advanced|extensive)\b", re.I)

# Rung from seniority words: the first that matches wins (title before text).
_SENIORITY = (
    (5, re.compile(r"\b(director|head of|vp|vice president|principal|chief)\b", re.I)),
    (4, re.compile(r"\b(staff|lead|manager|architect)\b", re.I)),
    (3, re.compile(r"\b(senior|sr\.?)\b", re.I)),
    (1, re.compile(r"\b(junior|jr\.?|graduate|entry[- ]level|intern|apprentice)\b", re.I)),
)
_DEFAULT_RUNG = 2
# The level a rung's critical and important skills are expected at.
_EXPECTED_LEVEL = {1: 2, 2: 3, 3: 4, 4: 4, 5: 4}


@dataclass(frozen=True)
class Suggestion:
    skill: str  # catalog skill slug
    importance: str
    level: int
    evidence: str  # the sentence it came from


@dataclass(frozen=True)
class Extraction:
    title: str
    level: int  # the role's rung 1–5
    skills: tuple[Suggestion, ...]

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "level": self.level,
            "skills": [
                {
                    "skill": s.skill,
                    "importance": s.importance,
                    "level": s.level,
                    "evidence": s.evidence,
                }
                for s in self.skills
            ],
        }


@dataclass(frozen=True)
class Vocabulary:
    """Compiled patterns: one case-insensitive, one case-sensitive, term → skill."""

    insensitive: re.Pattern | None
    sensitive: re.Pattern | None
    skill_of: dict[str, str]  # normalised term → slug

    @classmethod
    def build(cls, skills: Iterable[tuple[str, str, Iterable[str]]]) -> Vocabulary:
        """From (slug, name, aliases) of the catalog's skills, plus TOOL_TERMS for the
        skills present. A term claimed by two skills goes to the first."""
        skill_of: dict[str, str] = {}
        sensitive: set[str] = set()
        rows = list(skills)
        slugs = {slug for slug, _, _ in rows}
        terms = [(slug, t) for slug, name, aliases in rows for t in (name, *aliases)]
        terms += [
            (slug, t)
            for table in (TOOL_TERMS, PHRASE_TERMS)
            for slug, extra in table.items()
            if slug in slugs
            for t in extra
        ]
        for slug, term in terms:
            term = term.strip()
            if len(term) < 1:
                continue
            exact = term in CASE_SENSITIVE or len(term) <= 2
            key = term if exact else _norm(term)
            skill_of.setdefault(key, slug)
            if exact:
                sensitive.add(term)
        insensitive = sorted((k for k in skill_of if k not in sensitive), key=len, reverse=True)
        return cls(
            insensitive=_compile(insensitive, re.IGNORECASE) if insensitive else None,
            sensitive=_compile(sorted(sensitive, key=len, reverse=True), 0) if sensitive else None,
            skill_of=skill_of,
        )

    @classmethod
    @functools.lru_cache(maxsize=4)
    def cached(cls, skills: tuple[tuple[str, str, tuple[str, ...]], ...]) -> Vocabulary:
        """`build`, compiled once per distinct catalog (about 30 ms saved a request)."""
        return cls.build(skills)

    def find(self, sentence: str) -> list[str]:
        """Slugs of the skills a sentence mentions, in order of first mention."""
        hits: list[tuple[int, str]] = []
        for pattern, exact in ((self.insensitive, False), (self.sensitive, True)):
            if pattern is None:
                continue
            for match in pattern.finditer(sentence):
                slug = self.skill_of.get(_singular(match.group("term"), exact, self.skill_of))
                if slug:
                    hits.append((match.start(), slug))
        return list(dict.fromkeys(slug for _, slug in sorted(hits)))


def _norm(term: str) -> str:
    return re.sub(r"[\s\-_/]+", " ", term.lower()).strip()


def _pattern_for(term: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-_/]+", term) if p]
    return r"[\s\-_/]+".join(parts)


def _compile(terms: list[str], flags: int) -> re.Pattern:
    alternatives = "|".join(_pattern_for(t) for t in terms)
    # Not inside a longer word or token (C++ vs C, .NET, node.js); an optional plural.
    return re.compile(rf"(?<![\w+#.&])(?P<term>(?:{alternatives})(?:e?s)?)(?![\w+#&])", flags)


def _singular(term: str, exact: bool, known: dict[str, str]) -> str:
    key = term if exact else _norm(term)
    if key in known:
        return key
    for suffix in ("es", "s"):
        if key.endswith(suffix) and key[: -len(suffix)] in known:
            return key[: -len(suffix)]
    return key


_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[•·▪●◦*]\s+|\s-\s")


def sentences(text: str) -> list[str]:
    return [s.strip(" \t•·▪●◦*-–—") for s in _SENTENCE.split(text) if s.strip(" \t•·▪●◦*-–—")]


_BULLET = re.compile(r"^\s*([-–—•·▪●◦*]|\d+[.)])\s")


def _heading_importance(line: str) -> str | None:
    """The section a heading line opens, if it is one: a short line of a few words,
    not a bullet and not a sentence. A heading with no known cue opens a neutral
    (important) section, so the last section's importance does not run on."""
    if _BULLET.match(line):
        return None
    raw = line.strip()
    stripped = raw.replace("’", "'").rstrip(":").strip("#*_ ").rstrip(":").strip().lower()
    if not stripped or len(stripped.split()) > 8 or stripped[-1] in ".!?,;":
        return None
    looks_like_heading = raw.startswith(("#", "**", "__")) or raw.endswith(":")
    for importance, cues in _SECTION_CUES:
        if any(cue in stripped for cue in cues):
            return importance
    return IMPORTANT if looks_like_heading else None


def expected_level(rung: int) -> int:
    """The level a role of this rung expects of its critical and important skills."""
    return _EXPECTED_LEVEL[min(5, max(1, rung))]


def rung_of(title: str, text: str) -> int:
    for source in (title, text[:2000]):
        for rung, pattern in _SENIORITY:
            if pattern.search(source):
                return rung
    return _DEFAULT_RUNG


def extract(text: str, vocabulary: Vocabulary, *, title: str = "") -> Extraction:
    """The suggested role for a job ad (see the module docstring)."""
    lines = text.replace("\r", "\n").split("\n")
    title = (title or next((ln.strip() for ln in lines if ln.strip()), ""))[:150].strip()
    rung = rung_of(title, text)
    expected = _EXPECTED_LEVEL[rung]
    best: dict[str, tuple[int, str, int, int]] = {}  # slug → (rank, evidence, level, order)
    section = IMPORTANT
    order = 0
    for line in lines:
        heading = _heading_importance(line)
        # A short line naming skills is content ("Python preferred"), unless it ends in ":".
        if heading is not None and (line.rstrip().endswith(":") or not vocabulary.find(line)):
            section = heading
            continue
        if section == IGNORE:
            continue
        for sentence in sentences(line):
            slugs = vocabulary.find(sentence)
            if not slugs:
                continue
            importance = section
            if _OPTIONAL_CUES.search(sentence):
                importance = OPTIONAL
            elif _CRITICAL_CUES.search(sentence):
                importance = CRITICAL
            level = expected - (importance == OPTIONAL) + bool(_DEPTH_CUES.search(sentence))
            level = min(5, max(1, level))
            for slug in slugs:
                order += 1
                rank = _RANK[importance]
                if slug not in best or rank > best[slug][0]:
                    best[slug] = (rank, sentence[:300], level, best.get(slug, (0, "", 0, order))[3])
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][3]))
    importance_of = {v: k for k, v in _RANK.items()}
    return Extraction(
        title=title,
        level=rung,
        skills=tuple(
            Suggestion(skill=slug, importance=importance_of[rank], level=level, evidence=ev)
            for slug, (rank, ev, level, _) in ranked
        ),
    )
