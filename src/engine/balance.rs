//! The balance plan of C3 (`C3_BALANCE_PLAN`, `spec/criteria.md`): one
//! change per sector after which the cofinancing covers the costs exactly
//! and every share lies inside the band. The separate fixes of the share
//! findings each hold the rest of the plan still, so followed one by one
//! they may contradict each other; this plan does not.
//!
//! Exact throughout: the band's edges are fractions (1/3 ± 0.08), so every
//! amount is kept multiplied by the fraction's denominator until the
//! changes are rounded to whole euros, once, by the largest remainder.

// `a = a + b`, not `a += b`: Decimal's AddAssign brings its own copy of
// the addition into the download (about 1.7 KB before gzip), Add is there.
#![allow(clippy::assign_op_pattern)]
// Loops over the three sectors by index: several arrays move together.
#![allow(clippy::needless_range_loop)]

use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::profile::Profile;

/// The plan for one set of sector amounts.
#[derive(Clone, Debug, PartialEq)]
pub struct BalancePlan {
    /// The exact change per sector (practice, government, education),
    /// times `per_euro`: `change_s = scaled_changes[s] / per_euro`.
    pub scaled_changes: [Decimal; 3],
    /// The denominator of the band's fractions.
    pub per_euro: Decimal,
    /// The changes in whole euros, by the largest-remainder method.
    pub changes: [Decimal; 3],
    /// Their sum: the exact sum of the changes, rounded half away from zero.
    pub total: Decimal,
}

/// The band narrowed by one euro either side, times `per_euro`:
/// `(lo, hi)` with lo = (1/3 − tolerance)·C + 1, hi = (1/3 + tolerance)·C − 1.
pub fn narrowed_band(costs: Decimal, profile: &Profile) -> (Decimal, Decimal) {
    let (lower, upper) = (profile.share_lower(), profile.share_upper());
    let per_euro = lower.denominator;
    (
        lower.numerator * costs + per_euro,
        upper.numerator * costs - per_euro,
    )
}

/// The plan for costs `costs`, unassigned cofinancing `unassigned` and the
/// recognised amounts of practice, government and education; `None` when
/// there is none (no costs, or more unassigned cofinancing than the band
/// leaves room for).
pub fn balance_plan(
    costs: Decimal,
    unassigned: Decimal,
    amounts: [Decimal; 3],
    profile: &Profile,
) -> Option<BalancePlan> {
    if costs <= Decimal::ZERO {
        return None;
    }
    // The band's edges share the target's denominator.
    let per_euro = profile.sector_target.denominator;
    let (lo, hi) = narrowed_band(costs, profile);
    let wanted = (costs - unassigned) * per_euro;
    let three = Decimal::from(3);
    if !(three * lo <= wanted && wanted <= three * hi) {
        return None;
    }
    // 1. Only the sectors outside the band move: to its nearest edge.
    let mut scaled = [Decimal::ZERO; 3];
    let mut targets = scaled;
    let mut sum = Decimal::ZERO;
    for s in 0..3 {
        scaled[s] = amounts[s] * per_euro;
        targets[s] = scaled[s].clamp(lo, hi);
        sum = sum + targets[s];
    }
    // 2./3. The rest of the way, one sector at a time: first those step 1
    // moved the same way (the furthest out of line first: by their own
    // amount), then the others from the lowest (raising) or the highest
    // (lowering); ties go practice, government, education.
    // mutants: equivalent (`sum <= wanted`: with the sum already right
    // every sector's room below is zero, whichever way it looks)
    let raising = sum < wanted;
    let mut keys = [(false, Decimal::ZERO); 3];
    for s in 0..3 {
        let moved = if raising {
            // mutants: equivalent (`<=`: a sector exactly at the edge then
            // counts as moved, and sorts right after those below it, as it
            // does first among the others: the same order)
            scaled[s] < lo
        } else {
            // mutants: equivalent (`>=`: the same, above the band)
            scaled[s] > hi
        };
        let key = if moved { scaled[s] } else { targets[s] };
        keys[s] = (!moved, if raising { key } else { -key });
    }
    for s in in_order(&keys) {
        let room = if raising {
            (hi - targets[s]).min(wanted - sum)
        } else {
            -(targets[s] - lo).min(sum - wanted)
        };
        targets[s] = targets[s] + room;
        sum = sum + room;
    }
    // Whole euros: each rounded down, then the euros still missing to the
    // rounded exact sum go one each to the largest remainders.
    let mut scaled_changes = targets;
    let mut changes = targets;
    let mut floors = Decimal::ZERO;
    for s in 0..3 {
        scaled_changes[s] = targets[s] - scaled[s];
        changes[s] = floor_div(scaled_changes[s], per_euro);
        floors = floors + changes[s];
        keys[s] = (false, changes[s] * per_euro - scaled_changes[s]);
    }
    let exact_total = costs - unassigned - (amounts[0] + amounts[1] + amounts[2]);
    let total = exact_total.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    // 0 to 3: each remainder is below a euro.
    let missing = i32::try_from(total - floors).unwrap_or(0);
    for &s in in_order(&keys).iter().take(missing.max(0) as usize) {
        changes[s] = changes[s] + Decimal::ONE;
    }
    Some(BalancePlan {
        scaled_changes,
        per_euro,
        changes,
        total,
    })
}

/// The three sectors in the order of their keys, stably (an insertion
/// sort of three: smaller in the download than a general sort).
fn in_order(keys: &[(bool, Decimal); 3]) -> [usize; 3] {
    let mut order = [0, 1, 2];
    for i in 1..3 {
        let mut j = i;
        while j > 0 && keys[order[j]] < keys[order[j - 1]] {
            order.swap(j, j - 1);
            j -= 1;
        }
    }
    order
}

