//! Reading and writing the proposal file (`spec/proposal-format.md`):
//! versions 1, 2 and 3 are read, each by the fields of its own version;
//! version 3 is written.
//!
//! The reader walks a parsed JSON tree by hand rather than deriving
//! `Deserialize`, so that every refusal names its exact path
//! (`partners[2].contributons: unknown field`) and money never passes
//! through a float: `json::Number` keeps a JSON number's text, which
//! becomes an exact decimal.

use std::rc::Rc;

use rust_decimal::Decimal;

use crate::json::{self, Map, Number, Value};

use crate::engine::limits::{self, Limit};
use crate::engine::model::*;
use crate::engine::order::first_twin;
use crate::engine::problem::{parse_decimal, shown, whole_number, Expected, Problem, ReadError};
use crate::engine::rows::Rows;
use crate::engine::totals;
use crate::engine::{evaluate::evaluate, profile::Profile, report::Report};
use crate::formats::FirstNoted;

type Result<T> = std::result::Result<T, ReadError>;

/// Inside the reader a refusal travels boxed, as one pointer. Unboxed, each
/// `?` of this deeply inlined code carried the 36 bytes of a `ReadError`
/// through many locals, and Chromium 156's optimizing WebAssembly tier lost
/// one of them: the library's `check` then trapped on a garbled `Problem`
/// (docs/library.md, "Browser compiler bugs"). Boxed, there is less to
/// lose, and less code.
type Read<T> = std::result::Result<T, Box<ReadError>>;

fn refusal(path: &str, problem: Problem) -> ReadError {
    ReadError {
        path: path.to_string(),
        problem,
    }
}

fn fail<T>(path: &str, problem: Problem) -> Read<T> {
    Err(Box::new(refusal(path, problem)))
}

/// Reads and judges a proposal file with the profile it names.
pub fn check_text(text: &str) -> std::result::Result<Report, ReadError> {
    let proposal = read_proposal(text)?;
    let profile =
        Profile::by_id(&proposal.profile).expect("the reader accepts only known profiles");
    evaluate(&proposal, profile).map_err(|overflow| ReadError {
        path: overflow.path.to_string(),
        problem: Problem::TotalTooLarge,
    })
}

/// The text of a proposal file's bytes, decided here for the page and the
/// CLI alike, so both take and refuse the same files: UTF-8, with or
/// without one byte-order mark (which [`read_proposal`] skips; a second
/// one is not JSON). A file that starts with a UTF-16 byte-order mark is
/// refused by name: the format is UTF-8.
pub fn text_of_bytes(bytes: &[u8]) -> Result<&str> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(refusal("", Problem::NotUtf8 { utf16: true }));
    }
    std::str::from_utf8(bytes).map_err(|_| refusal("", Problem::NotUtf8 { utf16: false }))
}

/// Reads a proposal file. On any refusal nothing is returned but the reason.
pub fn read_proposal(text: &str) -> Result<Proposal> {
    // Editors on Windows like to start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = json::from_str(text).map_err(|e| ReadError {
        path: String::new(),
        problem: Problem::Syntax {
            line: e.line,
            column: e.column,
            detail: e.to_string(),
        },
    })?;
    proposal_from_value(&value)
}

/// Reads a proposal from an already parsed JSON tree.
pub fn proposal_from_value(value: &Value) -> Result<Proposal> {
    read_root(value).map_err(|error| *error)
}

