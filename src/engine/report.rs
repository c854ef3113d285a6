//! The report: per criterion a status and its findings, plus the figures.
//!
//! A finding is a typed value (`Finding`), not a string: its stable code,
//! severity and parameters are derived from the variant, and the texts in
//! `messages` match on it exhaustively per language.

use litemap::LiteMap;

use rust_decimal::Decimal;

use crate::engine::ids::string_enum;
use crate::engine::model::*;
use crate::engine::path::Path;
pub use crate::engine::profile::Basis;
use crate::engine::totals::YearTotals;

string_enum!(
    /// A criterion's outcome, and the verdict: ordered from best to worst
    /// but for `Incomplete`, which is not judged.
    Status {
        Meets => "meets",
        Partly => "partly",
        NotMet => "not_met",
        Incomplete => "incomplete",
    }
);

string_enum!(
    Severity {
        Info => "info",
        Warning => "warning",
        Error => "error",
    }
);

string_enum!(
    CriterionId {
        C1 => "C1",
        C2 => "C2",
        C3 => "C3",
        C4 => "C4",
        C5 => "C5",
        C6 => "C6",
    }
);

/// The kinds of row a finding can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Partner,
    Contribution,
    BudgetLine,
    Activity,
    Indicator,
}

/// How a finding names a row of the plan: by the name the user gave it
/// (a partner's or activity's name, a line's or contribution's
/// description, an indicator's label), or by its place in its list when it
/// has none; never by an internal id such as `p10`.
#[derive(Clone, Debug, PartialEq)]
pub struct RowName {
    pub kind: RowKind,
    /// 1-based, as the form numbers its rows ("Partner 10").
    pub position: usize,
    /// The name; blank when the row has none.
    pub name: String,
}

impl RowName {
    pub fn new(kind: RowKind, index: usize, name: &str) -> RowName {
        RowName {
            kind,
            position: index + 1,
            name: name.trim().to_string(),
        }
    }

    pub fn partner(index: usize, partner: &Partner) -> RowName {
        RowName::new(RowKind::Partner, index, &partner.name)
    }

    pub fn activity(index: usize, activity: &Activity) -> RowName {
        RowName::new(RowKind::Activity, index, &activity.name)
    }

    /// As a report parameter: the name, or `#10` for a row without one.
    pub fn param(&self) -> String {
        if self.name.is_empty() {
            format!("#{}", self.position)
        } else {
            self.name.clone()
        }
    }
}

/// Which share rule a sector fails (C3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareBound {
    Low,
    High,
    Missing,
}

