//! A proposal the host page sends (docs/embed.md, "Talking to the host
//! page") comes in as an import does: a new plan with undo, never over the
//! applicant's work. The message handling itself is tested in the browser
//! (tests/browser/talk.test.mjs); here the session's part.

use centra_check::engine::edit::TextField;
use centra_check::session::{Example, Msg, Notice, State};

const HOST: &str = "https://www.katapult.nl";

fn reduce(mut state: State, msg: Msg) -> State {
    state.apply(msg, 1);
    state
}

fn civ() -> centra_check::engine::model::Proposal {
    Example::CivSlimmeMaakindustrie.proposal()
}

#[test]
fn a_proposal_from_the_host_is_a_new_plan_with_undo() {
    let state = State::with_proposal(civ(), 0);
    let state = reduce(
        state,
        Msg::Text {
            field: TextField::CentreName,
            text: "Mijn eigen plan".into(),
        },
    );
    let own = state.plans.active_id().to_string();
    let own_proposal = state.proposal.clone();

    let mut sent = civ();
    sent.centre.name = "Plan van de host".into();
    let state = reduce(
        state,
        Msg::FromHost {
            origin: HOST.into(),
            proposal: sent.clone(),
        },
    );
    assert_eq!(*state.proposal, sent, "the host's proposal is open");
    assert_eq!(state.plans.plans().len(), 2, "beside the applicant's plan");
    assert_ne!(state.plans.active_id(), own);
    assert_eq!(
        state.plans.get(&own).map(|p| &*p.proposal),
        Some(&*own_proposal),
        "the applicant's plan is unchanged"
    );
    assert_eq!(state.notice, Some(Notice::FromHost(HOST.into())));
    assert!(state.undo.is_some(), "offered an undo");

    let state = reduce(state, Msg::Undo);
    assert_eq!(state.plans.plans().len(), 1);
    assert_eq!(state.plans.active_id(), own);
    assert_eq!(state.proposal, own_proposal);
}

#[test]
fn into_an_untouched_empty_form_it_leaves_no_empty_plan_behind() {
    let state = State::default();
    let state = reduce(
        state,
        Msg::FromHost {
            origin: HOST.into(),
            proposal: civ(),
        },
    );
    assert_eq!(state.plans.plans().len(), 1);
    assert_eq!(*state.proposal, civ());
}