fn read_root(value: &Value) -> Read<Proposal> {
    let refused = Refusal::default();
    let mut root = Obj::new(value, "", &refused);
    refused.check()?;
    match root.take("format") {
        Some(Value::String(s)) if s == FORMAT_ID => {}
        Some(_) => return fail("format", Problem::NotAProposal),
        None => return fail("format", Problem::MissingField),
    }
    let version = match root.take("version") {
        None => return fail("version", Problem::MissingField),
        Some(value) => {
            let known = match value {
                Value::Number(n) => READ_VERSIONS
                    .into_iter()
                    .find(|v| n.to_string() == v.to_string()),
                _ => None,
            };
            match known {
                Some(version) => version,
                None => return fail("version", Problem::UnsupportedVersion(compact(value))),
            }
        }
    };
    // A file is read by the fields of its own version: a field of a later
    // version is unknown there, as any other typo would be.
    let profile = match root.opt_text("profile") {
        None => DEFAULT_PROFILE.to_string(),
        Some(id) => {
            if crate::engine::profile::Profile::by_id(&id).is_none() {
                refused.note("profile", Problem::UnknownProfile(shown(&id)));
            }
            id
        }
    };
    let centre = match root.take_object("centre") {
        Some(obj) => read_centre(obj, version),
        None => Centre::default(),
    };
    let partners = root.list("partners", |item| {
        Some(Rc::new(read_partner(item, version)))
    });
    unique_ids(&refused, "partners", partners.iter().map(|p| p.id.as_str()));
    contributions_within_limit(&refused, &partners);
    let budget = root.list("budget", |item| Some(Rc::new(read_budget_line(item))));
    let activities = root.list("activities", |item| {
        Some(Rc::new(read_activity(item, version)))
    });
    unique_ids(
        &refused,
        "activities",
        activities.iter().map(|a| a.id.as_str()),
    );
    let impact = root.list("impact", |item| {
        Some(Rc::new(read_indicator(item, version)))
    });
    root.finish();
    refused.check()?;

    let proposal = Proposal {
        profile,
        centre,
        partners: Rows::from_shared(partners),
        budget: Rows::from_shared(budget),
        activities: Rows::from_shared(activities),
        impact: Rows::from_shared(impact),
    };
    check_totals(&proposal)?;
    Ok(proposal)
}

/// Refuses a proposal whose totals cannot be held exactly, naming the list.
pub fn check_totals(proposal: &Proposal) -> Result<()> {
    match totals::Totals::of(proposal) {
        Ok(_) => Ok(()),
        Err(overflow) => Err(refusal(&overflow.path.to_string(), Problem::TotalTooLarge)),
    }
}

/// The proposal as the file format writes it: money as decimal strings,
/// optional fields only when given, two-space indentation.
pub fn write_proposal(proposal: &Proposal) -> String {
    proposal_to_value(proposal).to_string_pretty()
}

/// The proposal as a JSON tree (for storage and links, which embed it).
pub fn proposal_to_value(proposal: &Proposal) -> Value {
    let mut file = Map::new();
    file.insert("format", FORMAT_ID.into());
    file.insert(
        "version",
        Value::Number(Number::from_u64(FORMAT_VERSION.into())),
    );
    file.insert("profile", proposal.profile.as_str().into());
    file.insert("centre", centre_value(&proposal.centre));
    file.insert("partners", list(&proposal.partners, partner_value));
    file.insert("budget", list(&proposal.budget, budget_line_value));
    file.insert("activities", list(&proposal.activities, activity_value));
    file.insert("impact", list(&proposal.impact, indicator_value));
    Value::Object(file)
}

/// How far a proposal's JSON has been written by [`write_proposal_piece`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JsonCursor {
    /// 0: nothing yet; 1 to 4: in partners, budget, activities, impact;
    /// 5: all written.
    list: u8,
    row: usize,
}

/// The lists of a proposal in the order of its JSON, after its head.
const LIST_KEYS: [&str; 4] = ["partners", "budget", "activities", "impact"];

