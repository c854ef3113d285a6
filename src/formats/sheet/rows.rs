//! Records into rows of a list: the `Reader` that reads a text a piece at
//! a time, what each record came to (`Reading`), the rows built from the
//! cells, and `add_rows`, which adds them to the plan.

use crate::engine::edit::List;
use crate::engine::model::{
    self, Activity, BudgetKind, BudgetLine, Contribution, Governance, InKindCategory, Indicator,
    Partner, PartnerKind, Proposal,
};

use super::cells::{read_cell, Activities, CellProblem, Value};
use super::columns::{limit, names, normal, Column, Layout};
use super::table::{body, first_record, next_record, TableError};

use Column as C;
use Column::*;

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
    ids.filter_map(|id| crate::engine::problem::whole_u64(id.strip_prefix(prefix)?))
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
