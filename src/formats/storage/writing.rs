//! Writing the envelope: [`serialise`] and [`stored_text`] at once, or
//! [`SaveJob`] a piece at a time in the page's idle moments.

use crate::formats::proposal_file::{proposal_to_value, write_proposal_piece, JsonCursor};
use crate::json::{Map, Number, Value};

use super::compact;
use super::envelope::{COMPACT_FROM, COMPACT_PREFIX, FORMAT_ID, VERSION};
use super::SavedPlans;

/// The text to store under [`STORAGE_KEY`](super::STORAGE_KEY).
pub fn serialise(plans: &SavedPlans) -> String {
    let whole = |n: u64| Value::Number(Number::from_u64(n));
    let mut envelope = Map::new();
    envelope.insert("format", FORMAT_ID.into());
    envelope.insert("version", whole(VERSION.into()));
    envelope.insert("lang", plans.lang.id().into());
    envelope.insert("active", plans.active.as_str().into());
    envelope.insert("next_id", whole(plans.next_id));
    let entries = plans
        .plans
        .iter()
        .map(|plan| {
            let mut entry = Map::new();
            entry.insert("id", plan.id.as_str().into());
            entry.insert("name", plan.name.as_str().into());
            entry.insert("updated_at", whole(plan.updated_at));
            entry.insert("proposal", proposal_to_value(&plan.proposal));
            Value::Object(entry)
        })
        .collect();
    envelope.insert("plans", Value::Array(entries));
    Value::Object(envelope).to_string_compact()
}

/// What is stored under [`STORAGE_KEY`](super::STORAGE_KEY): the envelope as JSON, or from
/// [`COMPACT_FROM`] bytes on, in its compact form.
pub fn stored_text(plans: &SavedPlans) -> String {
    let json = serialise(plans);
    if json.len() < COMPACT_FROM {
        return json;
    }
    let packed = compact::to_text(&compact::compress(json.as_bytes()));
    format!("{COMPACT_PREFIX}{packed}")
}

/// Makes [`stored_text`] a piece at a time, so the routine save of a
/// large plan can run in the page's idle moments instead of holding it for
/// tens of milliseconds: call [`SaveJob::step`] until it says done, then
/// [`Autosave::finish`]. The plans are a snapshot (the proposals are
/// shared, not copied).
pub struct SaveJob {
    plans: SavedPlans,
    stage: Stage,
}

enum Stage {
    /// Writing the envelope's JSON: in plan `plan`, as far as `cursor`.
    Json {
        json: String,
        plan: usize,
        cursor: Option<JsonCursor>,
    },
    Compress {
        json: String,
        compressor: compact::Compressor,
    },
    Done(String),
}

/// Rows of a plan's lists written in one step.
const ROWS_PER_STEP: usize = 250;
/// Bytes of JSON compressed in one step.
// mutants: equivalent (48 + 1024 only paces the save; every piece size
// writes the same text, and `make bench` measures the longest task)
const BYTES_PER_STEP: usize = 48 * 1024;

impl SaveJob {
    pub fn new(plans: &SavedPlans) -> SaveJob {
        let whole = |n: u64| Value::Number(Number::from_u64(n));
        let mut head = Map::new();
        head.insert("format", FORMAT_ID.into());
        head.insert("version", whole(VERSION.into()));
        head.insert("lang", plans.lang.id().into());
        head.insert("active", plans.active.as_str().into());
        head.insert("next_id", whole(plans.next_id));
        let mut json = String::new();
        Value::Object(head).write_compact(&mut json);
        json.pop();
        json.push_str(",\"plans\":[");
        SaveJob {
            plans: plans.clone(),
            stage: Stage::Json {
                json,
                plan: 0,
                cursor: None,
            },
        }
    }

    /// Does one small piece of the work (a few hundred rows, or some tens
    /// of kilobytes to compress). True when the text is ready.
    pub fn step(&mut self) -> bool {
        match &mut self.stage {
            Stage::Json { json, plan, cursor } => {
                let Some(saved) = self.plans.plans.get(*plan) else {
                    json.push_str("]}");
                    let json = std::mem::take(json);
                    self.stage = if json.len() < COMPACT_FROM {
                        Stage::Done(json)
                    } else {
                        Stage::Compress {
                            compressor: compact::Compressor::new(json.len()),
                            json,
                        }
                    };
                    return matches!(self.stage, Stage::Done(_));
                };
                let Some(at) = cursor else {
                    let mut entry = Map::new();
                    entry.insert("id", saved.id.as_str().into());
                    entry.insert("name", saved.name.as_str().into());
                    entry.insert(
                        "updated_at",
                        Value::Number(Number::from_u64(saved.updated_at)),
                    );
                    if *plan > 0 {
                        json.push(',');
                    }
                    Value::Object(entry).write_compact(json);
                    json.pop();
                    json.push_str(",\"proposal\":");
                    *cursor = Some(JsonCursor::default());
                    return false;
                };
                if write_proposal_piece(&saved.proposal, at, ROWS_PER_STEP, json) {
                    json.push('}');
                    *plan += 1;
                    *cursor = None;
                }
                false
            }
            Stage::Compress { json, compressor } => {
                if compressor.advance(json.as_bytes(), BYTES_PER_STEP) {
                    let Stage::Compress { json, compressor } =
                        std::mem::replace(&mut self.stage, Stage::Done(String::new()))
                    else {
                        unreachable!("in the compress stage")
                    };
                    let packed = compact::to_text(&compressor.finish(json.as_bytes()));
                    self.stage = Stage::Done(format!("{COMPACT_PREFIX}{packed}"));
                    return true;
                }
                false
            }
            Stage::Done(_) => true,
        }
    }

    /// Whether the text is ready to write.
    pub fn done(&self) -> bool {
        matches!(self.stage, Stage::Done(_))
    }

    pub fn plans(&self) -> &SavedPlans {
        &self.plans
    }
}

impl SaveJob {
    /// The job's plans, and its text when it is ready.
    pub(super) fn into_parts(self) -> (SavedPlans, Option<String>) {
        let text = match self.stage {
            Stage::Done(text) => Some(text),
            _ => None,
        };
        (self.plans, text)
    }
}
