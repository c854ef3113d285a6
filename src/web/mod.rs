//! The browser app (feature `web`): a Yew single-page app that runs the
//! whole engine in the browser and judges the plan on every keystroke.
//!
//! ```text
//! App ── state (use_reducer: Proposal + typed texts + Report + pages)
//!  ├─ StartPanel (saved plans, examples, import), Tools (export, share, CSV, print)
//!  ├─ CentreSection, partners_section, ├─ result_panel (verdict, C1..C6)
//!  │  budget_section,                  ├─ money_panel (chart, figures)
//!  │  activities_section,              └─ norms (profile, thresholds)
//!  │  impact_section (props down, Msg up)
//!  │   └─ PartnerRow, BudgetRow, ActivityRow, ImpactRow, Pager
//! ```
//!
//! Components (`CamelCase`) are where re-rendering stops: a row whose props
//! did not change is skipped. Everything else is a function returning
//! `Html`, which costs the download nothing beyond its own markup. Long
//! lists show a page of rows at a time (`state::PAGE_SIZE`).
//!
//! The attributes tests rely on are listed in `docs/ui-contract.md`.

pub mod app;
pub mod browser;
pub mod centre;
pub mod dom;
pub mod fields;
pub mod money;
pub mod pager;
pub mod partners;
pub mod plans;
pub mod results;
pub mod saving;
pub mod state;

pub use app::{App, AppProps};

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
