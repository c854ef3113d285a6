//! The result panel: verdict, the six criteria with their findings, the
//! norms of the profile; and the summary bar for narrow screens.
//!
//! Read-only, so written as HTML text (`markup`): one listener on the
//! panel follows the finding links. What must keep its node stays a Yew
//! element: the verdict, a live region whose text changes in place, and
//! the pagers of finding groups, whose buttons keep the focus and whose
//! range is a live region too.

use std::fmt::Write;

use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::markup::{live, raw, tag, Esc};
use super::memo::View;
use super::pager::{panel_page, PANEL_PAGE};
use super::state::Dispatch;
use crate::engine::edit::Pages;
use crate::engine::path::Path;
use crate::engine::profile::{Basis, Profile};
use crate::engine::report::{by_code, CriterionResult, Located, Report, Severity, Status};
use crate::session::Msg;
use crate::text::catalogue::Lang;
use crate::text::display::number;
use crate::text::ui::ui;

/// The shapes of the statuses (by their id) and of information, once in
/// the page (`result_panel`): an icon refers to its shape, so an icon that
/// changes with a keystroke changes one attribute, and each finding carries
/// a reference instead of the drawing. Never on colour alone: the word is
/// always beside it.
const SHAPES: &str = "<svg display=\"none\">\
     <g id=\"shape-meets\">\
     <circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>\
     <path d=\"M4.3 8.4l2.4 2.4 5-5.2\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/></g>\
     <g id=\"shape-partly\">\
     <path d=\"M8 0.8l7.4 14H0.6z\" fill=\"currentColor\"/>\
     <path d=\"M8 5.5v4.5M8 11.6v1.6\" stroke=\"#fff\" stroke-width=\"1.8\"/></g>\
     <g id=\"shape-not_met\">\
     <circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>\
     <path d=\"M5 5l6 6M11 5l-6 6\" stroke=\"#fff\" stroke-width=\"2\"/></g>\
     <g id=\"shape-incomplete\">\
     <circle cx=\"8\" cy=\"8\" r=\"6.8\" fill=\"none\" stroke=\"currentColor\" \
     stroke-width=\"1.6\" stroke-dasharray=\"2.6 1.8\"/>\
     <path d=\"M4.8 8h6.4\" stroke=\"currentColor\" stroke-width=\"1.8\"/></g>\
     <g id=\"shape-info\">\
     <circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>\
     <path d=\"M8 7v5M8 4v1.6\" stroke=\"#fff\" stroke-width=\"1.9\"/></g></svg>";

/// The shape of a finding's severity: as its criterion's status would be,
/// and an "i" for information.
fn severity_shape(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => Status::NotMet.id(),
        Severity::Warning => Status::Partly.id(),
        Severity::Info => "info",
    }
}

/// An icon of the shape `shape` (an id of `SHAPES`), hidden from screen
/// readers (its word is beside it).
fn icon(out: &mut String, shape: &str) {
    let _ = write!(
        out,
        "<svg class=\"icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" \
         aria-hidden=\"true\" focusable=\"false\"><use href=\"#shape-{shape}\"/></svg>"
    );
}

