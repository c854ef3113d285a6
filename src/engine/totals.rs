//! The money of a proposal, added up exactly: a total that would overflow
//! or be rounded is an error, never a wrong number.
//!
//! Every total the rules and the report use is computed here once, so that
//! the criteria only compare numbers and never add them up themselves.

// `a = a + b`, not `a += b`: Decimal's AddAssign brings its own copy of
// the addition into the download; Add is there.
#![allow(clippy::assign_op_pattern)]

use std::borrow::Borrow;

use litemap::LiteMap;

use rust_decimal::Decimal;

use crate::engine::model::*;
use crate::engine::order::sorted_order;
use crate::engine::path::Path;

/// A total that cannot be held exactly: too large, or so precise that a
/// 28-digit decimal would have to round it. `path` names the list or the
/// contribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overflow {
    pub path: Path,
}

/// Where a sum is made. It becomes a path only when the sum overflows:
/// totals run on every keystroke over every line, and a path per line
/// would cost more than the sums.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Partners,
    Budget,
    Contribution { partner: usize, index: usize },
}

impl Place {
    pub fn path(self) -> Path {
        match self {
            Place::Partners => Path::of("partners"),
            Place::Budget => Path::of("budget"),
            Place::Contribution { partner, index } => Path::of("partners")
                .row(partner)
                .field("contributions")
                .row(index),
        }
    }
}

fn overflow(at: Place) -> Overflow {
    Overflow { path: at.path() }
}

/// `a + b`, exactly or not at all. A decimal rounds a sum whose digits do
/// not fit (871511 + 0.000…0016714 has too many); it then has to give up
/// decimal places, which is how the rounding shows.
pub(crate) fn add(a: Decimal, b: Decimal, at: Place) -> Result<Decimal, Overflow> {
    // A sum that kept its places is exact as it stands; with the trailing
    // zeros stripped first it would be exact too, of the same value.
    // Stripping them before every addition cost a large plan's keystroke
    // a fifth of its totals: only a sum that gave up places is tried again
    // without them. One call of the addition, which is inlined wherever
    // it is called: a second call was 703 bytes of the gzipped download.
    let (mut a, mut b) = (a, b);
    loop {
        if let Some(sum) = a.checked_add(b) {
            if sum.scale() >= a.scale().max(b.scale()) {
                return Ok(sum);
            }
        }
        let (stripped_a, stripped_b) = (a.normalize(), b.normalize());
        if (stripped_a.scale(), stripped_b.scale()) == (a.scale(), b.scale()) {
            return Err(overflow(at));
        }
        (a, b) = (stripped_a, stripped_b);
    }
}

/// `a × b`, exactly or not at all (see `add`).
pub(crate) fn mul(a: Decimal, b: Decimal, at: Place) -> Result<Decimal, Overflow> {
    let (a, b) = (a.normalize(), b.normalize());
    let product = a.checked_mul(b).ok_or_else(|| overflow(at))?;
    if product.scale() < a.scale() + b.scale() && !product.is_zero() || a.scale() + b.scale() > 28 {
        return Err(overflow(at));
    }
    Ok(product)
}

/// What one contribution is worth, before deciding whether it counts.
/// Hours valued at a rate (staff hours, and meeting hours so that what is
/// left out can be shown) are worth hours × rate when no amount is given.
pub fn contribution_value(contribution: &Contribution, at: Place) -> Result<Decimal, Overflow> {
    let valued_by_hours = contribution.is_staff_hours() || contribution.is_meeting_hours();
    match (contribution.amount, valued_by_hours) {
        (Some(amount), _) => Ok(amount),
        (None, true) => match (contribution.hours, contribution.hourly_rate) {
            (Some(hours), Some(rate)) => mul(hours, rate, at),
            _ => Ok(Decimal::ZERO),
        },
        (None, false) => Ok(Decimal::ZERO),
    }
}

