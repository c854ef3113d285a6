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
//! 3. [`read_rows`]: each cell read as a form field reads it (numbers by
//!    `money_input`, so `150,000` is 150000 here too; kinds and other
//!    choices from words such as "hogeschool" or "gemeente"), a problem
//!    per cell that cannot be read, and the rows to add, built. Consecutive
//!    lines of the same partner (or with the partner's name left empty)
//!    make one partner with several contributions. A budget line names its
//!    activity by name (one the plan lacks is marked, as the activities
//!    come first). Rows the app's own CSV adds at the end (totals) are
//!    passed over.
//!
//! The app's own downloads ("Cofinanciering (CSV)", "Begroting (CSV)")
//! read back to the rows they were written from.

use rust_decimal::Decimal;

use crate::engine::edit::{List, NumberKind};
use crate::engine::ids::string_enum;
use crate::engine::limits;
use crate::engine::model::{
    self, Activity, BudgetKind, BudgetLine, Contribution, Governance, InKindCategory, Indicator,
    Partner, PartnerKind, Proposal,
};
use crate::text::display::{money, number};
use crate::text::lang::Lang;
use crate::text::money_input::{read_number, InputError};
use crate::text::ui::ui;

string_enum!(
    /// What a column of a pasted table holds. `Kind` is a partner's kind
    /// among the partners and a line's kind in the budget.
    Column {
        Name => "name",
        Kind => "kind",
        Form => "form",
        Category => "category",
        Amount => "amount",
        Hours => "hours",
        Rate => "hourly_rate",
        Year => "year",
        Description => "description",
        Activity => "activity",
        Goal => "goal",
        Count => "target_count",
        Unit => "unit",
        Group => "group",
        Label => "label",
        Measure => "measure",
        Baseline => "baseline",
        Target => "target",
        Valuation => "valuation",
        Direction => "direction",
    }
);

use Column as C;
use Column::*;

/// The columns rows of `list` can have, in the order of its template and
/// of a table without column names. `None` for lists rows cannot be
/// pasted into (alliances, outside parties: one text each).
pub fn columns(list: List) -> Option<&'static [Column]> {
    Some(match list {
        List::Partners => &[
            Name,
            Kind,
            Form,
            Category,
            Amount,
            Hours,
            Rate,
            Year,
            Description,
            Valuation,
        ],
        List::Contributions(_) => &[
            Form,
            Category,
            Amount,
            Hours,
            Rate,
            Year,
            Description,
            Valuation,
        ],
        List::Budget => &[Description, Kind, C::Activity, Year, Amount],
        List::Activities => &[Name, Goal, Count, Unit],
        List::Impact => &[Group, Label, Measure, Baseline, Target, Unit, Direction],
        List::Alliances | List::With(_) => return None,
    })
}

/// How long a list may grow: the limits of proposal format version 3
/// (`engine::limits`).
pub fn limit(list: List) -> usize {
    match list {
        List::Partners => limits::PARTNERS,
        List::Contributions(_) => limits::CONTRIBUTIONS,
        List::Budget => limits::BUDGET_LINES,
        List::Activities => limits::ACTIVITIES,
        List::Impact => limits::INDICATORS,
        List::Alliances | List::With(_) => limits::OTHER_LIST,
    }
}
use limits::TEXT_CHARS;

impl Column {
    /// The column's name on the page and in a template: the form's label.
    pub fn label(self, list: List, lang: Lang) -> &'static str {
        let t = ui(lang);
        match self {
            Name => t.name,
            Kind if list == List::Budget => t.budget_kind,
            Kind => t.partner_kind,
            Form => t.form,
            Category => t.category,
            Amount => t.amount,
            Hours => t.hours,
            Rate => t.hourly_rate,
            Year => t.year,
            Description => t.description,
            C::Activity => t.for_activity,
            Goal => t.goal,
            Count => t.target_count,
            Unit => t.unit,
            Group => t.group,
            Label => t.indicator_label,
            Measure => t.measure,
            Baseline => t.baseline,
            Target => t.target,
            Valuation => t.valuation,
            Direction => t.direction,
        }
    }
}

/// Column names people give, beside the form's labels in either language;
/// in `Column::ALL` order, `,` between names, compared as [`normal`] makes
/// them.
const COLUMN_WORDS: [&str; 20] = [
    "naam,name,partner,organisatie,organisation,organization",
    "soort,kind,type,soort partner,partner kind,partner type,kostensoort,cost type",
    "vorm,form,soort bijdrage",
    "categorie,category",
    "bedrag,amount,euro,waarde,value,bijdrage,kosten,costs",
    "uren,hours,aantal uren",
    "tarief,uurtarief,rate,hourly rate",
    "jaar,year",
    "omschrijving,description,toelichting,post,kostenpost,item",
    "activiteit,activity",
    "doel,goal,doelstelling",
    "aantal,doelaantal,target count,count,number",
    "eenheid,unit",
    "doelgroep,groep,group",
    "indicator,label",
    "maat,measure",
    "nulmeting,baseline,startwaarde",
    "streefwaarde,target",
    "waardering,waarderingsgrondslag,valuation",
    "richting,direction",
];

