use super::*;
use crate::engine::edit::{page_of, PAGE_SIZE};
use crate::engine::path::Path;
use crate::engine::report::Status;
use rust_decimal::Decimal;

/// The session after `msg`; the clock stands still, as no test here
/// depends on the time.
fn reduce(mut state: State, msg: Msg) -> State {
    state.apply(msg, 1);
    state
}

/// An example picked, its file fetched.
fn load(example: Example) -> Msg {
    Msg::LoadExample(example, Some(example.file().as_bytes().to_vec()))
}

fn budget() -> Path {
    List::Budget.path()
}

#[test]
fn an_unreadable_amount_keeps_the_last_valid_value() {
    let mut state = reduce(State::default(), Msg::Add { list: List::Budget });
    state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(0),
            text: "€ 1.234,56".into(),
        },
    );
    assert_eq!(
        state.proposal.budget[0].amount,
        Some(Decimal::new(123456, 2))
    );
    state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(0),
            text: "1.234,5x".into(),
        },
    );
    assert_eq!(
        state.proposal.budget[0].amount,
        Some(Decimal::new(123456, 2))
    );
    assert_eq!(
        state.raw[&budget().row(0).field("amount")].outcome,
        Err(InputError::NotANumber)
    );
}

#[test]
fn every_edit_recomputes_the_report() {
    let state = State::default();
    let first = state.revision;
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Centrum".into(),
        },
    );
    assert_eq!(state.revision, first + 1);
    assert_eq!(state.proposal.centre.name, "Centrum");
}

#[test]
fn removing_a_partner_in_use_asks_first_and_then_clears_references() {
    let state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    assert_eq!(state.report.verdict, Status::Meets);
    let state = reduce(
        state,
        Msg::Remove {
            list: List::Partners,
            index: 0,
        },
    );
    assert_eq!(state.pending_removal, Some((List::Partners, 0)));
    assert_eq!(state.proposal.partners.len(), 8);
    let state = reduce(state, Msg::ConfirmRemove);
    assert_eq!(state.proposal.partners.len(), 7);
    assert!(state
        .proposal
        .activities
        .iter()
        .all(|a| !a.partners.contains(&"roc".to_string())));
}

#[test]
fn typed_texts_move_with_their_rows() {
    let mut state = State::default();
    for _ in 0..3 {
        state = reduce(state, Msg::Add { list: List::Budget });
    }
    state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(2),
            text: "12a".into(),
        },
    );
    state = reduce(
        state,
        Msg::Move {
            list: List::Budget,
            index: 2,
            direction: Direction::Up,
        },
    );
    assert!(state.raw.contains_key(&budget().row(1).field("amount")));
    state = reduce(
        state,
        Msg::Remove {
            list: List::Budget,
            index: 0,
        },
    );
    assert!(state.raw.contains_key(&budget().row(0).field("amount")));
    assert_eq!(state.raw.len(), 1);
}

#[test]
fn a_refused_import_changes_nothing() {
    let state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    let before = state.proposal.clone();
    let state = reduce(
        state,
        Msg::Import {
            file_name: "x.json".into(),
            bytes: br#"{"format":"centra-check/proposal","version":1,"partners":[{"id":"a","name":"A","kind":"company","contributons":[]}]}"#.to_vec(),
        },
    );
    assert_eq!(state.proposal, before);
    let error = state.import_error.unwrap().error.unwrap();
    assert_eq!(error.path, "partners[0].contributons");
}

fn civ() -> Proposal {
    Example::CivSlimmeMaakindustrie.proposal()
}

#[test]
fn every_edit_updates_the_open_plan_and_asks_for_a_save() {
    let state = State::default();
    let saves = state.saves;
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Centrum".into(),
        },
    );
    assert_eq!(state.plans.active().proposal.centre.name, "Centrum");
    assert!(state.saves > saves);
    let saves = state.saves;
    let state = reduce(state, Msg::SetLang(Lang::En));
    assert_eq!(state.plans.lang, Lang::En);
    assert!(state.saves > saves, "the language is saved too");
}

#[test]
fn an_edit_shares_the_proposal_with_the_saved_plans_instead_of_copying_it() {
    let state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    let state = reduce(
        state,
        Msg::Number {
            field: NumberField::Amount(0, 0),
            text: "12345".into(),
        },
    );
    assert_eq!(
        state.proposal.partners[0].contributions[0].amount,
        Some(Decimal::new(12345, 0))
    );
    assert!(Rc::ptr_eq(&state.proposal, &state.plans.active().proposal));
}