/// Keys a sorted map takes one at a time: as many as a plan may have
/// activities, so a plan's own activities and years cost what they did;
/// beyond them keys wait and are entered once, in their sorted order
/// ([`enter_waiting`]): 50,000 lines that each name another activity or
/// year would otherwise move the map's tail 50,000 times, n².
pub(crate) const FEW_KEYS: usize = 2_048;

/// Merges `value` into the entry of `key` now, or, for a new key once the
/// map holds [`FEW_KEYS`], puts it in `waiting`.
pub(crate) fn enter<K, Q, V>(
    map: &mut LiteMap<K, V>,
    waiting: &mut Vec<(K, V)>,
    key: &Q,
    value: V,
    merge: fn(&mut V, V) -> Result<(), Overflow>,
) -> Result<(), Overflow>
where
    K: Ord + Borrow<Q>,
    Q: Ord + ToOwned<Owned = K> + ?Sized,
    V: Default,
{
    if let Some(entry) = map.get_mut(key) {
        return merge(entry, value);
    }
    // mutants: equivalent (`map.len() < FEW_KEYS`: every key then waits,
    // and `enter_waiting` enters them all, in order: the same totals, with
    // a sort that only pays for many keys)
    if map.len() >= FEW_KEYS {
        waiting.push((key.to_owned(), value));
        return Ok(());
    }
    let mut entry = V::default();
    merge(&mut entry, value)?;
    map.insert(key.to_owned(), entry);
    Ok(())
}

/// Enters what waited, sorted by key once (its values in their order):
/// each insert then moves at most the [`FEW_KEYS`] entered before.
pub(crate) fn enter_waiting<K: Ord + Default, V: Default>(
    map: &mut LiteMap<K, V>,
    mut waiting: Vec<(K, V)>,
    merge: fn(&mut V, V) -> Result<(), Overflow>,
) -> Result<(), Overflow> {
    for index in sorted_order(waiting.len(), &|a, b| waiting[a].0.cmp(&waiting[b].0)) {
        let (key, value) = std::mem::take(&mut waiting[index]);
        merge(map.entry(key).or_default(), value)?;
    }
    Ok(())
}

/// Adds a year's money to its totals. A contribution brings no costs and a
/// line no cofinancing: only the part it has is added, which spares a
/// large plan 24,000 additions of zero per keystroke.
fn add_year(sum: &mut YearTotals, year: YearTotals) -> Result<(), Overflow> {
    if !year.cofinancing.is_zero() {
        sum.cofinancing = add(sum.cofinancing, year.cofinancing, Place::Partners)?;
    }
    if !year.costs.is_zero() {
        sum.costs = add(sum.costs, year.costs, Place::Budget)?;
    }
    Ok(())
}

/// Adds a line's amount to its activity's budget.
fn add_amount(sum: &mut Decimal, amount: Decimal) -> Result<(), Overflow> {
    *sum = add(*sum, amount, Place::Budget)?;
    Ok(())
}

/// Per-year money, for the per-year view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearTotals {
    pub costs: Decimal,
    pub cofinancing: Decimal,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    /// Sum of all budget lines.
    pub costs: Decimal,
    pub bureau: Decimal,
    pub activity: Decimal,
    pub unclassified: Decimal,
    /// All cash plus all in kind except meeting hours.
    pub recognised: Decimal,
    pub cash: Decimal,
    /// In kind that counts (meeting hours excluded).
    pub in_kind: Decimal,
    pub excluded_meeting_hours: Decimal,
    /// Recognised cofinancing per sector, in `Sector::ALL` order.
    pub sectors: [Decimal; 4],
    /// Its cash and its in kind, per sector, same order.
    pub sector_cash: [Decimal; 4],
    pub sector_in_kind: [Decimal; 4],
    /// Recognised cofinancing from companies and sector organisations.
    pub private: Decimal,
    /// Recognised cofinancing per partner, in the proposal's order.
    pub per_partner: Vec<Decimal>,
    /// Budget per activity id, summed over the lines that name it.
    pub per_activity: LiteMap<String, Decimal>,
    pub per_year: LiteMap<i32, YearTotals>,
    /// Costs and recognised cofinancing without a year; `None` when every
    /// budget line and counted contribution has one.
    pub no_year: Option<YearTotals>,
}

