//! The editing session under any sequence of what a user, the browser and
//! the host page can send it: rows that are gone, choices that do not
//! exist, text that is no number, plans deleted and undone in between.
//! Now and then it saves, and another tab, started from what was saved
//! last, makes changes of its own that this one merges in. It never
//! panics, and after every message the page shows what it will save: the
//! open plan is the proposal shown, the report is that proposal's, and
//! every typed text and question belongs to a row that exists.
//!
//! 300 sequences of up to 40 messages in `make test`; `PROPTEST_CASES`
//! sets the number, as for the engine's properties (`make fuzz`).

use std::rc::Rc;

use centra_check::engine::edit::{CheckField, Direction, List, NumberField, Role, TextField};
use centra_check::engine::model::{Proposal, Theme};
use centra_check::engine::path::Path;
use centra_check::engine::profile::Profile;
use centra_check::formats::sheet::{columns, Column};
use centra_check::formats::storage::{OtherTab, SaveError, SavedPlans};
use centra_check::session::{Example, Msg, State, TakeBack, UndoOffer};
use centra_check::text::money_input::read_number;
use centra_check::{evaluate, write_proposal, Lang};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

fn case_count() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

/// Text typed into number fields: Dutch and English notations, money
/// signs, nothing, words, negatives, and numbers too large or too precise
/// to read.
const NUMBERS: &[&str] = &[
    "1500",
    "1.234,56",
    "€ 2.000",
    "12,5",
    "1,234.56",
    "",
    "abc",
    "-3",
    "2027",
    "79228162514264337593543950335",
    // Readable, but too large for the totals the rules compare.
    "99999999999999999999999999",
    "0,00000000000000000000000000001",
];

/// Text typed into text fields, among them ids of choices (valid in some
/// selects and not in others) and an id of no choice at all.
const TEXTS: &[&str] = &[
    "",
    "Mijn centrum",
    "company",
    "education_mbo",
    "cash",
    "in_kind",
    "staff_hours",
    "bureau",
    "activity",
    "a1",
    "overijssel",
    "civ",
    "geen-keuze",
];

/// Ids an activity's carried-by box may name: the example's partners and
/// partners that do not exist.
const PARTNER_IDS: &[&str] = &["roc", "saxion", "p1", "p2", "nobody"];