/// Every finding the engine can make, with what its message needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    // C1
    NoFocus,
    NoRegionalFit,
    NoAlliances,
    /// Nothing says what the centre adds to the region's existing activities.
    NoComplementarity,
    /// The education partners cover exactly one level of vo/mbo/hbo/wo.
    EducationChain {
        level: PartnerKind,
    },
    // C2
    NoPracticePartner,
    NoEducationPartner,
    FewCompanies {
        companies: usize,
        minimum: usize,
    },
    NotStrategic {
        sector: Sector,
    },
    NotExecutive {
        sector: Sector,
    },
    NoCompanyManagement,
    NoBoard,
    NoCofinancing {
        sector: Sector,
    },
    PartnersWithoutContribution {
        partners: Vec<RowName>,
    },
    /// The plan beside the average PPS. `organisations` is the largest count
    /// target of a companies indicator when there is one
    /// (`organisations_from_indicator`), else the partners outside
    /// education; students and teachers are the largest count targets.
    Benchmark {
        organisations: Decimal,
        organisations_from_indicator: bool,
        students: Option<Decimal>,
        teachers: Option<Decimal>,
        average_organisations: u32,
        average_students: u32,
        average_teachers: u32,
    },
    // C3
    /// A sector outside the band, or below the minimum. `extra` is the fix:
    /// for Low/Missing what this sector must add to reach `bound`; for High
    /// what the other sectors together must add to bring it down to `bound`.
    /// `limit` is the threshold the rule compares with (band edge or minimum).
    Share {
        sector: Sector,
        rule: ShareBound,
        share: Decimal,
        limit: Decimal,
        bound: Decimal,
        extra: Decimal,
        /// The band Centra-check reads "ongeveer 1/3" as: (lower, upper).
        band: (Decimal, Decimal),
    },
    FinancingShortfall {
        costs: Decimal,
        cofinancing: Decimal,
        difference: Decimal,
    },
    FinancingSurplus {
        costs: Decimal,
        cofinancing: Decimal,
        difference: Decimal,
    },
    MeetingHoursExcluded {
        partner: RowName,
        amount: Decimal,
    },
    LooksLikeMeetings {
        partner: RowName,
        description: String,
    },
    InKindNoBasis {
        partner: RowName,
        description: String,
    },
    InKindMismatch {
        partner: RowName,
        computed: Decimal,
        amount: Decimal,
    },
    RateHigh {
        partner: RowName,
        rate: Decimal,
        maximum: Decimal,
    },
    /// Equipment, facilities or other in kind without an amount: € 0.
    InKindNoAmount {
        partner: RowName,
        contribution: RowName,
    },
    /// Equipment or facilities with an amount but no valuation.
    InKindNoValuation {
        partner: RowName,
        contribution: RowName,
        amount: Decimal,
    },
    /// In kind valued at the price of the thing itself.
    InKindMarketValue {
        partner: RowName,
        contribution: RowName,
        amount: Decimal,
    },
    /// A contribution (of `partner`) or a budget line with a year outside
    /// the period `first` … `last`.
    YearOutsidePeriod {
        row: RowName,
        partner: Option<RowName>,
        year: i32,
        first: i64,
        last: i64,
    },
    /// Practice cofinancing from public organisations only.
    NoPrivateCofinancing {
        practice: Decimal,
    },
    /// One plan for the whole of C3: per sector (practice, government,
    /// education) the change in whole euros, and their sum, after which
    /// the cofinancing covers the costs with every share within `band`.
    BalancePlan {
        changes: [Decimal; 3],
        total: Decimal,
        band: (Decimal, Decimal),
    },
    NoBureauDistinction,
    UnclassifiedLines {
        lines: Vec<RowName>,
        amount: Decimal,
    },
    /// `to_move`: what to move from bureau costs to activities, total
    /// unchanged, to bring the bureau share down to `target` (whole euros).
    BureauShareHigh {
        share: Decimal,
        maximum: Decimal,
        bureau: Decimal,
        to_move: Decimal,
        target: Decimal,
    },
    BureauShareExcessive {
        share: Decimal,
        maximum: Decimal,
        bureau: Decimal,
        to_move: Decimal,
        target: Decimal,
    },
    NoDuration,
    ShortDuration {
        years: u32,
        minimum: u32,
    },
    PartnerUnassigned {
        partners: Vec<RowName>,
        amount: Decimal,
    },
    // C4
    NoActivities,
    ActivityNoGoal {
        activity: RowName,
    },
    ActivityNoTarget {
        activity: RowName,
    },
    ActivityNoBudget {
        activity: RowName,
    },
    /// `activity`: the id the line names (it matches no activity).
    UnknownActivity {
        line: RowName,
        activity: Option<String>,
    },
    CostPerUnit {
        activity: RowName,
        cost: Decimal,
        unit: String,
        budget: Decimal,
        count: Decimal,
    },
    GoalsUncovered {
        goals: Vec<Goal>,
    },
    // C5
    NoIndicators,
    GroupMissing {
        group: Group,
    },
    NoTarget {
        indicator: RowName,
        direction: Improvement,
    },
    NoCompanyIndicator,
    // C6
    NoExperiment,
    ExperimentAlone,
    /// `partner`: the id the activity names (it matches no partner).
    UnknownPartner {
        activity: RowName,
        partner: String,
    },
}

fn sector_word(sector: Sector) -> &'static str {
    match sector {
        Sector::Practice => "PRACTICE",
        Sector::Government => "GOVERNMENT",
        Sector::Education => "EDUCATION",
        Sector::Unassigned => "UNASSIGNED",
    }
}