impl Totals {
    pub fn sector(&self, sector: Sector) -> Decimal {
        self.sectors[sector as usize]
    }

    pub fn of(proposal: &Proposal) -> Result<Totals, Overflow> {
        let mut totals = Totals::default();
        // Keys past the few that are entered at once (`enter`).
        let (mut years, mut activities) = (Vec::new(), Vec::new());
        for (p, partner) in proposal.partners.iter().enumerate() {
            let sector = partner.sector() as usize;
            let mut partner_total = Decimal::ZERO;
            // The partner's cash and in kind: parts of sums that are
            // checked (form totals, partner total), so plain additions
            // are exact here and spare the keystroke their checks.
            let mut partner_forms = [Decimal::ZERO; 2];
            for (c, contribution) in partner.contributions.iter().enumerate() {
                let path = Place::Contribution {
                    partner: p,
                    index: c,
                };
                let value = contribution_value(contribution, path)?;
                // The rules compare hours × rate with the amount: it must fit too.
                if let (Some(hours), Some(rate)) = (contribution.hours, contribution.hourly_rate) {
                    mul(hours, rate, path)?;
                }
                if contribution.is_meeting_hours() {
                    totals.excluded_meeting_hours =
                        add(totals.excluded_meeting_hours, value, Place::Partners)?;
                    continue;
                }
                let form_total = match contribution.form {
                    Form::Cash => &mut totals.cash,
                    Form::InKind => &mut totals.in_kind,
                };
                *form_total = add(*form_total, value, Place::Partners)?;
                partner_total = add(partner_total, value, Place::Partners)?;
                let form = contribution.form as usize;
                partner_forms[form] = partner_forms[form] + value;
                let cofinancing = YearTotals {
                    cofinancing: value,
                    ..YearTotals::default()
                };
                match contribution.year {
                    Some(year) => enter(
                        &mut totals.per_year,
                        &mut years,
                        &year,
                        cofinancing,
                        add_year,
                    )?,
                    None => add_year(
                        totals.no_year.get_or_insert_with(YearTotals::default),
                        cofinancing,
                    )?,
                }
            }
            totals.sectors[sector] = add(totals.sectors[sector], partner_total, Place::Partners)?;
            totals.recognised = add(totals.recognised, partner_total, Place::Partners)?;
            // Parts of the checked sums above: exact.
            totals.sector_cash[sector] = totals.sector_cash[sector] + partner_forms[0];
            totals.sector_in_kind[sector] = totals.sector_in_kind[sector] + partner_forms[1];
            if matches!(
                partner.kind,
                Some(PartnerKind::Company | PartnerKind::SectorOrganisation)
            ) {
                totals.private = totals.private + partner_total;
            }
            totals.per_partner.push(partner_total);
        }
        for line in &proposal.budget {
            let amount = line.amount.unwrap_or_default();
            totals.costs = add(totals.costs, amount, Place::Budget)?;
            let bucket = match line.kind {
                Some(BudgetKind::Bureau) => &mut totals.bureau,
                Some(BudgetKind::Activity) => &mut totals.activity,
                None => &mut totals.unclassified,
            };
            *bucket = add(*bucket, amount, Place::Budget)?;
            // A line "points at" an activity when it names it, whatever its
            // kind: classifying the line is C3's concern, not C4's.
            if let Some(activity) = &line.activity {
                let map = &mut totals.per_activity;
                enter(map, &mut activities, activity.as_str(), amount, add_amount)?;
            }
            let costs = YearTotals {
                costs: amount,
                ..YearTotals::default()
            };
            match line.year {
                Some(year) => enter(&mut totals.per_year, &mut years, &year, costs, add_year)?,
                None => add_year(
                    totals.no_year.get_or_insert_with(YearTotals::default),
                    costs,
                )?,
            }
        }
        enter_waiting(&mut totals.per_activity, activities, add_amount)?;
        enter_waiting(&mut totals.per_year, years, add_year)?;
        // The rules compare shares as products (a·d against n·T, see
        // `profile::Fraction`); keep headroom for those so they never overflow.
        let headroom = Decimal::from(1000);
        // Magnitude only: the products are never used.
        totals
            .recognised
            .checked_mul(headroom)
            .ok_or_else(|| overflow(Place::Partners))?;
        totals
            .costs
            .checked_mul(headroom)
            .ok_or_else(|| overflow(Place::Budget))?;
        Ok(totals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `add` as it was: trailing zeros stripped before every addition.
    fn stripped_first(a: Decimal, b: Decimal) -> Option<Decimal> {
        let (a, b) = (a.normalize(), b.normalize());
        let sum = a.checked_add(b)?;
        (sum.scale() >= a.scale().max(b.scale())).then_some(sum)
    }

    #[test]
    fn a_sum_is_exact_or_an_error_as_when_trailing_zeros_were_stripped_first() {
        let d = |text: &str| text.parse::<Decimal>().expect("a number");
        let values = [
            d("0"),
            d("0.00"),
            d("-0"),
            d("1.50"),
            d("-2.500"),
            d("10000"),
            d("871511"),
            d("8715110"),
            d("0.0000000000000000016714"),
            // 1 with 27 zeros after the point: it fits only stripped beside
            // a sum of nine digits.
            Decimal::from_i128_with_scale(10i128.pow(27), 27),
            d("100000000"),
            d("79228162514264337593543950335"),
            d("-79228162514264337593543950335"),
            d("7922816251426433759354395033.5"),
        ];
        for a in values {
            for b in values {
                let place = Place::Budget;
                let got = add(a, b, place).ok();
                let expected = stripped_first(a, b);
                // The same value, or an error both ways.
                assert_eq!(got, expected, "{a} + {b}");
            }
        }
        // What the sums show: exact, or refused with the place named.
        assert_eq!(
            add(
                Decimal::from_i128_with_scale(10i128.pow(27), 27),
                d("100000000"),
                Place::Budget
            ),
            Ok(d("100000001"))
        );
        assert_eq!(
            add(d("8715110"), d("0.0000000000000000016714"), Place::Partners),
            Err(Overflow {
                path: Path::of("partners")
            })
        );
        assert_eq!(add(d("1.50"), d("2.50"), Place::Budget), Ok(d("4")));
    }

    #[test]
    fn lines_past_the_few_keys_count_for_their_activity_and_year() {
        use crate::engine::model::{BudgetLine, Proposal};
        let lines = FEW_KEYS + 500;
        let budget = (0..lines)
            .map(|n| BudgetLine {
                activity: Some(format!("a{n}")),
                amount: Some(Decimal::from(n + 1)),
                year: Some(2000 + n as i32),
                ..BudgetLine::default()
            })
            .collect();
        let proposal = Proposal {
            budget,
            ..Proposal::default()
        };
        let totals = Totals::of(&proposal).expect("no overflow");
        assert_eq!(totals.per_activity.len(), lines);
        assert_eq!(totals.per_year.len(), lines);
        // A key entered after the first FEW_KEYS, from the waiting list.
        let last = lines - 1;
        assert_eq!(
            totals.per_activity.get(format!("a{last}").as_str()),
            Some(&Decimal::from(lines))
        );
        assert_eq!(
            totals.per_year.get(&(2000 + last as i32)).map(|y| y.costs),
            Some(Decimal::from(lines))
        );
    }
}