/// A column name a list lacks, read as one it has: an activity's name
/// under "Activiteit", an indicator's label under "Omschrijving".
const STAND_INS: [(Column, Column); 6] = [
    (C::Activity, Name),
    (Name, Description),
    (Name, Label),
    (Description, Label),
    (Target, Count),
    (Count, Target),
];

/// Lower case, parentheses and their content left out, anything but
/// letters and digits a single space: `Bedrag (€)` → `bedrag`,
/// `hbo-instelling` → `hbo instelling`.
pub fn normal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0u32;
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // Letters and digits; any letter beyond ASCII (ö, é) counts as
            // one without Unicode's tables, but not a few signs people type.
            c if c.is_ascii_alphanumeric() || !(c.is_ascii() || "€–—‘’“”\u{a0}".contains(c)) => {
                out.push(c.to_ascii_lowercase())
            }
            _ if !out.is_empty() && !out.ends_with(' ') => out.push(' '),
            _ => {}
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether the normalised `text` is `word`, or starts with it as a whole
/// word ("gemeente enschede" is a "gemeente").
fn names(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text
            .strip_prefix(word)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// The column a column name stands for in `list`, also a name of another
/// list's column that this list reads as one of its own.
fn column_named(list: List, name: &str) -> Option<Column> {
    let own = columns(list)?;
    let name = normal(name);
    if name.is_empty() {
        return None;
    }
    let labelled = own.iter().copied().find(|column| {
        Lang::ALL
            .iter()
            .any(|&lang| normal(column.label(list, lang)) == name)
    });
    let said = || {
        let index = COLUMN_WORDS
            .iter()
            .position(|words| words.split(',').any(|word| word == name))?;
        let column = Column::ALL[index];
        if own.contains(&column) {
            return Some(column);
        }
        STAND_INS
            .iter()
            .find(|(from, to)| *from == column && own.contains(to))
            .map(|(_, to)| *to)
    };
    labelled.or_else(said)
}

/// Why a pasted text gives no table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableError {
    /// A binary file (a spreadsheet's own format, an image): not text.
    NotText,
}

/// The text of a chosen CSV/TSV file: UTF-8 (its byte-order mark stays
/// for [`read_table`] to pass over), else Windows-1252, as Dutch Excel
/// saves "CSV (gescheiden door lijstscheidingsteken)". Bytes that are
/// neither stay visible as such, so a spreadsheet's own file is still seen
/// to be no text.
pub fn text_of_file(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    // 0x80–0x9F differ from Latin-1; the five unassigned ones map to their
    // C1 control, as the WHATWG encoding does.
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    bytes
        .iter()
        .map(|&byte| match byte {
            0x80..=0x9f => HIGH
                .chars()
                .nth(usize::from(byte - 0x80))
                .unwrap_or('\u{fffd}'),
            _ => char::from(byte),
        })
        .collect()
}

/// The records of a pasted text or a file, each a list of cells. Empty
/// lines stay, so a record's place is its line in the spreadsheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub records: Vec<Vec<String>>,
}

/// The separator of the first line: a tab, else `;`, else a comma that
/// does not stand between two digits (`150,000` is a number, `Naam,Soort`
/// two cells); none for a single column.
fn separator(text: &str) -> Option<u8> {
    let first = text.lines().next().unwrap_or("");
    if first.contains('\t') {
        return Some(b'\t');
    }
    if first.contains(';') {
        return Some(b';');
    }
    let bytes = first.as_bytes();
    let digit = |at: Option<&u8>| at.is_some_and(u8::is_ascii_digit);
    bytes
        .iter()
        .enumerate()
        .any(|(at, &b)| {
            b == b',' && !(at > 0 && digit(bytes.get(at - 1)) && digit(bytes.get(at + 1)))
        })
        .then_some(b',')
}

/// The text without its byte-order mark, and its separator; refused when
/// it is no text at all (a spreadsheet's own format, an image).
fn body(text: &str) -> Result<(usize, Option<u8>), TableError> {
    if text.contains('\0') {
        return Err(TableError::NotText);
    }
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    Ok((start, separator(&text[start..])))
}

