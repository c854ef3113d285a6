//! The components rendered natively with Yew's server renderer: the
//! attributes of docs/ui-contract.md must be there, with the engine's values.
#![cfg(feature = "ssr")]

use centra_check::engine::edit::NumberField;
use centra_check::session::{Example, RawText};
use centra_check::text::catalogue::Lang;
use centra_check::web::{App, AppProps};
use yew::ServerRenderer;

fn render_app(start: Option<Example>, lang: Lang) -> String {
    let renderer = ServerRenderer::<App>::with_props(move || AppProps {
        start: start.map(|example| example.proposal().into()),
        lang,
    });
    futures::executor::block_on(renderer.hydratable(false).render())
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// Whether some tag carries all of `attributes`, in any order.
fn has_tag(html: &str, attributes: &[&str]) -> bool {
    html.split('<')
        .map(|tag| tag.split('>').next().unwrap_or(""))
        .any(|tag| attributes.iter().all(|a| tag.contains(a)))
}

#[test]
fn the_example_meets_every_criterion() {
    let html = render_app(Some(Example::CivSlimmeMaakindustrie), Lang::Nl);
    assert_eq!(
        count(&html, "data-verdict=\"meets\""),
        1,
        "one verdict element"
    );
    assert!(html.contains("data-revision=\"1\""));
    for id in ["C1", "C2", "C3", "C4", "C5", "C6"] {
        let criterion = format!("data-criterion=\"{id}\" data-status=\"meets\"");
        assert_eq!(count(&html, &criterion), 1, "{id}");
    }
    assert_eq!(count(&html, "data-criterion="), 6);
    assert!(html.contains("Voldoet"));
}

#[test]
fn the_controls_of_the_contract_are_there() {
    let html = render_app(Some(Example::CivSlimmeMaakindustrie), Lang::Nl);
    assert!(has_tag(
        &html,
        &["input", "type=\"file\"", "data-import=\"proposal\""]
    ));
    assert!(has_tag(
        &html,
        &[
            "input",
            "data-field=\"centre.themes\"",
            "value=\"high_tech\"",
            "checked"
        ]
    ));
    assert!(has_tag(
        &html,
        &[
            "input",
            "data-field=\"activities[0].partners\"",
            "value=\"roc\""
        ]
    ));
    for needle in [
        "data-load-example=\"civ-slimme-maakindustrie\"",
        "data-load-example=\"empty\"",
        "data-lang-switch=\"nl\"",
        "data-lang-switch=\"en\"",
        "data-profile=\"katapult-werkdefinitie\"",
        "data-chart=\"cofinancing\"",
        "data-field=\"centre.name\"",
        "data-field=\"centre.type\"",
        "data-field=\"centre.province\"",
        "data-field=\"centre.start_year\"",
        "data-field=\"centre.duration_years\"",
        "data-field=\"centre.regional_fit\"",
        "data-field=\"centre.alliances[1]\"",
        "data-field=\"partners[0].name\"",
        "data-field=\"partners[0].kind\"",
        "data-field=\"partners[0].governance.strategic\"",
        "data-field=\"partners[0].contributions[1].hours\"",
        "data-field=\"partners[0].contributions[1].hourly_rate\"",
        "data-field=\"partners[0].contributions[1].amount\"",
        "data-field=\"budget[1].kind\"",
        "data-field=\"budget[1].activity\"",
        "data-field=\"budget[1].amount\"",
        "data-field=\"activities[0].target.count\"",
        "data-field=\"impact[0].target\"",
        "data-add=\"partners\"",
        "data-add=\"partners[0].contributions\"",
        "data-add=\"budget\"",
        "data-add=\"activities\"",
        "data-add=\"impact\"",
        "data-add=\"centre.alliances\"",
        "data-remove=\"partners[7]\"",
        "data-move-up=\"budget[4]\"",
        "data-move-down=\"impact[0]\"",
        "data-finding-link=\"",
        "aria-live=\"polite\"",
        "data-add=\"activities[0].with\"",
        "data-field=\"impact[0].measure\"",
        "data-basis=\"werkdefinitie\"",
        "data-norm=\"sector_target\"",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    // Every control has a label: each id="field-…" of an input or select
    // has a <label for=…>, except the checkboxes, which have their own.
    let mut checked = 0;
    for tag in html
        .split('<')
        .filter(|t| t.starts_with("input") || t.starts_with("select") || t.starts_with("textarea"))
    {
        let Some(at) = tag.find(" id=\"") else {
            panic!("control without id: {tag}")
        };
        let rest = &tag[at + 5..];
        let id = &rest[..rest.find('"').unwrap()];
        assert!(html.contains(&format!("for=\"{id}\"")), "no label for {id}");
        checked += 1;
    }
    assert!(checked > 100, "{checked} controls");
}

#[test]
fn an_empty_form_is_not_yet_filled_in_rather_than_failing() {
    let html = render_app(None, Lang::Nl);
    assert!(html.contains("data-verdict=\"incomplete\""));
    assert_eq!(count(&html, "data-status=\"incomplete\""), 6);
    assert!(html.contains("Nog niet ingevuld"));
    assert!(!html.contains("data-status=\"not_met\""));
}

#[test]
fn english_texts_come_from_both_catalogues() {
    let html = render_app(Some(Example::CivSlimmeMaakindustrie), Lang::En);
    assert!(html.contains("Verdict"), "UI catalogue");
    assert!(html.contains("Meets"), "engine catalogue");
    assert!(html.contains("€1,500"), "money formatted by display");
    assert!(!html.contains("Oordeel"));
}

#[test]
fn an_unreadable_number_is_marked_at_its_field() {
    use centra_check::session::State;
    use centra_check::text::money_input::InputError;
    use centra_check::web::fields::number_field;
    use centra_check::web::state::Dispatch;
    use yew::prelude::*;

    #[function_component]
    fn Host() -> Html {
        let state = use_reducer(State::default);
        let field = NumberField::BudgetAmount(0);
        let typed = [(
            field.path(),
            RawText {
                text: "15x".into(),
                outcome: Err(InputError::NotANumber),
            },
        )]
        .into_iter()
        .collect();
        number_field(
            field,
            "Bedrag",
            Some(rust_decimal::Decimal::new(1500, 0)),
            &typed,
            None,
            Lang::Nl,
            &Dispatch::new(state.dispatcher()),
        )
    }
    let html =
        futures::executor::block_on(ServerRenderer::<Host>::new().hydratable(false).render());
    assert!(
        html.contains("data-field-error=\"budget[0].amount\""),
        "{html}"
    );
    assert!(html.contains("value=\"15x\""), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("geen getal"));
}

#[test]
fn every_finding_and_norm_says_whose_demand_it_is() {
    let html = render_app(Some(Example::CivSlimmeMaakindustrie), Lang::Nl);
    let findings = count(&html, "data-finding=\"");
    assert!(findings > 0);
    assert_eq!(
        count(&html, "data-basis=\"werkdefinitie\"") + count(&html, "data-basis=\"guideline\""),
        findings + 14,
        "every finding and each of the 14 norms carries data-basis"
    );
    // The benchmark is Katapult's own figure, shown as such in words.
    let benchmark = &html[html.find("data-finding=\"C2_BENCHMARK\"").unwrap()..];
    let benchmark = &benchmark[..benchmark.find("</li>").unwrap()];
    assert!(benchmark.contains("data-basis=\"werkdefinitie\""));
    assert!(benchmark.contains(">Werkdefinitie<"), "{benchmark}");
    // A guideline is named as Centra-check's, with the sentence it reads.
    let rate = &html[html.find("data-norm=\"max_hourly_rate\"").unwrap()..];
    let rate = &rate[..rate.find("</li>").unwrap()];
    assert!(rate.contains("data-basis=\"guideline\""));
    assert!(rate.contains("Richtwaarde van Centra-check"));
    assert!(rate.contains("in cash uitbetaald moeten kunnen worden"));
    assert!(rate.contains("<details"));
    // No guideline is called "de norm" anywhere on the page.
    assert!(!html.contains("de norm is"), "a guideline called the norm");
    let english = render_app(Some(Example::CivSlimmeMaakindustrie), Lang::En);
    assert!(english.contains("Centra-check guideline"));
}

/// Version 3 on the page: both verdicts, the new fields, and the money per
/// sector and per year (with what has no year) as the engine reports them.
#[test]
fn the_werkdefinitie_verdict_the_new_fields_and_the_money_tables_are_there() {
    let html = render_app(Some(Example::CivSlimmeMaakindustrie), Lang::Nl);
    assert!(has_tag(
        &html,
        &[
            "data-verdict=\"meets\"",
            "data-werkdefinitie-verdict=\"meets\""
        ]
    ));
    assert_eq!(count(&html, "data-werkdefinitie-status=\"meets\""), 6);
    assert!(html.contains(
        "Volgens de werkdefinitie: voldoet. Met de richtwaarden van Centra-check: voldoet."
    ));
    assert!(has_tag(
        &html,
        &["textarea", "data-field=\"centre.complementarity\""]
    ));
    // A select of valuation on the machine and the room, not on cash or hours.
    assert!(has_tag(
        &html,
        &[
            "select",
            "data-field=\"partners[2].contributions[1].valuation\""
        ]
    ));
    assert!(has_tag(
        &html,
        &[
            "select",
            "data-field=\"partners[4].contributions[0].valuation\""
        ]
    ));
    assert!(!html.contains("data-field=\"partners[0].contributions[0].valuation\""));
    assert!(!html.contains("data-field=\"partners[0].contributions[1].valuation\""));
    assert!(has_tag(
        &html,
        &["select", "data-field=\"impact[0].direction\""]
    ));
    // Cash and in kind per sector, the private part, the year without one.
    assert!(has_tag(&html, &["div", "data-money=\"practice\""]));
    assert!(html.contains("<dd>€ 180.000 cash, € 220.000 in kind</dd>"));
    assert!(html.contains("Waarvan privaat (bedrijven en brancheorganisaties): € 400.000 (33,3 %)"));
    assert!(has_tag(&html, &["tr", "data-money=\"none\""]));
    assert!(html.contains("Zonder jaar</th><td>€ 1.200.000</td><td>€ 1.080.000</td>"));
    // Nothing to balance in the example: no plan.
    assert!(!html.contains("data-balance-plan"));
}

// Issue 22: the footer's statements and the wipe button, in both languages.
#[test]
fn the_footer_says_what_is_kept_and_offers_the_wipe() {
    let html = render_app(None, Lang::Nl);
    let footer = &html[html
        .find("<footer class=\"site-footer\"")
        .expect("a footer")..];
    assert!(has_tag(
        footer,
        &["button", "data-wipe", "aria-expanded=\"false\""]
    ));
    assert!(
        !footer.contains("data-wipe-confirm"),
        "asked only after the button"
    );
    for needed in [
        "geen server, geen cookies, geen analytics",
        "‘centra-check’",
        "‘centra-check.unreadable.…’",
        "wie de link heeft, kan het plan lezen",
        "WCAG 2.1 niveau A en AA",
        "6 december 2026",
        "docs/privacy.md",
        "docs/accessibility.md",
    ] {
        assert!(footer.contains(needed), "{needed}");
    }
    let english = render_app(None, Lang::En);
    assert!(english.contains("anyone with the link can read the plan"));
    assert!(english.contains("Not done yet (6 December 2026)"));
}