impl Finding {
    /// The stable code: never changes with language or wording.
    // One copy: the page calls it from two places.
    #[inline(never)]
    pub fn code(&self) -> String {
        use Finding::*;
        let fixed = match self {
            NoFocus => "C1_NO_FOCUS",
            NoRegionalFit => "C1_NO_REGIONAL_FIT",
            NoAlliances => "C1_NO_ALLIANCES",
            NoComplementarity => "C1_NO_COMPLEMENTARITY",
            EducationChain { .. } => "C1_EDUCATION_CHAIN",
            NoPracticePartner => "C2_NO_PRACTICE_PARTNER",
            NoEducationPartner => "C2_NO_EDUCATION_PARTNER",
            FewCompanies { .. } => "C2_FEW_COMPANIES",
            NotStrategic { sector } => return format!("C2_{}_NOT_STRATEGIC", sector_word(*sector)),
            NotExecutive { sector } => return format!("C2_{}_NOT_EXECUTIVE", sector_word(*sector)),
            NoCompanyManagement => "C2_NO_COMPANY_MANAGEMENT",
            NoBoard => "C2_NO_BOARD",
            NoCofinancing { sector } => {
                return format!("C2_{}_NO_COFINANCING", sector_word(*sector))
            }
            PartnersWithoutContribution { .. } => "C2_PARTNER_WITHOUT_CONTRIBUTION",
            Benchmark { .. } => "C2_BENCHMARK",
            Share { sector, rule, .. } => {
                let rule = match rule {
                    ShareBound::Low => "LOW",
                    ShareBound::High => "HIGH",
                    ShareBound::Missing => "MISSING",
                };
                return format!("C3_{}_SHARE_{rule}", sector_word(*sector));
            }
            FinancingShortfall { .. } => "C3_FINANCING_SHORTFALL",
            FinancingSurplus { .. } => "C3_FINANCING_SURPLUS",
            MeetingHoursExcluded { .. } => "C3_MEETING_HOURS_EXCLUDED",
            LooksLikeMeetings { .. } => "C3_LOOKS_LIKE_MEETINGS",
            InKindNoBasis { .. } => "C3_IN_KIND_NO_BASIS",
            InKindMismatch { .. } => "C3_IN_KIND_MISMATCH",
            RateHigh { .. } => "C3_RATE_HIGH",
            InKindNoAmount { .. } => "C3_IN_KIND_NO_AMOUNT",
            InKindNoValuation { .. } => "C3_IN_KIND_NO_VALUATION",
            InKindMarketValue { .. } => "C3_IN_KIND_MARKET_VALUE",
            YearOutsidePeriod { .. } => "C3_YEAR_OUTSIDE_PERIOD",
            NoPrivateCofinancing { .. } => "C3_NO_PRIVATE_COFINANCING",
            BalancePlan { .. } => "C3_BALANCE_PLAN",
            NoBureauDistinction => "C3_NO_BUREAU_DISTINCTION",
            UnclassifiedLines { .. } => "C3_UNCLASSIFIED_LINES",
            BureauShareHigh { .. } => "C3_BUREAU_SHARE_HIGH",
            BureauShareExcessive { .. } => "C3_BUREAU_SHARE_EXCESSIVE",
            NoDuration => "C3_NO_DURATION",
            ShortDuration { .. } => "C3_SHORT_DURATION",
            PartnerUnassigned { .. } => "C3_PARTNER_UNASSIGNED",
            NoActivities => "C4_NO_ACTIVITIES",
            ActivityNoGoal { .. } => "C4_ACTIVITY_NO_GOAL",
            ActivityNoTarget { .. } => "C4_ACTIVITY_NO_TARGET",
            ActivityNoBudget { .. } => "C4_ACTIVITY_NO_BUDGET",
            UnknownActivity { .. } => "C4_UNKNOWN_ACTIVITY",
            CostPerUnit { .. } => "C4_COST_PER_UNIT",
            GoalsUncovered { .. } => "C4_GOALS_UNCOVERED",
            NoIndicators => "C5_NO_INDICATORS",
            GroupMissing { .. } => "C5_GROUP_MISSING",
            NoTarget { .. } => "C5_NO_TARGET",
            NoCompanyIndicator => "C5_NO_COMPANY_INDICATOR",
            NoExperiment => "C6_NO_EXPERIMENT",
            ExperimentAlone => "C6_EXPERIMENT_ALONE",
            UnknownPartner { .. } => "C6_UNKNOWN_PARTNER",
        };
        fixed.to_string()
    }