/// A message, with rows by small indices so that most hit a row and some
/// a row that is gone. `Switch` and `Reveal` pick a plan or a finding of
/// the state at hand.
#[derive(Clone, Debug)]
enum Step {
    Text(TextField, &'static str),
    Number(NumberField, &'static str),
    Check(CheckField, bool),
    Add(List),
    Move(List, usize, bool),
    Remove(List, usize),
    ConfirmRemove,
    CancelRemove,
    /// An example picked; `false`: its file could not be fetched.
    Example(Example, bool),
    Import(bool),
    ImportNotText,
    Lang(Lang),
    NewPlan,
    DuplicatePlan,
    Switch(usize),
    Rename(&'static str),
    DeletePlan,
    Undo,
    Page(List, usize),
    Reveal(usize),
    Shared,
    FromHost,
    VerdictWanted,
    CloseStorageNotice,
    SaveResult(bool),
    LinkMade(bool),
    LinkCopied(bool),
    PasteOpen(List),
    PasteText(usize),
    PasteColumn(usize, usize),
    PasteMore,
    PasteApply,
    /// This tab saves its plans.
    Save,
    /// Another tab, started from what this one saved last, takes these
    /// steps and saves; this tab merges its plans in.
    OtherTab(Vec<Step>),
}

fn list() -> impl Strategy<Value = List> {
    prop_oneof![
        Just(List::Alliances),
        Just(List::Partners),
        (0..4usize).prop_map(List::Contributions),
        Just(List::Budget),
        Just(List::Activities),
        (0..4usize).prop_map(List::With),
        Just(List::Impact),
    ]
}

fn text_field() -> impl Strategy<Value = TextField> {
    use TextField::*;
    let i = || 0..4usize;
    prop_oneof![
        Just(CentreName),
        Just(CentreType),
        Just(Province),
        Just(RegionalFit),
        i().prop_map(Alliance),
        i().prop_map(PartnerName),
        i().prop_map(PartnerKind),
        (i(), i()).prop_map(|(p, c)| Form(p, c)),
        (i(), i()).prop_map(|(p, c)| Category(p, c)),
        (i(), i()).prop_map(|(p, c)| ContributionDescription(p, c)),
        i().prop_map(BudgetKind),
        i().prop_map(BudgetActivity),
        i().prop_map(BudgetDescription),
        i().prop_map(ActivityName),
        i().prop_map(Goal),
        i().prop_map(TargetUnit),
        (i(), i()).prop_map(|(a, w)| WithParty(a, w)),
        i().prop_map(IndicatorGroup),
        i().prop_map(Measure),
        i().prop_map(IndicatorLabel),
        i().prop_map(IndicatorUnit),
    ]
}

fn number_field() -> impl Strategy<Value = NumberField> {
    use NumberField::*;
    let i = || 0..4usize;
    prop_oneof![
        Just(StartYear),
        Just(DurationYears),
        (i(), i()).prop_map(|(p, c)| Hours(p, c)),
        (i(), i()).prop_map(|(p, c)| HourlyRate(p, c)),
        (i(), i()).prop_map(|(p, c)| Amount(p, c)),
        (i(), i()).prop_map(|(p, c)| ContributionYear(p, c)),
        i().prop_map(BudgetAmount),
        i().prop_map(BudgetYear),
        i().prop_map(TargetCount),
        i().prop_map(Baseline),
        i().prop_map(IndicatorTarget),
    ]
}

fn check_field() -> impl Strategy<Value = CheckField> {
    let i = || 0..4usize;
    prop_oneof![
        select(Theme::ALL).prop_map(CheckField::Theme),
        (i(), select(Role::ALL)).prop_map(|(p, role)| CheckField::Governance(p, role)),
        i().prop_map(CheckField::Experiment),
        (i(), select(PARTNER_IDS))
            .prop_map(|(a, id)| CheckField::ActivityPartner(a, id.to_string())),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        30 => one_tab_step(),
        2 => Just(Step::Save),
        2 => proptest::collection::vec(one_tab_step(), 1..8).prop_map(Step::OtherTab),
    ]
}

fn one_tab_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (text_field(), select(TEXTS)).prop_map(|(field, text)| Step::Text(field, text)),
        6 => (number_field(), select(NUMBERS)).prop_map(|(field, text)| Step::Number(field, text)),
        3 => (check_field(), any::<bool>()).prop_map(|(field, on)| Step::Check(field, on)),
        5 => list().prop_map(Step::Add),
        2 => (list(), 0..4usize, any::<bool>()).prop_map(|(l, i, up)| Step::Move(l, i, up)),
        3 => (list(), 0..4usize).prop_map(|(l, i)| Step::Remove(l, i)),
        1 => Just(Step::ConfirmRemove),
        1 => Just(Step::CancelRemove),
        1 => (select(Example::ALL), any::<bool>()).prop_map(|(e, came)| Step::Example(e, came)),
        1 => any::<bool>().prop_map(Step::Import),
        1 => Just(Step::ImportNotText),
        1 => select(&[Lang::Nl, Lang::En][..]).prop_map(Step::Lang),
        1 => Just(Step::NewPlan),
        1 => Just(Step::DuplicatePlan),
        1 => (0..4usize).prop_map(Step::Switch),
        1 => select(&["", "Plan B"][..]).prop_map(Step::Rename),
        1 => Just(Step::DeletePlan),
        1 => Just(Step::Undo),
        1 => (list(), 0..3usize).prop_map(|(l, page)| Step::Page(l, page)),
        1 => (0..8usize).prop_map(Step::Reveal),
        1 => Just(Step::Shared),
        1 => Just(Step::FromHost),
        1 => Just(Step::VerdictWanted),
        1 => Just(Step::CloseStorageNotice),
        1 => any::<bool>().prop_map(Step::SaveResult),
        1 => any::<bool>().prop_map(Step::LinkMade),
        1 => any::<bool>().prop_map(Step::LinkCopied),
        2 => list().prop_map(Step::PasteOpen),
        2 => (0..PASTES.len()).prop_map(Step::PasteText),
        1 => (0..6usize, 0..20usize).prop_map(|(i, c)| Step::PasteColumn(i, c)),
        1 => Just(Step::PasteMore),
        2 => Just(Step::PasteApply),
    ]
}

/// What is pasted into a list: rows with and without column names, good
/// and bad cells, totals, a partner over several lines, a file that is no
/// text, nothing.
const PASTES: &[&str] = &[
    "Naam\tSoort\tBedrag\nSaxion\thogeschool\t150,000\n\t\t12,5\nKapot\tbakker\tabc\n",
    "Omschrijving;Soort;Activiteit;Jaar;Bedrag\nHuur;bureau;;2027;1.234,56\nZaal;activiteit;Nieuw;;x\nTotaal;;;;1234\n",
    "Bakkerij\tbedrijf\tcash\t\t500\n",
    "students\tTevredenheid\tscore\t6,8\t7,5\n",
    "PK\u{3}\u{4}\0",
    "",
];

fn civ() -> Proposal {
    Example::CivSlimmeMaakindustrie.proposal()
}

/// The message a step stands for, in the state at hand.
fn message(step: &Step, state: &State) -> Msg {
    match step.clone() {
        Step::Text(field, text) => Msg::Text {
            field,
            text: text.into(),
        },
        Step::Number(field, text) => Msg::Number {
            field,
            text: text.into(),
        },
        Step::Check(field, checked) => Msg::Check { field, checked },
        Step::Add(list) => Msg::Add { list },
        Step::Move(list, index, up) => Msg::Move {
            list,
            index,
            direction: if up { Direction::Up } else { Direction::Down },
        },
        Step::Remove(list, index) => Msg::Remove { list, index },
        Step::ConfirmRemove => Msg::ConfirmRemove,
        Step::CancelRemove => Msg::CancelRemove,
        Step::Example(example, came) => {
            Msg::LoadExample(example, came.then(|| example.file().as_bytes().to_vec()))
        }
        Step::Import(readable) => Msg::Import {
            file_name: "plan.json".into(),
            bytes: if readable {
                write_proposal(&civ()).into_bytes()
            } else {
                b"{\"format\": \"centra-check/proposal\", \"version\": 2, \"partners\": [".to_vec()
            },
        },
        Step::ImportNotText => Msg::ImportNotText {
            file_name: "plan.pdf".into(),
        },
        Step::Lang(lang) => Msg::SetLang(lang),
        Step::NewPlan => Msg::NewPlan,
        Step::DuplicatePlan => Msg::DuplicatePlan,
        Step::Switch(i) => {
            let plans = state.plans.plans();
            Msg::SwitchPlan {
                id: plans[i % plans.len()].id.clone(),
            }
        }
        Step::Rename(name) => Msg::RenamePlan { name: name.into() },
        Step::DeletePlan => Msg::DeletePlan,
        Step::Undo => Msg::Undo,
        Step::Page(list, page) => Msg::Page {
            list: list.path(),
            page,
            focus: None,
        },
        Step::Reveal(i) => {
            let paths: Vec<Path> = state
                .report
                .criteria
                .iter()
                .flat_map(|c| &c.findings)
                .filter_map(|f| f.path.clone())
                .collect();
            Msg::Reveal {
                path: paths
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| List::Budget.row_path(i).field("amount")),
            }
        }
        Step::Shared => Msg::Shared(Ok(civ())),
        Step::FromHost => Msg::FromHost {
            origin: "https://www.katapult.nl".into(),
            proposal: civ(),
        },
        Step::VerdictWanted => Msg::VerdictWanted,
        Step::CloseStorageNotice => Msg::CloseStorageNotice,
        Step::SaveResult(failed) => {
            Msg::SaveResult(failed.then(|| SaveError::Refused("QuotaExceededError".into())))
        }
        Step::LinkMade(made) => Msg::LinkMade {
            revision: state.revision,
            link: made.then(|| "https://example.org/#p1=abc".into()),
        },
        Step::LinkCopied(copied) => Msg::LinkCopied(copied),
        Step::PasteOpen(list) => Msg::PasteOpen(list),
        Step::PasteText(i) => Msg::PasteText(PASTES[i].into()),
        Step::PasteColumn(index, c) => Msg::PasteColumn {
            index,
            column: Column::ALL.get(c).copied(),
        },
        Step::PasteMore => Msg::PasteStep,
        Step::PasteApply => Msg::PasteApply,
        Step::Save | Step::OtherTab(_) => unreachable!("taken by the run, not a message"),
    }
}

