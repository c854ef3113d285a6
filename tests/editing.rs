//! The form's editing, natively: every field writes exactly the place in
//! the proposal file that its `data-field` names, rows come and go with
//! their references, and typed texts move along with their rows.

use litemap::LiteMap;

use centra_check::engine::edit::{
    self, add_row, references, remove_row, set_check, set_number, set_text, CheckField, EditError,
    List, NumberField, Role, TextField,
};
use centra_check::engine::model::{self, Proposal, Theme};
use centra_check::engine::path::{Path, Segment};
use centra_check::write_proposal;
use rust_decimal::Decimal;
use serde_json::Value;

/// A proposal with one row in every list, as the form's add buttons make it.
fn one_of_each() -> Proposal {
    let mut proposal = Proposal::default();
    for list in [
        List::Alliances,
        List::Partners,
        List::Contributions(0),
        List::Budget,
        List::Activities,
        List::With(0),
        List::Impact,
    ] {
        assert_eq!(add_row(&mut proposal, list), Some(0), "{list:?}");
    }
    proposal
}

/// The value at `path` in the proposal as the file writes it.
fn in_file(proposal: &Proposal, path: &Path) -> Value {
    let mut value: Value = serde_json::from_str(&write_proposal(proposal)).unwrap();
    for segment in path.segments() {
        value = match segment {
            Segment::Field(name) => value[name.as_ref()].take(),
            Segment::Row(index) => value[*index].take(),
        };
    }
    value
}

/// Every text field with a value it accepts (a choice's id for a select).
/// The match lists every variant, so a new field cannot be left out here.
fn text_samples() -> Vec<(TextField, &'static str)> {
    use TextField::*;
    let all = vec![
        (CentreName, "Centrum Slimme Maakindustrie"),
        (CentreType, model::CentreType::ALL[1].id()),
        (Province, model::Province::ALL[2].id()),
        (RegionalFit, "Past bij de regio"),
        (Complementarity, "Nieuw in de regio"),
        (Alliance(0), "Smart Industry"),
        (PartnerName(0), "ROC Midden"),
        (PartnerKind(0), model::PartnerKind::ALL[1].id()),
        (Form(0, 0), model::Form::ALL[1].id()),
        (Category(0, 0), model::InKindCategory::ALL[0].id()),
        (Valuation(0, 0), model::Valuation::ALL[3].id()),
        (ContributionDescription(0, 0), "Lesuren"),
        (BudgetKind(0), model::BudgetKind::ALL[1].id()),
        (BudgetActivity(0), "a1"),
        (BudgetDescription(0), "Projectleider"),
        (ActivityName(0), "Leerwerkplaats"),
        (Goal(0), model::Goal::ALL[2].id()),
        (TargetUnit(0), "studenten"),
        (WithParty(0, 0), "Gemeente Utrecht"),
        (IndicatorGroup(0), model::Group::ALL[1].id()),
        (Measure(0), model::Measure::ALL[1].id()),
        (Improvement(0), model::Improvement::ALL[1].id()),
        (IndicatorLabel(0), "Tevredenheid"),
        (IndicatorUnit(0), "procent"),
    ];
    for (field, _) in &all {
        match field {
            CentreName
            | CentreType
            | Province
            | RegionalFit
            | Complementarity
            | Alliance(_)
            | PartnerName(_)
            | PartnerKind(_)
            | Form(..)
            | Category(..)
            | Valuation(..)
            | ContributionDescription(..)
            | BudgetKind(_)
            | BudgetActivity(_)
            | BudgetDescription(_)
            | ActivityName(_)
            | Goal(_)
            | TargetUnit(_)
            | WithParty(..)
            | IndicatorGroup(_)
            | Measure(_)
            | Improvement(_)
            | IndicatorLabel(_)
            | IndicatorUnit(_) => {}
        }
    }
    all
}

#[test]
fn every_text_field_writes_the_place_its_path_names() {
    for (field, text) in text_samples() {
        let mut proposal = one_of_each();
        set_text(&mut proposal, &field, text.to_string()).unwrap();
        assert_eq!(
            in_file(&proposal, &field.path()),
            Value::String(text.into()),
            "{field:?} at {}",
            field.path()
        );
    }
}

