"""Behavioural anchors (levels 1–5) for reliability, programming, security and
systems skills. See FORMAT.md, section "anchors_*.py"."""

from __future__ import annotations

ANCHORS = {
    "model-serving": {
        1: (
            "Explains the difference between real-time and batch inference, and what latency "
            "budgets, throughput, autoscaling and request batching mean for a deployed model "
            "endpoint."
        ),
        2: (
            "Deploys a packaged model to an existing serving stack, such as a KServe "
            "InferenceService or a managed endpoint, from a template, and smoke-tests it with "
            "guidance."
        ),
        3: (
            "Packages and deploys models on KServe, Triton or TorchServe independently, "
            "configures autoscaling, dynamic batching and health checks, and runs batch inference "
            "jobs within agreed latency budgets."
        ),
        4: (
            "Designs serving for demanding workloads: GPU sharing, multi-model servers, quantised "
            "or compiled models, caching, and canary or shadow rollouts, and coaches teams on "
            "meeting p99 latency and cost targets."
        ),
        5: (
            "Defines the organisation's inference platform and serving standards across teams, "
            "owns cost-per-inference strategy, and contributes to serving frameworks or publishes "
            "on inference optimisation."
        ),
    },
    "responsible-ai": {
        1: (
            "Explains what model bias, fairness metrics, explainability and model cards are, and "
            "why responsible-AI reviews happen before and after a model is released."
        ),
        2: (
            "Runs prepared fairness checks and explainability tools such as SHAP on a model with "
            "guidance, and records the results in model cards or review checklists."
        ),
        3: (
            "Tests models for bias across relevant user groups, applies mitigations such as "
            "reweighting or threshold adjustment, documents trade-offs in model cards, and takes "
            "models through responsible-AI review independently."
        ),
        4: (
            "Designs fairness and interpretability evaluations for novel or high-risk use cases, "
            "builds automated bias checks into training and monitoring pipelines, and advises "
            "teams on hard trade-offs."
        ),
        5: (
            "Sets the organisation's responsible-AI policy, review process and risk tiers, aligns "
            "them with regulation such as the EU AI Act, and publishes or speaks on AI ethics and "
            "standards."
        ),
    },
    "toil-reduction": {
        1: (
            "Explains what toil is (manual, repetitive, automatable operational work) and why "
            "teams measure it and automate runbooks instead of repeating them by hand."
        ),
        2: (
            "Automates a simple, well-defined manual step, such as a log cleanup or routine "
            "service restart, with a script or workflow under guidance, and logs time spent on "
            "recurring tasks."
        ),
        3: (
            "Measures the team's toil, picks the costliest repetitive tasks, and replaces them "
            "with tested scripts, runbook automation, self-healing jobs or RPA workflows that "
            "others can operate safely."
        ),
        4: (
            "Designs self-healing and runbook-automation frameworks spanning several services, "
            "sets toil budgets for the team, and coaches engineers to turn recurring tickets and "
            "pages into automation."
        ),
        5: (
            "Sets the organisation's automation strategy and toil targets, such as the share of "
            "engineer time spent on toil, chooses automation platforms, and presents "
            "toil-elimination results publicly."
        ),
    },
    "capacity-planning": {
        1: (
            "Explains headroom, utilisation, peak-to-average ratios and autoscaling, and why "
            "compute, GPU, storage and network demand must be forecast ahead of growth."
        ),
        2: (
            "Collects utilisation data for a service from dashboards, updates an existing "
            "capacity sheet or autoscaling setting with guidance, and flags resources nearing "
            "their limits."
        ),
        3: (
            "Forecasts demand for a service from traffic trends and launch plans, sets "
            "autoscaling policies and headroom targets, and sizes compute, storage and "
            "reservations without help."
        ),
        4: (
            "Builds capacity models across many services, including GPU fleets and limits derived "
            "from load tests, plans reservations and committed spend, and guides teams through "
            "peak events and launches."
        ),
        5: (
            "Runs the organisation-wide capacity process linking product forecasts to "
            "infrastructure budgets and hardware procurement, and defines the capacity models and "
            "review cadence all teams use."
        ),
    },
    "it-service-management": {
        1: (
            "Explains the ITIL-style difference between incidents, problems, changes and service "
            "requests, and what SLAs and a configuration management database are used for."
        ),
        2: (
            "Logs, categorises and updates tickets in ServiceNow or Jira Service Management, "
            "raises standard change requests, and follows established workflows with guidance."
        ),
        3: (
            "Runs incident, problem and change processes for own services: writes change requests "
            "with risk and rollback plans, presents at change advisory boards, and drives problem "
            "records to closure."
        ),
        4: (
            "Designs and tunes ITSM workflows, SLAs and automations in the service desk tool, "
            "introduces pre-approved changes for low-risk deployments, and trains teams to use "
            "them."
        ),
        5: (
            "Defines the organisation's service-management operating model and tooling strategy, "
            "aligns it with DevOps delivery and audit needs, and is consulted as the authority on "
            "ITIL practice."
        ),
    },
    "incident-management": {
        1: (
            "Explains incident severity levels, on-call rotations, the incident commander role "
            "and why post-incident reviews are blameless."
        ),
        2: (
            "Takes shadow or secondary on-call shifts, acknowledges pages, follows runbooks for "
            "known alerts, and escalates to the right owners with guidance."
        ),
        3: (
            "Holds primary on-call, triages and mitigates incidents through rollbacks or "
            "failovers, posts status updates, and writes blameless post-incident reviews with "
            "tracked follow-up actions."
        ),
        4: (
            "Acts as incident commander for major multi-team incidents, coordinates responders "
            "and stakeholder communication, facilitates reviews, and improves runbooks, alert "
            "routing and on-call health."
        ),
        5: (
            "Defines the organisation's incident response process, severity framework and on-call "
            "policy, trains incident commanders, and shares incident learnings publicly in talks "
            "or write-ups."
        ),
    },
    "observability": {
        1: (
            "Explains the difference between metrics, logs and traces, and what dashboards and "
            "alerts are for, using tools such as Prometheus and Grafana as examples."
        ),
        2: (
            "Adds basic metrics and structured logs to a service, builds simple Grafana "
            "dashboards, and writes simple PromQL or log queries with guidance."
        ),
        3: (
            "Instruments services with OpenTelemetry metrics, logs and traces, writes "
            "symptom-based Prometheus alerts, builds useful dashboards, and uses telemetry to "
            "debug production issues independently."
        ),
        4: (
            "Designs the observability stack for many services, including long-term storage such "
            "as Thanos, trace sampling, cardinality and cost control, and coaches teams to "
            "replace noisy alerts with actionable ones."
        ),
        5: (
            "Sets the organisation's telemetry standards and observability platform strategy, and "
            "contributes to OpenTelemetry or Prometheus projects or speaks publicly on "
            "observability practice."
        ),
    },
    "performance-engineering": {
        1: (
            "Explains latency percentiles, throughput, bottlenecks and the difference between "
            "load, stress and soak tests."
        ),
        2: (
            "Runs existing load-test scripts with tools such as k6, JMeter or Locust, collects "
            "results and profiles, and reports regressions with guidance."
        ),
        3: (
            "Writes load tests that model realistic traffic, profiles CPU, memory and I/O with "
            "flame graphs, finds bottlenecks in code, database or infrastructure, and verifies "
            "fixes with before/after measurements."
        ),
        4: (
            "Leads performance investigations across application, runtime, kernel and network "
            "layers, adds performance regression tests to CI, sets latency budgets, and mentors "
            "engineers in profiling."
        ),
        5: (
            "Defines performance standards and budgets for the organisation's critical systems, "
            "drives efficiency programmes with measured cost savings, and publishes or speaks on "
            "performance methods."
        ),
    },
    "resilience-disaster-recovery": {
        1: (
            "Explains high availability, backups, RTO and RPO, failover, and the purpose of chaos "
            "engineering and game days."
        ),
        2: (
            "Runs scheduled backup and restore checks and follows disaster-recovery runbooks "
            "during exercises with guidance, recording recovery times and gaps found."
        ),
        3: (
            "Sets up backups with verified restores for own services, configures multi-zone "
            "redundancy and failover to meet agreed RTO/RPO, and runs DR tests and game days "
            "independently."
        ),
        4: (
            "Designs multi-region active-active or active-passive architectures, runs chaos "
            "experiments with fault injection in production, leads cross-team DR exercises, and "
            "coaches teams on failure modes."
        ),
        5: (
            "Sets the organisation's business-continuity and disaster-recovery strategy and "
            "RTO/RPO tiers, owns its resilience-testing programme, and speaks or writes publicly "
            "on chaos engineering."
        ),
    },
    "service-level-objectives": {
        1: (
            "Explains the difference between SLIs, SLOs and SLAs, and how an error budget follows "
            "from an SLO target."
        ),
        2: (
            "Builds an SLO dashboard or burn-rate alert for an existing SLO with guidance, and "
            "reports error budget consumption for a service."
        ),
        3: (
            "Defines user-centred SLIs and SLOs with product owners, implements them with "
            "multi-window burn-rate alerts, and uses error budget status to prioritise "
            "reliability work."
        ),
        4: (
            "Writes and negotiates error budget policies that trigger feature freezes or "
            "reliability work, defines SLOs for complex user journeys and dependencies, and "
            "coaches teams adopting SLOs."
        ),
        5: (
            "Establishes SLOs and error budgets as the organisation's framework for reliability "
            "decisions, sets tooling and review standards, and shares SLO practice in talks or "
            "publications."
        ),
    },
    "backend-development": {
        1: (
            "Explains how a server-side service handles requests, persists data, uses caches and "
            "runs background jobs, and names frameworks such as FastAPI, Spring or Express."
        ),
        2: (
            "Implements well-defined endpoints, database queries and simple background jobs in an "
            "existing service by following its patterns, with code review and guidance."
        ),
        3: (
            "Builds production services independently: designs endpoints and schemas, writes "
            "migrations, adds caching, queues and third-party integrations, and handles errors, "
            "retries and tests."
        ),
        4: (
            "Designs complex services and service boundaries, resolves data-consistency, "
            "concurrency and scaling problems, leads backend design reviews, and mentors other "
            "developers."
        ),
        5: (
            "Sets backend architecture standards, shared frameworks and service templates across "
            "teams, and is recognised outside the organisation through open-source work or talks "
            "on backend engineering."
        ),
    },
    "cpp": {
        1: (
            "Explains C++ basics such as classes, templates, pointers versus references, RAII, "
            "and the difference between stack and heap memory."
        ),
        2: (
            "Fixes small bugs and adds small features in an existing C++ codebase with guidance, "
            "builds it with CMake, and steps through code in a debugger."
        ),
        3: (
            "Writes modern C++17/20 with smart pointers, move semantics and the STL, debugs "
            "crashes and leaks with gdb and sanitizers, and writes safe multithreaded components "
            "independently."
        ),
        4: (
            "Designs low-latency components such as inference runtimes or native extensions, "
            "tunes memory layout and lock-free code, and reviews others' C++ for undefined "
            "behaviour and ABI issues."
        ),
        5: (
            "Sets C++ standards, toolchains and safety practices across teams, and contributes to "
            "major C++ libraries, compilers or the standards process, or speaks publicly on C++."
        ),
    },
    "data-structures-algorithms": {
        1: (
            "Explains common data structures such as arrays, hash maps, trees and queues, Big-O "
            "notation, and what threads, locks and race conditions are."
        ),
        2: (
            "Chooses standard-library collections for simple tasks, estimates the complexity of "
            "own loops, and uses locks or thread-safe queues in simple concurrent code with "
            "guidance."
        ),
        3: (
            "Picks data structures and algorithms to meet performance needs in production code, "
            "analyses time and space complexity, and writes correct concurrent code with locks, "
            "atomics or channels."
        ),
        4: (
            "Designs custom data structures and algorithms for hard problems such as scheduling, "
            "indexing or caching, diagnoses deadlocks and races, and reviews others' concurrent "
            "code."
        ),
        5: (
            "Advises teams across the organisation on algorithmic and concurrency design, invents "
            "novel algorithms or lock-free structures, and publishes papers, libraries or talks "
            "about them."
        ),
    },
    "go": {
        1: (
            "Explains Go basics such as packages, structs, interfaces, goroutines, channels and "
            "explicit error returns, and reads simple Go code."
        ),
        2: (
            "Writes small Go functions, CLI commands or fixes in an existing codebase with "
            "guidance, using Go modules, go test and gofmt."
        ),
        3: (
            "Builds Go services, CLIs and Kubernetes controllers independently, uses goroutines, "
            "channels and context idiomatically, wraps errors, and writes table-driven tests and "
            "benchmarks."
        ),
        4: (
            "Designs large Go codebases and operators, profiles with pprof to fix goroutine leaks "
            "and contention, sets package structure and concurrency patterns, and mentors others "
            "in idiomatic Go."
        ),
        5: (
            "Sets Go standards and shared libraries across the organisation, and contributes to "
            "the Go toolchain or widely used Go projects, or speaks and writes publicly on Go."
        ),
    },
    "java": {
        1: (
            "Explains Java fundamentals such as classes, interfaces, collections, exceptions and "
            "the JVM, and what Maven or Gradle do."
        ),
        2: (
            "Implements small features and bug fixes in an existing Java service with guidance, "
            "runs Maven or Gradle builds, and writes JUnit tests."
        ),
        3: (
            "Builds production JVM services with Spring or similar, manages Maven/Gradle "
            "dependencies, uses java.util.concurrent correctly, and diagnoses issues from logs "
            "and thread dumps independently."
        ),
        4: (
            "Tunes JVM garbage collection and memory, profiles with JFR or async-profiler, "
            "designs multi-module builds and concurrency models, and mentors others through hard "
            "Java issues."
        ),
        5: (
            "Defines JVM platform standards, frameworks and upgrade strategy across teams, and "
            "contributes to OpenJDK or major Java libraries, or speaks publicly on Java."
        ),
    },
    "javascript-typescript": {
        1: (
            "Explains JavaScript basics, promises and async/await, the Node.js event loop, and "
            "what TypeScript's static types add."
        ),
        2: (
            "Makes small changes to Node.js services or front-end components with guidance, using "
            "npm, TypeScript types and existing tests."
        ),
        3: (
            "Builds Node.js services, tooling and internal front ends in TypeScript "
            "independently, with strict types, async error handling, package management and unit "
            "and end-to-end tests."
        ),
        4: (
            "Designs TypeScript codebases and monorepos, fixes event-loop blocking, memory leaks "
            "and bundle-size problems, sets lint and build tooling, and mentors others."
        ),
        5: (
            "Sets JavaScript/TypeScript standards and shared libraries across teams, and "
            "maintains widely used npm packages or contributes to the ecosystem, or speaks "
            "publicly on it."
        ),
    },
    "python": {
        1: (
            "Explains Python basics such as data types, functions, modules, virtual environments "
            "and pip, and reads simple scripts."
        ),
        2: (
            "Writes small scripts and changes to existing Python code with guidance, installs "
            "dependencies in a virtual environment, and runs pytest."
        ),
        3: (
            "Writes production Python independently: packages projects with pyproject.toml, pins "
            "dependencies, adds type hints checked by mypy, and builds tested services, CLIs or "
            "SDKs."
        ),
        4: (
            "Designs Python libraries and service architectures, profiles and fixes performance "
            "and asyncio or concurrency issues, sets packaging and typing conventions, and "
            "mentors others."
        ),
        5: (
            "Sets Python standards, tooling and internal libraries across teams, and contributes "
            "to CPython, PEPs or widely used packages, or speaks at Python conferences."
        ),
    },
    "shell-scripting": {
        1: (
            "Explains what shell scripts are for, and knows common commands, pipes, redirection, "
            "variables and exit codes in Bash or PowerShell."
        ),
        2: (
            "Writes short Bash or PowerShell scripts for simple tasks such as moving files or "
            "searching logs with guidance, and modifies existing scripts."
        ),
        3: (
            "Writes robust scripts for CI jobs and cron with strict mode (set -euo pipefail), "
            "argument parsing, error handling, logging and idempotent steps, checked with "
            "ShellCheck."
        ),
        4: (
            "Writes complex, portable automation across Linux and Windows hosts, reviews scripts "
            "for quoting and injection bugs, and decides when a task should move to Python or Go."
        ),
        5: (
            "Sets scripting standards, shared function libraries and linting for the "
            "organisation, and publishes scripts, guides or talks that others reuse beyond their "
            "own team."
        ),
    },
    "software-engineering-practices": {
        1: (
            "Explains why code is unit-tested and reviewed, what TDD and integration tests are, "
            "and what makes code readable and maintainable."
        ),
        2: (
            "Writes unit tests with pytest or similar for own changes, responds to code review "
            "feedback, and follows the team's style and branching conventions with guidance."
        ),
        3: (
            "Writes well-structured, tested code by default with unit and integration tests and "
            "fixtures, gives useful code reviews, and refactors safely to keep modules readable."
        ),
        4: (
            "Designs test strategies and test data management for complex systems, adds quality "
            "gates such as coverage, linting and static analysis to CI, and mentors others "
            "through code review."
        ),
        5: (
            "Defines engineering standards for testing, review and design across teams, and "
            "writes or speaks publicly on software engineering practice."
        ),
    },
    "infrastructure-security": {
        1: (
            "Explains least privilege, IAM roles and policies, secrets management, encryption at "
            "rest and in transit, and network segmentation."
        ),
        2: (
            "Applies existing IAM policies and security group rules, stores secrets in Vault or a "
            "cloud secret manager instead of code, and fixes flagged misconfigurations with "
            "guidance."
        ),
        3: (
            "Writes least-privilege IAM policies, configures secret rotation, TLS and KMS "
            "encryption, segments networks with security groups and network policies, and hardens "
            "hosts and clusters against CIS benchmarks."
        ),
        4: (
            "Designs secure-by-default platform architectures with zero-trust access, workload "
            "identity and mTLS, leads threat modelling, and guides teams through security reviews "
            "and findings."
        ),
        5: (
            "Sets the organisation's cloud security architecture and guardrails, and is "
            "recognised externally through security research, conference talks or contributions "
            "to security tools."
        ),
    },
    "compliance": {
        1: (
            "Explains in broad terms what frameworks such as SOC 2, ISO 27001, PCI DSS or HIPAA "
            "require, and what controls and audit evidence are."
        ),
        2: (
            "Collects requested audit evidence such as access reviews, change records and "
            "screenshots with guidance, and follows documented control procedures."
        ),
        3: (
            "Maps platform controls to framework requirements, automates evidence collection from "
            "logs, IaC and ticketing systems, and answers auditor requests for own systems "
            "independently."
        ),
        4: (
            "Designs compliance-as-code with policy checks in CI and continuous control "
            "monitoring, leads audit readiness across several frameworks, and advises teams on "
            "closing control gaps."
        ),
        5: (
            "Sets the organisation's compliance strategy and unified control framework, leads "
            "certifications such as FedRAMP, and is recognised externally as an authority on "
            "compliance engineering."
        ),
    },
    "supply-chain-security": {
        1: (
            "Explains CVEs and severity scoring, dependency and container image scanning, SBOMs, "
            "and why build artifacts are signed."
        ),
        2: (
            "Triages scanner findings from Dependabot, Snyk or Trivy with guidance, and upgrades "
            "vulnerable dependencies and base images within patching SLAs."
        ),
        3: (
            "Adds dependency, image and secret scanning to CI pipelines, triages and fixes "
            "vulnerabilities within SLAs, generates SBOMs, and keeps base images patched "
            "independently."
        ),
        4: (
            "Designs a secure build chain with signed artifacts (Sigstore/cosign), provenance "
            "attestations and admission policies, defines patching SLAs, and guides teams through "
            "critical vulnerabilities."
        ),
        5: (
            "Sets the organisation's vulnerability-management and supply-chain security strategy, "
            "aligns it with frameworks such as SLSA, and contributes to open-source security "
            "projects or speaks publicly."
        ),
    },
    "api-design": {
        1: (
            "Explains REST resources and HTTP methods, gRPC, OpenAPI specs, versioning, and why "
            "backward compatibility matters to API consumers."
        ),
        2: (
            "Adds endpoints to an existing API following its conventions with guidance, updates "
            "the OpenAPI spec, and configures simple API gateway routes."
        ),
        3: (
            "Designs REST or gRPC APIs with clear resources, errors, pagination and versioning, "
            "writes OpenAPI or protobuf contracts, and publishes them through a gateway with auth "
            "and rate limits."
        ),
        4: (
            "Designs platform APIs used by many teams, plans deprecations and breaking-change "
            "migrations, runs API reviews, and sets gateway policies for auth, quotas and traffic "
            "management."
        ),
        5: (
            "Defines API style guides and governance across the organisation, and contributes to "
            "API specifications or tooling, or speaks publicly on API design."
        ),
    },
    "distributed-systems": {
        1: (
            "Explains why networks fail and calls time out, and what replication, partitioning, "
            "eventual consistency and message queues are."
        ),
        2: (
            "Adds timeouts and retries to service calls, consumes messages from queues, and "
            "follows existing idempotency patterns with guidance."
        ),
        3: (
            "Builds services that tolerate partial failure with timeouts, retries with backoff, "
            "idempotency and circuit breakers, and reasons about consistency and ordering with "
            "queues and replicated stores."
        ),
        4: (
            "Designs multi-service systems with clear boundaries, chooses consistency, consensus "
            "and partitioning strategies, uses sagas or outbox patterns instead of distributed "
            "transactions, and debugs cross-service failures."
        ),
        5: (
            "Sets the organisation's distributed architecture direction, and builds widely used "
            "distributed systems, publishes papers or speaks publicly on them."
        ),
    },
    "linux": {
        1: (
            "Explains Linux processes, users and permissions, filesystems, packages and services, "
            "and uses basic shell commands to navigate a system."
        ),
        2: (
            "Manages services with systemctl, reads logs with journalctl, checks resource use "
            "with top, df and free, and changes permissions and packages with guidance."
        ),
        3: (
            "Administers production Linux hosts independently: writes systemd units, diagnoses "
            "CPU, memory and I/O contention with vmstat, iostat and strace, and manages "
            "filesystems and mounts."
        ),
        4: (
            "Diagnoses kernel-level and performance problems with perf and eBPF tools, tunes "
            "sysctl, cgroups and I/O schedulers, and builds hardened base images and guidance for "
            "other teams."
        ),
        5: (
            "Sets Linux platform standards across the fleet, and contributes to the kernel, "
            "distributions or tools such as bpftrace, or speaks publicly on Linux internals."
        ),
    },
    "networking": {
        1: (
            "Explains the TCP/IP model, DNS resolution, HTTP, TLS, load balancers, subnets and "
            "firewalls, and what happens on the network when a client calls a service."
        ),
        2: (
            "Debugs simple connectivity problems with ping, dig, curl and traceroute, and changes "
            "DNS records, firewall rules or security groups with guidance."
        ),
        3: (
            "Designs VPC subnets, routing and firewall rules, configures load balancers, TLS "
            "certificates and DNS, and diagnoses latency and connection issues with tcpdump or "
            "Wireshark independently."
        ),
        4: (
            "Designs multi-region and hybrid networks, service mesh rollouts with mTLS on Istio "
            "or Linkerd, and CDN and edge delivery, and resolves hard packet-loss, MTU or TLS "
            "problems for other teams."
        ),
        5: (
            "Sets the organisation's network architecture and standards, and contributes to "
            "networking projects or protocol standards work, or speaks publicly on networking."
        ),
    },
    "system-design": {
        1: (
            "Explains common architectural building blocks such as load balancers, caches, "
            "databases, queues and CDNs, and why every design involves trade-offs."
        ),
        2: (
            "Contributes sections to design documents for well-scoped features with guidance, and "
            "explains the architecture of the system they work on."
        ),
        3: (
            "Writes design documents for services or features with explicit trade-offs in "
            "scalability, reliability, security and cost, and reviews peers' designs."
        ),
        4: (
            "Designs systems spanning several teams, leads architecture reviews, makes "
            "build-versus-buy and migration decisions, and produces reference architectures "
            "others follow."
        ),
        5: (
            "Sets the organisation's technical architecture and principles, chairs architecture "
            "review, and is recognised externally for architecture work through talks or "
            "publications."
        ),
    },
}