/// Takes `step` in this tab at `now`; `saved` is what it saved last.
fn take(state: &mut State, saved: &mut Rc<SavedPlans>, step: &Step, now: u64) {
    match step {
        Step::Save => *saved = state.plans.clone(),
        Step::OtherTab(steps) => {
            let mut other = State::with_plans((**saved).clone());
            for step in steps {
                let msg = message(step, &other);
                other.apply(msg, now);
            }
            let theirs = OtherTab {
                base: (**saved).clone(),
                theirs: (*other.plans).clone(),
            };
            state.apply(Msg::OtherTab(Rc::new(theirs)), now);
            // The merge is what this tab writes next.
            *saved = state.plans.clone();
        }
        step => {
            let msg = message(step, state);
            state.apply(msg, now);
        }
    }
}

/// How many rows the list at `path` has, if it is a list of `proposal`.
fn rows_at(proposal: &Proposal, path: &Path) -> Option<usize> {
    let mut lists = vec![
        List::Alliances,
        List::Partners,
        List::Budget,
        List::Activities,
        List::Impact,
    ];
    lists.extend((0..proposal.partners.len()).map(List::Contributions));
    lists.extend((0..proposal.activities.len()).map(List::With));
    lists
        .into_iter()
        .find(|list| list.path() == *path)
        .map(|list| list.len(proposal))
}

