//! The app: header, start panel (saved plans, examples, import), the form
//! sections, and the results beside them (wide screens) or below them
//! (narrow screens).
//!
//! At start it opens the plans kept in local storage and saves after every
//! change; it opens a share link in the address (`#p1=…`); with `?embed` it
//! leaves out its header and reports its height to the host page, and with
//! `host=<origin>` as well it takes proposals from that page and, when
//! asked, tells it the verdict (docs/embed.md).

use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::{self, Call, Store};
use super::centre::CentreSection;
use super::dom;
use super::fields::{escaped, label_for, list_at, raw, row_label, RemovedFrom};
use super::footer::footer;
use super::markup::Esc;
use super::memo::memo;
use super::money::money_panel;
use super::partners::{partners_section, raw_under};
use super::plans::{activities_section, budget_section, impact_section};
use super::results::{result_panel, summary_bar, Norms};
use super::saving::{file_stem, plan_bar, print_summary, print_tables, tools};
use super::state::Dispatch;
use crate::engine::edit::{Direction, List};
use crate::engine::model::Proposal;
use crate::engine::path::Path;
use crate::engine::problem::Problem;
use crate::engine::report::Report;
use crate::formats::csv_export::{file_name, table_csv, Table};
use crate::formats::proposal_file::{read_proposal, write_proposal};
use crate::formats::share_link::{
    self, compact_json, fragment_from_compressed, link_with_fragment, DecodeError, MAX_DECOMPRESSED,
};
use crate::formats::storage::{
    self, Autosave, Heard, Incoming, SaveError, SaveJob, Saved, SavedPlans,
};
use crate::formats::theme;
use crate::session::{Example, FocusRequest, FocusTarget, Msg, Notice, State, TakeBack};
use crate::text::catalogue::{read_error, Lang};
use crate::text::ui::{ui, UiTexts};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A plan to start from instead of the empty form (the
    /// server-rendering tests: the page fetches its examples when picked).
    #[prop_or_default]
    pub start: Option<Rc<Proposal>>,
    #[prop_or_default]
    pub lang: Lang,
}

