//! The browser app (feature `web`): a Yew single-page app that runs the
//! whole engine in the browser and judges the plan on every keystroke.
//!
//! ```text
//! App ── state (use_reducer: Proposal + typed texts + Report)
//!  ├─ StartPanel (saved plans, examples, import), Tools (export, share, CSV, print)      ├─ ResultPanel (verdict, C1..C6)
//!  ├─ CentreSection, PartnersSection,    ├─ MoneyPanel (chart, figures)
//!  │  BudgetSection, ActivitiesSection,  └─ Norms (profile, thresholds)
//!  │  ImpactSection (props down, Msg up)
//! ```
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
pub mod texts;

pub use app::{App, AppProps};

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