/// The verdict (with `data-revision`) and the six criteria with findings.
/// Findings of one kind beyond [`PANEL_PAGE`] come as a group, a page at a
/// time: the panel stays small whatever the plan holds.
pub fn result_panel(
    report: &Report,
    revision: u64,
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let engine = lang.texts();
    let met = report
        .criteria
        .iter()
        .filter(|c| c.status == Status::Meets)
        .count();
    let verdict = report.verdict;
    let lower = |status: Status| engine.status(status).to_ascii_lowercase();
    // The fields the links shown lead to: the panel's one listener finds
    // the one clicked here by its `data-finding-link`.
    let mut links = Vec::new();
    let criteria: Html = report
        .criteria
        .iter()
        .map(|criterion| criterion_item(criterion, pages, lang, dispatch, &mut links))
        .collect();
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| follow_link(e, &links, &dispatch))
    };
    let mut verdict_icon = String::new();
    icon(&mut verdict_icon, verdict.id());
    html! {
        <section class="result-panel" aria-labelledby="heading-results" {onclick}>
            <h2 id="heading-results">{ texts.results_heading }</h2>
            { raw(SHAPES.into()) }
            // A live region: its nodes stay, only their text changes.
            <div class="verdict"
                data-verdict={verdict.id()} data-revision={revision.to_string()}
                data-werkdefinitie-verdict={report.werkdefinitie_verdict.id()}
                aria-live="polite" aria-atomic="true">
                <p class="verdict-line">
                    { raw(verdict_icon) }
                    <span class="verdict-label">{ texts.verdict }{ ": " }</span>
                    <strong class="verdict-word">{ engine.status(verdict) }</strong>
                </p>
                <p class="verdict-both">{ (texts.both_verdicts)(&lower(report.werkdefinitie_verdict), &lower(verdict)) }</p>
                <p class="verdict-count">{ (texts.criteria_met)(met, report.criteria.len()) }</p>
            </div>
            <ol class="criteria">{ criteria }</ol>
        </section>
    }
}

/// A click on a finding link: the field may be on another page of its
/// list, so the app turns to it, then focuses it.
fn follow_link(e: MouseEvent, links: &[Path], dispatch: &Dispatch) {
    let shown = e
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|link| link.get_attribute("data-finding-link"));
    let Some(shown) = shown else { return };
    if let Some(path) = links.iter().find(|path| path.to_string() == shown) {
        e.prevent_default();
        dispatch.dispatch(Msg::Reveal { path: path.clone() });
    }
}

/// One criterion: its heading, status and findings. The findings are text
/// but for a group's pager.
fn criterion_item(
    criterion: &CriterionResult,
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
    links: &mut Vec<Path>,
) -> Html {
    let texts = ui(lang);
    let engine = lang.texts();
    let (status, own, id) = (
        criterion.status,
        criterion.werkdefinitie_status,
        criterion.id.id(),
    );
    let mut heading = format!("<h3 id=\"heading-{id}\"><span class=\"criterion-id\">{id}</span>");
    tag(
        &mut heading,
        "span class=\"criterion-title\"",
        engine.criterion_title(criterion.id),
    );
    heading.push_str("</h3>");
    // The status and the findings apart from the heading, each kept in the
    // page (`live`): a keystroke that changes them brings up to date only
    // what differs.
    let head_id = format!("status-{id}");
    let mut head = format!("<div id=\"{head_id}\"><p class=\"badge\">");
    icon(&mut head, status.id());
    tag(&mut head, "span", engine.status(status));
    head.push_str("</p>");
    if own != status {
        let own = engine.status(own).to_ascii_lowercase();
        tag(
            &mut head,
            "p class=\"own-status\"",
            &(texts.werkdefinitie_status)(&own),
        );
    }
    let findings_id = format!("findings-{id}");
    let mut findings = String::new();
    let mut items = Vec::new();
    if status == Status::Incomplete || criterion.findings.is_empty() {
        let help = match status {
            Status::Incomplete => texts.incomplete_help,
            _ => texts.no_findings,
        };
        tag(&mut head, "p class=\"muted\"", help);
    } else {
        let groups = by_code(&criterion.findings);
        if groups.iter().all(|(_, group)| group.len() <= PANEL_PAGE) {
            findings = format!("<ul class=\"findings\" id=\"{findings_id}\">");
            for (_, group) in groups {
                for located in group {
                    finding(&mut findings, located, lang, links);
                }
            }
            findings.push_str("</ul>");
        } else {
            // A group with its pager (a Yew component: its buttons keep
            // the focus) where its first finding would stand; each other
            // finding a piece of its own.
            for (code, group) in groups {
                if group.len() > PANEL_PAGE {
                    items.push(finding_group(code, &group, pages, lang, dispatch, links));
                } else {
                    for located in group {
                        let mut text = String::new();
                        finding(&mut text, located, lang, links);
                        items.push(raw(text));
                    }
                }
            }
        }
    }
    head.push_str("</div>");
    html! {
        <li class="criterion"
            data-criterion={id} data-status={status.id()}
            data-werkdefinitie-status={own.id()}>
            { raw(heading) }
            { live(&head_id, head) }
            if !findings.is_empty() {
                { live(&findings_id, findings) }
            }
            if !items.is_empty() {
                <ul class="findings">{ for items }</ul>
            }
        </li>
    }
}