    pub fn severity(&self) -> Severity {
        use Finding::*;
        use Severity::*;
        match self {
            NoFocus => Error,
            NoRegionalFit | NoAlliances | NoComplementarity => Warning,
            EducationChain { .. } => Info,
            NoPracticePartner | NoEducationPartner => Error,
            FewCompanies { .. } => Warning,
            NotStrategic { .. } | NotExecutive { .. } => Error,
            NoCompanyManagement | NoBoard => Warning,
            NoCofinancing { .. } => Error,
            PartnersWithoutContribution { .. } | Benchmark { .. } => Info,
            Share {
                rule: ShareBound::Missing,
                ..
            } => Error,
            Share { .. } => Warning,
            FinancingShortfall { .. } => Error,
            FinancingSurplus { .. } => Warning,
            MeetingHoursExcluded { .. } => Error,
            LooksLikeMeetings { .. } | InKindNoBasis { .. } => Warning,
            InKindMismatch { .. } => Error,
            RateHigh { .. } => Warning,
            InKindNoAmount { .. } | InKindNoValuation { .. } | InKindMarketValue { .. } => Warning,
            YearOutsidePeriod { .. } | NoPrivateCofinancing { .. } => Warning,
            BalancePlan { .. } => Info,
            NoBureauDistinction => Error,
            UnclassifiedLines { .. } | BureauShareHigh { .. } => Warning,
            BureauShareExcessive { .. } => Error,
            NoDuration | ShortDuration { .. } | PartnerUnassigned { .. } => Warning,
            ActivityNoGoal { .. } => Warning,
            NoActivities | ActivityNoTarget { .. } | ActivityNoBudget { .. } => Error,
            UnknownActivity { .. } => Error,
            CostPerUnit { .. } | GoalsUncovered { .. } => Info,
            NoIndicators => Error,
            GroupMissing { .. } | NoTarget { .. } => Warning,
            NoCompanyIndicator => Info,
            NoExperiment => Error,
            ExperimentAlone | UnknownPartner { .. } => Warning,
        }
    }

    /// Whose demand this is, as the code's row in `criteria.md` says:
    /// Katapult's own text, or Centra-check's reading of a looser sentence.
    pub fn basis(&self) -> Basis {
        use Basis::*;
        use Finding::*;
        match self {
            NoFocus | NoRegionalFit | NoAlliances | EducationChain { .. } => Werkdefinitie,
            NoComplementarity => Werkdefinitie,
            NoPracticePartner | NoEducationPartner | FewCompanies { .. } => Werkdefinitie,
            NotStrategic { .. } | NotExecutive { .. } => Werkdefinitie,
            NoCompanyManagement | NoBoard | NoCofinancing { .. } => Werkdefinitie,
            PartnersWithoutContribution { .. } => Guideline,
            Benchmark { .. } => Werkdefinitie,
            Share { .. } | FinancingShortfall { .. } | FinancingSurplus { .. } => Guideline,
            MeetingHoursExcluded { .. } => Werkdefinitie,
            LooksLikeMeetings { .. } | InKindNoBasis { .. } | InKindMismatch { .. } => Guideline,
            RateHigh { .. } => Guideline,
            InKindNoAmount { .. } | InKindNoValuation { .. } | InKindMarketValue { .. } => {
                Guideline
            }
            YearOutsidePeriod { .. } | BalancePlan { .. } => Guideline,
            NoPrivateCofinancing { .. } => Werkdefinitie,
            NoBureauDistinction | UnclassifiedLines { .. } => Werkdefinitie,
            BureauShareHigh { .. } | BureauShareExcessive { .. } => Guideline,
            NoDuration | ShortDuration { .. } | PartnerUnassigned { .. } => Guideline,
            NoActivities | ActivityNoGoal { .. } | ActivityNoTarget { .. } => Werkdefinitie,
            ActivityNoBudget { .. } | CostPerUnit { .. } => Werkdefinitie,
            UnknownActivity { .. } | GoalsUncovered { .. } => Guideline,
            NoIndicators | GroupMissing { .. } | NoCompanyIndicator => Werkdefinitie,
            NoTarget { .. } => Guideline,
            NoExperiment | ExperimentAlone => Werkdefinitie,
            UnknownPartner { .. } => Guideline,
        }
    }

    pub fn criterion(&self) -> CriterionId {
        match &self.code()[..2] {
            "C1" => CriterionId::C1,
            "C2" => CriterionId::C2,
            "C3" => CriterionId::C3,
            "C4" => CriterionId::C4,
            "C5" => CriterionId::C5,
            _ => CriterionId::C6,
        }
    }
}

/// A finding and the place in the proposal it is about, so the UI can
/// link to the field (`partners[1].contributions[0]`, `centre.themes`).
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub finding: Finding,
    pub path: Option<Path>,
}

impl Finding {
    /// Whether this kind of finding supersedes any other (the left column
    /// of "Superseded findings" in `criteria.md`).
    pub fn can_supersede(&self) -> bool {
        use Finding::*;
        matches!(
            self,
            NoPracticePartner
                | NoEducationPartner
                | Share {
                    rule: ShareBound::Missing,
                    ..
                }
                | BureauShareExcessive { .. }
                | NoBureauDistinction
                | ActivityNoBudget { .. }
                | NoIndicators
                | NoExperiment
        )
    }
}

