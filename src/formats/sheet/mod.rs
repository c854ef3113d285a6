//! Rows from a spreadsheet: pasted (tab-separated text, or the HTML table
//! a spreadsheet also puts on the clipboard) or read from a CSV or TSV file,
//! turned into partners with their contributions, contributions of one
//! partner, budget lines, activities or indicators.
//!
//! Three steps, each pure and tested natively; the page only shows what
//! they give and sends one message to add the rows:
//! 1. [`read_table`]: text into records of cells. Tab, `;` or `,` between
//!    cells (the first line decides), RFC 4180 quotes (a quoted cell may
//!    hold tabs, separators and line breaks), a byte-order mark and any
//!    line ends. (The HTML table a spreadsheet also puts on the clipboard
//!    comes as the same text: the browser's own HTML parser reads it, in
//!    `web/browser.js`, smaller in the download than one of our own.)
//! 2. [`Layout::guess`]: which column holds what. A first row of column
//!    names in Dutch or English (`Naam`, `Soort`, `Bedrag`, `Uren`,
//!    `Tarief`, `Jaar`, `Omschrijving`, …, and the page's own labels) is
//!    recognised; without one the columns are taken in the order of the
//!    list's template ([`template`]), and the user can say otherwise.
//! 3. [`Reader::step`] (or [`read_all`] at once): each cell read as a
//!    form field reads it (numbers by `money_input`, so `150,000` is
//!    150000 here too; kinds and other choices from words such as
//!    "hogeschool" or "gemeente"), a problem per cell that cannot be
//!    read, and the rows to add, built. Consecutive
//!    lines of the same partner (or with the partner's name left empty)
//!    make one partner with several contributions. A budget line names its
//!    activity by name (one the plan lacks is marked, as the activities
//!    come first). Rows the app's own CSV adds at the end (totals) are
//!    passed over.
//!
//! The app's own downloads ("Cofinanciering (CSV)", "Begroting (CSV)")
//! read back to the rows they were written from.

mod cells;
mod columns;
mod rows;
mod table;

pub use cells::{choice_label, read_cell, shown, Activities, CellProblem, Value};
pub use columns::{columns, limit, normal, template, Column, Layout};
pub use rows::{add_rows, read_all, Reader, Reading, RecordReading};
pub use table::{read_table, text_of_file, Table, TableError};
