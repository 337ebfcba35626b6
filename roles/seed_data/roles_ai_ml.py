"""Tracks, roles and transitions of the AI/ML platform and software & data engineering tracks.

Format: FORMAT.md, section "roles_*.py"; role list: PLAN.md. Sources (docs/SOURCES.md):
seed 003, the DevOpsSchool blog post "AI Platform Engineer: Role Blueprint, Responsibilities,
Skills, KPIs, and Career Path" (requirement importance follows its section 8
Critical/Important/Optional grades), and seed 004, AiPathly's "Machine Learning Platform
Engineer" (US 2024 salary figures). Ladder and feeder roles are derived from the seeds'
career-path sections. Plain literals only.
"""

from __future__ import annotations

TRACKS = [
    {
        "slug": "ml-platform-engineering",
        "name": "ML Platform Engineering",
        "description": (
            "Engineers who build and run the infrastructure, data pipelines and tooling that take "
            "machine learning models from experimentation into production. The ladder runs from "
            "junior ML platform engineer to lead machine learning engineer."
        ),
    },
    {
        "slug": "ai-platform-engineering",
        "name": "AI Platform Engineering",
        "description": (
            "Engineers who build the internal AI platform: paved roads for training, serving, "
            "observability, governance and cost control of ML and GenAI workloads. Paths lead to "
            "staff, tech lead, architect and engineering manager roles."
        ),
    },
    {
        "slug": "software-data-engineering",
        "name": "Software & Data Engineering",
        "description": (
            "Backend, infrastructure and data engineering roles that build the services and data "
            "pipelines AI platforms depend on. Common feeder roles into AI platform engineering."
        ),
    },
]