#[test]
fn every_number_field_writes_the_place_its_path_names() {
    use NumberField::*;
    for field in [
        StartYear,
        DurationYears,
        Hours(0, 0),
        HourlyRate(0, 0),
        Amount(0, 0),
        ContributionYear(0, 0),
        BudgetAmount(0),
        BudgetYear(0),
        TargetCount(0),
        Baseline(0),
        IndicatorTarget(0),
    ] {
        let mut proposal = one_of_each();
        set_number(&mut proposal, &field, Some(Decimal::new(2030, 0))).unwrap();
        // Years are JSON numbers; amounts and quantities exact decimal text.
        let written = match in_file(&proposal, &field.path()) {
            Value::String(text) => text,
            other => other.to_string(),
        };
        assert_eq!(written, "2030", "{field:?} at {}", field.path());
        set_number(&mut proposal, &field, None).unwrap();
        assert!(
            in_file(&proposal, &field.path()).is_null(),
            "an emptied {field:?} is no longer in the file"
        );
    }
}

#[test]
fn every_checkbox_writes_the_place_its_path_names() {
    let mut proposal = one_of_each();
    let partner = proposal.partners[0].id.clone();
    let checks = [
        CheckField::Theme(Theme::ALL[1]),
        CheckField::Governance(0, Role::Strategic),
        CheckField::Governance(0, Role::Executive),
        CheckField::Governance(0, Role::TopManagement),
        CheckField::Experiment(0),
        CheckField::ActivityPartner(0, partner.clone()),
    ];
    for field in &checks {
        set_check(&mut proposal, field, true).unwrap();
    }
    let at = |field: &CheckField| in_file(&proposal, &field.path());
    assert_eq!(at(&checks[0]), serde_json::json!([Theme::ALL[1].id()]));
    for governance in &checks[1..5] {
        assert_eq!(at(governance), Value::Bool(true), "{governance:?}");
    }
    assert_eq!(at(&checks[5]), serde_json::json!([partner]));
    set_check(&mut proposal, &checks[5], false).unwrap();
    assert_eq!(in_file(&proposal, &checks[5].path()), serde_json::json!([]));
}

#[test]
fn a_field_of_a_row_that_is_gone_or_an_unknown_choice_changes_nothing() {
    let mut proposal = one_of_each();
    let before = proposal.clone();
    assert_eq!(
        set_text(&mut proposal, &TextField::PartnerName(5), "X".into()),
        Err(EditError::NoSuchRow)
    );
    assert_eq!(
        set_number(
            &mut proposal,
            &NumberField::Amount(0, 3),
            Some(Decimal::ONE)
        ),
        Err(EditError::NoSuchRow)
    );
    assert_eq!(
        set_text(&mut proposal, &TextField::PartnerKind(0), "bakery".into()),
        Err(EditError::UnknownChoice("bakery".into()))
    );
    assert_eq!(
        set_number(
            &mut proposal,
            &NumberField::StartYear,
            Some(Decimal::new(99_999_999_999, 0))
        ),
        Err(EditError::TooLarge)
    );
    assert_eq!(proposal, before);
}

#[test]
fn removing_a_row_clears_what_points_at_it() {
    let mut proposal = one_of_each();
    let partner = proposal.partners[0].id.clone();
    let activity = proposal.activities[0].id.clone();
    set_check(
        &mut proposal,
        &CheckField::ActivityPartner(0, partner),
        true,
    )
    .unwrap();
    set_text(&mut proposal, &TextField::BudgetActivity(0), activity).unwrap();
    assert_eq!(references(&proposal, List::Partners, 0), 1);
    assert_eq!(references(&proposal, List::Activities, 0), 1);

    assert!(remove_row(&mut proposal, List::Partners, 0));
    assert!(proposal.activities[0].partners.is_empty());
    assert!(remove_row(&mut proposal, List::Activities, 0));
    assert_eq!(proposal.budget[0].activity, None);
    assert!(
        !remove_row(&mut proposal, List::Activities, 0),
        "no such row"
    );
}

