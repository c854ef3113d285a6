//! The paste panel of a list: a text area for rows from a spreadsheet (the
//! HTML table on the clipboard is taken when there is one), a CSV or TSV
//! file, a template, and the preview of what the rows give, a page at a
//! time, with a choice of what each column holds. What the rows give is
//! `formats::sheet`'s and the session's; this only shows it and sends
//! messages.
//!
//! The preview is written as HTML text, with one listener on the panel for
//! its selects, checkbox, file input and buttons: a table of Yew elements
//! with a listener each measured about 5,000 bytes more of the gzipped
//! download (2026-12-06). The text area stays an element of its own, so
//! typing in it keeps its focus.

use std::fmt::Write;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::browser;
use super::markup::Esc;
use super::pager::Pager;
use super::state::Dispatch;
use crate::engine::edit::{page_of, List, Pages};
use crate::engine::model::Proposal;
use crate::engine::path::Path;
use crate::formats::sheet::{self, read_cell, shown, Activities, Column, RecordReading, Value};
use crate::session::{Msg, Paste};
use crate::text::catalogue::Lang;
use crate::text::display::file_slug;
use crate::text::ui::ui;

/// The path the preview's pages are kept under.
fn preview_path() -> Path {
    Path::of("paste")
}

/// The button that opens (and closes) the paste panel of `list`; the form
/// column's one listener (`app::act`) reads its `data-paste`, so it needs
/// no dispatch of its own (the parameter stays for its callers).
pub fn paste_button(list: List, open: bool, lang: Lang) -> Html {
    let path = list.path().to_string();
    html! {
        <button type="button" class="add" id={format!("paste-{path}")} data-paste={path}
            aria-expanded={if open { "true" } else { "false" }}>
            { ui(lang).paste }
        </button>
    }
}

/// The button of `list` and, when it is open, its panel: for a section.
pub fn paste_tools(
    list: List,
    paste: Option<&Rc<Paste>>,
    proposal: &Rc<Proposal>,
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let open = paste.filter(|paste| paste.list == list);
    html! {
        <>
            { paste_button(list, open.is_some(), lang) }
            if let Some(paste) = open {
                { paste_panel(paste, proposal, pages, lang, dispatch) }
            }
        </>
    }
}

/// What the panel's one `change` and `click` listener does with the
/// control the event came from, by its `data-` attribute.
fn handle(event: Event, list: List, lang: Lang, dispatch: &Dispatch) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let has = |name: &str| target.has_attribute(name);
    // The mark of a paste still being read came into the page: the next
    // piece (see `paste_panel`).
    if target.has_attribute("data-paste-step") {
        dispatch.dispatch(Msg::PasteStep);
        return;
    }
    if event.type_() == "click" {
        if has("data-paste-apply") {
            dispatch.dispatch(Msg::PasteApply);
        } else if has("data-paste-close") {
            dispatch.dispatch(Msg::PasteOpen(list));
        } else if has("data-paste-template") {
            let texts = ui(lang);
            let what = match list {
                List::Partners => texts.section_partners,
                List::Contributions(_) => texts.contributions,
                List::Budget => texts.section_budget,
                List::Activities => texts.section_activities,
                _ => texts.section_impact,
            };
            let name = format!("{}-{}.csv", texts.template_file, file_slug(what));
            browser::download(
                &name,
                &sheet::template(list, lang),
                "text/csv;charset=utf-8",
            );
        }
        return;
    }
    if has("data-paste-input") {
        let text = target.unchecked_ref::<HtmlTextAreaElement>().value();
        dispatch.dispatch(Msg::PasteText(text));
    } else if let Some(index) = target.get_attribute("data-paste-column") {
        let value = target.unchecked_ref::<HtmlSelectElement>().value();
        dispatch.dispatch(Msg::PasteColumn {
            // Digits the preview wrote: read without `str::parse`'s code.
            index: index
                .bytes()
                .fold(0, |n, digit| n * 10 + usize::from(digit - b'0')),
            column: Column::from_id(&value),
        });
    } else if has("data-import") {
        let dispatch = dispatch.clone();
        browser::read_chosen(
            target.unchecked_ref(),
            Box::new(move |_, bytes| {
                let text = bytes.as_deref().map(sheet::text_of_file);
                dispatch.dispatch(Msg::PasteText(text.unwrap_or_default()))
            }),
        );
    }
}