impl Finding {
    /// Whether this finding supersedes only findings on its own path.
    fn supersedes_on_its_path(&self) -> bool {
        matches!(self, Finding::ActivityNoBudget { .. })
    }
}

impl Located {
    /// Whether this finding only restates `stronger` about the same sector
    /// or subject ("one gap, one finding": the table "Superseded findings"
    /// of `criteria.md`). The stronger one is always at least as severe, so
    /// leaving this one out never changes a status.
    pub fn superseded_by(&self, stronger: &Located) -> bool {
        use Finding::*;
        match (&stronger.finding, &self.finding) {
            (
                NoPracticePartner,
                NotStrategic {
                    sector: Sector::Practice,
                }
                | NotExecutive {
                    sector: Sector::Practice,
                }
                | NoCofinancing {
                    sector: Sector::Practice,
                }
                | NoCompanyManagement
                | FewCompanies { .. },
            ) => true,
            (
                NoEducationPartner,
                NotStrategic {
                    sector: Sector::Education,
                }
                | NotExecutive {
                    sector: Sector::Education,
                }
                | NoCofinancing {
                    sector: Sector::Education,
                }
                | NoBoard,
            ) => true,
            (
                Share {
                    sector: missing,
                    rule: ShareBound::Missing,
                    ..
                },
                Share {
                    sector: low,
                    rule: ShareBound::Low,
                    ..
                },
            ) => missing == low,
            (BureauShareExcessive { .. }, BureauShareHigh { .. }) => true,
            (NoBureauDistinction, UnclassifiedLines { .. }) => true,
            // Both sit on the activity's own path, which names it uniquely.
            (ActivityNoBudget { .. }, CostPerUnit { .. }) => stronger.path == self.path,
            (NoIndicators, GroupMissing { .. } | NoCompanyIndicator) => true,
            (NoExperiment, ExperimentAlone) => true,
            _ => false,
        }
    }
}

/// Leaves out every finding that another one in the list supersedes.
///
/// Linear in the findings: a weaker finding is compared only with the
/// stronger ones that could concern it. Those about one subject by its
/// path (an activity without budget: one per activity, entered in the
/// order of the rows) are looked up by path, as a plan may have
/// thousands; the others are one per sector or subject.
pub fn without_superseded(findings: Vec<Located>) -> Vec<Located> {
    let mut on_path: LiteMap<Path, usize> = LiteMap::new();
    let mut few = Vec::new();
    for (index, finding) in findings.iter().enumerate() {
        match (&finding.path, finding.finding.supersedes_on_its_path()) {
            (Some(path), true) => {
                on_path.insert(path.clone(), index);
            }
            _ if finding.finding.can_supersede() => few.push(index),
            _ => {}
        }
    }
    let keep: Vec<bool> = findings
        .iter()
        .map(|weaker| {
            let same_path = weaker.path.as_ref().and_then(|path| on_path.get(path));
            !few.iter()
                .chain(same_path)
                .any(|&s| weaker.superseded_by(&findings[s]))
        })
        .collect();
    findings
        .into_iter()
        .zip(keep)
        .filter_map(|(finding, keep)| keep.then_some(finding))
        .collect()
}

/// The findings by code, each code where its first finding stands and
/// its findings in their order: how the page groups many findings of one
/// kind without changing the order the report gives.
pub fn by_code(findings: &[Located]) -> Vec<(String, Vec<&Located>)> {
    let mut groups: Vec<(String, Vec<&Located>)> = Vec::new();
    for located in findings {
        let code = located.finding.code();
        // A search of the few codes seen so far: linear in the findings.
        match groups.iter_mut().find(|(seen, _)| *seen == code) {
            Some((_, group)) => group.push(located),
            None => groups.push((code, vec![located])),
        }
    }
    groups
}