/// The record at byte `at` of `text`, moving `at` past it. Every sign that
/// ends or quotes a cell is ASCII, so the text is walked byte by byte and
/// each cell copied at once. A record of one empty cell is an empty line:
/// no cells.
fn next_record(text: &str, at: &mut usize, separator: Option<u8>) -> Vec<String> {
    let bytes = text.as_bytes();
    let end = bytes.len();
    let mut record = Vec::new();
    while *at < end {
        let mut cell = String::new();
        if bytes[*at] == b'"' {
            *at += 1;
            // Up to the closing quote; `""` is a quote inside.
            loop {
                match bytes[*at..].iter().position(|&b| b == b'"') {
                    Some(quote) => {
                        cell.push_str(&text[*at..*at + quote]);
                        *at += quote + 1;
                        if bytes.get(*at) != Some(&b'"') {
                            break;
                        }
                        cell.push('"');
                        *at += 1;
                    }
                    None => {
                        cell.push_str(&text[*at..]);
                        *at = end;
                        break;
                    }
                }
            }
        }
        let stop = bytes[*at..]
            .iter()
            .position(|&b| Some(b) == separator || b == b'\n' || b == b'\r')
            .map_or(end, |p| *at + p);
        cell.push_str(&text[*at..stop]);
        record.push(cell);
        *at = stop;
        match bytes.get(stop) {
            Some(b'\r' | b'\n') => {
                *at += 1 + usize::from(bytes[stop] == b'\r' && bytes.get(stop + 1) == Some(&b'\n'));
                break;
            }
            Some(_) => {
                *at += 1;
                // A separator at the very end: one more, empty cell.
                if *at == end {
                    record.push(String::new());
                }
            }
            None => {}
        }
    }
    if record.len() == 1 && record[0].trim().is_empty() {
        record.clear();
    }
    record
}

/// The first record with a filled cell, from byte `at` on.
fn first_record(text: &str, mut at: usize, separator: Option<u8>) -> Vec<String> {
    let mut first = Vec::new();
    while first.is_empty() && at < text.len() {
        first = next_record(text, &mut at, separator);
    }
    first
}

/// Reads a pasted text or a file's text into records, all at once.
pub fn read_table(text: &str) -> Result<Table, TableError> {
    let (mut at, separator) = body(text)?;
    let mut records = Vec::new();
    while at < text.len() {
        records.push(next_record(text, &mut at, separator));
    }
    Ok(Table { records })
}

/// Which column holds what, and whether the first record names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub header: bool,
    /// Per column of the table: what it holds, or `None` to leave it out.
    pub columns: Vec<Option<Column>>,
}

impl Layout {
    /// A first record that names columns makes the layout (each column
    /// once; unknown names are left out, such as the sector and the
    /// totals of the app's own CSV); else the list's columns in template
    /// order.
    pub fn guess(list: List, table: &Table) -> Layout {
        let width = table.records.iter().map(Vec::len).max().unwrap_or(0);
        let first = table.records.iter().find(|r| !r.is_empty());
        Layout::named_by(list, first.map_or(&[], Vec::as_slice), width)
    }

    /// The layout `first`, the first filled record, gives a table of
    /// `width` columns.
    fn named_by(list: List, first: &[String], width: usize) -> Layout {
        let mut named = Vec::with_capacity(width);
        let (mut known, mut filled) = (0, 0);
        for name in first {
            let column = column_named(list, name).filter(|c| !named.contains(&Some(*c)));
            known += usize::from(column.is_some());
            filled += usize::from(!name.trim().is_empty());
            named.push(column);
        }
        if known > 0 && known * 2 >= filled {
            named.resize(width, None);
            return Layout {
                header: true,
                columns: named,
            };
        }
        Layout::by_position(list, width, false)
    }

    /// The list's columns in template order, then nothing.
    pub fn by_position(list: List, width: usize, header: bool) -> Layout {
        let own = columns(list).unwrap_or(&[]);
        Layout {
            header,
            columns: (0..width).map(|i| own.get(i).copied()).collect(),
        }
    }

    /// The table column that holds `column`.
    fn index(&self, column: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(column))
    }

    /// Room for a record of `width` cells: columns beyond those named are
    /// left out, beyond the template's too.
    fn widen(&mut self, list: List, width: usize) {
        let own = columns(list).unwrap_or(&[]);
        for i in self.columns.len()..width {
            let by_position = own.get(i).copied().filter(|_| !self.header);
            self.columns
                .push(by_position.filter(|c| self.index(*c).is_none()));
        }
    }
}

/// Why a cell cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellProblem {
    Number(InputError),
    /// A word that names none of the choices (`kind`, `form`, …).
    Unknown,
    /// Empty where a value is needed: a new partner's name or kind, an
    /// indicator's group.
    Missing,
    /// Longer than a text may be.
    TooLong,
    /// The line belongs to a partner above that cannot be added.
    PartnerLeftOut,
    /// The list holds as many rows as it may.
    ListFull,
}

