"""Behavioural anchors for soft skills (levels 1–5), see FORMAT.md."""

from __future__ import annotations

ANCHORS = {
    "cross-functional-collaboration": {
        1: (
            "Names the teams their work depends on, such as product, QA, security and "
            "operations, and knows where each takes requests, but has not yet coordinated "
            "work with them directly."
        ),
        2: (
            "Files clear tickets or Slack requests to other teams for small needs, such as "
            "a firewall rule or a test environment, and follows up with a lead's help when "
            "a request stalls."
        ),
        3: (
            "Agrees interfaces, handoffs and dates with QA, security and product early, in "
            "a shared Jira epic or Confluence page, so their own deliverables are not "
            "blocked at release."
        ),
        4: (
            "Brings teams with conflicting goals, such as security and product before a "
            "launch, to one plan with named owners and dates, and coaches teammates to "
            "involve other teams early."
        ),
        5: (
            "Designs the working agreements, joint planning rituals and shared tooling "
            "several departments collaborate through, and is sought out across the "
            "organisation to unblock cross-team stalemates."
        ),
    },
    "customer-focus": {
        1: (
            "Recognises that internal developers and ML teams are the users of their work, "
            "and can name where user pain shows up, such as support tickets and help "
            "channels."
        ),
        2: (
            "Answers user questions in the help channel or support queue with guidance, and"
            " reproduces a reported problem from the user's side before proposing a fix."
        ),
        3: (
            "Talks to affected users before and after shipping a change, writes incident "
            "status updates in users' terms, and turns recurring ticket themes into backlog"
            " items."
        ),
        4: (
            "Runs user interviews and surveys whose findings change the team's priorities, "
            "handles frustrated or escalating users calmly, and coaches teammates on both."
        ),
        5: (
            "Establishes how the organisation listens to its users, such as satisfaction "
            "surveys, user councils and service-status standards, and is cited across teams"
            " for decisions that put user outcomes first."
        ),
    },
    "emotional-intelligence": {
        1: (
            "Describes how stress and frustration affect their own work and their "
            "colleagues', and can name constructive conflict habits such as assuming good "
            "intent, without yet applying them under pressure."
        ),
        2: (
            "Stays composed in routine disagreements in code review or stand-up, notices "
            "when a teammate seems stressed, and asks their lead for help before a tension "
            "escalates."
        ),
        3: (
            "Keeps a calm, constructive tone during incidents and heated reviews, adapts "
            "how they give feedback to the person receiving it, and settles everyday "
            "disagreements directly with the colleague involved."
        ),
        4: (
            "Mediates entrenched conflicts between engineers or teams, keeps tense "
            "post-incident reviews blameless, and coaches others on reading and responding "
            "to the mood of a room."
        ),
        5: (
            "Shapes norms for psychological safety across several teams, such as blameless "
            "review practice and conflict-resolution guidelines, and is the person leaders "
            "call in when team dynamics break down."
        ),
    },
    "stakeholder-management": {
        1: (
            "Identifies who sponsors and who depends on their team's work, and explains why"
            " those people need regular updates, but has not yet managed a stakeholder's "
            "expectations directly."
        ),
        2: (
            "Sends a named stakeholder regular status updates on their own tasks and flags "
            "slips early, while their lead handles any scope negotiation."
        ),
        3: (
            "Keeps a stakeholder map for their project, agrees scope and dates with product"
            " managers and dependent teams, and renegotiates openly when estimates change "
            "instead of slipping silently."
        ),
        4: (
            "Negotiates scope, trade-offs and timelines between senior stakeholders with "
            "competing demands, keeps sponsors committed through setbacks, and coaches tech"
            " leads on managing up and saying no with alternatives."
        ),
        5: (
            "Secures executive buy-in for organisation-wide initiatives, sets the reporting"
            " cadence leadership relies on, and is trusted by executives to represent "
            "engineering in business decisions."
        ),
    },
    "communication": {
        1: (
            "Recognises what a clear design doc, status update or demo looks like and can "
            "name habits such as leading with the conclusion, but still relies on others to"
            " explain their work."
        ),
        2: (
            "Writes clear pull-request descriptions and stand-up updates, and presents "
            "their own work at team demos after rehearsing with a peer."
        ),
        3: (
            "Writes design docs and incident updates that peers act on without follow-up "
            "questions, and explains trade-offs to product managers in plain language."
        ),
        4: (
            "Presents contentious proposals to senior leaders and mixed audiences, tailors "
            "one message for executives and engineers alike, listens for and answers the "
            "real objection, and coaches colleagues on their writing."
        ),
        5: (
            "Sets the organisation's communication standards, such as incident-update and "
            "design-review templates, and is recognised beyond their team for talks, "
            "writing or conference presentations."
        ),
    },
    "documentation-enablement": {
        1: (
            "Knows where the team's runbooks, READMEs and RFCs live and what a useful one "
            "contains, but has not yet written or maintained one."
        ),
        2: (
            "Fixes out-of-date steps in existing READMEs and runbooks as they find them, "
            "and writes a how-to guide for a small feature with a teammate reviewing it."
        ),
        3: (
            "Writes the RFCs, design docs and runbooks for their own work as part of "
            "delivery, keeps them current, and answers office-hours questions by pointing "
            "to or improving the docs."
        ),
        4: (
            "Builds onboarding guides, workshops and golden-path tutorials that measurably "
            "cut support requests, trains other teams on the platform, and coaches "
            "engineers on technical writing."
        ),
        5: (
            "Defines the organisation's documentation and enablement approach, such as doc "
            "templates, the RFC process and the developer portal, and drives platform "
            "adoption through evangelism recognised company-wide or at external events."
        ),
    },
    "change-management": {
        1: (
            "Explains why process or tooling changes fail without buy-in and training, and "
            "can name approaches such as pilots and phased rollouts, but has not yet led a "
            "change."
        ),
        2: (
            "Helps roll out a change someone else leads, such as a new CI template, by "
            "migrating a few services, answering questions and reporting where people get "
            "stuck."
        ),
        3: (
            "Leads adoption of a change within their team, such as a new on-call process, "
            "by explaining the why, sequencing the transition, running training and "
            "checking that the new habit sticks."
        ),
        4: (
            "Leads changes across several resistant teams, such as moving to SLOs or a "
            "shared platform, handles objections with pilots and adoption metrics, and "
            "coaches other leads through their own rollouts."
        ),
        5: (
            "Leads organisation-wide cultural shifts such as DevOps, SRE or platform "
            "adoption, writes the change playbook other leaders reuse, and is asked by "
            "leadership to sponsor large transitions."
        ),
    },
    "hiring-team-building": {
        1: (
            "Describes the stages of their team's hiring loop and what makes an interview "
            "structured and fair, but has not yet interviewed candidates."
        ),
        2: (
            "Shadows and then runs a single interview round, such as coding or "
            "troubleshooting, against the team's rubric, and writes evidence-based feedback"
            " for the debrief."
        ),
        3: (
            "Interviews regularly across several rounds, gives calibrated hire or no-hire "
            "recommendations in debriefs, and helps write job descriptions and onboarding "
            "plans for new teammates."
        ),
        4: (
            "Designs interview loops and rubrics for a role, leads debriefs, closes "
            "hard-to-fill hires, and trains new interviewers to reduce bias and improve "
            "calibration."
        ),
        5: (
            "Shapes the organisation's hiring plans and team topologies, such as headcount "
            "plans, role definitions and how teams split as they grow, and builds diverse "
            "teams other leaders use as a model."
        ),
    },
    "influence-without-authority": {
        1: (
            "Recognises that other teams' decisions move through evidence, relationships "
            "and written proposals, and can point to examples of such influence, but has "
            "not yet driven one."
        ),
        2: (
            "Proposes a small change to a neighbouring team, such as a shared lint rule, "
            "backs it with data, and gets it adopted with a lead's help."
        ),
        3: (
            "Wins agreement from peers in other teams on changes that affect them by "
            "writing well-argued proposals, gathering feedback early and revising to answer"
            " objections."
        ),
        4: (
            "Builds consensus on contested cross-team decisions, such as standardising on "
            "one deployment tool, by brokering trade-offs between senior engineers who "
            "disagree, and coaches others on building coalitions."
        ),
        5: (
            "Moves organisation-wide technical standards and decisions forward with no "
            "formal authority, on credibility earned across many teams, and is asked by "
            "leaders to broker alignment on strategic choices."
        ),
    },
    "mentoring-coaching": {
        1: (
            "Explains the difference between mentoring, coaching and simply giving answers,"
            " and can name practices such as pairing and regular feedback, but has not yet "
            "mentored anyone."
        ),
        2: (
            "Pairs with a new joiner or intern on onboarding tasks and answers their "
            "questions, with a senior colleague advising on how to give feedback."
        ),
        3: (
            "Mentors one or two engineers on a regular schedule, uses code review and "
            "pairing to teach rather than fix, and gives specific, timely feedback the "
            "mentee acts on."
        ),
        4: (
            "Coaches engineers through level changes, such as mid-level to senior, asks "
            "questions rather than prescribing answers, and mentors other mentors on giving"
            " difficult feedback."
        ),
        5: (
            "Builds the organisation's mentoring programme or engineering growth framework,"
            " and is recognised beyond their team for developing engineers who go on to "
            "lead."
        ),
    },
    "people-management": {
        1: (
            "Describes a line manager's core duties, such as one-on-ones, goal setting and "
            "performance reviews, but has not yet managed anyone."
        ),
        2: (
            "Runs regular one-on-ones and sets quarterly goals for one or two direct "
            "reports, with their own manager reviewing performance write-ups and difficult "
            "conversations."
        ),
        3: (
            "Manages a team without support: holds weekly one-on-ones, writes fair, "
            "evidence-based performance reviews, agrees career-development plans and "
            "addresses underperformance early."
        ),
        4: (
            "Handles hard people situations, such as performance improvement plans, "
            "reorganisations and conflict within the team, builds succession plans, and "
            "coaches new managers."
        ),
        5: (
            "Manages managers across a department, shapes the organisation's performance "
            "and career frameworks, and is recognised for growing and retaining leaders "
            "well beyond their own group."
        ),
    },
    "technical-leadership": {
        1: (
            "Describes what a tech lead does, such as guiding design decisions and setting "
            "standards, and can state their team's technical direction, but has not yet led"
            " a technical effort."
        ),
        2: (
            "Leads a small, well-scoped technical task, such as a library upgrade, writing "
            "a short plan and reviewing it with the tech lead before starting."
        ),
        3: (
            "Leads a team project from design doc to delivery, guides teammates' design "
            "choices in review, and upholds the team's engineering and operational "
            "standards without prompting."
        ),
        4: (
            "Sets technical direction for a team or multi-team initiative under ambiguity, "
            "resolves design disputes between senior engineers, and grows other engineers "
            "into tech leads."
        ),
        5: (
            "Defines engineering and operational standards across the organisation, such as"
            " architecture principles and production-readiness reviews, and is recognised "
            "as a technical authority inside and outside the company."
        ),
    },
    "adaptability": {
        1: (
            "Recognises that priorities and tools change often in infrastructure work and "
            "can describe how colleagues handled a past change, but needs a stable plan to "
            "stay productive."
        ),
        2: (
            "Switches to a reprioritised task or an unfamiliar tool when asked, with "
            "guidance on what to drop, and recovers from small setbacks such as a reverted "
            "change."
        ),
        3: (
            "Re-plans without losing momentum when requirements, priorities or technologies"
            " change, picks up unfamiliar tools as the work needs them, and treats failed "
            "attempts as input for the next one."
        ),
        4: (
            "Stays effective and steadies the team through major disruption, such as a "
            "reorganisation, cancelled project or mid-quarter pivot, and helps teammates "
            "re-plan and recover."
        ),
        5: (
            "Leads the organisation through repeated pivots and technology shifts, "
            "reshaping plans and team structures quickly, and is handed leadership's most "
            "ambiguous, fast-changing initiatives."
        ),
    },
    "continuous-learning": {
        1: (
            "Recognises which skills in their area are changing and can name resources for "
            "learning them, such as courses, docs and certifications, but does not yet "
            "follow a learning plan."
        ),
        2: (
            "Completes a tutorial, course or certification their lead suggests, and tries "
            "the new tool in a sandbox or side project."
        ),
        3: (
            "Keeps a personal learning plan tied to their work, tests new tools safely in "
            "proofs of concept, and applies what they learn to team tasks without "
            "prompting."
        ),
        4: (
            "Learns unfamiliar domains quickly when work demands it, such as a new cloud or"
            " ML serving stack, evaluates new tools critically for the team, and helps "
            "others build learning plans."
        ),
        5: (
            "Builds the organisation's learning culture, such as study groups, learning "
            "budgets and internal tech talks, and is recognised externally through talks, "
            "writing or open-source work in emerging areas."
        ),
    },
    "ownership": {
        1: (
            "Recognises what owning an outcome means, such as seeing a change through to "
            "production and watching its health afterwards, but waits for direction on what"
            " to do next."
        ),
        2: (
            "Completes assigned tasks end to end, including tests and deployment, checks "
            "dashboards after release, and escalates problems to their lead."
        ),
        3: (
            "Owns features and services in production with little oversight: sets up alerts"
            " and runbooks, takes on-call shifts, fixes what breaks and closes "
            "post-incident actions."
        ),
        4: (
            "Takes on ambiguous or orphaned problems nobody owns, such as a flaky shared "
            "pipeline, drives them to resolution across teams, and openly owns their "
            "mistakes in post-incident reviews."
        ),
        5: (
            "Builds an ownership culture across the organisation, such as service ownership"
            " models and production-readiness expectations, and is trusted by leadership "
            "with its most critical outcomes."
        ),
    },
    "prioritization-time-management": {
        1: (
            "Recognises the difference between urgent and important work and can name "
            "methods such as an impact/effort matrix, but relies on their lead to order "
            "their tasks."
        ),
        2: (
            "Keeps a task list for their own work, estimates simple tasks, and asks their "
            "lead what to drop when new requests arrive."
        ),
        3: (
            "Orders their own backlog by impact, meets committed deadlines, ships the "
            "simplest solution that works before polishing, and says no or later to "
            "requests with a reason."
        ),
        4: (
            "Prioritises across competing teams and interrupt-heavy work such as incidents "
            "and ad-hoc requests, makes trade-offs explicit in sprint and quarterly "
            "planning, and coaches others to cut scope."
        ),
        5: (
            "Sets the prioritisation framework the organisation plans with, such as impact "
            "scoring or a fixed split between roadmap and operational work, and is asked to"
            " arbitrate priorities across departments."
        ),
    },
    "attention-to-detail": {
        1: (
            "Recognises the value of tests, linters and review checklists and can name "
            "common defect sources such as edge cases, but does not yet check their own "
            "work systematically."
        ),
        2: (
            "Tests the happy path and obvious edge cases of their own changes, follows the "
            "team's review checklist, and fixes the issues reviewers point out."
        ),
        3: (
            "Checks edge cases, failure modes and environment differences before shipping, "
            "adds tests and monitoring that catch silent failures, and spots subtle bugs in"
            " others' pull requests."
        ),
        4: (
            "Introduces quality gates that catch problems before users do, such as contract"
            " tests, data validation or canary checks, holds the bar under deadline "
            "pressure, and coaches reviewers on what to look for."
        ),
        5: (
            "Defines the organisation's quality standards and release gates, and is known "
            "beyond their team for catching systemic defects and silent failure modes "
            "others missed."
        ),
    },
    "problem-solving": {
        1: (
            "Describes structured problem-solving steps, such as reproducing, isolating and"
            " testing hypotheses, but needs guidance to apply them to an unfamiliar "
            "problem."
        ),
        2: (
            "Debugs well-defined problems in their own code by reproducing them and reading"
            " logs, compares two options before choosing one, and asks for help when stuck."
        ),
        3: (
            "Breaks ambiguous problems into testable hypotheses, uses metrics, logs and "
            "traces as evidence, and writes up options with trade-offs to reach sound "
            "decisions unaided."
        ),
        4: (
            "Leads diagnosis of novel, high-pressure problems such as multi-system outages,"
            " keeps the investigation evidence-driven while others guess, and coaches "
            "teammates on their reasoning."
        ),
        5: (
            "Takes on the organisation's hardest cross-system problems, introduces decision"
            " practices such as decision records and structured incident analysis, and is "
            "recognised for reframing problems others considered intractable."
        ),
    },
    "risk-management": {
        1: (
            "Recognises common technical, operational and security risks, such as single "
            "points of failure, and can name methods like FMEA, but has not yet assessed "
            "risk in their own work."
        ),
        2: (
            "Lists the risks of their own change in the pull request or change ticket, "
            "including blast radius and rollback steps, using the team's template with "
            "review."
        ),
        3: (
            "Assesses likelihood and impact of risks in design docs, adds mitigations such "
            "as feature flags, staged rollouts and tested backups, and keeps the team's "
            "risk register current."
        ),
        4: (
            "Runs FMEA or scenario analysis on complex systems and migrations, agrees which"
            " risks to accept or mitigate with senior stakeholders, and coaches others on "
            "running risk reviews."
        ),
        5: (
            "Designs the organisation's risk management framework, such as risk review "
            "gates and risk appetite agreed with security and compliance, and is relied on "
            "by executives to assess major decisions."
        ),
    },
    "systems-thinking": {
        1: (
            "Recognises that their component is part of a larger system and can sketch its "
            "immediate upstream and downstream dependencies, but does not yet reason about "
            "wider effects."
        ),
        2: (
            "Checks the direct consumers of a service or dataset before changing it, with "
            "guidance, and traces a request through a few components using diagrams or "
            "distributed traces."
        ),
        3: (
            "Maps end-to-end flows of data, services and teams before making changes, "
            "anticipates side effects such as retry storms or broken downstream schemas, "
            "and designs to contain them."
        ),
        4: (
            "Identifies feedback loops and hidden couplings across many systems and teams, "
            "such as release practices driving on-call load, proposes structural fixes, and"
            " teaches others to reason end to end."
        ),
        5: (
            "Shapes the organisation's architecture and processes as one system, such as "
            "aligning team boundaries with service boundaries, and is recognised for "
            "preventing local optimisations from causing global failures."
        ),
    },
    "budgeting-financial-management": {
        1: (
            "Knows the main cost drivers of their team, such as headcount, cloud spend and "
            "licences, and can read a cost dashboard, but has not yet contributed to a "
            "budget."
        ),
        2: (
            "Estimates the cost of their own changes, such as a new cluster or instance "
            "type, and flags unexpected spend on the cost dashboard to their lead."
        ),
        3: (
            "Prepares the infrastructure portion of a team budget, forecasts and tracks "
            "spend against plan each month, and writes cost-benefit cases for proposed "
            "projects."
        ),
        4: (
            "Owns a team or department budget covering headcount and infrastructure, "
            "defends trade-offs with finance, reallocates spend when forecasts miss, and "
            "coaches leads on cost planning."
        ),
        5: (
            "Sets the financial planning approach for engineering, such as unit-cost "
            "targets, cost showback and multi-year headcount plans, and is trusted by "
            "finance and executives on engineering investment decisions."
        ),
    },
    "business-acumen": {
        1: (
            "Describes in general terms how the company makes money and who its customers "
            "are, but cannot yet link their own tasks to a business metric."
        ),
        2: (
            "Explains which product or customer their current work supports, and asks "
            "product managers about the business goal behind a task."
        ),
        3: (
            "Links their work to measurable business outcomes, such as revenue, conversion,"
            " cost or reliability KPIs, in design docs and planning, and weighs business "
            "impact when choosing between options."
        ),
        4: (
            "Builds business cases for technical investments that convince product and "
            "finance leaders, challenges work with weak business value, and helps engineers"
            " frame their work in business terms."
        ),
        5: (
            "Shapes engineering strategy around the company's commercial model and market "
            "position, and is trusted by executives as the engineering voice in pricing, "
            "investment and market decisions."
        ),
    },
    "platform-product-mindset": {
        1: (
            "Recognises that an internal platform has users, adoption and satisfaction like"
            " any product, and can name its main user groups, but has not yet applied "
            "product practices to it."
        ),
        2: (
            "Gathers feedback from platform users on a feature they built, and writes "
            "changelog entries and migration notes for their changes with guidance."
        ),
        3: (
            "Designs platform features from user research and golden-path use cases, tracks"
            " adoption and satisfaction metrics, and announces breaking changes with "
            "deprecation timelines."
        ),
        4: (
            "Owns a platform roadmap prioritised by user impact, balances competing "
            "internal customers, measures developer experience with surveys and delivery "
            "metrics, and coaches engineers in product thinking."
        ),
        5: (
            "Establishes platform-as-a-product across the organisation, including platform "
            "product managers, a service catalogue and satisfaction targets, and is "
            "recognised outside the company for their approach to platform adoption."
        ),
    },
    "project-management": {
        1: (
            "Recognises the parts of a project plan, such as scope, milestones, "
            "dependencies and risks, and can follow the team's Jira board, but has not yet "
            "planned a project."
        ),
        2: (
            "Plans a small piece of work by breaking it into estimated Jira tickets, and "
            "tracks its progress with guidance from a lead."
        ),
        3: (
            "Runs team projects from kickoff to delivery: defines scope and milestones, "
            "tracks dependencies and risks in Jira, reports status, and re-plans when "
            "estimates change."
        ),
        4: (
            "Runs multi-team projects with many dependencies and shifting scope, allocates "
            "people across workstreams, recovers slipping schedules, and coaches others to "
            "run their own projects."
        ),
        5: (
            "Sets the organisation's delivery practices, such as planning cadence, "
            "programme governance and portfolio tracking, and runs its largest programmes "
            "with a company-wide reputation for predictable delivery."
        ),
    },
    "strategic-planning": {
        1: (
            "Explains the difference between a strategy, a roadmap and OKRs, and can state "
            "their team's current objectives, but has not yet contributed to planning them."
        ),
        2: (
            "Contributes ideas and estimates to their team's quarterly planning, and drafts"
            " key results for their own area with help."
        ),
        3: (
            "Writes the team's quarterly OKRs and a two-to-three-quarter roadmap tied to "
            "business goals, and runs technology evaluations that inform what the team "
            "adopts."
        ),
        4: (
            "Writes multi-quarter technology strategy spanning several teams, makes "
            "build-versus-buy and technology-selection calls under uncertainty, aligns "
            "senior stakeholders behind it, and coaches leads on planning."
        ),
        5: (
            "Sets the organisation's multi-year technology strategy, translating company "
            "goals into investments and measurable objectives, and is recognised by "
            "executives and industry peers for its direction."
        ),
    },
    "vendor-management": {
        1: (
            "Recognises the main vendors and technology partners their team relies on and "
            "what a contract or SLA covers, but has not yet evaluated a vendor."
        ),
        2: (
            "Contributes to a vendor evaluation by testing a product during a trial and "
            "writing up findings against requirements someone else defined."
        ),
        3: (
            "Runs vendor evaluations for their team: defines requirements, compares options"
            " through proofs of concept, works with procurement, and escalates support "
            "issues under the vendor's SLA."
        ),
        4: (
            "Negotiates contracts and renewals, runs regular performance reviews with key "
            "vendors, manages a vendor that misses its SLA through to recovery or exit, and"
            " coaches others on evaluations."
        ),
        5: (
            "Sets the organisation's vendor and partnership strategy, including "
            "build-versus-buy policy and vendor lock-in risk, and is the senior contact for"
            " its strategic technology partners."
        ),
    },
}