/// Many findings of one kind: the code once with their count, a page of
/// them, and a pager (`findings.<CODE>` in the pages of the session).
fn finding_group(
    code: String,
    group: &[&Located],
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
    links: &mut Vec<Path>,
) -> Html {
    let len = group.len();
    let list = Path::of("findings").field(code.clone());
    let (rows, pager) = panel_page(list, len, code.clone().into(), pages, lang, dispatch);
    let count = number(Decimal::from(len as u64), 0, lang);
    let mut body = String::new();
    tag(&mut body, "p", &(ui(lang).finding_group)(&count, &code));
    body.push_str("<ul class=\"findings\">");
    for i in rows {
        finding(&mut body, group[i], lang, links);
    }
    body.push_str("</ul>");
    html! {
        <li class="finding-group" data-finding-group={code} data-count={len.to_string()}>
            { raw(body) }
            { pager }
        </li>
    }
}

/// A finding as `li[data-finding]`: severity, message (a link to its field
/// when it has one), basis and fix.
fn finding(out: &mut String, located: &Located, lang: Lang, links: &mut Vec<Path>) {
    let engine = lang.texts();
    let finding = &located.finding;
    let (severity, basis) = (finding.severity(), finding.basis());
    let _ = write!(
        out,
        "<li class=\"finding\" data-finding=\"{}\" data-severity=\"{}\" data-basis=\"{}\">\
         <span class=\"severity\">",
        finding.code(),
        severity.id(),
        basis.id()
    );
    icon(out, severity_shape(severity));
    let message = engine.finding(finding);
    let _ = write!(out, "{}: </span>", Esc(engine.severity(severity)));
    match &located.path {
        Some(path) => {
            // A valid URL: the brackets of a row percent-encoded (the id
            // itself keeps them).
            let href = path.dom_id().replace('[', "%5B").replace(']', "%5D");
            let _ = write!(
                out,
                "<a href=\"#{}\" data-finding-link=\"{}\">{}</a>",
                Esc(&href),
                Esc(&path.to_string()),
                Esc(&message)
            );
            links.push(path.clone());
        }
        None => tag(out, "span", &message),
    }
    out.push(' ');
    basis_tag(out, basis, lang);
    if let Some(fix) = engine.fix(finding) {
        out.push_str("<p class=\"fix\">");
        tag(out, "strong", ui(lang).fix);
        let _ = write!(out, " {}</p>", Esc(&fix));
    }
    out.push_str("</li>");
}

#[derive(PartialEq)]
pub struct Norms {
    pub lang: Lang,
}

