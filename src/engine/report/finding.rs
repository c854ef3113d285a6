//! What a finding is: the typed `Finding` with what its message needs, its
//! stable code, severity, basis and criterion, the rows it names, and the
//! place in the plan it is about (`Located`).

use rust_decimal::Decimal;

use crate::engine::model::*;
use crate::engine::path::Path;

use super::{Basis, CriterionId, Severity};

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