#[test]
fn an_import_never_replaces_work_and_can_be_undone() {
    let state = reduce(
        State::default(),
        Msg::Text {
            field: TextField::CentreName,
            text: "Mijn werk".into(),
        },
    );
    let bytes = Example::CivSlimmeMaakindustrie.file().as_bytes().to_vec();
    let file_name = "plan.json".to_string();
    let state = reduce(state, Msg::Import { file_name, bytes });
    assert_eq!(state.plans.plans().len(), 2);
    assert_eq!(*state.proposal, civ());
    assert_eq!(state.notice, Some(Notice::Imported("plan.json".into())));
    assert!(state.undo.is_some());
    let state = reduce(state, Msg::Undo);
    assert_eq!(state.plans.plans().len(), 1);
    assert_eq!(state.proposal.centre.name, "Mijn werk");
    assert_eq!(state.notice, Some(Notice::Undone));
}

#[test]
fn an_example_into_an_untouched_plan_leaves_no_empty_plan_behind() {
    let state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    assert_eq!(state.plans.plans().len(), 1);
    assert_eq!(*state.proposal, civ());
    // Over work, the empty form is a new plan: nothing is lost.
    let state = reduce(state, load(Example::Empty));
    assert_eq!(state.plans.plans().len(), 2);
    assert_eq!(*state.proposal, Proposal::default());
    let state = reduce(state, Msg::Undo);
    assert_eq!(*state.proposal, civ());
}

#[test]
fn plans_are_made_switched_and_deleted_with_undo() {
    let state = reduce(
        State::default(),
        Msg::Text {
            field: TextField::CentreName,
            text: "A".into(),
        },
    );
    let first = state.plans.active_id().to_string();
    let state = reduce(state, Msg::DuplicatePlan);
    assert_eq!(state.proposal.centre.name, "A");
    assert_eq!(state.plans.active().name, "A (kopie)");
    let state = reduce(state, Msg::RenamePlan { name: " B ".into() });
    assert_eq!(state.plans.active().title(Lang::Nl), "B");
    let state = reduce(state, Msg::NewPlan);
    assert_eq!(*state.proposal, Proposal::default());
    assert_eq!(state.plans.plans().len(), 3);
    let state = reduce(state, Msg::SwitchPlan { id: first.clone() });
    assert_eq!(state.proposal.centre.name, "A");
    let state = reduce(state, Msg::DeletePlan);
    assert_eq!(state.notice, Some(Notice::Deleted("A".into())));
    assert_eq!(state.plans.plans().len(), 2);
    // An edit elsewhere keeps the way back to a deleted plan open.
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "C".into(),
        },
    );
    let state = reduce(state, Msg::Undo);
    assert_eq!(state.plans.active_id(), first);
    assert_eq!(state.proposal.centre.name, "A");
    assert_eq!(state.plans.plans().len(), 3);
}

#[test]
fn an_edit_after_an_import_withdraws_its_undo() {
    let state = reduce(
        State::default(),
        Msg::Text {
            field: TextField::CentreName,
            text: "Mijn werk".into(),
        },
    );
    let state = reduce(state, load(Example::CivSlimmeMaakindustrie));
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Aangepast".into(),
        },
    );
    assert_eq!(state.undo, None);
}

fn many_lines(n: usize) -> State {
    State::with_proposal(
        Proposal {
            budget: vec![BudgetLine::default(); n].into(),
            ..Proposal::default()
        },
        0,
    )
}

#[test]
fn a_finding_on_another_page_turns_to_it_and_asks_for_its_field() {
    let state = many_lines(20_000);
    let revision = state.revision;
    let state = reduce(
        state,
        Msg::Reveal {
            path: budget().row(12345).field("amount"),
        },
    );
    assert_eq!(state.pages.get(&budget()), Some(&(12345 / PAGE_SIZE)));
    assert_eq!(
        state.focus.as_ref().map(|f| &f.target),
        Some(&FocusTarget::Field(budget().row(12345).field("amount")))
    );
    assert_eq!(state.revision, revision, "turning a page is no edit");
    let (_, rows) = page_of(&state.pages, &budget(), 20_000);
    assert!(rows.contains(&12345));
}

#[test]
fn a_new_row_and_a_moved_row_stay_in_sight() {
    let state = reduce(many_lines(3 * PAGE_SIZE), Msg::Add { list: List::Budget });
    assert_eq!(state.pages.get(&budget()), Some(&3));
    let state = reduce(
        state,
        Msg::Page {
            list: budget(),
            page: 1,
            focus: None,
        },
    );
    let state = reduce(
        state,
        Msg::Move {
            list: List::Budget,
            index: 2 * PAGE_SIZE - 1,
            direction: Direction::Down,
        },
    );
    assert_eq!(state.pages.get(&budget()), Some(&2));
}

#[test]
fn turning_a_page_keeps_the_notice() {
    let state = reduce(
        many_lines(2 * PAGE_SIZE),
        load(Example::CivSlimmeMaakindustrie),
    );
    let notice = state.notice.clone();
    assert!(notice.is_some());
    let state = reduce(
        state,
        Msg::Page {
            list: budget(),
            page: 1,
            focus: None,
        },
    );
    assert_eq!(state.notice, notice);
}

