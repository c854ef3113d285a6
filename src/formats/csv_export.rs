//! The cofinancing table and the budget as CSV that Dutch Excel opens as
//! it should: UTF-8 with a byte-order mark (else Excel reads the text as
//! Windows-1252), `;` between fields (Excel's list separator under Dutch
//! regional settings), a decimal comma and no thousands separator (so a
//! cell is a number, not text), CRLF line ends, and RFC 4180 quoting.
//!
//! The number format is the same in both languages: it follows the
//! regional settings of the spreadsheet (Dutch for this tool's users), not
//! the language of the interface. Only headers and labels are translated.
//!
//! Text typed by users can start with `=`, `+`, `-` or `@`; a spreadsheet
//! would run it as a formula (CSV injection). Such a cell gets a leading
//! `'`, which Excel shows as text. Numbers the tool writes itself are never
//! touched.
//!
//! Amounts are written exactly as entered (no rounding): the file is data.

use rust_decimal::Decimal;

use crate::engine::model::*;
use crate::engine::order::Positions;
use crate::engine::totals::{mul, Overflow, Place, Totals};
use crate::text::lang::Lang;
use crate::text::words::csv_words;

/// Which table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Cofinancing,
    Budget,
}

/// One cell: text from the user (guarded against formulas) or a number
/// the tool wrote (left alone). Build them with `Cell::text` and
/// `Cell::number`, which apply this module's format.
pub enum Cell {
    Text(String),
    Number(String),
    Empty,
}

impl Cell {
    /// Text, defused when it would start a formula, quoted when needed.
    pub fn text(value: impl Into<String>) -> Cell {
        text(value)
    }

    /// A number: decimal comma, no thousands separator, no trailing zeros.
    pub fn number(value: Decimal) -> Cell {
        number(value)
    }
}

/// A whole document in this module's format (BOM, `;`, CRLF): the header,
/// then one line per row; a short row is padded with empty cells.
pub fn document(header: &[&str], rows: Vec<Vec<Cell>>) -> String {
    let mut csv = Csv::new(header);
    for row in rows {
        csv.row(row);
    }
    csv.out
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

fn number(value: Decimal) -> Cell {
    // As a field shows it: no trailing zeros, no thousands separator, and
    // read back (by a person or by this app's row import) as the same value.
    Cell::Number(crate::text::money_input::edit_text(value))
}

/// Starts that make a spreadsheet treat a cell as a formula.
fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n'])
}

fn write_cell(cell: &Cell, out: &mut String) {
    match cell {
        Cell::Empty => {}
        Cell::Number(n) => out.push_str(n),
        Cell::Text(t) => write_text(t, out),
    }
}

/// Text from the user: defused when it would start a formula, quoted when
/// needed.
fn write_text(raw: &str, out: &mut String) {
    let guarded = if looks_like_formula(raw) {
        format!("'{raw}")
    } else {
        raw.to_string()
    };
    if guarded.contains([';', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&guarded.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&guarded);
    }
}

/// A CSV document: BOM, then rows ending in CRLF. The tables below write
/// their cells one at a time into the text (`text`, `number`, `end`):
/// a vector of cells per row measured about 2 KB more of wasm.
struct Csv {
    out: String,
    width: usize,
    /// Cells written of the current row.
    cells: usize,
}

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut csv = Csv {
            out: String::from('\u{feff}'),
            width: header.len(),
            cells: 0,
        };
        for head in header {
            csv.text(head);
        }
        csv.end();
        csv
    }

    /// Starts the next cell of the current row.
    fn next(&mut self) {
        if self.cells > 0 {
            self.out.push(';');
        }
        self.cells += 1;
    }

    /// A cell of text from the user (see [`write_text`]).
    fn text(&mut self, value: &str) {
        self.next();
        write_text(value, &mut self.out);
    }

    /// A cell with a number, or empty.
    fn number(&mut self, value: Option<Decimal>) {
        self.next();
        if let Some(value) = value {
            self.out
                .push_str(&crate::text::money_input::edit_text(value));
        }
    }

    /// An empty cell.
    fn empty(&mut self) {
        self.next();
    }

    /// Years come from the user and may (nonsensically) be negative: they
    /// are guarded like text, so `-5` can never start a formula.
    fn year(&mut self, value: Option<i32>) {
        match value {
            Some(year) => self.text(&year.to_string()),
            None => self.empty(),
        }
    }

    /// Ends the row, its missing cells empty.
    fn end(&mut self) {
        while self.cells < self.width {
            self.next();
        }
        self.cells = 0;
        self.out.push_str("\r\n");
    }

    fn row(&mut self, cells: Vec<Cell>) {
        debug_assert!(cells.len() <= self.width);
        for i in 0..self.width {
            if i > 0 {
                self.out.push(';');
            }
            if let Some(cell) = cells.get(i) {
                write_cell(cell, &mut self.out);
            }
        }
        self.out.push_str("\r\n");
    }

    /// A total: its label in the first column, the amount in `column`.
    fn total(&mut self, label: &str, column: usize, amount: Decimal) {
        self.text(label);
        while self.cells < column {
            self.empty();
        }
        self.number(Some(amount));
        self.end();
    }

    fn blank(&mut self) {
        self.end();
    }
}

