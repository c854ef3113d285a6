//! Small form controls: each one labelled, carrying `data-field` with its
//! proposal path, and sending its value up as a `Msg`.
//!
//! Plain functions, not components: the rows around them (`memo`) decide
//! what re-renders.

use std::fmt::Write;

use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::markup::Esc;
use super::state::Dispatch;
use crate::engine::edit::{CheckField, List, NumberField, NumberKind, TextField};
use crate::engine::limits::TEXT_CHARS_ATTR;
use crate::session::{Msg, RawTexts};
use crate::text::catalogue::Lang;
use crate::text::money_input::edit_text;
use crate::text::ui::ui;

/// What a field sends when it changes.
enum Edit {
    Text(TextField),
    Number(NumberField),
    Check(CheckField),
}

/// The one listener type of every field: its `input` event (a select's and
/// a checkbox's too, which fire it with their `change`) sends its value,
/// read as `value` or `checked` of whatever control it is. One closure for
/// all four kinds of field: each of its own measured more of the download.
fn on_edit(edit: Edit, dispatch: &Dispatch) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        let control: HtmlInputElement = e.target_unchecked_into();
        dispatch.dispatch(match &edit {
            Edit::Text(field) => Msg::Text {
                field: field.clone(),
                text: control.value(),
            },
            Edit::Number(field) => Msg::Number {
                field: field.clone(),
                text: control.value(),
            },
            Edit::Check(field) => Msg::Check {
                field: field.clone(),
                checked: control.checked(),
            },
        });
    })
}

/// A field's label, as text (`raw`): Yew writes it anew only when it
/// changed, and it holds nothing the user types.
pub fn label_for(id: &str, label: &str) -> Html {
    raw(format!("<label for=\"{id}\">{}</label>", Esc(label)))
}

/// A one-line text field; with `help`, a described multi-line one.
pub fn text_field(
    field: TextField,
    label: impl Into<AttrValue>,
    value: impl Into<AttrValue>,
    help: Option<&'static str>,
    dispatch: &Dispatch,
) -> Html {
    text_field_of(field, label.into(), value.into(), help, dispatch)
}

// One body for every label and value type the callers pass.
fn text_field_of(
    field: TextField,
    label: AttrValue,
    value: AttrValue,
    help: Option<&'static str>,
    dispatch: &Dispatch,
) -> Html {
    let id = field.dom_id();
    let path = field.path().to_string();
    let oninput = on_edit(Edit::Text(field), dispatch);
    html! {
        <div class="field">
            { label_for(&id, &label) }
            if let Some(help) = help {
                { raw(format!("<p class=\"help\" id=\"help-{id}\">{help}</p>")) }
                <textarea id={id.clone()} data-field={path} rows="3" maxlength={TEXT_CHARS_ATTR}
                    aria-describedby={format!("help-{id}")} {value} {oninput} />
            } else {
                <input type="text" {id} data-field={path} maxlength={TEXT_CHARS_ATTR} {value} {oninput} />
            }
        </div>
    }
}

/// A number field: shows what was typed (its entry in `typed`), or the
/// proposal's value; says when the text cannot be read or was read one of
/// two ways. `remark` is a computed line under it (`Telt mee voor € 1.500`).
pub fn number_field(
    field: NumberField,
    label: impl Into<AttrValue>,
    value: Option<Decimal>,
    typed: &RawTexts,
    remark: Option<String>,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    number_field_of(field, label.into(), value, typed, remark, lang, dispatch)
}