#[test]
fn another_tabs_save_updates_an_unchanged_open_plan_and_keeps_an_edited_one() {
    let mut base = SavedPlans::new(Lang::Nl, 0);
    base.update_active(civ(), 0);
    let mut theirs = base.clone();
    let mut changed = civ();
    changed.centre.name = "Elders gewijzigd".into();
    theirs.update_active(changed, 1);
    let other = Rc::new(OtherTab {
        base: base.clone(),
        theirs,
    });

    let state = reduce(
        State::with_plans(base.clone()),
        Msg::OtherTab(other.clone()),
    );
    assert_eq!(state.proposal.centre.name, "Elders gewijzigd");
    assert_eq!(state.plans.plans().len(), 1);
    assert!(matches!(&state.notice, Some(Notice::OtherTab(m)) if m.open_plan_changed));

    let state = reduce(
        State::with_plans(base),
        Msg::Text {
            field: TextField::CentreName,
            text: "Hier gewijzigd".into(),
        },
    );
    let saves = state.saves;
    let state = reduce(state, Msg::OtherTab(other));
    assert_eq!(
        state.proposal.centre.name, "Hier gewijzigd",
        "the form keeps its edit"
    );
    let names: Vec<&str> = state
        .plans
        .plans()
        .iter()
        .map(|p| p.proposal.centre.name.as_str())
        .collect();
    assert_eq!(names, vec!["Hier gewijzigd", "Elders gewijzigd"]);
    assert!(state.saves > saves, "the merge is saved");
    let Some(Notice::OtherTab(merged)) = &state.notice else {
        panic!("{:?}", state.notice)
    };
    assert!(merged
        .message("x", Lang::Nl)
        .unwrap()
        .contains("Elders gewijzigd (andere versie)"));

    // The undo of an import names a plan by id, which a merge may give
    // to another plan: it is withdrawn.
    let mut theirs = SavedPlans::new(Lang::Nl, 0);
    theirs.update_active(civ(), 0);
    theirs.create("Elders", 1);
    let state = reduce(state, load(Example::Empty));
    assert!(state.undo.is_some());
    let base = (*state.plans).clone();
    let state = reduce(
        state,
        Msg::OtherTab(Rc::new(OtherTab {
            base: SavedPlans::new(Lang::Nl, 0),
            theirs,
        })),
    );
    assert!(state.undo.is_none());
    assert!(state.plans.plans().len() > base.plans().len());
}

#[test]
fn a_shared_plan_never_lands_on_own_work() {
    let state = reduce(State::default(), Msg::Shared(Ok(civ())));
    assert_eq!(state.plans.plans().len(), 1, "into the empty plan");
    assert_eq!(*state.proposal, civ());
    let state = reduce(state, Msg::NewPlan);
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Eigen".into(),
        },
    );
    let state = reduce(state, Msg::Shared(Ok(civ())));
    assert_eq!(
        state.notice,
        Some(Notice::Shared(Incoming::AlreadySaved("plan-1".into())))
    );
    assert_eq!(
        state.plans.plans().len(),
        2,
        "the same plan is not saved twice"
    );
    let mut other = civ();
    other.centre.name = "Ander centrum".into();
    let state = reduce(state, Msg::Shared(Ok(other)));
    assert_eq!(state.notice, Some(Notice::Shared(Incoming::AsNewPlan)));
    assert_eq!(state.plans.plans().len(), 3);
    let state = reduce(state, Msg::Shared(Err(DecodeError::BadCompression)));
    assert_eq!(state.share_error, Some(DecodeError::BadCompression));
    assert_eq!(state.plans.plans().len(), 3);
}

#[test]
fn an_edit_copies_only_the_row_it_changes() {
    // A keystroke in a large plan must not copy (and later free) every
    // row: the new proposal shares all rows but the edited one.
    let state = many_lines(1_000);
    let before = state.proposal.clone();
    let state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(5),
            text: "1500".into(),
        },
    );
    let after = &state.proposal;
    assert_eq!(after.budget[5].amount, Some(Decimal::from(1500)));
    assert_eq!(
        before.budget[5].amount, None,
        "the old proposal is untouched"
    );
    assert!(!std::ptr::eq(&before.budget[5], &after.budget[5]));
    for row in [0, 4, 6, 999] {
        assert!(
            std::ptr::eq(&before.budget[row], &after.budget[row]),
            "budget line {row} was copied"
        );
    }
}

#[test]
fn a_share_link_is_offered_only_while_the_plan_is_as_it_was_made() {
    let state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    let revision = state.revision;
    let state = reduce(
        state,
        Msg::LinkMade {
            revision,
            link: Some("https://example.org/#p1=abc".into()),
        },
    );
    let made = state.current_link().expect("the link of the plan shown");
    assert_eq!(made.link.as_deref(), Some("https://example.org/#p1=abc"));
    assert_eq!(made.copied, None);
    let state = reduce(state, Msg::LinkCopied(false));
    assert_eq!(
        state.current_link().and_then(|made| made.copied),
        Some(false)
    );
    // An edit makes the link show an older plan: it is no longer offered.
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Ander centrum".into(),
        },
    );
    assert_eq!(state.current_link(), None);
    // The browser could not make one: that too is shown for its plan.
    let revision = state.revision;
    let state = reduce(
        state,
        Msg::LinkMade {
            revision,
            link: None,
        },
    );
    assert_eq!(
        state.current_link().map(|made| made.link.clone()),
        Some(None)
    );
}

