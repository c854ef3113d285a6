//! The six criteria of the werkdefinitie, as `spec/criteria.md` states them.
//!
//! Each criterion is a function from the proposal (and its exact totals) to
//! findings, or `None` when too little is entered to judge it ("incomplete").
//! Each condition is checked as written; then a finding that only restates
//! a stronger one about the same gap is left out ("one gap, one finding",
//! `report::without_superseded`).

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::*;
use crate::profile::{Fraction, Profile};
use crate::report::*;
use crate::totals::{self, Overflow, Totals};

/// Judges a proposal. Fails only when its totals cannot be held exactly
/// (the reader refuses such files, so this concerns hand-built proposals).
pub fn evaluate(proposal: &Proposal, profile: &Profile) -> Result<Report, Overflow> {
    let totals = Totals::of(proposal)?;
    let context = Context {
        proposal,
        profile,
        totals: &totals,
    };
    let results: [Option<Vec<Located>>; 6] = [
        context.vision(),
        context.involvement(),
        context.budget()?,
        context.activities(),
        context.impact(),
        context.experiment(),
    ];
    let criteria: Vec<CriterionResult> = CriterionId::ALL
        .into_iter()
        .zip(results)
        .map(|(id, findings)| match findings {
            None => CriterionResult {
                id,
                status: Status::Incomplete,
                findings: Vec::new(),
            },
            Some(findings) => {
                // The status is taken before leaving anything out: the
                // stronger finding is always at least as severe, and this
                // way that promise can be tested.
                let status = status_of(&findings);
                CriterionResult {
                    id,
                    status,
                    findings: without_superseded(findings),
                }
            }
        })
        .collect();
    let verdict = verdict_of(criteria.iter().map(|c| c.status));
    Ok(Report {
        profile: profile.id.to_string(),
        verdict,
        criteria,
        figures: figures(proposal, &totals),
    })
}

struct Context<'a> {
    proposal: &'a Proposal,
    profile: &'a Profile,
    totals: &'a Totals,
}

/// Collects findings with the path they are about.
#[derive(Default)]
struct Findings(Vec<Located>);

impl Findings {
    fn add(&mut self, finding: Finding, path: impl Into<Option<String>>) {
        self.0.push(Located {
            finding,
            path: path.into(),
        });
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// `a / total`, or zero when the total is zero.
fn share(a: Decimal, total: Decimal) -> Decimal {
    if total.is_zero() {
        Decimal::ZERO
    } else {
        a / total
    }
}

/// `a / total < bound`, exactly, with a zero total meaning a zero share.
fn below(a: Decimal, total: Decimal, bound: Fraction) -> bool {
    if total.is_zero() {
        return Decimal::ZERO < bound.numerator;
    }
    a * bound.denominator < bound.numerator * total
}

/// `a / total > bound`, exactly.
fn above(a: Decimal, total: Decimal, bound: Fraction) -> bool {
    !total.is_zero() && a * bound.denominator > bound.numerator * total
}

/// The least whole-euro amount a sector with `a` of `total` must add,
/// others unchanged, to reach `bound`: x = (L·T − a) / (1 − L), rounded up,
/// then checked against the exact comparison so rounding never misleads.
pub fn extra_to_reach(a: Decimal, total: Decimal, bound: Fraction) -> Decimal {
    let reaches = |x: Decimal| !below(a + x, total + x, bound);
    let Fraction {
        numerator: n,
        denominator: d,
    } = bound;
    if n >= d {
        // A bound of 100 % or more can only be approached; not reachable.
        return Decimal::ZERO;
    }
    let estimate = ((n * total - d * a) / (d - n)).max(Decimal::ZERO);
    let x = estimate.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity);
    settle(x, reaches)
}

/// The least whole-euro amount the other sectors together must add so that
/// `a` falls to `bound` of the total: y = a / U − T, rounded up, checked.
pub fn others_extra_to_fall(a: Decimal, total: Decimal, bound: Fraction) -> Decimal {
    let within = |y: Decimal| !above(a, total + y, bound);
    let Fraction {
        numerator: n,
        denominator: d,
    } = bound;
    if n.is_zero() {
        return Decimal::ZERO;
    }
    let estimate = ((d * a - n * total) / n).max(Decimal::ZERO);
    let y = estimate.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity);
    settle(y, within)
}

