"""Learning resources per skill for the seed catalog.

Format: FORMAT.md, section "resources.py". A resource is suggested for a gap when the
learner's next level (current rating + 1) lies in its from_level..to_level band.
Only real, well-known certifications, books and courses are named; url is "" unless
the official address is certain.
"""

from __future__ import annotations

RESOURCES = {
    "ci-cd": [
        {
            "title": (
                "Set up a CI pipeline for one service: build, test, package and publish a "
                "versioned artifact"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Continuous Delivery (Humble, Farley — Addison-Wesley)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": "Google Cloud Professional Cloud DevOps Engineer",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 80,
        },
        {
            "title": (
                "Design reusable pipeline templates with environment promotion and adopt them "
                "across several teams"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "devops-agile-practices": [
        {
            "title": "The Phoenix Project (Kim, Behr, Spafford)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Professional Scrum Master I (PSM I) — Scrum.org",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": "Accelerate (Forsgren, Humble, Kim)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": (
                "Measure your team's four DORA metrics for a quarter and lead one improvement "
                "they reveal"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "internal-developer-platforms": [
        {
            "title": "Certified Backstage Associate (CBA) — Linux Foundation",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 30,
        },
        {
            "title": (
                "Build a golden-path service template (scaffold, CI, deploy, observability) and"
                " onboard one team to it"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Team Topologies (Skelton, Pais)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": "Platform Engineering (Fournier, Nowland — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 20,
        },
    ],
    "progressive-delivery": [
        {
            "title": (
                "Put one risky change behind a feature flag and roll it out to users gradually"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "Certified Argo Project Associate (CAPA) — Linux Foundation",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": (
                "Migrate one service's deployment to a canary rollout with automated metric "
                "analysis and rollback"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Define the organisation's rollout standard (canary/blue-green policy, rollback"
                " criteria) and roll it out"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "version-control": [
        {
            "title": "Pro Git (Chacon, Straub — Apress)",
            "url": "https://git-scm.com/book/en/v2",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": (
                "Recover lost work and untangle a messy history with reflog, interactive rebase"
                " and bisect"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 10,
        },
        {
            "title": "GitHub Administration certification (exam GH-100)",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Define the repository branching strategy, protected-branch rules and pull-"
                "request review policy"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 15,
        },
    ],
    "cloud-cost-management": [
        {
            "title": "FinOps Certified Practitioner (FinOps Foundation)",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 30,
        },
        {
            "title": "Own the cloud cost report for your team for a quarter",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Cloud FinOps (Storment, Fuller — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Lead a cost-optimisation programme (tagging and showback, rightsizing, "
                "commitments, GPU utilisation)"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "cloud-platforms": [
        {
            "title": "Microsoft Certified: Azure Fundamentals (AZ-900)",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "AWS Certified Solutions Architect – Associate",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 80,
        },
        {
            "title": "Google Cloud Professional Cloud Architect",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 80,
        },
        {
            "title": "AWS Certified Solutions Architect – Professional",
            "url": "",
            "kind": "certification",
            "from_level": 4,
            "to_level": 5,
            "hours": 120,
        },
    ],
    "containerization": [
        {
            "title": "Docker Deep Dive (Poulton)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Docker Certified Associate (DCA) — Mirantis",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 50,
        },
        {
            "title": "Certified Kubernetes Application Developer (CKAD)",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 60,
        },
        {
            "title": (
                "Cut image size and build time for your team's images and publish a hardened "
                "base-image standard"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "gpu-infrastructure": [
        {
            "title": "NVIDIA-Certified Associate: AI Infrastructure and Operations (NCA-AIIO)",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 40,
        },
        {
            "title": (
                "Set up a GPU node pool with the NVIDIA device plugin and schedule a training "
                "job on it"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Programming Massively Parallel Processors (Kirk, Hwu)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 40,
        },
        {
            "title": (
                "Raise GPU utilisation of a shared cluster (MIG or time-slicing, queueing, bin-"
                "packing) and report before/after"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "kubernetes": [
        {
            "title": "Linux Foundation: Introduction to Kubernetes (LFS158)",
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Kubernetes Up & Running (Burns, Beda, Hightower, Evenson)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Certified Kubernetes Administrator (CKA)",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 60,
        },
        {
            "title": "Certified Kubernetes Security Specialist (CKS)",
            "url": "",
            "kind": "certification",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "data-engineering": [
        {
            "title": "Fundamentals of Data Engineering (Reis, Housley — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "dbt Analytics Engineering Certification (dbt Labs)",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Google Cloud Professional Data Engineer",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 80,
        },
        {
            "title": (
                "Define data-quality SLAs and a data-contract standard for your team's pipelines"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "data-governance-privacy": [
        {
            "title": (
                "Classify the datasets your team owns and document lineage and access policy "
                "for each"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "DAMA-DMBOK: Data Management Body of Knowledge (DAMA International)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Certified Information Privacy Technologist (CIPT) — IAPP",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 60,
        },
        {
            "title": (
                "Design and roll out retention and periodic access-review policies across your "
                "data platform"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "data-modeling": [
        {
            "title": (
                "Model one business process as a star schema (grain, facts, dimensions) and "
                "review it with analysts"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "The Data Warehouse Toolkit (Kimball, Ross)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 35,
        },
        {
            "title": "Certified Data Management Professional (CDMP) — DAMA International",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 60,
        },
        {
            "title": "Designing Data-Intensive Applications (Kleppmann)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 35,
        },
    ],
    "databases-sql": [
        {
            "title": "Learning SQL (Beaulieu — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "SQL Performance Explained (Winand)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Find and fix the slowest queries of one service using EXPLAIN plans and indexes"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": "Database Internals (Petrov)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 35,
        },
    ],
    "distributed-data-processing": [
        {
            "title": "Learning Spark, 2nd Edition (Damji, Wenig, Das, Lee — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "Databricks Certified Associate Developer for Apache Spark",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Spark: The Definitive Guide (Chambers, Zaharia)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 35,
        },
        {
            "title": (
                "Profile and tune a slow Spark job (partitioning, skew, shuffles, caching) and "
                "document the gains"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "event-streaming": [
        {
            "title": (
                "Build a producer/consumer pair with a schema registry, retries and a dead-"
                "letter topic"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Confluent Certified Developer for Apache Kafka (CCDAK)",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 50,
        },
        {
            "title": "Kafka: The Definitive Guide (Shapira, Palino, Sivaram, Petty — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "Designing Event-Driven Systems (Stopford — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 15,
        },
    ],
    "workflow-orchestration": [
        {
            "title": "Astronomer Certification for Apache Airflow Fundamentals",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "Data Pipelines with Apache Airflow (Harenslak, de Ruiter — Manning)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": (
                "Migrate a cron-based job chain to an orchestrated DAG with retries, SLAs and "
                "backfill support"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Set orchestration standards for the platform (DAG conventions, ownership, "
                "alerting) and review other teams' DAGs"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "configuration-management": [
        {
            "title": "Ansible for DevOps (Geerling)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": (
                "Write an idempotent Ansible role for one server type, test it with Molecule "
                "and run it from CI"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Red Hat Certified Engineer (RHCE)",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 80,
        },
        {
            "title": (
                "Eliminate configuration drift across a fleet: inventory, baseline roles and "
                "drift reports"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "infrastructure-as-code": [
        {
            "title": "HashiCorp Certified: Terraform Associate",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 40,
        },
        {
            "title": "Terraform: Up & Running (Brikman)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": "Infrastructure as Code (Morris — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Build a versioned module library with plan-in-CI, tests and policy checks, "
                "used by several teams"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "policy-as-code": [
        {
            "title": (
                "Write and test an OPA/Rego or Kyverno policy that blocks one unsafe "
                "configuration, starting in audit mode"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Kyverno Certified Associate (KCA) — Linux Foundation",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": (
                "Add policy checks on Terraform plans and Kubernetes manifests to one "
                "repository's pipeline"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Define the organisation's guardrail catalogue with an exceptions process and "
                "enforce it across clusters and accounts"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "ai-governance": [
        {
            "title": "NIST AI Risk Management Framework (AI RMF 1.0) and Playbook",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Add lineage, approval and audit-trail capture to one model's promotion workflow"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": "Artificial Intelligence Governance Professional (AIGP) — IAPP",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 60,
        },
        {
            "title": (
                "Define model risk tiers and the approval policy for each tier with legal and "
                "risk partners"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "feature-stores": [
        {
            "title": (
                "Document one model's features: sources, transformations, freshness and "
                "training-serving parity"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "Machine Learning Design Patterns (Lakshmanan, Robinson, Munn — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": (
                "Move one model's features into a feature store (e.g. Feast) with point-in-time"
                " correct training sets"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "Set feature ownership, reuse and freshness standards across ML teams",
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "llmops": [
        {
            "title": "DeepLearning.AI: Generative AI with Large Language Models",
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 16,
        },
        {
            "title": "AI Engineering (Huyen — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": (
                "Build an evaluation harness with a golden dataset and run it in CI for every "
                "prompt or model change"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Set up guardrails plus cost and latency monitoring for an LLM feature and lead"
                " its next model upgrade"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "ml-model-development": [
        {
            "title": "Andrew Ng: Machine Learning Specialization (DeepLearning.AI, Stanford)",
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 60,
        },
        {
            "title": "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow (Géron)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Google Cloud Professional Machine Learning Engineer",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 80,
        },
        {
            "title": (
                "Lead a modelling project end to end and present the evaluation and error "
                "analysis to stakeholders"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "mlops": [
        {
            "title": "Introducing MLOps (Treveil et al. — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "DeepLearning.AI: Machine Learning Engineering for Production (MLOps) "
                "Specialization"
            ),
            "url": "",
            "kind": "course",
            "from_level": 2,
            "to_level": 3,
            "hours": 60,
        },
        {
            "title": "Designing Machine Learning Systems (Huyen)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Build the reproducible train–register–deploy pipeline (tracking, registry, "
                "automated promotion) used by several ML teams"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "mathematics-statistics": [
        {
            "title": (
                "Mathematics for Machine Learning and Data Science Specialization (DeepLearning.AI)"
            ),
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 50,
        },
        {
            "title": "An Introduction to Statistical Learning (James, Witten, Hastie, Tibshirani)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Mathematics for Machine Learning (Deisenroth, Faisal, Ong — Cambridge)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 40,
        },
        {
            "title": "Trustworthy Online Controlled Experiments (Kohavi, Tang, Xu)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 25,
        },
    ],
    "model-monitoring": [
        {
            "title": (
                "Compare a production model's inputs and predictions with its training data "
                "weekly for a month"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": (
                "Add drift and prediction-quality dashboards with alerts for one production model"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": (
                "Reliable Machine Learning (Chen, Murphy, Parisa, Sculley, Underwood — O'Reilly)"
            ),
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Define monitoring standards (drift thresholds, delayed-label evaluation, "
                "retraining triggers) for all production models"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "model-serving": [
        {
            "title": (
                "Wrap a trained model in a containerised REST API with health checks and load-"
                "test it"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Designing Machine Learning Systems (Huyen)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": (
                "Serve a model on an autoscaled endpoint (e.g. KServe or Triton) against a "
                "latency SLO"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Cut p99 latency or cost per inference of a served model through batching, "
                "quantisation or caching"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "responsible-ai": [
        {
            "title": (
                "Write a model card for a production model, including evaluation across user "
                "subgroups"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "Interpretable Machine Learning (Molnar)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": "Fairness and Machine Learning (Barocas, Hardt, Narayanan)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Set up a responsible-AI review for new model launches with product, legal and "
                "risk partners"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "toil-reduction": [
        {
            "title": (
                "Track your team's toil for a month and automate the most frequent manual task"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Site Reliability Engineering (Beyer, Jones, Petoff, Murphy — O'Reilly)",
            "url": "https://sre.google/sre-book/table-of-contents/",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": (
                "Replace a recurring manual runbook with self-healing automation and measure "
                "the hours saved"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "Set a toil budget for the team and run a quarterly toil-reduction programme",
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "capacity-planning": [
        {
            "title": (
                "Chart one service's utilisation against its requests and limits and right-size it"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "The Art of Capacity Planning (Allspaw — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Build a two-quarter demand forecast and headroom plan for one service",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Run the organisation's quarterly capacity review, including GPU and reserved-"
                "capacity planning"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "it-service-management": [
        {
            "title": "ITIL 4 Foundation (PeopleCert/Axelos)",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 30,
        },
        {
            "title": "ITIL 4 Specialist: Create, Deliver and Support",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": (
                "Run your team's change process for a quarter and cut the lead time of standard"
                " changes"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "ITIL 4 Strategist: Direct, Plan and Improve",
            "url": "",
            "kind": "certification",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "incident-management": [
        {
            "title": "Join the on-call rotation for a production service (shadow, then primary)",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 40,
        },
        {
            "title": "Lead a blameless post-incident review and publish the write-up",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Shadow an experienced incident commander, then command real incidents with "
                "them as backup"
            ),
            "url": "",
            "kind": "mentoring",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Redesign the incident process (severity levels, roles, comms, review cadence) "
                "and run game-day drills"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "observability": [
        {
            "title": "Instrument one service with metrics, logs and traces and build its dashboard",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Prometheus Certified Associate (PCA) — Linux Foundation",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": "Observability Engineering (Majors, Fong-Jones, Miranda)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Define telemetry and alerting standards (OpenTelemetry conventions, actionable"
                " alerts tied to SLOs) for the organisation"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "performance-engineering": [
        {
            "title": "Profile one slow endpoint with a flame graph and fix the hotspot",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": (
                "Load-test a service (k6, Locust or JMeter) and find and remove its first "
                "bottleneck"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Systems Performance, 2nd Edition (Gregg)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 40,
        },
        {
            "title": (
                "Set performance budgets and automated performance-regression tests in CI for a"
                " critical service"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "resilience-disaster-recovery": [
        {
            "title": (
                "Restore a production database backup into a clean environment and time it "
                "against the RPO/RTO"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "Release It!, 2nd Edition (Nygard)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Chaos Engineering (Rosenthal, Jones — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Run a regional failover game day and set tiered RTO/RPO targets with a DR test"
                " calendar"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "service-level-objectives": [
        {
            "title": (
                "The Site Reliability Workbook (Beyer, Murphy, Rensin, Kawahara, Thorne — O'Reilly)"
            ),
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "Define SLOs and an error-budget policy for one service",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Implementing Service Level Objectives (Hidalgo — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Roll out SLOs across a product area and use error budgets in quarterly planning"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "backend-development": [
        {
            "title": (
                "Build and deploy a small CRUD service with tests, persistence and a background job"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "Pair with a senior backend engineer on one feature from design to production",
            "url": "",
            "kind": "mentoring",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Building Microservices, 2nd Edition (Newman)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": "Designing Data-Intensive Applications (Kleppmann)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 35,
        },
    ],
    "cpp": [
        {
            "title": "A Tour of C++ (Stroustrup)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Write a native Python extension in C++ (pybind11) for a hot loop and benchmark it"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Effective Modern C++ (Meyers)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": "C++ Concurrency in Action (Williams)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "data-structures-algorithms": [
        {
            "title": "Grokking Algorithms (Bhargava)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Princeton: Algorithms, Part I (Sedgewick, Wayne — Coursera)",
            "url": "",
            "kind": "course",
            "from_level": 2,
            "to_level": 3,
            "hours": 50,
        },
        {
            "title": "The Algorithm Design Manual (Skiena)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 35,
        },
        {
            "title": "The Art of Multiprocessor Programming (Herlihy, Shavit)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "go": [
        {
            "title": "A Tour of Go",
            "url": "https://go.dev/tour/",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "The Go Programming Language (Donovan, Kernighan)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": "Concurrency in Go (Cox-Buday)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": (
                "Write a Kubernetes controller or operator in Go (e.g. with Kubebuilder), with "
                "tests"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "java": [
        {
            "title": "Head First Java (Sierra, Bates)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 30,
        },
        {
            "title": "Oracle Certified Professional: Java SE 17 Developer",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 80,
        },
        {
            "title": "Effective Java (Bloch)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": "Java Concurrency in Practice (Goetz et al.)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "javascript-typescript": [
        {
            "title": "Eloquent JavaScript (Haverbeke)",
            "url": "https://eloquentjavascript.net/",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "Programming TypeScript (Cherny — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Effective TypeScript (Vanderkam)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Migrate a Node.js service or internal tool to strict TypeScript and set the "
                "team's lint and tsconfig baseline"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "python": [
        {
            "title": "Python Crash Course (Matthes)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 30,
        },
        {
            "title": "Effective Python (Slatkin)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Fluent Python (Ramalho)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 35,
        },
        {
            "title": (
                "Own the team's Python tooling standard (pyproject packaging, typing, linting, "
                "release flow) and review its adoption"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "shell-scripting": [
        {
            "title": "The Linux Command Line (Shotts)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 30,
        },
        {
            "title": "Classic Shell Scripting (Robbins, Beebe — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": (
                "Harden the team's ops scripts: strict mode, ShellCheck in CI, idempotency and "
                "clear error handling"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Set scripting standards (style guide, ShellCheck/PSScriptAnalyzer gates, "
                "review) and replace fragile scripts with a tested CLI"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "software-engineering-practices": [
        {
            "title": "The Pragmatic Programmer (Thomas, Hunt)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "Refactoring, 2nd Edition (Fowler)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": "Add tests and a CI quality gate to one untested module, then refactor it",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": "Software Engineering at Google (Winters, Manshreck, Wright — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 35,
        },
    ],
    "infrastructure-security": [
        {
            "title": "CompTIA Security+",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 60,
        },
        {
            "title": "HashiCorp Certified: Vault Associate",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "AWS Certified Security – Specialty",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 80,
        },
        {
            "title": "Building Secure and Reliable Systems (Adkins et al. — Google/O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 35,
        },
    ],
    "compliance": [
        {
            "title": (
                "Map your team's services to the controls in your company's SOC 2 or ISO 27001 "
                "scope"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Collect the evidence for one control set and walk the auditor through it",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "ISO/IEC 27001 Lead Implementer (PECB)",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 40,
        },
        {
            "title": "Certified Information Systems Auditor (CISA) — ISACA",
            "url": "",
            "kind": "certification",
            "from_level": 4,
            "to_level": 5,
            "hours": 120,
        },
    ],
    "supply-chain-security": [
        {
            "title": "Linux Foundation: Developing Secure Software (LFD121)",
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Add dependency and image scanning to CI with a policy for fixing critical CVEs"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": (
                "Sign build artifacts and images (Sigstore/cosign), generate SBOMs and verify "
                "them at deploy time"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Bring the main build pipelines to SLSA Build Level 3 and define the "
                "organisation's supply-chain policy"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "api-design": [
        {
            "title": "The Design of Web APIs (Lauret — Manning)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": (
                "Write an OpenAPI or protobuf spec for a new endpoint and take it through API "
                "review"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "API Design Patterns (Geewax — Manning)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": "Establish the platform's API style guide and versioning/deprecation policy",
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "distributed-systems": [
        {
            "title": "Understanding Distributed Systems (Vitillo)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Designing Data-Intensive Applications (Kleppmann)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 35,
        },
        {
            "title": "MIT 6.824 / 6.5840 Distributed Systems (Morris): lectures and labs",
            "url": "",
            "kind": "course",
            "from_level": 3,
            "to_level": 4,
            "hours": 100,
        },
        {
            "title": (
                "Lead the design of timeout, retry and idempotency policies across a set of "
                "services and test them with fault injection"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "linux": [
        {
            "title": "Linux Foundation: Introduction to Linux (LFS101)",
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 40,
        },
        {
            "title": "Red Hat Certified System Administrator (RHCSA)",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 60,
        },
        {
            "title": (
                "Troubleshoot production Linux issues with the USE method and turn the findings"
                " into runbooks"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": "The Linux Programming Interface (Kerrisk)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "networking": [
        {
            "title": "CompTIA Network+",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 60,
        },
        {
            "title": "Computer Networking: A Top-Down Approach (Kurose, Ross)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "High Performance Browser Networking (Grigorik — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": "AWS Certified Advanced Networking – Specialty",
            "url": "",
            "kind": "certification",
            "from_level": 4,
            "to_level": 5,
            "hours": 100,
        },
    ],
    "system-design": [
        {
            "title": "Fundamentals of Software Architecture (Richards, Ford)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "Write a design doc / RFC and take it through review",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Software Architecture: The Hard Parts (Ford, Richards, Sadalage, Dehghani)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Chair the architecture review for your area and publish reference architectures"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "cross-functional-collaboration": [
        {
            "title": "Embed with a partner team (data science, security or product) for one sprint",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": (
                "Run a joint planning session with a dependent team and agree shared milestones"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 10,
        },
        {
            "title": "Team Topologies (Skelton, Pais)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": (
                "Lead a cross-team initiative spanning at least three functions through to delivery"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "customer-focus": [
        {
            "title": "Handle user support tickets or the platform help channel for two weeks",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "The Mom Test (Fitzpatrick)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "Continuous Discovery Habits (Torres)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": (
                "Set up a recurring user feedback loop (surveys, office hours, interviews) for "
                "the platform and report outcomes"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "emotional-intelligence": [
        {
            "title": "Emotional Intelligence 2.0 (Bradberry, Greaves)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Crucial Conversations (Patterson, Grenny, McMillan, Switzler)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Ask a trusted peer or coach for regular feedback on how you handle tense "
                "meetings for a quarter"
            ),
            "url": "",
            "kind": "mentoring",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Facilitate a team retrospective focused on team health after a stressful "
                "incident or launch"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 10,
        },
    ],
    "stakeholder-management": [
        {
            "title": (
                "Build a stakeholder map for your current project and agree a communication plan"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "Getting to Yes (Fisher, Ury, Patton)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "Run the monthly status review with sponsors for a multi-team project",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Shadow a senior leader negotiating scope and priorities with executive "
                "stakeholders"
            ),
            "url": "",
            "kind": "mentoring",
            "from_level": 4,
            "to_level": 5,
            "hours": 20,
        },
    ],
    "communication": [
        {
            "title": "Writing for Busy Readers (Rogers, Lasky-Fink)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Present a technical topic at an internal tech talk or demo day",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "The Pyramid Principle (Minto)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Brief senior leadership on a technical decision with a one-page memo and a "
                "short presentation"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 15,
        },
    ],
    "documentation-enablement": [
        {
            "title": "Google: Technical Writing One",
            "url": "https://developers.google.com/tech-writing/one",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 6,
        },
        {
            "title": (
                "Docs for Developers (Bhatti, Corleissen, Lambourne, Nunez, Waterhouse — Apress)"
            ),
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "Write a design doc / RFC and take it through review",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Own the platform's docs and onboarding (getting-started guide, workshops) and "
                "measure time to first deploy"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "change-management": [
        {
            "title": "Switch: How to Change Things When Change Is Hard (Heath, Heath)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Leading Change (Kotter)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "Prosci Certified Change Practitioner",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 40,
        },
        {
            "title": (
                "Lead adoption of a new practice (e.g. SLOs or a golden path) across several "
                "teams and track adoption metrics"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "hiring-team-building": [
        {
            "title": "Complete interviewer training and sit on at least ten interview loops",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "Who: The A Method for Hiring (Smart, Street)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Write a role scorecard and structured interview questions, and calibrate the "
                "interview panel"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Build a team from a hiring plan: define roles, run the pipeline and onboard "
                "the hires"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "influence-without-authority": [
        {
            "title": "Influence: The Psychology of Persuasion (Cialdini)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Influence Without Authority (Cohen, Bradford)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Write an RFC proposing a cross-team change and win agreement from the affected"
                " teams"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "Staff Engineer (Larson)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 15,
        },
    ],
    "mentoring-coaching": [
        {
            "title": "Onboard a new team member as their buddy for their first month",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Mentor a junior engineer for a quarter with fortnightly 1:1s",
            "url": "",
            "kind": "mentoring",
            "from_level": 2,
            "to_level": 3,
            "hours": 25,
        },
        {
            "title": "The Coaching Habit (Stanier)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": "Run a mentoring programme or guild for your area and coach the other mentors",
            "url": "",
            "kind": "mentoring",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "people-management": [
        {
            "title": (
                "Meet monthly with a manager mentor outside your reporting line through your "
                "first year as a manager"
            ),
            "url": "",
            "kind": "mentoring",
            "from_level": 1,
            "to_level": 2,
            "hours": 25,
        },
        {
            "title": "The Manager's Path (Fournier)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "High Output Management (Grove)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": "An Elegant Puzzle (Larson)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 20,
        },
    ],
    "technical-leadership": [
        {
            "title": "Shadow your tech lead through a full planning and design cycle",
            "url": "",
            "kind": "mentoring",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": "Lead a small project (2–4 engineers) from design doc to delivery",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 60,
        },
        {
            "title": "The Staff Engineer's Path (Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": "Write and socialise a technical vision or strategy for your team's area",
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "adaptability": [
        {
            "title": "Mindset (Dweck)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Rotate into an unfamiliar stack or team for a quarter",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 60,
        },
        {
            "title": "Take over an inherited, poorly documented system and stabilise it",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 50,
        },
        {
            "title": (
                "Lead your team through a major re-plan or reorganisation while keeping "
                "delivery on track"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "continuous-learning": [
        {
            "title": "Learning How to Learn (Oakley, Sejnowski — Coursera)",
            "url": "",
            "kind": "course",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Set a quarterly learning goal with your manager (e.g. a relevant "
                "certification) and review it monthly"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Run a reading group or lunch-and-learn series for your team for a quarter",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Build and maintain a learning path for your discipline (curated resources, "
                "study groups)"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "ownership": [
        {
            "title": "Extreme Ownership (Willink, Babin)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Take end-to-end ownership of one service, including its on-call, dashboards "
                "and backlog"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": (
                "Find a neglected problem nobody owns, propose a fix and drive it to completion"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "Turn the Ship Around! (Marquet)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 15,
        },
    ],
    "prioritization-time-management": [
        {
            "title": "Getting Things Done (Allen)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Deep Work (Newport)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Run your team's prioritisation with an explicit framework (e.g. RICE or cost "
                "of delay) for a quarter"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": "The Effective Executive (Drucker)",
            "url": "",
            "kind": "book",
            "from_level": 4,
            "to_level": 5,
            "hours": 15,
        },
    ],
    "attention-to-detail": [
        {
            "title": (
                "Use a personal pre-merge checklist (edge cases, tests, rollback) for every "
                "change for a month"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": "The Checklist Manifesto (Gawande)",
            "url": "",
            "kind": "book",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": (
                "Review pull requests for a critical codebase for a quarter, focusing on edge "
                "cases and test coverage"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": (
                "Define quality gates (coverage, static analysis, release checklist) for your "
                "team and enforce them in CI"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "problem-solving": [
        {
            "title": "Debugging: The 9 Indispensable Rules (Agans)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Lead a root-cause analysis of a recurring problem with 5 Whys and a fishbone "
                "diagram"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "Thinking, Fast and Slow (Kahneman)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Take on an ambiguous cross-team problem, frame the options in a decision memo "
                "and drive the decision"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "risk-management": [
        {
            "title": "Keep a risk register for your project and review it at each milestone",
            "url": "",
            "kind": "practice",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": (
                "Run an FMEA or STRIDE threat model for a new system and track the mitigations"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Threat Modeling: Designing for Security (Shostack)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 30,
        },
        {
            "title": "Certified in Risk and Information Systems Control (CRISC) — ISACA",
            "url": "",
            "kind": "certification",
            "from_level": 4,
            "to_level": 5,
            "hours": 100,
        },
    ],
    "systems-thinking": [
        {
            "title": "Thinking in Systems (Meadows)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": (
                "Map the end-to-end flow of one product (data, services, teams) as a value-"
                "stream or causal-loop diagram"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "The Fifth Discipline (Senge)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 25,
        },
        {
            "title": (
                "Run a cross-team value-stream mapping workshop and act on the biggest systemic"
                " bottleneck"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "budgeting-financial-management": [
        {
            "title": "Financial Intelligence (Berman, Knight)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "FinOps Certified Practitioner (FinOps Foundation)",
            "url": "",
            "kind": "certification",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": (
                "Write a cost-benefit case for a platform investment with payback period and "
                "total cost of ownership"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Own a budget line for a year: forecast monthly and explain variances to finance"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
    "business-acumen": [
        {
            "title": "The Personal MBA (Kaufman)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 20,
        },
        {
            "title": (
                "Spend a day shadowing sales, support or finance and present what you learned "
                "to your team"
            ),
            "url": "",
            "kind": "mentoring",
            "from_level": 2,
            "to_level": 3,
            "hours": 10,
        },
        {
            "title": "Tie your team's top projects to business KPIs and report on them quarterly",
            "url": "",
            "kind": "practice",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": "Co-own a business case with a product manager and present it to leadership",
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 30,
        },
    ],
    "platform-product-mindset": [
        {
            "title": "Escaping the Build Trap (Perri)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Define and track platform adoption and developer-satisfaction metrics",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 20,
        },
        {
            "title": "Platform Engineering (Fournier, Nowland — O'Reilly)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Own the platform roadmap for a quarter: user research, prioritisation and "
                "published outcomes"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "project-management": [
        {
            "title": "Certified Associate in Project Management (CAPM) — PMI",
            "url": "",
            "kind": "certification",
            "from_level": 1,
            "to_level": 2,
            "hours": 60,
        },
        {
            "title": (
                "Plan and run a multi-team project with milestones, a RAID log and weekly "
                "status updates"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 40,
        },
        {
            "title": "Project Management Professional (PMP) — PMI",
            "url": "",
            "kind": "certification",
            "from_level": 3,
            "to_level": 4,
            "hours": 120,
        },
        {
            "title": (
                "Run a programme of several projects with shared dependencies and report to "
                "leadership"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 60,
        },
    ],
    "strategic-planning": [
        {
            "title": "Measure What Matters (Doerr)",
            "url": "",
            "kind": "book",
            "from_level": 1,
            "to_level": 2,
            "hours": 15,
        },
        {
            "title": "Draft your team's OKRs and roadmap for next quarter, tied to business goals",
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 15,
        },
        {
            "title": "Good Strategy Bad Strategy (Rumelt)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 20,
        },
        {
            "title": (
                "Write a multi-quarter technology strategy for your area and get it adopted by "
                "leadership"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 50,
        },
    ],
    "vendor-management": [
        {
            "title": "Shadow a senior colleague through a vendor procurement and security review",
            "url": "",
            "kind": "mentoring",
            "from_level": 1,
            "to_level": 2,
            "hours": 10,
        },
        {
            "title": (
                "Run a structured vendor evaluation (requirements, scoring matrix, proof of "
                "concept) for one tool"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 2,
            "to_level": 3,
            "hours": 30,
        },
        {
            "title": "Getting to Yes (Fisher, Ury, Patton)",
            "url": "",
            "kind": "book",
            "from_level": 3,
            "to_level": 4,
            "hours": 15,
        },
        {
            "title": (
                "Own a strategic vendor relationship: quarterly business reviews, SLA tracking "
                "and renewal negotiation"
            ),
            "url": "",
            "kind": "practice",
            "from_level": 4,
            "to_level": 5,
            "hours": 40,
        },
    ],
}