#[test]
fn what_the_browser_and_the_host_report_changes_no_plan_and_keeps_the_notice() {
    let mut state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    state.storage_notice = Some(StorageNotice::Migrated(
        crate::formats::storage::OldForm::ProposalFile,
    ));
    let before = state.clone();
    let refused = SaveError::Refused("QuotaExceededError".into());
    let state = reduce(state, Msg::SaveResult(Some(refused.clone())));
    assert_eq!(state.save_error, Some(refused));
    let state = reduce(state, Msg::VerdictWanted);
    assert!(state.verdict_wanted);
    let state = reduce(state, Msg::CloseStorageNotice);
    assert_eq!(state.storage_notice, None);
    let state = reduce(state, Msg::SaveResult(None));
    assert_eq!(state.save_error, None);
    // The notice of the example and its undo stay; nothing asks for a save
    // or a new report.
    assert!(state.notice.is_some());
    assert_eq!(state.notice, before.notice);
    assert_eq!(state.undo, before.undo);
    assert_eq!(state.saves, before.saves);
    assert_eq!(state.revision, before.revision);
    assert_eq!(state.plans, before.plans);
}

#[test]
fn a_late_unreadable_text_of_a_removed_row_is_not_kept_for_the_next_row() {
    let state = reduce(State::default(), Msg::Add { list: List::Budget });
    let state = reduce(
        state,
        Msg::Remove {
            list: List::Budget,
            index: 0,
        },
    );
    assert_eq!(state.proposal.budget.len(), 0);
    // An input event that arrives after its row went.
    let state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(0),
            text: "12x".into(),
        },
    );
    assert!(state.raw.is_empty());
    // A new first line starts empty, not with the old line's text.
    let state = reduce(state, Msg::Add { list: List::Budget });
    assert_eq!(state.raw.get(&budget().row(0).field("amount")), None);
}

/// The example, then the paste panel of `list` with `text` in it.
fn pasted(list: List, text: &str) -> State {
    let state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    let state = reduce(state, Msg::PasteOpen(list));
    reduce(state, Msg::PasteText(text.into()))
}

#[test]
fn pasted_budget_lines_arrive_and_one_undo_takes_them_all_back() {
    let text = "Omschrijving\tSoort\tActiviteit\tJaar\tBedrag\n\
                Huur\tbureau\t\t2027\t150,000\n\
                Zaal\tactiviteit\tProeftuin slimme productie\t\t1.234,56\n\
                Kapot\tactiviteit\t\t\ttwaalf\n";
    let state = pasted(List::Budget, text);
    let before = state.proposal.clone();
    let notice = state.notice.clone();
    let paste = state.paste.clone().expect("the panel is open");
    assert!(paste.ready(&state.proposal));
    assert_eq!(paste.counts(), [2, 1, 0], "two lines come in, one does not");
    assert_eq!(
        notice,
        Some(Notice::Example(Example::CivSlimmeMaakindustrie))
    );
    assert_eq!(*state.proposal, *before, "the preview changes nothing");

    let state = reduce(state, Msg::PasteApply);
    assert!(state.paste.is_none(), "the panel closes");
    let budget = &state.proposal.budget;
    assert_eq!(budget.len(), before.budget.len() + 2);
    let huur = &budget[before.budget.len()];
    assert_eq!(huur.amount, Some(Decimal::from(150_000)), "never 150");
    assert_eq!(huur.year, Some(2027));
    assert_eq!(
        budget[before.budget.len() + 1].activity.as_deref(),
        Some("onderzoek")
    );
    assert_eq!(state.notice, Some(Notice::Pasted(2)));
    assert!(state.undo.is_some());
    let first_new = List::Budget.row_path(before.budget.len());
    assert_eq!(
        state.focus.as_ref().map(|f| &f.target),
        Some(&FocusTarget::Field(first_new))
    );

    let state = reduce(state, Msg::Undo);
    assert_eq!(*state.proposal, *before, "one undo takes back every line");
    assert_eq!(*state.plans.active().proposal, *before);
}

