//! The six criteria of the werkdefinitie, as `spec/criteria.md` states them.
//!
//! Each criterion is a function from the proposal (and its exact totals) to
//! findings, or `None` when too little is entered to judge it ("incomplete").
//! Each condition is checked as written; then a finding that only restates
//! a stronger one about the same gap is left out ("one gap, one finding",
//! `report::without_superseded`).

use litemap::LiteMap;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::balance;
use crate::engine::model::*;
use crate::engine::order::Positions;
use crate::engine::path::Path;
use crate::engine::profile::{Fraction, Profile};
use crate::engine::report::*;
use crate::engine::totals::{self, Overflow, Totals};

mod c1_vision;
mod c2_involvement;
mod c3_budget;
mod c4_activities;
mod c5_impact;
mod c6_experiment;

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
        .iter()
        .copied()
        .zip(results)
        .map(|(id, findings)| match findings {
            None => CriterionResult {
                id,
                status: Status::Incomplete,
                werkdefinitie_status: Status::Incomplete,
                findings: Vec::new(),
            },
            Some(findings) => {
                // The statuses are taken before leaving anything out: the
                // stronger finding is always at least as severe (and of the
                // same basis), and this way that promise can be tested.
                let (status, werkdefinitie_status) = statuses_of(&findings);
                let findings = in_report_order(without_superseded(findings));
                CriterionResult {
                    id,
                    status,
                    werkdefinitie_status,
                    findings,
                }
            }
        })
        .collect();
    let verdict = verdict_of(criteria.iter().map(|c| c.status));
    let werkdefinitie_verdict = verdict_of(criteria.iter().map(|c| c.werkdefinitie_status));
    Ok(Report {
        profile: profile.id.to_string(),
        verdict,
        werkdefinitie_verdict,
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
    fn add(&mut self, finding: Finding, path: impl Into<Option<Path>>) {
        self.0.push(Located {
            finding,
            path: path.into(),
        });
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Whether `text` holds `word` (lower-case ASCII) in any ASCII case. The
/// words are ASCII, so ASCII case folding suffices (and spares the browser
/// download Unicode's case tables); compared in place, without a
/// lower-cased copy of the text or a substring searcher's set-up, which
/// cost a large plan's keystroke more than the search itself.
fn mentions(text: &str, word: &str) -> bool {
    word.is_empty()
        || text
            .as_bytes()
            .windows(word.len())
            .any(|part| part.eq_ignore_ascii_case(word.as_bytes()))
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
fn settle(estimate: Decimal, enough: impl Fn(Decimal) -> bool) -> Decimal {
    // Whole euros away from the estimate.
    let at = |euros: i64| estimate + Decimal::from(euros);
    let mut euros = 0;
    // mutants: equivalent (`<=` takes a ninth step: the bound only stops a
    // hang; the estimate is never that far off)
    while euros < 8 && !enough(at(euros)) {
        euros += 1;
    }
    let highest = euros;
    // mutants: equivalent (`>=` takes a ninth step down, as above)
    while euros > highest - 8 && at(euros) > Decimal::ZERO && enough(at(euros - 1)) {
        euros -= 1;
    }
    at(euros)
}

impl Context<'_> {
    fn partners_of(&self, sector: Sector) -> impl Iterator<Item = &Partner> {
        self.proposal
            .partners
            .iter()
            .filter(move |p| p.kind.is_some() && p.sector() == sector)
    }

    fn partner_label(&self, index: usize) -> RowName {
        RowName::partner(index, &self.proposal.partners[index])
    }
}

fn line_label(line: &BudgetLine, index: usize) -> RowName {
    RowName::new(RowKind::BudgetLine, index, &line.description)
}

fn figures(proposal: &Proposal, totals: &Totals) -> Figures {
    let mut sector_shares = [Decimal::ZERO; 4];
    for (i, amount) in totals.sectors.iter().enumerate() {
        sector_shares[i] = share(*amount, totals.recognised);
    }
    let (mut cost_per_unit, mut waiting) = (LiteMap::new(), Vec::new());
    // The last of a repeated id wins.
    let replace = |unit: &mut Decimal, cost| {
        *unit = cost;
        Ok(())
    };
    for activity in &proposal.activities {
        // mutants: equivalent — `>=` lets a zero count through, and `checked_div` by zero is `None`.
        let count = activity.target.count.filter(|c| *c > Decimal::ZERO);
        let budget = totals.per_activity.get(&activity.id);
        if let Some(cost) = count
            .zip(budget)
            .and_then(|(count, budget)| budget.checked_div(count))
        {
            let id = activity.id.as_str();
            let _ = totals::enter(&mut cost_per_unit, &mut waiting, id, cost, replace);
        }
    }
    let _ = totals::enter_waiting(&mut cost_per_unit, waiting, replace);
    let mut per_kind = [0; PartnerKind::ALL.len()];
    for kind in proposal.partners.iter().filter_map(|p| p.kind) {
        per_kind[kind as usize] += 1;
    }
    let partner_counts = PartnerKind::ALL
        .iter()
        .zip(per_kind)
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| (*kind, count))
        .collect();
    Figures {
        total_costs: totals.costs,
        total_cofinancing: totals.recognised,
        cash_total: totals.cash,
        in_kind_total: totals.in_kind,
        excluded_meeting_hours: totals.excluded_meeting_hours,
        sector_totals: totals.sectors,
        sector_shares,
        sector_cash: totals.sector_cash,
        sector_in_kind: totals.sector_in_kind,
        private_cofinancing: totals.private,
        private_share: share(totals.private, totals.recognised),
        bureau_total: totals.bureau,
        activity_total: totals.activity,
        unclassified_total: totals.unclassified,
        bureau_share: share(totals.bureau, totals.costs),
        cost_per_unit,
        per_year: totals.per_year.clone(),
        no_year: totals.no_year.clone(),
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
    fn a_word_is_found_in_any_ascii_case_and_only_whole() {
        assert!(mentions("Stuurgroep-OVERLEG", "overleg"));
        assert!(mentions("overleg", "overleg"));
        assert!(mentions("Maandelijks Vergaderen", "vergader"));
        assert!(!mentions("overle", "overleg"));
        assert!(!mentions("", "overleg"));
        assert!(!mentions("Scholing", "overleg"));
        // Letters beyond ASCII are left as they are, as to_ascii_lowercase does.
        assert!(mentions("Überleg overleg", "overleg"));
        assert!(!mentions("ÖVERLEG", "overleg"));
        assert!(mentions("anything", ""));
        // The profile's words are lower case, as the comparison expects.
        for word in Profile::katapult().meeting_words {
            assert_eq!(*word, word.to_ascii_lowercase(), "{word}");
        }
    }

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