impl CellProblem {
    /// Why, in words: what the preview shows at the cell.
    pub fn text(self, list: List, column: Column, lang: Lang) -> String {
        let t = ui(lang);
        match self {
            CellProblem::Number(error) => error.text(lang).into(),
            CellProblem::Unknown => {
                let choices: Vec<&str> = (0..choice_ids(list, column).len())
                    .map(|i| choice_label(list, column, i, lang))
                    .collect();
                format!("{} {}", t.paste_unknown, choices.join(", "))
            }
            CellProblem::Missing => t.paste_missing.into(),
            CellProblem::TooLong => t.paste_too_long.into(),
            CellProblem::PartnerLeftOut => t.paste_left_out.into(),
            CellProblem::ListFull => t.paste_full.into(),
        }
    }
}

/// A cell as read: empty, text, a number, or one of a column's choices
/// (its index in the choice's `ALL`).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    /// A number as the page writes it shows how it was read (`150,000`
    /// as € 150.000), so no note is kept.
    Number(Decimal),
    Choice(usize),
    /// A budget line's activity: the index of one of the plan's, or
    /// `None` for a new one of this name.
    Activity(usize),
}

/// Words people use for each choice, in the choice's `ALL` order, beside
/// its id and its names on the page in either language.
fn choice_words(list: List, column: Column) -> &'static [&'static str] {
    match (column, list) {
        (Kind, List::Budget) => &["bureau,programmabureau,overhead", "activiteiten,activities"],
        (Kind, _) => &[
            "bedrijf,bedrijven,onderneming,bv,mkb,bedrijfsleven,business,firm,sme",
            "branchevereniging,branche,sectororganisatie,trade association",
            "ziekenhuis,zorginstelling,museum,bibliotheek,hospital",
            "voortgezet onderwijs,middelbare school",
            "roc,aoc,mbo instelling",
            "hogeschool,hbo instelling,university of applied sciences,uas",
            "universiteit,university",
            "gemeente,municipality",
            "provincie",
            "rijk,ministerie,ministry",
            "overheid,waterschap,ggd,government",
            "overig,anders,stichting",
        ],
        (Form, _) => &["geld,contant,financieel,money", "in natura,natura"],
        (Category, _) => &[
            "personeel,inzet,uren,staff,hours",
            "machines,materiaal,materials",
            "faciliteiten,ruimte,huisvesting,space",
            "vergaderen,overleg,meetings",
            "anders",
        ],
        (Goal, _) => &[
            "next professional,opleiden",
            "lll,lifelong learning",
            "innovatie,innovation",
            "mobiliteit,mobility",
        ],
        (Group, _) => &[
            "student,leerlingen,deelnemers",
            "docent,leraren,teacher",
            "werknemer,medewerkers,employee",
            "bedrijf,company",
        ],
        (Measure, _) => &["number", "cijfer,grade", "procent,percent"],
        (Valuation, _) => &[
            "huur,huurwaarde,gebruikswaarde,rent,rental value",
            "depreciation",
            "aangeschaft,aanschaf,purchased,purchase",
            "marktwaarde,market value",
        ],
        (Direction, _) => &["hoger,omhoog,higher,up", "lager,omlaag,lower,down"],
        _ => &[],
    }
}

/// The ids of a choice column's values, in `ALL` order.
fn choice_ids(list: List, column: Column) -> &'static [&'static str] {
    match (column, list) {
        (Kind, List::Budget) => BudgetKind::IDS,
        (Kind, _) => PartnerKind::IDS,
        (Form, _) => model::Form::IDS,
        (Category, _) => InKindCategory::IDS,
        (Goal, _) => model::Goal::IDS,
        (Group, _) => model::Group::IDS,
        (Measure, _) => model::Measure::IDS,
        (Valuation, _) => model::Valuation::IDS,
        (Direction, _) => model::Improvement::IDS,
        _ => &[],
    }
}

/// The page's name of choice `index` of a choice column.
pub fn choice_label(list: List, column: Column, index: usize, lang: Lang) -> &'static str {
    let t = lang.texts();
    match (column, list) {
        (Kind, List::Budget) => t.budget_kind(BudgetKind::ALL[index]),
        (Kind, _) => t.partner_kind(PartnerKind::ALL[index]),
        (Form, _) => t.form(model::Form::ALL[index]),
        (Category, _) => t.category(InKindCategory::ALL[index]),
        (Goal, _) => t.goal(model::Goal::ALL[index]),
        (Group, _) => t.group(model::Group::ALL[index]),
        (Valuation, _) => t.valuation(model::Valuation::ALL[index]),
        (Direction, _) => t.improvement(model::Improvement::ALL[index]),
        _ => t.measure(model::Measure::ALL[index]),
    }
}

