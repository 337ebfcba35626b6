"""Platform Engineering track: its five-rung ladder, requirements and promotions.

Format: FORMAT.md, section "roles_*.py"; slugs: PLAN.md. Seed roles come from
seed 000, AiPathly's "Senior Platform Engineer", and seed 001, AiPathly's
"Platform Engineering Director" (sources: docs/SOURCES.md); the other rungs
follow the "Career Progression" section of seed 000.
"""

from __future__ import annotations

TRACKS = [
    {
        "slug": "platform-engineering",
        "name": "Platform Engineering",
        "description": (
            "Building and running the internal platforms (cloud infrastructure, CI/CD, "
            "infrastructure as code and self-service tooling) that let software teams ship "
            "quickly, securely and reliably. The ladder runs from Junior Platform Engineer "
            "to Platform Engineering Director."
        ),
    },
]

ROLES = [
    # --- 1. Junior (ladder rung from seed 000 "Career Progression") -----------------
    {
        "slug": "junior-platform-engineer",
        "title": "Junior Platform Engineer",
        "track": "platform-engineering",
        "level": 1,
        "summary": (
            "Junior Platform Engineers support and maintain the organisation's existing "
            "platforms while they gain experience and learn the core skills of the job. "
            "They take on routine cloud, container, CI/CD, scripting and monitoring tasks "
            "with guidance from more senior engineers."
        ),
        "responsibilities": (
            "Support and maintain existing platforms and infrastructure under guidance\n"
            "Make routine changes to CI/CD pipelines, container images and cloud resources\n"
            "Write scripts (Bash, Python, PowerShell) to automate simple operational tasks\n"
            "Watch dashboards and alerts and help troubleshoot system issues\n"
            "Learn the team's tools, DevOps practices and platform conventions"
        ),
        "education": (
            "Bachelor's degree in Computer Science or a related field, or equivalent "
            "practical experience."
        ),
        "experience_years_min": 0,
        "experience_years_max": 2,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            {
                "skill": "cloud-platforms",
                "level": 2,
                "importance": "critical",
                "note": "AWS, GCP or Azure basics",
            },
            {
                "skill": "shell-scripting",
                "level": 2,
                "importance": "critical",
                "note": "Bash, PowerShell",
            },
            {"skill": "python", "level": 2, "importance": "important", "note": ""},
            {"skill": "containerization", "level": 2, "importance": "important", "note": "Docker"},
            {"skill": "kubernetes", "level": 2, "importance": "important", "note": ""},
            {"skill": "ci-cd", "level": 2, "importance": "important", "note": ""},
            {
                "skill": "infrastructure-as-code",
                "level": 2,
                "importance": "important",
                "note": "Terraform basics",
            },
            {
                "skill": "observability",
                "level": 2,
                "importance": "important",
                "note": "Reading dashboards, logs and alerts",
            },
            {"skill": "devops-agile-practices", "level": 2, "importance": "important", "note": ""},
            {"skill": "problem-solving", "level": 2, "importance": "critical", "note": ""},
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "critical",
                "note": "The rung is about learning core skills",
            },
            {"skill": "communication", "level": 2, "importance": "important", "note": ""},
            {
                "skill": "cross-functional-collaboration",
                "level": 2,
                "importance": "important",
                "note": "",
            },
        ],
    },
    # --- 2. Platform Engineer (ladder rung from seed 000) -----------------------------
    {
        "slug": "platform-engineer",
        "title": "Platform Engineer",
        "track": "platform-engineering",
        "level": 2,
        "summary": (
            "Platform Engineers design, implement and maintain the digital platforms that "
            "development teams build on, keeping them performant and reliable. They work "
            "independently across cloud, containers, CI/CD and infrastructure as code."
        ),
        "responsibilities": (
            "Design, implement and maintain platform components on cloud infrastructure\n"
            "Build and maintain CI/CD pipelines and infrastructure-as-code modules\n"
            "Deploy and operate containerised workloads on Kubernetes\n"
            "Monitor performance and reliability and resolve system issues quickly\n"
            "Automate repetitive operational tasks with scripts and automation tools\n"
            "Collaborate with development teams to improve the software development lifecycle"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Software Engineering or a related "
            "field, or equivalent practical experience."
        ),
        "experience_years_min": 2,
        "experience_years_max": 5,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            {
                "skill": "cloud-platforms",
                "level": 3,
                "importance": "critical",
                "note": "AWS, GCP or Azure",
            },
            {"skill": "kubernetes", "level": 3, "importance": "critical", "note": ""},
            {"skill": "ci-cd", "level": 3, "importance": "critical", "note": ""},
            {
                "skill": "infrastructure-as-code",
                "level": 3,
                "importance": "critical",
                "note": "Terraform or similar",
            },
            {"skill": "containerization", "level": 3, "importance": "important", "note": "Docker"},
            {
                "skill": "shell-scripting",
                "level": 3,
                "importance": "important",
                "note": "Bash, PowerShell",
            },
            {"skill": "python", "level": 3, "importance": "important", "note": ""},
            {"skill": "observability", "level": 3, "importance": "important", "note": ""},
            {"skill": "devops-agile-practices", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "system-design",
                "level": 2,
                "importance": "important",
                "note": "Designs platform components within an existing architecture",
            },
            {"skill": "problem-solving", "level": 3, "importance": "critical", "note": ""},
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {"skill": "communication", "level": 3, "importance": "important", "note": ""},
            {"skill": "continuous-learning", "level": 3, "importance": "important", "note": ""},
        ],
    },
    # --- 3. Senior Platform Engineer (SEED 000) ---------------------------------------
    {
        "slug": "senior-platform-engineer",
        "title": "Senior Platform Engineer",
        "track": "platform-engineering",
        "level": 3,
        "summary": (
            "Senior Platform Engineers design, build and run the infrastructure, CI/CD "
            "pipelines and tooling that software teams rely on to deliver reliably. The role "
            "joins deep cloud, container and automation expertise with technical leadership: "
            "steering platform architecture, leading projects and mentoring junior engineers "
            "while working closely with development, QA and architecture teams."
        ),
        "responsibilities": (
            "Design, build and maintain scalable, reliable infrastructure, including "
            "networking and storage\n"
            "Implement and run CI/CD pipelines that automate build, test and deployment\n"
            "Provision and manage infrastructure as code and advocate modern tooling\n"
            "Monitor performance, security and reliability through logs, metrics and alerts, "
            "and resolve issues quickly\n"
            "Apply security best practices, patch vulnerabilities and ensure compliance with "
            "industry standards\n"
            "Performance-test and tune systems for higher load and scalability\n"
            "Develop disaster recovery processes and keep the platform highly available\n"
            "Guide platform engineers, mentor juniors and make key platform architecture "
            "decisions\n"
            "Plan projects (goals, timelines, resources, risks) in line with business goals\n"
            "Work with developers, QA and architecture teams and explain technical concepts "
            "to technical and non-technical stakeholders"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Computer Engineering, Software "
            "Engineering or a related field; some employers prefer a Master's."
        ),
        "experience_years_min": 5,
        "experience_years_max": None,
        "salary_min": 133000,
        "salary_median": 137000,
        "salary_max": 241000,
        "salary_currency": "USD",
        "salary_year": 2024,
        "salary_source": (
            "US market 2024 (seed write-up): median $137,000, range $133,000–$241,000; "
            "average total compensation $140,000"
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "critical",
                "note": "Expertise in AWS, GCP or Azure; cloud certifications a plus",
            },
            {
                "skill": "kubernetes",
                "level": 4,
                "importance": "critical",
                "note": "CKA/CKAD certification beneficial",
            },
            {
                "skill": "ci-cd",
                "level": 4,
                "importance": "critical",
                "note": "Jenkins, GitHub Actions, GitLab CI, Azure DevOps",
            },
            {
                "skill": "infrastructure-as-code",
                "level": 4,
                "importance": "critical",
                "note": "Terraform, CloudFormation; advocates IaC",
            },
            {
                "skill": "system-design",
                "level": 4,
                "importance": "critical",
                "note": "Key platform architecture decisions; modular, resilient design; "
                "build vs buy",
            },
            {
                "skill": "containerization",
                "level": 4,
                "importance": "important",
                "note": "Docker; Docker Certified Associate a plus",
            },
            {
                "skill": "devops-agile-practices",
                "level": 4,
                "importance": "important",
                "note": "Strong DevOps practice, Agile methodologies, DORA metrics",
            },
            {
                "skill": "observability",
                "level": 4,
                "importance": "important",
                "note": "Prometheus, Grafana, ELK; logs, metrics and alerts",
            },
            {
                "skill": "configuration-management",
                "level": 3,
                "importance": "important",
                "note": "Ansible",
            },
            {
                "skill": "python",
                "level": 3,
                "importance": "important",
                "note": "Named for both programming and scripting",
            },
            {
                "skill": "shell-scripting",
                "level": 3,
                "importance": "important",
                "note": "Bash, PowerShell",
            },
            {
                "skill": "databases-sql",
                "level": 3,
                "importance": "important",
                "note": "SQL and NoSQL; database optimisation and management",
            },
            {
                "skill": "networking",
                "level": 3,
                "importance": "important",
                "note": "Configure networking and storage resources",
            },
            {
                "skill": "infrastructure-security",
                "level": 3,
                "importance": "important",
                "note": "Security policies, encryption, access control",
            },
            {
                "skill": "compliance",
                "level": 3,
                "importance": "important",
                "note": "Compliance with industry standards; platform-wide checks",
            },
            {
                "skill": "supply-chain-security",
                "level": 3,
                "importance": "important",
                "note": "Manage security patches and vulnerabilities",
            },
            {
                "skill": "resilience-disaster-recovery",
                "level": 3,
                "importance": "important",
                "note": "Disaster recovery processes; high availability",
            },
            {
                "skill": "performance-engineering",
                "level": 3,
                "importance": "important",
                "note": "Performance testing and tuning for load and scalability",
            },
            {
                "skill": "internal-developer-platforms",
                "level": 3,
                "importance": "important",
                "note": "Self-service automation, service catalogs, DevEx",
            },
            {
                "skill": "toil-reduction",
                "level": 3,
                "importance": "important",
                "note": "UiPath, Power Automate; process automation",
            },
            {
                "skill": "software-engineering-practices",
                "level": 3,
                "importance": "important",
                "note": "Well-tested code; test-driven development",
            },
            {
                "skill": "incident-management",
                "level": 3,
                "importance": "important",
                "note": "On-call duties; resolve issues fast",
            },
            {
                "skill": "version-control",
                "level": 3,
                "importance": "important",
                "note": "GitHub",
            },
            {
                "skill": "java",
                "level": 2,
                "importance": "optional",
                "note": "One of Python, Java, Go or C++",
            },
            {
                "skill": "go",
                "level": 2,
                "importance": "optional",
                "note": "One of Python, Java, Go or C++",
            },
            {
                "skill": "cpp",
                "level": 2,
                "importance": "optional",
                "note": "One of Python, Java, Go or C++",
            },
            {
                "skill": "it-service-management",
                "level": 2,
                "importance": "optional",
                "note": "ITSM best practices",
            },
            {
                "skill": "distributed-data-processing",
                "level": 2,
                "importance": "optional",
                "note": "Hadoop, Spark (beneficial)",
            },
            {
                "skill": "event-streaming",
                "level": 2,
                "importance": "optional",
                "note": "Kafka (beneficial)",
            },
            {
                "skill": "cloud-cost-management",
                "level": 2,
                "importance": "optional",
                "note": "Spot cost-reduction opportunities",
            },
            # Soft
            {
                "skill": "technical-leadership",
                "level": 3,
                "importance": "critical",
                "note": "Technical direction, lead projects, influence decisions",
            },
            {
                "skill": "problem-solving",
                "level": 4,
                "importance": "critical",
                "note": "Diagnose complex issues; strong troubleshooting",
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": "Explain complex concepts to diverse audiences; presentation skills",
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 4,
                "importance": "important",
                "note": "Proven record of collaborating across organisations",
            },
            {
                "skill": "mentoring-coaching",
                "level": 3,
                "importance": "important",
                "note": "Mentor and train junior engineers",
            },
            {
                "skill": "project-management",
                "level": 3,
                "importance": "important",
                "note": "Goals, timelines, resources; several projects at once",
            },
            {
                "skill": "prioritization-time-management",
                "level": 3,
                "importance": "important",
                "note": "Set priorities, meet deadlines",
            },
            {
                "skill": "influence-without-authority",
                "level": 3,
                "importance": "important",
                "note": "2+ years influencing teams",
            },
            {
                "skill": "change-management",
                "level": 3,
                "importance": "important",
                "note": "Driving change; cultural transformation for platform adoption",
            },
            {
                "skill": "strategic-planning",
                "level": 3,
                "importance": "important",
                "note": "Influence tech strategy; SMART goals aligned with business goals",
            },
            {
                "skill": "platform-product-mindset",
                "level": 3,
                "importance": "important",
                "note": "Platform as a product with roadmaps and feedback",
            },
            {
                "skill": "customer-focus",
                "level": 3,
                "importance": "important",
                "note": "Treat internal developers as customers",
            },
            {
                "skill": "risk-management",
                "level": 3,
                "importance": "important",
                "note": "Identify and mitigate project risks and security threats",
            },
            {
                "skill": "documentation-enablement",
                "level": 3,
                "importance": "important",
                "note": "Comprehensive system documentation; provide training",
            },
            {"skill": "adaptability", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "important",
                "note": "Keep up with evolving tech and trends",
            },
            {
                "skill": "ownership",
                "level": 3,
                "importance": "important",
                "note": "Self-motivation; minimal oversight",
            },
            {
                "skill": "emotional-intelligence",
                "level": 3,
                "importance": "important",
                "note": "Stress, team dynamics, conflict resolution",
            },
            {
                "skill": "attention-to-detail",
                "level": 3,
                "importance": "important",
                "note": "Code integrity",
            },
            {
                "skill": "stakeholder-management",
                "level": 3,
                "importance": "optional",
                "note": "Secure executive and stakeholder buy-in",
            },
            {
                "skill": "hiring-team-building",
                "level": 2,
                "importance": "optional",
                "note": "Help assemble diverse teams with complementary skills",
            },
        ],
    },
    # --- 4. Team Lead (ladder rung from seed 000; also seed 001 "Mid-Level") ----------
    {
        "slug": "platform-engineering-team-lead",
        "title": "Platform Engineering Team Lead",
        "track": "platform-engineering",
        "level": 4,
        "summary": (
            "A Platform Engineering Team Lead runs a platform team, aligns platform "
            "strategy with company objectives and helps shape the organisation's wider "
            "digital strategy. The role keeps a strong footing in platform architecture and "
            "adds people management, hiring and mentoring."
        ),
        "responsibilities": (
            "Lead and manage a team of platform engineers\n"
            "Align the platform strategy and roadmap with company objectives\n"
            "Contribute to the organisation's overall digital strategy\n"
            "Own key platform architecture decisions and engineering standards\n"
            "Hire, mentor and grow engineers on the team\n"
            "Coordinate priorities and platform adoption with stakeholders and dependent teams"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Software Engineering or a related "
            "field; Master's sometimes preferred."
        ),
        "experience_years_min": 7,
        "experience_years_max": None,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            {
                "skill": "system-design",
                "level": 4,
                "importance": "critical",
                "note": "Platform architecture decisions",
            },
            {"skill": "cloud-platforms", "level": 4, "importance": "important", "note": ""},
            {"skill": "kubernetes", "level": 4, "importance": "important", "note": ""},
            {"skill": "ci-cd", "level": 4, "importance": "important", "note": ""},
            {"skill": "infrastructure-as-code", "level": 4, "importance": "important", "note": ""},
            {"skill": "devops-agile-practices", "level": 4, "importance": "important", "note": ""},
            {
                "skill": "internal-developer-platforms",
                "level": 4,
                "importance": "important",
                "note": "Self-service platform and developer experience",
            },
            {"skill": "technical-leadership", "level": 4, "importance": "critical", "note": ""},
            {
                "skill": "people-management",
                "level": 3,
                "importance": "critical",
                "note": "First-line manager of the platform team",
            },
            {
                "skill": "strategic-planning",
                "level": 4,
                "importance": "critical",
                "note": "Align platform strategy with company objectives",
            },
            {"skill": "hiring-team-building", "level": 3, "importance": "important", "note": ""},
            {"skill": "mentoring-coaching", "level": 4, "importance": "important", "note": ""},
            {"skill": "communication", "level": 4, "importance": "important", "note": ""},
            {"skill": "stakeholder-management", "level": 3, "importance": "important", "note": ""},
        ],
    },
    # --- 5. Director (SEED 001) -------------------------------------------------------
    {
        "slug": "platform-engineering-director",
        "title": "Platform Engineering Director",
        "track": "platform-engineering",
        "level": 5,
        "summary": (
            "A Platform Engineering Director owns the technical strategy, development and "
            "upkeep of the organisation's platform infrastructure and leads the engineering "
            "teams that build it. The role pairs backend, cloud and DevOps expertise with "
            "people leadership, turning business goals into platform roadmaps and improving "
            "developer experience through secure, scalable, self-service platform services."
        ),
        "responsibilities": (
            "Set technology strategy and platform engineering roadmaps aligned with business "
            "objectives\n"
            "Lead, mentor and grow engineering teams and foster a culture of innovation and "
            "excellence\n"
            "Run performance evaluations, career development and succession planning\n"
            "Oversee the design of secure, scalable and resilient platform infrastructure\n"
            "Drive CI/CD, infrastructure as code and automation to give developers "
            "self-service capabilities\n"
            "Improve developer experience by removing bottlenecks and enabling faster "
            "deployment\n"
            "Ensure security controls and compliance with industry standards and regulations\n"
            "Manage strategic technology partnerships and vendor relationships\n"
            "Secure executive buy-in with measurable outcomes such as DORA metrics\n"
            "Track emerging technologies and assess their impact on the platform"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Information Technology or a related "
            "field; Master's often preferred. Real-world experience and leadership can "
            "outweigh the degree."
        ),
        "experience_years_min": 8,
        "experience_years_max": None,
        "salary_min": 184594,
        "salary_median": 203410,
        "salary_max": 222992,
        "salary_currency": "USD",
        "salary_year": 2024,
        "salary_source": (
            "US market 2024 (seed write-up), Director of Engineering, Platform: average "
            "$203,410 (used as median), typical range $184,594–$222,992; Director of "
            "Engineering overall $166,993–$240,493"
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "critical",
                "note": "AWS, GCP; cloud infrastructure expertise",
            },
            {
                "skill": "internal-developer-platforms",
                "level": 4,
                "importance": "critical",
                "note": "DevEx, self-service, golden paths, developer portals",
            },
            {
                "skill": "devops-agile-practices",
                "level": 4,
                "importance": "important",
                "note": "DevOps expertise and culture; DORA metrics",
            },
            {
                "skill": "backend-development",
                "level": 4,
                "importance": "important",
                "note": "Deep backend knowledge; scale backend infrastructure",
            },
            {
                "skill": "system-design",
                "level": 4,
                "importance": "important",
                "note": "SaaS architectures; enterprise architecture frameworks; trade-offs",
            },
            {"skill": "kubernetes", "level": 3, "importance": "important", "note": ""},
            {"skill": "containerization", "level": 3, "importance": "important", "note": "Docker"},
            {"skill": "ci-cd", "level": 3, "importance": "important", "note": "CI/CD tools"},
            {
                "skill": "infrastructure-as-code",
                "level": 3,
                "importance": "important",
                "note": "Automated workflows and IaC for on-demand provisioning",
            },
            {
                "skill": "python",
                "level": 3,
                "importance": "important",
                "note": "Python, Node.js, TypeScript named",
            },
            {
                "skill": "javascript-typescript",
                "level": 3,
                "importance": "important",
                "note": "Node.js, TypeScript",
            },
            {
                "skill": "infrastructure-security",
                "level": 3,
                "importance": "important",
                "note": "Security controls, encryption, access management",
            },
            {
                "skill": "compliance",
                "level": 3,
                "importance": "important",
                "note": "Regulatory requirements and industry standards",
            },
            {
                "skill": "toil-reduction",
                "level": 3,
                "importance": "important",
                "note": "Automate repetitive and manual tasks",
            },
            {
                "skill": "observability",
                "level": 3,
                "importance": "important",
                "note": "Robust monitoring and alerting",
            },
            {
                "skill": "incident-management",
                "level": 3,
                "importance": "important",
                "note": "Incident response processes",
            },
            {
                "skill": "resilience-disaster-recovery",
                "level": 3,
                "importance": "important",
                "note": "Resilience, disaster recovery",
            },
            {
                "skill": "performance-engineering",
                "level": 3,
                "importance": "important",
                "note": "Optimise the platform for efficiency and responsiveness",
            },
            {
                "skill": "cloud-cost-management",
                "level": 3,
                "importance": "important",
                "note": "Balance performance, cost and efficiency",
            },
            {
                "skill": "service-level-objectives",
                "level": 2,
                "importance": "important",
                "note": "Familiarity with SRE practices",
            },
            {
                "skill": "data-engineering",
                "level": 2,
                "importance": "important",
                "note": "Understanding of data engineering; scale data infrastructure",
            },
            {
                "skill": "api-design",
                "level": 2,
                "importance": "important",
                "note": "Understanding of API platform management",
            },
            {
                "skill": "capacity-planning",
                "level": 3,
                "importance": "optional",
                "note": "Handle growing traffic; resource allocation",
            },
            {
                "skill": "distributed-systems",
                "level": 3,
                "importance": "optional",
                "note": "Distributed systems and microservices",
            },
            {
                "skill": "software-engineering-practices",
                "level": 3,
                "importance": "optional",
                "note": "Test data management; commitment to quality",
            },
            {
                "skill": "supply-chain-security",
                "level": 2,
                "importance": "optional",
                "note": "Automated security scanning in CI/CD",
            },
            # Soft
            {
                "skill": "strategic-planning",
                "level": 5,
                "importance": "critical",
                "note": "Technology strategy and platform roadmaps aligned with business",
            },
            {
                "skill": "technical-leadership",
                "level": 5,
                "importance": "critical",
                "note": "Sets platform direction; culture of excellence and innovation",
            },
            {
                "skill": "people-management",
                "level": 5,
                "importance": "critical",
                "note": "5+ years managing; performance reviews, careers, succession",
            },
            {
                "skill": "hiring-team-building",
                "level": 4,
                "importance": "critical",
                "note": "Build and scale high-performing, diverse teams",
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "critical",
                "note": "Excellent verbal and written; translate tech for non-technical",
            },
            {
                "skill": "mentoring-coaching",
                "level": 4,
                "importance": "important",
                "note": "Strong mentoring and coaching",
            },
            {
                "skill": "stakeholder-management",
                "level": 4,
                "importance": "important",
                "note": "Executive buy-in; all leadership levels",
            },
            {
                "skill": "business-acumen",
                "level": 4,
                "importance": "important",
                "note": "Contribute to company strategy at business scale",
            },
            {
                "skill": "platform-product-mindset",
                "level": 4,
                "importance": "important",
                "note": "Platform as an evolving product; act on feedback",
            },
            {
                "skill": "change-management",
                "level": 4,
                "importance": "important",
                "note": "Turn IT/ops organisations into platform teams; manage transitions",
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 4,
                "importance": "important",
                "note": "Dev/ops collaboration; Jira, Confluence, Slack",
            },
            {
                "skill": "problem-solving",
                "level": 4,
                "importance": "important",
                "note": "Analytical, creative solutions to complex problems",
            },
            {
                "skill": "emotional-intelligence",
                "level": 4,
                "importance": "important",
                "note": "Empathy, team dynamics, conflict resolution",
            },
            {
                "skill": "vendor-management",
                "level": 3,
                "importance": "important",
                "note": "Strategic tech partnerships; vendor relations",
            },
            {
                "skill": "risk-management",
                "level": 3,
                "importance": "important",
                "note": "FMEA, scenario analysis",
            },
            {
                "skill": "documentation-enablement",
                "level": 3,
                "importance": "important",
                "note": "Documentation, platform evangelism, training",
            },
            {
                "skill": "customer-focus",
                "level": 3,
                "importance": "important",
                "note": "Customer-centric mindset; empathy for developers",
            },
            {
                "skill": "prioritization-time-management",
                "level": 3,
                "importance": "important",
                "note": "Multiple tasks and priorities; deadlines",
            },
            {"skill": "adaptability", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "important",
                "note": "Industry trends, emerging tech incl. AI",
            },
            {
                "skill": "attention-to-detail",
                "level": 3,
                "importance": "important",
                "note": "Commitment to quality",
            },
            {
                "skill": "project-management",
                "level": 3,
                "importance": "optional",
                "note": "Smooth project execution; resource allocation",
            },
            {
                "skill": "systems-thinking",
                "level": 3,
                "importance": "optional",
                "note": "End-to-end value chain; avoid siloed efforts",
            },
        ],
    },
]

TRANSITIONS = [
    {"from": "junior-platform-engineer", "to": "platform-engineer", "kind": "promotion"},
    {"from": "platform-engineer", "to": "senior-platform-engineer", "kind": "promotion"},
    {
        "from": "senior-platform-engineer",
        "to": "platform-engineering-team-lead",
        "kind": "promotion",
    },
    {
        "from": "platform-engineering-team-lead",
        "to": "platform-engineering-director",
        "kind": "promotion",
    },
]
