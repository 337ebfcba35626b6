"""Shared skill vocabulary of the seed catalog: one entry per real-world skill.

Format: FORMAT.md, section "skills.py". Every role in roles_*.py draws its requirements
from these slugs. Ordered by kind (technical first), then category, then name.
"""

from __future__ import annotations

SKILLS = [
    {
        "slug": "ci-cd",
        "name": "CI/CD Pipelines",
        "kind": "technical",
        "category": "CI/CD & Delivery",
        "description": (
            "Building automated build, test, packaging and release pipelines with "
            "artifact handling and environment promotion, using Jenkins, GitHub Actions, "
            "GitLab CI, Azure DevOps or GitOps tools such as Argo CD."
        ),
        "aliases": [
            "CI/CD",
            "Continuous integration",
            "Continuous delivery",
            "Continuous deployment",
            "Jenkins",
            "GitHub Actions",
            "GitLab CI",
            "Azure DevOps",
            "Argo CD",
            "GitOps",
            "Flux",
        ],
    },
    {
        "slug": "devops-agile-practices",
        "name": "DevOps & Agile Practices",
        "kind": "technical",
        "category": "CI/CD & Delivery",
        "description": (
            "Applying DevOps and Agile ways of working: shared dev/ops ownership, small "
            "batches, sprints and backlog refinement (Scrum, Kanban), and measuring "
            "delivery with DORA metrics."
        ),
        "aliases": [
            "DevOps",
            "DevOps culture",
            "Agile",
            "Agile methodologies",
            "Scrum",
            "Kanban",
            "DORA metrics",
            "Shift left",
        ],
    },
    {
        "slug": "internal-developer-platforms",
        "name": "Internal Developer Platforms",
        "kind": "technical",
        "category": "CI/CD & Delivery",
        "description": (
            "Building self-service platforms for engineering teams: golden paths/paved "
            "roads, templates, service catalogs and developer portals (e.g. Backstage), "
            "platform CLIs and SDKs that improve developer experience."
        ),
        "aliases": [
            "IDP",
            "Platform engineering",
            "Golden paths",
            "Paved roads",
            "Self-service infrastructure",
            "Developer portals",
            "Backstage",
            "Service catalogs",
            "Developer experience",
            "DevEx",
            "PaaS",
        ],
    },
    {
        "slug": "progressive-delivery",
        "name": "Progressive Delivery",
        "kind": "technical",
        "category": "CI/CD & Delivery",
        "description": (
            "Releasing changes and new model versions safely: canary, blue-green and "
            "shadow deployments, feature flags, traffic shifting and fast rollback (Argo "
            "Rollouts, Flagger, Spinnaker)."
        ),
        "aliases": [
            "Canary releases",
            "Blue-green deployments",
            "Shadow deployments",
            "Feature flags",
            "Rollback strategies",
            "Release engineering",
            "Spinnaker",
            "Argo Rollouts",
            "Flagger",
        ],
    },
    {
        "slug": "version-control",
        "name": "Version Control (Git)",
        "kind": "technical",
        "category": "CI/CD & Delivery",
        "description": (
            "Working fluently with Git and hosted forges (GitHub, GitLab, Bitbucket): "
            "branching strategies, pull-request reviews, history hygiene and repository "
            "conventions."
        ),
        "aliases": [
            "Git",
            "GitHub",
            "GitLab",
            "Bitbucket",
            "Source control",
            "Pull requests",
            "Branching strategies",
        ],
    },
    {
        "slug": "cloud-cost-management",
        "name": "Cloud Cost Management",
        "kind": "technical",
        "category": "Cloud & Containers",
        "description": (
            "Measuring and controlling infrastructure spend, including expensive GPU and "
            "inference workloads: tagging, usage reports, showback/chargeback, quotas, "
            "rightsizing, autoscaling and spot or reserved capacity."
        ),
        "aliases": [
            "FinOps",
            "Cost optimization",
            "Cloud cost optimization",
            "Chargeback",
            "Showback",
            "Rightsizing",
            "Cost-to-serve",
        ],
    },
    {
        "slug": "cloud-platforms",
        "name": "Cloud Platforms",
        "kind": "technical",
        "category": "Cloud & Containers",
        "description": (
            "Designing, running and securing workloads on a public cloud (AWS, GCP or "
            "Azure): compute, object storage such as S3/GCS, networking, IAM and managed "
            "services, with sensible reliability and scaling patterns."
        ),
        "aliases": [
            "AWS",
            "Amazon Web Services",
            "GCP",
            "Google Cloud",
            "Azure",
            "Microsoft Azure",
            "Cloud infrastructure",
            "Cloud computing",
            "Managed cloud services",
        ],
    },
    {
        "slug": "containerization",
        "name": "Containerization (Docker)",
        "kind": "technical",
        "category": "Cloud & Containers",
        "description": (
            "Packaging applications and ML models as reproducible container images: "
            "Dockerfiles, multi-stage builds, base-image hygiene, image registries and "
            "running containers locally and in CI."
        ),
        "aliases": [
            "Docker",
            "Containers",
            "Container images",
            "Dockerfile",
            "Podman",
            "containerd",
        ],
    },
    {
        "slug": "gpu-infrastructure",
        "name": "GPU Infrastructure & Scheduling",
        "kind": "technical",
        "category": "Cloud & Containers",
        "description": (
            "Running training and inference efficiently on accelerators: GPU node pools, "
            "Kubernetes device plugins, MIG partitioning, CUDA driver stacks, distributed "
            "training jobs and GPU capacity and utilisation planning."
        ),
        "aliases": [
            "GPU scheduling",
            "CUDA",
            "NVIDIA MIG",
            "GPU node pools",
            "Accelerated computing",
            "Distributed training",
            "Kubernetes device plugins",
        ],
    },
    {
        "slug": "kubernetes",
        "name": "Kubernetes",
        "kind": "technical",
        "category": "Cloud & Containers",
        "description": (
            "Deploying and operating workloads on Kubernetes: manifests, Helm/Kustomize, "
            "resource requests and limits, autoscaling, scheduling, operators, "
            "multi-tenancy and cluster operations on EKS, GKE, AKS or self-managed "
            "clusters."
        ),
        "aliases": [
            "k8s",
            "kube",
            "Container orchestration",
            "Helm",
            "Kustomize",
            "EKS",
            "GKE",
            "AKS",
            "OpenShift",
            "Kubernetes operators",
        ],
    },
    {
        "slug": "data-engineering",
        "name": "Data Engineering",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Building reliable batch data pipelines that ingest, clean, validate and "
            "transform data (ETL/ELT, dbt), with data-quality checks, freshness "
            "guarantees and backfills."
        ),
        "aliases": [
            "Data pipelines",
            "ETL",
            "ELT",
            "Data ingestion",
            "Data quality",
            "Data validation",
            "dbt",
            "Batch processing",
        ],
    },
    {
        "slug": "data-governance-privacy",
        "name": "Data Governance & Privacy",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Controlling who can use which data and how: classification, lineage, access "
            "policies and auditing, retention, data contracts, and privacy obligations "
            "such as GDPR, including privacy-enhancing techniques where needed."
        ),
        "aliases": [
            "Data governance",
            "Data privacy",
            "Data lineage",
            "Data classification",
            "GDPR",
            "Data retention",
            "Data contracts",
            "Privacy-enhancing techniques",
            "Confidential computing",
            "PII handling",
        ],
    },
    {
        "slug": "data-modeling",
        "name": "Data Modeling & Architecture",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Designing how data is structured and stored for analytics and ML: schemas "
            "and dimensional models, warehouse and lakehouse patterns (Snowflake, "
            "BigQuery, Databricks, Delta/Iceberg tables)."
        ),
        "aliases": [
            "Data modeling",
            "Data architecture",
            "Data warehousing",
            "Lakehouse",
            "Snowflake",
            "BigQuery",
            "Databricks",
            "Schema design",
            "Dimensional modeling",
        ],
    },
    {
        "slug": "databases-sql",
        "name": "Databases & SQL",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Querying and operating relational and NoSQL databases: SQL, indexing and "
            "query tuning, schema changes, backups and replication (PostgreSQL, MySQL, "
            "MongoDB, Cassandra, Redis), plus vector stores for embeddings."
        ),
        "aliases": [
            "SQL",
            "NoSQL",
            "Database management",
            "Database optimization",
            "PostgreSQL",
            "MySQL",
            "MongoDB",
            "Cassandra",
            "DynamoDB",
            "Redis",
            "Vector databases",
            "Vector stores",
        ],
    },
    {
        "slug": "distributed-data-processing",
        "name": "Distributed Data Processing",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Processing large datasets in parallel with engines such as Apache Spark, "
            "Hadoop, Ray or Dask, for feature generation, training datasets and "
            "large-scale batch inference."
        ),
        "aliases": [
            "Big data",
            "Apache Spark",
            "Spark",
            "PySpark",
            "Hadoop",
            "Ray",
            "Dask",
            "MapReduce",
        ],
    },
    {
        "slug": "event-streaming",
        "name": "Event Streaming & Messaging",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Designing event-driven and streaming systems on Kafka, Pub/Sub, Event Hubs "
            "or Kinesis: topics and partitions, consumer groups, delivery guarantees and "
            "stream processing."
        ),
        "aliases": [
            "Kafka",
            "Apache Kafka",
            "Pub/Sub",
            "Event Hubs",
            "Kinesis",
            "RabbitMQ",
            "Stream processing",
            "Event-driven architecture",
        ],
    },
    {
        "slug": "workflow-orchestration",
        "name": "Workflow Orchestration",
        "kind": "technical",
        "category": "Data",
        "description": (
            "Scheduling and operating multi-step data and ML workflows as DAGs with "
            "retries, backfills and dependencies, using Airflow, Argo Workflows, Flyte, "
            "Dagster or Kubeflow Pipelines."
        ),
        "aliases": [
            "Airflow",
            "Apache Airflow",
            "Argo Workflows",
            "Flyte",
            "Dagster",
            "Kubeflow Pipelines",
            "Prefect",
            "Pipeline scheduling",
        ],
    },
    {
        "slug": "configuration-management",
        "name": "Configuration Management",
        "kind": "technical",
        "category": "Infrastructure as Code",
        "description": (
            "Keeping servers and runtime configuration consistent and repeatable with "
            "tools such as Ansible, Chef or Puppet: playbooks/roles, idempotent changes, "
            "inventory and drift control."
        ),
        "aliases": ["Ansible", "Chef", "Puppet", "SaltStack", "Config management"],
    },
    {
        "slug": "infrastructure-as-code",
        "name": "Infrastructure as Code",
        "kind": "technical",
        "category": "Infrastructure as Code",
        "description": (
            "Provisioning cloud and Kubernetes resources declaratively with Terraform (or "
            "Pulumi, CloudFormation, CDK): reusable modules, remote state, environments "
            "and reviewed plan/apply workflows."
        ),
        "aliases": [
            "IaC",
            "Terraform",
            "OpenTofu",
            "Pulumi",
            "CloudFormation",
            "AWS CDK",
            "Bicep",
            "Crossplane",
        ],
    },
    {
        "slug": "policy-as-code",
        "name": "Policy as Code",
        "kind": "technical",
        "category": "Infrastructure as Code",
        "description": (
            "Encoding guardrails and compliance rules as automatically enforced policies "
            "on clusters, cloud accounts and pipelines, e.g. OPA/Gatekeeper, Kyverno, "
            "Sentinel or cloud organisation policies."
        ),
        "aliases": [
            "OPA",
            "Open Policy Agent",
            "Gatekeeper",
            "Kyverno",
            "Sentinel",
            "Compliance automation",
        ],
    },
    {
        "slug": "ai-governance",
        "name": "AI Governance & Model Risk",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Engineering controls that make AI auditable: model lineage, approval and "
            "promotion workflows, audit trails, evaluation provenance and model "
            "documentation aligned with emerging AI regulation."
        ),
        "aliases": [
            "Model governance",
            "Model risk management",
            "Model risk controls",
            "AI governance",
            "Model lineage",
            "Model approvals",
            "Audit trails",
            "Model cards",
        ],
    },
    {
        "slug": "feature-stores",
        "name": "Feature Stores",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Managing ML features consistently for training and serving: offline/online "
            "stores, point-in-time correctness and feature pipelines, with tools such as "
            "Feast or Tecton."
        ),
        "aliases": [
            "Feature store",
            "Feast",
            "Tecton",
            "Online features",
            "Offline features",
            "Feature platform",
        ],
    },
    {
        "slug": "llmops",
        "name": "LLMOps & Generative AI",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Operating LLM-based features and agents: prompt and config versioning, "
            "evaluation harnesses, guardrails, model routing and caching, "
            "retrieval-augmented generation (LangChain, LlamaIndex) and sandboxed, "
            "permissioned agent workflows."
        ),
        "aliases": [
            "LLMOps",
            "GenAI platforms",
            "Generative AI",
            "LLM operations",
            "Prompt management",
            "LLM evaluation",
            "AI guardrails",
            "Model routing",
            "RAG",
            "LangChain",
            "LlamaIndex",
            "AI agents",
            "Agentic workflows",
        ],
    },
    {
        "slug": "ml-model-development",
        "name": "ML Model Development",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Building models end to end: data preparation and labelling, feature "
            "engineering, model selection, training, hyperparameter tuning and evaluation "
            "in Python (or R) with TensorFlow, Keras, PyTorch or scikit-learn."
        ),
        "aliases": [
            "Machine learning",
            "Model training",
            "Feature engineering",
            "Hyperparameter tuning",
            "Model evaluation",
            "Deep learning",
            "TensorFlow",
            "PyTorch",
            "Keras",
            "scikit-learn",
            "ML frameworks",
            "NLP",
            "Computer vision",
        ],
    },
    {
        "slug": "mlops",
        "name": "MLOps",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Running the ML lifecycle as an engineering system: reproducible training, "
            "experiment tracking, model registry and promotion, ML CI/CT/CD and versioned "
            "data and models, with MLflow, Kubeflow or SageMaker/Vertex AI/Azure ML."
        ),
        "aliases": [
            "ML lifecycle",
            "Machine learning operations",
            "ML CI/CD",
            "Model registry",
            "Experiment tracking",
            "MLflow",
            "Kubeflow",
            "SageMaker",
            "Vertex AI",
            "Azure ML",
            "Model versioning",
        ],
    },
    {
        "slug": "mathematics-statistics",
        "name": "Mathematics & Statistics",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Applying the linear algebra, calculus, probability and statistics behind ML "
            "to analyse data, design experiments and judge model results."
        ),
        "aliases": [
            "Statistics",
            "Probability",
            "Linear algebra",
            "Calculus",
            "Statistical analysis",
            "Applied math",
        ],
    },
    {
        "slug": "model-monitoring",
        "name": "Model Monitoring",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Watching models in production beyond infrastructure health: data and concept "
            "drift, training-serving skew, prediction quality and feedback loops that "
            "trigger investigation or retraining."
        ),
        "aliases": [
            "Model observability",
            "Drift detection",
            "Data drift",
            "Model drift",
            "Training-serving skew",
            "Model performance monitoring",
        ],
    },
    {
        "slug": "model-serving",
        "name": "Model Serving & Inference",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Deploying models for real-time and batch inference with autoscaling, "
            "batching, caching and latency budgets, using KServe, Seldon, TorchServe, "
            "NVIDIA Triton or managed endpoints."
        ),
        "aliases": [
            "Model serving",
            "Model deployment",
            "Inference",
            "Batch inference",
            "Real-time inference",
            "KServe",
            "Seldon",
            "TorchServe",
            "NVIDIA Triton",
            "Inference optimization",
        ],
    },
    {
        "slug": "responsible-ai",
        "name": "Responsible AI",
        "kind": "technical",
        "category": "Machine Learning",
        "description": (
            "Making models fair, explainable and ethically used: bias testing and "
            "mitigation, interpretability techniques and responsible-AI reviews before "
            "and after release."
        ),
        "aliases": [
            "AI ethics",
            "Ethical AI",
            "Fairness",
            "Bias mitigation",
            "Explainable AI",
            "XAI",
            "Model explainability",
            "Interpretability",
        ],
    },
    {
        "slug": "toil-reduction",
        "name": "Automation & Toil Reduction",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Spotting repetitive manual operational work and eliminating it with scripts, "
            "self-healing automation, runbook automation or workflow tools such as UiPath "
            "and Power Automate."
        ),
        "aliases": [
            "Toil reduction",
            "Operational automation",
            "Process automation",
            "Runbook automation",
            "Self-healing systems",
            "UiPath",
            "Power Automate",
            "RPA",
        ],
    },
    {
        "slug": "capacity-planning",
        "name": "Capacity Planning",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Forecasting demand for compute, GPU, storage and network, and planning "
            "scaling headroom, autoscaling policies and reservations so systems keep up "
            "with growth."
        ),
        "aliases": [
            "Scalability planning",
            "Capacity management",
            "Autoscaling",
            "Demand forecasting",
            "Resource planning",
        ],
    },
    {
        "slug": "it-service-management",
        "name": "IT Service Management (ITSM)",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Running operations through service-management processes (ITIL-style "
            "incident, problem, change and request management) in tools such as "
            "ServiceNow or Jira Service Management."
        ),
        "aliases": [
            "ITSM",
            "ITIL",
            "ServiceNow",
            "Jira Service Management",
            "Change control",
            "Problem management",
            "Request management",
        ],
    },
    {
        "slug": "incident-management",
        "name": "Incident Management & On-Call",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Responding to production incidents: on-call rotations, triage, incident "
            "command, mitigation and rollback, status communication, runbooks, root cause "
            "analysis and blameless postmortems."
        ),
        "aliases": [
            "Incident response",
            "On-call",
            "Incident command",
            "Root cause analysis",
            "RCA",
            "Blameless postmortems",
            "Post-incident reviews",
            "PIR",
            "Runbooks",
            "MTTR",
        ],
    },
    {
        "slug": "observability",
        "name": "Observability",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Instrumenting and monitoring systems with metrics, logs and traces, and "
            "designing dashboards and actionable alerts, using tools such as Prometheus, "
            "Grafana, Thanos, OpenTelemetry, the ELK/EFK stack or Datadog."
        ),
        "aliases": [
            "Monitoring",
            "Logging",
            "Alerting",
            "Distributed tracing",
            "Prometheus",
            "Grafana",
            "Thanos",
            "ELK stack",
            "EFK stack",
            "OpenTelemetry",
            "Datadog",
            "New Relic",
        ],
    },
    {
        "slug": "performance-engineering",
        "name": "Performance Engineering",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Finding and removing bottlenecks across application and infrastructure "
            "layers: load and performance testing, profiling, latency analysis and tuning "
            "for throughput and efficiency."
        ),
        "aliases": [
            "Performance optimization",
            "Performance tuning",
            "Performance testing",
            "Load testing",
            "Profiling",
            "Bottleneck analysis",
        ],
    },
    {
        "slug": "resilience-disaster-recovery",
        "name": "Resilience & Disaster Recovery",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Designing for high availability and recovering from failure: backups and "
            "restore, RTO/RPO targets, multi-region failover, DR exercises and chaos "
            "engineering or game days to prove robustness."
        ),
        "aliases": [
            "Disaster recovery",
            "DR",
            "High availability",
            "Business continuity",
            "Backup and restore",
            "Multi-region failover",
            "Chaos engineering",
            "Fault injection",
            "Game days",
        ],
    },
    {
        "slug": "service-level-objectives",
        "name": "SLOs, SLIs & Error Budgets",
        "kind": "technical",
        "category": "Observability & Reliability",
        "description": (
            "Defining service level indicators and objectives that reflect user "
            "experience, tracking error budgets and using them to balance feature "
            "velocity against reliability work."
        ),
        "aliases": [
            "SLO",
            "SLI",
            "SLA",
            "Error budgets",
            "SRE practices",
            "Service level objectives",
            "Service level indicators",
        ],
    },
    {
        "slug": "backend-development",
        "name": "Backend Development",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Designing and building server-side services: request handling, persistence, "
            "caching, background jobs and integrations, using frameworks such as FastAPI, "
            "Spring or Express."
        ),
        "aliases": [
            "Backend engineering",
            "Server-side development",
            "Service development",
            "Microservices development",
        ],
    },
    {
        "slug": "cpp",
        "name": "C++",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Writing and debugging performance-critical C++ code, such as inference "
            "runtimes, native extensions and low-latency components, with attention to "
            "memory and concurrency."
        ),
        "aliases": ["CPP", "Modern C++"],
    },
    {
        "slug": "data-structures-algorithms",
        "name": "Data Structures, Algorithms & Concurrency",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Choosing appropriate data structures and algorithms, reasoning about "
            "complexity, and writing correct concurrent and multi-threaded code."
        ),
        "aliases": [
            "Data structures",
            "Algorithms",
            "DSA",
            "Concurrency",
            "Multi-threading",
            "Computer science fundamentals",
        ],
    },
    {
        "slug": "go",
        "name": "Go",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Building services, CLIs, controllers/operators and infrastructure tooling in "
            "Go, with idiomatic concurrency, error handling and testing."
        ),
        "aliases": ["Golang"],
    },
    {
        "slug": "java",
        "name": "Java",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Building and maintaining JVM services and data tooling in Java, including "
            "build tools (Maven/Gradle), concurrency and performance tuning of the JVM."
        ),
        "aliases": ["JVM"],
    },
    {
        "slug": "javascript-typescript",
        "name": "JavaScript & TypeScript",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Building Node.js services and tooling in TypeScript/JavaScript, and the "
            "front-end parts of internal tools, portals and ML applications."
        ),
        "aliases": ["JavaScript", "TypeScript", "Node.js", "JS", "TS", "Frontend development"],
    },
    {
        "slug": "python",
        "name": "Python",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Writing production-grade Python for services, automation, SDKs/CLIs and ML "
            "glue code, including packaging, dependency management, typing and tests."
        ),
        "aliases": ["Production Python", "Python engineering", "Python packaging"],
    },
    {
        "slug": "shell-scripting",
        "name": "Shell Scripting",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Automating operational tasks with robust scripts in Bash or PowerShell (and "
            "other scripting languages such as Ruby), including error handling and safe "
            "use in CI and cron jobs."
        ),
        "aliases": ["Bash", "PowerShell", "Shell", "Scripting languages", "Ruby scripting", "Perl"],
    },
    {
        "slug": "software-engineering-practices",
        "name": "Software Engineering Practices",
        "kind": "technical",
        "category": "Programming",
        "description": (
            "Producing maintainable, well-tested code: unit and integration tests "
            "(pytest, TDD), code review, readable design, test data management and "
            "consistent engineering standards."
        ),
        "aliases": [
            "Software engineering best practices",
            "Code quality",
            "Code review",
            "Automated testing",
            "Unit testing",
            "Test-driven development",
            "TDD",
            "pytest",
            "Clean code",
            "Test data management",
        ],
    },
    {
        "slug": "infrastructure-security",
        "name": "Cloud & Infrastructure Security",
        "kind": "technical",
        "category": "Security",
        "description": (
            "Securing platforms by default: least-privilege IAM, secrets management "
            "(Vault or cloud secret managers), encryption at rest and in transit, network "
            "segmentation and hardened configurations."
        ),
        "aliases": [
            "Security fundamentals",
            "Cloud security",
            "IAM",
            "Identity and access management",
            "Least privilege",
            "Access control",
            "Secrets management",
            "HashiCorp Vault",
            "Encryption",
            "Network segmentation",
            "Zero trust",
        ],
    },
    {
        "slug": "compliance",
        "name": "Compliance & Audit Readiness",
        "kind": "technical",
        "category": "Security",
        "description": (
            "Mapping platform controls to standards such as SOC 2, ISO 27001, "
            "FedRAMP/DoD, PCI DSS or HIPAA, and producing audit evidence (access logs, "
            "change records, control mappings) with as much automation as possible."
        ),
        "aliases": [
            "Regulatory compliance",
            "Security compliance",
            "SOC 2",
            "ISO 27001",
            "FedRAMP",
            "PCI DSS",
            "HIPAA",
            "Audit evidence",
            "Controls mapping",
        ],
    },
    {
        "slug": "supply-chain-security",
        "name": "Vulnerability & Supply Chain Security",
        "kind": "technical",
        "category": "Security",
        "description": (
            "Finding and fixing vulnerabilities in code, dependencies and images, and "
            "protecting the build chain: CI scanning (Snyk, Trivy, Dependabot), patching "
            "SLAs, SBOMs and signed artifacts (DevSecOps)."
        ),
        "aliases": [
            "Vulnerability management",
            "DevSecOps",
            "Security patching",
            "Software supply chain security",
            "Dependency scanning",
            "Container scanning",
            "SBOM",
            "Artifact signing",
            "Snyk",
            "Trivy",
            "Dependabot",
            "Sigstore",
        ],
    },
    {
        "slug": "api-design",
        "name": "API Design & Management",
        "kind": "technical",
        "category": "Systems & Architecture",
        "description": (
            "Designing stable service and platform interfaces (REST, gRPC, OpenAPI) with "
            "versioning, backward compatibility and clear contracts, and exposing them "
            "through API gateways such as Kong, Apigee or AWS API Gateway."
        ),
        "aliases": [
            "API design",
            "API management",
            "API platform management",
            "REST",
            "gRPC",
            "OpenAPI",
            "API gateways",
            "Kong",
            "Apigee",
            "API versioning",
        ],
    },
    {
        "slug": "distributed-systems",
        "name": "Distributed Systems",
        "kind": "technical",
        "category": "Systems & Architecture",
        "description": (
            "Reasoning about systems of many cooperating services: consistency, "
            "replication, partitioning, queues, retries and timeouts, failure modes and "
            "microservice boundaries."
        ),
        "aliases": ["Microservices", "Microservice architecture", "Service-oriented architecture"],
    },
    {
        "slug": "linux",
        "name": "Linux",
        "kind": "technical",
        "category": "Systems & Architecture",
        "description": (
            "Administering and troubleshooting Linux systems: processes, filesystems, "
            "systemd, resource contention, kernel and I/O performance, with tools from "
            "top/strace to eBPF."
        ),
        "aliases": [
            "Linux administration",
            "Linux troubleshooting",
            "Unix",
            "Systems administration",
            "Sysadmin",
            "eBPF",
        ],
    },
    {
        "slug": "networking",
        "name": "Networking",
        "kind": "technical",
        "category": "Systems & Architecture",
        "description": (
            "Understanding and debugging networks: TCP/IP, DNS, HTTP (including HTTP/3), "
            "TLS/mTLS, load balancing, VPCs and firewalls, CDNs and edge delivery, and "
            "service meshes such as Istio or Linkerd."
        ),
        "aliases": [
            "Computer networking",
            "TCP/IP",
            "DNS",
            "Load balancing",
            "HTTP/3",
            "TLS",
            "VPC",
            "Service mesh",
            "Istio",
            "Linkerd",
            "CDN",
            "Edge networking",
        ],
    },
    {
        "slug": "system-design",
        "name": "System Design & Architecture",
        "kind": "technical",
        "category": "Systems & Architecture",
        "description": (
            "Designing scalable, resilient, secure systems and platforms with explicit "
            "tradeoffs: reference architectures, design documents and reviews, "
            "build-versus-buy and migration strategies."
        ),
        "aliases": [
            "System design",
            "Software architecture",
            "Solution architecture",
            "Platform architecture",
            "Reference architectures",
            "Architecture reviews",
            "Build vs buy",
        ],
    },
    {
        "slug": "cross-functional-collaboration",
        "name": "Cross-Functional Collaboration",
        "kind": "soft",
        "category": "Collaboration",
        "description": (
            "Working effectively with developers, data scientists, QA, security, product "
            "and operations teams toward shared goals, breaking down silos and using "
            "shared tools such as Jira, Confluence and Slack."
        ),
        "aliases": ["Collaboration", "Teamwork", "Cross-team collaboration", "Breaking down silos"],
    },
    {
        "slug": "customer-focus",
        "name": "Customer Focus",
        "kind": "soft",
        "category": "Collaboration",
        "description": (
            "Understanding the needs and pain points of users, including internal "
            "developers and ML teams, and letting them shape priorities and communication "
            "about service status."
        ),
        "aliases": [
            "Customer empathy",
            "User empathy",
            "Developer empathy",
            "Customer-centric mindset",
            "User communication",
        ],
    },
    {
        "slug": "emotional-intelligence",
        "name": "Emotional Intelligence",
        "kind": "soft",
        "category": "Collaboration",
        "description": (
            "Recognising and managing your own and others' emotions: empathy, composure "
            "under stress, healthy team dynamics and resolving conflicts constructively."
        ),
        "aliases": [
            "EQ",
            "Empathy",
            "Conflict resolution",
            "Conflict management",
            "Stress management",
            "Interpersonal skills",
        ],
    },
    {
        "slug": "stakeholder-management",
        "name": "Stakeholder Management",
        "kind": "soft",
        "category": "Collaboration",
        "description": (
            "Identifying stakeholders, aligning expectations, negotiating scope and "
            "keeping sponsors and dependent teams informed and committed, up to executive "
            "buy-in."
        ),
        "aliases": [
            "Stakeholder alignment",
            "Expectation management",
            "Negotiation",
            "Executive buy-in",
            "Managing up",
        ],
    },
    {
        "slug": "communication",
        "name": "Communication",
        "kind": "soft",
        "category": "Communication",
        "description": (
            "Explaining complex technical ideas clearly, verbally and in writing, to "
            "engineers, leaders and non-technical stakeholders, including presenting to "
            "groups and listening actively."
        ),
        "aliases": [
            "Technical communication",
            "Verbal communication",
            "Written communication",
            "Active listening",
            "Presentation skills",
            "Public speaking",
        ],
    },
    {
        "slug": "documentation-enablement",
        "name": "Documentation & Enablement",
        "kind": "soft",
        "category": "Communication",
        "description": (
            "Writing the RFCs, design docs, runbooks and guides others rely on, and "
            "helping users adopt the platform through training, office hours and "
            "evangelism (Markdown, Confluence)."
        ),
        "aliases": [
            "Technical writing",
            "Documentation",
            "RFC writing",
            "Platform evangelism",
            "Developer enablement",
            "Training delivery",
            "Knowledge sharing",
        ],
    },
    {
        "slug": "change-management",
        "name": "Change Management",
        "kind": "soft",
        "category": "Leadership",
        "description": (
            "Leading organisational and cultural change, such as DevOps, SRE or platform "
            "adoption: involving stakeholders, sequencing transitions, training and "
            "reinforcing new habits."
        ),
        "aliases": [
            "Organizational change",
            "Cultural transformation",
            "Change leadership",
            "Adoption management",
        ],
    },
    {
        "slug": "hiring-team-building",
        "name": "Hiring & Team Building",
        "kind": "soft",
        "category": "Leadership",
        "description": (
            "Defining roles, interviewing and hiring, and assembling and scaling diverse "
            "teams with complementary skills, including team topology decisions."
        ),
        "aliases": [
            "Hiring",
            "Recruiting",
            "Interviewing",
            "Team building",
            "Talent acquisition",
            "Team scaling",
            "Org design",
        ],
    },
    {
        "slug": "influence-without-authority",
        "name": "Influence Without Authority",
        "kind": "soft",
        "category": "Leadership",
        "description": (
            "Moving decisions and adoption forward across teams you do not manage, "
            "through credibility, evidence, well-argued proposals and consensus building."
        ),
        "aliases": ["Influence", "Persuasion", "Influencing decisions", "Consensus building"],
    },
    {
        "slug": "mentoring-coaching",
        "name": "Mentoring & Coaching",
        "kind": "soft",
        "category": "Leadership",
        "description": (
            "Growing other engineers through pairing, feedback, reviews and coaching "
            "conversations, and sharing knowledge deliberately."
        ),
        "aliases": ["Mentorship", "Mentoring", "Coaching", "Developing engineers"],
    },
    {
        "slug": "people-management",
        "name": "People Management",
        "kind": "soft",
        "category": "Leadership",
        "description": (
            "Managing a team as its line manager: one-on-ones, goal setting, performance "
            "evaluations, career development, succession planning and a healthy team "
            "culture."
        ),
        "aliases": [
            "Team management",
            "Line management",
            "Performance management",
            "Performance reviews",
            "Career development",
            "Succession planning",
            "One-on-ones",
        ],
    },
    {
        "slug": "technical-leadership",
        "name": "Technical Leadership",
        "kind": "soft",
        "category": "Leadership",
        "description": (
            "Setting technical direction for a team or initiative: guiding design "
            "decisions, leading projects to delivery and raising engineering and "
            "operational standards."
        ),
        "aliases": [
            "Tech lead",
            "Technical direction",
            "Engineering standards",
            "Leading technical initiatives",
        ],
    },
    {
        "slug": "adaptability",
        "name": "Adaptability",
        "kind": "soft",
        "category": "Personal Effectiveness",
        "description": (
            "Staying effective when requirements, priorities and technologies change, and "
            "recovering quickly from setbacks."
        ),
        "aliases": ["Flexibility", "Resilience", "Dealing with ambiguity"],
    },
    {
        "slug": "continuous-learning",
        "name": "Continuous Learning",
        "kind": "soft",
        "category": "Personal Effectiveness",
        "description": (
            "Keeping skills current in a fast-moving field through deliberate practice, "
            "reading, courses, certifications and safe experimentation with new tools."
        ),
        "aliases": [
            "Learning agility",
            "Self-learning",
            "Active learning",
            "Curiosity",
            "Professional development",
            "Growth mindset",
        ],
    },
    {
        "slug": "ownership",
        "name": "Ownership & Self-Motivation",
        "kind": "soft",
        "category": "Personal Effectiveness",
        "description": (
            "Taking end-to-end responsibility for outcomes, including the operational "
            "health of what you build, and driving work forward with minimal oversight."
        ),
        "aliases": [
            "Operational ownership",
            "Accountability",
            "Self-motivation",
            "Initiative",
            "Proactiveness",
            "Autonomy",
        ],
    },
    {
        "slug": "prioritization-time-management",
        "name": "Prioritization & Time Management",
        "kind": "soft",
        "category": "Personal Effectiveness",
        "description": (
            "Choosing the highest-leverage work, juggling multiple tasks and priorities, "
            "and meeting deadlines without overbuilding."
        ),
        "aliases": [
            "Prioritization",
            "Pragmatic prioritization",
            "Time management",
            "Managing multiple priorities",
            "Meeting deadlines",
        ],
    },
    {
        "slug": "attention-to-detail",
        "name": "Attention to Detail & Quality",
        "kind": "soft",
        "category": "Problem Solving",
        "description": (
            "Being thorough and holding a high quality bar: checking edge cases, "
            "insisting on tests and quality gates, and catching silent failures before "
            "users do."
        ),
        "aliases": [
            "Attention to detail",
            "Quality discipline",
            "Commitment to quality",
            "Thoroughness",
        ],
    },
    {
        "slug": "problem-solving",
        "name": "Problem Solving & Critical Thinking",
        "kind": "soft",
        "category": "Problem Solving",
        "description": (
            "Breaking down complex, ambiguous problems, analysing evidence, weighing "
            "options and reaching sound decisions, including under pressure during "
            "outages."
        ),
        "aliases": [
            "Problem solving",
            "Problem-solving",
            "Critical thinking",
            "Analytical thinking",
            "Analytical skills",
            "Decision making",
            "Creativity",
        ],
    },
    {
        "slug": "risk-management",
        "name": "Risk Management",
        "kind": "soft",
        "category": "Problem Solving",
        "description": (
            "Identifying, assessing and mitigating technical, operational and security "
            "risks with methods such as FMEA and scenario analysis."
        ),
        "aliases": [
            "Risk assessment",
            "Risk mitigation",
            "FMEA",
            "Failure modes and effects analysis",
            "Scenario analysis",
        ],
    },
    {
        "slug": "systems-thinking",
        "name": "Systems Thinking",
        "kind": "soft",
        "category": "Problem Solving",
        "description": (
            "Seeing how data, infrastructure, services, people and processes interact end "
            "to end, so that local changes do not cause global failures."
        ),
        "aliases": ["Holistic thinking", "End-to-end thinking", "Big-picture thinking"],
    },
    {
        "slug": "budgeting-financial-management",
        "name": "Budgeting & Financial Management",
        "kind": "soft",
        "category": "Strategy & Business",
        "description": (
            "Owning or shaping a budget: headcount and infrastructure cost planning, "
            "forecasting, cost-benefit cases and tracking spend against plan."
        ),
        "aliases": [
            "Budgeting",
            "Financial management",
            "Budget ownership",
            "Cost-benefit analysis",
            "Headcount planning",
            "Spend forecasting",
        ],
    },
    {
        "slug": "business-acumen",
        "name": "Business Acumen",
        "kind": "soft",
        "category": "Strategy & Business",
        "description": (
            "Understanding how the business makes money, its KPIs and customers, and "
            "tying technical work to measurable business value."
        ),
        "aliases": [
            "Business alignment",
            "Commercial awareness",
            "Business understanding",
            "Product-oriented focus",
        ],
    },
    {
        "slug": "platform-product-mindset",
        "name": "Platform Product Mindset",
        "kind": "soft",
        "category": "Strategy & Business",
        "description": (
            "Treating the internal platform as a product: understanding its users, "
            "prioritising a roadmap, measuring adoption and satisfaction, and "
            "communicating changes predictably."
        ),
        "aliases": [
            "Platform as a product",
            "Product thinking",
            "Product mindset",
            "Platform adoption",
        ],
    },
    {
        "slug": "project-management",
        "name": "Project Management",
        "kind": "soft",
        "category": "Strategy & Business",
        "description": (
            "Planning and running projects: goals, scope, timelines, resource allocation, "
            "dependencies and risks, tracked in tools such as Jira until delivery."
        ),
        "aliases": [
            "Project planning",
            "Delivery management",
            "Program management",
            "Resource allocation",
            "Timeline management",
        ],
    },
    {
        "slug": "strategic-planning",
        "name": "Strategic Planning",
        "kind": "soft",
        "category": "Strategy & Business",
        "description": (
            "Thinking long-term and turning business goals into technology strategy, "
            "multi-quarter roadmaps and measurable objectives, including technology "
            "selection."
        ),
        "aliases": [
            "Strategic thinking",
            "Strategic vision",
            "Technology strategy",
            "Roadmapping",
            "Technology roadmaps",
            "OKRs",
            "SMART goals",
        ],
    },
    {
        "slug": "vendor-management",
        "name": "Vendor & Partnership Management",
        "kind": "soft",
        "category": "Strategy & Business",
        "description": (
            "Evaluating, selecting and managing vendors and strategic technology "
            "partners: requirements, procurement, contracts and ongoing performance "
            "reviews."
        ),
        "aliases": [
            "Vendor management",
            "Vendor relations",
            "Strategic partnerships",
            "Technology partnerships",
            "Procurement",
            "Vendor evaluation",
        ],
    },
]

CATEGORIES = {
    "technical": [
        "CI/CD & Delivery",
        "Cloud & Containers",
        "Data",
        "Infrastructure as Code",
        "Machine Learning",
        "Observability & Reliability",
        "Programming",
        "Security",
        "Systems & Architecture",
    ],
    "soft": [
        "Collaboration",
        "Communication",
        "Leadership",
        "Personal Effectiveness",
        "Problem Solving",
        "Strategy & Business",
    ],
}
