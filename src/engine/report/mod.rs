//! The report: per criterion a status and its findings, plus the figures.
//!
//! A finding is a typed value (`Finding`), not a string: its stable code,
//! severity and parameters are derived from the variant, and the texts in
//! `messages` match on it exhaustively per language.
//!
//! `finding` says what each finding is (its code, severity and basis),
//! `arrange` which findings a criterion shows and in what order, and
//! `samples` gives one finding of every code.

use litemap::LiteMap;

use rust_decimal::Decimal;

use crate::engine::ids::string_enum;
use crate::engine::model::*;
pub use crate::engine::profile::Basis;
use crate::engine::totals::YearTotals;

mod arrange;
mod finding;
mod samples;

pub use arrange::{by_code, in_report_order, without_superseded};
pub use finding::{Finding, Located, RowKind, RowName, ShareBound};

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

/// The verdict over all criteria: incomplete first, then not met, partly.
pub fn verdict_of(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().max().unwrap_or(Status::Incomplete)
}