/// Moves a whole-euro estimate to the least amount that `enough` accepts.
/// The estimate is off by at most a euro or two from division rounding, so
/// the steps are bounded; the bound guards against a hang on absurd input.
fn settle(mut amount: Decimal, enough: impl Fn(Decimal) -> bool) -> Decimal {
    for _ in 0..8 {
        if enough(amount) {
            break;
        }
        amount += Decimal::ONE;
    }
    for _ in 0..8 {
        if amount > Decimal::ZERO && enough(amount - Decimal::ONE) {
            amount -= Decimal::ONE;
        } else {
            break;
        }
    }
    amount
}

impl Context<'_> {
    fn partners_of(&self, sector: Sector) -> impl Iterator<Item = &Partner> {
        self.proposal
            .partners
            .iter()
            .filter(move |p| p.kind.sector() == sector)
    }

    fn partner_label(&self, index: usize) -> String {
        let partner = &self.proposal.partners[index];
        if blank(&partner.name) {
            partner.id.clone()
        } else {
            partner.name.clone()
        }
    }

    /// C1: the vision fits the region's DNA.
    fn vision(&self) -> Option<Vec<Located>> {
        let centre = &self.proposal.centre;
        let alliances: Vec<&String> = centre.alliances.iter().filter(|a| !blank(a)).collect();
        if blank(&centre.name) && centre.themes.is_empty() && alliances.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        if centre.themes.is_empty() {
            out.add(Finding::NoFocus, "centre.themes".to_string());
        }
        if blank(&centre.regional_fit) {
            out.add(Finding::NoRegionalFit, "centre.regional_fit".to_string());
        }
        if alliances.is_empty() {
            out.add(Finding::NoAlliances, "centre.alliances".to_string());
        }
        // The werkdefinitie seeks the connection vmbo-mbo-hbo-wo: with a
        // single level among the partners, the chain has a missing link.
        let levels: Vec<PartnerKind> = [
            PartnerKind::Vo,
            PartnerKind::Mbo,
            PartnerKind::Hbo,
            PartnerKind::Wo,
        ]
        .into_iter()
        .filter(|level| self.proposal.partners.iter().any(|p| p.kind == *level))
        .collect();
        if let [level] = levels[..] {
            out.add(Finding::EducationChain { level }, "partners".to_string());
        }
        Some(out.0)
    }

    /// C2: business and education both concretely involved.
    fn involvement(&self) -> Option<Vec<Located>> {
        let partners = &self.proposal.partners;
        if partners.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        let practice: Vec<&Partner> = self.partners_of(Sector::Practice).collect();
        let education: Vec<&Partner> = self.partners_of(Sector::Education).collect();
        if practice.is_empty() {
            out.add(Finding::NoPracticePartner, "partners".to_string());
        }
        if education.is_empty() {
            out.add(Finding::NoEducationPartner, "partners".to_string());
        }
        let companies = partners
            .iter()
            .filter(|p| p.kind == PartnerKind::Company)
            .count();
        if companies < self.profile.min_companies {
            out.add(
                Finding::FewCompanies {
                    companies,
                    minimum: self.profile.min_companies,
                },
                "partners".to_string(),
            );
        }
        for (sector, group) in [
            (Sector::Practice, &practice),
            (Sector::Education, &education),
        ] {
            if !group.iter().any(|p| p.governance.strategic) {
                out.add(Finding::NotStrategic { sector }, "partners".to_string());
            }
            if !group.iter().any(|p| p.governance.executive) {
                out.add(Finding::NotExecutive { sector }, "partners".to_string());
            }
        }
        if !practice.iter().any(|p| p.governance.top_management) {
            out.add(Finding::NoCompanyManagement, "partners".to_string());
        }
        if !education.iter().any(|p| p.governance.top_management) {
            out.add(Finding::NoBoard, "partners".to_string());
        }
        for sector in [Sector::Practice, Sector::Education] {
            if self.totals.sector(sector).is_zero() {
                out.add(Finding::NoCofinancing { sector }, "partners".to_string());
            }
        }
        let without: Vec<String> = (0..partners.len())
            .filter(|&i| self.totals.per_partner[i].is_zero())
            .map(|i| self.partner_label(i))
            .collect();
        if !without.is_empty() {
            out.add(
                Finding::PartnersWithoutContribution { partners: without },
                "partners".to_string(),
            );
        }
        // "35 bedrijven en organisaties": every partner outside education.
        let organisations = partners
            .iter()
            .filter(|p| p.kind.sector() != Sector::Education)
            .count();
        // The largest count target of a group: a score or a percentage is
        // never a head count, and two counts may overlap, so never add them.
        let largest_count = |group: Group| {
            self.proposal
                .impact
                .iter()
                .filter(|i| i.group == group && i.measure == Measure::Count)
                .filter_map(|i| i.target)
                .max()
        };
        out.add(
            Finding::Benchmark {
                organisations,
                students: largest_count(Group::Students),
                teachers: largest_count(Group::Teachers),
                average_organisations: self.profile.benchmark_companies,
                average_students: self.profile.benchmark_students,
                average_teachers: self.profile.benchmark_teachers,
            },
            None,
        );
        Some(out.0)
    }

    /// C3: a realistic total budget, balanced between public and private.
    fn budget(&self) -> Result<Option<Vec<Located>>, Overflow> {
        let proposal = self.proposal;
        let profile = self.profile;
        let totals = self.totals;
        let any_contribution = proposal
            .partners
            .iter()
            .any(|p| !p.contributions.is_empty());
        if !any_contribution && proposal.budget.is_empty() {
            return Ok(None);
        }
        let mut out = Findings::default();

        let total = totals.recognised;
        let lower = profile.share_lower();
        let upper = profile.share_upper();
        let minimum = profile.share_minimum();
        let band = (lower.value(), upper.value());
        for sector in Sector::THIRDS {
            let amount = totals.sector(sector);
            let sector_share = share(amount, total);
            let path = "partners".to_string();
            let fix = extra_to_reach(amount, total, lower);
            if below(amount, total, lower) {
                out.add(
                    Finding::Share {
                        sector,
                        rule: ShareBound::Low,
                        share: sector_share,
                        limit: lower.value(),
                        bound: lower.value(),
                        extra: fix,
                        band,
                    },
                    path.clone(),
                );
            }
            if above(amount, total, upper) {
                out.add(
                    Finding::Share {
                        sector,
                        rule: ShareBound::High,
                        share: sector_share,
                        limit: upper.value(),
                        bound: upper.value(),
                        extra: others_extra_to_fall(amount, total, upper),
                        band,
                    },
                    path.clone(),
                );
            }
            if below(amount, total, minimum) {
                out.add(
                    Finding::Share {
                        sector,
                        rule: ShareBound::Missing,
                        share: sector_share,
                        limit: minimum.value(),
                        bound: lower.value(),
                        extra: fix,
                        band,
                    },
                    path,
                );
            }
        }

        let difference = totals.costs - totals.recognised;
        if difference > profile.financing_tolerance {
            out.add(
                Finding::FinancingShortfall {
                    costs: totals.costs,
                    cofinancing: total,
                    difference,
                },
                "budget".to_string(),
            );
        } else if -difference > profile.financing_tolerance {
            out.add(
                Finding::FinancingSurplus {
                    costs: totals.costs,
                    cofinancing: total,
                    difference: -difference,
                },
                "partners".to_string(),
            );
        }

        for (p, partner) in proposal.partners.iter().enumerate() {
            let label = self.partner_label(p);
            for (c, contribution) in partner.contributions.iter().enumerate() {
                let path = format!("partners[{p}].contributions[{c}]");
                let value = totals::contribution_value(contribution, &path)?;
                if contribution.is_meeting_hours() {
                    out.add(
                        Finding::MeetingHoursExcluded {
                            partner: label.clone(),
                            amount: value,
                        },
                        path.clone(),
                    );
                } else if contribution.form == Form::InKind {
                    // The words are ASCII, so ASCII case folding suffices (and
                    // spares the browser download Unicode's case tables).
                    let description = contribution.description.to_ascii_lowercase();
                    if profile
                        .meeting_words
                        .iter()
                        .any(|w| description.contains(w))
                    {
                        out.add(
                            Finding::LooksLikeMeetings {
                                partner: label.clone(),
                                description: contribution.description.clone(),
                            },
                            path.clone(),
                        );
                    }
                }
                if contribution.is_staff_hours()
                    && (contribution.hours.is_none() || contribution.hourly_rate.is_none())
                {
                    out.add(
                        Finding::InKindNoBasis {
                            partner: label.clone(),
                            description: contribution.description.clone(),
                        },
                        path.clone(),
                    );
                }
                if let (Some(hours), Some(rate), Some(amount)) = (
                    contribution.hours,
                    contribution.hourly_rate,
                    contribution.amount,
                ) {
                    let computed = totals::mul(hours, rate, &path)?;
                    if (computed - amount).abs() > profile.in_kind_tolerance {
                        out.add(
                            Finding::InKindMismatch {
                                partner: label.clone(),
                                computed,
                                amount,
                            },
                            format!("{path}.amount"),
                        );
                    }
                }
                if let (true, Some(_), Some(rate)) = (
                    contribution.is_staff_hours(),
                    contribution.hours,
                    contribution.hourly_rate,
                ) {
                    if rate > profile.max_hourly_rate {
                        out.add(
                            Finding::RateHigh {
                                partner: label.clone(),
                                rate,
                                maximum: profile.max_hourly_rate,
                            },
                            format!("{path}.hourly_rate"),
                        );
                    }
                }
            }
        }

        if !proposal.budget.is_empty() && proposal.budget.iter().all(|line| line.kind.is_none()) {
            out.add(Finding::NoBureauDistinction, "budget".to_string());
        }
        let unclassified: Vec<usize> = (0..proposal.budget.len())
            .filter(|&i| proposal.budget[i].kind.is_none())
            .collect();
        if !unclassified.is_empty() {
            let lines = unclassified
                .iter()
                .map(|&i| line_label(&proposal.budget[i], i))
                .collect();
            let path = if unclassified.len() == 1 {
                format!("budget[{}].kind", unclassified[0])
            } else {
                "budget".to_string()
            };
            out.add(
                Finding::UnclassifiedLines {
                    lines,
                    amount: totals.unclassified,
                },
                path,
            );
        }
        let bureau_share = share(totals.bureau, totals.costs);
        if above(
            totals.bureau,
            totals.costs,
            Fraction::new(profile.max_bureau_share, Decimal::ONE),
        ) {
            out.add(
                Finding::BureauShareHigh {
                    share: bureau_share,
                    maximum: profile.max_bureau_share,
                    bureau: totals.bureau,
                },
                "budget".to_string(),
            );
        }
        if above(
            totals.bureau,
            totals.costs,
            Fraction::new(profile.hard_max_bureau_share, Decimal::ONE),
        ) {
            out.add(
                Finding::BureauShareExcessive {
                    share: bureau_share,
                    maximum: profile.hard_max_bureau_share,
                    bureau: totals.bureau,
                },
                "budget".to_string(),
            );
        }
        match proposal.centre.duration_years {
            None => out.add(Finding::NoDuration, "centre.duration_years".to_string()),
            Some(years) if years < profile.min_duration_years => out.add(
                Finding::ShortDuration {
                    years,
                    minimum: profile.min_duration_years,
                },
                "centre.duration_years".to_string(),
            ),
            Some(_) => {}
        }
        let unassigned: Vec<String> = (0..proposal.partners.len())
            .filter(|&i| {
                proposal.partners[i].kind == PartnerKind::Other && !totals.per_partner[i].is_zero()
            })
            .map(|i| self.partner_label(i))
            .collect();
        if !unassigned.is_empty() {
            out.add(
                Finding::PartnerUnassigned {
                    partners: unassigned,
                    amount: totals.sector(Sector::Unassigned),
                },
                "partners".to_string(),
            );
        }
        Ok(Some(out.0))
    }

    /// C4: activities serve the goals, each with costs and benefits.
    fn activities(&self) -> Option<Vec<Located>> {
        let proposal = self.proposal;
        if proposal.activities.is_empty() && proposal.budget.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        if proposal.activities.is_empty() {
            out.add(Finding::NoActivities, "activities".to_string());
        }
        let ids: HashSet<&str> = proposal.activities.iter().map(|a| a.id.as_str()).collect();
        for (i, activity) in proposal.activities.iter().enumerate() {
            let label = activity_label(activity);
            if activity.goal.is_none() {
                out.add(
                    Finding::ActivityNoGoal {
                        activity: label.clone(),
                    },
                    format!("activities[{i}].goal"),
                );
            }
            let has_target = activity.target.count.is_some_and(|c| c > Decimal::ZERO);
            if !has_target {
                out.add(
                    Finding::ActivityNoTarget {
                        activity: label.clone(),
                    },
                    format!("activities[{i}].target.count"),
                );
            }
            let budget = self.totals.per_activity.get(&activity.id);
            if budget.is_none() {
                out.add(
                    Finding::ActivityNoBudget {
                        activity: label.clone(),
                    },
                    format!("activities[{i}]"),
                );
            }
            let cost = match (has_target, budget, activity.target.count) {
                (true, Some(budget), Some(count)) => {
                    budget.checked_div(count).map(|cost| (*budget, count, cost))
                }
                _ => None,
            };
            if let Some((budget, count, cost)) = cost {
                out.add(
                    Finding::CostPerUnit {
                        activity: label,
                        cost,
                        unit: activity.target.unit.clone(),
                        budget,
                        count,
                    },
                    format!("activities[{i}]"),
                );
            }
        }
        for (i, line) in proposal.budget.iter().enumerate() {
            if line.kind != Some(BudgetKind::Activity) {
                continue;
            }
            let known = line.activity.as_deref().is_some_and(|id| ids.contains(id));
            if !known {
                out.add(
                    Finding::UnknownActivity {
                        line: line_label(line, i),
                        activity: line.activity.clone().filter(|a| !blank(a)),
                    },
                    format!("budget[{i}].activity"),
                );
            }
        }
        let served = |goal: &Goal| proposal.activities.iter().any(|a| a.goal == Some(*goal));
        let uncovered: Vec<Goal> = Goal::ALL.iter().copied().filter(|g| !served(g)).collect();
        if !uncovered.is_empty() {
            out.add(
                Finding::GoalsUncovered { goals: uncovered },
                "activities".to_string(),
            );
        }
        Some(out.0)
    }

    /// C5: demonstrable impact on student, teacher and employee.
    fn impact(&self) -> Option<Vec<Located>> {
        let proposal = self.proposal;
        if proposal.impact.is_empty() && proposal.activities.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        if proposal.impact.is_empty() {
            out.add(Finding::NoIndicators, "impact".to_string());
        }
        for group in [Group::Students, Group::Teachers, Group::Employees] {
            if !proposal.impact.iter().any(|i| i.group == group) {
                out.add(Finding::GroupMissing { group }, "impact".to_string());
            }
        }
        for (i, indicator) in proposal.impact.iter().enumerate() {
            let baseline = indicator.baseline.unwrap_or_default();
            if indicator.target.is_none_or(|target| target <= baseline) {
                let label = if blank(&indicator.label) {
                    format!("#{}", i + 1)
                } else {
                    indicator.label.clone()
                };
                out.add(
                    Finding::NoTarget { indicator: label },
                    format!("impact[{i}].target"),
                );
            }
        }
        if !proposal.impact.iter().any(|i| i.group == Group::Companies) {
            out.add(Finding::NoCompanyIndicator, "impact".to_string());
        }
        Some(out.0)
    }

    /// C6: actively learning, innovating and experimenting, with others.
    fn experiment(&self) -> Option<Vec<Located>> {
        let proposal = self.proposal;
        if proposal.activities.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        let sector_of: HashMap<&str, Sector> = proposal
            .partners
            .iter()
            .map(|p| (p.id.as_str(), p.kind.sector()))
            .collect();
        if !proposal.activities.iter().any(|a| a.experiment) {
            out.add(Finding::NoExperiment, "activities".to_string());
        }
        // "niet geïsoleerd maar samen met andere partijen": partners of two
        // sectors carry it, or it names an outside party it works with.
        let together = proposal
            .activities
            .iter()
            .filter(|a| a.experiment)
            .any(|a| {
                let mut sectors = a
                    .partners
                    .iter()
                    .filter_map(|id| sector_of.get(id.as_str()).copied());
                let first = sectors.next();
                let two_sectors = sectors.any(|sector| Some(sector) != first);
                two_sectors || a.with.iter().any(|party| !blank(party))
            });
        if !together {
            out.add(Finding::ExperimentAlone, "activities".to_string());
        }
        for (i, activity) in proposal.activities.iter().enumerate() {
            for (j, partner) in activity.partners.iter().enumerate() {
                if !sector_of.contains_key(partner.as_str()) {
                    out.add(
                        Finding::UnknownPartner {
                            activity: activity_label(activity),
                            partner: partner.clone(),
                        },
                        format!("activities[{i}].partners[{j}]"),
                    );
                }
            }
        }
        Some(out.0)
    }
}