// One body for every label type the callers pass. What it says under the
// field is written as text (`raw`), in the live region that stays.
fn number_field_of(
    field: NumberField,
    label: AttrValue,
    value: Option<Decimal>,
    typed: &RawTexts,
    remark: Option<String>,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let path = field.path();
    let raw_text = typed.get(&path);
    let id = path.dom_id();
    let inputmode = match field.kind() {
        NumberKind::Whole => "numeric",
        NumberKind::Money | NumberKind::Quantity => "decimal",
    };
    let text = match raw_text {
        Some(typed) => typed.text.clone(),
        None => value.map(edit_text).unwrap_or_default(),
    };
    // The messages, and the ids of what describes the field.
    let (mut messages, mut described) = (String::new(), String::new());
    let invalid = match raw_text.map(|typed| &typed.outcome) {
        Some(Err(error)) => {
            let _ = write!(
                messages,
                "<p class=\"field-error\" id=\"error-{id}\" data-field-error=\"{path}\">\
                 <span aria-hidden=\"true\">⚠ </span>{}</p>",
                Esc(error.text(lang))
            );
            let _ = write!(described, "error-{id}");
            Some("true")
        }
        Some(Ok(Some(note))) => {
            let _ = write!(
                messages,
                "<p class=\"field-note\" id=\"note-{id}\" data-field-note=\"{path}\">{}</p>",
                Esc(&note.text(lang))
            );
            let _ = write!(described, "note-{id}");
            None
        }
        _ => None,
    };
    let remark = remark.map(|remark| {
        if !described.is_empty() {
            described.push(' ');
        }
        let _ = write!(described, "remark-{id}");
        format!(
            "<p class=\"field-remark\" id=\"remark-{id}\">{}</p>",
            Esc(&remark)
        )
    });
    let oninput = on_edit(Edit::Number(field), dispatch);
    html! {
        <div class="field number">
            { label_for(&id, &label) }
            <input type="text" {id} data-field={path.to_string()} {inputmode}
                autocomplete="off" value={text} aria-invalid={invalid}
                aria-describedby={(!described.is_empty()).then_some(described)} {oninput} />
            <div class="field-messages" aria-live="polite">{ raw(messages) }</div>
            if let Some(remark) = remark {
                { raw(remark) }
            }
        </div>
    }
}

/// A select of `(id, label)` options; `empty` is the text of an empty
/// first option, for a field that may be empty.
pub fn select_field(
    field: TextField,
    label: &'static str,
    options: &[(AttrValue, AttrValue)],
    selected: Option<&str>,
    empty: Option<&'static str>,
    dispatch: &Dispatch,
) -> Html {
    let id = field.dom_id();
    let path = field.path().to_string();
    let oninput = on_edit(Edit::Text(field), dispatch);
    let selected = selected.unwrap_or_default();
    // The options as text: Yew writes them anew only when the choice or a
    // label changed, and the select itself (which holds the focus) stays.
    let mut choices = String::new();
    let empty = empty.map(|empty| (AttrValue::default(), AttrValue::from(empty)));
    for (value, label) in empty.iter().chain(options) {
        let _ = write!(
            choices,
            "<option value=\"{}\"{}>{}</option>",
            Esc(value),
            if value.as_str() == selected {
                " selected"
            } else {
                ""
            },
            Esc(label)
        );
    }
    html! {
        <div class="field">
            { label_for(&id, label) }
            <select {id} data-field={path} {oninput}>{ raw(choices) }</select>
        </div>
    }
}

/// A checkbox; `value` is its value in a group (`high_tech`, a partner id).
pub fn check_field(
    field: CheckField,
    label: impl Into<AttrValue>,
    checked: bool,
    value: Option<AttrValue>,
    dispatch: &Dispatch,
) -> Html {
    check_field_of(field, label.into(), checked, value, dispatch)
}

fn check_field_of(
    field: CheckField,
    label: AttrValue,
    checked: bool,
    value: Option<AttrValue>,
    dispatch: &Dispatch,
) -> Html {
    let id = field.dom_id();
    let path = field.path().to_string();
    let oninput = on_edit(Edit::Check(field), dispatch);
    // The label an element, not text (`raw`): the browser parses each
    // piece of text on its own (`innerHTML`), which costs far more than
    // making the element, and adding many partners writes 625 boxes at
    // once (25 in each of the 25 activities shown).
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} data-field={path}
                {value} {checked} {oninput} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// Row `index` of a list of one-line texts (`items`: alliances, outside