/// Writes the next piece of the proposal's compact JSON to `out`: its head,
/// or up to `rows` rows of its lists. True when all of it is written. The
/// pieces together are `proposal_to_value(proposal).to_string_compact()`,
/// so a large plan can be written for storage a little at a time.
pub fn write_proposal_piece(
    proposal: &Proposal,
    cursor: &mut JsonCursor,
    rows: usize,
    out: &mut String,
) -> bool {
    if cursor.list == 0 {
        let mut head = Map::new();
        head.insert("format", FORMAT_ID.into());
        head.insert(
            "version",
            Value::Number(Number::from_u64(FORMAT_VERSION.into())),
        );
        head.insert("profile", proposal.profile.as_str().into());
        head.insert("centre", centre_value(&proposal.centre));
        Value::Object(head).write_compact(out);
        // Open again to add the lists.
        out.pop();
        out.push_str(",\"partners\":[");
        *cursor = JsonCursor { list: 1, row: 0 };
        return false;
    }
    let mut written = 0;
    // mutants: equivalent (`written <= rows`: one row more a piece only
    // paces the save; the pieces together are the same text)
    while cursor.list <= 4 && written < rows.max(1) {
        let row = cursor.row;
        let value = match cursor.list {
            1 => proposal.partners.get(row).map(partner_value),
            2 => proposal.budget.get(row).map(budget_line_value),
            3 => proposal.activities.get(row).map(activity_value),
            _ => proposal.impact.get(row).map(indicator_value),
        };
        match value {
            Some(value) => {
                if cursor.row > 0 {
                    out.push(',');
                }
                value.write_compact(out);
                cursor.row += 1;
                written += 1;
            }
            None => {
                out.push(']');
                cursor.list += 1;
                cursor.row = 0;
                match LIST_KEYS.get(usize::from(cursor.list) - 1) {
                    Some(key) => {
                        out.push_str(",\"");
                        out.push_str(key);
                        out.push_str("\":[");
                    }
                    None => out.push('}'),
                }
            }
        }
    }
    cursor.list > 4
}

fn list<'a, T: 'a>(items: impl IntoIterator<Item = &'a T>, each: fn(&T) -> Value) -> Value {
    Value::Array(items.into_iter().map(each).collect())
}

fn decimal_value(amount: Decimal) -> Value {
    Value::String(amount.to_string())
}

fn int_value(number: i64) -> Value {
    Value::Number(Number::from_i64(number))
}

/// Inserts an optional field only when it has a value.
fn put<T>(map: &mut Map, key: &str, value: Option<T>, to_value: impl Fn(T) -> Value) {
    if let Some(value) = value {
        map.insert(key, to_value(value));
    }
}

fn centre_value(centre: &Centre) -> Value {
    let mut map = Map::new();
    map.insert("name", centre.name.as_str().into());
    put(&mut map, "type", centre.centre_type, |t| t.id().into());
    put(&mut map, "province", centre.province, |p| p.id().into());
    put(&mut map, "start_year", centre.start_year, |y| {
        int_value(y.into())
    });
    put(&mut map, "duration_years", centre.duration_years, |y| {
        int_value(y.into())
    });
    map.insert(
        "themes",
        Value::Array(centre.themes.iter().map(|t| t.id().into()).collect()),
    );
    map.insert("regional_fit", centre.regional_fit.as_str().into());
    map.insert(
        "alliances",
        Value::Array(centre.alliances.iter().map(|a| a.as_str().into()).collect()),
    );
    map.insert("complementarity", centre.complementarity.as_str().into());
    Value::Object(map)
}

fn partner_value(partner: &Partner) -> Value {
    let mut map = Map::new();
    map.insert("id", partner.id.as_str().into());
    map.insert("name", partner.name.as_str().into());
    put(&mut map, "kind", partner.kind, |k| k.id().into());
    let mut governance = Map::new();
    governance.insert("strategic", partner.governance.strategic.into());
    governance.insert("executive", partner.governance.executive.into());
    governance.insert("top_management", partner.governance.top_management.into());
    map.insert("governance", Value::Object(governance));
    map.insert(
        "contributions",
        list(&partner.contributions, contribution_value),
    );
    Value::Object(map)
}

fn contribution_value(contribution: &Contribution) -> Value {
    let mut map = Map::new();
    map.insert("form", contribution.form.id().into());
    put(&mut map, "category", contribution.category, |c| {
        c.id().into()
    });
    put(&mut map, "hours", contribution.hours, decimal_value);
    put(
        &mut map,
        "hourly_rate",
        contribution.hourly_rate,
        decimal_value,
    );
    put(&mut map, "amount", contribution.amount, decimal_value);
    put(&mut map, "year", contribution.year, |y| int_value(y.into()));
    map.insert("description", contribution.description.as_str().into());
    put(&mut map, "valuation", contribution.valuation, |v| {
        v.id().into()
    });
    Value::Object(map)
}