fn activity_label(activity: &Activity) -> String {
    if blank(&activity.name) {
        activity.id.clone()
    } else {
        activity.name.clone()
    }
}

fn line_label(line: &BudgetLine, index: usize) -> String {
    if blank(&line.description) {
        format!("#{}", index + 1)
    } else {
        line.description.clone()
    }
}

fn figures(proposal: &Proposal, totals: &Totals) -> Figures {
    let mut sector_shares = [Decimal::ZERO; 4];
    for (i, amount) in totals.sectors.iter().enumerate() {
        sector_shares[i] = share(*amount, totals.recognised);
    }
    // Inserted one by one: `collect` into a BTreeMap sorts a vector first,
    // which costs a sort routine in the browser download.
    let mut cost_per_unit = BTreeMap::new();
    for activity in &proposal.activities {
        // mutants: equivalent — `>=` lets a zero count through, and `checked_div` by zero is `None`.
        let count = activity.target.count.filter(|c| *c > Decimal::ZERO);
        let budget = totals.per_activity.get(&activity.id);
        if let Some(cost) = count
            .zip(budget)
            .and_then(|(count, budget)| budget.checked_div(count))
        {
            cost_per_unit.insert(activity.id.clone(), cost);
        }
    }
    let mut partner_counts = BTreeMap::new();
    for partner in &proposal.partners {
        *partner_counts.entry(partner.kind).or_insert(0) += 1;
    }
    Figures {
        total_costs: totals.costs,
        total_cofinancing: totals.recognised,
        cash_total: totals.cash,
        in_kind_total: totals.in_kind,
        excluded_meeting_hours: totals.excluded_meeting_hours,
        sector_totals: totals.sectors,
        sector_shares,
        bureau_total: totals.bureau,
        activity_total: totals.activity,
        unclassified_total: totals.unclassified,
        bureau_share: share(totals.bureau, totals.costs),
        cost_per_unit,
        per_year: totals.per_year.clone(),
        partner_counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The division behind a fix amount is exact for any profile and any
    /// amount in cents, so `settle` rarely moves in practice; its promise
    /// (the least whole euro that is enough, never below zero) is what
    /// keeps a report from naming a fix one euro short or one too many.
    #[test]
    fn settle_moves_an_estimate_to_the_least_amount_that_is_enough() {
        let at_least_seven = |x: Decimal| x >= Decimal::from(7);
        for estimate in [5, 6, 7, 8, 9] {
            assert_eq!(
                settle(Decimal::from(estimate), at_least_seven),
                Decimal::from(7),
                "from {estimate}"
            );
        }
        // Zero already enough: the fix stays zero, never a negative amount.
        assert_eq!(settle(Decimal::ZERO, |_| true), Decimal::ZERO);
        assert_eq!(settle(Decimal::from(2), |_| true), Decimal::ZERO);
    }
}