/// parties): its field (`field`) and its tools, as an item of the list.
pub fn inline_row(
    list: List,
    index: usize,
    items: &[String],
    field: TextField,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let label = row_label(list, index, lang);
    html! {
        <li class="inline-row" data-row={list.row_path(index)}>
            { text_field(field, label.clone(), items[index].clone(), None, dispatch) }
            { row_tools(list, index, items.len(), &label, lang) }
        </li>
    }
}

/// Up, down and remove buttons of row `index` of `len`; `row_label` is how
/// the row is called, for the buttons' accessible names. Written as text:
/// their clicks are the form column's one listener (`app.rs`, read back by
/// [`list_at`]), and seven Yew elements here cost the download more.
pub fn row_tools(list: List, index: usize, len: usize, row_label: &str, lang: Lang) -> Html {
    let mut html = String::new();
    write_row_tools(&mut html, list, index, len, row_label, lang);
    raw(html)
}

/// The legend of a row of a fieldset (`legend` names it) and its tools,
/// as [`row_tools`]: one piece of text.
pub fn row_head(list: List, index: usize, len: usize, legend: &str, lang: Lang) -> Html {
    let mut html = format!("<legend>{}</legend>", Esc(legend));
    write_row_tools(&mut html, list, index, len, legend, lang);
    raw(html)
}

fn write_row_tools(
    html: &mut String,
    list: List,
    index: usize,
    len: usize,
    row_label: &str,
    lang: Lang,
) {
    let texts = ui(lang);
    let row = list.row_path(index);
    html.push_str("<div class=\"row-tools\">");
    let buttons = [
        ("move-up", (texts.move_up)(row_label), index == 0, "", "↑"),
        (
            "move-down",
            (texts.move_down)(row_label),
            index + 1 >= len,
            "",
            "↓",
        ),
        ("remove", (texts.remove)(row_label), false, " remove", "✕"),
    ];
    for (action, label, disabled, class, icon) in buttons {
        let label = escaped(&label);
        let _ = write!(
            html,
            "<button type=\"button\" class=\"icon-button{class}\" id=\"{action}-{row}\" \
             data-{action}=\"{row}\" aria-label=\"{label}\" title=\"{label}\"{}>\
             <span aria-hidden=\"true\">{icon}</span></button>",
            if disabled { " disabled" } else { "" }
        );
    }
    html.push_str("</div>");
}

/// A group's legend, its help line (its `id` and text) and, when the group
/// is empty, the note that says so: text for [`raw`].
pub fn legend_and_note(
    legend: &str,
    help: Option<(&str, &str)>,
    empty: bool,
    lang: Lang,
) -> String {
    let mut html = format!("<legend>{legend}</legend>");
    if let Some((id, help)) = help {
        let _ = write!(html, "<p class=\"help\" id=\"{id}\">{help}</p>");
    }
    if empty {
        let _ = write!(
            html,
            "<p class=\"empty-note\">{}</p>",
            ui(lang).not_filled_in
        );
    }
    html
}

/// The inline question before removing a row others point at. Its buttons
/// are the form column's (`app.rs`); Escape answers "no", as in a dialog.
pub fn confirm_removal(
    list: List,
    index: usize,
    question: String,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let row = list.row_path(index).to_string();
    let question_id = format!("confirm-question-{row}");
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                dispatch.dispatch(Msg::CancelRemove);
            }
        })
    };
    let buttons = format!(
        "<p id=\"{question_id}\">{}</p><button type=\"button\" class=\"danger\" id=\"confirm-remove-{row}\" \
         data-confirm-remove=\"{row}\">{}</button>\
         <button type=\"button\" data-cancel-remove=\"{row}\">{}</button>",
        Esc(&question),
        texts.confirm_yes, texts.confirm_no
    );
    html! {
        <div class="confirm" role="group" aria-labelledby={question_id.clone()} {onkeydown}>
            { raw(buttons) }
        </div>
    }
}