/// The column of the amount in the cofinancing table (0-based).
const COFINANCING_AMOUNT: usize = 7;
/// The column of the amount in the budget (0-based).
const BUDGET_AMOUNT: usize = 4;

/// One row per contribution (a partner without any gets one row of its
/// own), then the recognised total per sector, overall, and what meeting
/// hours left out. The amount is the one entered, else hours × rate for
/// staff hours, as the rules count it.
pub fn cofinancing_csv(proposal: &Proposal, lang: Lang) -> Result<String, Overflow> {
    let totals = Totals::of(proposal)?;
    let w = csv_words(lang);
    let t = lang.texts();
    let mut csv = Csv::new(&w.cofinancing_header);
    for (p, partner) in proposal.partners.iter().enumerate() {
        let who = |csv: &mut Csv| {
            csv.text(&partner.name);
            csv.text(partner.kind.map_or("", |kind| t.partner_kind(kind)));
            csv.text(t.sector(partner.sector()));
        };
        if partner.contributions.is_empty() {
            who(&mut csv);
            csv.end();
        }
        for (c, contribution) in partner.contributions.iter().enumerate() {
            let computed = match (contribution.hours, contribution.hourly_rate) {
                (Some(hours), Some(rate)) if contribution.is_staff_hours() => Some(mul(
                    hours,
                    rate,
                    Place::Contribution {
                        partner: p,
                        index: c,
                    },
                )?),
                _ => None,
            };
            who(&mut csv);
            csv.text(t.form(contribution.form));
            csv.text(
                contribution
                    .effective_category()
                    .map_or("", |k| t.category(k)),
            );
            csv.number(contribution.hours);
            csv.number(contribution.hourly_rate);
            csv.number(contribution.amount.or(computed));
            csv.text(if contribution.is_meeting_hours() {
                w.excluded
            } else {
                w.counts
            });
            csv.year(contribution.year);
            csv.text(&contribution.description);
            csv.text(
                contribution
                    .valuation
                    .filter(|_| contribution.form == Form::InKind)
                    .map_or("", |v| t.valuation(v)),
            );
            csv.end();
        }
    }
    csv.blank();
    for sector in Sector::ALL {
        let amount = totals.sector(*sector);
        if *sector != Sector::Unassigned || !amount.is_zero() {
            // The sector names are ASCII: no Unicode lower-casing code.
            let label = format!("{} {}", w.total, t.sector(*sector).to_ascii_lowercase());
            csv.total(&label, COFINANCING_AMOUNT, amount);
            // The werkdefinitie's "cofinanciering (in cash en in kind)".
            let i = *sector as usize;
            for (form, part) in [
                (Form::Cash, totals.sector_cash[i]),
                (Form::InKind, totals.sector_in_kind[i]),
            ] {
                let label = format!("{label}: {}", t.form(form).to_ascii_lowercase());
                csv.total(&label, COFINANCING_AMOUNT, part);
            }
        }
    }
    csv.total(w.total_cofinancing, COFINANCING_AMOUNT, totals.recognised);
    csv.total(w.private, COFINANCING_AMOUNT, totals.private);
    if !totals.excluded_meeting_hours.is_zero() {
        csv.total(
            w.total_excluded,
            COFINANCING_AMOUNT,
            totals.excluded_meeting_hours,
        );
    }
    Ok(csv.out)
}

