//! Deterministic synthetic proposals of a chosen size, for benchmarks and
//! performance tests (criterion benches, the browser's keystroke timing).
//!
//! The proposals are realistic in shape and *meet* every criterion, so the
//! engine walks all of its rules rather than stopping at an empty list. The
//! same size always gives the same proposal: no randomness, no clock.
//!
//! ```
//! use centra_check::engine::synthetic::{proposal, Size};
//! let p = proposal(Size::TYPICAL);
//! assert_eq!(p.partners.len(), 40);
//! ```

use rust_decimal::Decimal;

use crate::engine::model::*;

/// How many rows of each list a synthetic proposal has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub partners: usize,
    pub budget_lines: usize,
    pub activities: usize,
}

impl Size {
    /// A typical centre plan: 40 partners, 200 budget lines, 10 activities.
    pub const TYPICAL: Size = Size {
        partners: 40,
        budget_lines: 200,
        activities: 10,
    };

    /// A very large plan: 2,000 partners, 20,000 budget lines, 100 activities.
    pub const LARGE: Size = Size {
        partners: 2_000,
        budget_lines: 20_000,
        activities: 100,
    };

    /// The typical plan with every list `factor` times as long.
    pub fn typical_times(factor: usize) -> Size {
        Size {
            partners: Size::TYPICAL.partners * factor,
            budget_lines: Size::TYPICAL.budget_lines * factor,
            activities: Size::TYPICAL.activities * factor,
        }
    }

    /// A named size: `typical`, `large`, or `typical*N`.
    pub fn by_name(name: &str) -> Option<Size> {
        match name {
            "typical" => Some(Size::TYPICAL),
            "large" => Some(Size::LARGE),
            other => other
                .strip_prefix("typical*")
                .and_then(|n| n.parse().ok())
                .filter(|&n| n > 0)
                .map(Size::typical_times),
        }
    }

    /// Rows in all lists together: the `n` that costs should grow linearly in.
    pub fn rows(&self) -> usize {
        self.partners + self.budget_lines + self.activities
    }
}

/// Cash each partner gives, in euros.
const CASH: i64 = 10_000;
/// Staff hours each partner gives, and their rate: 100 × 75 = 7,500.
const HOURS: i64 = 100;
const RATE: i64 = 75;

/// Partner kinds taken in turn, so the three sectors stay about a third each
/// (practice, education, government, practice, …).
const KINDS: [PartnerKind; 6] = [
    PartnerKind::Company,
    PartnerKind::Mbo,
    PartnerKind::Municipality,
    PartnerKind::SectorOrganisation,
    PartnerKind::Hbo,
    PartnerKind::Province,
];

fn partner(index: usize) -> Partner {
    let kind = KINDS[index % KINDS.len()];
    let name = match kind.sector() {
        Sector::Practice => format!("Bedrijf {} BV", index + 1),
        Sector::Education => format!("Onderwijsinstelling {}", index + 1),
        _ => format!("Overheid {}", index + 1),
    };
    // The first partner of each sector carries the steering and the work.
    let leading = index < KINDS.len();
    let mut cash = Contribution::new(Form::Cash);
    cash.amount = Some(Decimal::from(CASH));
    cash.year = Some(2027 + (index % 4) as i32);
    cash.description = "Bijdrage programma".to_string();
    let mut hours = Contribution::new(Form::InKind);
    hours.category = Some(InKindCategory::StaffHours);
    hours.hours = Some(Decimal::from(HOURS));
    hours.hourly_rate = Some(Decimal::from(RATE));
    hours.amount = Some(Decimal::from(HOURS * RATE));
    hours.description = "Begeleiding studenten op de werkvloer".to_string();
    Partner {
        id: format!("p{}", index + 1),
        name,
        kind: Some(kind),
        governance: Governance {
            strategic: leading,
            executive: true,
            top_management: leading,
        },
        contributions: vec![cash, hours],
    }
}

