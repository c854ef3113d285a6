//! Generated proposals for every property test: the engine's
//! (tests/properties.rs) and the formats' (share links, CSV, storage, as
//! unit tests in src/). One generator, so a new field or a nastier text
//! reaches them all.
//!
//! Included by path: from tests/ as `mod support`, and from src/lib.rs
//! under `cfg(test)` (the crate names itself `centra_check` for that).

#![allow(dead_code)] // each test binary uses its own part of it

use centra_check::engine::model::*;
use centra_check::engine::profile::Profile;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

/// Amounts as a draft holds them: zero, cents, round sums, the occasional
/// huge one and the occasional one of 27 decimals (whose totals may not fit
/// an exact decimal: the engine must say so, not round).
pub fn amount() -> BoxedStrategy<Decimal> {
    prop_oneof![
        4 => (0i64..2_000_000).prop_map(|euros| Decimal::new(euros, 0)),
        3 => (0i64..200_000_000).prop_map(|cents| Decimal::new(cents, 2)),
        1 => Just(Decimal::ZERO),
        1 => (0i64..i64::MAX).prop_map(|n| Decimal::new(n, 3)),
        1 => (1u32..28).prop_map(|scale| Decimal::new(1, scale)),
    ]
    .boxed()
}

/// The largest whole part and the most places a readable proposal's
/// amounts have. Hours × rate then has at most 18 + 8 digits, and a sum of
/// every contribution still fits an exact decimal (96 bits, about 28
/// digits). With 12 digits, hours × rate near 10^24 plus 0.00000001 from
/// another contribution did not fit, and a property test failed on CI.
pub const MODEST_WHOLE_MAX: u64 = 1_000_000_000;
pub const MODEST_SCALE_MAX: u32 = 4;

/// The most partners and budget lines, and contributions per partner, a
/// generated proposal has.
pub const MAX_ROWS: usize = 6;
pub const MAX_CONTRIBUTIONS: usize = 3;

/// Amounts whose totals always fit (see `MODEST_WHOLE_MAX`).
pub fn modest_amount() -> BoxedStrategy<Decimal> {
    (
        0u64..MODEST_WHOLE_MAX * 10u64.pow(MODEST_SCALE_MAX),
        0u32..=MODEST_SCALE_MAX,
    )
        .prop_map(|(n, places)| Decimal::new(n as i64, MODEST_SCALE_MAX).trunc_with_scale(places))
        .boxed()
}

/// Any text a person (or a broken file) may put in: empty, Dutch meeting
/// words, accents and emoji, quotes, newlines, `;`, NUL, anything.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        1 => Just("Stuurgroep overleg".to_string()),
        3 => "[ -~]{0,16}",
        2 => "[a-zA-Zé ]{0,12}",
        1 => "[a-zé€;\"\n\t'=ß😀\u{0}]{0,8}",
        1 => Just("Ünïcødé 🚀 naam".to_string()),
        1 => any::<String>(),
    ]
}

/// Mostly plausible years, now and then any number at all.
fn year() -> impl Strategy<Value = i32> {
    prop_oneof![4 => 2020i32..2035, 1 => any::<i32>()]
}

/// A few ids, so that activities and budget lines point at partners and
/// activities that exist, do not exist, or exist twice.
fn id() -> impl Strategy<Value = String> {
    select(vec!["p1", "p2", "p3", "a1", "a2", "x", ""]).prop_map(str::to_string)
}

fn contribution(amount: BoxedStrategy<Decimal>) -> impl Strategy<Value = Contribution> {
    (
        select(Form::ALL),
        prop::option::of(select(InKindCategory::ALL)),
        prop::option::weighted(0.8, amount.clone()),
        prop::option::weighted(0.8, amount.clone()),
        prop::option::weighted(0.8, amount),
        prop::option::of(year()),
        text(),
        prop::option::of(select(Valuation::ALL)),
    )
        .prop_map(
            |(form, category, hours, hourly_rate, amount, year, description, valuation)| {
                Contribution {
                    form,
                    category,
                    hours,
                    hourly_rate,
                    amount,
                    year,
                    description,
                    valuation,
                }
            },
        )
}

fn partner(amount: BoxedStrategy<Decimal>) -> impl Strategy<Value = Partner> {
    (
        id(),
        text(),
        // Now and then a draft partner whose kind is not chosen yet.
        proptest::option::weighted(0.9, select(PartnerKind::ALL)),
        any::<(bool, bool, bool)>(),
        vec(contribution(amount), 0..=MAX_CONTRIBUTIONS),
    )
        .prop_map(
            |(id, name, kind, (strategic, executive, top_management), contributions)| Partner {
                id,
                name,
                kind,
                governance: Governance {
                    strategic,
                    executive,
                    top_management,
                },
                contributions,
            },
        )
}

fn budget_line(amount: BoxedStrategy<Decimal>) -> impl Strategy<Value = BudgetLine> {
    (
        prop::option::of(select(BudgetKind::ALL)),
        prop::option::of(prop_oneof![3 => id(), 1 => text()]),
        text(),
        prop::option::weighted(0.8, amount),
        prop::option::of(year()),
    )
        .prop_map(|(kind, activity, description, amount, year)| BudgetLine {
            kind,
            activity,
            description,
            amount,
            year,
        })
}