/// The profile in use, every norm with its basis and, on demand, Katapult's
/// sentence it rests on; and what this check is not. Printed as well.
/// Behind `memo`: it changes with the language only, so it is skipped on
/// every keystroke.
impl View for Norms {
    fn view(&self) -> Html {
        let lang = self.lang;
        let texts = ui(lang);
        let engine = lang.texts();
        let profile = Profile::katapult();
        let mut out = format!(
            "<section class=\"norms\" data-profile=\"{}\" aria-labelledby=\"heading-norms\">\
             <h2 id=\"heading-norms\">{}</h2><p class=\"disclaimer\">{}</p>\
             <p class=\"muted\">{}</p><p class=\"help\">{}</p><ul class=\"norm-list\">",
            Esc(profile.id),
            Esc(texts.norms_heading),
            Esc(engine.self_check()),
            Esc(&(texts.norms_profile)(
                profile.id,
                profile.version,
                profile.applies_from
            )),
            Esc(texts.norms_intro)
        );
        for norm in profile.norms {
            let reading = norm.reasoning.map(|(nl, en)| match lang {
                Lang::Nl => nl,
                Lang::En => en,
            });
            let _ = write!(
                out,
                "<li class=\"norm\" data-norm=\"{}\" data-basis=\"{}\">\
                 <span class=\"norm-label\">{}: </span><strong class=\"norm-value\">{}</strong> ",
                norm.name.id(),
                norm.basis.id(),
                Esc(engine.norm_label(norm.name)),
                Esc(&engine.norm_value(norm, profile))
            );
            basis_tag(&mut out, norm.basis, lang);
            let mut source = format!(
                "<blockquote class=\"norm-quote\" lang=\"nl\">“{}”</blockquote>\
                 <p class=\"norm-cite\">— {}</p>",
                Esc(norm.quote),
                Esc(engine.source(norm.source))
            );
            if let Some(reading) = reading {
                let _ = write!(
                    source,
                    "<p class=\"norm-reading\"><strong>{}</strong> {}</p>",
                    Esc(texts.norm_reading),
                    Esc(reading)
                );
            }
            // A closed disclosure does not print: the print view carries
            // the sentence on its own.
            let _ = write!(
                out,
                "<details class=\"norm-source\"><summary>{}</summary>{source}</details>\
                 <div class=\"print-only\">{source}</div></li>",
                Esc(texts.norm_source)
            );
        }
        out.push_str("</ul></section>");
        raw(out)
    }
}

/// Whose demand a finding or norm is: Katapult's text, or our guideline.
/// Styled by the `data-basis` of the finding or norm it is in.
fn basis_tag(out: &mut String, basis: Basis, lang: Lang) {
    let _ = write!(
        out,
        "<span class=\"basis-tag\"><span class=\"visually-hidden\">{}: </span>{}</span>",
        Esc(ui(lang).basis_tag_label),
        Esc(lang.texts().basis(basis))
    );
}

/// On narrow screens: the verdict always in sight, how many criteria are
/// not met yet, and one tap to the first of them (or to the result).
pub fn summary_bar(report: &Report, lang: Lang) -> Html {
    let texts = ui(lang);
    let verdict = report.verdict;
    let open = || report.criteria.iter().filter(|c| c.status != Status::Meets);
    let count = open().count();
    let (href, jump) = match open().next() {
        Some(first) => (
            format!("#heading-{}", first.id.id()),
            format!("{} {}", texts.summary_first, first.id.id()),
        ),
        None => ("#results".into(), texts.summary_jump.into()),
    };
    let mut out = format!(
        "<nav class=\"summary-bar\" id=\"summary-bar\" aria-label=\"{}\" data-summary=\"{}\">\
         <span class=\"summary-verdict\">",
        Esc(texts.results_heading),
        verdict.id()
    );
    icon(&mut out, verdict.id());
    let _ = write!(
        out,
        "{} <strong>{}</strong>",
        Esc(texts.summary_verdict),
        Esc(lang.texts().status(verdict))
    );
    // A space at least: the bar keeps its nodes whether or not any
    // criterion is open (`live`).
    out.push(' ');
    if count > 0 {
        let _ = write!(
            out,
            "{}",
            Esc(&(texts.summary_open)(count, report.criteria.len()))
        );
    }
    let _ = write!(
        out,
        "</span><a href=\"{}\">{}</a></nav>",
        Esc(&href),
        Esc(&jump)
    );
    live("summary-bar", out)
}
