//! `cargo run --release --example make-proposal -- SIZE [cofinancing|budget] > file`
//!
//! Writes a deterministic synthetic proposal file (see `src/engine/synthetic.rs`):
//! SIZE is `typical` (40 partners, 200 budget lines, 10 activities), `large`
//! (2,000 partners, 20,000 lines, 100 activities), `typical*N`, or `limits`
//! (a plan at every limit of the format, `synthetic::at_limits`); with
//! `cofinancing` or `budget`, that table of it as the app's CSV download
//! (Dutch). Used by the browser performance measurement of `make bench`.

use std::io::Write;
use std::process::ExitCode;

use centra_check::engine::synthetic::{at_limits, proposal, Size};
use centra_check::formats::csv_export::{table_csv, Table};
use centra_check::{write_proposal, Lang};

fn main() -> ExitCode {
    let name = std::env::args().nth(1).unwrap_or_default();
    let plan = match Size::by_name(&name) {
        Some(size) => proposal(size),
        None if name == "limits" => at_limits(),
        None => {
            eprintln!("usage: make-proposal typical|large|typical*N|limits");
            return ExitCode::from(2);
        }
    };
    let text = match std::env::args().nth(2).as_deref() {
        None => write_proposal(&plan) + "\n",
        Some("cofinancing") => table_csv(Table::Cofinancing, &plan, Lang::Nl).expect("sums fit"),
        Some("budget") => table_csv(Table::Budget, &plan, Lang::Nl).expect("sums fit"),
        Some(other) => {
            eprintln!("make-proposal: no table {other:?} (cofinancing, budget)");
            return ExitCode::from(2);
        }
    };
    let mut stdout = std::io::stdout().lock();
    match write!(stdout, "{text}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("make-proposal: {e}");
            ExitCode::FAILURE
        }
    }
}