#[test]
fn pasted_partners_come_in_with_their_contributions() {
    let text = "Partner\tSoort\tVorm\tBedrag\tUren\tTarief\n\
                Noorderpoort\troc\tcash\t50,000\t\t\n\
                Noorderpoort\troc\tin kind\t\t500\t80\n\
                Gemeente Groningen\tgemeente\tcash\t€ 150.000,-\t\t\n";
    let state = pasted(List::Partners, text);
    let before = state.proposal.partners.len();
    let state = reduce(state, Msg::PasteApply);
    let partners = &state.proposal.partners;
    assert_eq!(partners.len(), before + 2);
    let roc = &partners[before];
    assert_eq!(roc.kind, Some(PartnerKind::Mbo));
    assert_eq!(roc.contributions.len(), 2);
    assert_eq!(roc.contributions[0].amount, Some(Decimal::from(50_000)));
    assert!(roc.contributions[1].is_staff_hours());
    assert_eq!(
        partners[before + 1].contributions[0].amount,
        Some(Decimal::from(150_000))
    );
    assert_eq!(state.notice, Some(Notice::Pasted(3)));
}

#[test]
fn a_large_paste_is_read_a_piece_at_a_time_and_added_at_once() {
    let mut text = String::from("Omschrijving\tBedrag\n");
    for i in 0..2 * PASTE_PIECE + 10 {
        text.push_str(&format!("Regel {i}\t{i},5\n"));
    }
    let state = pasted(List::Budget, &text);
    let paste = state.paste.clone().unwrap();
    assert!(!paste.ready(&state.proposal), "one piece read");
    assert_eq!(paste.pieces.len(), 1);
    // Adding waits until everything is read.
    let waiting = reduce(state.clone(), Msg::PasteApply);
    assert_eq!(waiting.proposal, state.proposal);
    let mut state = state;
    while !state.paste.as_ref().unwrap().ready(&state.proposal) {
        state = reduce(state, Msg::PasteStep);
    }
    assert_eq!(state.paste.as_ref().unwrap().pieces.len(), 3);
    let before = state.proposal.budget.len();
    let state = reduce(state, Msg::PasteApply);
    assert_eq!(state.proposal.budget.len(), before + 2 * PASTE_PIECE + 10);
    assert_eq!(
        state.proposal.budget[before + 3].amount,
        Some(Decimal::new(35, 1))
    );
}

#[test]
fn a_plan_changed_under_an_open_paste_is_read_again_before_adding() {
    let text = "Omschrijving;Activiteit;Bedrag\nZaal;Zomerschool;100\n";
    let state = pasted(List::Budget, text);
    let paste = state.paste.clone().unwrap();
    assert_eq!(paste.counts(), [0, 1, 0], "no such activity yet");
    // The user adds and names the activity in the form meanwhile.
    let state = reduce(
        state,
        Msg::Add {
            list: List::Activities,
        },
    );
    let last = state.proposal.activities.len() - 1;
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::ActivityName(last),
            text: "Zomerschool".into(),
        },
    );
    assert!(!state.paste.as_ref().unwrap().ready(&state.proposal));
    let unchanged = reduce(state.clone(), Msg::PasteApply);
    assert_eq!(unchanged.proposal, state.proposal, "not while out of date");
    let state = reduce(state, Msg::PasteStep);
    let paste = state.paste.clone().unwrap();
    assert!(paste.ready(&state.proposal));
    assert_eq!(paste.counts(), [1, 0, 0], "the form's activity");
    let state = reduce(state, Msg::PasteApply);
    let id = &state.proposal.activities[last].id;
    let lines = &state.proposal.budget;
    assert_eq!(lines[lines.len() - 1].activity.as_ref(), Some(id));
}

#[test]
fn the_user_says_which_column_is_which() {
    let state = pasted(List::Budget, "Huur\t2027\t1.500\n");
    let reader = state.paste.as_ref().unwrap().reader.clone().unwrap();
    assert!(!reader.layout.header);
    // Without names: description, kind, activity; the user corrects it.
    let state = reduce(
        state,
        Msg::PasteColumn {
            index: 1,
            column: Some(Column::Year),
        },
    );
    let state = reduce(
        state,
        Msg::PasteColumn {
            index: 2,
            column: Some(Column::Amount),
        },
    );
    let paste = state.paste.clone().unwrap();
    assert_eq!(paste.counts(), [1, 0, 0]);
    let line = &paste.pieces[0].budget[0];
    assert_eq!(line.year, Some(2027));
    assert_eq!(line.amount, Some(Decimal::from(1500)));
    // Choosing a column already in use frees it where it was.
    let state = reduce(
        state,
        Msg::PasteColumn {
            index: 0,
            column: Some(Column::Amount),
        },
    );
    let layout = &state
        .paste
        .as_ref()
        .unwrap()
        .reader
        .as_ref()
        .unwrap()
        .layout;
    assert_eq!(
        layout.columns,
        [Some(Column::Amount), Some(Column::Year), None]
    );
    assert_eq!(
        state.focus.as_ref().map(|f| &f.target),
        Some(&FocusTarget::Element("paste-column-0".into())),
        "back to the choice, in the preview written anew"
    );
}