#[test]
fn new_partners_and_activities_get_ids_not_taken() {
    let mut proposal = one_of_each();
    proposal.partners[0].id = "p2".into();
    add_row(&mut proposal, List::Partners);
    add_row(&mut proposal, List::Partners);
    let ids: Vec<&str> = proposal.partners.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p2", "p1", "p3"]);
    assert_eq!(add_row(&mut proposal, List::Contributions(9)), None);
}

#[test]
fn kept_texts_move_with_their_rows_and_go_with_a_removed_one() {
    let budget = List::Budget.path();
    let at = |row: usize| budget.clone().row(row).field("amount");
    let name = Path::of("centre").field("name");
    let kept: LiteMap<Path, &str> = [
        (at(0), "a"),
        (at(1), "b"),
        (at(12), "c"),
        (name.clone(), "n"),
    ]
    .into_iter()
    .collect();
    let removed_first = edit::rekey(&kept, &budget, |i| i.checked_sub(1));
    let expected: LiteMap<Path, &str> = [(at(0), "b"), (at(11), "c"), (name, "n")]
        .into_iter()
        .collect();
    assert_eq!(removed_first, expected);
}

/// Labels, error texts and focus find a control by its `id`: `field-` and
/// its path, and for a checkbox of a group also its value, so that every
/// theme and every partner of an activity has an id of its own.
#[test]
fn every_control_has_the_id_its_label_and_focus_look_for() {
    assert_eq!(TextField::PartnerName(2).dom_id(), "field-partners[2].name");
    assert_eq!(
        NumberField::Amount(1, 0).dom_id(),
        "field-partners[1].contributions[0].amount"
    );
    assert_eq!(
        CheckField::Experiment(3).dom_id(),
        "field-activities[3].experiment"
    );
    assert_eq!(
        CheckField::Theme(Theme::ALL[0]).dom_id(),
        format!("field-centre.themes-{}", Theme::ALL[0].id())
    );
    assert_eq!(
        CheckField::ActivityPartner(0, "p7".into()).dom_id(),
        "field-activities[0].partners-p7"
    );
    let themes: std::collections::HashSet<String> = Theme::ALL
        .iter()
        .map(|&theme| CheckField::Theme(theme).dom_id())
        .collect();
    assert_eq!(themes.len(), Theme::ALL.len(), "one id per theme");
}

#[test]
fn ticking_keeps_one_of_each_in_the_forms_order_and_unticking_removes_only_that_one() {
    let mut proposal = one_of_each();
    let (first, second) = (Theme::ALL[0], Theme::ALL[3]);
    for theme in [second, first, second] {
        set_check(&mut proposal, &CheckField::Theme(theme), true).unwrap();
    }
    assert_eq!(
        proposal.centre.themes,
        [first, second],
        "once each, form order"
    );
    set_check(&mut proposal, &CheckField::Theme(second), false).unwrap();
    assert_eq!(proposal.centre.themes, [first]);

    add_row(&mut proposal, List::Partners);
    add_row(&mut proposal, List::Partners);
    let ids: Vec<String> = proposal.partners.iter().map(|p| p.id.clone()).collect();
    for id in [&ids[2], &ids[0], &ids[2]] {
        set_check(
            &mut proposal,
            &CheckField::ActivityPartner(0, id.clone()),
            true,
        )
        .unwrap();
    }
    assert_eq!(
        proposal.activities[0].partners,
        [ids[0].clone(), ids[2].clone()],
        "once each, in the order of the partner list"
    );
    set_check(
        &mut proposal,
        &CheckField::ActivityPartner(0, ids[2].clone()),
        false,
    )
    .unwrap();
    assert_eq!(proposal.activities[0].partners, [ids[0].clone()]);
}

#[test]
fn a_row_moves_one_step_and_never_past_either_end() {
    use edit::{move_target, Direction::*};
    assert_eq!(move_target(3, 1, Up), Some(0));
    assert_eq!(move_target(3, 1, Down), Some(2));
    assert_eq!(move_target(3, 0, Up), None, "the first cannot go up");
    assert_eq!(move_target(3, 2, Down), None, "the last cannot go down");
    assert_eq!(move_target(3, 3, Up), None, "no such row");
    assert_eq!(move_target(0, 0, Down), None);
}