/// One row per budget line (the activity by its name), then the totals of
/// bureau costs, activities, unclassified lines (if any) and the whole.
pub fn budget_csv(proposal: &Proposal, lang: Lang) -> Result<String, Overflow> {
    let totals = Totals::of(proposal)?;
    let w = csv_words(lang);
    let t = lang.texts();
    let mut csv = Csv::new(&w.budget_header);
    // Each activity's name by its id (the first named one), looked up per
    // line: 50,000 lines times 2,000 activities would be a search too many.
    let named: Vec<&Activity> = proposal
        .activities
        .iter()
        .filter(|a| !a.name.trim().is_empty())
        .collect();
    let named_ids = Positions::new(named.iter().map(|a| a.id.as_str()).collect());
    for line in &proposal.budget {
        let activity = line
            .activity
            .as_deref()
            .map(|id| named_ids.of(id).map_or(id, |at| named[at].name.as_str()));
        csv.text(&line.description);
        csv.text(line.kind.map_or(w.unclassified, |k| t.budget_kind(k)));
        csv.text(activity.unwrap_or(""));
        csv.year(line.year);
        csv.number(line.amount);
        csv.end();
    }
    csv.blank();
    csv.total(w.total_bureau, BUDGET_AMOUNT, totals.bureau);
    csv.total(w.total_activities, BUDGET_AMOUNT, totals.activity);
    if !totals.unclassified.is_zero() {
        csv.total(w.total_unclassified, BUDGET_AMOUNT, totals.unclassified);
    }
    csv.total(w.total_budget, BUDGET_AMOUNT, totals.costs);
    Ok(csv.out)
}

/// The table as CSV.
pub fn table_csv(table: Table, proposal: &Proposal, lang: Lang) -> Result<String, Overflow> {
    match table {
        Table::Cofinancing => cofinancing_csv(proposal, lang),
        Table::Budget => budget_csv(proposal, lang),
    }
}

/// A file name for the download: `cofinanciering-centrum-slimme-maakindustrie-twente.csv`.
pub fn file_name(table: Table, proposal: &Proposal, lang: Lang) -> String {
    let w = csv_words(lang);
    let what = match table {
        Table::Cofinancing => w.file_cofinancing,
        Table::Budget => w.file_budget,
    };
    let slug = crate::text::display::file_slug(&proposal.centre.name);
    if slug.is_empty() {
        format!("{what}.csv")
    } else {
        format!("{what}-{slug}.csv")
    }
}