/// The choice a word names, by id, by the page's names in either
/// language, or by the words people use.
fn choice(list: List, column: Column, word: &str) -> Option<usize> {
    let word = normal(word);
    let ids = choice_ids(list, column);
    let words = choice_words(list, column);
    (0..ids.len()).find(|&i| {
        names(&word, &normal(ids[i]))
            || Lang::ALL
                .iter()
                .any(|&lang| names(&word, &normal(choice_label(list, column, i, lang))))
            || words
                .get(i)
                .is_some_and(|words| words.split(',').any(|w| names(&word, w)))
    })
}

/// The activities a budget line can name: id and name as [`normal`]
/// makes it, in the plan's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Activities(Vec<(String, String)>);

impl Activities {
    pub fn of(proposal: &Proposal) -> Activities {
        Activities(
            proposal
                .activities
                .iter()
                .map(|a| (a.id.clone(), normal(&a.name)))
                .collect(),
        )
    }
}

/// Reads one cell of `column` in `list`; `activities` are the plan's, for
/// a budget line's activity.
pub fn read_cell(
    list: List,
    column: Column,
    text: &str,
    activities: &Activities,
) -> Result<Value, CellProblem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(Value::Empty);
    }
    let kind = match column {
        Amount | Rate => NumberKind::Money,
        Hours | Count | Baseline | Target => NumberKind::Quantity,
        Year => NumberKind::Whole,
        Kind if list == List::Budget => {
            // "Niet ingedeeld" as the app's CSV writes it: no kind.
            if Lang::ALL
                .iter()
                .any(|&lang| normal(trimmed) == normal(ui(lang).unclassified))
            {
                return Ok(Value::Empty);
            }
            return choice(list, column, trimmed)
                .map(Value::Choice)
                .ok_or(CellProblem::Unknown);
        }
        Kind | Form | Category | Goal | Group | Measure | Valuation | Direction => {
            return choice(list, column, trimmed)
                .map(Value::Choice)
                .ok_or(CellProblem::Unknown)
        }
        C::Activity => {
            // By name, or by id for an activity without one (as the app's
            // CSV names it). One the plan lacks is missing: its activities
            // come first (typed, or pasted into their own list).
            let name = normal(trimmed);
            return activities
                .0
                .iter()
                .position(|(id, n)| *n == name || (n.is_empty() && id == trimmed))
                .map(Value::Activity)
                .ok_or(CellProblem::Missing);
        }
        Name | Description | Unit | Label => {
            // The app's CSV guards text that a spreadsheet would run as a
            // formula with a `'`: it comes back without.
            let text = match trimmed.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
                _ => trimmed,
            };
            return if text.chars().nth(TEXT_CHARS).is_some() {
                Err(CellProblem::TooLong)
            } else {
                Ok(Value::Text(text.to_string()))
            };
        }
    };
    match read_number(trimmed, kind) {
        Ok(Some(reading)) if kind != NumberKind::Whole || i32::try_from(reading.value).is_ok() => {
            Ok(Value::Number(reading.value))
        }
        Ok(Some(_)) => Err(CellProblem::Number(InputError::TooManyDigits)),
        Ok(None) => Ok(Value::Empty),
        Err(error) => Err(CellProblem::Number(error)),
    }
}

/// How a cell reads, for the preview: the value as the page writes it,
/// a word with the choice it was taken for (`hogeschool → hbo`).
pub fn shown(list: List, column: Column, text: &str, value: &Value, lang: Lang) -> String {
    match value {
        Value::Empty => String::new(),
        Value::Text(text) => text.clone(),
        Value::Number(value) => match column {
            Amount | Rate => money(*value, lang),
            Year => value.to_string(),
            _ => number(*value, value.scale(), lang),
        },
        Value::Choice(index) => {
            let label = choice_label(list, column, *index, lang);
            if normal(text) == normal(label) {
                label.to_string()
            } else {
                format!("{} → {label}", text.trim())
            }
        }
        Value::Activity(_) => text.trim().to_string(),
    }
}

/// What one record of the table came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordReading {
    /// The record's index in the text (its line is one more).
    pub record: usize,
    /// Its cells, as the text has them.
    pub cells: Vec<String>,
    /// Table columns that cannot be read, and why.
    pub problems: Vec<(usize, CellProblem)>,
    /// A total of the app's own CSV (or a sheet's), passed over.
    pub total: bool,
}

impl RecordReading {
    /// Whether its row is added.
    pub fn added(&self) -> bool {
        self.problems.is_empty() && !self.total
    }
}