#[derive(Clone, Debug, PartialEq)]
pub struct CriterionResult {
    pub id: CriterionId,
    /// From all findings, Katapult's and Centra-check's guidelines alike.
    pub status: Status,
    /// From the findings of basis `werkdefinitie` alone: what Katapult's
    /// own text says of the plan.
    pub werkdefinitie_status: Status,
    pub findings: Vec<Located>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub total_costs: Decimal,
    pub total_cofinancing: Decimal,
    pub cash_total: Decimal,
    pub in_kind_total: Decimal,
    pub excluded_meeting_hours: Decimal,
    /// In `Sector::ALL` order: practice, government, education, unassigned.
    pub sector_totals: [Decimal; 4],
    /// Shares of recognised cofinancing, same order; all zero when it is zero.
    pub sector_shares: [Decimal; 4],
    /// Recognised cash and in kind per sector, same order; together the
    /// sector's total.
    pub sector_cash: [Decimal; 4],
    pub sector_in_kind: [Decimal; 4],
    /// Recognised cofinancing from companies and sector organisations.
    pub private_cofinancing: Decimal,
    /// Its share of recognised cofinancing; zero when that is zero.
    pub private_share: Decimal,
    pub bureau_total: Decimal,
    pub activity_total: Decimal,
    pub unclassified_total: Decimal,
    pub bureau_share: Decimal,
    /// Per activity id with a target and a budget: budget ÷ target count.
    pub cost_per_unit: LiteMap<String, Decimal>,
    pub per_year: LiteMap<i32, YearTotals>,
    /// Costs and cofinancing without a year, when anything has none: with
    /// the years it adds up to the totals.
    pub no_year: Option<YearTotals>,
    /// How many partners of each kind, for the kinds present, in
    /// `PartnerKind::ALL` order.
    pub partner_counts: Vec<(PartnerKind, usize)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub profile: String,
    pub verdict: Status,
    /// The statuses of Katapult's own text combined as `verdict` combines
    /// the statuses.
    pub werkdefinitie_verdict: Status,
    pub criteria: Vec<CriterionResult>,
    pub figures: Figures,
}

impl Report {
    pub fn criterion(&self, id: CriterionId) -> &CriterionResult {
        &self.criteria[id as usize]
    }

    /// All codes, in report order: handy for tests and summaries.
    pub fn codes(&self) -> Vec<String> {
        self.criteria
            .iter()
            .flat_map(|c| c.findings.iter().map(|f| f.finding.code()))
            .collect()
    }
}

/// The worst of the findings: any error → not met, any warning → partly.
pub fn status_of(findings: &[Located]) -> Status {
    statuses_of(findings).0
}

/// The worst of the findings of basis `werkdefinitie` alone.
pub fn werkdefinitie_status_of(findings: &[Located]) -> Status {
    statuses_of(findings).1
}

/// Both statuses in one pass: of all findings, and of Katapult's own.
pub fn statuses_of(findings: &[Located]) -> (Status, Status) {
    let mut worst = (Severity::Info, Severity::Info);
    for located in findings {
        let severity = located.finding.severity();
        worst.0 = worst.0.max(severity);
        if located.finding.basis() == Basis::Werkdefinitie {
            worst.1 = worst.1.max(severity);
        }
    }
    let status = |severity| match severity {
        Severity::Error => Status::NotMet,
        Severity::Warning => Status::Partly,
        Severity::Info => Status::Meets,
    };
    (status(worst.0), status(worst.1))
}

/// The order within a criterion: the balance plan first (it answers the
/// findings below it), then errors, warnings and information, each in the
/// order the rules found them (in C3 a cause before what it causes).
pub fn in_report_order(mut findings: Vec<Located>) -> Vec<Located> {
    // Stable: within a rank, the order the rules found them.
    findings.sort_by_key(
        |located| match (&located.finding, located.finding.severity()) {
            (Finding::BalancePlan { .. }, _) => 0,
            (_, Severity::Error) => 1,
            (_, Severity::Warning) => 2,
            (_, Severity::Info) => 3,
        },
    );
    findings
}

/// The verdict over all criteria: incomplete first, then not met, partly.
pub fn verdict_of(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().max().unwrap_or(Status::Incomplete)
}

