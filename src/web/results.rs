//! The result panel: verdict, the six criteria with their findings, the
//! norms of the profile; and the summary bar for narrow screens.

use yew::prelude::*;

use rust_decimal::Decimal;

use super::memo::View;
use super::pager::{panel_page, PANEL_PAGE};
use super::state::Dispatch;
use crate::engine::edit::Pages;
use crate::engine::path::Path;
use crate::engine::profile::{Basis, Profile};
use crate::engine::report::{by_code, Located, Report, Severity, Status};
use crate::session::Msg;
use crate::text::catalogue::Lang;
use crate::text::display::number;
use crate::text::ui::ui;

/// A status as a shape, so it never rests on colour alone (the word is
/// always beside it).
pub fn status_icon(status: Status) -> Html {
    let shape = match status {
        Status::Meets => html! {
            <>
                <circle cx="8" cy="8" r="7.5" fill="currentColor" />
                <path d="M4.3 8.4l2.4 2.4 5-5.2" stroke="#fff" stroke-width="2" fill="none" />
            </>
        },
        Status::Partly => html! {
            <>
                <path d="M8 0.8l7.4 14H0.6z" fill="currentColor" />
                <path d="M8 5.5v4.5M8 11.6v1.6" stroke="#fff" stroke-width="1.8" />
            </>
        },
        Status::NotMet => html! {
            <>
                <circle cx="8" cy="8" r="7.5" fill="currentColor" />
                <path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="2" />
            </>
        },
        Status::Incomplete => html! {
            <>
                <circle cx="8" cy="8" r="6.8" fill="none" stroke="currentColor"
                    stroke-width="1.6" stroke-dasharray="2.6 1.8" />
                <path d="M4.8 8h6.4" stroke="currentColor" stroke-width="1.8" />
            </>
        },
    };
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16"
            aria-hidden="true" focusable="false">{ shape }</svg>
    }
}