ROLES = [
    {
        "slug": "junior-machine-learning-platform-engineer",
        "title": "Junior Machine Learning Platform Engineer",
        "track": "ml-platform-engineering",
        "level": 1,
        "summary": (
            "Entry-level engineer who helps build and operate the pipelines and infrastructure "
            "that take machine learning models to production, under the guidance of more senior "
            "engineers. Typically comes from software engineering, data science or research "
            "assistant work and is gaining exposure to ML methods and MLOps best practices."
        ),
        "responsibilities": (
            "Implement well-scoped components of data ingestion, training and serving pipelines\n"
            "Write tested, maintainable Python for ML tooling and automation\n"
            "Help package and deploy models to production with existing CI/CD and containers\n"
            "Run data sanity and quality checks and basic statistical analysis\n"
            "Learn the team's MLOps practices and document what you build"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Software Engineering, Data Science, "
            "Mathematics or a related field."
        ),
        "experience_years_min": 0,
        "experience_years_max": 2,
        "salary_min": 96000,
        "salary_median": None,
        "salary_max": 152601,
        "salary_currency": "USD",
        "salary_year": 2024,
        "salary_source": (
            "Seed write-up on ML Platform Engineers, US 2024: entry-level base range "
            "$96,000–$152,601 per year; no median given."
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "python",
                "level": 2,
                "importance": "critical",
                "note": "Python strongly emphasised for its ML libraries",
            },
            {
                "skill": "ml-model-development",
                "level": 2,
                "importance": "critical",
                "note": "TensorFlow, PyTorch, scikit-learn; exposure to ML methods",
            },
            {
                "skill": "software-engineering-practices",
                "level": 2,
                "importance": "important",
                "note": "Software engineering best practices, testing",
            },
            {
                "skill": "mathematics-statistics",
                "level": 2,
                "importance": "important",
                "note": "Linear algebra, calculus, probability, statistics",
            },
            {
                "skill": "data-structures-algorithms",
                "level": 2,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "databases-sql",
                "level": 2,
                "importance": "important",
                "note": "SQL",
            },
            {
                "skill": "data-engineering",
                "level": 2,
                "importance": "important",
                "note": "Data ingestion, preparation and data-quality checks",
            },
            {
                "skill": "cloud-platforms",
                "level": 2,
                "importance": "important",
                "note": "AWS, Google Cloud or Azure",
            },
            {
                "skill": "mlops",
                "level": 2,
                "importance": "important",
                "note": "Deploying and operationalising models; versioning data and models",
            },
            {
                "skill": "containerization",
                "level": 2,
                "importance": "optional",
                "note": "Containerize ML models for reproducibility",
            },
            # Soft
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "critical",
                "note": "Willingness to continuously learn new tools and methods",
            },
            {
                "skill": "communication",
                "level": 2,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 2,
                "importance": "important",
                "note": "Works with data scientists and engineers",
            },
            {
                "skill": "problem-solving",
                "level": 2,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "machine-learning-platform-engineer",
        "title": "Machine Learning Platform Engineer",
        "track": "ml-platform-engineering",
        "level": 2,
        "summary": (
            "Builds, maintains and optimises the infrastructure and systems that take machine "
            "learning models from development into production, bridging data science and software "
            "engineering. Works with a high degree of autonomy across data pipelines, feature, "
            "training and serving platforms, MLOps practices and model monitoring."
        ),
        "responsibilities": (
            "Design, develop and enhance reusable frameworks and core infrastructure for ML model "
            "development and deployment\n"
            "Implement feature, training and serving platforms and their operational "
            "infrastructure\n"
            "Manage data ingestion, preparation and processing pipelines and verify data quality\n"
            "Deploy ML models from development to production and automate deployment\n"
            "Establish MLOps and ML engineering best practices, including responsible-AI and "
            "privacy requirements\n"
            "Automate infrastructure provisioning, CI/CD pipelines and configuration management, "
            "and scale cloud resources\n"
            "Design for high availability, scalability and real-time performance on large data "
            "volumes\n"
            "Monitor deployed models and infrastructure, resolve issues and tune models for "
            "accuracy and efficiency\n"
            "Work with ML engineers, data scientists and product managers, and mentor them on "
            "MLOps tools"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Software Engineering, Data Science, "
            "Mathematics or a related field (minimum); a Master's or Ph.D. is often preferred, "
            "especially for advanced positions. Certifications (e.g. an AI engineer credential, "
            "cloud) can help."
        ),
        "experience_years_min": 2,
        "experience_years_max": 7,
        "salary_min": 144000,
        "salary_median": 159873,
        "salary_max": 166399,
        "salary_currency": "USD",
        "salary_year": 2024,
        "salary_source": (
            "Seed write-up, US 2024 base salary: mid-level range $144,000–$166,399; median set to "
            "the midpoint of the national average base range $157,969–$161,777. Average total "
            "compensation $202,331."
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "python",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Proficiency in Python, Java, Go, C++, and JavaScript" with "strong '
                    'emphasis on Python due to its extensive ML libraries"'
                ),
            },
            {
                "skill": "mlops",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Establish and drive best practices in machine learning engineering and '
                    'MLOps"; versioning for data, models, configurations and scripts'
                ),
            },
            {
                "skill": "model-serving",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Deploying machine learning models from development to production"; '
                    "automate deployment; shadow deployment for testing new models"
                ),
            },
            {
                "skill": "ml-model-development",
                "level": 3,
                "importance": "critical",
                "note": (
                    'TensorFlow, Keras, PyTorch; "Master the entire machine learning pipeline": '
                    "feature engineering, model selection, hyperparameter tuning, evaluation"
                ),
            },
            {
                "skill": "mathematics-statistics",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Strong foundation in mathematics and statistics"; statistical analysis of '
                    "data"
                ),
            },
            {
                "skill": "cloud-platforms",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Familiarity with cloud platforms like AWS, Google Cloud, or Azure"; manage '
                    "cloud resources and platform scaling"
                ),
            },
            {
                "skill": "software-engineering-practices",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Expertise in software engineering best practices"; code quality, peer '
                    "reviews, continuous integration and automated testing"
                ),
            },
            {
                "skill": "distributed-data-processing",
                "level": 3,
                "importance": "critical",
                "note": '"Knowledge of large-scale data processing and analytics"; Hadoop',
            },
            {
                "skill": "java",
                "level": 2,
                "importance": "important",
                "note": "Listed among required languages (Python, Java, C++)",
            },
            {
                "skill": "cpp",
                "level": 2,
                "importance": "important",
                "note": "Listed among required languages (Python, Java, C++)",
            },
            {
                "skill": "data-structures-algorithms",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Strong understanding of data structures, algorithms, concurrency, and '
                    'multi-threading"'
                ),
            },
            {
                "skill": "data-modeling",
                "level": 3,
                "importance": "important",
                "note": '"Skills in data modeling, data architecture, and database optimization"',
            },
            {
                "skill": "databases-sql",
                "level": 3,
                "importance": "important",
                "note": '"Knowledge of SQL, vector stores, and performance tuning"',
            },
            {
                "skill": "distributed-systems",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Distributed Systems: Experience with Hadoop and cloud environments"; '
                    "microservices"
                ),
            },
            {
                "skill": "data-engineering",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Managing data ingestion, preparation, and processing pipelines"; verify '
                    "data completeness, quality and distribution"
                ),
            },
            {
                "skill": "model-monitoring",
                "level": 3,
                "importance": "important",
                "note": '"Continuously monitor deployed models for performance and drift"',
            },
            {
                "skill": "ci-cd",
                "level": 3,
                "importance": "important",
                "note": (
                    'Automate CI/CD pipelines; "Implement continuous integration and automated '
                    'testing"'
                ),
            },
            {
                "skill": "containerization",
                "level": 3,
                "importance": "important",
                "note": '"Containerize ML models for reproducibility and scalability"',
            },
            {
                "skill": "system-design",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Making key architectural decisions"; solutions for high availability, '
                    "scalability and operational excellence"
                ),
            },
            {
                "skill": "llmops",
                "level": 2,
                "importance": "important",
                "note": "Experience with LangChain and LlamaIndex",
            },
            {
                "skill": "infrastructure-as-code",
                "level": 2,
                "importance": "important",
                "note": (
                    '"Automate processes such as infrastructure provisioning"; IaC / '
                    '"everything as code"'
                ),
            },
            {
                "skill": "internal-developer-platforms",
                "level": 2,
                "importance": "important",
                "note": (
                    "Reusable frameworks for ML development and deployment; platform engineering, "
                    "PaaS and self-service tools"
                ),
            },
            {
                "skill": "feature-stores",
                "level": 2,
                "importance": "important",
                "note": '"Implement feature platforms, training platforms, serving platforms"',
            },
            {
                "skill": "observability",
                "level": 2,
                "importance": "important",
                "note": '"Monitor performance of deployed models and underlying infrastructure"',
            },
            {
                "skill": "responsible-ai",
                "level": 2,
                "importance": "important",
                "note": (
                    '"Ensure ML models are fair, unbiased"; test for and mitigate bias; '
                    "interpretable models, explainability"
                ),
            },
            {
                "skill": "go",
                "level": 2,
                "importance": "optional",
                "note": "Listed among programming languages",
            },
            {
                "skill": "javascript-typescript",
                "level": 2,
                "importance": "optional",
                "note": (
                    'Listed among languages; often full-stack, "handling both front-end and '
                    'back-end"'
                ),
            },
            {
                "skill": "configuration-management",
                "level": 2,
                "importance": "optional",
                "note": 'Automate "configuration management"',
            },
            {
                "skill": "data-governance-privacy",
                "level": 2,
                "importance": "optional",
                "note": (
                    '"Simplify privacy compliance"; HIPAA/GDPR experience "may be required for '
                    'certain positions"'
                ),
            },
            # Soft
            {
                "skill": "communication",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Excellent written and oral communication skills"; explain complex concepts '
                    "to non-technical stakeholders"
                ),
            },
            {
                "skill": "problem-solving",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Strong analytical and problem-solving skills"; analytical and critical '
                    "thinking"
                ),
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": (
                    "Work with model developers, ML systems engineers, data scientists and product "
                    "managers"
                ),
            },
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "important",
                "note": "Continuous and active learning; keep up with research and new frameworks",
            },
            {
                "skill": "adaptability",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Resilience and Adaptability" with ambiguous problems and changing '
                    "requirements"
                ),
            },
            {
                "skill": "ownership",
                "level": 3,
                "importance": "important",
                "note": '"Operate with a high degree of autonomy and ownership"',
            },
            {
                "skill": "business-acumen",
                "level": 2,
                "importance": "important",
                "note": 'ML solutions "with a product-oriented focus"; business goals and KPIs',
            },
            {
                "skill": "mentoring-coaching",
                "level": 2,
                "importance": "important",
                "note": '"Mentor ML Engineers and Data Scientists" on MLOps tools',
            },
            {
                "skill": "project-management",
                "level": 2,
                "importance": "optional",
                "note": (
                    '"Participate in project management, ensuring efficient resource allocation '
                    'and meeting deadlines"'
                ),
            },
            {
                "skill": "strategic-planning",
                "level": 2,
                "importance": "optional",
                "note": '"Contribute to strategic planning" for business growth',
            },
        ],
    },
    {
        "slug": "senior-machine-learning-platform-engineer",
        "title": "Senior Machine Learning Platform Engineer",
        "track": "ml-platform-engineering",
        "level": 3,
        "summary": (
            "Experienced ML platform engineer who leads machine learning platform projects, makes "
            "key architectural decisions and guides other engineers through best practices. Owns "
            "the end-to-end ML pipeline in production and sets technical direction for it."
        ),
        "responsibilities": (
            "Lead ML platform projects and provide strategic technical direction\n"
            "Make key architecture decisions for training, serving and data platforms\n"
            "Oversee several projects and decide how ML is applied in production\n"
            "Guide teams through ML engineering and MLOps best practices and mentor engineers\n"
            "Ensure models in production are monitored, fair and compliant"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Software Engineering, Data Science, "
            "Mathematics or a related field; a Master's or Ph.D. is often preferred for advanced "
            "positions."
        ),
        "experience_years_min": 7,
        "experience_years_max": None,
        "salary_min": 177177,
        "salary_median": None,
        "salary_max": 250000,
        "salary_currency": "USD",
        "salary_year": 2024,
        "salary_source": (
            "Seed write-up on ML Platform Engineers, US 2024: senior-level base range "
            "$177,177–$250,000+ per year (upper end open); no median given."
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "python",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mlops",
                "level": 4,
                "importance": "critical",
                "note": "Drives ML engineering and MLOps best practices across teams",
            },
            {
                "skill": "model-serving",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "ml-model-development",
                "level": 4,
                "importance": "critical",
                "note": "Masters the entire ML pipeline",
            },
            {
                "skill": "system-design",
                "level": 4,
                "importance": "critical",
                "note": "Makes key architectural decisions",
            },
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "distributed-systems",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "software-engineering-practices",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "model-monitoring",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            # Soft
            {
                "skill": "technical-leadership",
                "level": 3,
                "importance": "critical",
                "note": '"Lead machine learning projects and provide strategic direction"',
            },
            {
                "skill": "mentoring-coaching",
                "level": 3,
                "importance": "important",
                "note": '"Oversee teams and guide them through best practices"',
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "strategic-planning",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "business-acumen",
                "level": 3,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "lead-machine-learning-engineer",
        "title": "Lead Machine Learning Engineer",
        "track": "ml-platform-engineering",
        "level": 4,
        "summary": (
            "Leads a machine learning engineering group's technical direction across several "
            "projects, from model development to the platforms that serve models in production. A "
            "common next step for senior ML platform engineers."
        ),
        "responsibilities": (
            "Set technical direction and standards for ML engineering across several projects\n"
            "Own the architecture of ML systems from training to production serving\n"
            "Align ML roadmaps with business goals and stakeholders\n"
            "Mentor and grow ML and ML platform engineers\n"
            "Ensure responsible, explainable use of ML in production"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Data Science, Mathematics or a related field; "
            "a Master's or Ph.D. is often preferred."
        ),
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
            # Technical
            {
                "skill": "ml-model-development",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mlops",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "system-design",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "model-serving",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "distributed-systems",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "python",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "responsible-ai",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            # Soft
            {
                "skill": "technical-leadership",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "strategic-planning",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mentoring-coaching",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "stakeholder-management",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "business-acumen",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "project-management",
                "level": 3,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "machine-learning-engineer",
        "title": "Machine Learning Engineer",
        "track": "ml-platform-engineering",
        "level": 2,
        "summary": (
            "Builds, trains and ships machine learning models inside product teams, from feature "
            "engineering to serving and monitoring. Those with a strong ops and platform "
            "orientation often move into AI platform engineering."
        ),
        "responsibilities": (
            "Develop, train and evaluate models for product features\n"
            "Prepare training data and engineer features with data engineering partners\n"
            "Package and deploy models for real-time or batch inference\n"
            "Track experiments and version models through the team's MLOps tooling\n"
            "Monitor models in production and retrain when quality degrades"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Data Science, Mathematics or a related field; "
            "a Master's is common."
        ),
        "experience_years_min": 2,
        "experience_years_max": 6,
        "salary_min": 141000,
        "salary_median": None,
        "salary_max": 250000,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": (
            "Seed 004 market section (US; year not stated): average salaries for machine "
            "learning engineers range from $141,000 to $250,000; no median given."
        ),
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "ml-model-development",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "python",
                "level": 3,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mlops",
                "level": 3,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mathematics-statistics",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "model-serving",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "data-engineering",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "software-engineering-practices",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "model-monitoring",
                "level": 2,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "containerization",
                "level": 2,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "distributed-data-processing",
                "level": 2,
                "importance": "optional",
                "note": "",
            },
            # Soft
            {
                "skill": "communication",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "problem-solving",
                "level": 3,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "ai-platform-engineer",
        "title": "AI Platform Engineer",
        "track": "ai-platform-engineering",
        "level": 2,
        "summary": (
            "Designs, builds and operates the internal platform that lets teams develop, deploy "
            "and run ML and AI systems in production: secure, self-service paved roads for "
            "training, deployment, observability and governance. A mid-level IC role with "
            "meaningful ownership and growing architectural scope, usually reporting to an ML "
            "Platform Engineering Manager."
        ),
        "responsibilities": (
            "Deliver AI platform paved roads from training through deployment to monitoring\n"
            "Build ML CI/CT/CD templates and automation, with promotion workflows and safe "
            "rollouts\n"
            "Operate model serving and training services against agreed SLOs\n"
            "Implement model observability covering infrastructure health, drift and data quality\n"
            "Standardise model artifact, registry and promotion workflows\n"
            "Enable secure data and feature access patterns with access auditing\n"
            "Improve developer experience with self-service tools, templates and documentation\n"
            "Manage capacity and cost of AI workloads, especially GPUs\n"
            "Drive incident readiness with runbooks, actionable alerts and post-incident reviews\n"
            "Implement governance controls: lineage, auditability and approvals"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Engineering or equivalent practical "
            "experience; advanced degrees are not required but can help with deep ML context. "
            "Optional certifications: AWS/Azure/GCP, Kubernetes (CKA/CKAD), Security+."
        ),
        "experience_years_min": 3,
        "experience_years_max": 7,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "cloud-platforms",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical: "Cloud infrastructure fundamentals (AWS/Azure/GCP)": networking, '
                    "compute, storage, IAM, managed services and reliability patterns"
                ),
            },
            {
                "skill": "kubernetes",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical: "Containers and orchestration (Docker + Kubernetes)": '
                    'requests/limits, autoscaling, scheduling, "cluster operations basics"'
                ),
            },
            {
                "skill": "containerization",
                "level": 3,
                "importance": "critical",
                "note": 'Critical (same item): Docker for "packaging training/serving workloads"',
            },
            {
                "skill": "infrastructure-as-code",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical: "Infrastructure as Code (Terraform or equivalent)": declarative '
                    "provisioning, modules, environments, policy controls"
                ),
            },
            {
                "skill": "ci-cd",
                "level": 4,
                "importance": "critical",
                "note": (
                    'Critical: "CI/CD engineering (Git-based pipelines)": builds, tests, '
                    "releases, artifact handling, environment promotion; builds ML CI/CT/CD "
                    "templates"
                ),
            },
            {
                "skill": "python",
                "level": 4,
                "importance": "critical",
                "note": (
                    'Critical: "Python engineering (production-grade)": maintainable '
                    "services/tools, packaging, dependency management; SDKs and CLI tools"
                ),
            },
            {
                "skill": "observability",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical: "Observability fundamentals": metrics, logs, traces, SLI/SLO '
                    "thinking, alerting design (Prometheus/Grafana, OpenTelemetry, ELK)"
                ),
            },
            {
                "skill": "infrastructure-security",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical: "Security basics for platform engineering": least privilege IAM, '
                    "secrets management, encryption, network segmentation"
                ),
            },
            {
                "skill": "mlops",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical: "ML lifecycle understanding (MLOps concepts)": '
                    "training/evaluation, reproducibility, registry, deployment (MLflow, Kubeflow, "
                    "SageMaker)"
                ),
            },
            {
                "skill": "model-monitoring",
                "level": 3,
                "importance": "critical",
                "note": (
                    'Critical (MLOps item includes "drift monitoring"): "Enable model '
                    'observability: drift, data quality signals, performance monitoring"'
                ),
            },
            {
                "skill": "model-serving",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important: "Model serving frameworks (e.g., KServe, Seldon, TorchServe, '
                    'Triton)" for real-time inference, autoscaling, canary deployments'
                ),
            },
            {
                "skill": "workflow-orchestration",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important: "Workflow orchestration (Airflow, Argo Workflows, Flyte, '
                    'Dagster)" for training pipelines, batch inference, scheduled retraining'
                ),
            },
            {
                "skill": "distributed-data-processing",
                "level": 2,
                "importance": "important",
                "note": (
                    'Important "(depends on data scale)": "Distributed compute for ML (Spark, '
                    'Ray, Dask)"'
                ),
            },
            {
                "skill": "data-modeling",
                "level": 2,
                "importance": "important",
                "note": (
                    'Important: "Data platform integration (lakehouse/warehouse patterns)"; '
                    "Databricks, Snowflake, BigQuery"
                ),
            },
            {
                "skill": "feature-stores",
                "level": 2,
                "importance": "important",
                "note": (
                    'Important: "Feature store concepts (offline/online)" for serving-time '
                    "parity; Feast/Tecton"
                ),
            },
            {
                "skill": "linux",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important: "Linux performance and troubleshooting": resource contention, '
                    "networking and IO bottlenecks"
                ),
            },
            {
                "skill": "api-design",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important "(becomes Critical at Staff+)": "Platform architecture and API '
                    'design": stable interfaces, versioning'
                ),
            },
            {
                "skill": "system-design",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important (same item); interview: "pragmatic architectures for '
                    'training/deployment/monitoring with tradeoffs"'
                ),
            },
            {
                "skill": "gpu-infrastructure",
                "level": 2,
                "importance": "important",
                "note": (
                    'Important "(Critical in GPU-heavy orgs)": "GPU scheduling and acceleration '
                    'stack (CUDA basics, device plugins, MIG)"'
                ),
            },
            {
                "skill": "service-level-objectives",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important: "Advanced reliability engineering" (error budgets); operate '
                    'services "with clear SLOs/SLIs"'
                ),
            },
            {
                "skill": "progressive-delivery",
                "level": 3,
                "importance": "important",
                "note": (
                    "Important (advanced reliability): canarying, traffic shifting, rollback; red "
                    'flag: "Cannot articulate rollback strategies or progressive delivery"'
                ),
            },
            {
                "skill": "resilience-disaster-recovery",
                "level": 2,
                "importance": "important",
                "note": (
                    'Important (advanced reliability): "chaos testing (context-specific), '
                    'multi-region failover patterns"; DR exercises for serving paths'
                ),
            },
            {
                "skill": "policy-as-code",
                "level": 2,
                "importance": "important",
                "note": (
                    'Important "(especially in regulated environments)": "Policy-as-code '
                    '(OPA/Gatekeeper, cloud policies)"'
                ),
            },
            {
                "skill": "ai-governance",
                "level": 3,
                "importance": "important",
                "note": (
                    'Important: "Model risk controls engineering" (approvals, audit trails, '
                    'evaluation provenance) and "AI governance engineering" (emerging, '
                    "Important)"
                ),
            },
            {
                "skill": "internal-developer-platforms",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Deliver AI platform paved roads"; "self-service tooling: platform CLI, '
                    'templates, golden paths, service catalogs"'
                ),
            },
            {
                "skill": "incident-management",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Drive incident readiness (runbooks, alerts, PIRs)"; on-call readiness, '
                    "incident playbooks, rollback during incidents"
                ),
            },
            {
                "skill": "cloud-cost-management",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Manage cost-to-serve for AI workloads": quotas, tagging standards, '
                    "chargeback/showback, reduced idle GPU spend"
                ),
            },
            {
                "skill": "capacity-planning",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Forecast platform capacity needs (GPU/CPU/storage/network)"; capacity '
                    "planning (GPU reservations, scaling thresholds)"
                ),
            },
            {
                "skill": "data-governance-privacy",
                "level": 2,
                "importance": "important",
                "note": (
                    '"Practical grasp of data governance and security constraints around training '
                    'data"; lineage, retention, access auditing'
                ),
            },
            {
                "skill": "software-engineering-practices",
                "level": 3,
                "importance": "important",
                "note": (
                    'Quality gates (automated tests, evaluation baselines); "Raise engineering '
                    'standards"; PR reviews; Pytest'
                ),
            },
            {
                "skill": "llmops",
                "level": 2,
                "importance": "optional",
                "note": (
                    'Emerging: "LLMOps and GenAI platform patterns" (page: "Important (rapidly '
                    'becoming Critical)") and agentic workflow operations'
                ),
            },
            {
                "skill": "compliance",
                "level": 2,
                "importance": "optional",
                "note": (
                    '"Support compliance needs (context-specific): SOC 2, ISO 27001, GDPR, HIPAA, '
                    'PCI"; audit evidence packages'
                ),
            },
            {
                "skill": "supply-chain-security",
                "level": 2,
                "importance": "optional",
                "note": (
                    "Snyk/Trivy/Dependabot scanning; critical vulnerabilities patched <7 days; "
                    "signed model artifacts in mature orgs"
                ),
            },
            # Soft
            {
                "skill": "communication",
                "level": 3,
                "importance": "critical",
                "note": (
                    '"Technical communication": clear RFCs, runbooks, migration guides; a '
                    "scorecard and interview dimension"
                ),
            },
            {
                "skill": "platform-product-mindset",
                "level": 3,
                "importance": "important",
                "note": (
                    "#1 soft skill: treat the platform as an internal product; gather needs, "
                    "prioritize, measure adoption and satisfaction"
                ),
            },
            {
                "skill": "systems-thinking",
                "level": 3,
                "importance": "important",
                "note": "Designs end-to-end workflows with clear contracts and failure handling",
            },
            {
                "skill": "prioritization-time-management",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Pragmatic prioritization": balances reliability fixes, roadmap features '
                    "and enablement; avoids overbuilding"
                ),
            },
            {
                "skill": "ownership",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Operational ownership": monitors services, improves alerting, conducts '
                    "post-incident reviews"
                ),
            },
            {
                "skill": "stakeholder-management",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Stakeholder management and influence": aligns expectations, negotiates '
                    "scope, drives decisions"
                ),
            },
            {
                "skill": "attention-to-detail",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Quality discipline": quality gates, reproducibility checks, testing patterns'
                ),
            },
            {
                "skill": "continuous-learning",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Learning agility": experiments safely, evaluates tools, updates patterns '
                    "on evidence"
                ),
            },
            {
                "skill": "customer-focus",
                "level": 3,
                "importance": "important",
                "note": (
                    '"Customer empathy for internal users"; office hours, satisfaction reviews'
                ),
            },
            {
                "skill": "influence-without-authority",
                "level": 2,
                "importance": "important",
                "note": 'Top-10 soft skill; "Technical leadership through influence"',
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": (
                    "Interview dimension: partnering with data scientists and product engineers; "
                    '"Works effectively with DS/Eng/Sec"'
                ),
            },
            {
                "skill": "documentation-enablement",
                "level": 3,
                "importance": "important",
                "note": (
                    'Golden-path guides, training materials; red flag: "Dismisses documentation '
                    'and enablement"'
                ),
            },
            {
                "skill": "problem-solving",
                "level": 3,
                "importance": "important",
                "note": (
                    "Troubleshooting scenario: elevated inference latency after a deployment; "
                    "architecture tradeoffs"
                ),
            },
            {
                "skill": "technical-leadership",
                "level": 2,
                "importance": "optional",
                "note": (
                    'IC-appropriate: "lead small platform initiatives, align stakeholders, and '
                    'mentor peers"'
                ),
            },
        ],
    },
    {
        "slug": "senior-ai-platform-engineer",
        "title": "Senior AI Platform Engineer",
        "track": "ai-platform-engineering",
        "level": 3,
        "summary": (
            "Senior IC on the AI platform team who owns multi-quarter platform initiatives end to "
            "end, defines interfaces and platform governance, and influences other teams to adopt "
            "paved roads instead of bespoke deployments."
        ),
        "responsibilities": (
            "Own multi-quarter AI platform initiatives with clear outcomes and adoption\n"
            "Define platform interfaces, deprecation strategies and platform governance\n"
            "Own SLOs for platform services and drive down incidents and MTTR\n"
            "Influence other teams to adopt paved roads and reduce bespoke deployments\n"
            "Lead cross-functional work and write crisp RFCs and proposals"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Engineering or equivalent practical experience."
        ),
        "experience_years_min": 5,
        "experience_years_max": 10,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "kubernetes",
                "level": 4,
                "importance": "critical",
                "note": "Docker + Kubernetes; multi-tenant patterns and isolation for AI",
            },
            {
                "skill": "infrastructure-as-code",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "ci-cd",
                "level": 4,
                "importance": "critical",
                "note": "Standardized golden paths adopted across teams",
            },
            {
                "skill": "python",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "observability",
                "level": 4,
                "importance": "critical",
                "note": '"SLO ownership, reduced incidents, improved MTTR"',
            },
            {
                "skill": "infrastructure-security",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mlops",
                "level": 4,
                "importance": "critical",
                "note": "Full lifecycle governance with evaluation automation",
            },
            {
                "skill": "model-monitoring",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "system-design",
                "level": 4,
                "importance": "critical",
                "note": (
                    '"Stronger architecture: defines interfaces, deprecation strategies, and '
                    'platform governance"'
                ),
            },
            # Soft
            {
                "skill": "influence-without-authority",
                "level": 4,
                "importance": "critical",
                "note": (
                    '"Influences other teams to adopt paved roads; reduces bespoke deployments"'
                ),
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": '"Crisp written communication (RFCs, proposals)"',
            },
            {
                "skill": "technical-leadership",
                "level": 3,
                "importance": "important",
                "note": '"Strong cross-functional leadership"',
            },
            {
                "skill": "platform-product-mindset",
                "level": 4,
                "importance": "important",
                "note": (
                    '"Owns multi-quarter platform initiatives with clear outcomes and adoption"'
                ),
            },
        ],
    },
    {
        "slug": "staff-ai-platform-engineer",
        "title": "Staff/Principal AI Platform Engineer",
        "track": "ai-platform-engineering",
        "level": 4,
        "summary": (
            "Staff or principal IC who owns architecture across multiple AI platform domains: "
            "training, serving, observability, governance and GPU capacity. Sets technical "
            "direction and raises the bar for platform engineers across the organisation."
        ),
        "responsibilities": (
            "Own the architecture across multiple AI platform domains\n"
            "Define stable platform APIs and reference architectures for serving, batch inference "
            "and LLM integrations\n"
            "Set multi-year technical strategy for the AI platform, including LLMOps\n"
            "Design GPU capacity and cost strategy for training and inference\n"
            "Mentor senior engineers and lead architecture reviews"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Engineering or equivalent practical experience."
        ),
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
            # Technical
            {
                "skill": "system-design",
                "level": 5,
                "importance": "critical",
                "note": '"Architecture ownership across multiple platform domains"',
            },
            {
                "skill": "api-design",
                "level": 4,
                "importance": "critical",
                "note": 'Platform architecture and API design "becomes Critical at Staff+"',
            },
            {
                "skill": "mlops",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "kubernetes",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cloud-platforms",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "gpu-infrastructure",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "ai-governance",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cloud-cost-management",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "llmops",
                "level": 3,
                "importance": "important",
                "note": 'LLMOps "rapidly becoming Critical"',
            },
            # Soft
            {
                "skill": "influence-without-authority",
                "level": 5,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "technical-leadership",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "strategic-planning",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mentoring-coaching",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "ml-platform-tech-lead",
        "title": "ML Platform Tech Lead",
        "track": "ai-platform-engineering",
        "level": 4,
        "summary": (
            "IC lead for the ML/AI platform roadmap and cross-team alignment. Turns AI delivery "
            "goals into a sequenced platform roadmap and leads the team technically while staying "
            "hands-on."
        ),
        "responsibilities": (
            "Own the ML platform roadmap and sequence the highest-leverage investments\n"
            "Align AI, data, security and product teams on platform priorities\n"
            "Lead design reviews and set engineering standards for the platform team\n"
            "Drive platform adoption and satisfaction as an internal product\n"
            "Mentor engineers on platform patterns"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Engineering or equivalent practical experience."
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
            # Technical
            {
                "skill": "system-design",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "mlops",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "internal-developer-platforms",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "api-design",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "model-serving",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "service-level-objectives",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "workflow-orchestration",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            # Soft
            {
                "skill": "technical-leadership",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "strategic-planning",
                "level": 4,
                "importance": "critical",
                "note": "IC lead for the platform roadmap",
            },
            {
                "skill": "stakeholder-management",
                "level": 4,
                "importance": "critical",
                "note": "Cross-team alignment",
            },
            {
                "skill": "platform-product-mindset",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "prioritization-time-management",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "mentoring-coaching",
                "level": 4,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "ai-infrastructure-architect",
        "title": "AI Infrastructure Architect",
        "track": "ai-platform-engineering",
        "level": 5,
        "summary": (
            "Owns enterprise-scale reference architecture and governance for AI infrastructure: "
            "cloud, Kubernetes and GPU foundations, security and data boundaries, and the controls "
            "that keep AI systems auditable and cost-efficient."
        ),
        "responsibilities": (
            "Define enterprise reference architectures for training, serving and governance\n"
            "Set technology standards and build-versus-buy decisions for AI infrastructure\n"
            "Design security, data-boundary and AI governance controls with Security and GRC\n"
            "Plan GPU capacity, multi-region and cost strategy\n"
            "Evaluate vendors and align architecture with senior leadership"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Engineering or equivalent; a Master's is "
            "common."
        ),
        "experience_years_min": 10,
        "experience_years_max": None,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "system-design",
                "level": 5,
                "importance": "critical",
                "note": '"Enterprise-scale reference architecture and governance"',
            },
            {
                "skill": "cloud-platforms",
                "level": 5,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "kubernetes",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "gpu-infrastructure",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "ai-governance",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "infrastructure-security",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "data-governance-privacy",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cloud-cost-management",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "networking",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            # Soft
            {
                "skill": "strategic-planning",
                "level": 5,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "influence-without-authority",
                "level": 5,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "stakeholder-management",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "vendor-management",
                "level": 3,
                "importance": "optional",
                "note": "",
            },
        ],
    },
    {
        "slug": "engineering-manager-ai-platform",
        "title": "Engineering Manager, AI Platform",
        "track": "ai-platform-engineering",
        "level": 4,
        "summary": (
            "Manages the AI platform engineering team: priorities, staffing, roadmap alignment and "
            "escalations. Approves material architecture and cost-impacting changes and owns the "
            "team's on-call and operational coverage model."
        ),
        "responsibilities": (
            "Hire, develop and manage AI platform engineers\n"
            "Set priorities and commit the cross-quarter platform roadmap\n"
            "Approve material architectural and cost-impacting infrastructure changes\n"
            "Own on-call rotations, operational coverage and incident escalations\n"
            "Resolve conflicting stakeholder priorities across AI, data, security and product\n"
            "Manage AI platform spend with FinOps and budget owners"
        ),
        "education": (
            "Bachelor's degree in Computer Science, Engineering or equivalent practical experience."
        ),
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
            # Technical
            {
                "skill": "mlops",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "system-design",
                "level": 3,
                "importance": "important",
                "note": "Approves material architectural changes",
            },
            {
                "skill": "cloud-platforms",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "incident-management",
                "level": 3,
                "importance": "important",
                "note": "Escalation point; on-call rotations and coverage",
            },
            {
                "skill": "cloud-cost-management",
                "level": 3,
                "importance": "important",
                "note": "Approves significant cost-impacting changes",
            },
            {
                "skill": "ai-governance",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            # Soft
            {
                "skill": "people-management",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "hiring-team-building",
                "level": 4,
                "importance": "critical",
                "note": "Staffing needs",
            },
            {
                "skill": "stakeholder-management",
                "level": 4,
                "importance": "critical",
                "note": "Resolves conflicting stakeholder priorities",
            },
            {
                "skill": "strategic-planning",
                "level": 4,
                "importance": "important",
                "note": "Roadmap commitments across quarters",
            },
            {
                "skill": "communication",
                "level": 4,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "budgeting-financial-management",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "platform-product-mindset",
                "level": 4,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "backend-infrastructure-engineer",
        "title": "Backend/Infrastructure Engineer",
        "track": "software-data-engineering",
        "level": 2,
        "summary": (
            "Builds and runs server-side services and the infrastructure beneath them, such as "
            "ML-adjacent feature computation APIs and inference services. A common feeder into AI "
            "platform engineering."
        ),
        "responsibilities": (
            "Design and build backend services and APIs, including ML-adjacent services\n"
            "Model data and tune database access\n"
            "Containerise and deploy services through CI/CD to cloud and Kubernetes\n"
            "Instrument services and troubleshoot production issues"
        ),
        "education": "Bachelor's degree in Computer Science, Engineering or equivalent experience.",
        "experience_years_min": 2,
        "experience_years_max": 6,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "backend-development",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "api-design",
                "level": 3,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "distributed-systems",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "python",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "databases-sql",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "containerization",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "ci-cd",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cloud-platforms",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "linux",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "kubernetes",
                "level": 2,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "observability",
                "level": 2,
                "importance": "important",
                "note": "",
            },
            # Soft
            {
                "skill": "communication",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "problem-solving",
                "level": 3,
                "importance": "important",
                "note": "",
            },
        ],
    },
    {
        "slug": "data-engineer",
        "title": "Data Engineer",
        "track": "software-data-engineering",
        "level": 2,
        "summary": (
            "Builds and operates reliable data pipelines and data models that analytics and ML "
            "depend on. Data engineers with strong infrastructure and orchestration skills often "
            "move into AI platform engineering."
        ),
        "responsibilities": (
            "Build batch and streaming data pipelines with quality checks and backfills\n"
            "Schedule and operate workflows in an orchestrator\n"
            "Model warehouse and lakehouse data for analytics and ML\n"
            "Guarantee freshness, quality, lineage and retention of datasets"
        ),
        "education": "Bachelor's degree in Computer Science, Engineering or equivalent experience.",
        "experience_years_min": 2,
        "experience_years_max": 6,
        "salary_min": None,
        "salary_median": None,
        "salary_max": None,
        "salary_currency": "USD",
        "salary_year": None,
        "salary_source": "",
        "is_published": True,
        "requirements": [
            # Technical
            {
                "skill": "data-engineering",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "databases-sql",
                "level": 4,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "workflow-orchestration",
                "level": 3,
                "importance": "critical",
                "note": "",
            },
            {
                "skill": "data-modeling",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "distributed-data-processing",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "python",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "cloud-platforms",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "data-governance-privacy",
                "level": 2,
                "importance": "important",
                "note": "Lineage, retention and access controls",
            },
            {
                "skill": "event-streaming",
                "level": 2,
                "importance": "optional",
                "note": "",
            },
            {
                "skill": "infrastructure-as-code",
                "level": 2,
                "importance": "optional",
                "note": "",
            },
            # Soft
            {
                "skill": "attention-to-detail",
                "level": 3,
                "importance": "important",
                "note": "Data quality",
            },
            {
                "skill": "cross-functional-collaboration",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "problem-solving",
                "level": 3,
                "importance": "important",
                "note": "",
            },
            {
                "skill": "communication",
                "level": 3,
                "importance": "important",
                "note": "",
            },
        ],
    },
]

TRANSITIONS = [
    {
        "from": "junior-machine-learning-platform-engineer",
        "to": "machine-learning-platform-engineer",
        "kind": "promotion",
    },
    {
        "from": "machine-learning-platform-engineer",
        "to": "senior-machine-learning-platform-engineer",
        "kind": "promotion",
    },
    {
        "from": "senior-machine-learning-platform-engineer",
        "to": "lead-machine-learning-engineer",
        "kind": "promotion",
    },
    {
        "from": "platform-engineer",
        "to": "ai-platform-engineer",
        "kind": "lateral",
    },
    {
        "from": "site-reliability-engineer",
        "to": "ai-platform-engineer",
        "kind": "lateral",
    },
    {
        "from": "backend-infrastructure-engineer",
        "to": "ai-platform-engineer",
        "kind": "lateral",
    },
    {
        "from": "data-engineer",
        "to": "ai-platform-engineer",
        "kind": "lateral",
    },
    {
        "from": "machine-learning-engineer",
        "to": "ai-platform-engineer",
        "kind": "lateral",
    },
    {
        "from": "ai-platform-engineer",
        "to": "senior-ai-platform-engineer",
        "kind": "promotion",
    },
    {
        "from": "ai-platform-engineer",
        "to": "staff-ai-platform-engineer",
        "kind": "promotion",
    },
    {
        "from": "ai-platform-engineer",
        "to": "ml-platform-tech-lead",
        "kind": "promotion",
    },
    {
        "from": "ai-platform-engineer",
        "to": "ai-infrastructure-architect",
        "kind": "promotion",
    },
    {
        "from": "ai-platform-engineer",
        "to": "engineering-manager-ai-platform",
        "kind": "promotion",
    },
    {
        "from": "senior-ai-platform-engineer",
        "to": "staff-ai-platform-engineer",
        "kind": "promotion",
    },
    {
        "from": "machine-learning-platform-engineer",
        "to": "ai-platform-engineer",
        "kind": "lateral",
    },
    {
        "from": "ai-platform-engineer",
        "to": "machine-learning-platform-engineer",
        "kind": "lateral",
    },
]