/// A piece of a table read at once: per record what came of it, and the
/// rows to add, built.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub records: Vec<RecordReading>,
    pub partners: Vec<Partner>,
    /// Contributions of the partner an earlier piece ended with.
    pub continued: Vec<Contribution>,
    pub contributions: Vec<Contribution>,
    pub budget: Vec<BudgetLine>,
    /// New activities: the rows of the activities, or those that budget
    /// lines name and the plan lacks (added before the lines).
    pub activities: Vec<Activity>,
    pub indicators: Vec<Indicator>,
}

impl Reading {
    /// How many records give a row (a partner's contributions each count).
    /// How many records give a row, give none for a problem, are totals.
    pub fn counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for record in &self.records {
            let at = if record.total {
                2
            } else {
                usize::from(!record.problems.is_empty())
            };
            counts[at] += 1;
        }
        counts
    }

    pub fn added(&self) -> usize {
        self.counts()[0]
    }
}

/// The first free number after `prefix` among `ids`: `p7` when `p1`…`p6`
/// are taken. Linear, as a paste may add thousands of partners.
fn next_number(prefix: &str, ids: &mut dyn Iterator<Item = &str>) -> u64 {
    ids.filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .map_or(1, |n| n + 1)
}

/// Whether a record is a total row: its first filled cell starts with
/// "Totaal"/"Total" (or the app's "Niet meegeteld"/"Not counted" and
/// "Waarvan privaat"/"Of which private").
fn is_total(record: &[String]) -> bool {
    let first = record.iter().find(|c| !c.trim().is_empty());
    // Most lines start otherwise: no need to normalise them.
    let maybe = first.is_some_and(|c| {
        c.trim_start()
            .starts_with(['T', 't', 'S', 's', 'N', 'n', 'W', 'w', 'O', 'o'])
    });
    maybe
        && first.map(|c| normal(c)).is_some_and(|first| {
            [
                "totaal",
                "total",
                "subtotaal",
                "subtotal",
                "niet meegeteld",
                "not counted",
                "waarvan privaat",
                "of which private",
            ]
            .iter()
            .any(|word| names(&first, word))
        })
}

const COLUMNS: usize = Column::ALL.len();

/// Reads a text into rows of a list a piece at a time ([`Reader::step`]),
/// so that a paste of 20,000 lines never holds the page for long: each
/// piece carries its records and the rows they give. The reader keeps what
/// the next piece needs: where it is, the layout, the partner the last
/// line went to, the ids and the room left.
#[derive(Clone, Debug, PartialEq)]
pub struct Reader {
    list: List,
    pub layout: Layout,
    /// The record of column names, when the text has one.
    pub header: Vec<String>,
    separator: Option<u8>,
    /// The byte where the next record starts, and its index.
    at: usize,
    record: usize,
    /// The header is still to come.
    header_pending: bool,
    activities: Activities,
    /// The partner the last lines went to: its name, and whether it is added.
    partner: Option<(String, bool)>,
    partner_id: u64,
    activity_id: u64,
    /// Room left in the list, and in all contributions.
    room: usize,
    contribution_room: usize,
}

impl Reader {
    /// A reader of `text` into `list` of `proposal`, with `layout`, or the
    /// one its first filled record suggests.
    pub fn new(
        list: List,
        text: &str,
        layout: Option<Layout>,
        proposal: &Proposal,
    ) -> Result<Reader, TableError> {
        let (start, separator) = body(text)?;
        let first = first_record(text, start, separator);
        let mut layout = layout.unwrap_or_else(|| Layout::named_by(list, &first, first.len()));
        layout.widen(list, first.len());
        let contributions: usize = proposal
            .partners
            .iter()
            .map(|p| p.contributions.len())
            .sum();
        Ok(Reader {
            list,
            header: if layout.header { first } else { Vec::new() },
            header_pending: layout.header,
            layout,
            separator,
            at: start,
            record: 0,
            activities: Activities::of(proposal),
            partner: None,
            partner_id: next_number("p", &mut proposal.partners.iter().map(|p| p.id.as_str())),
            activity_id: next_number("a", &mut proposal.activities.iter().map(|a| a.id.as_str())),
            room: limit(list).saturating_sub(match list {
                List::Contributions(_) => contributions,
                _ => list.len(proposal),
            }),
            contribution_room: limit(List::Contributions(0)).saturating_sub(contributions),
        })
    }

    /// Whether the whole text is read.
    pub fn done(&self, text: &str) -> bool {
        self.at >= text.len()
    }

    /// Reads up to `records` more records of `text` (the text the reader
    /// was made for).
    pub fn step(&mut self, text: &str, records: usize) -> Reading {
        let mut reading = Reading::default();
        for _ in 0..records {
            if self.done(text) {
                break;
            }
            let record = next_record(text, &mut self.at, self.separator);
            self.record += 1;
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            if std::mem::take(&mut self.header_pending) {
                continue;
            }
            self.layout.widen(self.list, record.len());
            self.read_record(self.record - 1, record, &mut reading);
        }
        reading
    }