/// A table this module wrote, as an HTML table for the printed report: a
/// row per line (the first the column heads, a blank one a spacer before
/// the totals), a cell per field, quotes undone, text escaped. Made in one
/// pass over the text, not by the page's components: it is only needed
/// when printing, and a string costs the download far less.
pub fn html_table(csv: &str, caption: &str) -> String {
    let mut html = format!("<table><caption>{caption}</caption><tr><td>");
    let mut quoted = false;
    let csv = csv.strip_suffix("\r\n").unwrap_or(csv);
    let mut chars = csv.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                html.push('"');
            }
            (_, '"') => quoted = !quoted,
            (false, ';') => html.push_str("</td><td>"),
            (false, '\r' | '\u{feff}') => {}
            (false, '\n') => html.push_str("</td></tr><tr><td>"),
            (_, '&') => html.push_str("&amp;"),
            (_, '<') => html.push_str("&lt;"),
            (_, ch) => html.push(ch),
        }
    }
    html + "</td></tr></table>"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::excel_csv::parse_csv;
    use crate::formats::proposal_file::read_proposal;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn example() -> Proposal {
        read_proposal(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/civ-slimme-maakindustrie.json"
        )))
        .unwrap()
    }

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn row_starting<'a>(rows: &'a [Vec<String>], first: &str) -> &'a Vec<String> {
        rows.iter()
            .find(|r| r[0] == first)
            .unwrap_or_else(|| panic!("no row {first}: {rows:?}"))
    }

    #[test]
    fn the_cofinancing_table_opens_as_dutch_excel_expects() {
        let csv = cofinancing_csv(&example(), Lang::Nl).unwrap();
        assert!(csv.starts_with("\u{feff}Partner;Soort partner;Sector;Vorm;Categorie;Uren;Uurtarief;Bedrag;Telt mee;Jaar;Omschrijving;Waardering\r\n"));
        let rows = parse_csv(&csv);
        assert!(
            rows.iter().all(|r| r.len() == 12),
            "every row has every column"
        );
        // Saxion: staff hours without an amount count as hours × rate.
        let saxion = row_starting(&rows, "Saxion");
        assert_eq!(
            saxion,
            &vec![
                "Saxion",
                "hbo",
                "Onderwijs",
                "In kind",
                "Personele inzet (uren)",
                "1000",
                "100",
                "100000",
                "ja",
                "",
                "Lectoraat: praktijkgericht onderzoek",
                ""
            ]
        );
        let machine = &rows[rows
            .iter()
            .position(|r| r[0] == "Techniek Hengelo BV")
            .unwrap()
            + 1];
        assert_eq!(machine[11], "Afschrijving", "{machine:?}");
        let techniek = row_starting(&rows, "Techniek Hengelo BV");
        assert_eq!(techniek[3], "Cash");
        assert_eq!(techniek[4], "", "cash has no category");
        assert_eq!(techniek[9], "2027");
        // A partner row per contribution: 11 contributions, plus header,
        // blank line, three sector totals with their cash and in kind, the
        // overall total and its private part.
        assert_eq!(rows.len(), 1 + 11 + 1 + 3 * 3 + 1 + 1);
        assert_eq!(
            row_starting(&rows, "Totaal bedrijfsleven en werkveld")[7],
            "400000"
        );
        assert_eq!(
            row_starting(&rows, "Totaal bedrijfsleven en werkveld: cash")[7],
            "180000"
        );
        assert_eq!(
            row_starting(&rows, "Totaal bedrijfsleven en werkveld: in kind")[7],
            "220000"
        );
        assert_eq!(row_starting(&rows, "Totaal overheid: in kind")[7], "0");
        assert_eq!(
            row_starting(&rows, "Waarvan privaat (bedrijven en brancheorganisaties)")[7],
            "400000"
        );
        assert_eq!(row_starting(&rows, "Totaal overheid")[7], "400000");
        assert_eq!(row_starting(&rows, "Totaal onderwijs")[7], "400000");
        assert_eq!(
            row_starting(&rows, "Totaal erkende cofinanciering")[7],
            "1200000"
        );
    }

    /// The sector totals' labels lower-case the sector's name by ASCII
    /// alone (no Unicode case tables in the download): right only while
    /// every name is ASCII.
    #[test]
    fn sector_names_are_ascii() {
        for lang in [Lang::Nl, Lang::En] {
            for sector in Sector::ALL {
                assert!(lang.texts().sector(*sector).is_ascii(), "{sector:?}");
            }
        }
    }

    #[test]
    fn english_headers_with_the_same_number_format() {
        let mut plan = example();
        plan.partners[0].contributions[0].amount = Some(d("1234.5"));
        let rows = parse_csv(&cofinancing_csv(&plan, Lang::En).unwrap());
        assert_eq!(rows[0][1], "Partner kind");
        assert_eq!(rows[0][10], "Description");
        assert_eq!(rows[1][2], "Education");
        assert_eq!(
            rows[1][7], "1234,5",
            "decimal comma: the spreadsheet's region, not the UI's language"
        );
        assert_eq!(rows[1][8], "yes");
        assert!(rows.iter().any(|r| r[0] == "Total recognised cofinancing"));
    }

    #[test]
    fn amounts_have_a_decimal_comma_and_no_thousands_separator() {
        let mut plan = example();
        let c = &mut plan.partners[0].contributions[0];
        c.amount = Some(d("1234567.50"));
        let rows = parse_csv(&cofinancing_csv(&plan, Lang::Nl).unwrap());
        assert_eq!(rows[1][7], "1234567,5");
        assert_eq!(row_starting(&rows, "Totaal onderwijs")[7], "1484567,5");
    }

    #[test]
    fn meeting_hours_are_listed_but_marked_and_left_out_of_the_totals() {
        let mut plan = example();
        let mut meeting = Contribution::new(Form::InKind);
        meeting.category = Some(InKindCategory::MeetingHours);
        meeting.amount = Some(d("5000"));
        meeting.description = "Stuurgroepoverleg".into();
        plan.partners[5].contributions.push(meeting);
        let rows = parse_csv(&cofinancing_csv(&plan, Lang::Nl).unwrap());
        let row = rows.iter().find(|r| r[10] == "Stuurgroepoverleg").unwrap();
        assert_eq!(row[8], "nee (vergaderuren)");
        assert_eq!(row[7], "5000");
        assert_eq!(row_starting(&rows, "Totaal overheid")[7], "400000");
        assert_eq!(
            row_starting(&rows, "Niet meegeteld (vergaderuren)")[7],
            "5000"
        );
    }

    #[test]
    fn a_partner_without_contributions_still_has_a_row_and_other_counts_apart() {
        let mut plan = example();
        plan.partners.push(Partner {
            id: "nieuw".into(),
            name: "Stichting Nieuw".into(),
            kind: Some(PartnerKind::Other),
            governance: Governance::default(),
            contributions: vec![],
        });
        let rows = parse_csv(&cofinancing_csv(&plan, Lang::Nl).unwrap());
        assert_eq!(
            &row_starting(&rows, "Stichting Nieuw")[..4],
            &["Stichting Nieuw", "Overig", "Overig", ""]
        );
        assert!(
            !rows.iter().any(|r| r[0] == "Totaal overig"),
            "only when non-zero"
        );
        let last = plan.partners.len() - 1;
        plan.partners[last].contributions.push({
            let mut c = Contribution::new(Form::Cash);
            c.amount = Some(d("10"));
            c
        });
        let rows = parse_csv(&cofinancing_csv(&plan, Lang::Nl).unwrap());
        assert_eq!(row_starting(&rows, "Totaal overig")[7], "10");
    }

    #[test]
    fn separators_quotes_and_newlines_in_text_are_quoted() {
        let mut plan = example();
        plan.partners[0].name = "Bakkerij \"De Mol\"; Enschede".into();
        plan.partners[0].contributions[0].description = "regel 1\nregel 2".into();
        let csv = cofinancing_csv(&plan, Lang::Nl).unwrap();
        assert!(csv.contains("\"Bakkerij \"\"De Mol\"\"; Enschede\""));
        let rows = parse_csv(&csv);
        assert_eq!(rows[1][0], "Bakkerij \"De Mol\"; Enschede");
        assert_eq!(rows[1][10], "regel 1\nregel 2");
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        let mut plan = example();
        plan.partners[0].name = "=HYPERLINK(\"http://evil\";\"klik\")".into();
        plan.partners[1].name = "+31 53 123".into();
        plan.partners[2].name = "-korting".into();
        plan.partners[3].name = "@SUM(A1)".into();
        plan.budget[0].description = "=1+1".into();
        let rows = parse_csv(&cofinancing_csv(&plan, Lang::Nl).unwrap());
        assert_eq!(rows[1][0], "'=HYPERLINK(\"http://evil\";\"klik\")");
        assert!(rows.iter().any(|r| r[0] == "'+31 53 123"));
        assert!(rows.iter().any(|r| r[0] == "'-korting"));
        assert!(rows.iter().any(|r| r[0] == "'@SUM(A1)"));
        assert!(
            rows.iter()
                .all(|r| r.iter().all(|c| !looks_like_formula(c))),
            "no cell starts a formula"
        );
        let budget = parse_csv(&budget_csv(&plan, Lang::Nl).unwrap());
        assert_eq!(budget[1][0], "'=1+1");
    }

    #[test]
    fn the_budget_lists_lines_with_activity_names_and_totals() {
        let mut plan = example();
        plan.budget.push(BudgetLine {
            kind: None,
            activity: Some("verdwenen".into()),
            description: "Reiskosten".into(),
            amount: Some(d("2500.75")),
            year: Some(2028),
        });
        let csv = budget_csv(&plan, Lang::Nl).unwrap();
        assert!(csv.starts_with("\u{feff}Omschrijving;Soort;Activiteit;Jaar;Bedrag\r\n"));
        let rows = parse_csv(&csv);
        assert!(rows.iter().all(|r| r.len() == 5));
        assert_eq!(
            rows[1],
            vec![
                "Programmamanagement en administratie",
                "Bureaukosten",
                "",
                "",
                "150000"
            ]
        );
        assert_eq!(rows[2][1], "Activiteit");
        assert_eq!(rows[2][2], "Hybride leeromgeving maaktechniek");
        assert_eq!(
            row_starting(&rows, "Reiskosten"),
            &vec![
                "Reiskosten",
                "Niet ingedeeld",
                "verdwenen",
                "2028",
                "2500,75"
            ]
        );
        assert_eq!(row_starting(&rows, "Totaal bureaukosten")[4], "150000");
        assert_eq!(row_starting(&rows, "Totaal activiteiten")[4], "1050000");
        assert_eq!(row_starting(&rows, "Totaal niet ingedeeld")[4], "2500,75");
        assert_eq!(row_starting(&rows, "Totaal begroting")[4], "1202500,75");
        let en = parse_csv(&budget_csv(&plan, Lang::En).unwrap());
        assert_eq!(
            en[0],
            vec!["Description", "Kind", "Activity", "Year", "Amount"]
        );
        assert_eq!(row_starting(&en, "Reiskosten")[1], "Unclassified");
    }

    #[test]
    fn an_empty_plan_still_gives_headers_and_zero_totals() {
        let rows = parse_csv(&budget_csv(&Proposal::default(), Lang::Nl).unwrap());
        assert_eq!(rows.len(), 1 + 1 + 3);
        assert_eq!(row_starting(&rows, "Totaal begroting")[4], "0");
        assert!(!rows.iter().any(|r| r[0] == "Totaal niet ingedeeld"));
    }

    #[test]
    fn totals_too_large_to_hold_are_an_error_not_a_wrap() {
        let mut plan = Proposal::default();
        for _ in 0..2 {
            plan.budget.push(BudgetLine {
                amount: Some(Decimal::MAX),
                ..BudgetLine::default()
            });
        }
        assert!(budget_csv(&plan, Lang::Nl).is_err());
        assert!(cofinancing_csv(&plan, Lang::Nl).is_err());
    }

    #[test]
    fn file_names_follow_the_centre_and_the_language() {
        let plan = example();
        assert_eq!(
            file_name(Table::Cofinancing, &plan, Lang::Nl),
            "cofinanciering-centrum-slimme-maakindustrie-twente.csv"
        );
        assert_eq!(
            file_name(Table::Budget, &plan, Lang::En),
            "budget-centrum-slimme-maakindustrie-twente.csv"
        );
        let mut odd = Proposal::default();
        odd.centre.name = "  Café / Zorg & Welzijn!! ".into();
        assert_eq!(
            file_name(Table::Budget, &odd, Lang::Nl),
            "begroting-cafe-zorg-welzijn.csv"
        );
        assert_eq!(
            file_name(Table::Budget, &Proposal::default(), Lang::Nl),
            "begroting.csv"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Whatever users type, every row reads back with all its columns,
        /// every typed text comes back (defused if need be), and no cell
        /// starts a formula.
        #[test]
        fn any_plan_gives_well_formed_safe_csv(plan in crate::generated::readable_proposal()) {
            for &lang in Lang::ALL {
                let rows = parse_csv(&cofinancing_csv(&plan, lang).unwrap());
                prop_assert!(rows.iter().all(|r| r.len() == 12));
                prop_assert!(rows.iter().all(|r| r.iter().all(|c| !looks_like_formula(c))));
                let names: Vec<&String> = rows.iter().skip(1).map(|r| &r[0]).collect();
                for partner in &plan.partners {
                    let shown = if looks_like_formula(&partner.name) {
                        format!("'{}", partner.name)
                    } else {
                        partner.name.clone()
                    };
                    prop_assert!(names.contains(&&shown), "{:?} not in {:?}", shown, names);
                }
                let rows = parse_csv(&budget_csv(&plan, lang).unwrap());
                prop_assert!(rows.iter().all(|r| r.len() == 5));
                prop_assert!(rows.iter().all(|r| r.iter().all(|c| !looks_like_formula(c))));
            }
        }
    }

    #[test]
    fn the_printed_table_holds_every_row_and_cell_with_its_text_escaped() {
        let mut proposal = example();
        proposal.partners[0].name = "R&D <lab>".into();
        proposal.partners[1].contributions[0].description = "Regel; met \"tekst\"\nen meer".into();
        for table in [Table::Cofinancing, Table::Budget] {
            let csv = table_csv(table, &proposal, Lang::Nl).unwrap();
            let html = html_table(&csv, "Tabel");
            // The cells, read back from the HTML, are the CSV's.
            let body = html
                .strip_prefix("<table><caption>Tabel</caption><tr><td>")
                .and_then(|rest| rest.strip_suffix("</td></tr></table>"))
                .unwrap();
            let cells: Vec<Vec<String>> = body
                .split("</td></tr><tr><td>")
                .map(|row| {
                    row.split("</td><td>")
                        .map(|cell| cell.replace("&lt;", "<").replace("&amp;", "&"))
                        .collect()
                })
                .collect();
            assert_eq!(cells, parse_csv(&csv), "{table:?}");
        }
        let csv = table_csv(Table::Cofinancing, &proposal, Lang::Nl).unwrap();
        assert!(html_table(&csv, "T").contains("<td>R&amp;D &lt;lab></td>"));
    }
}