fn budget_line_value(line: &BudgetLine) -> Value {
    let mut map = Map::new();
    put(&mut map, "kind", line.kind, |k| k.id().into());
    put(&mut map, "activity", line.activity.as_deref(), Value::from);
    map.insert("description", line.description.as_str().into());
    put(&mut map, "amount", line.amount, decimal_value);
    put(&mut map, "year", line.year, |y| int_value(y.into()));
    Value::Object(map)
}

fn activity_value(activity: &Activity) -> Value {
    let mut map = Map::new();
    map.insert("id", activity.id.as_str().into());
    map.insert("name", activity.name.as_str().into());
    put(&mut map, "goal", activity.goal, |g| g.id().into());
    let mut target = Map::new();
    put(&mut target, "count", activity.target.count, decimal_value);
    target.insert("unit", activity.target.unit.as_str().into());
    map.insert("target", Value::Object(target));
    map.insert("experiment", activity.experiment.into());
    map.insert(
        "partners",
        Value::Array(
            activity
                .partners
                .iter()
                .map(|p| p.as_str().into())
                .collect(),
        ),
    );
    map.insert(
        "with",
        Value::Array(activity.with.iter().map(|w| w.as_str().into()).collect()),
    );
    Value::Object(map)
}

fn indicator_value(indicator: &Indicator) -> Value {
    let mut map = Map::new();
    map.insert("group", indicator.group.id().into());
    map.insert("label", indicator.label.as_str().into());
    map.insert("measure", indicator.measure.id().into());
    map.insert("direction", indicator.direction.id().into());
    put(&mut map, "baseline", indicator.baseline, decimal_value);
    put(&mut map, "target", indicator.target, decimal_value);
    map.insert("unit", indicator.unit.as_str().into());
    Value::Object(map)
}

/// At most [`limits::CONTRIBUTIONS`] contributions of all partners
/// together; the path names the list that goes past it.
fn contributions_within_limit(refused: &Refusal, partners: &[Rc<Partner>]) {
    let mut count = 0;
    for (index, partner) in partners.iter().enumerate() {
        count += partner.contributions.len();
        if count > limits::CONTRIBUTIONS {
            return refused.note(
                &format!("partners[{index}].contributions"),
                Problem::OverLimit(Limit::Contributions),
            );
        }
    }
}

fn unique_ids<'a>(refused: &Refusal, list: &str, ids: impl Iterator<Item = &'a str>) {
    let ids: Vec<&str> = ids.collect();
    if let Some(index) = first_twin(&ids) {
        refused.note(
            &format!("{list}[{index}].id"),
            Problem::DuplicateId(shown(ids[index])),
        );
    }
}

fn compact(value: &Value) -> String {
    shown(&value.to_string_compact())
}

fn read_centre(mut obj: Obj, version: u32) -> Centre {
    let centre = Centre {
        name: obj.opt_text("name").unwrap_or_default(),
        centre_type: obj.opt_enum("type", CentreType::ALL, CentreType::IDS),
        province: obj.opt_enum("province", Province::ALL, Province::IDS),
        start_year: obj.opt_int("start_year", false),
        duration_years: obj
            .opt_int("duration_years", true)
            .map(|years| years as u32),
        themes: obj.list("themes", |item| item.enumeration(Theme::ALL, Theme::IDS)),
        regional_fit: obj.opt_text("regional_fit").unwrap_or_default(),
        alliances: obj.list("alliances", |item| Some(item.text())),
        complementarity: if version >= 3 {
            obj.opt_text("complementarity").unwrap_or_default()
        } else {
            String::new()
        },
    };
    obj.finish();
    centre
}