    /// Reads one filled record into `reading`.
    fn read_record(&mut self, number: usize, record: Vec<String>, reading: &mut Reading) {
        let list = self.list;
        let mut problems = Vec::new();
        let total = is_total(&record);
        // The table column of each `Column`, and each column's value; an
        // unreadable cell is empty, with its problem.
        let mut index = [None; COLUMNS];
        let mut cells: [Value; COLUMNS] = std::array::from_fn(|_| Value::Empty);
        for (at, column) in self.layout.columns.iter().enumerate() {
            let Some(column) = *column else { continue };
            index[column as usize] = Some(at);
            let text = record.get(at).map_or("", String::as_str);
            if total || text.trim().is_empty() {
                continue;
            }
            match read_cell(list, column, text, &self.activities) {
                Ok(value) => cells[column as usize] = value,
                Err(problem) => problems.push((at, problem)),
            }
        }
        let at = |column: Column| index[column as usize].unwrap_or(0);
        let value = |column: Column| &cells[column as usize];
        let text = |column: Column| match value(column) {
            Value::Text(text) => text.clone(),
            _ => String::new(),
        };
        let decimal = |column: Column| match value(column) {
            Value::Number(value) => Some(*value),
            _ => None,
        };
        let pick = |column: Column| match value(column) {
            Value::Choice(i) => Some(*i),
            _ => None,
        };
        // Whether the row fits in `room`, which it then takes.
        let fits = |problems: &mut Vec<(usize, CellProblem)>, room: &mut usize| {
            if *room == 0 {
                problems.push((0, CellProblem::ListFull));
            }
            let fits = problems.is_empty();
            *room -= usize::from(fits);
            fits
        };
        match list {
            _ if total => {}
            List::Partners => {
                let name = text(Name);
                let continues = self.partner.as_ref().is_some_and(|(last, _)| {
                    name.is_empty() || *last == name || normal(last) == normal(&name)
                });
                if continues {
                    if self.partner.as_ref().is_some_and(|(_, added)| !added) && problems.is_empty()
                    {
                        problems.push((at(Name), CellProblem::PartnerLeftOut));
                    }
                } else {
                    if name.is_empty() {
                        problems.push((at(Name), CellProblem::Missing));
                    }
                    // An empty kind is no kind yet, as for a partner added
                    // in the form: it counts for nothing until one is chosen.
                    let kind = pick(Kind);
                    let added = fits(&mut problems, &mut self.room);
                    if added {
                        reading.partners.push(Partner {
                            id: id("p", &mut self.partner_id),
                            name: name.clone(),
                            kind: kind.map(|k| PartnerKind::ALL[k]),
                            governance: Governance::default(),
                            contributions: Vec::new(),
                        });
                    }
                    self.partner = Some((name, added));
                }
                if let Some(contribution) = contribution(&cells) {
                    if problems.is_empty() && fits(&mut problems, &mut self.contribution_room) {
                        match reading.partners.last_mut() {
                            Some(partner) => partner.contributions.push(contribution),
                            None => reading.continued.push(contribution),
                        }
                    }
                }
            }
            List::Contributions(_) => {
                if let Some(contribution) = contribution(&cells) {
                    if fits(&mut problems, &mut self.room) {
                        reading.contributions.push(contribution);
                    }
                }
            }
            List::Budget => {
                let activity = match value(C::Activity) {
                    Value::Activity(i) => Some(self.activities.0[*i].0.clone()),
                    _ => None,
                };
                if fits(&mut problems, &mut self.room) {
                    reading.budget.push(BudgetLine {
                        kind: pick(Kind).map(|i| BudgetKind::ALL[i]),
                        activity,
                        description: text(Description),
                        amount: decimal(Amount),
                        year: decimal(Year).and_then(|y| i32::try_from(y).ok()),
                    });
                }
            }
            List::Activities => {
                if fits(&mut problems, &mut self.room) {
                    let mut activity = new_activity(id("a", &mut self.activity_id), text(Name));
                    activity.goal = pick(Goal).map(|i| model::Goal::ALL[i]);
                    activity.target = model::Target {
                        count: decimal(Count),
                        unit: text(Unit),
                    };
                    reading.activities.push(activity);
                }
            }
            List::Impact | List::Alliances | List::With(_) => {
                let group = pick(Group);
                if group.is_none() && problems.is_empty() {
                    problems.push((at(Group), CellProblem::Missing));
                }
                if fits(&mut problems, &mut self.room) {
                    reading.indicators.push(Indicator {
                        group: model::Group::ALL[group.unwrap_or(0)],
                        label: text(Label),
                        measure: pick(Measure)
                            .map_or(model::Measure::Count, |i| model::Measure::ALL[i]),
                        baseline: decimal(Baseline),
                        target: decimal(Target),
                        unit: text(Unit),
                        direction: pick(Direction)
                            .map_or(model::Improvement::Up, |i| model::Improvement::ALL[i]),
                    });
                }
            }
        }
        reading.records.push(RecordReading {
            record: number,
            cells: record,
            problems,
            total,
        });
    }
}