impl Finding {
    /// One finding of every code, with placeholder parameters: the list of
    /// codes for tests and documentation. A new variant without an entry
    /// here fails to compile (the match at the end).
    pub fn samples() -> Vec<Finding> {
        let zero = Decimal::ZERO;
        let text = String::new;
        let row = |kind| RowName::new(kind, 0, "");
        let mut findings = Vec::new();
        for sector in [Sector::Practice, Sector::Education] {
            findings.push(Finding::NotStrategic { sector });
            findings.push(Finding::NotExecutive { sector });
            findings.push(Finding::NoCofinancing { sector });
        }
        for sector in Sector::THIRDS {
            for rule in [ShareBound::Low, ShareBound::High, ShareBound::Missing] {
                findings.push(Finding::Share {
                    sector,
                    rule,
                    share: zero,
                    limit: zero,
                    bound: zero,
                    extra: zero,
                    band: (zero, zero),
                });
            }
        }
        findings.extend([
            Finding::NoFocus,
            Finding::NoRegionalFit,
            Finding::NoAlliances,
            Finding::NoComplementarity,
            Finding::EducationChain {
                level: PartnerKind::Mbo,
            },
            Finding::NoPracticePartner,
            Finding::NoEducationPartner,
            Finding::FewCompanies {
                companies: 0,
                minimum: 0,
            },
            Finding::NoCompanyManagement,
            Finding::NoBoard,
            Finding::PartnersWithoutContribution { partners: vec![] },
            Finding::Benchmark {
                organisations: zero,
                organisations_from_indicator: false,
                students: None,
                teachers: None,
                average_organisations: 0,
                average_students: 0,
                average_teachers: 0,
            },
            Finding::FinancingShortfall {
                costs: zero,
                cofinancing: zero,
                difference: zero,
            },
            Finding::FinancingSurplus {
                costs: zero,
                cofinancing: zero,
                difference: zero,
            },
            Finding::MeetingHoursExcluded {
                partner: row(RowKind::Partner),
                amount: zero,
            },
            Finding::LooksLikeMeetings {
                partner: row(RowKind::Partner),
                description: text(),
            },
            Finding::InKindNoBasis {
                partner: row(RowKind::Partner),
                description: text(),
            },
            Finding::InKindMismatch {
                partner: row(RowKind::Partner),
                computed: zero,
                amount: zero,
            },
            Finding::RateHigh {
                partner: row(RowKind::Partner),
                rate: zero,
                maximum: zero,
            },
            Finding::InKindNoAmount {
                partner: row(RowKind::Partner),
                contribution: row(RowKind::Contribution),
            },
            Finding::InKindNoValuation {
                partner: row(RowKind::Partner),
                contribution: row(RowKind::Contribution),
                amount: zero,
            },
            Finding::InKindMarketValue {
                partner: row(RowKind::Partner),
                contribution: row(RowKind::Contribution),
                amount: zero,
            },
            Finding::YearOutsidePeriod {
                row: row(RowKind::BudgetLine),
                partner: None,
                year: 0,
                first: 0,
                last: 0,
            },
            Finding::NoPrivateCofinancing { practice: zero },
            Finding::BalancePlan {
                changes: [zero; 3],
                total: zero,
                band: (zero, zero),
            },
            Finding::NoBureauDistinction,
            Finding::UnclassifiedLines {
                lines: vec![],
                amount: zero,
            },
            Finding::BureauShareHigh {
                share: zero,
                maximum: zero,
                bureau: zero,
                to_move: zero,
                target: zero,
            },
            Finding::BureauShareExcessive {
                share: zero,
                maximum: zero,
                bureau: zero,
                to_move: zero,
                target: zero,
            },
            Finding::NoDuration,
            Finding::ShortDuration {
                years: 0,
                minimum: 0,
            },
            Finding::PartnerUnassigned {
                partners: vec![],
                amount: zero,
            },
            Finding::NoActivities,
            Finding::ActivityNoGoal {
                activity: row(RowKind::Activity),
            },
            Finding::ActivityNoTarget {
                activity: row(RowKind::Activity),
            },
            Finding::ActivityNoBudget {
                activity: row(RowKind::Activity),
            },
            Finding::UnknownActivity {
                line: row(RowKind::BudgetLine),
                activity: None,
            },
            Finding::CostPerUnit {
                activity: row(RowKind::Activity),
                cost: zero,
                unit: text(),
                budget: zero,
                count: zero,
            },
            Finding::GoalsUncovered {
                goals: vec![Goal::NextProfessional],
            },
            Finding::NoIndicators,
            Finding::GroupMissing {
                group: Group::Students,
            },
            Finding::NoTarget {
                indicator: row(RowKind::Indicator),
                direction: Improvement::Up,
            },
            Finding::NoCompanyIndicator,
            Finding::NoExperiment,
            Finding::ExperimentAlone,
            Finding::UnknownPartner {
                activity: row(RowKind::Activity),
                partner: text(),
            },
        ]);
        // Exhaustiveness guard: a new variant makes this match fail to compile.
        for finding in &findings {
            match finding {
                Finding::NoFocus
                | Finding::NoRegionalFit
                | Finding::NoAlliances
                | Finding::NoComplementarity
                | Finding::EducationChain { .. }
                | Finding::NoPracticePartner
                | Finding::NoEducationPartner
                | Finding::FewCompanies { .. }
                | Finding::NotStrategic { .. }
                | Finding::NotExecutive { .. }
                | Finding::NoCompanyManagement
                | Finding::NoBoard
                | Finding::NoCofinancing { .. }
                | Finding::PartnersWithoutContribution { .. }
                | Finding::Benchmark { .. }
                | Finding::Share { .. }
                | Finding::FinancingShortfall { .. }
                | Finding::FinancingSurplus { .. }
                | Finding::MeetingHoursExcluded { .. }
                | Finding::LooksLikeMeetings { .. }
                | Finding::InKindNoBasis { .. }
                | Finding::InKindMismatch { .. }
                | Finding::RateHigh { .. }
                | Finding::InKindNoAmount { .. }
                | Finding::InKindNoValuation { .. }
                | Finding::InKindMarketValue { .. }
                | Finding::YearOutsidePeriod { .. }
                | Finding::NoPrivateCofinancing { .. }
                | Finding::BalancePlan { .. }
                | Finding::NoBureauDistinction
                | Finding::UnclassifiedLines { .. }
                | Finding::BureauShareHigh { .. }
                | Finding::BureauShareExcessive { .. }
                | Finding::NoDuration
                | Finding::ShortDuration { .. }
                | Finding::PartnerUnassigned { .. }
                | Finding::NoActivities
                | Finding::ActivityNoGoal { .. }
                | Finding::ActivityNoTarget { .. }
                | Finding::ActivityNoBudget { .. }
                | Finding::UnknownActivity { .. }
                | Finding::CostPerUnit { .. }
                | Finding::GoalsUncovered { .. }
                | Finding::NoIndicators
                | Finding::GroupMissing { .. }
                | Finding::NoTarget { .. }
                | Finding::NoCompanyIndicator
                | Finding::NoExperiment
                | Finding::ExperimentAlone
                | Finding::UnknownPartner { .. } => {}
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(finding: Finding, row: usize) -> Located {
        Located {
            finding,
            path: Some(Path::of("activities").row(row)),
        }
    }

    #[test]
    fn a_finding_that_supersedes_on_its_path_supersedes_nothing_elsewhere() {
        // What makes looking it up by path in `without_superseded` right.
        for stronger in Finding::samples() {
            if !stronger.supersedes_on_its_path() {
                continue;
            }
            let stronger = at(stronger, 0);
            for weaker in Finding::samples() {
                assert!(
                    !at(weaker.clone(), 1).superseded_by(&stronger),
                    "{weaker:?}"
                );
            }
        }
    }

    #[test]
    fn findings_grouped_by_code_keep_the_order_of_the_report() {
        let activity = || RowName::new(RowKind::Activity, 0, "a");
        let findings = vec![
            at(
                Finding::ActivityNoGoal {
                    activity: activity(),
                },
                0,
            ),
            at(
                Finding::ActivityNoTarget {
                    activity: activity(),
                },
                0,
            ),
            at(
                Finding::ActivityNoGoal {
                    activity: activity(),
                },
                1,
            ),
            at(Finding::NoActivities, 0),
            at(
                Finding::ActivityNoTarget {
                    activity: activity(),
                },
                1,
            ),
        ];
        let groups = by_code(&findings);
        let summary: Vec<(&str, Vec<Option<&Path>>)> = groups
            .iter()
            .map(|(code, group)| {
                (
                    code.as_str(),
                    group.iter().map(|f| f.path.as_ref()).collect(),
                )
            })
            .collect();
        let row = |i| Some(Path::of("activities").row(i));
        let (r0, r1) = (row(0), row(1));
        assert_eq!(
            summary,
            vec![
                ("C4_ACTIVITY_NO_GOAL", vec![r0.as_ref(), r1.as_ref()]),
                ("C4_ACTIVITY_NO_TARGET", vec![r0.as_ref(), r1.as_ref()]),
                ("C4_NO_ACTIVITIES", vec![r0.as_ref()]),
            ]
        );
    }

    #[test]
    fn supersession_over_many_activities_is_linear() {
        // 40,000 activities without budget beside 40,000 other findings:
        // every pair would be 3.2 billion comparisons, minutes; linear
        // work is well under a second even unoptimised.
        let name = || RowName::new(RowKind::Activity, 0, "a");
        let mut findings = Vec::new();
        for row in 0..40_000 {
            findings.push(at(Finding::ActivityNoBudget { activity: name() }, row));
            findings.push(at(Finding::ActivityNoGoal { activity: name() }, row));
        }
        let started = std::time::Instant::now();
        let kept = without_superseded(findings);
        assert_eq!(kept.len(), 80_000);
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }
}