/// From version 3 a partner may leave out its kind: a draft, of no
/// sector until one is chosen. Versions 1 and 2 require it.
fn read_partner(item: Item, version: u32) -> Partner {
    let mut obj = item.object();
    let id = obj.req_text("id");
    let name = obj.opt_text("name").unwrap_or_default();
    let kind = obj.opt_enum("kind", PartnerKind::ALL, PartnerKind::IDS);
    if kind.is_none() && version < 3 {
        obj.missing("kind");
    }
    let governance = match obj.take_object("governance") {
        Some(mut g) => {
            let governance = Governance {
                strategic: g.opt_bool("strategic").unwrap_or(false),
                executive: g.opt_bool("executive").unwrap_or(false),
                top_management: g.opt_bool("top_management").unwrap_or(false),
            };
            g.finish();
            governance
        }
        None => Governance::default(),
    };
    let contributions = obj.list("contributions", |item| {
        Some(read_contribution(item, version))
    });
    obj.finish();
    Partner {
        id,
        name,
        kind,
        governance,
        contributions,
    }
}

fn read_contribution(item: Item, version: u32) -> Contribution {
    let mut obj = item.object();
    let form = obj.opt_enum("form", Form::ALL, Form::IDS);
    if form.is_none() {
        obj.missing("form");
    }
    let contribution = Contribution {
        form: form.unwrap_or(Form::Cash),
        category: obj.opt_enum("category", InKindCategory::ALL, InKindCategory::IDS),
        hours: obj.opt_decimal("hours"),
        hourly_rate: obj.opt_decimal("hourly_rate"),
        amount: obj.opt_decimal("amount"),
        year: obj.opt_int("year", false),
        description: obj.opt_text("description").unwrap_or_default(),
        valuation: if version >= 3 {
            obj.opt_enum("valuation", Valuation::ALL, Valuation::IDS)
        } else {
            None
        },
    };
    obj.finish();
    contribution
}

fn read_budget_line(item: Item) -> BudgetLine {
    let mut obj = item.object();
    let line = BudgetLine {
        kind: obj.opt_enum("kind", BudgetKind::ALL, BudgetKind::IDS),
        activity: obj.opt_text("activity"),
        description: obj.opt_text("description").unwrap_or_default(),
        amount: obj.opt_decimal("amount"),
        year: obj.opt_int("year", false),
    };
    obj.finish();
    line
}

fn read_activity(item: Item, version: u32) -> Activity {
    let mut obj = item.object();
    let id = obj.req_text("id");
    let name = obj.opt_text("name").unwrap_or_default();
    let goal = obj.opt_enum("goal", Goal::ALL, Goal::IDS);
    let target = match obj.take_object("target") {
        Some(mut t) => {
            let target = Target {
                count: t.opt_decimal("count"),
                unit: t.opt_text("unit").unwrap_or_default(),
            };
            t.finish();
            target
        }
        None => Target::default(),
    };
    let experiment = obj.opt_bool("experiment").unwrap_or(false);
    let partners = obj.list("partners", |item| Some(item.text()));
    let with = if version >= 2 {
        obj.list("with", |item| Some(item.text()))
    } else {
        Vec::new()
    };
    obj.finish();
    Activity {
        id,
        name,
        goal,
        target,
        experiment,
        partners,
        with,
    }
}

fn read_indicator(item: Item, version: u32) -> Indicator {
    let mut obj = item.object();
    let group = obj.opt_enum("group", Group::ALL, Group::IDS);
    if group.is_none() {
        obj.missing("group");
    }
    let indicator = Indicator {
        group: group.unwrap_or(Group::ALL[0]),
        label: obj.opt_text("label").unwrap_or_default(),
        measure: if version >= 2 {
            obj.opt_enum("measure", Measure::ALL, Measure::IDS)
                .unwrap_or(Measure::Count)
        } else {
            Measure::Count
        },
        direction: if version >= 3 {
            obj.opt_enum("direction", Improvement::ALL, Improvement::IDS)
                .unwrap_or(Improvement::Up)
        } else {
            Improvement::Up
        },
        baseline: obj.opt_decimal("baseline"),
        target: obj.opt_decimal("target"),
        unit: obj.opt_text("unit").unwrap_or_default(),
    };
    obj.finish();
    indicator
}