/// Where the plans are kept, and the one writer of the main key.
struct Session {
    store: Store,
    autosave: Autosave,
    /// The plans read at start, until the state takes them.
    plans: Option<SavedPlans>,
    notice: Option<storage::Notice>,
    /// Plans changed since the last save.
    unsaved: Option<Rc<SavedPlans>>,
    /// The routine save of `unsaved` under way, made in the page's idle
    /// moments; dropped when the plans change again.
    job: Option<SaveJob>,
    /// What the last save gave.
    save_error: Option<SaveError>,
    /// The plan shown and its language, for the tables made when the page
    /// is about to print and the host's messages.
    shown: (Rc<Proposal>, Lang),
    /// Embedded or not, and the host page that may talk to this one
    /// (embed mode only).
    page: (bool, Option<String>),
    /// The language `<html lang>` and `today` are in, once set.
    lang_shown: Option<Lang>,
    /// Today's date in that language, for the print header: asking the
    /// browser costs more than the header it goes in.
    today: String,
    /// The verdict and statuses the host page was last told.
    verdict_sent: Option<(&'static str, String)>,
    /// The state's count of changes to save when last rendered.
    saves_seen: Option<u64>,
    /// The page's listeners are set up (at the first render).
    started: bool,
    /// Runs the save (`save`), made at the first render: kept here rather
    /// than in a hook of its own, whose machinery the download would copy.
    later: Option<browser::Later>,
    /// The state's focus request last carried out.
    focus_seen: Option<FocusRequest>,
}

/// How long after the last change the plans are saved. Writing every plan
/// to local storage on every keystroke would cost a large plan a frame or
/// more each time; a hidden or closed page saves at once.
const SAVE_DELAY_MS: u32 = 500;
/// How long one piece of the routine save may hold the page: writing a
/// large plan (2,000 partners, 20,000 lines) at once took about 60 ms.
const SAVE_PIECE_MS: u64 = 6;

/// A proposal the host page sent: read as an imported file is, so it comes
/// in as a new plan with undo, or is refused with the same path and reason
/// (in the page's language), which go back to the host.
fn open_from_host(origin: &str, text: Option<String>, lang: Lang, dispatch: &Dispatch) {
    let read = text.as_deref().map(read_proposal);
    match read {
        Some(Ok(proposal)) => {
            dispatch.dispatch(Msg::FromHost {
                origin: origin.into(),
                proposal,
            });
            browser::host_opened();
        }
        Some(Err(error)) => {
            browser::host_refused(&error.path, &lang.texts().problem(&error.problem))
        }
        None => browser::host_refused("", &lang.texts().problem(&Problem::NotAProposal)),
    }
}

/// The verdict and the statuses as the host hears them: never the plan.
fn judgement(report: &Report) -> (&'static str, String) {
    let statuses: Vec<String> = report
        .criteria
        .iter()
        .map(|c| format!("{}:{}", c.id.id(), c.status.id()))
        .collect();
    (report.verdict.id(), statuses.join(" "))
}

/// Gives the page the host's colours (`formats::theme`), from the address
/// or a `theme` message (`answer`: say what came of it to the host).
fn apply_theme(settings: &str, answer: bool) {
    let themed = theme::read(settings);
    browser::apply_theme(&themed.css, &themed.refused, answer);
}

/// What a save or another tab's change asks of the page.
fn after_save(result: Result<Saved, SaveError>) -> Option<Msg> {
    match result {
        Ok(Saved::Merged(other)) => Some(Msg::OtherTab(Rc::new(other))),
        Ok(Saved::Wiped(plans)) => Some(Msg::Wiped {
            plans: Rc::new(plans),
            here: false,
        }),
        _ => None,
    }
}

/// Opens a share fragment: the browser inflates, the engine reads.
async fn open_shared(fragment: &str) -> Result<Proposal, DecodeError> {
    let compressed = share_link::compressed_from_fragment(fragment)?;
    let bytes = browser::inflate(&compressed, MAX_DECOMPRESSED)
        .await
        .map_err(|error| match error {
            browser::InflateError::TooLarge => DecodeError::TooLarge,
            browser::InflateError::Bad => DecodeError::BadCompression,
        })?;
    share_link::proposal_from_decompressed(bytes)
}

/// One step of the save (see `App`): returns whether there is more to do.
fn save(call: Call, session: &RefCell<Session>, dispatch: &Dispatch) -> bool {
    let (merged, error) = {
        let Session {
            store,
            autosave,
            unsaved,
            job,
            save_error: last,
            ..
        } = &mut *session.borrow_mut();
        let result = match call {
            Call::Now => {
                *job = None;
                let Some(plans) = unsaved.take() else {
                    return false;
                };
                autosave.save(store, &plans, browser::now())
            }
            Call::Due | Call::More => {
                let first = call == Call::Due && job.is_none();
                if first {
                    let Some(plans) = unsaved.as_deref() else {
                        return false;
                    };
                    *job = Some(SaveJob::new(plans));
                }
                let Some(work) = job.as_mut() else {
                    return false;
                };
                if !work.done() {
                    let until = browser::now() + SAVE_PIECE_MS;
                    while !work.step() && browser::now() < until {}
                    // A plan that took more than one piece is
                    // written in an idle moment of its own; a
                    // small one at once, as it always was.
                    if !(first && work.done()) {
                        return true;
                    }
                }
                let work = job.take().expect("a save under way");
                *unsaved = None;
                autosave.finish(store, work, browser::now())
            }
        };
        let error = result.as_ref().err().cloned();
        // Told only when it changed: a render per save is
        // what the pieces avoid.
        let changed = (*last != error).then(|| {
            last.clone_from(&error);
            error
        });
        (after_save(result), changed)
    };
    // Outside the borrow, as a dispatch may render at once.
    if let Some(error) = error {
        dispatch.dispatch(Msg::SaveResult(error));
    }
    // Another tab had saved: what was written is the merge;
    // the state merges the same. Or it had wiped everything:
    // nothing was written, and this tab starts afresh too.
    if let Some(msg) = merged {
        dispatch.dispatch(msg);
    }
    false
}

/// Set up once, at the first render: the host page's messages, another
/// tab's saves, share links, printing.
fn set_up(
    session: &Rc<RefCell<Session>>,
    dispatch: &Dispatch,
    host: Option<String>,
    embedded: bool,
    lang: Lang,
) {
    let (session, dispatch) = (session.clone(), dispatch.clone());
    let printing = session.clone();
    let print = move || {
        let (proposal, lang) = &printing.borrow().shown;
        browser::set_html("print-tables", &print_tables(proposal, *lang));
    };
    // The host's colours in the address (embed mode only).
    let settings = browser::theme_query();
    if embedded && !settings.is_empty() {
        apply_theme(&settings, false);
    }
    if let Some(origin) = host {
        let (from, open, wanted) = (origin.clone(), dispatch.clone(), dispatch.clone());
        // A refusal speaks the language of the moment.
        let shown = session.clone();
        browser::listen_to_host(
            &origin,
            move |text| open_from_host(&from, text, shown.borrow().shown.1, &open),
            move || wanted.dispatch(Msg::VerdictWanted),
            |settings: String| apply_theme(&settings, true),
        );
    }
    // Another tab saved: merge its plans in at once, so this tab
    // shows them and its own next save builds on them. Another tab
    // wiped: start afresh, and forget the save that was waiting.
    let other_tab = dispatch.clone();
    let stored = move || {
        let heard = {
            let Session {
                store,
                autosave,
                unsaved,
                job,
                ..
            } = &mut *session.borrow_mut();
            let heard = autosave.check(store, lang, browser::now());
            if let Some(Heard::Wiped(_)) = heard {
                (*unsaved, *job) = (None, None);
            }
            heard
        };
        other_tab.dispatch(match heard {
            Some(Heard::Saved(other)) => Msg::OtherTab(Rc::new(other)),
            Some(Heard::Wiped(plans)) => Msg::Wiped {
                plans: Rc::new(plans),
                here: false,
            },
            None => return,
        });
    };
    // A share link in the address, now or later (pasted into this tab).
    let open = move |fragment: String| {
        if !share_link::is_share_fragment(&fragment) {
            return;
        }
        let dispatch = dispatch.clone();
        browser::spawn(Box::pin(async move {
            let result = open_shared(&fragment).await;
            browser::clear_hash();
            dispatch.dispatch(Msg::Shared(result));
        }));
    };
    open(browser::watch(
        storage::STORAGE_KEY,
        open.clone(),
        stored,
        print,
    ));
    if embedded {
        browser::report_height();
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let session = use_mut_ref(|| {
        let mut store = Store::open();
        // `?lang=` chooses the language of a first visit (an embedding page
        // does); after that the saved choice wins, so a reload keeps it.
        let lang = browser::query("lang")
            .and_then(|id| Lang::from_id(&id))
            .unwrap_or(props.lang);
        let opened = storage::open(&mut store, lang, browser::now());
        Session {
            store,
            autosave: opened.autosave,
            plans: Some(opened.plans),
            notice: opened.notice,
            unsaved: None,
            job: None,
            save_error: None,
            shown: (Rc::default(), lang),
            page: (browser::embedded(), browser::host_origin()),
            lang_shown: None,
            today: String::new(),
            verdict_sent: None,
            saves_seen: None,
            started: false,
            later: None,
            focus_seen: None,
        }
    });
    let state = {
        let (start, session) = (props.start.clone(), session.clone());
        use_reducer(move || {
            let mut session = session.borrow_mut();
            let mut plans = session.plans.take().expect("opened once");
            if let Some(proposal) = start {
                plans.update_active(proposal, browser::now());
            }
            let mut state = State::with_plans(plans);
            state.storage_notice = session.notice.take();
            state
        })
    };
    let dispatch = Dispatch::new(state.dispatcher());
    let lang = state.lang;
    let texts = ui(lang);
    // What follows the state outside the page Yew renders, done while
    // rendering rather than in effects (each effect or memo is a copy of
    // Yew's hook machinery in the download): `<html lang>`, the date of
    // the print header, and the host page's verdict once it asked, again
    // whenever it changes.
    let (embedded, host, today) = {
        let mut guard = session.borrow_mut();
        let session = &mut *guard;
        session.shown = (state.proposal.clone(), lang);
        if session.lang_shown != Some(lang) {
            session.lang_shown = Some(lang);
            #[cfg(target_arch = "wasm32")]
            browser::set_lang(lang.id());
            session.today = browser::today(lang.id());
        }
        // Worked out only once asked: not on every keystroke of a page
        // that nobody is told about.
        if state.verdict_wanted {
            let verdict = judgement(&state.report);
            if session.verdict_sent.as_ref() != Some(&verdict) {
                browser::host_verdict(verdict.0, &verdict.1);
                session.verdict_sent = Some(verdict);
            }
        }
        (
            session.page.0,
            session.page.1.clone(),
            session.today.clone(),
        )
    };
    // Every change of the plans (edits, plan actions, language) is saved:
    // at start at once, later a moment after the last change, a piece at a
    // time in the page's idle moments; all at once when the page is hidden
    // or left (`save`). Followed while rendering, as the rest above.
    let started = {
        let mut guard = session.borrow_mut();
        let Session {
            later,
            saves_seen,
            unsaved,
            job,
            started,
            ..
        } = &mut *guard;
        // It holds the session weakly, as the session holds it.
        let later = later.get_or_insert_with(|| {
            let (session, dispatch) = (Rc::downgrade(&session), dispatch.clone());
            browser::Later::new(move |call| {
                session
                    .upgrade()
                    .is_some_and(|session| save(call, &session, &dispatch))
            })
        });
        if *saves_seen != Some(state.saves) {
            *saves_seen = Some(state.saves);
            *unsaved = Some(state.plans.clone());
            // A save under way writes plans that are out of date now.
            *job = None;
            later.request(if state.saves == 0 { 0 } else { SAVE_DELAY_MS });
        }
        std::mem::replace(started, true)
    };
    if !started {
        set_up(&session, &dispatch, host.clone(), embedded, lang);
    }
    // A new focus request is carried out once the page shows what it
    // names: in a task queued now, which runs after Yew's renders of this
    // update (an effect hook would be one more copy of its machinery).
    let focus = {
        let focus_seen = &mut session.borrow_mut().focus_seen;
        (*focus_seen != state.focus).then(|| {
            focus_seen.clone_from(&state.focus);
            state.focus.clone()
        })
    };
    if let Some(Some(request)) = focus {
        browser::spawn(Box::pin(async move {
            match &request.target {
                FocusTarget::Field(path) => dom::focus_path(path),
                FocusTarget::Element(id) => {
                    browser::focus(id);
                }
            }
        }));
    }

    let proposal = state.proposal.clone();
    let pages = state.pages.clone();
    let paste = state.paste.as_ref();
    let title = state.plans.active().title(lang);
    // A removed row that can come back, and what its notice says:
    // "Partner 3 ‘Saxion’ is verwijderd, met 2 bijdragen."
    let removed = RemovedFrom(state.undo.as_ref().and_then(|offer| match &offer.notice {
        Notice::Removed {
            list,
            index,
            name,
            contents,
        } => {
            let mut row = row_label(*list, *index, lang);
            if !name.is_empty() {
                row = format!("{row} ‘{name}’");
            }
            Some((*list, (texts.removed)(&row, *contents)))
        }
        _ => None,
    }));
    // The one listener of the header, the form column and the footer for
    // their buttons and the start panel's controls (see `act`).
    let on_change = {
        let (state, session, dispatch) = (state.clone(), session.clone(), dispatch.clone());
        Callback::from(move |e: Event| act(e, &state, &session, &dispatch))
    };
    let on_click = on_change.reform(Event::from);
    html! {
        <>
            { raw(format!("<a class=\"skip-link\" href=\"#results\">{}</a>", texts.skip_to_results)) }
            if embedded {
                <div class="embed-bar">
                    if let Some(origin) = host.as_ref() {
                        <div class="host-status" role="status">
                            if state.verdict_wanted {
                                { raw(format!(
                                    "<p class=\"host-notice\" data-host-notice=\"{}\">{} \
                                     <span class=\"host-recipient\">{}</span></p>",
                                    Esc(origin),
                                    texts.host_verdict_notice,
                                    Esc(&(texts.host_recipient)(origin))
                                )) }
                            }
                        </div>
                    }
                    { language_switch(lang, &on_click) }
                </div>
            } else {
                <header class="site-header">
                    <div class="header-inner">
                        { raw(format!(
                            "<div class=\"brand\"><h1>{}</h1><p class=\"tagline\">{}</p></div>",
                            texts.app_title, texts.tagline
                        )) }
                        { language_switch(lang, &on_click) }
                    </div>
                    { raw(format!("<p class=\"header-disclaimer\">{}</p>", texts.disclaimer)) }
                </header>
            }
            { summary_bar(&state.report, lang) }
            { raw(print_summary(&title, &proposal, &today, lang)) }
            <div class="layout">
                <main class="form-column" aria-labelledby="heading-form"
                    onclick={on_click.clone()} onanimationstart={on_change.reform(Event::from)}
                    onchange={on_change}>
                    { raw(format!("<h2 id=\"heading-form\" class=\"visually-hidden\">{}</h2>", texts.form_heading)) }
                    if let Some(notice) = &state.storage_notice {
                        { super::saving::storage_notice(notice, lang) }
                    }
                    { start_panel(&state, &title, &removed) }
                    { tools(state.current_link(), lang) }
                    { memo(CentreSection { centre: proposal.centre.clone(), raw: raw_under(&state.raw, &Path::of("centre")),
                        pages: pages.clone(), removed: removed.only(List::Alliances), lang, dispatch: dispatch.clone() }) }
                    { partners_section(&proposal, &state.raw, state.pending_removal, &pages, state.rows_later, &removed, paste, lang, &dispatch) }
                    { activities_section(&proposal, &state.raw, state.pending_removal, &pages, state.rows_later, &removed, paste, lang, &dispatch) }
                    { budget_section(&proposal, &state.raw, &pages, state.rows_later, &removed, paste, lang, &dispatch) }
                    { impact_section(&proposal, &state.raw, &pages, state.rows_later, &removed, paste, lang, &dispatch) }
                    // While added rows come a few at a time: a mark whose
                    // CSS animation starts once the browser has shown the
                    // rows so far, and asks for the next (as the paste
                    // panel's reading does, `data-paste-step`).
                    if let Some((_, from)) = state.rows_later {
                        { raw(format!("<i data-rows-step=\"{from}\"></i>")) }
                    }
                </main>
                <aside class="results-column" id="results" tabindex="0"
                    aria-label={texts.results_heading}>
                    { result_panel(&state.report, state.revision, &pages, lang, &dispatch) }
                    { money_panel(&state.report, &proposal, &pages, lang, &dispatch) }
                    // Filled when the page is about to print (see above); text
                    // that never changes, so Yew leaves it alone.
                    { raw("<div class=\"print-only print-tables\" id=\"print-tables\" data-print-tables=\"\"></div>".into()) }
                    { memo(Norms { lang }) }
                </aside>
            </div>
            { footer(&state, on_click) }
        </>
    }
}

/// What a click or a change in the header, the form column or the footer
/// asks for, by the `data-` attribute of the control it came from (the
/// attributes of docs/ui-contract.md): one listener for each of those
/// parts, instead of one per button, each of which cost the download its
/// own code. A click inside a button (on its icon) is the button's.
fn act(event: Event, state: &State, session: &Rc<RefCell<Session>>, dispatch: &Dispatch) {
    // `name=value` of the control's first `data-` attribute (browser.js).
    let Some(action) = browser::action(&event) else {
        return;
    };
    let (name, value) = action.split_once('=').unwrap_or_default();
    let lang = state.lang;
    // A change's control: a select's or a text field's value is `value`.
    let control = || {
        event
            .target()
            .map(|t| t.unchecked_into::<HtmlInputElement>())
    };
    let value_of = || control().map(|input| input.value()).unwrap_or_default();
    // A row's or a list's button: the list and row its path names.
    let row = || list_at(value);
    let proposal = &state.proposal;
    let msg = match name {
        "plan-list" => Some(Msg::SwitchPlan { id: value_of() }),
        "plan-name" => Some(Msg::RenamePlan { name: value_of() }),
        "add" => row().map(|(list, _)| Msg::Add { list }),
        "remove" => row().and_then(|(list, index)| {
            Some(Msg::Remove {
                list,
                index: index?,
            })
        }),
        "move-up" | "move-down" => row().and_then(|(list, index)| {
            Some(Msg::Move {
                list,
                index: index?,
                direction: if name == "move-up" {
                    Direction::Up
                } else {
                    Direction::Down
                },
            })
        }),
        // Opens the list's paste panel, or closes it (session::Msg::PasteOpen).
        "paste" => row().map(|(list, _)| Msg::PasteOpen(list)),
        "lang-switch" => Lang::from_id(value).map(Msg::SetLang),
        "load-example" => Example::from_id(value).and_then(|example| {
            let Some(address) = example.address() else {
                return Some(Msg::LoadExample(example, None));
            };
            // Busy until its file comes (a second click meanwhile waits for
            // the same): the file is not in the download, it is fetched from
            // the page's own origin when picked.
            let button = control()?.closest("button").ok()??;
            if button.has_attribute("aria-busy") {
                return None;
            }
            let _ = button.set_attribute("aria-busy", "true");
            let dispatch = dispatch.clone();
            browser::read_then(
                String::new(),
                address.into(),
                Box::new(move |_, file| {
                    let _ = button.remove_attribute("aria-busy");
                    dispatch.dispatch(Msg::LoadExample(example, file));
                }),
            );
            None
        }),
        "plan-action" => Some(match value {
            "new" => Msg::NewPlan,
            "duplicate" => Msg::DuplicatePlan,
            _ => Msg::DeletePlan,
        }),
        "undo" => Some(Msg::Undo),
        "confirm-remove" => Some(Msg::ConfirmRemove),
        "cancel-remove" => Some(Msg::CancelRemove),
        "wipe" if !state.wipe_asked => Some(Msg::AskWipe),
        "wipe" | "wipe-cancel" => Some(Msg::CancelWipe),
        "storage-close" => Some(Msg::CloseStorageNotice),
        "rows-step" => Some(Msg::MoreRows),
        _ => None,
    };
    if let Some(msg) = msg {
        dispatch.dispatch(msg);
        return;
    }
    match name {
        "import" if value == "proposal" => {
            let (Some(input), dispatch) = (control(), dispatch.clone()) else {
                return;
            };
            browser::read_chosen(
                &input,
                Box::new(move |file_name, bytes| {
                    dispatch.dispatch(match bytes {
                        Some(bytes) => Msg::Import { file_name, bytes },
                        None => Msg::ImportNotText { file_name },
                    })
                }),
            );
        }
        "export" | "save-error-export" => {
            let name = format!("{}.json", file_stem(&state.plans.active().title(lang)));
            browser::download(&name, &write_proposal(proposal), "application/json");
        }
        "csv" => {
            let table = if value == "budget" {
                Table::Budget
            } else {
                Table::Cofinancing
            };
            if let Ok(text) = table_csv(table, proposal, lang) {
                let name = file_name(table, proposal, lang);
                browser::download(&name, &text, "text/csv;charset=utf-8");
            }
        }
        "print" => browser::print(),
        "share" => {
            let (proposal, revision, dispatch) =
                (proposal.clone(), state.revision, dispatch.clone());
            browser::spawn(Box::pin(async move {
                let compressed = browser::deflate(compact_json(&proposal).as_bytes()).await;
                let link = compressed.map(|bytes| {
                    link_with_fragment(&browser::share_base(), &fragment_from_compressed(&bytes))
                });
                dispatch.dispatch(Msg::LinkMade { revision, link });
            }));
        }
        "copy-link" => {
            let dispatch = dispatch.clone();
            browser::spawn(Box::pin(async move {
                let copied = browser::copy_from("share-link").await;
                dispatch.dispatch(Msg::LinkCopied(copied));
            }));
        }
        "download-unreadable" => {
            if let Some(
                storage::Notice::KeptAside {
                    download_name, raw, ..
                }
                | storage::Notice::CouldNotKeepAside {
                    download_name, raw, ..
                },
            ) = &state.storage_notice
            {
                browser::download(download_name, raw, "text/plain");
            }
        }
        "wipe-download" => {
            let text = storage::serialise(&state.plans);
            browser::download(ui(lang).all_plans_file, &text, "application/json");
        }
        "wipe-confirm" => {
            // Every key of the app goes, the save that was waiting too, and
            // the page starts afresh (docs/privacy.md).
            let plans = {
                let Session {
                    store,
                    autosave,
                    unsaved,
                    job,
                    save_error,
                    ..
                } = &mut *session.borrow_mut();
                (*unsaved, *job, *save_error) = (None, None, None);
                autosave.wipe(store, lang, browser::now())
            };
            dispatch.dispatch(Msg::Wiped {
                plans: Rc::new(plans),
                here: true,
            });
        }
        _ => {}
    }
}

/// The language buttons; their clicks are `on_click` (`act`).
fn language_switch(current: Lang, on_click: &Callback<MouseEvent>) -> Html {
    let texts = ui(current);
    html! {
        <div class="lang-switch" role="group" aria-label={texts.language} onclick={on_click.clone()}>
            { for [(Lang::Nl, "Nederlands"), (Lang::En, "English")].map(|(lang, name)| html! {
                <button type="button" data-lang-switch={lang.id()} lang={lang.id()}
                    aria-pressed={if current == lang { "true" } else { "false" }}>{ name }</button>
            }) }
        </div>
    }
}

fn example_name(texts: &UiTexts, example: Example) -> &'static str {
    match example {
        Example::CivSlimmeMaakindustrie => texts.example_civ,
        Example::Empty => texts.example_empty,
    }
}

/// Saved plans, examples, import, and what came of the last of them.
/// `title` is the open plan's title. What never holds the user's typing is
/// written as text (`fields::raw`); its clicks and changes are `act`'s.
fn start_panel(state: &State, title: &str, removed: &RemovedFrom) -> Html {
    let lang = state.lang;
    let texts = ui(lang);
    // An undo offer outlives the notice that came with it (a deleted plan
    // can come back after other edits).
    let notice = state
        .undo
        .as_ref()
        .map(|offer| &offer.notice)
        .or(state.notice.as_ref());
    let notice = notice.map(|notice| match notice {
        Notice::Example(example) => (texts.loaded_example)(example_name(texts, *example)),
        Notice::Imported(file) => (texts.imported)(file),
        Notice::Deleted(title) => (texts.deleted)(title),
        Notice::Opened(title) => (texts.opened)(title),
        Notice::Shared(Incoming::AsNewPlan) => texts.shared_new.into(),
        Notice::Shared(Incoming::IntoEmptyPlan) => texts.shared_empty.into(),
        Notice::Shared(Incoming::AlreadySaved(_)) => texts.shared_saved.into(),
        Notice::Undone => texts.undone.into(),
        Notice::FromHost(origin) => (texts.host_opened)(origin),
        Notice::WipedElsewhere => texts.wiped_elsewhere.into(),
        Notice::OtherTab(merged) => merged.message(title, lang).unwrap_or_default(),
        // Said beside its list too, with the undo.
        Notice::Removed { .. } => removed
            .0
            .as_ref()
            .map(|r| r.1.to_string())
            .unwrap_or_default(),
        Notice::Pasted(rows) => format!("{}: {rows}", texts.pasted),
    });
    let mut notice = escaped(&notice.unwrap_or_default());
    // A removed row's undo is beside its list (where the focus went).
    if matches!(&state.undo, Some(offer) if matches!(offer.undo, TakeBack::Plans(_))) {
        let _ = write!(
            notice,
            " <button type=\"button\" data-undo=\"\">{}</button>",
            texts.undo
        );
    }
    let mut grid = format!(
        "<div class=\"start-grid\"><div class=\"examples\" role=\"group\" \
         aria-labelledby=\"examples-label\"><p id=\"examples-label\" class=\"label\">{}</p>",
        texts.examples_label
    );
    for example in Example::ALL {
        let _ = write!(
            grid,
            "<button type=\"button\" data-load-example=\"{}\">{}</button>",
            example.id(),
            example_name(texts, *example)
        );
    }
    let _ = write!(
        grid,
        "</div><div class=\"field import\"><label for=\"import-proposal\">{}</label>\
         <p class=\"help\" id=\"help-import\">{}</p><input type=\"file\" id=\"import-proposal\" \
         data-import=\"proposal\" accept=\".json,application/json\" \
         aria-describedby=\"help-import\"></div></div>",
        texts.import_label, texts.import_help
    );
    let mut messages = String::new();
    if let Some(error) = &state.import_error {
        let reason = match &error.error {
            Some(error) => read_error(error, lang),
            None => texts.import_not_text.to_string(),
        };
        let _ = write!(
            messages,
            "<div class=\"import-error\" data-import-error=\"{}\"><p><strong>{}</strong></p>\
             <p class=\"import-reason\">{}</p><p>{}</p></div>",
            Esc(&error.file_name),
            Esc(&(texts.import_failed)(&error.file_name)),
            Esc(&reason),
            texts.import_unchanged
        );
    }
    if state.example_error.is_some() {
        let _ = write!(
            messages,
            "<div class=\"import-error\" data-example-error=\"\"><p><strong>{}</strong></p><p>{}</p></div>",
            texts.example_failed, texts.import_unchanged
        );
    }
    if let Some(error) = &state.share_error {
        let _ = write!(
            messages,
            "<div class=\"import-error\" data-share-error=\"\"><p><strong>{}</strong></p><p>{}</p></div>",
            texts.share_failed,
            Esc(&error.message(lang))
        );
    }
    if let Some(error) = &state.save_error {
        let _ = write!(
            messages,
            "<div class=\"import-error\" data-save-error=\"\"><p>{}</p>\
             <button type=\"button\" data-save-error-export=\"\">{}</button></div>",
            error.message(lang),
            error.export_label(lang)
        );
    }
    html! {
        <section class="start" aria-labelledby="heading-start">
            { raw(format!("<h2 id=\"heading-start\">{}</h2>", texts.start_heading)) }
            // On a phone the panel folds away, so the form starts near the
            // top; this opens it (styles/app.css). Messages stay in sight.
            // An element of its own, so a language switch keeps it open.
            <p class="fold">
                <input type="checkbox" id="show-plans" data-fold="plans" />
                { label_for("show-plans", texts.show_plans) }
            </p>
            { plan_bar(&state.plans, lang) }
            { raw(grid) }
            <div class="start-messages" aria-live="assertive">{ raw(messages) }</div>
            <div class="notice" role="status" data-notice="">{ raw(notice) }</div>
        </section>
    }
}
