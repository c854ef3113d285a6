//! The browser app (feature `web`): a Yew single-page app that runs the
//! whole engine in the browser and judges the plan on every keystroke.
//!
//! ```text
//! App ── use_reducer(session::State) ◀── Dispatch (state.rs: Msg + time)
//!  ├─ plan_bar / tools / print_summary (saving.rs): saved plans, export,
//!  │    share, CSV, print (the last share link is in the state too)
//!  ├─ start_panel (app.rs): examples, import, undo
//!  ├─ CentreSection (centre.rs)
//!  ├─ partners_section (partners.rs) ── PartnerRow ── contribution rows
//!  │    └─ paste_tools, paste_panel (paste.rs): rows from a spreadsheet
//!  ├─ budget_section, activities_section, impact_section (plans.rs)
//!  │    └─ BudgetRow, ActivityRow, ImpactRow, Pager (pager.rs)
//!  ├─ result_panel (results.rs): verdict, C1..C6, finding links
//!  ├─ money_panel (money.rs): chart, figures
//!  ├─ Norms (results.rs): the profile's thresholds, quotes, basis
//!  └─ footer (footer.rs): privacy and accessibility in short, the wipe
//! fields.rs: the form controls every row uses (text, number, select,
//!   checkbox), each sending a `session::Msg` up through one listener type;
//!   row tools, add buttons and other markup that holds no typing are
//!   written as HTML text (`fields::raw`), their clicks read by their
//!   `data-` attributes in `app::act`, one listener per part of the page.
//! text::ui: the UI's labels per language; browser.rs + browser.js: the
//!   browser's storage, files, clipboard, timers, listeners and focus;
//!   dom.rs: the focus by a field's path.
//! ```
//!
//! The `CamelCase` pieces (a row, a pager, the centre section, the norms)
//! are where re-rendering stops: each is a struct of its data rendered
//! through `memo` (memo.rs), and one whose data did not change is skipped.
//! They share the one `Memo` component, as Yew copies its machinery into
//! the download for every component type. Everything else is a function
//! returning `Html`, which costs nothing beyond its own markup. Long lists
//! show a page of rows at a time (`engine::edit::PAGE_SIZE`).
//!
//! What the form does lives in `crate::session` (pure, tested natively);
//! this module only renders the session's state and sends it messages.
//!
//! The attributes tests rely on are listed in `docs/ui-contract.md`.

pub mod app;
pub mod browser;
pub mod centre;
pub mod dom;
pub mod fields;
pub mod footer;
pub mod markup;
pub mod memo;
pub mod money;
pub mod pager;
pub mod partners;
pub mod paste;
pub mod plans;
pub mod results;
pub mod saving;
pub mod state;

pub use app::{App, AppProps};

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// A path in an attribute (`data-field`, `data-row`, `data-pager`) is its
/// text form, exactly as `docs/ui-contract.md` names it.
impl yew::html::IntoPropValue<Option<yew::AttrValue>> for crate::engine::path::Path {
    fn into_prop_value(self) -> Option<yew::AttrValue> {
        Some(self.to_string().into())
    }
}