/// The first refusal met in reading one file (see [`FirstNoted`]): the
/// reader notes it and goes on with an empty value, notes nothing after
/// it, reads no further rows, and keeps nothing it read. Boxed: see
/// docs/library.md, "Browser compiler bugs".
type Refusal = FirstNoted<Box<ReadError>>;

impl Refusal {
    /// Notes a refusal, unless one was noted before.
    #[inline(never)]
    fn note(&self, path: &str, problem: Problem) {
        self.note_with(|| Box::new(refusal(path, problem)));
    }

    /// The refusal noted, if any.
    fn check(&self) -> Read<()> {
        match self.take() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// One JSON value at a known path.
struct Item<'a> {
    value: &'a Value,
    path: String,
    refused: &'a Refusal,
}

impl<'a> Item<'a> {
    fn object(self) -> Obj<'a> {
        Obj::new(self.value, &self.path, self.refused)
    }

    fn fail(&self, problem: Problem) {
        self.refused.note(&self.path, problem);
    }

    fn wrong_type(&self, expected: Expected) {
        self.fail(Problem::WrongType { expected });
    }

    /// The text; empty when it is refused.
    fn text(self) -> String {
        match self.value {
            Value::String(s) if limits::text_too_long(s) => {
                self.fail(Problem::OverLimit(Limit::Characters))
            }
            Value::String(s) => return s.clone(),
            _ => self.wrong_type(Expected::Text),
        }
        String::new()
    }

    /// Which of the allowed ids the text is: one routine for every enum,
    /// so each enum adds no reading code of its own to the download.
    fn choice(self, ids: &'static [&'static str]) -> Option<usize> {
        let refused = self.refused;
        let path = self.path.clone();
        let text = self.text();
        let index = ids.iter().position(|id| *id == text);
        if index.is_none() {
            refused.note(
                &path,
                Problem::UnknownValue {
                    value: shown(&text),
                    allowed: ids.to_vec(),
                },
            );
        }
        index
    }

    fn enumeration<T: Copy>(self, all: &[T], ids: &'static [&'static str]) -> Option<T> {
        self.choice(ids).map(|index| all[index])
    }

    fn decimal(self) -> Option<Decimal> {
        let text = match self.value {
            Value::Number(n) => n.to_string(),
            Value::String(s) if limits::text_too_long(s) => {
                self.fail(Problem::OverLimit(Limit::Characters));
                return None;
            }
            Value::String(s) => s.clone(),
            _ => {
                self.wrong_type(Expected::Number);
                return None;
            }
        };
        parse_decimal(&text)
            .map_err(|problem| self.fail(problem))
            .ok()
    }

    fn int(self, non_negative: bool) -> Option<i32> {
        let Value::Number(n) = self.value else {
            self.wrong_type(Expected::WholeNumber);
            return None;
        };
        let text = n.to_string();
        if text.starts_with('-') && non_negative {
            self.fail(Problem::Negative);
            return None;
        }
        let whole = whole_number(&text).and_then(|n| i32::try_from(n).ok());
        if whole.is_none() {
            self.fail(Problem::NotAWholeNumber);
        }
        whole
    }
}

/// A JSON object being read: fields are taken one by one, and whatever is
/// left at the end is an unknown field. A value that is no object is
/// refused, and read as an object without fields.
struct Obj<'a> {
    map: Option<&'a Map>,
    path: String,
    /// The few keys an object has: a list is smaller and as fast here.
    taken: Vec<&'static str>,
    refused: &'a Refusal,
}

impl<'a> Obj<'a> {
    fn new(value: &'a Value, path: &str, refused: &'a Refusal) -> Self {
        let map = match value {
            Value::Object(map) => Some(map),
            _ => {
                refused.note(
                    path,
                    Problem::WrongType {
                        expected: Expected::Object,
                    },
                );
                None
            }
        };
        Obj {
            map,
            path: path.to_string(),
            taken: Vec::new(),
            refused,
        }
    }

    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The value of a field; `null` counts as absent.
    fn take(&mut self, key: &'static str) -> Option<&'a Value> {
        self.taken.push(key);
        match self.map?.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => Some(value),
        }
    }

