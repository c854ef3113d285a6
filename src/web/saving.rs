//! Keeping, sharing and printing the work: the plan bar ("Mijn plannen"),
//! the storage notice, the tools (export, share link, CSV, print) and the
//! block that only the printed report shows.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::browser;
use super::state::Dispatch;
use crate::engine::model::Proposal;
use crate::engine::profile::Profile;
use crate::formats::csv_export::{file_name, html_table, table_csv, Table};
use crate::formats::proposal_file::write_proposal;
use crate::formats::share_link::{
    compact_json, fragment_from_compressed, link_with_fragment, LinkLength,
};
use crate::formats::storage::{Notice, SaveError, SavedPlans};
use crate::session::{Msg, ShareLink};
use crate::text::catalogue::Lang;
use crate::text::display::file_slug;
use crate::text::ui::ui;

/// Pick, name, add, copy and delete saved plans.
pub fn plan_bar(plans: &SavedPlans, lang: Lang, dispatch: &Dispatch) -> Html {
    let texts = ui(lang);
    let active = plans.active();
    let on_switch = dispatch.to_callback().reform(|e: Event| Msg::SwitchPlan {
        id: e.target_unchecked_into::<HtmlSelectElement>().value(),
    });
    let on_rename = dispatch.to_callback().reform(|e: Event| Msg::RenamePlan {
        name: e.target_unchecked_into::<HtmlInputElement>().value(),
    });
    let button = |action: &'static str, label: &'static str, msg: fn() -> Msg| {
        let onclick = dispatch.on(msg());
        html! { <button type="button" data-plan-action={action} {onclick}>{ label }</button> }
    };
    // Keyed by the open plan: a switch made by the app (undo, new plan)
    // must show in the select and the name field even after the user
    // changed them by hand.
    html! {
        <div class="plan-bar" key={active.id.clone()}>
            <div class="field">
                <label for="plan-list">{ texts.plan_list }</label>
                <select id="plan-list" data-plan-list="" onchange={on_switch}>
                    { for plans.plans().iter().map(|plan| html! {
                        <option value={plan.id.clone()} selected={plan.id == active.id}>
                            { plan.title(lang) }
                        </option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="plan-name">{ texts.plan_name }</label>
                <input type="text" id="plan-name" data-plan-name="" value={active.name.clone()}
                    placeholder={active.title(lang)} onchange={on_rename} />
            </div>
            <div class="plan-actions" role="group" aria-label={texts.plan_actions}>
                { button("new", texts.new_plan, || Msg::NewPlan) }
                { button("duplicate", texts.duplicate_plan, || Msg::DuplicatePlan) }
                { button("delete", texts.delete_plan, || Msg::DeletePlan) }
            </div>
        </div>
    }
}

/// What opening the storage found: older plans taken over, or text that
/// could not be read, kept aside and offered for download.
pub fn storage_notice(notice: &Notice, lang: Lang, dispatch: &Dispatch) -> Html {
    let texts = ui(lang);
    let close = dispatch.on(Msg::CloseStorageNotice);
    let close = html! { <button type="button" data-storage-close="" onclick={close}>{ texts.close }</button> };
    let (kind, name, raw, reason, not_kept) = match notice {
        Notice::Migrated(_) => {
            return html! {
                <div class="storage-notice" role="status" data-storage-notice="migrated">
                    <p>{ texts.storage_migrated }</p>
                    { close }
                </div>
            };
        }
        Notice::KeptAside {
            download_name,
            raw,
            reason,
            ..
        } => ("kept-aside", download_name, raw, reason, false),
        Notice::CouldNotKeepAside {
            download_name,
            raw,
            reason,
            ..
        } => ("not-kept", download_name, raw, reason, true),
    };
    let download = {
        let (name, raw) = (name.clone(), raw.clone());
        Callback::from(move |_: MouseEvent| browser::download(&name, &raw, "text/plain"))
    };
    html! {
        <div class="storage-notice warning" role="alert" data-storage-notice={kind}>
            <p>{ reason.message(lang) }</p>
            if not_kept {
                <p>{ texts.storage_not_kept }</p>
            }
            <button type="button" data-download-unreadable="" onclick={download}>
                { texts.storage_download }
            </button>
            { close }
        </div>
    }
}

/// A refused save: what happened, in plain words, and the export at hand.
/// The plans stay in memory and every next change tries again.
pub fn save_error(error: &SaveError, title: &str, proposal: &Rc<Proposal>, lang: Lang) -> Html {
    let export = {
        let (name, proposal) = (file_stem(title), proposal.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{name}.json");
            browser::download(&name, &write_proposal(&proposal), "application/json");
        })
    };
    html! {
        <div class="import-error" data-save-error="">
            <p>{ error.message(lang) }</p>
            <button type="button" data-save-error-export="" onclick={export}>
                { error.export_label(lang) }
            </button>
        </div>
    }
}

/// A file name from a plan's title: `centrum-twente.json`.
pub fn file_stem(title: &str) -> String {
    let stem = file_slug(title);
    if stem.is_empty() {
        "centra-check".into()
    } else {
        stem
    }
}

/// Export, share link, CSV and print. A plain function: the tools change
/// with every edit (the proposal and its revision), so a component of
/// their own would skip no render; the one thing they remember, the last
/// share link, is the app's state.
pub fn tools(
    proposal: &Rc<Proposal>,
    title: &str,
    revision: u64,
    made: Option<&ShareLink>,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let export = {
        let (proposal, title) = (proposal.clone(), title.to_string());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}.json", file_stem(&title));
            browser::download(&name, &write_proposal(&proposal), "application/json");
        })
    };
    let csv = |table: Table, id: &'static str, label: &'static str| {
        let proposal = proposal.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Ok(text) = table_csv(table, &proposal, lang) {
                let name = file_name(table, &proposal, lang);
                browser::download(&name, &text, "text/csv;charset=utf-8");
            }
        });
        html! { <button type="button" data-csv={id} {onclick}>{ label }</button> }
    };
    let share = {
        let (proposal, dispatch) = (proposal.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let (proposal, dispatch) = (proposal.clone(), dispatch.clone());
            yew::platform::spawn_local(async move {
                let compressed = browser::deflate(compact_json(&proposal).as_bytes()).await;
                let link = compressed.map(|bytes| {
                    link_with_fragment(&browser::share_base(), &fragment_from_compressed(&bytes))
                });
                dispatch.dispatch(Msg::LinkMade { revision, link });
            });
        })
    };
    let shown = made.map(|shown| match &shown.link {
        None => html! { <p class="warning" data-share-error="">{ texts.share_unavailable }</p> },
        Some(link) => {
            let length = LinkLength::of(link);
            let id = match length {
                LinkLength::Safe => "safe",
                LinkLength::Long => "long",
                LinkLength::TooLong => "too-long",
            };
            let copy = {
                let dispatch = dispatch.clone();
                Callback::from(move |_: MouseEvent| {
                    let dispatch = dispatch.clone();
                    yew::platform::spawn_local(async move {
                        let copied = browser::copy_from("share-link").await;
                        dispatch.dispatch(Msg::LinkCopied(copied));
                    });
                })
            };
            html! {
                <div class="share-result">
                    <label for="share-link">{ texts.share_link }</label>
                    <p class="help" id="help-share-link">{ texts.share_help }</p>
                    <div class="share-row">
                        <input type="text" id="share-link" readonly=true data-share-link={id}
                            value={link.clone()} aria-describedby="help-share-link" />
                        <button type="button" data-copy-link="" onclick={copy}>{ texts.copy }</button>
                    </div>
                    if let Some(advice) = length.advice(lang) {
                        <p class="warning" data-link-advice={id}>{ advice }</p>
                    }
                    <p class="muted" role="status" data-copied={shown.copied.map(|c| c.to_string())}>{
                        match shown.copied {
                            Some(true) => texts.copied,
                            Some(false) => texts.copy_failed,
                            None => "",
                        }
                    }</p>
                </div>
            }
        }
    });
    html! {
        <section class="tools" aria-labelledby="heading-tools">
            <h2 id="heading-tools">{ texts.tools_heading }</h2>
            <p class="help">{ texts.tools_help }</p>
            <div class="tool-buttons">
                <button type="button" data-export="proposal" onclick={export}>{ texts.export }</button>
                <button type="button" data-share="link" onclick={share}>{ texts.share }</button>
                { csv(Table::Cofinancing, "cofinancing", texts.csv_cofinancing) }
                { csv(Table::Budget, "budget", texts.csv_budget) }
                <button type="button" data-print="" onclick={Callback::from(|_: MouseEvent| browser::print())}>
                    { texts.print }
                </button>
            </div>
            { for shown }
        </section>
    }
}

