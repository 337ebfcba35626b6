"""Behavioural anchors (levels 1-5) for delivery, cloud, data, IaC and ML skills.

Format: FORMAT.md, section "anchors_*.py". Keys are skill slugs from skills.py.
"""

from __future__ import annotations

ANCHORS = {
    "ci-cd": {
        1: (
            "Explains what continuous integration and continuous delivery mean, what a pipeline "
            "stage, job, runner and artifact are, and why every commit should be built and tested "
            "automatically."
        ),
        2: (
            "Adds a lint or unit-test job to an existing GitHub Actions, GitLab CI or Jenkins "
            "pipeline by copying a working example, and reads job logs to find why a build failed."
        ),
        3: (
            "Builds complete pipelines that build, test, package and publish versioned artifacts, "
            "uses caching, secrets and environment promotion, and keeps flaky or slow builds under "
            "control without help."
        ),
        4: (
            "Designs reusable pipeline templates and GitOps delivery (Argo CD, Flux) for many "
            "services, cuts lead time with parallelism and build caching, and coaches teams "
            "through pipeline migrations."
        ),
        5: (
            "Sets the organisation's delivery standards (required checks, supply-chain signing, "
            "promotion rules) across all teams, and shares pipeline practice publicly through "
            "talks, articles or upstream CI tooling contributions."
        ),
    },
    "devops-agile-practices": {
        1: (
            "Explains the ideas behind DevOps and Agile: shared ownership of running software, "
            "small batches, Scrum ceremonies, Kanban boards and the four DORA metrics."
        ),
        2: (
            "Takes part in sprint planning, stand-ups and retrospectives, breaks assigned work "
            "into small tickets, and moves items across the board with guidance from the team "
            "lead."
        ),
        3: (
            "Ships work in small, frequently deployed increments, joins on-call for what the team "
            "builds, refines the backlog with product, and tracks the team's DORA metrics to spot "
            "bottlenecks."
        ),
        4: (
            "Diagnoses delivery problems across several teams using DORA and flow data, introduces "
            "changes such as trunk-based development or blameless postmortems, and coaches leads "
            "through adopting them."
        ),
        5: (
            "Defines the organisation's engineering operating model and delivery metrics, leads "
            "DevOps transformation across departments, and is recognised externally through talks, "
            "writing or industry research on delivery performance."
        ),
    },
    "internal-developer-platforms": {
        1: (
            "Explains what an internal developer platform is: golden paths, self-service "
            "provisioning, service catalogs and developer portals such as Backstage, and how they "
            "reduce cognitive load for product teams."
        ),
        2: (
            "Adds a service to the catalog, updates a software template or portal plugin "
            "configuration, and fixes small issues in a platform CLI under the guidance of a "
            "platform engineer."
        ),
        3: (
            "Builds and maintains golden-path templates that scaffold a service with repo, "
            "pipeline, infrastructure and monitoring, runs the developer portal, and supports "
            "product teams that use them."
        ),
        4: (
            "Designs platform capabilities as products with APIs, SDKs and clear abstractions, "
            "runs developer-experience surveys and adoption metrics, and decides what the platform "
            "should and should not own."
        ),
        5: (
            "Sets platform strategy and roadmap for the whole engineering organisation, aligns "
            "product teams on paved roads, and contributes to open-source portals or speaks "
            "publicly on platform engineering."
        ),
    },
    "progressive-delivery": {
        1: (
            "Explains canary, blue-green and shadow deployments, feature flags and rollback, and "
            "why shifting traffic gradually limits the blast radius of a bad release."
        ),
        2: (
            "Toggles feature flags, triggers a prepared canary or blue-green switch, and runs a "
            "documented rollback when asked, while watching the dashboards the release runbook "
            "points to."
        ),
        3: (
            "Configures canary and blue-green rollouts with Argo Rollouts, Flagger or Spinnaker, "
            "defines metric-based analysis that aborts bad releases automatically, and manages "
            "flag lifecycles for own services."
        ),
        4: (
            "Designs release strategies for risky changes such as schema migrations and new model "
            "versions using shadow traffic and staged rollouts, and sets flag and rollback "
            "conventions other teams follow."
        ),
        5: (
            "Defines organisation-wide release-safety policy and automated promotion gates, drives "
            "incident-free deployment as a measured goal, and is known externally for "
            "progressive-delivery tooling or published practice."
        ),
    },
    "version-control": {
        1: (
            "Explains what commits, branches, merges and pull requests are, and why teams keep all "
            "code and configuration in a Git repository."
        ),
        2: (
            "Clones a repository, creates a feature branch, commits and pushes changes, opens a "
            "pull request, and resolves simple merge conflicts with help."
        ),
        3: (
            "Works fluently with rebase, cherry-pick, bisect and interactive history clean-up, "
            "writes focused commits and clear pull requests, and gives useful code reviews "
            "following the team's branching strategy."
        ),
        4: (
            "Designs branching, release-tagging and repository conventions (monorepo or "
            "multi-repo, protected branches, CODEOWNERS), recovers broken histories, and teaches "
            "advanced Git to the team."
        ),
        5: (
            "Sets source-control standards and forge governance across the organisation, handles "
            "large-scale repository migrations, and contributes to Git tooling or writes and "
            "speaks publicly on version-control practice."
        ),
    },
    "cloud-cost-management": {
        1: (
            "Explains how cloud billing works for compute, storage, egress and GPUs, and what "
            "tagging, showback, rightsizing and reserved or spot capacity mean for spend."
        ),
        2: (
            "Tags resources correctly, reads cost-explorer reports for own services, and removes "
            "idle instances, disks or snapshots flagged by a cost review with guidance."
        ),
        3: (
            "Builds cost dashboards and budget alerts per team, rightsizes instances and node "
            "pools, applies autoscaling and spot capacity, and estimates the cost of new workloads "
            "before launch."
        ),
        4: (
            "Designs showback or chargeback models, negotiates reserved-capacity and savings-plan "
            "commitments, and models cost-to-serve for expensive GPU training and inference "
            "workloads across teams."
        ),
        5: (
            "Runs the organisation's FinOps practice and unit-economics targets with finance and "
            "engineering leadership, and is recognised externally through FinOps community work, "
            "talks or publications."
        ),
    },
    "cloud-platforms": {
        1: (
            "Explains core public-cloud building blocks (virtual machines, object storage, VPCs, "
            "IAM, regions and availability zones, managed services) and the shared-responsibility "
            "model."
        ),
        2: (
            "Launches instances, creates storage buckets and uses managed services through the "
            "console or CLI in a sandbox account, following runbooks and existing IAM roles."
        ),
        3: (
            "Deploys and runs production workloads on AWS, GCP or Azure with least-privilege IAM, "
            "private networking, managed databases and load balancers, and troubleshoots them "
            "without help."
        ),
        4: (
            "Designs multi-account or multi-region landing zones, networking and high-availability "
            "architectures, balances managed services against cost and lock-in, and reviews other "
            "teams' cloud designs."
        ),
        5: (
            "Sets the organisation's cloud strategy, reference architectures and account "
            "governance, and holds recognised authority through professional-level certifications, "
            "conference talks or published cloud architecture work."
        ),
    },
    "containerization": {
        1: (
            "Explains what a container image, layer, registry and container runtime are, and how "
            "containers differ from virtual machines."
        ),
        2: (
            "Builds and runs images from an existing Dockerfile, uses docker compose for local "
            "development, and pushes tagged images to a registry following team instructions."
        ),
        3: (
            "Writes multi-stage Dockerfiles with slim, pinned base images and non-root users, "
            "packages services and ML models reproducibly, and debugs container networking and "
            "volume issues."
        ),
        4: (
            "Designs base-image and registry strategy with vulnerability scanning, image signing "
            "and SBOMs, optimises large GPU or ML images, and reviews other teams' Dockerfiles."
        ),
        5: (
            "Defines container standards and the secure supply chain for the whole organisation, "
            "and contributes to OCI or container tooling or speaks publicly on container practice."
        ),
    },
    "gpu-infrastructure": {
        1: (
            "Explains how GPUs accelerate training and inference, what CUDA drivers, GPU memory, "
            "MIG partitioning and distributed training are, and why GPU capacity is scarce and "
            "costly."
        ),
        2: (
            "Runs training or inference jobs on existing GPU nodes, checks utilisation with "
            "nvidia-smi or dashboards, and requests GPUs correctly in job specs with guidance."
        ),
        3: (
            "Operates GPU node pools with Kubernetes device plugins, matched driver and CUDA "
            "versions, and quotas, and troubleshoots out-of-memory errors, scheduling failures and "
            "low utilisation."
        ),
        4: (
            "Designs GPU scheduling for multiple teams with MIG, time-slicing, gang scheduling and "
            "queueing, tunes multi-node distributed training interconnects, and plans GPU capacity "
            "against demand."
        ),
        5: (
            "Sets the organisation's accelerator strategy across cloud and on-premises capacity, "
            "and contributes to GPU scheduling projects or publishes and speaks on large-scale "
            "training infrastructure."
        ),
    },
    "kubernetes": {
        1: (
            "Explains Kubernetes concepts (pods, deployments, services, namespaces, the control "
            "plane) and why teams use container orchestration."
        ),
        2: (
            "Applies existing manifests or Helm charts, inspects pods and logs with kubectl, and "
            "restarts or scales deployments following a runbook."
        ),
        3: (
            "Writes manifests and Helm or Kustomize charts with resource requests, probes and "
            "autoscaling, and deploys and debugs production workloads on EKS, GKE or AKS "
            "independently."
        ),
        4: (
            "Designs multi-tenant clusters with RBAC, network policies and quotas, runs cluster "
            "upgrades, writes or operates operators, and coaches teams on running workloads on "
            "Kubernetes."
        ),
        5: (
            "Sets the organisation's Kubernetes platform architecture and standards, and "
            "contributes upstream to Kubernetes or CNCF projects or speaks at recognised "
            "conferences."
        ),
    },
    "data-engineering": {
        1: (
            "Explains what ETL and ELT pipelines, batch jobs, data-quality checks, freshness and "
            "backfills are, and why downstream analytics and ML depend on them."
        ),
        2: (
            "Adds a column or simple dbt model to an existing pipeline, writes a basic "
            "data-quality test, and reruns failed loads following documentation."
        ),
        3: (
            "Builds and operates batch ingestion and transformation pipelines with dbt or Python, "
            "with tests, freshness checks and idempotent backfills, and fixes broken loads without "
            "help."
        ),
        4: (
            "Designs the team's pipeline architecture, data-quality framework and SLAs across many "
            "sources, handles late-arriving data and schema evolution, and mentors other data "
            "engineers."
        ),
        5: (
            "Sets data-engineering standards and platform direction for the organisation, and "
            "contributes to open-source data tooling or publishes and speaks on data reliability."
        ),
    },
    "data-governance-privacy": {
        1: (
            "Explains data classification, lineage, retention, access control and core GDPR "
            "principles such as lawful basis, data minimisation and the right to erasure."
        ),
        2: (
            "Tags datasets with their classification, requests data access through the approved "
            "process, and handles PII following documented masking and retention rules."
        ),
        3: (
            "Implements column-level access policies, masking, retention jobs and lineage capture "
            "in the data platform, and handles deletion requests and audits for own datasets."
        ),
        4: (
            "Designs governance frameworks with data contracts, catalog-driven access and "
            "privacy-enhancing techniques such as pseudonymisation or differential privacy, and "
            "runs privacy impact assessments with legal."
        ),
        5: (
            "Sets data governance and privacy policy across the organisation with legal and "
            "security, represents it to regulators or auditors, and contributes to industry "
            "standards or publishes on privacy engineering."
        ),
    },
    "data-modeling": {
        1: (
            "Explains normalised versus dimensional models, facts and dimensions, star schemas, "
            "and how warehouses and lakehouses differ from transactional databases."
        ),
        2: (
            "Adds tables or columns to an existing warehouse model following team conventions, and "
            "documents fields and grain with guidance from a senior modeller."
        ),
        3: (
            "Designs star schemas and lakehouse tables in Snowflake, BigQuery or Databricks with "
            "clear grain, keys, partitioning and slowly changing dimensions for analytics and ML "
            "use."
        ),
        4: (
            "Designs the data architecture across domains (layering, Delta or Iceberg table "
            "formats, shared conformed dimensions), evolves schemas without breaking consumers, "
            "and reviews others' models."
        ),
        5: (
            "Sets the organisation's data architecture and modelling standards, decides warehouse "
            "and lakehouse platform strategy, and is recognised externally through writing or "
            "talks on data modelling."
        ),
    },
    "databases-sql": {
        1: (
            "Explains tables, primary and foreign keys, indexes and transactions, and the "
            "difference between relational, key-value, document and vector databases."
        ),
        2: (
            "Writes SELECT queries with joins, filters and aggregates against existing schemas, "
            "and runs prepared migrations or backups following instructions."
        ),
        3: (
            "Writes complex SQL with window functions and CTEs, designs schemas and indexes, tunes "
            "slow queries with EXPLAIN, and runs safe migrations on PostgreSQL, MySQL or NoSQL "
            "stores."
        ),
        4: (
            "Chooses the right database for each workload, designs replication, sharding, backup "
            "and failover, resolves locking and performance incidents, and guides teams on data "
            "access patterns."
        ),
        5: (
            "Sets database standards and platform strategy across the organisation, and "
            "contributes to database engines or extensions or speaks and writes publicly on "
            "database performance."
        ),
    },
    "distributed-data-processing": {
        1: (
            "Explains how engines such as Spark, Ray or Dask split work across a cluster, and what "
            "partitions, shuffles and lazy evaluation are."
        ),
        2: (
            "Runs and modifies existing PySpark or Dask jobs, adjusts simple transformations, and "
            "reads the Spark UI to see which stage failed, with guidance."
        ),
        3: (
            "Writes distributed jobs for feature generation, training datasets or batch inference, "
            "chooses partitioning and join strategies, and fixes skew, memory and shuffle problems "
            "independently."
        ),
        4: (
            "Designs large-scale processing architectures and cluster configurations, tunes jobs "
            "over terabytes for cost and speed, and reviews and coaches others' distributed code."
        ),
        5: (
            "Sets the organisation's large-scale compute strategy (engines, cluster policies, cost "
            "targets) for data and ML workloads, and contributes to Spark, Ray or Dask upstream or "
            "publishes and speaks on them."
        ),
    },
    "event-streaming": {
        1: (
            "Explains topics, partitions, producers, consumer groups, offsets and at-least-once "
            "versus exactly-once delivery in systems such as Kafka or Kinesis."
        ),
        2: (
            "Produces and consumes messages with an existing client library, inspects topics and "
            "consumer lag with CLI tools, and adds a simple consumer with guidance."
        ),
        3: (
            "Builds producers, consumers and stream-processing jobs with schemas, idempotent "
            "handling, retries and dead-letter topics, and operates them in production on Kafka, "
            "Pub/Sub or Kinesis."
        ),
        4: (
            "Designs event-driven architectures (topic design, partitioning keys, schema "
            "evolution, ordering, exactly-once processing), sizes clusters, and guides teams "
            "through migrations to streaming."
        ),
        5: (
            "Sets the organisation's event-streaming strategy and standards, and contributes to "
            "Kafka or Flink ecosystems or speaks publicly on event-driven systems."
        ),
    },
    "workflow-orchestration": {
        1: (
            "Explains DAGs, tasks, dependencies, schedules, retries and backfills, and why "
            "orchestrators such as Airflow, Dagster or Argo Workflows run multi-step data and ML "
            "workflows."
        ),
        2: (
            "Adds a task to an existing DAG, triggers runs and clears failed tasks in the "
            "orchestrator UI, and reads task logs with guidance."
        ),
        3: (
            "Writes production DAGs with sensible retries, timeouts, idempotent tasks, parameters "
            "and alerting, and runs backfills safely in Airflow, Dagster, Flyte or Kubeflow "
            "Pipelines."
        ),
        4: (
            "Designs the orchestration platform and DAG conventions for many teams, including "
            "scaling executors, cross-DAG dependencies and ML pipeline patterns, and reviews "
            "others' workflows."
        ),
        5: (
            "Sets orchestration standards and platform choice for all data and ML workflows in the "
            "organisation, and contributes to Airflow, Argo, Dagster or Flyte upstream or speaks "
            "publicly on pipeline orchestration."
        ),
    },
    "configuration-management": {
        1: (
            "Explains configuration management, idempotency, inventories and configuration drift, "
            "and what tools such as Ansible, Chef or Puppet automate."
        ),
        2: (
            "Runs existing Ansible playbooks or Puppet runs against an inventory, changes "
            "variables, and checks results with dry runs, following instructions."
        ),
        3: (
            "Writes idempotent playbooks, roles or cookbooks with templates, handlers and "
            "encrypted secrets, manages inventories per environment, and detects and fixes drift "
            "on server fleets."
        ),
        4: (
            "Designs reusable role libraries, testing with Molecule or similar, and rollout "
            "strategies for large fleets, and decides what belongs in configuration management "
            "versus images or IaC."
        ),
        5: (
            "Sets configuration-management standards across the organisation and contributes "
            "roles, modules or fixes to Ansible, Chef or Puppet ecosystems, or writes and speaks "
            "publicly about them."
        ),
    },
    "infrastructure-as-code": {
        1: (
            "Explains declarative provisioning, state, plan and apply, and why cloud resources "
            "should be defined in Terraform, Pulumi or CloudFormation instead of clicked in a "
            "console."
        ),
        2: (
            "Changes variables or adds a resource to an existing Terraform configuration, runs "
            "plan, and submits the change for review before a senior applies it."
        ),
        3: (
            "Writes and reviews Terraform modules with variables and outputs, manages remote state "
            "and workspaces, and plans/applies changes to shared environments without help."
        ),
        4: (
            "Designs module libraries, state layout and environment strategy, automates plan/apply "
            "in CI with policy checks, handles imports and state surgery, and reviews others' IaC."
        ),
        5: (
            "Sets infrastructure-as-code standards and tooling across the organisation, and "
            "contributes providers or modules upstream or speaks and writes publicly on IaC "
            "practice."
        ),
    },
    "policy-as-code": {
        1: (
            "Explains what policy as code is, how admission controllers and pipeline checks "
            "enforce rules, and what tools such as OPA, Kyverno or Sentinel do."
        ),
        2: (
            "Applies existing Gatekeeper or Kyverno policies, reads policy violations in CI or "
            "cluster events, and adjusts simple parameters with guidance."
        ),
        3: (
            "Writes and tests Rego or Kyverno policies for clusters, Terraform plans and "
            "pipelines, rolls them out in audit mode before enforcing, and handles exceptions."
        ),
        4: (
            "Designs a policy framework mapping compliance controls to enforced rules across "
            "clusters, cloud organisations and CI, with test suites, exception workflows and "
            "reporting."
        ),
        5: (
            "Sets guardrail strategy and compliance automation for the organisation and "
            "contributes to OPA, Kyverno or policy libraries or speaks publicly on policy as code."
        ),
    },
    "ai-governance": {
        1: (
            "Explains model lineage, approval workflows, audit trails, model cards and the main "
            "obligations of emerging AI regulation such as the EU AI Act."
        ),
        2: (
            "Fills in model cards and evaluation records for own models, and follows the "
            "documented approval and promotion steps with guidance."
        ),
        3: (
            "Implements lineage tracking, approval gates and audit logs in the ML pipeline and "
            "model registry, and produces the evidence reviewers and auditors need for each model "
            "release."
        ),
        4: (
            "Designs model-risk controls and tiered approval workflows by model risk, maps them to "
            "regulatory requirements, and works with legal, risk and ML teams to apply them."
        ),
        5: (
            "Sets the organisation's AI governance framework and model-risk policy, represents it "
            "to regulators and auditors, and contributes to industry standards or publishes on "
            "responsible AI."
        ),
    },
    "feature-stores": {
        1: (
            "Explains what a feature store is, the difference between offline and online stores, "
            "and why point-in-time correctness prevents training-serving skew."
        ),
        2: (
            "Reads existing features from the feature store for training or serving, and registers "
            "a simple feature definition in Feast or Tecton with guidance."
        ),
        3: (
            "Defines feature views and pipelines, materialises features to the online store, "
            "builds point-in-time-correct training sets, and operates freshness and backfill jobs."
        ),
        4: (
            "Designs the feature platform for multiple ML teams, including streaming features, "
            "feature reuse and ownership, and low-latency online serving, and reviews others' "
            "feature pipelines."
        ),
        5: (
            "Sets the organisation's feature platform strategy, including build-versus-buy, "
            "feature ownership and reuse policy, and contributes to Feast or similar projects or "
            "speaks publicly on feature infrastructure."
        ),
    },
    "llmops": {
        1: (
            "Explains how LLM applications work (prompts, context windows, embeddings, "
            "retrieval-augmented generation, agents), and the main risks such as hallucination and "
            "prompt injection."
        ),
        2: (
            "Edits and versions prompts in an existing LLM feature, runs the provided evaluation "
            "set, and wires up a simple RAG flow with LangChain or LlamaIndex with guidance."
        ),
        3: (
            "Builds production LLM features with versioned prompts, automated evaluation "
            "harnesses, guardrails, caching and cost and latency monitoring, and debugs retrieval "
            "and output-quality issues."
        ),
        4: (
            "Designs LLM platforms with model routing, evaluation pipelines and sandboxed, "
            "permissioned agent workflows, and sets safety and quality gates other teams ship "
            "through."
        ),
        5: (
            "Sets the organisation's generative AI platform and LLMOps standards, and contributes "
            "to open-source LLM tooling or publishes and speaks on operating LLM systems."
        ),
    },
    "ml-model-development": {
        1: (
            "Explains supervised and unsupervised learning, train/validation/test splits, "
            "overfitting and common metrics, and what libraries such as scikit-learn and PyTorch "
            "are for."
        ),
        2: (
            "Trains baseline models with scikit-learn or PyTorch on prepared data from a notebook "
            "template, and reports standard metrics under guidance."
        ),
        3: (
            "Builds models end to end: prepares and labels data, engineers features, selects and "
            "tunes models, and evaluates them with appropriate metrics and error analysis."
        ),
        4: (
            "Solves novel modelling problems with custom architectures or losses, designs "
            "evaluation that reflects business impact, and mentors others on modelling choices."
        ),
        5: (
            "Sets modelling direction and evaluation standards across ML teams, decides when to "
            "train, fine-tune or buy models, and publishes peer-reviewed papers or widely used "
            "open-source models."
        ),
    },
    "mlops": {
        1: (
            "Explains the ML lifecycle, experiment tracking, model registries, versioned data and "
            "models, and how ML CI/CD differs from software CI/CD."
        ),
        2: (
            "Logs experiments to MLflow or a similar tracker, registers models, and runs existing "
            "training and deployment pipelines with guidance."
        ),
        3: (
            "Builds reproducible training pipelines with versioned data, experiment tracking, "
            "model registry promotion and automated deployment on MLflow, Kubeflow, SageMaker or "
            "Vertex AI."
        ),
        4: (
            "Designs the ML platform and lifecycle standards for several teams, including "
            "continuous training, automated validation gates and rollback of model versions."
        ),
        5: (
            "Sets the organisation's ML lifecycle standards (reproducibility, registry and "
            "promotion rules, CT/CD gates) across all model teams, and contributes to open-source "
            "MLOps tooling or speaks publicly on it."
        ),
    },
    "mathematics-statistics": {
        1: (
            "Explains basic probability, distributions, mean and variance, correlation, vectors "
            "and matrices, and derivatives as used in ML."
        ),
        2: (
            "Computes descriptive statistics, runs standard hypothesis tests and confidence "
            "intervals with library functions, and interprets results with guidance."
        ),
        3: (
            "Designs and analyses A/B tests with power calculations, applies regression and "
            "Bayesian reasoning, and uses linear algebra and calculus to understand and debug "
            "model training."
        ),
        4: (
            "Handles non-standard problems such as causal inference, sequential testing or biased "
            "samples, derives custom methods, and reviews others' statistical analyses."
        ),
        5: (
            "Sets the organisation's statistical standards for experiments and model evaluation "
            "(metric definitions, significance and stopping rules), and publishes methodological "
            "research or widely used statistical tooling."
        ),
    },
    "model-monitoring": {
        1: (
            "Explains data drift, concept drift, training-serving skew and why models degrade in "
            "production even when infrastructure looks healthy."
        ),
        2: (
            "Reads existing model-monitoring dashboards, notices drift or quality alerts, and "
            "escalates them with context following the runbook."
        ),
        3: (
            "Sets up drift, skew and prediction-quality monitors with thresholds and alerts for "
            "production models, joins delayed ground-truth labels, and investigates degradations."
        ),
        4: (
            "Designs monitoring strategy across models, including segment-level metrics, feedback "
            "loops and automated retraining triggers, and guides teams on choosing drift metrics."
        ),
        5: (
            "Sets organisation-wide model observability standards (required drift, skew and "
            "quality signals per risk tier), and contributes to open-source monitoring tools or "
            "writes and speaks publicly on production ML monitoring."
        ),
    },
}