fn activity(amount: BoxedStrategy<Decimal>) -> impl Strategy<Value = Activity> {
    (
        id(),
        text(),
        prop::option::of(select(Goal::ALL)),
        prop::option::weighted(0.8, amount),
        text(),
        any::<bool>(),
        vec(id(), 0..4),
        vec(text(), 0..2),
    )
        .prop_map(
            |(id, name, goal, count, unit, experiment, partners, with)| Activity {
                id,
                name,
                goal,
                target: Target { count, unit },
                experiment,
                partners,
                with,
            },
        )
}

fn indicator(amount: BoxedStrategy<Decimal>) -> impl Strategy<Value = Indicator> {
    (
        select(Group::ALL),
        text(),
        select(Measure::ALL),
        select(Improvement::ALL),
        prop::option::weighted(0.8, amount.clone()),
        prop::option::weighted(0.8, amount),
        text(),
    )
        .prop_map(
            |(group, label, measure, direction, baseline, target, unit)| Indicator {
                group,
                label,
                measure,
                direction,
                baseline,
                target,
                unit,
            },
        )
}

fn centre() -> impl Strategy<Value = Centre> {
    (
        text(),
        prop::option::of(select(CentreType::ALL)),
        prop::option::of(select(Province::ALL)),
        prop::option::of(year()),
        prop::option::of(prop_oneof![4 => 0u32..10, 1 => 0u32..=i32::MAX as u32]),
        vec(select(Theme::ALL), 0..4),
        text(),
        vec(text(), 0..3),
        text(),
    )
        .prop_map(
            |(
                name,
                centre_type,
                province,
                start_year,
                duration_years,
                themes,
                regional_fit,
                alliances,
                complementarity,
            )| Centre {
                name,
                centre_type,
                province,
                start_year,
                duration_years,
                themes,
                regional_fit,
                alliances,
                complementarity,
            },
        )
}

fn proposal_with(amount: BoxedStrategy<Decimal>) -> impl Strategy<Value = Proposal> {
    (
        centre(),
        vec(partner(amount.clone()), 0..=MAX_ROWS),
        vec(budget_line(amount.clone()), 0..=MAX_ROWS),
        vec(activity(amount.clone()), 0..5),
        vec(indicator(amount), 0..5),
    )
        .prop_map(|(centre, partners, budget, activities, impact)| Proposal {
            profile: Profile::KATAPULT_ID.to_string(),
            centre,
            partners: partners.into(),
            budget: budget.into(),
            activities: activities.into(),
            impact: impact.into(),
        })
}

/// A draft as the engine may meet it: ids that repeat or point nowhere,
/// amounts of any size (totals may not fit: the engine must refuse them).
pub fn proposal() -> impl Strategy<Value = Proposal> {
    proposal_with(amount())
}

/// A proposal the reader accepts: unique ids, totals that always fit.
pub fn readable_proposal() -> impl Strategy<Value = Proposal> {
    proposal_with(modest_amount()).prop_map(with_unique_ids)
}

/// The reader refuses duplicate ids; make them unique (references to the
/// old ids then point nowhere, which the reader accepts).
pub fn with_unique_ids(mut proposal: Proposal) -> Proposal {
    for (i, partner) in proposal.partners.iter_mut().enumerate() {
        partner.id = format!("{}-{i}", partner.id);
    }
    for (i, activity) in proposal.activities.iter_mut().enumerate() {
        activity.id = format!("{}-{i}", activity.id);
    }
    proposal
}

/// Money of a plan as applicants write it: mostly whole euros up to a few
/// hundred thousand, now and then cents, zero, or a small sum.
pub fn plan_money() -> BoxedStrategy<Decimal> {
    prop_oneof![
        6 => (0i64..600_000).prop_map(Decimal::from),
        2 => (0i64..60_000_000).prop_map(|cents| Decimal::new(cents, 2)),
        1 => Just(Decimal::ZERO),
        1 => (0i64..100).prop_map(Decimal::from),
    ]
    .boxed()
}

/// A plan whose money is all that varies: partners of any kind (so the
/// three sectors and the unassigned one) with cash and in kind of every
/// category, and budget lines; for the properties of C3's shares, balance
/// and balance plan.
pub fn money_plan() -> impl Strategy<Value = Proposal> {
    let contribution = (select(Form::ALL), select(InKindCategory::ALL), plan_money()).prop_map(
        |(form, category, amount)| Contribution {
            category: Some(category),
            amount: Some(amount),
            ..Contribution::new(form)
        },
    );
    let partner = (
        select(PartnerKind::ALL),
        vec(contribution, 0..=MAX_CONTRIBUTIONS),
    );
    let line = (prop::option::of(select(BudgetKind::ALL)), plan_money());
    (vec(partner, 0..=MAX_ROWS), vec(line, 0..=4)).prop_map(|(partners, lines)| Proposal {
        partners: partners
            .into_iter()
            .enumerate()
            .map(|(i, (kind, contributions))| Partner {
                id: format!("p{i}"),
                name: format!("Partner {i}"),
                kind: Some(kind),
                governance: Governance::default(),
                contributions,
            })
            .collect::<Vec<_>>()
            .into(),
        budget: lines
            .into_iter()
            .map(|(kind, amount)| BudgetLine {
                kind,
                amount: Some(amount),
                ..BudgetLine::default()
            })
            .collect::<Vec<_>>()
            .into(),
        ..Proposal::default()
    })
}