#[test]
fn a_file_that_is_no_text_says_so_and_a_panel_of_a_missing_partner_never_opens() {
    let state = pasted(List::Impact, "PK\u{3}\u{4}\0\0");
    let paste = state.paste.clone().unwrap();
    assert_eq!(
        paste.error,
        Some(crate::formats::sheet::TableError::NotText)
    );
    assert!(paste.pieces.is_empty());
    let state = reduce(state, Msg::PasteOpen(List::Contributions(99)));
    assert_eq!(state.paste.as_ref().map(|p| p.list), Some(List::Impact));
    let state = reduce(state, Msg::PasteOpen(List::Impact));
    assert!(state.paste.is_none(), "the same button closes it");
}

/// The page fetches the examples from the very files of `examples/`
/// (Trunk copies them beside `index.html`); the empty form is the empty
/// proposal file of format 3.
#[test]
fn the_examples_are_the_files_of_examples() {
    let empty = include_str!("../../examples/empty.json");
    assert_eq!(read_proposal(empty).unwrap(), Proposal::default());
    assert_eq!(Example::Empty.address(), None);
    let state = reduce(State::default(), Msg::LoadExample(Example::Empty, None));
    assert_eq!(state.notice, Some(Notice::Example(Example::Empty)));
    let civ = Example::CivSlimmeMaakindustrie;
    assert_eq!(
        civ.address(),
        Some("examples/civ-slimme-maakindustrie.json")
    );
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/civ-slimme-maakindustrie.json"
    );
    let file = std::fs::read_to_string(path).unwrap();
    assert_eq!(civ.file(), file);
    assert!(file.contains("\"version\": 3"), "{file}");
}

/// An example whose file did not come (offline, not found, not a
/// proposal): a message, and the open plan and its typing untouched.
#[test]
fn an_example_that_does_not_come_changes_nothing() {
    let mut state = reduce(State::default(), Msg::Add { list: List::Budget });
    state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(0),
            text: "1.234,5x".into(),
        },
    );
    let civ = Example::CivSlimmeMaakindustrie;
    for file in [None, Some(b"<!doctype html><title>404</title>".to_vec())] {
        let before = state.clone();
        state = reduce(state, Msg::LoadExample(civ, file));
        assert_eq!(state.example_error, Some(civ));
        assert_eq!(state.plans, before.plans);
        assert_eq!(state.proposal, before.proposal);
        assert_eq!(state.raw, before.raw, "what was typed stays");
        assert_eq!(state.revision, before.revision);
        assert_eq!(state.undo, before.undo);
    }
    // Tried again, it comes: a new plan beside the work, the message gone.
    state = reduce(state, load(civ));
    assert_eq!(state.example_error, None);
    assert_eq!(state.plans.plans().len(), 2);
    assert_eq!(*state.proposal, civ.proposal());
    assert_eq!(state.notice, Some(Notice::Example(civ)));
}

// Issue 22: the wipe button.
fn focus_on(state: &State) -> Option<&str> {
    match &state.focus.as_ref()?.target {
        FocusTarget::Element(id) => Some(id),
        FocusTarget::Field(_) => None,
    }
}

/// A session with work in it: two plans, an undo, a share link, a kept-aside notice.
fn busy() -> State {
    let mut state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    state = reduce(state, Msg::NewPlan);
    state = reduce(state, load(Example::CivSlimmeMaakindustrie));
    let revision = state.revision;
    state = reduce(
        state,
        Msg::LinkMade {
            revision,
            link: Some("https://example.org/#p1=abc".into()),
        },
    );
    state = reduce(state, Msg::SetLang(Lang::En));
    state.storage_notice = Some(StorageNotice::Migrated(
        crate::formats::storage::OldForm::ProposalFile,
    ));
    assert!(state.undo.is_some() && state.share_link.is_some());
    state
}

#[test]
fn the_wipe_button_asks_first_and_no_keeps_everything() {
    let before = busy();
    let state = reduce(before.clone(), Msg::AskWipe);
    assert!(state.wipe_asked);
    assert_eq!(
        focus_on(&state),
        Some("wipe-download"),
        "the safe answer first"
    );
    let state = reduce(state, Msg::CancelWipe);
    assert!(!state.wipe_asked);
    assert_eq!(focus_on(&state), Some("wipe"));
    assert_eq!(state.plans, before.plans);
    assert_eq!(state.undo, before.undo);
    assert_eq!(state.saves, before.saves);
}

#[test]
fn after_a_wipe_nothing_of_the_old_plans_stays_in_the_session() {
    let before = reduce(busy(), Msg::AskWipe);
    let fresh = Rc::new(SavedPlans::new(Lang::Nl, 2));
    let state = reduce(
        before.clone(),
        Msg::Wiped {
            plans: fresh,
            here: true,
        },
    );
    assert_eq!(state.plans.plans().len(), 1);
    assert_eq!(*state.proposal, Proposal::default());
    assert_eq!(state.undo, None, "an undo would bring a plan back");
    assert_eq!(state.share_link, None, "the link carries the plan");
    assert_eq!(state.storage_notice, None);
    assert!(!state.wipe_asked);
    assert!(state.wiped);
    assert_eq!(focus_on(&state), Some("wipe"));
    // The page keeps its language, shows a new report, and writes nothing
    // until the next change.
    assert_eq!(state.lang, Lang::En);
    assert_eq!(state.plans.lang, Lang::En);
    assert!(state.revision > before.revision);
    assert_eq!(state.saves, before.saves);
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Opnieuw".into(),
        },
    );
    assert!(state.saves > before.saves);
    assert!(!state.wiped, "said once");
}