/// The list and the row (`None` for the list itself) of a path as the page
/// writes it in `data-add`, `data-remove`, … (`partners[2]`,
/// `partners[0].contributions[1]`, `activities[3].with`): how the form
/// column's one click listener knows what a button is for.
#[inline(never)]
pub fn list_at(path: &str) -> Option<(List, Option<usize>)> {
    // Digits the page wrote: read without `str::parse`'s code.
    fn number(digits: &str) -> Option<usize> {
        digits.bytes().try_fold(0usize, |n, digit| {
            digit
                .is_ascii_digit()
                .then(|| n * 10 + usize::from(digit - b'0'))
        })
    }
    let (head, last) = match path.rsplit_once('.') {
        Some((head, last)) => (head, last),
        None => ("", path),
    };
    let (name, index) = match last.split_once('[') {
        Some((name, index)) => (name, Some(number(index.strip_suffix(']')?)?)),
        None => (last, None),
    };
    let owner = |prefix: &str| number(head.strip_prefix(prefix)?.strip_suffix(']')?);
    let list = match (head, name) {
        ("", "partners") => List::Partners,
        ("", "budget") => List::Budget,
        ("", "activities") => List::Activities,
        ("", "impact") => List::Impact,
        ("centre", "alliances") => List::Alliances,
        (_, "contributions") => List::Contributions(owner("partners[")?),
        (_, "with") => List::With(owner("activities[")?),
        _ => return None,
    };
    Some((list, index))
}

/// How the form calls row `index` of `list`: "Partner 3", "Begrotingsregel 2".
pub fn row_label(list: List, index: usize, lang: Lang) -> String {
    let texts = ui(lang);
    let label = match list {
        List::Alliances => texts.alliance,
        List::Partners => texts.partner,
        List::Contributions(_) => texts.contribution,
        List::Budget => texts.budget_line,
        List::Activities => texts.activity,
        List::With(_) => texts.with_party,
        List::Impact => texts.indicator,
    };
    label(index + 1)
}

/// The list a row was just removed from and what the notice says: shown
/// beside that list, after its add button (where the focus goes), with the
/// undo. Every list gets it; a row of the page only its own lists' part.
#[derive(Clone, PartialEq, Default)]
pub struct RemovedFrom(pub Option<(List, String)>);

impl RemovedFrom {
    /// Only what concerns `list`, for a row that holds it.
    pub fn only(&self, list: List) -> RemovedFrom {
        RemovedFrom(self.0.clone().filter(|(from, _)| *from == list))
    }

    /// Its undo is the form column's click (`app.rs`).
    pub fn notice(&self, list: List, lang: Lang, _: &Dispatch) -> Html {
        match &self.0 {
            Some((from, text)) if *from == list => raw(format!(
                "<p class=\"notice removed\" data-removed=\"\">{} \
                 <button type=\"button\" data-undo=\"\">{}</button></p>",
                Esc(text),
                ui(lang).undo
            )),
            _ => Html::default(),
        }
    }
}

/// The add button of `list`; its click is the form column's (`app.rs`).
pub fn add_button(list: List, label: &'static str, _: &Dispatch) -> Html {
    let path = list.path();
    raw(format!(
        "<button type=\"button\" class=\"add\" id=\"add-{path}\" data-add=\"{path}\">\
         <span aria-hidden=\"true\">+ </span>{label}</button>"
    ))
}

/// Markup written as text: static parts of the page, with every text of
/// the user's [`escaped`]. Yew builds an element at a time, about 30 bytes
/// of the gzipped download each, more with a listener; text is the
/// markup's own length, and its clicks go to one listener of the part of
/// the page it is in (`app.rs`). Yew writes it anew only when it changed,
/// so nothing here may hold what the user types or where the focus is
/// kept while typing.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(html.into())
}

/// Text for HTML, as a `String`: `markup::Esc`, the one escape of the page.
pub fn escaped(text: &str) -> String {
    super::markup::Esc(text).to_string()
}

/// `(id, label)` pairs for a select of an engine enum: its `IDS`, and the
/// label of the `i`-th of its `ALL`. One body for every enum (a generic one
/// was a copy per select).
pub fn options(
    ids: &'static [&'static str],
    label: &dyn Fn(usize) -> &'static str,
) -> Vec<(AttrValue, AttrValue)> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| (AttrValue::from(*id), AttrValue::from(label(i))))
        .collect()
}