/// The open panel: text area, file, template, preview, add and close.
pub fn paste_panel(
    paste: &Paste,
    proposal: &Rc<Proposal>,
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let list = paste.list;
    let path = list.path().to_string();
    // What is pasted replaces the text (`browser::pasted`), which the text
    // area shows only when it is small: a browser lays out every line of a
    // text area, half a second for 5,000 lines. Typed text is read when
    // the text area is left (its `change`, in `handle`): the text area is
    // the browser's own, so nothing the page writes can undo a keystroke.
    let onpaste = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(text) = browser::pasted(&e) {
                e.prevent_default();
                dispatch.dispatch(Msg::PasteText(text));
            }
        })
    };
    let on_control = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| handle(e, list, lang, &dispatch))
    };
    let ready = paste.ready(proposal);
    let counts = paste.counts();
    let added = counts[0];
    let records: Vec<&RecordReading> = paste.records().collect();
    let (page, rows) = page_of(pages, &preview_path(), records.len());
    // The text area's label, then file and template: written as text, as
    // the preview is.
    let head = format!(
        "<label for=\"paste-input-{path}\">{}</label>",
        texts.paste_label
    );
    let mut top = format!(
        "<p><label for=\"paste-file-{path}\">{}</label> \
         <input type=\"file\" id=\"paste-file-{path}\" data-import=\"rows\" \
         accept=\".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain\"> \
         <button type=\"button\" data-paste-template=\"{path}\">{}</button></p>",
        texts.paste_file, texts.paste_template
    );
    if paste.error.is_some() {
        let _ = write!(
            top,
            "<p class=\"import-error\" data-paste-error=\"\">{}</p>",
            texts.paste_not_text
        );
    }
    // The preview of the page shown is its own text: while a large paste
    // is read its first page stays the same, so the browser keeps that
    // table instead of parsing and laying it out again for every piece.
    let table = match &paste.reader {
        Some(reader) => preview(paste, reader, &records, rows, proposal, lang),
        None => String::new(),
    };
    // While a large paste is read, a mark with the piece's number stands
    // in the panel; its CSS animation starts when the browser has shown the
    // piece (and answered what waited), and its `animationstart` asks for
    // the next. A timer or an effect of the app's for this measured 600
    // bytes more of the gzipped download (2026-12-06).
    let mut tail = String::new();
    if !ready {
        let _ = write!(tail, "<i data-paste-step=\"{}\"></i>", paste.steps);
    }
    let _ = write!(
        tail,
        "<button type=\"button\" data-paste-apply=\"{path}\"{}>{}</button> \
         <button type=\"button\" data-paste-close=\"{path}\">{}</button>",
        if ready && added > 0 { "" } else { " disabled" },
        texts.paste_apply,
        texts.close
    );
    html! {
        <div class="paste" data-paste-panel={path.clone()} onchange={on_control.clone()}
            onclick={on_control.reform(Event::from)} onanimationstart={on_control.reform(Event::from)}>
            { Html::from_html_unchecked(head.into()) }
            <textarea id={format!("paste-input-{path}")} data-paste-input={path.clone()} rows="4"
                spellcheck="false" {onpaste} />
            { Html::from_html_unchecked(top.into()) }
            if paste.reader.is_some() {
                <p role="status" data-paste-summary="">{
                    if ready { summary(texts.paste_summary, counts) } else { "…".into() }
                }</p>
                // Once all is read: while reading, its select of every
                // page would be written anew for every piece (800 pages
                // for 20,000 lines).
                if ready {
                    { Pager::rows(preview_path(), records.len(), page, texts.paste_line, lang, dispatch) }
                }
            }
            { Html::from_html_unchecked(table.into()) }
            { Html::from_html_unchecked(tail.into()) }
        </div>
    }
}