#[test]
fn a_wipe_in_another_tab_empties_this_one_and_says_so() {
    let mut before = busy();
    before.verdict_wanted = true;
    let state = reduce(
        before.clone(),
        Msg::Wiped {
            plans: Rc::new(SavedPlans::new(Lang::Nl, 2)),
            here: false,
        },
    );
    assert_eq!(state.notice, Some(Notice::WipedElsewhere));
    assert!(!state.wiped);
    assert_eq!(state.undo, None);
    assert_eq!(*state.proposal, Proposal::default());
    assert!(
        state.verdict_wanted,
        "the host's subscription is the page's"
    );
    assert_eq!(state.saves, before.saves);
}

fn remove(state: State, list: List, index: usize) -> State {
    let state = reduce(state, Msg::Remove { list, index });
    match state.pending_removal {
        Some(_) => reduce(state, Msg::ConfirmRemove),
        None => state,
    }
}

#[test]
fn a_removed_partner_comes_back_with_its_contributions_and_its_activities() {
    let state = reduce(
        State::with_proposal(civ(), 0),
        Msg::Number {
            field: NumberField::Amount(0, 0),
            text: "12x".into(),
        },
    );
    let before = state.proposal.clone();
    let state = remove(state, List::Partners, 0);
    assert_eq!(state.proposal.partners.len(), 7);
    assert!(state.raw.is_empty(), "its typed text went with it");
    assert_eq!(
        state.notice,
        Some(Notice::Removed {
            list: List::Partners,
            index: 0,
            name: "ROC van Twente".into(),
            contents: before.partners[0].contributions.len(),
        })
    );
    let state = reduce(state, Msg::Undo);
    assert_eq!(
        state.proposal, before,
        "the same partner, at its place, named again"
    );
    assert_eq!(state.notice, Some(Notice::Undone));
    assert_eq!(state.undo, None);
    let amount = List::Contributions(0).row_path(0).field("amount");
    assert_eq!(state.raw[&amount].text, "12x", "with what was typed in it");
    assert_eq!(
        state.focus.as_ref().map(|f| &f.target),
        Some(&FocusTarget::Field(List::Partners.row_path(0)))
    );
}

#[test]
fn every_kind_of_row_comes_back_where_it_was() {
    let mut start = civ();
    start.centre.alliances = vec!["Regio Deal".into(), "Techniekpact".into()];
    start.activities[1].with = vec!["Lectoraat".into(), "CoE".into()];
    for list in [
        List::Alliances,
        List::Partners,
        List::Contributions(0),
        List::Budget,
        List::Activities,
        List::With(1),
        List::Impact,
    ] {
        let state = State::with_proposal(start.clone(), 0);
        let state = remove(state, list, 1);
        assert_ne!(*state.proposal, start, "{list:?} removed");
        let state = reduce(state, Msg::Undo);
        assert_eq!(*state.proposal, start, "{list:?} back");
    }
}

#[test]
fn a_removal_can_be_undone_after_edits_of_other_lists_which_stay() {
    let state = remove(State::with_proposal(civ(), 0), List::Budget, 1);
    let removed = civ().budget[1].clone();
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Nieuwe naam".into(),
        },
    );
    let state = reduce(
        state,
        Msg::Number {
            field: NumberField::Amount(0, 0),
            text: "1000".into(),
        },
    );
    let state = reduce(
        state,
        Msg::Add {
            list: List::Partners,
        },
    );
    assert!(state.undo.is_some(), "the offer outlives edits elsewhere");
    let state = reduce(state, Msg::Undo);
    assert_eq!(state.proposal.budget[1], removed);
    assert_eq!(state.proposal.budget.len(), 5);
    assert_eq!(state.proposal.centre.name, "Nieuwe naam");
    assert_eq!(
        state.proposal.partners[0].contributions[0].amount,
        Some(Decimal::new(1000, 0))
    );
    assert_eq!(state.proposal.partners.len(), 9);
}

#[test]
fn an_edit_of_a_list_the_removal_changed_withdraws_the_undo_rather_than_lose_it() {
    // The activity's lines lost their activity: the budget changed too.
    let state = remove(State::with_proposal(civ(), 0), List::Activities, 0);
    assert!(state.undo.is_some());
    let state = reduce(
        state,
        Msg::Number {
            field: NumberField::BudgetAmount(3),
            text: "1".into(),
        },
    );
    assert_eq!(state.undo, None);
    let state = reduce(state, Msg::Undo);
    assert_eq!(state.proposal.activities.len(), 3, "nothing came back");
    assert_eq!(state.proposal.budget[3].amount, Some(Decimal::ONE));
}

