//! The page's footer, on its own page and embedded: privacy and
//! accessibility in short (the full statements are docs/privacy.md and
//! docs/accessibility.md), and the button that erases everything the app
//! keeps in this browser, after a question that offers the download of
//! every plan first.

use yew::prelude::*;

use super::browser;
use super::state::Dispatch;
use crate::formats::storage;
use crate::session::{Msg, State};
use crate::text::ui::ui;

/// `wipe` erases, once the user said yes (app.rs: it needs the storage).
pub fn footer(state: &State, wipe: Callback<MouseEvent>, dispatch: &Dispatch) -> Html {
    let texts = ui(state.lang);
    let download = {
        let plans = state.plans.clone();
        Callback::from(move |_: MouseEvent| {
            let text = storage::serialise(&plans);
            browser::download(ui(plans.lang).all_plans_file, &text, "application/json");
        })
    };
    let asked = state.wipe_asked;
    html! {
        <footer class="site-footer">
            <section class="section">
                <h2>{ texts.privacy_heading }</h2>
                <p>{ texts.privacy }</p>
                <button type="button" id="wipe" data-wipe="" aria-expanded={if asked { "true" } else { "false" }}
                    onclick={dispatch.on(if asked { Msg::CancelWipe } else { Msg::AskWipe })}>{ texts.wipe }</button>
                if asked {
                    <div class="confirm" role="group" aria-labelledby="wipe-question">
                        <p id="wipe-question">{ (texts.wipe_question)(state.plans.plans().len()) }</p>
                        <button type="button" id="wipe-download" data-wipe-download=""
                            onclick={download}>{ texts.wipe_download }</button>
                        <button type="button" class="danger" data-wipe-confirm=""
                            onclick={wipe}>{ texts.wipe_confirm }</button>
                        <button type="button" data-wipe-cancel=""
                            onclick={dispatch.on(Msg::CancelWipe)}>{ texts.confirm_no }</button>
                    </div>
                }
                <p role="status" data-wiped={state.wiped.then_some("")}>
                    { if state.wiped { texts.wiped } else { "" } }
                </p>
            </section>
            <section class="section">
                <h2>{ texts.accessibility_heading }</h2>
                <p>{ texts.accessibility }</p>
            </section>
        </footer>
    }
}