/// "Toe te voegen: 5 · niet leesbaar (⚠): 1": how many rows are added,
/// and, when there are any, how many cannot be read or are totals.
fn summary(words: [&str; 3], counts: [usize; 3]) -> String {
    let mut text = String::new();
    for (i, (word, count)) in words.iter().zip(counts).enumerate() {
        if i == 0 || count > 0 {
            if i > 0 {
                text.push_str(" · ");
            }
            let _ = write!(text, "{word}: {count}");
        }
    }
    text
}

/// The preview table of the records on the page shown: per column a
/// choice of what it holds (with the name the text gives it), per record
/// its line and each cell as it will be read, or why it cannot be.
fn preview(
    paste: &Paste,
    reader: &sheet::Reader,
    records: &[&RecordReading],
    rows: std::ops::Range<usize>,
    proposal: &Proposal,
    lang: Lang,
) -> String {
    let texts = ui(lang);
    let list = paste.list;
    let own = sheet::columns(list).unwrap_or(&[]);
    let columns = &reader.layout.columns;
    let activities = Activities::of(proposal);
    let mut html = format!(
        "<div class=\"paste-preview\"><table data-paste-preview=\"{}\"><thead><tr><th>{}</th>",
        list.path(),
        texts.paste_line
    );
    for (index, chosen) in columns.iter().enumerate() {
        let _ = write!(
            html,
            "<th><select id=\"paste-column-{index}\" data-paste-column=\"{index}\" \
             aria-label=\"{} {}\"><option value=\"\">{}</option>",
            texts.paste_column,
            index + 1,
            texts.paste_unused
        );
        for &column in own {
            let selected = if *chosen == Some(column) {
                " selected"
            } else {
                ""
            };
            let _ = write!(
                html,
                "<option value=\"{}\"{selected}>{}</option>",
                column.id(),
                column.label(list, lang)
            );
        }
        let name = reader.header.get(index).map_or("", String::as_str);
        let _ = write!(html, "</select><span>{}</span></th>", Esc(name));
    }
    html.push_str("</tr></thead><tbody>");
    for record in &records[rows] {
        let line = record.record + 1;
        let skipped = if record.added() {
            ""
        } else {
            " data-paste-skipped=\"\""
        };
        let _ = write!(
            html,
            "<tr data-paste-row=\"{line}\"{skipped}><th>{line}</th>"
        );
        for (at, column) in columns.iter().enumerate() {
            let raw = record.cells.get(at).map_or("", String::as_str);
            let problem = record.problems.iter().find(|(i, _)| *i == at);
            match (column.filter(|_| !record.total), problem) {
                (column, Some((_, problem))) => {
                    let column = column.unwrap_or(own[0]);
                    let label = column.label(list, lang);
                    let reason = format!(
                        "{} {line}, {label}: {}",
                        texts.paste_line,
                        problem.text(list, column, lang)
                    );
                    let _ = write!(
                        html,
                        "<td class=\"paste-problem\" data-paste-problem=\"{line}:{}\">{}<span>⚠ {}</span></td>",
                        column.id(),
                        Esc(raw),
                        Esc(&reason)
                    );
                }
                (Some(column), None) => {
                    let value = read_cell(list, column, raw, &activities).unwrap_or(Value::Empty);
                    let shown = shown(list, column, raw, &value, lang);
                    let _ = write!(html, "<td>{}</td>", Esc(&shown));
                }
                (None, None) => {
                    let _ = write!(html, "<td class=\"muted\">{}</td>", Esc(raw));
                }
            }
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    html
}