/// Every number field of the first rows, where the steps type.
fn number_fields() -> Vec<NumberField> {
    use NumberField::*;
    let mut fields = vec![StartYear, DurationYears];
    for i in 0..4 {
        fields.extend([BudgetAmount(i), BudgetYear(i), TargetCount(i), Baseline(i)]);
        fields.push(IndicatorTarget(i));
        for c in 0..4 {
            fields.extend([
                Hours(i, c),
                HourlyRate(i, c),
                Amount(i, c),
                ContributionYear(i, c),
            ]);
        }
    }
    fields
}

/// The value the proposal holds at a number field whose row exists.
fn value_at(proposal: &Proposal, field: &NumberField) -> Option<Decimal> {
    use NumberField::*;
    match *field {
        StartYear => proposal.centre.start_year.map(Decimal::from),
        DurationYears => proposal.centre.duration_years.map(Decimal::from),
        Hours(p, c) => proposal.partners[p].contributions[c].hours,
        HourlyRate(p, c) => proposal.partners[p].contributions[c].hourly_rate,
        Amount(p, c) => proposal.partners[p].contributions[c].amount,
        ContributionYear(p, c) => proposal.partners[p].contributions[c]
            .year
            .map(Decimal::from),
        BudgetAmount(i) => proposal.budget[i].amount,
        BudgetYear(i) => proposal.budget[i].year.map(Decimal::from),
        TargetCount(i) => proposal.activities[i].target.count,
        Baseline(i) => proposal.impact[i].baseline,
        IndicatorTarget(i) => proposal.impact[i].target,
    }
}