#[test]
fn swapping_rows_swaps_them_in_every_list() {
    let mut proposal = one_of_each();
    for list in [
        List::Alliances,
        List::Partners,
        List::Contributions(0),
        List::Budget,
        List::Activities,
        List::With(0),
        List::Impact,
    ] {
        add_row(&mut proposal, list);
    }
    set_text(&mut proposal, &TextField::Alliance(1), "tweede".into()).unwrap();
    set_text(&mut proposal, &TextField::PartnerName(1), "tweede".into()).unwrap();
    set_text(
        &mut proposal,
        &TextField::ContributionDescription(0, 1),
        "tweede".into(),
    )
    .unwrap();
    set_text(
        &mut proposal,
        &TextField::BudgetDescription(1),
        "tweede".into(),
    )
    .unwrap();
    set_text(&mut proposal, &TextField::ActivityName(1), "tweede".into()).unwrap();
    set_text(&mut proposal, &TextField::WithParty(0, 1), "tweede".into()).unwrap();
    set_text(
        &mut proposal,
        &TextField::IndicatorLabel(1),
        "tweede".into(),
    )
    .unwrap();
    // Partners and activities first: the other lists hang under row 0.
    for list in [
        List::Alliances,
        List::Contributions(0),
        List::Budget,
        List::With(0),
        List::Impact,
        List::Partners,
        List::Activities,
    ] {
        edit::swap_rows(&mut proposal, list, 0, 1);
    }
    assert_eq!(proposal.centre.alliances[0], "tweede");
    assert_eq!(proposal.partners[0].name, "tweede");
    assert_eq!(proposal.partners[1].contributions[0].description, "tweede");
    assert_eq!(proposal.budget[0].description, "tweede");
    assert_eq!(proposal.activities[0].name, "tweede");
    assert_eq!(proposal.activities[1].with[0], "tweede");
    assert_eq!(proposal.impact[0].label, "tweede");
}

#[test]
fn an_activity_full_of_partners_takes_no_new_one_but_keeps_a_ticked_one() {
    use centra_check::engine::limits::ACTIVITY_PARTNERS;
    let mut proposal = one_of_each();
    let full: Vec<String> = (1..=ACTIVITY_PARTNERS).map(|n| format!("x{n}")).collect();
    proposal.activities[0].partners = full.clone();
    // Ticks `id`: whether the activity then has it, and how many it has.
    let tick = |proposal: &mut Proposal, id: &String| {
        set_check(proposal, &CheckField::ActivityPartner(0, id.clone()), true).unwrap();
        let partners = &proposal.activities[0].partners;
        (partners.contains(id), partners.len())
    };
    let partner = proposal.partners[0].id.clone();
    assert_eq!(tick(&mut proposal, &partner), (false, ACTIVITY_PARTNERS));
    // One already there stays ticked in a full activity, and in one over
    // the limit (a plan made elsewhere).
    let there = full[10].clone();
    assert_eq!(tick(&mut proposal, &there), (true, ACTIVITY_PARTNERS));
    proposal.activities[0].partners.push("x0".into());
    assert_eq!(tick(&mut proposal, &there), (true, ACTIVITY_PARTNERS + 1));
    proposal.activities[0].partners.retain(|p| p != "x0");
    // One below the limit there is room for it.
    proposal.activities[0].partners.pop();
    assert_eq!(tick(&mut proposal, &partner), (true, ACTIVITY_PARTNERS));
}

#[test]
fn a_full_list_takes_no_new_row() {
    use centra_check::engine::limits::{OTHER_LIST, PARTNERS};
    let mut proposal = one_of_each();
    let partner = proposal.partners[0].clone();
    proposal.partners = vec![partner; PARTNERS].into();
    proposal.centre.alliances = vec![String::new(); OTHER_LIST];
    let before = proposal.clone();
    assert_eq!(add_row(&mut proposal, List::Partners), None);
    assert_eq!(add_row(&mut proposal, List::Alliances), None);
    assert_eq!(proposal, before);
    // One row fewer, and there is room again.
    proposal.partners.remove(0);
    assert_eq!(add_row(&mut proposal, List::Partners), Some(PARTNERS - 1));
}
