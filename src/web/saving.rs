//! Keeping, sharing and printing the work: the plan bar ("Mijn plannen"),
//! the storage notice, the tools (export, share link, CSV, print) and the
//! block that only the printed report shows.

use std::fmt::Write;

use yew::prelude::*;

use super::fields::{label_for, raw};
use super::markup::Esc;
use crate::engine::model::Proposal;
use crate::engine::profile::Profile;
use crate::formats::csv_export::{html_table, table_csv, Table};
use crate::formats::share_link::LinkLength;
use crate::formats::storage::{Notice, SavedPlans};
use crate::session::ShareLink;
use crate::text::catalogue::Lang;
use crate::text::display::file_slug;
use crate::text::ui::ui;

/// Pick, name, add, copy and delete saved plans. The select and the name
/// field are `app::act`'s `change`, the buttons its click.
pub fn plan_bar(plans: &SavedPlans, lang: Lang) -> Html {
    let texts = ui(lang);
    let active = plans.active();
    let mut actions = format!(
        "<div class=\"plan-actions\" role=\"group\" aria-label=\"{}\">",
        texts.plan_actions
    );
    for (action, label) in [
        ("new", texts.new_plan),
        ("duplicate", texts.duplicate_plan),
        ("delete", texts.delete_plan),
    ] {
        let _ = write!(
            actions,
            "<button type=\"button\" data-plan-action=\"{action}\">{label}</button>"
        );
    }
    actions.push_str("</div>");
    // The options as text, as `fields::select_field` writes them: the
    // select itself (which holds the focus) stays.
    let mut options = String::new();
    for plan in plans.plans() {
        let _ = write!(
            options,
            "<option value=\"{}\"{}>{}</option>",
            Esc(&plan.id),
            if plan.id == active.id {
                " selected"
            } else {
                ""
            },
            Esc(&plan.title(lang))
        );
    }
    // Keyed by the open plan: a switch made by the app (undo, new plan)
    // must show in the select and the name field even after the user
    // changed them by hand.
    html! {
        <div class="plan-bar" key={active.id.clone()}>
            <div class="field">
                { label_for("plan-list", texts.plan_list) }
                <select id="plan-list" data-plan-list="">{ raw(options) }</select>
            </div>
            <div class="field">
                { label_for("plan-name", texts.plan_name) }
                <input type="text" id="plan-name" data-plan-name="" value={active.name.clone()}
                    placeholder={active.title(lang)} />
            </div>
            { raw(actions) }
        </div>
    }
}

/// What opening the storage found: older plans taken over, or text that
/// could not be read, kept aside and offered for download (the buttons are
/// `app::act`'s).
pub fn storage_notice(notice: &Notice, lang: Lang) -> Html {
    let texts = ui(lang);
    let close = format!(
        "<button type=\"button\" data-storage-close=\"\">{}</button></div>",
        texts.close
    );
    let (kind, reason, not_kept) = match notice {
        Notice::Migrated(_) => {
            return raw(format!(
                "<div class=\"storage-notice\" role=\"status\" data-storage-notice=\"migrated\">\
                 <p>{}</p>{close}",
                texts.storage_migrated
            ));
        }
        Notice::KeptAside { reason, .. } => ("kept-aside", reason, String::new()),
        Notice::CouldNotKeepAside { reason, .. } => (
            "not-kept",
            reason,
            format!("<p>{}</p>", texts.storage_not_kept),
        ),
    };
    raw(format!(
        "<div class=\"storage-notice warning\" role=\"alert\" data-storage-notice=\"{kind}\">\
         <p>{}</p>{not_kept}<button type=\"button\" data-download-unreadable=\"\">{}</button>{close}",
        Esc(&reason.message(lang)),
        texts.storage_download
    ))
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

/// Export, share link, CSV and print: their clicks are `app::act`'s. A
/// plain function: the one thing the tools remember, the last share link,
/// is the app's state.
pub fn tools(made: Option<&ShareLink>, lang: Lang) -> Html {
    let texts = ui(lang);
    let shown = made.map(|shown| match &shown.link {
        None => raw(format!(
            "<p class=\"warning\" data-share-error=\"\">{}</p>",
            texts.share_unavailable
        )),
        Some(link) => {
            let length = LinkLength::of(link);
            let id = match length {
                LinkLength::Safe => "safe",
                LinkLength::Long => "long",
                LinkLength::TooLong => "too-long",
            };
            let advice = match length.advice(lang) {
                Some(advice) => format!("<p class=\"warning\" data-link-advice=\"{id}\">{advice}</p>"),
                None => String::new(),
            };
            // The link is read-only and changes only with a new link: text,
            // but for the status line, a live region whose node stays.
            html! {
                <div class="share-result">
                    { raw(format!(
                        "<label for=\"share-link\">{}</label>\
                         <p class=\"help\" id=\"help-share-link\">{}</p><div class=\"share-row\">\
                         <input type=\"text\" id=\"share-link\" readonly data-share-link=\"{id}\" \
                         value=\"{}\" aria-describedby=\"help-share-link\">\
                         <button type=\"button\" data-copy-link=\"\">{}</button></div>{advice}",
                        texts.share_link, texts.share_help, Esc(link), texts.copy
                    )) }
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
            { raw(format!(
                "<h2 id=\"heading-tools\">{}</h2><p class=\"help\">{}</p>\
                 <div class=\"tool-buttons\">\
                 <button type=\"button\" data-export=\"proposal\">{}</button>\
                 <button type=\"button\" data-share=\"link\">{}</button>\
                 <button type=\"button\" data-csv=\"cofinancing\">{}</button>\
                 <button type=\"button\" data-csv=\"budget\">{}</button>\
                 <button type=\"button\" data-print=\"\">{}</button></div>",
                texts.tools_heading, texts.tools_help, texts.export, texts.share,
                texts.csv_cofinancing, texts.csv_budget, texts.print
            )) }
            { for shown }
        </section>
    }
}

/// The head of the printed report: which plan, its key data, the date and
/// the profile. Hidden on screen, where the form shows all of it; written
/// as text (`fields::raw`), which Yew writes anew only when it changed.
pub fn print_summary(title: &str, proposal: &Proposal, today: &str, lang: Lang) -> String {
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
    let profile = match Profile::by_id(&proposal.profile) {
        Some(profile) => (texts.norms_profile)(profile.id, profile.version, profile.applies_from),
        None => proposal.profile.clone(),
    };
    let mut html = format!(
        "<section class=\"print-summary\" data-print-summary=\"\"><h1>{}</h1>\
         <p class=\"print-plan\"><strong>{}</strong></p><p class=\"muted\">{} · {}</p><dl>",
        texts.report_title,
        Esc(title),
        (texts.printed_on)(today),
        Esc(&profile)
    );
    for (term, value) in rows {
        let _ = write!(html, "<dt>{term}</dt><dd>{}</dd>", Esc(&value));
    }
    html.push_str("</dl></section>");
    html
}

/// The tables a reader checks the verdict by: who pays what (cash and in
/// kind, as the rules count it, with the totals per sector) and the budget
/// lines, the same rows as the CSV downloads. Made only when the page is
/// about to print (`browser::watch`): a plan of 20,000 lines would
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
