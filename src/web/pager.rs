//! Page navigation for long lists: a plan of 20,000 budget lines shows 50
//! at a time, so the page stays light however large the plan grows.

use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

use super::fields::{add_button, RemovedFrom};
use super::markup::{raw, Esc};
use super::memo::{memo, View};
use super::state::Dispatch;
use std::fmt::Write;
use std::ops::Range;

use crate::engine::edit::{page_of_size, List, Pages, PAGE_SIZE};
use crate::engine::path::Path;
use crate::session::Msg;
use crate::text::catalogue::Lang;
use crate::text::display::number;
use crate::text::ui::ui;

#[derive(PartialEq)]
pub struct Pager {
    /// The list's path: `budget`, `partners[3].contributions`.
    pub list: Path,
    pub len: usize,
    /// The page shown (as `state::page_of` gives it).
    pub page: usize,
    /// What the list is, for the navigation's accessible name.
    pub label: AttrValue,
    /// Rows on a page: `PAGE_SIZE` in the form.
    pub size: usize,
    /// A select of every page to jump to. Off where the pages may run
    /// into thousands (the result panel's findings), so the page stays
    /// small whatever the plan holds.
    pub jump: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

impl Pager {
    /// The pager of one of the form's lists: pages of `PAGE_SIZE` rows,
    /// with the select.
    pub fn rows(
        list: Path,
        len: usize,
        page: usize,
        label: &'static str,
        lang: Lang,
        dispatch: &Dispatch,
    ) -> Html {
        memo(Pager {
            list,
            len,
            page,
            label: label.into(),
            size: PAGE_SIZE,
            jump: true,
            lang,
            dispatch: dispatch.clone(),
        })
    }
}

/// Previous, a page number to jump to, the rows shown, and next. For a
/// list that fits on one page, an empty text node: a component that
/// renders no node at all keeps a stale place in Yew's bundle until its
/// deferred render, and markup written as text before it and replaced in
/// the same pass would land before a node no longer there (see
/// `panel_page`); with a node of its own its place is always real.
impl View for Pager {
    fn view(&self) -> Html {
        let texts = ui(self.lang);
        let pages = self.len.div_ceil(self.size);
        if pages <= 1 {
            return Html::from("");
        }
        let (list, page, last) = (self.list.clone(), self.page, pages - 1);
        let select_id = format!("page-{list}");
        // One listener on the navigation for its buttons and its select,
        // which it tells apart by their `data-` attributes.
        let on_turn = {
            let (dispatch, list, select_id) =
                (self.dispatch.clone(), list.clone(), select_id.clone());
            Callback::from(move |e: Event| {
                let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                    return;
                };
                let jumped = target.has_attribute("data-page-jump");
                let to = if jumped {
                    // The options are the pages in order (numbered from 1,
                    // as people count them): the chosen one's index is its page.
                    let select: &HtmlSelectElement = target.unchecked_ref();
                    usize::try_from(select.selected_index()).ok()
                } else {
                    let button = target.closest("button").ok().flatten();
                    let has = |name| button.as_ref().is_some_and(|b| b.has_attribute(name));
                    if has("data-page-previous") {
                        Some(page.saturating_sub(1))
                    } else if has("data-page-next") {
                        Some(page + 1)
                    } else {
                        None
                    }
                };
                let Some(to) = to.map(|to| to.min(last)) else {
                    return;
                };
                // Landing on the first or last page disables the button just
                // pressed: the focus then goes to the page number (without
                // the select, to the rows shown).
                dispatch.dispatch(Msg::Page {
                    list: list.clone(),
                    page: to,
                    focus: (jumped || to == 0 || to == last).then(|| select_id.clone()),
                });
            })
        };
        let count = |n: usize| number(Decimal::from(n as u64), 0, self.lang);
        let start = page * self.size;
        let range = (texts.page_range)(
            &count(start + 1),
            &count(self.len.min(start + self.size)),
            &count(self.len),
        );
        let range_id = (!self.jump).then(|| select_id.clone());
        // The label and the select of every page as one text, numbered from
        // 1: the browser parses the select whole and Yew puts it in with one
        // insertion, where options written into a select already in the page
        // go in one at a time, each making the select count its options
        // again (25 pagers of 80 pages: 28–33 ms against 10 ms). The text
        // names the page shown, so a page turned by a button writes a new
        // select even after the user picked one by hand.
        let mut jump = String::new();
        if self.jump {
            let _ = write!(
                jump,
                "<label for=\"{id}\">{}</label><select id=\"{id}\" data-page-jump=\"{}\">",
                texts.page,
                Esc(&list.to_string()),
                id = Esc(&select_id)
            );
            for n in 1..=pages {
                let selected = if n == page + 1 { " selected" } else { "" };
                let _ = write!(jump, "<option value=\"{n}\"{selected}>{n}</option>");
            }
            jump.push_str("</select>");
        }
        html! {
            <nav class="pager" aria-label={(texts.pages_of)(&self.label)} data-pager={list.clone()}
                data-page={(page + 1).to_string()} data-pages={pages.to_string()}
                onclick={on_turn.reform(Event::from)} onchange={on_turn}>
                <button type="button" data-page-previous={list.clone()} disabled={page == 0}>
                    { raw(format!("<span aria-hidden=\"true\">‹ </span>{}", texts.previous_page)) }
                </button>
                { raw(jump) }
                <span class="pager-range" role="status" id={range_id} tabindex={(!self.jump).then_some("-1")}>{ range }</span>
                <button type="button" data-page-next={list} disabled={page == last}>
                    { raw(format!("{}<span aria-hidden=\"true\"> ›</span>", texts.next_page)) }
                </button>
            </nav>
        }
    }
}

