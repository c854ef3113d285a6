//! Small form controls: each one labelled, carrying `data-field` with its
//! proposal path, and sending its value up as a `Msg`.

use rust_decimal::Decimal;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::state::{Direction, Field, List, Msg, RawText, State};
use super::texts::ui;
use crate::messages::Lang;
use crate::money_input::{edit_text, NumberKind};

/// Sends messages to the app's reducer; stable across renders.
pub type Dispatch = UseReducerDispatcher<State>;

fn describedby(ids: &[Option<String>]) -> Option<AttrValue> {
    let joined: Vec<&str> = ids.iter().flatten().map(String::as_str).collect();
    (!joined.is_empty()).then(|| AttrValue::from(joined.join(" ")))
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub field: Field,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = props.field.dom_id();
    let path = props.field.path();
    let help_id = props.help.as_ref().map(|_| format!("help-{id}"));
    let described = describedby(std::slice::from_ref(&help_id));
    let control = if props.multiline {
        let oninput = {
            let dispatch = props.dispatch.clone();
            let field = props.field.clone();
            Callback::from(move |e: InputEvent| {
                let area: HtmlTextAreaElement = e.target_unchecked_into();
                dispatch.dispatch(Msg::Input(field.clone(), area.value()));
            })
        };
        html! {
            <textarea id={id.clone()} data-field={path} rows="3"
                aria-describedby={described} value={props.value.clone()} {oninput} />
        }
    } else {
        let oninput = {
            let dispatch = props.dispatch.clone();
            let field = props.field.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                dispatch.dispatch(Msg::Input(field.clone(), input.value()));
            })
        };
        html! {
            <input type="text" id={id.clone()} data-field={path}
                aria-describedby={described} value={props.value.clone()} {oninput} />
        }
    };
    html! {
        <div class="field">
            <label for={id}>{ props.label.clone() }</label>
            if let (Some(help), Some(help_id)) = (&props.help, &help_id) {
                <p class="help" id={help_id.clone()}>{ help.clone() }</p>
            }
            { control }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub field: Field,
    pub label: AttrValue,
    /// The value in the proposal.
    pub value: Option<Decimal>,
    /// What the user typed, if anything since the last load.
    pub raw: Option<RawText>,
    /// A computed remark shown under the field (`Uren × tarief = € 1.500`).
    #[prop_or_default]
    pub remark: Option<AttrValue>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let id = props.field.dom_id();
    let path = props.field.path();
    let kind = props.field.number_kind().unwrap_or(NumberKind::Quantity);
    let text = match &props.raw {
        Some(raw) => raw.text.clone(),
        None => props.value.map(edit_text).unwrap_or_default(),
    };
    let (error, note) = match props.raw.as_ref().map(|raw| &raw.outcome) {
        Some(Err(error)) => (Some(error.text(props.lang).to_string()), None),
        Some(Ok(Some(note))) => (None, Some(note.text(props.lang))),
        _ => (None, None),
    };
    let error_id = error.as_ref().map(|_| format!("error-{id}"));
    let note_id = note.as_ref().map(|_| format!("note-{id}"));
    let remark_id = props.remark.as_ref().map(|_| format!("remark-{id}"));
    let described = describedby(&[error_id.clone(), note_id.clone(), remark_id.clone()]);
    let oninput = {
        let dispatch = props.dispatch.clone();
        let field = props.field.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Msg::Input(field.clone(), input.value()));
        })
    };
    let inputmode = match kind {
        NumberKind::Whole => "numeric",
        NumberKind::Money | NumberKind::Quantity => "decimal",
    };
    let class = classes!("field", "number", error.is_some().then_some("invalid"));
    html! {
        <div {class}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input type="text" id={id.clone()} data-field={path.clone()} {inputmode}
                autocomplete="off" value={text}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described} {oninput} />
            <div class="field-messages" aria-live="polite">
                if let (Some(error), Some(error_id)) = (error, error_id) {
                    <p class="field-error" id={error_id} data-field-error={path.clone()}>
                        <span aria-hidden="true">{ "⚠ " }</span>{ error }
                    </p>
                }
                if let (Some(note), Some(note_id)) = (note, note_id) {
                    <p class="field-note" id={note_id} data-field-note={path.clone()}>{ note }</p>
                }
            </div>
            if let (Some(remark), Some(remark_id)) = (&props.remark, remark_id) {
                <p class="field-remark" id={remark_id}>{ remark.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub field: Field,
    pub label: AttrValue,
    /// `(id, label)` of each option, in order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: Option<AttrValue>,
    /// The text of an empty first option, for a field that may be empty.
    #[prop_or_default]
    pub empty: Option<AttrValue>,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let id = props.field.dom_id();
    let onchange = {
        let dispatch = props.dispatch.clone();
        let field = props.field.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            dispatch.dispatch(Msg::Input(field.clone(), select.value()));
        })
    };
    let selected = props.selected.clone().unwrap_or_default();
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select id={id} data-field={props.field.path()} {onchange}>
                if let Some(empty) = &props.empty {
                    <option value="" selected={selected.is_empty()}>{ empty.clone() }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == selected}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    pub field: Field,
    pub label: AttrValue,
    pub checked: bool,
    /// The `value` of a checkbox in a group (`high_tech`, a partner id).
    #[prop_or_default]
    pub value: Option<AttrValue>,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn CheckField(props: &CheckFieldProps) -> Html {
    let id = props.field.dom_id();
    let onchange = {
        let dispatch = props.dispatch.clone();
        let field = props.field.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Msg::Check(field.clone(), input.checked()));
        })
    };
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} data-field={props.field.path()}
                value={props.value.clone()} checked={props.checked} {onchange} />
            <label for={id}>{ props.label.clone() }</label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RowToolsProps {
    pub list: List,
    pub index: usize,
    pub len: usize,
    /// How the row is called, for the buttons' accessible names.
    pub row_label: AttrValue,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// Up, down and remove buttons of one row.
#[function_component]
pub fn RowTools(props: &RowToolsProps) -> Html {
    let texts = ui(props.lang);
    let row = props.list.row_path(props.index);
    let (list, index) = (props.list, props.index);
    let send = |msg: fn(List, usize) -> Msg| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(msg(list, index)))
    };
    let up_label = (texts.move_up)(&props.row_label);
    let down_label = (texts.move_down)(&props.row_label);
    let remove_label = (texts.remove)(&props.row_label);
    html! {
        <div class="row-tools">
            <button type="button" class="icon-button" id={format!("move-up-{row}")}
                data-move-up={row.clone()} aria-label={up_label.clone()} title={up_label}
                disabled={index == 0}
                onclick={send(|l, i| Msg::Move(l, i, Direction::Up))}>
                <span aria-hidden="true">{ "↑" }</span>
            </button>
            <button type="button" class="icon-button" id={format!("move-down-{row}")}
                data-move-down={row.clone()} aria-label={down_label.clone()} title={down_label}
                disabled={index + 1 >= props.len}
                onclick={send(|l, i| Msg::Move(l, i, Direction::Down))}>
                <span aria-hidden="true">{ "↓" }</span>
            </button>
            <button type="button" class="icon-button remove" id={format!("remove-{row}")}
                data-remove={row} aria-label={remove_label.clone()} title={remove_label}
                onclick={send(Msg::Remove)}>
                <span aria-hidden="true">{ "✕" }</span>
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfirmRemovalProps {
    pub list: List,
    pub index: usize,
    pub question: AttrValue,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// The inline question before removing a row others point at.
#[function_component]
pub fn ConfirmRemoval(props: &ConfirmRemovalProps) -> Html {
    let texts = ui(props.lang);
    let row = props.list.row_path(props.index);
    let question_id = format!("confirm-question-{row}");
    let confirm = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Msg::ConfirmRemove))
    };
    let cancel = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Msg::CancelRemove))
    };
    // Escape answers "no", as in a dialog.
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                dispatch.dispatch(Msg::CancelRemove);
            }
        })
    };
    html! {
        <div class="confirm" role="group" aria-labelledby={question_id.clone()} {onkeydown}>
            <p id={question_id}>{ props.question.clone() }</p>
            <button type="button" class="danger" id={format!("confirm-remove-{row}")}
                data-confirm-remove={row.clone()} onclick={confirm}>{ texts.confirm_yes }</button>
            <button type="button" data-cancel-remove={row} onclick={cancel}>{ texts.confirm_no }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddButtonProps {
    pub list: List,
    pub label: AttrValue,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn AddButton(props: &AddButtonProps) -> Html {
    let list = props.list;
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Msg::Add(list)))
    };
    let path = list.path();
    html! {
        <button type="button" class="add" id={format!("add-{path}")} data-add={path} {onclick}>
            <span aria-hidden="true">{ "+ " }</span>{ props.label.clone() }
        </button>
    }
}

/// `(id, label)` pairs for a select of an engine enum.
pub fn options<T: Copy>(
    all: &[T],
    id: fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(AttrValue, AttrValue)> {
    all.iter()
        .map(|&item| (AttrValue::from(id(item)), AttrValue::from(label(item))))
        .collect()
}
