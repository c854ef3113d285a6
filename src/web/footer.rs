//! The page's footer, on its own page and embedded: privacy and
//! accessibility in short (the full statements are docs/privacy.md and
//! docs/accessibility.md), and the button that erases everything the app
//! keeps in this browser, after a question that offers the download of
//! every plan first.

use yew::prelude::*;

use super::fields::raw;
use super::markup::Esc;
use crate::session::State;
use crate::text::ui::ui;

/// `on_click` is the app's one listener for buttons (`app::act`): it asks,
/// answers, downloads and erases.
pub fn footer(state: &State, on_click: Callback<MouseEvent>) -> Html {
    let texts = ui(state.lang);
    let asked = state.wipe_asked;
    html! {
        <footer class="site-footer" onclick={on_click}>
            <section class="section">
                { raw(format!("<h2>{}</h2><p>{}</p>", texts.privacy_heading, texts.privacy)) }
                // An element of its own: it keeps the focus while it opens
                // and closes the question.
                <button type="button" id="wipe" data-wipe=""
                    aria-expanded={if asked { "true" } else { "false" }}>{ texts.wipe }</button>
                // The question as text: its buttons' clicks are `app::act`'s.
                { raw(if asked { format!(
                    "<div class=\"confirm\" role=\"group\" aria-labelledby=\"wipe-question\">\
                     <p id=\"wipe-question\">{}</p><button type=\"button\" id=\"wipe-download\" data-wipe-download=\"\">{}</button>\
                     <button type=\"button\" class=\"danger\" data-wipe-confirm=\"\">{}</button>\
                     <button type=\"button\" data-wipe-cancel=\"\">{}</button></div>",
                    Esc(&(texts.wipe_question)(state.plans.plans().len())),
                    texts.wipe_download, texts.wipe_confirm, texts.confirm_no
                ) } else { String::new() }) }
                <p role="status" data-wiped={state.wiped.then_some("")}>
                    { if state.wiped { texts.wiped } else { "" } }
                </p>
            </section>
            { raw(format!(
                "<section class=\"section\"><h2>{}</h2><p>{}</p></section>",
                texts.accessibility_heading, texts.accessibility
            )) }
        </footer>
    }
}