fn activity(index: usize, partners: usize) -> Activity {
    let goal = Goal::ALL[index % Goal::ALL.len()];
    // Two neighbouring partners always belong to different sectors, so every
    // experiment is carried by at least two sectors.
    let carriers = if partners == 0 {
        Vec::new()
    } else {
        let first = index % partners;
        let mut ids = vec![format!("p{}", first + 1)];
        if partners > 1 {
            ids.push(format!("p{}", (first + 1) % partners + 1));
        }
        ids
    };
    Activity {
        id: format!("a{}", index + 1),
        name: format!("Activiteit {}", index + 1),
        goal: Some(goal),
        target: Target {
            count: Some(Decimal::from(100 + index as i64)),
            unit: "deelnemers".to_string(),
        },
        experiment: index % 3 == 0,
        with: Vec::new(),
        partners: carriers,
    }
}

/// The budget: one line in ten is bureau (10 %), the rest pay for the
/// activities in turn; together they cost exactly the cofinancing, so the
/// plan is balanced.
fn budget(size: Size, total: Decimal) -> Vec<BudgetLine> {
    let lines = size.budget_lines;
    if lines == 0 {
        return Vec::new();
    }
    let each = (total / Decimal::from(lines as i64)).floor();
    let rest = total - each * Decimal::from(lines as i64);
    let mut activity_lines = 0usize;
    (0..lines)
        .map(|index| {
            let bureau = index % 10 == 0 || size.activities == 0;
            let amount = if index + 1 == lines {
                each + rest
            } else {
                each
            };
            let (kind, activity, description) = if bureau {
                (
                    BudgetKind::Bureau,
                    None,
                    format!("Programmabureau, post {}", index + 1),
                )
            } else {
                let target = activity_lines % size.activities;
                activity_lines += 1;
                (
                    BudgetKind::Activity,
                    Some(format!("a{}", target + 1)),
                    format!("Uitvoering activiteit {}, post {}", target + 1, index + 1),
                )
            };
            BudgetLine {
                kind: Some(kind),
                activity,
                description,
                amount: Some(amount),
                year: Some(2027 + (index % 4) as i32),
            }
        })
        .collect()
}

fn impact() -> Vec<Indicator> {
    [
        (
            Group::Students,
            "Betrokken studenten per jaar",
            "120",
            "375",
        ),
        (
            Group::Teachers,
            "Docenten met stage bij een bedrijf",
            "0",
            "30",
        ),
        (Group::Employees, "Werknemers in LLL-programma", "0", "200"),
        (Group::Companies, "Actief deelnemende bedrijven", "10", "35"),
    ]
    .into_iter()
    .map(|(group, label, baseline, target)| Indicator {
        group,
        label: label.to_string(),
        measure: Measure::Count,
        direction: Improvement::Up,
        baseline: Some(baseline.parse().expect("literal")),
        target: Some(target.parse().expect("literal")),
        unit: group.id().to_string(),
    })
    .collect()
}

/// A plan of the given size that meets every criterion (when it has at least
/// three partners, ten budget lines and one activity).
pub fn proposal(size: Size) -> Proposal {
    let partners: Vec<Partner> = (0..size.partners).map(partner).collect();
    let total = Decimal::from((CASH + HOURS * RATE) * size.partners as i64);
    Proposal {
        profile: DEFAULT_PROFILE.to_string(),
        centre: Centre {
            name: format!(
                "Synthetisch centrum ({} partners, {} begrotingsregels)",
                size.partners, size.budget_lines
            ),
            centre_type: Some(CentreType::Civ),
            province: Some(Province::Overijssel),
            start_year: Some(2027),
            duration_years: Some(4),
            themes: vec![Theme::HighTech, Theme::EnergyTransition],
            regional_fit: "Sluit aan bij de regionale innovatie-agenda voor de maakindustrie."
                .to_string(),
            alliances: vec!["Kennispark".to_string()],
            complementarity: "Vult het bestaande aanbod aan met een gedeelde leeromgeving."
                .to_string(),
        },
        budget: budget(size, total).into(),
        activities: (0..size.activities)
            .map(|i| activity(i, size.partners))
            .collect(),
        partners: partners.into(),
        impact: impact().into(),
    }
}