/// Rows of a list of the result panel shown at a time (findings of one
/// kind, the cost per unit, years): a plan may hold thousands.
pub const PANEL_PAGE: usize = 10;

/// The rows shown of a list of the result panel, and its pager: pages of
/// [`PANEL_PAGE`], without a select of every page (there may be 5,000).
pub fn panel_page(
    list: Path,
    len: usize,
    label: AttrValue,
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
) -> (Range<usize>, Html) {
    let (page, rows) = page_of_size(pages, &list, len, PANEL_PAGE);
    // No pager component at all for a list on one page: one that renders
    // nothing keeps a stale place in Yew's bundle until its deferred
    // render, and markup written as text beside it is replaced in the same
    // pass (`markup`), which then lands before a node no longer there.
    if len <= PANEL_PAGE {
        return (rows, Html::default());
    }
    let pager = memo(Pager {
        list,
        len,
        page,
        label,
        size: PANEL_PAGE,
        jump: false,
        lang,
        dispatch: dispatch.clone(),
    });
    (rows, pager)
}

/// One of the form's four lists as a section: heading and intro, a note
/// while it is empty, the pager, the rows of the page shown (`rows`), the
/// add button and `tools` (pasting rows). One body for partners, budget,
/// activities and impact.
// The parts of the state a list shows, each its own: a struct for them
// would only rename them.
#[allow(clippy::too_many_arguments)]
pub fn list_section(
    list: List,
    len: usize,
    page: usize,
    rows: Html,
    removed: &RemovedFrom,
    tools: Html,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    // The money can be seen as a table (see below): partners and budget.
    let (title, intro, add, toggle) = match list {
        List::Partners => (
            texts.section_partners,
            texts.partners_intro,
            texts.add_partner,
            Some("table-partners"),
        ),
        List::Budget => (
            texts.section_budget,
            texts.budget_intro,
            texts.add_budget_line,
            Some("table-budget"),
        ),
        List::Activities => (
            texts.section_activities,
            texts.activities_intro,
            texts.add_activity,
            None,
        ),
        List::Impact => (
            texts.section_impact,
            texts.impact_intro,
            texts.add_indicator,
            None,
        ),
        // Alliances, contributions and outside parties live inside a
        // section or a row, never as a section of their own.
        List::Alliances | List::Contributions(_) | List::With(_) => {
            unreachable!("a nested list has no section")
        }
    };
    let path = list.path();
    let heading = format!("heading-{path}");
    // The texts around the toggle as text; the toggle stays an element, as
    // the user's choice lives in it. The pager always has a node of its
    // own, so text before it is safe to replace.
    let mut after = String::new();
    if let Some(toggle) = toggle {
        let _ = write!(after, "<label for=\"{toggle}\">{}</label>", texts.as_table);
    }
    if len == 0 {
        let _ = write!(after, "<p class=\"empty-note\">{}</p>", texts.not_filled_in);
    }
    html! {
        <section class="section" id={path.dom_id()} aria-labelledby={heading.clone()}>
            { raw(format!("<h2 id=\"{heading}\">{title}</h2><p class=\"intro\">{intro}</p>")) }
            // The money as a table: the same rows, one line each, the first
            // row's labels as column heads (styles/app.css).
            if let Some(toggle) = toggle {
                <input type="checkbox" class="tv" id={toggle} data-table-view="" />
            }
            { raw(after) }
            { Pager::rows(path, len, page, title, lang, dispatch) }
            { rows }
            { add_button(list, add, dispatch) }
            { removed.notice(list, lang, dispatch) }
            { tools }
        </section>
    }
}
