"""Site Reliability Engineering track: ladder from Junior SRE to Director of SRE.

Source: seed 002, AiPathly's "Senior Site Reliability Engineer" (US market 2024;
see docs/SOURCES.md).
Format: FORMAT.md, section "roles_*.py". Plain literals only.
The senior role is the full seed; the other four rungs come from the seed's
career-progression section (Junior SRE -> SRE -> Senior SRE -> SRE Manager ->
Director of SRE) and carry smaller requirement sets.
"""

from __future__ import annotations

TRACKS = [
    {
        "slug": "site-reliability-engineering",
        "name": "Site Reliability Engineering",
        "description": (
            "Keeping production systems available, fast and scalable by applying software "
            "engineering to operations: SLOs and error budgets, observability, incident "
            "response, capacity planning and automation that removes toil. The ladder runs "
            "from Junior SRE to Director of Site Reliability Engineering."
        ),
    },
]

ROLES = [
    {
        "slug": "junior-site-reliability-engineer",
        "title": "Junior Site Reliability Engineer",
        "track": "site-reliability-engineering",
        "level": 1,
        "summary": (
            "Entry rung of the SRE career path: learns to operate production systems under "
            "the guidance of experienced SREs. Builds the foundations the seed names for the "
            "whole track (Linux, scripting, cloud platforms and monitoring) while taking "
            "part in on-call and routine automation."
        ),
        "responsibilities": (
            "Join on-call rotations under guidance and help resolve production incidents\n"
            "Watch dashboards and alerts and escalate issues that affect service health\n"
            "Write scripts (Python, Bash) that automate routine operational tasks\n"
            "Make small infrastructure changes with Terraform or Ansible through review\n"
            "Contribute to runbooks and post-mortem documentation"
        ),
        "education": "Bachelor's degree in Computer Science or a related field.",
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
            {"skill": "linux", "level": 2, "importance": "critical", "note": ""},
            {
                "skill": "incident-management",
                "level": 2,
                "importance": "critical",
                "note": "Takes part in on-call and incident response with guidance.",
            },
            {"skill": "observability", "level": 2, "importance": "critical", "note": ""},
            {
                "skill": "shell-scripting",
                "level": 2,
                "importance": "critical",
                "note": "Bash scripts for routine operational tasks.",
            },
            {"skill": "python", "level": 2, "importance": "important", "note": ""},
            {"skill": "toil-reduction", "level": 2, "importance": "important", "note": ""},
            {"skill": "cloud-platforms", "level": 2, "importance": "important", "note": ""},
            {"skill": "kubernetes", "level": 2, "importance": "important", "note": ""},
            {"skill": "infrastructure-as-code", "level": 2, "importance": "important", "note": ""},
            {"skill": "networking", "level": 2, "importance": "important", "note": ""},
            {
                "skill": "service-level-objectives",
                "level": 1,
                "importance": "important",
                "note": "Knows what SLIs, SLOs and error budgets mean for on-call services.",
            },
            {"skill": "problem-solving", "level": 2, "importance": "important", "note": ""},
            {"skill": "communication", "level": 2, "importance": "important", "note": ""},
            {"skill": "continuous-learning", "level": 2, "importance": "important", "note": ""},
        ],
    },
    {
        "slug": "site-reliability-engineer",
        "title": "Site Reliability Engineer",
        "track": "site-reliability-engineering",
        "level": 2,
        "summary": (
            "Second rung of the SRE career path: an independent engineer who keeps "
            "production services reliable. Owns on-call shifts, monitoring and SLOs for "
            "their services and automates operational work with code and infrastructure as "
            "code."
        ),
        "responsibilities": (
            "Participate in on-call rotations and handle incidents end to end\n"
            "Conduct root cause analyses and contribute to post-mortem documentation\n"
            "Define and measure SLOs and SLIs to track service health\n"
            "Implement monitoring, alerting and dashboards for owned services\n"
            "Develop automated solutions in Python or Bash and manage infrastructure with "
            "Terraform or Ansible"
        ),
        "education": "Bachelor's degree in Computer Science or a related field.",
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
                "skill": "incident-management",
                "level": 3,
                "importance": "critical",
                "note": "On-call rotations, root cause analysis and post-mortems.",
            },
            {
                "skill": "service-level-objectives",
                "level": 3,
                "importance": "critical",
                "note": "Defines and measures SLOs/SLIs for owned services.",
            },
            {"skill": "observability", "level": 3, "importance": "critical", "note": ""},
            {"skill": "linux", "level": 3, "importance": "critical", "note": ""},
            {"skill": "toil-reduction", "level": 3, "importance": "critical", "note": ""},
            {"skill": "kubernetes", "level": 3, "importance": "important", "note": ""},
            {"skill": "cloud-platforms", "level": 3, "importance": "important", "note": ""},
            {"skill": "infrastructure-as-code", "level": 3, "importance": "important", "note": ""},
            {"skill": "python", "level": 3, "importance": "important", "note": ""},
            {"skill": "shell-scripting", "level": 3, "importance": "important", "note": ""},
            {"skill": "networking", "level": 3, "importance": "important", "note": ""},
            {"skill": "problem-solving", "level": 3, "importance": "important", "note": ""},
            {"skill": "communication", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "senior-site-reliability-engineer",
        "title": "Senior Site Reliability Engineer",
        "track": "site-reliability-engineering",
        "level": 3,
        "summary": (
            "Senior SREs keep large-scale, mission-critical systems available, fast and "
            "scalable by treating operations as a software problem: they set SLOs, build "
            "monitoring and automation, lead incident response and drive capacity and "
            "architecture improvements. They pair deep hands-on expertise in cloud, "
            "Kubernetes and infrastructure as code with project leadership, mentoring and "
            "clear communication to technical and business stakeholders."
        ),
        "responsibilities": (
            "Ensure high availability, performance and scalability of large-scale systems\n"
            "Define and measure SLOs and SLIs, balancing innovation and reliability through "
            "acceptable failure thresholds\n"
            "Develop comprehensive monitoring, alerting and observability strategies\n"
            "Take part in 24/7 on-call rotations, lead incident response and run root cause "
            "analyses and blameless postmortems\n"
            "Lead capacity and efficiency planning to accommodate growth and optimise "
            "resource usage\n"
            "Automate operational work and infrastructure with scripting and Infrastructure "
            "as Code (Terraform, Ansible) to reduce toil\n"
            "Identify and implement architectural changes that improve reliability, "
            "together with senior engineers\n"
            "Work with security teams so infrastructure follows security best practices and "
            "compliance standards\n"
            "Lead reliability projects, influence product roadmaps and mentor junior "
            "engineers\n"
            "Improve documentation and keep stakeholders and users informed about system "
            "status and outages"
        ),
        "education": "Bachelor's or Master's degree in Computer Science or a related field.",
        "experience_years_min": 5,
        "experience_years_max": None,
        "salary_min": 110000,
        "salary_median": 133981,
        "salary_max": 200000,
        "salary_currency": "USD",
        "salary_year": 2024,
        "salary_source": (
            "US market 2024 (seed write-up): national average $133,981–$140,000 (median = "
            "$133,981, matching the $64.41 hourly median); range ~$110,000 (less "
            "experienced) to over $200,000 (high-paying markets); big-tech pay excluded."
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "incident-management",
                "level": 4,
                "importance": "critical",
                "note": (
                    "Leads incident response in 24/7 on-call rotations, manages critical "
                    "incidents, runs root cause analyses and blameless postmortems."
                ),
            },
            {
                "skill": "service-level-objectives",
                "level": 4,
                "importance": "critical",
                "note": (
                    "Defines and measures SLOs/SLIs with product teams and sets acceptable "
                    "failure thresholds to balance innovation and reliability."
                ),
            },
            {
                "skill": "observability",
                "level": 4,
                "importance": "critical",
                "note": (
                    "Mastery of monitoring and logging tools (Prometheus, Thanos, Grafana); "
                    "expertise in monitoring, alerting and observability with actionable alerts."
                ),
            },
            {
                "skill": "kubernetes",
                "level": 4,
                "importance": "critical",
                "note": (
                    "Proficiency/advanced knowledge of Kubernetes, incl. cluster provisioning "
                    "and service deployments; guides teammates on it."
                ),
            },
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "critical",
                "note": (
                    "Expertise and extensive experience with AWS, Google Cloud or Azure and "
                    "their managed services."
                ),
            },
            {
                "skill": "infrastructure-as-code",
                "level": 4,
                "importance": "critical",
                "note": "Advanced skills / mastery of IaC frameworks (Terraform, Pulumi).",
            },
            {
                "skill": "toil-reduction",
                "level": 4,
                "importance": "critical",
                "note": (
                    "Demonstrated commitment to automating processes and 'toil-killer' "
                    "projects; at least 50% of time on automation and improvement."
                ),
            },
            {
                "skill": "linux",
                "level": 4,
                "importance": "important",
                "note": "Strong command of Linux and troubleshooting; familiarity with eBPF.",
            },
            {
                "skill": "networking",
                "level": 4,
                "importance": "important",
                "note": (
                    "In-depth networking knowledge; debugs production issues across "
                    "application and network layers; familiarity with HTTP/3 and edge computing."
                ),
            },
            {
                "skill": "infrastructure-security",
                "level": 4,
                "importance": "important",
                "note": (
                    "In-depth security knowledge; applies cloud security best practices with "
                    "security teams and embeds security in daily operations."
                ),
            },
            {
                "skill": "compliance",
                "level": 3,
                "importance": "important",
                "note": (
                    "Knowledge of security and reliability standards (e.g. FedRAMP, DoD); "
                    "ensures infrastructure complies with regulations."
                ),
            },
            {
                "skill": "python",
                "level": 4,
                "importance": "important",
                "note": "Proficiency in Python for automation and analysis.",
            },
            {
                "skill": "go",
                "level": 3,
                "importance": "important",
                "note": "Golang is among the languages the page asks proficiency in.",
            },
            {
                "skill": "shell-scripting",
                "level": 3,
                "importance": "important",
                "note": "Bash (and Ruby) scripting for automated solutions.",
            },
            {
                "skill": "java",
                "level": 2,
                "importance": "optional",
                "note": "Listed as an example programming language.",
            },
            {
                "skill": "cpp",
                "level": 2,
                "importance": "optional",
                "note": "Listed as an example programming language.",
            },
            {
                "skill": "ci-cd",
                "level": 3,
                "importance": "important",
                "note": (
                    "Familiarity with CI/CD systems (Spinnaker, Argo CD); experience "
                    "automating CI/CD pipelines and designing deployment pipelines."
                ),
            },
            {
                "skill": "capacity-planning",
                "level": 4,
                "importance": "important",
                "note": (
                    "Leads capacity planning for future growth and implements scalability "
                    "solutions."
                ),
            },
            {
                "skill": "performance-engineering",
                "level": 3,
                "importance": "important",
                "note": (
                    "Analyses system performance across infrastructure components and "
                    "removes bottlenecks."
                ),
            },
            {
                "skill": "system-design",
                "level": 3,
                "importance": "important",
                "note": (
                    "Designs robust architectures with senior engineers and implements "
                    "architectural changes for reliability."
                ),
            },
            {
                "skill": "resilience-disaster-recovery",
                "level": 3,
                "importance": "important",
                "note": "High availability; chaos engineering to test and improve robustness.",
            },
            {
                "skill": "devops-agile-practices",
                "level": 3,
                "importance": "important",
                "note": "Bridges software development and IT operations (DevOps).",
            },
            {
                "skill": "cloud-cost-management",
                "level": 3,
                "importance": "important",
                "note": (
                    "Improves cost-effectiveness and resource usage through efficiency "
                    "planning and smart resource allocation."
                ),
            },
            # Soft
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": (
                    "Strong written and verbal communication; explains complex technical "
                    "issues to technical and non-technical stakeholders."
                ),
            },
            {
                "skill": "problem-solving",
                "level": 4,
                "importance": "important",
                "note": (
                    "Strong troubleshooting and problem-solving; quick root-cause "
                    "identification and critical thinking under pressure."
                ),
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 4,
                "importance": "important",
                "note": (
                    "Collaborates across development, operations, product and security teams "
                    "and helps break down silos."
                ),
            },
            {
                "skill": "technical-leadership",
                "level": 3,
                "importance": "important",
                "note": (
                    "Leads significant reliability projects and initiatives; expertise in "
                    "several areas, deep in at least one."
                ),
            },
            {
                "skill": "mentoring-coaching",
                "level": 3,
                "importance": "important",
                "note": "Mentors junior engineers and contributes to knowledge sharing.",
            },
            {
                "skill": "stakeholder-management",
                "level": 3,
                "importance": "important",
                "note": "Aligns stakeholders on site reliability goals.",
            },
            {
                "skill": "influence-without-authority",
                "level": 3,
                "importance": "important",
                "note": "Influences product roadmaps and organisational decisions.",
            },
            {
                "skill": "strategic-planning",
                "level": 3,
                "importance": "important",
                "note": (
                    "Participates in strategic planning for technology selection, "
                    "infrastructure scaling and deployment pipeline design."
                ),
            },
            {
                "skill": "systems-thinking",
                "level": 3,
                "importance": "important",
                "note": (
                    "Holistic understanding of complex systems and their dependencies, from "
                    "hardware to application layers."
                ),
            },
            {
                "skill": "adaptability",
                "level": 3,
                "importance": "important",
                "note": "Adapts to a rapidly changing technology landscape.",
            },
            {
                "skill": "prioritization-time-management",
                "level": 3,
                "importance": "important",
                "note": "Balances multiple tasks and priorities.",
            },
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "important",
                "note": (
                    "Ongoing learning via certifications, conferences, workshops and "
                    "open-source contributions."
                ),
            },
            {
                "skill": "ownership",
                "level": 3,
                "importance": "important",
                "note": "Proactively finds and drives availability and performance gains.",
            },
            {
                "skill": "documentation-enablement",
                "level": 3,
                "importance": "important",
                "note": "Improves documentation and post-mortem write-ups; shares knowledge.",
            },
            {
                "skill": "customer-focus",
                "level": 3,
                "importance": "important",
                "note": (
                    "Understands customer needs via customer-facing teams; keeps users "
                    "informed about system status and outages."
                ),
            },
            {
                "skill": "emotional-intelligence",
                "level": 3,
                "importance": "optional",
                "note": "Excellent interpersonal skills; helps prevent on-call burnout.",
            },
            {
                "skill": "change-management",
                "level": 3,
                "importance": "optional",
                "note": "Fosters the cultural shift to SRE adoption; drives positive change.",
            },
            {
                "skill": "business-acumen",
                "level": 3,
                "importance": "optional",
                "note": "Delivers business value; reliability work tied to cost and revenue.",
            },
        ],
    },
    {
        "slug": "site-reliability-engineering-manager",
        "title": "Site Reliability Engineering Manager",
        "track": "site-reliability-engineering",
        "level": 4,
        "summary": (
            "Fourth rung of the SRE career path: leads an SRE team and takes on the more "
            "strategic responsibilities the seed describes, namely decision-making, team "
            "leadership and organisational planning. Keeps the team's on-call load "
            "sustainable and its incident, SLO and automation practices mature."
        ),
        "responsibilities": (
            "Lead and develop the SRE team, making decisions and planning its work\n"
            "Manage on-call responsibilities and ensure adequate team sizing to prevent "
            "burnout\n"
            "Establish mature incident handling with clear response processes and blameless "
            "postmortems\n"
            "Limit operational load so at least half of the team's time goes to automation "
            "and system improvement\n"
            "Foster a cultural shift toward SRE adoption and break down organisational silos"
        ),
        "education": "Bachelor's or Master's degree in Computer Science or a related field.",
        "experience_years_min": 8,
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
                "skill": "incident-management",
                "level": 4,
                "importance": "critical",
                "note": "Owns the team's incident process, on-call health and postmortem culture.",
            },
            {
                "skill": "service-level-objectives",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {"skill": "observability", "level": 4, "importance": "important", "note": ""},
            {"skill": "capacity-planning", "level": 4, "importance": "important", "note": ""},
            {
                "skill": "toil-reduction",
                "level": 4,
                "importance": "important",
                "note": "Keeps operational load low enough for at least 50% automation work.",
            },
            {"skill": "cloud-platforms", "level": 4, "importance": "important", "note": ""},
            {"skill": "system-design", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "people-management",
                "level": 3,
                "importance": "critical",
                "note": "Team leadership; prevents burnout on the on-call rotation.",
            },
            {
                "skill": "hiring-team-building",
                "level": 3,
                "importance": "important",
                "note": "Ensures adequate team sizing.",
            },
            {"skill": "technical-leadership", "level": 4, "importance": "critical", "note": ""},
            {"skill": "communication", "level": 4, "importance": "important", "note": ""},
            {"skill": "stakeholder-management", "level": 4, "importance": "important", "note": ""},
            {"skill": "strategic-planning", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "change-management",
                "level": 3,
                "importance": "important",
                "note": "Drives SRE adoption and breaks down silos.",
            },
        ],
    },
    {
        "slug": "director-of-site-reliability-engineering",
        "title": "Director of Site Reliability Engineering",
        "track": "site-reliability-engineering",
        "level": 5,
        "summary": (
            "Top rung of the SRE career path: sets reliability strategy and organisational "
            "planning for site reliability across the organisation. Leads SRE managers, "
            "secures top-down support for SRE adoption and ties reliability investment to "
            "business value."
        ),
        "responsibilities": (
            "Set the strategic vision for reliability and anticipate challenges before they "
            "become outages\n"
            "Lead organisational planning, technology selection and infrastructure scaling "
            "decisions\n"
            "Provide top-down support for SRE adoption across the organisation\n"
            "Build and lead SRE teams and their managers, sized to avoid on-call burnout\n"
            "Deliver business value through smart resource allocation and budget ownership"
        ),
        "education": "Bachelor's or Master's degree in Computer Science or a related field.",
        "experience_years_min": 12,
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
                "skill": "service-level-objectives",
                "level": 4,
                "importance": "critical",
                "note": "Sets organisation-wide reliability targets and error-budget policy.",
            },
            {"skill": "incident-management", "level": 4, "importance": "important", "note": ""},
            {"skill": "observability", "level": 3, "importance": "important", "note": ""},
            {"skill": "capacity-planning", "level": 3, "importance": "important", "note": ""},
            {"skill": "cloud-cost-management", "level": 3, "importance": "important", "note": ""},
            {"skill": "system-design", "level": 3, "importance": "important", "note": ""},
            {
                "skill": "strategic-planning",
                "level": 4,
                "importance": "critical",
                "note": "Strategic vision and organisational planning for reliability.",
            },
            {"skill": "people-management", "level": 4, "importance": "critical", "note": ""},
            {"skill": "hiring-team-building", "level": 4, "importance": "important", "note": ""},
            {
                "skill": "budgeting-financial-management",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {"skill": "stakeholder-management", "level": 4, "importance": "critical", "note": ""},
            {
                "skill": "change-management",
                "level": 4,
                "importance": "important",
                "note": "Top-down support for the cultural shift to SRE.",
            },
            {"skill": "business-acumen", "level": 4, "importance": "important", "note": ""},
            {"skill": "communication", "level": 4, "importance": "important", "note": ""},
        ],
    },
]

TRANSITIONS = [
    {
        "from": "junior-site-reliability-engineer",
        "to": "site-reliability-engineer",
        "kind": "promotion",
    },
    {
        "from": "site-reliability-engineer",
        "to": "senior-site-reliability-engineer",
        "kind": "promotion",
    },
    {
        "from": "senior-site-reliability-engineer",
        "to": "site-reliability-engineering-manager",
        "kind": "promotion",
    },
    {
        "from": "site-reliability-engineering-manager",
        "to": "director-of-site-reliability-engineering",
        "kind": "promotion",
    },
]
