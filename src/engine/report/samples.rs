//! One finding of every code, with placeholder parameters: the list of
//! codes the tests and the documentation go through.

use rust_decimal::Decimal;

use crate::engine::model::*;

use super::{Finding, RowKind, RowName, ShareBound};

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