/// The shape of a finding's severity: as its criterion's status would be,
/// and an "i" for information.
fn severity_icon(severity: Severity) -> Html {
    match severity {
        Severity::Error => status_icon(Status::NotMet),
        Severity::Warning => status_icon(Status::Partly),
        Severity::Info => html! {
            <svg class="icon" viewBox="0 0 16 16" width="16" height="16"
                aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="7.5" fill="currentColor" />
                <path d="M8 7v5M8 4v1.6" stroke="#fff" stroke-width="1.9" />
            </svg>
        },
    }
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
    html! {
        <section class="result-panel" aria-labelledby="heading-results">
            <h2 id="heading-results">{ texts.results_heading }</h2>
            <div class="verdict"
                data-verdict={verdict.id()} data-revision={revision.to_string()}
                data-werkdefinitie-verdict={report.werkdefinitie_verdict.id()}
                aria-live="polite" aria-atomic="true">
                <p class="verdict-line">
                    { status_icon(verdict) }
                    <span class="verdict-label">{ texts.verdict }{ ": " }</span>
                    <strong class="verdict-word">{ engine.status(verdict) }</strong>
                </p>
                <p class="verdict-both">{ (texts.both_verdicts)(&lower(report.werkdefinitie_verdict), &lower(verdict)) }</p>
                <p class="verdict-count">{ (texts.criteria_met)(met, report.criteria.len()) }</p>
            </div>
            <ol class="criteria">
                { for report.criteria.iter().map(|criterion| {
                    let status = criterion.status;
                    let own = criterion.werkdefinitie_status;
                    let heading_id = format!("heading-{}", criterion.id.id());
                    html! {
                        <li class="criterion"
                            data-criterion={criterion.id.id()} data-status={status.id()}
                            data-werkdefinitie-status={own.id()}>
                            <h3 id={heading_id}>
                                <span class="criterion-id">{ criterion.id.id() }</span>
                                <span class="criterion-title">{ engine.criterion_title(criterion.id) }</span>
                            </h3>
                            <p class="badge">
                                { status_icon(status) }
                                <span>{ engine.status(status) }</span>
                            </p>
                            if own != status {
                                <p class="own-status">{ (texts.werkdefinitie_status)(&lower(own)) }</p>
                            }
                            if status == Status::Incomplete {
                                <p class="muted">{ texts.incomplete_help }</p>
                            } else if criterion.findings.is_empty() {
                                <p class="muted">{ texts.no_findings }</p>
                            } else {
                                <ul class="findings">
                                    { for by_code(&criterion.findings).into_iter().map(|(code, group)| {
                                        if group.len() > PANEL_PAGE {
                                            finding_group(code, &group, pages, lang, dispatch)
                                        } else {
                                            group.into_iter().map(|located| finding(located, lang, dispatch)).collect()
                                        }
                                    }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
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
) -> Html {
    let len = group.len();
    let list = Path::of("findings").field(code.clone());
    let (rows, pager) = panel_page(list, len, code.clone().into(), pages, lang, dispatch);
    let count = number(Decimal::from(len as u64), 0, lang);
    html! {
        <li class="finding-group" data-finding-group={code.clone()} data-count={len.to_string()}>
            <p>{ (ui(lang).finding_group)(&count, &code) }</p>
            <ul class="findings">
                { for rows.map(|i| finding(group[i], lang, dispatch)) }
            </ul>
            { pager }
        </li>
    }
}

fn finding(located: &Located, lang: Lang, dispatch: &Dispatch) -> Html {
    let engine = lang.texts();
    let texts = ui(lang);
    let finding = &located.finding;
    let severity = finding.severity();
    let message = engine.finding(finding);
    let fix = engine.fix(finding);
    let text = match &located.path {
        Some(path) => {
            // The field may be on another page of its list: the app turns
            // to it, then focuses it.
            let (target, dispatch) = (path.clone(), dispatch.clone());
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                dispatch.dispatch(Msg::Reveal {
                    path: target.clone(),
                });
            });
            html! {
                // A valid URL: the brackets of a row percent-encoded
                // (the id itself keeps them).
                <a href={format!("#{}", path.dom_id()).replace('[', "%5B").replace(']', "%5D")}
                    data-finding-link={path.clone()} {onclick}>{ message }</a>
            }
        }
        None => html! { <span>{ message }</span> },
    };
    let basis = finding.basis();
    html! {
        <li class="finding"
            data-finding={finding.code()} data-severity={severity.id()} data-basis={basis.id()}>
            <span class="severity">
                { severity_icon(severity) }
                { engine.severity(severity) }{ ": " }
            </span>
            { text }
            { " " }{ basis_tag(basis, lang) }
            if let Some(fix) = fix {
                <p class="fix"><strong>{ texts.fix }</strong>{ " " }{ fix }</p>
            }
        </li>
    }
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
        html! {
            <section class="norms" data-profile={profile.id} aria-labelledby="heading-norms">
                <h2 id="heading-norms">{ texts.norms_heading }</h2>
                <p class="disclaimer">{ engine.self_check() }</p>
                <p class="muted">{ (texts.norms_profile)(profile.id, profile.version, profile.applies_from) }</p>
                <p class="help">{ texts.norms_intro }</p>
                <ul class="norm-list">
                    { for profile.norms.iter().map(|norm| {
                        let reading = norm.reasoning.map(|(nl, en)| match lang {
                            Lang::Nl => nl,
                            Lang::En => en,
                        });
                        html! {
                            <li class="norm" data-norm={norm.name.id()} data-basis={norm.basis.id()}>
                                <span class="norm-label">{ engine.norm_label(norm.name) }{ ": " }</span>
                                <strong class="norm-value">{ engine.norm_value(norm, profile) }</strong>
                                { " " }{ basis_tag(norm.basis, lang) }
                                <details class="norm-source">
                                    <summary>{ texts.norm_source }</summary>
                                    { source_text(norm.quote, engine.source(norm.source), reading, lang) }
                                </details>
                                // A closed disclosure does not print: the print
                                // view carries the sentence on its own.
                                <div class="print-only">
                                    { source_text(norm.quote, engine.source(norm.source), reading, lang) }
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    }
}

fn source_text(quote: &str, source: &str, reading: Option<&str>, lang: Lang) -> Html {
    html! {
        <>
            <blockquote class="norm-quote" lang="nl">{ format!("“{quote}”") }</blockquote>
            <p class="norm-cite">{ "— " }{ source }</p>
            if let Some(reading) = reading {
                <p class="norm-reading"><strong>{ ui(lang).norm_reading }</strong>{ " " }{ reading.to_string() }</p>
            }
        </>
    }
}

/// Whose demand a finding or norm is: Katapult's text, or our guideline.
/// Styled by the `data-basis` of the finding or norm it is in.
fn basis_tag(basis: Basis, lang: Lang) -> Html {
    html! {
        <span class="basis-tag">
            <span class="visually-hidden">{ ui(lang).basis_tag_label }{ ": " }</span>
            { lang.texts().basis(basis) }
        </span>
    }
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
    html! {
        <nav class="summary-bar" aria-label={texts.results_heading}
            data-summary={verdict.id()}>
            <span class="summary-verdict">
                { status_icon(verdict) }
                { texts.summary_verdict }{ " " }<strong>{ lang.texts().status(verdict) }</strong>
                if count > 0 {
                    { " " }{ (texts.summary_open)(count, report.criteria.len()) }
                }
            </span>
            <a {href}>{ jump }</a>
        </nav>
    }
}