#[test]
fn a_removal_is_not_undone_in_another_plan() {
    let state = remove(State::with_proposal(civ(), 0), List::Budget, 0);
    let state = reduce(state, Msg::NewPlan);
    assert_eq!(state.undo, None, "opening another plan withdraws the offer");
    let state = reduce(state, Msg::Undo);
    assert_eq!(*state.proposal, Proposal::default());
}

/// The ids the focus goes to after a row tool or the paste button, as the
/// page's elements carry them (docs/ui-contract.md).
#[test]
fn row_tools_and_the_paste_button_send_the_focus_to_their_ids() {
    let mut state = reduce(State::default(), load(Example::CivSlimmeMaakindustrie));
    let list = List::Partners;
    let last = list.len(&state.proposal) - 1;
    let moved = |state: State, index, direction| {
        reduce(
            state,
            Msg::Move {
                list,
                index,
                direction,
            },
        )
    };
    state = moved(state, 0, Direction::Down);
    assert_eq!(focus_on(&state), Some("move-down-partners[1]"));
    state = moved(state, 1, Direction::Up);
    assert_eq!(focus_on(&state), Some("move-down-partners[0]"));
    state = moved(state, 2, Direction::Up);
    assert_eq!(focus_on(&state), Some("move-up-partners[1]"));
    state = moved(state, last - 1, Direction::Down);
    let at_end = format!("move-up-partners[{last}]");
    assert_eq!(focus_on(&state), Some(at_end.as_str()));
    state = reduce(state, Msg::Remove { list, index: 0 });
    assert_eq!(focus_on(&state), Some("confirm-remove-partners[0]"));
    state = reduce(state, Msg::CancelRemove);
    assert_eq!(focus_on(&state), Some("remove-partners[0]"));
    state = reduce(state, Msg::Remove { list, index: 0 });
    state = reduce(state, Msg::ConfirmRemove);
    assert_eq!(focus_on(&state), Some("add-partners"));
    state = reduce(state, Msg::PasteOpen(List::Budget));
    assert_eq!(focus_on(&state), Some("paste-input-budget"));
    state = reduce(state, Msg::PasteOpen(List::Budget));
    assert_eq!(focus_on(&state), Some("paste-budget"));
}

#[test]
fn a_page_of_pasted_rows_comes_a_few_at_a_time_and_an_edit_shows_them_all() {
    use crate::engine::edit::{page_now, ROWS_AT_ONCE};
    let names: String = (1..=40).map(|n| format!("Activiteit {n}\n")).collect();
    let state = reduce(State::default(), Msg::PasteOpen(List::Activities));
    let state = reduce(state, Msg::PasteText(format!("Naam\n{names}")));
    let state = reduce(state, Msg::PasteApply);
    assert_eq!(state.proposal.activities.len(), 40);
    // The first few now, then a step each frame to the end of the page.
    let mut state = state;
    let mut shown = vec![];
    while let Some((list, from)) = state.rows_later {
        assert_eq!(list, List::Activities);
        let (_, rows) = page_now(&state.pages, List::Activities, 40, state.rows_later);
        shown.push(rows.end);
        assert_eq!(from, shown.len() * ROWS_AT_ONCE);
        let revision = state.revision;
        state = reduce(state, Msg::MoreRows);
        assert_eq!(state.revision, revision, "a step is no edit");
        assert_eq!(
            state.notice,
            Some(Notice::Pasted(40)),
            "and keeps the notice"
        );
    }
    assert_eq!(shown, [5, 10, 15, 20]);
    assert_eq!(
        page_now(&state.pages, List::Activities, 40, None),
        (0, 0..PAGE_SIZE)
    );
    // Another list is shown whole meanwhile.
    assert_eq!(
        page_now(&state.pages, List::Budget, 9, Some((List::Activities, 5))),
        (0, 0..9)
    );

    // An edit (or any other step) shows the whole page at once.
    let state = reduce(State::default(), Msg::PasteOpen(List::Activities));
    let state = reduce(state, Msg::PasteText(format!("Naam\n{names}")));
    let state = reduce(state, Msg::PasteApply);
    assert!(state.rows_later.is_some());
    let state = reduce(state, Msg::Add { list: List::Budget });
    assert_eq!(state.rows_later, None);

    // A paste of a few rows shows them at once.
    let state = reduce(State::default(), Msg::PasteOpen(List::Activities));
    let state = reduce(state, Msg::PasteText("Naam\nEen\nTwee\n".into()));
    let state = reduce(state, Msg::PasteApply);
    assert_eq!(state.proposal.activities.len(), 2);
    assert_eq!(state.rows_later, None);
}
