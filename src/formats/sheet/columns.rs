//! What the columns of a sheet hold: the `Column`s of each list, their
//! names on the page and the words people give them, the `Layout` of a
//! table, and the empty sheet (`template`) a list's columns make.

use crate::engine::edit::List;
use crate::engine::ids::string_enum;
use crate::engine::limits;
use crate::text::lang::Lang;
use crate::text::ui::ui;

use super::table::Table;

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
pub(super) fn names(text: &str, word: &str) -> bool {
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
    pub(super) fn named_by(list: List, first: &[String], width: usize) -> Layout {
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
    pub(super) fn widen(&mut self, list: List, width: usize) {
        let own = columns(list).unwrap_or(&[]);
        for i in self.columns.len()..width {
            let by_position = own.get(i).copied().filter(|_| !self.header);
            self.columns
                .push(by_position.filter(|c| self.index(*c).is_none()));
        }
    }
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