    fn item(&mut self, key: &'static str) -> Option<Item<'a>> {
        let path = self.child(key);
        let refused = self.refused;
        self.take(key).map(|value| Item {
            value,
            path,
            refused,
        })
    }

    /// Refuses the object for lacking `key`.
    fn missing(&self, key: &str) {
        self.refused.note(&self.child(key), Problem::MissingField);
    }

    fn take_object(&mut self, key: &'static str) -> Option<Obj<'a>> {
        self.item(key).map(Item::object)
    }

    /// The text of a field that must be there; empty when it is refused.
    fn req_text(&mut self, key: &'static str) -> String {
        match self.item(key) {
            Some(item) => item.text(),
            None => {
                self.missing(key);
                String::new()
            }
        }
    }

    fn opt_text(&mut self, key: &'static str) -> Option<String> {
        self.item(key).map(Item::text)
    }

    fn opt_bool(&mut self, key: &'static str) -> Option<bool> {
        match self.item(key)? {
            Item {
                value: Value::Bool(b),
                ..
            } => Some(*b),
            item => {
                item.wrong_type(Expected::Boolean);
                None
            }
        }
    }

    fn opt_decimal(&mut self, key: &'static str) -> Option<Decimal> {
        self.item(key)?.decimal()
    }

    fn opt_int(&mut self, key: &'static str, non_negative: bool) -> Option<i32> {
        self.item(key)?.int(non_negative)
    }

    fn opt_enum<T: Copy>(
        &mut self,
        key: &'static str,
        all: &[T],
        ids: &'static [&'static str],
    ) -> Option<T> {
        self.opt_choice(key, ids).map(|index| all[index])
    }

    /// Which of `ids` the field is, if given: one copy for every enum.
    fn opt_choice(&mut self, key: &'static str, ids: &'static [&'static str]) -> Option<usize> {
        self.item(key)?.choice(ids)
    }

    /// The rows of the list `key` that `read` gives, until a refusal.
    fn list<T>(&mut self, key: &'static str, read: impl Fn(Item<'a>) -> Option<T>) -> Vec<T> {
        let mut out = Vec::new();
        self.each(key, &mut |item| out.extend(read(item)));
        out
    }

    /// Hands each item of the list `key` to `read`, until a refusal. Not
    /// generic, so every list shares one copy of the loop.
    fn each(&mut self, key: &'static str, read: &mut dyn FnMut(Item<'a>)) {
        let (values, path) = self.array(key);
        for (index, value) in values.iter().enumerate() {
            if self.refused.is_noted() {
                break;
            }
            read(Item {
                value,
                path: format!("{path}[{index}]"),
                refused: self.refused,
            });
        }
    }

    /// The items of the list `key` (none when absent or refused) and its
    /// path: refused when it is no list, or longer than its limit, before
    /// any row is read. Not generic, so every list shares one copy.
    fn array(&mut self, key: &'static str) -> (&'a [Value], String) {
        let path = self.child(key);
        match self.take(key) {
            None => {}
            Some(Value::Array(values)) => {
                let limit = Limit::of_list(key);
                if values.len() <= limit.max() {
                    return (values, path);
                }
                self.refused.note(&path, Problem::OverLimit(limit));
            }
            Some(_) => self.refused.note(
                &path,
                Problem::WrongType {
                    expected: Expected::List,
                },
            ),
        }
        (&[], path)
    }

    /// Refuses the first field that was never taken: a typo must never
    /// silently drop data.
    fn finish(self) {
        // Report in the file's own order, so the first typo is named first.
        let unknown = self
            .map
            .and_then(|map| map.keys().find(|key| !self.taken.contains(&key.as_str())));
        if let Some(key) = unknown {
            self.refused
                .note(&self.child(&shown(key)), Problem::UnknownField);
        }
    }
}