/// Reads all of `text` at once, with `layout` or the one it suggests.
pub fn read_all(
    list: List,
    text: &str,
    layout: Option<Layout>,
    proposal: &Proposal,
) -> Result<(Reader, Reading), TableError> {
    let mut reader = Reader::new(list, text, layout, proposal)?;
    let reading = reader.step(text, usize::MAX);
    Ok((reader, reading))
}

/// `p7`: the id of the next new row, counted on.
fn id(prefix: &str, next: &mut u64) -> String {
    *next += 1;
    format!("{prefix}{}", *next - 1)
}

fn new_activity(id: String, name: String) -> Activity {
    Activity {
        id,
        name,
        goal: None,
        target: model::Target::default(),
        experiment: false,
        partners: Vec::new(),
        with: Vec::new(),
    }
}

/// A contribution from a line's cells (by `Column` index), `None` when
/// none of its cells is filled in (a partner named without one). Without
/// a form it is in kind when it has a category or hours, else cash; in
/// kind with hours and no category is staff hours.
fn contribution(cells: &[Value]) -> Option<Contribution> {
    let value = |column: Column| &cells[column as usize];
    let number = |column: Column| match value(column) {
        Value::Number(value) => Some(*value),
        _ => None,
    };
    let filled = [
        Form,
        Category,
        Hours,
        Rate,
        Amount,
        Year,
        Description,
        Valuation,
    ]
    .iter()
    .any(|&c| *value(c) != Value::Empty);
    if !filled {
        return None;
    }
    let mut category = match value(Category) {
        Value::Choice(i) => Some(InKindCategory::ALL[*i]),
        _ => None,
    };
    let hours = number(Hours);
    let form = match value(Form) {
        Value::Choice(i) => model::Form::ALL[*i],
        _ if category.is_some() || hours.is_some() => model::Form::InKind,
        _ => model::Form::Cash,
    };
    if form == model::Form::InKind && category.is_none() && hours.is_some() {
        category = Some(InKindCategory::StaffHours);
    }
    let mut contribution = Contribution::new(form);
    contribution.category = category;
    contribution.hours = hours;
    contribution.hourly_rate = number(Rate);
    contribution.amount = number(Amount);
    contribution.year = number(Year).and_then(|y| i32::try_from(y).ok());
    if let Value::Text(text) = value(Description) {
        contribution.description = text.clone();
    }
    if let Value::Choice(i) = value(Valuation) {
        contribution.valuation = Some(model::Valuation::ALL[*i]);
    }
    Some(contribution)
}

/// Adds the rows of `reading` to `list` of `proposal`; how many rows of
/// the table that was.
pub fn add_rows(proposal: &mut Proposal, list: List, reading: &Reading) -> usize {
    match list {
        List::Partners => {
            let last = proposal.partners.len().checked_sub(1);
            if let Some(partner) = last.and_then(|last| proposal.partners.get_mut(last)) {
                partner
                    .contributions
                    .extend(reading.continued.iter().cloned());
            }
            for partner in &reading.partners {
                proposal.partners.push(partner.clone());
            }
        }
        List::Contributions(p) => match proposal.partners.get_mut(p) {
            Some(partner) => partner
                .contributions
                .extend(reading.contributions.iter().cloned()),
            None => return 0,
        },
        List::Budget | List::Activities => {
            for activity in &reading.activities {
                proposal.activities.push(activity.clone());
            }
            for line in &reading.budget {
                proposal.budget.push(line.clone());
            }
        }
        List::Impact => reading
            .indicators
            .iter()
            .for_each(|i| proposal.impact.push(i.clone())),
        List::Alliances | List::With(_) => return 0,
    }
    reading.added()
}

/// An empty sheet for `list`: the column names as the page calls them,
/// in the format of the app's CSV downloads (Dutch Excel: a byte-order
/// mark, `;`, CRLF; the names need no quotes).
pub fn template(list: List, lang: Lang) -> String {
    let header: Vec<&str> = columns(list)
        .unwrap_or(&[])
        .iter()
        .map(|c| c.label(list, lang))
        .collect();
    format!("\u{feff}{}\r\n", header.join(";"))
}
