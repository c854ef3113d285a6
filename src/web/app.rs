//! The app: header, start panel (examples, import), the form sections, and
//! the results beside them (wide screens) or below them (narrow screens).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::centre::CentreSection;
use super::dom;
use super::fields::Dispatch;
use super::money::MoneyPanel;
use super::partners::PartnersSection;
use super::plans::{activity_choices, ActivitiesSection, BudgetSection, ImpactSection};
use super::results::{Norms, ResultPanel, SummaryBar};
use super::state::{Example, ImportError, Msg, Notice, State};
use super::texts::{ui, UiTexts};
use crate::messages::{read_error, Lang};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// An example to start from instead of the empty form.
    #[prop_or_default]
    pub start: Option<Example>,
    #[prop_or_default]
    pub lang: Lang,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (start, lang) = (props.start, props.lang);
        use_reducer(move || {
            let proposal = start.map(Example::proposal).unwrap_or_default();
            State {
                lang,
                ..State::with_proposal(proposal)
            }
        })
    };
    let dispatch = state.dispatcher();
    let lang = state.lang;
    let texts = ui(lang);

    use_effect_with(lang, |lang| dom::set_document_lang(lang.id()));
    use_effect_with(state.focus.clone(), |focus| {
        if let Some(request) = focus {
            dom::focus_element(&request.element_id);
        }
    });

    let proposal = state.proposal.clone();
    html! {
        <>
            <a class="skip-link" href="#results">{ texts.skip_to_results }</a>
            <header class="site-header">
                <div class="header-inner">
                    <div class="brand">
                        <h1>{ texts.app_title }</h1>
                        <p class="tagline">{ texts.tagline }</p>
                    </div>
                    <LanguageSwitch {lang} dispatch={dispatch.clone()} />
                </div>
                <p class="header-disclaimer">{ texts.disclaimer }</p>
            </header>
            <SummaryBar verdict={state.report.verdict} {lang} />
            <div class="layout">
                <main class="form-column" aria-labelledby="heading-form">
                    <h2 id="heading-form" class="visually-hidden">{ texts.form_heading }</h2>
                    <StartPanel import_error={state.import_error.clone()} notice={state.notice.clone()}
                        {lang} dispatch={dispatch.clone()} />
                    <CentreSection centre={proposal.centre.clone()} raw={state.raw.clone()}
                        {lang} dispatch={dispatch.clone()} />
                    <PartnersSection proposal={proposal.clone()} raw={state.raw.clone()}
                        pending_removal={state.pending_removal} {lang} dispatch={dispatch.clone()} />
                    <BudgetSection budget={proposal.budget.clone()}
                        activities={activity_choices(lang, &proposal.activities)}
                        raw={state.raw.clone()} {lang} dispatch={dispatch.clone()} />
                    <ActivitiesSection proposal={proposal.clone()} raw={state.raw.clone()}
                        pending_removal={state.pending_removal} {lang} dispatch={dispatch.clone()} />
                    <ImpactSection impact={proposal.impact.clone()} raw={state.raw.clone()}
                        {lang} dispatch={dispatch.clone()} />
                </main>
                <aside class="results-column" id="results" tabindex="0"
                    aria-label={texts.results_heading}>
                    <ResultPanel report={state.report.clone()} revision={state.revision} {lang} />
                    <MoneyPanel figures={state.report.figures.clone()} proposal={proposal.clone()} {lang} />
                    <Norms {lang} />
                </aside>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LanguageSwitchProps {
    lang: Lang,
    dispatch: Dispatch,
}

#[function_component]
fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let texts = ui(props.lang);
    let button = |lang: Lang, name: &'static str| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(Msg::SetLang(lang)));
        let pressed = if props.lang == lang { "true" } else { "false" };
        html! {
            <button type="button" data-lang-switch={lang.id()} lang={lang.id()}
                aria-pressed={pressed} {onclick}>{ name }</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={texts.language}>
            { button(Lang::Nl, "Nederlands") }
            { button(Lang::En, "English") }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StartPanelProps {
    import_error: Option<ImportError>,
    notice: Option<Notice>,
    lang: Lang,
    dispatch: Dispatch,
}

fn example_name(texts: &UiTexts, example: Example) -> &'static str {
    match example {
        Example::CivSlimmeMaakindustrie => texts.example_civ,
        Example::Empty => texts.example_empty,
    }
}

#[function_component]
fn StartPanel(props: &StartPanelProps) -> Html {
    let texts = ui(props.lang);
    // The reader of the file being imported must live until it reports.
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let file_name = file.name();
            let dispatch = dispatch.clone();
            let task =
                gloo_file::callbacks::read_as_text(&gloo_file::File::from(file), move |result| {
                    match result {
                        Ok(text) => dispatch.dispatch(Msg::Import { file_name, text }),
                        Err(_) => dispatch.dispatch(Msg::ImportNotText { file_name }),
                    }
                });
            *reader.borrow_mut() = Some(task);
            // Choosing the same file again must import it again.
            input.set_value("");
        })
    };
    let notice = props.notice.as_ref().map(|notice| match notice {
        Notice::Example(example) => (texts.loaded_example)(example_name(texts, *example)),
        Notice::Imported(file) => (texts.imported)(file),
    });
    html! {
        <section class="start" aria-labelledby="heading-start">
            <h2 id="heading-start">{ texts.start_heading }</h2>
            <div class="start-grid">
                <div class="examples" role="group" aria-labelledby="examples-label">
                    <p id="examples-label" class="label">{ texts.examples_label }</p>
                    { for Example::ALL.iter().map(|&example| {
                        let dispatch = props.dispatch.clone();
                        let onclick = Callback::from(move |_: MouseEvent| {
                            dispatch.dispatch(Msg::LoadExample(example))
                        });
                        html! {
                            <button type="button" data-load-example={example.id()} {onclick}>
                                { example_name(texts, example) }
                            </button>
                        }
                    }) }
                </div>
                <div class="field import">
                    <label for="import-proposal">{ texts.import_label }</label>
                    <p class="help" id="help-import">{ texts.import_help }</p>
                    <input type="file" id="import-proposal" data-import="proposal"
                        accept=".json,application/json" aria-describedby="help-import" {onchange} />
                </div>
            </div>
            <div class="start-messages" aria-live="assertive">
                if let Some(error) = &props.import_error {
                    <div class="import-error" data-import-error={error.file_name.clone()}>
                        <p><strong>{ (texts.import_failed)(&error.file_name) }</strong></p>
                        <p class="import-reason">{
                            match &error.error {
                                Some(error) => read_error(error, props.lang),
                                None => texts.import_not_text.to_string(),
                            }
                        }</p>
                        <p>{ texts.import_unchanged }</p>
                    </div>
                }
            </div>
            <p class="notice" role="status">{ notice.unwrap_or_default() }</p>
        </section>
    }
}