/// What must hold after every message; the reason when it does not.
fn consistent(state: &State) -> Result<(), String> {
    let proposal = &*state.proposal;
    if *state.plans.active().proposal != *proposal {
        return Err("the open plan is not the proposal shown".into());
    }
    let profile = Profile::by_id(&proposal.profile).ok_or("unknown profile")?;
    match evaluate(proposal, profile) {
        Ok(report) if report != *state.report => {
            return Err("the report is not the proposal's".into())
        }
        Ok(_) => {}
        Err(_) => return Err("the proposal shown cannot be judged".into()),
    }
    if state.lang != state.plans.lang {
        return Err("the language shown is not the one saved".into());
    }
    for path in state.raw.keys() {
        for (list, index) in path.rows() {
            if rows_at(proposal, &list).is_none_or(|len| index >= len) {
                return Err(format!("typed text at {path}, a row that does not exist"));
            }
        }
    }
    // A text shown as read holds in the proposal what it says: never a
    // silent zero or another number.
    for field in number_fields().iter().filter(|f| f.exists(proposal)) {
        let Some(raw) = state.raw.get(&field.path()) else {
            continue;
        };
        if raw.outcome.is_ok() {
            let read = read_number(&raw.text, field.kind())
                .map_err(|_| {
                    format!(
                        "{} shows {:?} as read, which cannot be read",
                        field.path(),
                        raw.text
                    )
                })?
                .map(|reading| reading.value);
            if read != value_at(proposal, field) {
                return Err(format!(
                    "{} shows {:?} as read, but the proposal holds {:?}",
                    field.path(),
                    raw.text,
                    value_at(proposal, field)
                ));
            }
        }
    }
    if let Some((list, index)) = state.pending_removal {
        if index >= list.len(proposal) {
            return Err(format!(
                "a removal asked of {} row {index}, which does not exist",
                list.path()
            ));
        }
    }
    // An undo of a removed row on offer still does what it says.
    if let Some(UndoOffer {
        undo: TakeBack::Row(removal),
        ..
    }) = &state.undo
    {
        if removal.undone(proposal).is_none() {
            return Err("an undo of a removed row is offered that cannot be done".into());
        }
    }
    if let Some(made) = state.current_link() {
        if made.revision != state.revision {
            return Err("a share link of another revision is offered".into());
        }
    }
    // A paste panel belongs to a list rows can be pasted into, of a
    // partner that exists.
    if let Some(paste) = &state.paste {
        let owner = match paste.list {
            List::Contributions(p) => p < proposal.partners.len(),
            list => columns(list).is_some(),
        };
        if !owner {
            return Err(format!("a paste panel for {}", paste.list.path()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(case_count()))]

    #[test]
    fn any_sequence_of_messages_keeps_the_page_and_the_saved_plan_as_one(
        start_with_example in any::<bool>(),
        steps in proptest::collection::vec(step(), 1..40),
    ) {
        let mut state = if start_with_example {
            State::with_proposal(civ(), 0)
        } else {
            State::default()
        };
        let mut saved = state.plans.clone();
        for (now, step) in steps.iter().enumerate() {
            take(&mut state, &mut saved, step, now as u64 + 1);
            if let Err(reason) = consistent(&state) {
                prop_assert!(false, "after {:?} (step {}): {}", step, now + 1, reason);
            }
        }
    }
}

/// Edits of the centre's own fields: they touch no list, so they commute
/// with removing and restoring a row.
fn centre_edit() -> impl Strategy<Value = Step> {
    prop_oneof![
        (
            select(
                &[
                    TextField::CentreName,
                    TextField::RegionalFit,
                    TextField::CentreType
                ][..]
            ),
            select(TEXTS)
        )
            .prop_map(|(field, text)| Step::Text(field, text)),
        (
            select(&[NumberField::StartYear, NumberField::DurationYears][..]),
            select(NUMBERS)
        )
            .prop_map(|(field, text)| Step::Number(field, text)),
        (select(Theme::ALL), any::<bool>())
            .prop_map(|(theme, on)| Step::Check(CheckField::Theme(theme), on)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(case_count()))]

    /// Whatever state the steps led to, removing any row (after its
    /// question, if it asks one) and then, after edits elsewhere, undoing
    /// gives back the plan as those edits alone would have left it, with
    /// every text typed into it.
    #[test]
    fn a_removed_row_comes_back_as_it_was(
        start_with_example in any::<bool>(),
        steps in proptest::collection::vec(one_tab_step(), 0..20),
        list in list(),
        index in 0..4usize,
        edits in proptest::collection::vec(centre_edit(), 0..4),
    ) {
        let mut state = if start_with_example {
            State::with_proposal(civ(), 0)
        } else {
            State::default()
        };
        let mut saved = state.plans.clone();
        for (now, step) in steps.iter().enumerate() {
            take(&mut state, &mut saved, step, now as u64 + 1);
        }
        // A question the steps left open is answered "no" first.
        state.apply(Msg::CancelRemove, 99);
        let mut without = state.clone();
        let exists = index < list.len(&state.proposal);
        state.apply(Msg::Remove { list, index }, 100);
        if state.pending_removal.is_some() {
            state.apply(Msg::ConfirmRemove, 101);
        }
        prop_assert_eq!(list.len(&state.proposal) + 1 == list.len(&without.proposal), exists);
        for (now, edit) in edits.iter().enumerate() {
            take(&mut state, &mut saved, edit, 102 + now as u64);
            take(&mut without, &mut saved, edit, 102 + now as u64);
        }
        if exists {
            prop_assert!(state.undo.is_some(), "a removal offers its undo");
            state.apply(Msg::Undo, 200);
        }
        prop_assert_eq!(&state.proposal, &without.proposal);
        prop_assert_eq!(&state.raw, &without.raw);
        if let Err(reason) = consistent(&state) {
            prop_assert!(false, "after the undo: {}", reason);
        }
    }
}