/// A plan at every limit of the format at once (`engine::limits`): 5,000
/// partners with 50,000 contributions, 50,000 budget lines, 2,000
/// activities (the first naming all 5,000 partners and 500 outside
/// parties), 500 impact indicators, 500 alliances and themes, and a text
/// of 10,000 characters. Far beyond any real centre; it must still be read
/// and judged in well under a second.
pub fn at_limits() -> Proposal {
    use crate::engine::limits::*;
    let size = Size {
        partners: PARTNERS,
        budget_lines: BUDGET_LINES,
        activities: ACTIVITIES,
    };
    let mut plan = proposal(size);
    let per_partner = CONTRIBUTIONS / PARTNERS;
    for partner in plan.partners.iter_mut() {
        let extra = partner.contributions[0].clone();
        partner.contributions.resize(per_partner, extra);
    }
    let first = &mut plan.activities[0];
    first.partners = (1..=ACTIVITY_PARTNERS).map(|p| format!("p{p}")).collect();
    first.with = (1..=OTHER_LIST).map(|w| format!("Partij {w}")).collect();
    let indicators: Vec<Indicator> = impact();
    plan.impact = (0..INDICATORS)
        .map(|i| indicators[i % indicators.len()].clone())
        .collect();
    plan.centre.alliances = (1..=OTHER_LIST).map(|a| format!("Alliantie {a}")).collect();
    plan.centre.themes = (0..OTHER_LIST)
        .map(|t| Theme::ALL[t % Theme::ALL.len()])
        .collect();
    plan.centre.regional_fit = "regio ".repeat(TEXT_CHARS / 6) + &"x".repeat(TEXT_CHARS % 6);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate::evaluate, profile::Profile, report::Status};

    fn judged(size: Size) -> crate::engine::report::Report {
        evaluate(&proposal(size), Profile::katapult()).expect("no overflow")
    }

    #[test]
    fn typical_has_the_asked_size_and_meets_every_criterion() {
        let p = proposal(Size::TYPICAL);
        assert_eq!(
            (p.partners.len(), p.budget.len(), p.activities.len()),
            (40, 200, 10)
        );
        let report = judged(Size::TYPICAL);
        assert_eq!(report.verdict, Status::Meets, "{:?}", report.codes());
    }

    #[test]
    fn large_has_the_asked_size_and_meets_every_criterion() {
        let p = proposal(Size::LARGE);
        assert_eq!((p.partners.len(), p.budget.len()), (2_000, 20_000));
        let report = judged(Size::LARGE);
        assert_eq!(report.verdict, Status::Meets, "{:?}", report.codes());
    }

    #[test]
    fn the_plan_at_the_limits_is_at_every_limit() {
        use crate::engine::limits::*;
        let p = at_limits();
        let contributions: usize = p.partners.iter().map(|x| x.contributions.len()).sum();
        assert_eq!(
            (
                p.partners.len(),
                contributions,
                p.budget.len(),
                p.activities.len(),
                p.impact.len()
            ),
            (
                PARTNERS,
                CONTRIBUTIONS,
                BUDGET_LINES,
                ACTIVITIES,
                INDICATORS
            )
        );
        assert_eq!(p.activities[0].partners.len(), ACTIVITY_PARTNERS);
        assert_eq!(p.activities[0].with.len(), OTHER_LIST);
        assert_eq!(
            (p.centre.alliances.len(), p.centre.themes.len()),
            (OTHER_LIST, OTHER_LIST)
        );
        assert_eq!(p.centre.regional_fit.chars().count(), TEXT_CHARS);
    }

    #[test]
    fn the_same_size_gives_the_same_proposal() {
        assert_eq!(proposal(Size::TYPICAL), proposal(Size::TYPICAL));
    }

    #[test]
    fn sizes_by_name() {
        assert_eq!(Size::by_name("typical"), Some(Size::TYPICAL));
        assert_eq!(Size::by_name("large"), Some(Size::LARGE));
        assert_eq!(Size::by_name("typical*2"), Some(Size::typical_times(2)));
        assert_eq!(Size::by_name("typical*0"), None);
        assert_eq!(Size::by_name("huge"), None);
    }
}