/// ⌊value / divisor⌋ exactly, for a positive divisor: the division may
/// round in its 28th digit, so the quotient is checked by multiplying back.
#[inline(never)]
fn floor_div(value: Decimal, divisor: Decimal) -> Decimal {
    let quotient =
        (value / divisor).round_dp_with_strategy(0, RoundingStrategy::ToNegativeInfinity);
    if quotient * divisor > value {
        quotient - Decimal::ONE
    } else if (quotient + Decimal::ONE) * divisor <= value {
        // mutants: equivalent (any change of this line: never reached, as
        // the division rounds to the nearest, and the exact quotient's
        // floor, a whole number, is nearer than anything below it; kept
        // in case the division ever truncates)
        quotient + Decimal::ONE
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    fn plan(costs: i64, unassigned: i64, amounts: [i64; 3]) -> Option<[i64; 3]> {
        balance_plan(d(costs), d(unassigned), amounts.map(d), Profile::katapult())
            .map(|plan| plan.changes.map(|c| i64::try_from(c).unwrap()))
    }

    #[test]
    fn only_the_sectors_out_of_line_move_when_that_covers_the_costs() {
        // 600,000 of costs: the narrowed band is 152,001 … 247,999.
        assert_eq!(
            plan(600_000, 0, [50_000, 200_000, 250_000]),
            Some([102_001, 0, -2_001])
        );
    }

    #[test]
    fn a_shortfall_is_asked_first_of_the_sectors_that_were_below_the_band() {
        // All three below the band: raised to 152,001; the 143,997 still
        // missing go first to the lowest (practice and government tie:
        // practice), up to the top of the band, then to government.
        assert_eq!(
            plan(600_000, 0, [100_000, 100_000, 150_000]),
            Some([147_999, 100_000, 2_001])
        );
        // The lowest amount first, whatever its place in the order.
        assert_eq!(
            plan(600_000, 0, [100_000, 90_000, 150_000]),
            Some([100_000, 157_999, 2_001])
        );
    }

    #[test]
    fn a_surplus_is_taken_first_from_the_sectors_that_were_above_the_band() {
        // 300,000 of costs: band 76,001 … 123,999.
        assert_eq!(
            plan(300_000, 0, [200_000, 150_000, 100_000]),
            Some([-123_999, -26_001, 0])
        );
    }

    #[test]
    fn a_surplus_beyond_one_sector_is_taken_from_the_next_and_the_highest_goes_first() {
        // 300,000 of costs, all three at 200,000: each lowered to 123,999,
        // then 71,997 more: practice to the bottom of the band, then 23,999
        // from government.
        assert_eq!(
            plan(300_000, 0, [200_000, 200_000, 200_000]),
            Some([-123_999, -100_000, -76_001])
        );
        // Government, the furthest above, gives first, though practice
        // comes first in the order of ties.
        assert_eq!(
            plan(300_000, 0, [130_000, 200_000, 100_000]),
            Some([-6_001, -123_999, 0])
        );
    }

    #[test]
    fn unassigned_money_counts_toward_the_costs() {
        // 600,000 − 143,997 unassigned = 456,003 = 3 × 152,001.
        assert_eq!(
            plan(600_000, 143_997, [0, 0, 0]),
            Some([152_001, 152_001, 152_001])
        );
    }

    #[test]
    fn the_changes_are_rounded_by_the_largest_remainder_to_the_rounded_sum() {
        // 100 of costs: band 26⅓ … 40⅓. Exact changes +26⅓, −16⅔, −9⅔;
        // rounded down +26, −17, −10 (one euro short of 0), and the three
        // remainders tie: practice gets the euro.
        assert_eq!(plan(100, 0, [0, 50, 50]), Some([27, -17, -10]));
        let exact = balance_plan(d(100), d(0), [0, 50, 50].map(d), Profile::katapult()).unwrap();
        assert_eq!(exact.scaled_changes, [d(79), d(-50), d(-29)]);
        assert_eq!(exact.per_euro, d(3));
        assert_eq!(exact.total, d(0));
    }

    #[test]
    fn there_is_no_plan_without_costs_or_with_too_much_unassigned_money() {
        assert_eq!(plan(0, 0, [10, 0, 0]), None);
        // Unassigned 300,000 of 600,000 leaves 300,000 for three sectors
        // that each need at least 152,001.
        assert_eq!(plan(600_000, 300_000, [0, 0, 0]), None);
        // Just enough room: 3 × 152,001 = 456,003.
        assert!(plan(600_000, 143_997, [0, 0, 0]).is_some());
        assert_eq!(plan(600_000, 143_998, [0, 0, 0]), None);
        // Costs too small for a band narrowed by a euro on either side.
        assert_eq!(plan(12, 0, [4, 4, 4]), None);
    }

    #[test]
    fn floor_div_is_exact_even_where_the_division_rounds() {
        let third = Decimal::ONE / d(3);
        assert_eq!(floor_div(d(7), d(3)), d(2));
        assert_eq!(floor_div(d(-7), d(3)), d(-3));
        assert_eq!(floor_div(d(6), d(3)), d(2));
        assert_eq!(floor_div(d(-6), d(3)), d(-2));
        // 3 × 0.333…3 is just below 1: the quotient is 3, not 2 or 4.
        assert_eq!(floor_div(Decimal::ONE, third), d(3));
        assert_eq!(floor_div(-Decimal::ONE, third), d(-4));
        // 2,999…999.9 / 3 is 999…999.97, which the division rounds up to
        // 10^27 in its 28th digit: the floor is one below.
        let value: Decimal = "2999999999999999999999999999.9".parse().unwrap();
        let floor: Decimal = "999999999999999999999999999".parse().unwrap();
        assert_eq!(floor_div(value, d(3)), floor);
    }
}