/// The head of the printed report: which plan, its key data, the date and
/// the profile. Hidden on screen, where the form shows all of it. A plain
/// function: it changes with every edit of the plan anyway, so a component
/// of its own would skip no render and only add Yew's machinery.
pub fn print_summary(title: &str, proposal: &Proposal, today: &str, lang: Lang) -> Html {
    let texts = ui(lang);
    let engine = lang.texts();
    let centre = &proposal.centre;
    let or_dash = |value: Option<String>| value.unwrap_or_else(|| "–".into());
    let rows = [
        (
            texts.centre_name,
            or_dash(Some(centre.name.clone()).filter(|n| !n.trim().is_empty())),
        ),
        (
            texts.centre_type,
            or_dash(centre.centre_type.map(|t| engine.centre_type(t).into())),
        ),
        (
            texts.province,
            or_dash(centre.province.map(|p| engine.province(p).into())),
        ),
        (
            texts.start_year,
            or_dash(centre.start_year.map(|y| y.to_string())),
        ),
        (
            texts.duration_years,
            or_dash(centre.duration_years.map(|y| y.to_string())),
        ),
        (texts.partner_count, proposal.partners.len().to_string()),
    ];
    html! {
        <section class="print-summary" data-print-summary="">
            <h1>{ texts.report_title }</h1>
            <p class="print-plan"><strong>{ title.to_string() }</strong></p>
            <p class="muted">
                { (texts.printed_on)(today) }{ " · " }
                { match Profile::by_id(&proposal.profile) {
                    Some(profile) => (texts.norms_profile)(profile.id, profile.version, profile.applies_from),
                    None => proposal.profile.clone(),
                } }
            </p>
            <dl>
                { for rows.into_iter().map(|(term, value)| html! {
                    <><dt>{ term }</dt><dd>{ value }</dd></>
                }) }
            </dl>
        </section>
    }
}

/// The tables a reader checks the verdict by: who pays what (cash and in
/// kind, as the rules count it, with the totals per sector) and the budget
/// lines, the same rows as the CSV downloads. Made only when the page is
/// about to print (`browser::watch_print`): a plan of 20,000 lines would
/// otherwise render them on every keystroke.
pub fn print_tables(proposal: &Proposal, lang: Lang) -> String {
    let texts = ui(lang);
    let table = |table, caption| {
        html_table(
            &table_csv(table, proposal, lang).unwrap_or_default(),
            caption,
        )
    };
    table(Table::Cofinancing, texts.print_partners) + &table(Table::Budget, texts.section_budget)
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_names_come_from_the_title() {
        assert_eq!(
            file_stem("CIV Slimme Maakindustrie (kopie)"),
            "civ-slimme-maakindustrie-kopie"
        );
        assert_eq!(file_stem("Coöperatie één: plan/2"), "cooperatie-een-plan-2");
        assert_eq!(file_stem("  ?? "), "centra-check");
    }
}
