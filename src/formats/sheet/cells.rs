//! One cell of a sheet, read as a form field reads it: numbers by
//! `money_input`, choices from the page's names and the words people use,
//! and why a cell cannot be read; and how a read cell shows in the preview.

use rust_decimal::Decimal;

use crate::engine::edit::{List, NumberKind};
use crate::engine::limits::TEXT_CHARS;
use crate::engine::model::{self, BudgetKind, InKindCategory, PartnerKind, Proposal};
use crate::text::display::{money, number};
use crate::text::lang::Lang;
use crate::text::money_input::{read_number, InputError};
use crate::text::ui::ui;

use super::columns::{names, normal, Column};

use Column as C;
use Column::*;

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
pub struct Activities(pub(super) Vec<(String, String)>);

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
