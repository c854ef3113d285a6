//! The texts of what the engine judges and reads, per language, as a typed
//! catalogue: findings and their fixes, read problems, statuses, the names
//! of kinds, themes and norms, and why a typed number is refused. (The
//! page's labels are in `ui`, saving and share-link notices in `notices`,
//! words of files in `words`.)
//!
//! Each language implements `Catalogue`; every method matches exhaustively
//! on its enum, so a new finding code, kind or problem without a text in
//! either language does not compile.

use crate::engine::model::*;
use crate::engine::problem::{Expected, Problem, ReadError};
use crate::engine::profile::{Norm, NormName, Profile, Source};
use crate::engine::report::*;
use crate::text::display::{money, number, percent, quantity};
use crate::text::money_input::{InputError, ReadNote};

pub use crate::text::lang::Lang;

mod en;
mod nl;

impl Lang {
    /// The catalogue of this language.
    pub fn texts(self) -> &'static dyn Catalogue {
        match self {
            Lang::Nl => &Dutch,
            Lang::En => &English,
        }
    }
}

/// What every language must say.
pub trait Catalogue: Sync {
    fn lang(&self) -> Lang;
    fn finding(&self, finding: &Finding) -> String;
    /// How a finding names a row: `partner ‘Techniek BV’`, or by its place
    /// when it has no name: `partner 10 (zonder naam)`; a contribution
    /// always by its place, with its description: `bijdrage 2 (‘CNC’)`.
    fn row_name(&self, row: &RowName) -> String;
    /// What would fix it, where the engine can say so concretely.
    fn fix(&self, finding: &Finding) -> Option<String>;
    fn problem(&self, problem: &Problem) -> String;
    fn status(&self, status: Status) -> &'static str;
    fn severity(&self, severity: Severity) -> &'static str;
    fn criterion_title(&self, id: CriterionId) -> &'static str;
    fn sector(&self, sector: Sector) -> &'static str;
    fn partner_kind(&self, kind: PartnerKind) -> &'static str;
    fn theme(&self, theme: Theme) -> &'static str;
    fn goal(&self, goal: Goal) -> &'static str;
    fn group(&self, group: Group) -> &'static str;
    fn centre_type(&self, centre_type: CentreType) -> &'static str;
    fn province(&self, province: Province) -> &'static str;
    fn form(&self, form: Form) -> &'static str;
    fn category(&self, category: InKindCategory) -> &'static str;
    fn budget_kind(&self, kind: BudgetKind) -> &'static str;
    fn measure(&self, measure: Measure) -> &'static str;
    /// How an in-kind thing was valued, as the form's select offers it.
    fn valuation(&self, valuation: Valuation) -> &'static str;
    /// Which way an indicator improves, as the form's select offers it.
    fn improvement(&self, improvement: Improvement) -> &'static str;
    /// The tag beside a finding or norm: whose demand it is.
    fn basis(&self, basis: Basis) -> &'static str;
    fn source(&self, source: Source) -> &'static str;
    /// What a norm is about, as a short label.
    fn norm_label(&self, name: NormName) -> &'static str;
    /// A norm's value for people: `25,3 %`, `€ 150`, `4 jaar`.
    fn norm_value(&self, norm: &Norm, profile: &Profile) -> String;
    /// Once per report: what this check is, and is not.
    fn self_check(&self) -> &'static str;
    /// Why a typed number cannot be used, shown at its field.
    fn input_error(&self, error: InputError) -> &'static str;
    /// How an ambiguous typed number was read; `value` is the exact value
    /// as this language writes it, without grouping.
    fn read_note(&self, note: ReadNote, value: &str) -> String;
}

/// A read error as one line: `partners[2].contributons: unknown field`.
pub fn read_error(error: &ReadError, lang: Lang) -> String {
    let problem = lang.texts().problem(&error.problem);
    if error.path.is_empty() {
        problem
    } else {
        format!("{}: {problem}", error.path)
    }
}

impl std::fmt::Display for ReadError {
    /// English, for logs and `Debug`-like use; the UI and CLI pick a language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&read_error(self, Lang::En))
    }
}

impl std::error::Error for ReadError {}

fn join_and(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// The nouns a language names rows with, and what it says of a row
/// without a name.
struct RowWords {
    partner: &'static str,
    contribution: &'static str,
    budget_line: &'static str,
    activity: &'static str,
    indicator: &'static str,
    no_name: &'static str,
    no_description: &'static str,
}

fn row_name(row: &RowName, words: &RowWords) -> String {
    let (noun, none) = match row.kind {
        RowKind::Partner => (words.partner, words.no_name),
        RowKind::Contribution => (words.contribution, ""),
        RowKind::BudgetLine => (words.budget_line, words.no_description),
        RowKind::Activity => (words.activity, words.no_name),
        RowKind::Indicator => (words.indicator, words.no_name),
    };
    let position = row.position;
    match (row.kind, row.name.is_empty()) {
        (RowKind::Contribution, true) => format!("{noun} {position}"),
        (RowKind::Contribution, false) => format!("{noun} {position} (‘{}’)", row.name),
        (_, true) => format!("{noun} {position} ({none})"),
        (_, false) => format!("{noun} ‘{}’", row.name),
    }
}

/// `Bijdrage 2 (‘CNC’) van partner ‘Techniek BV’`: a row, and its partner
/// when it has one, at the start of a sentence.
fn of_partner(
    texts: &dyn Catalogue,
    row: &RowName,
    partner: Option<&RowName>,
    of: &str,
) -> String {
    let mut text = capitalised(&texts.row_name(row));
    if let Some(partner) = partner {
        text = format!("{text} {of} {}", texts.row_name(partner));
    }
    text
}

/// The first letter upper case, for a row's name at the start of a
/// sentence (the nouns start with an ASCII letter).
fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// The balance plan's changes: `bedrijfsleven + € 140.000, onderwijs
/// − € 20.000, overheid blijft gelijk`; `names` are the three sectors'
/// short names, as Katapult's "1/3 bedrijfsleven, 1/3 (regionale)
/// overheden en 1/3 vanuit de onderwijsinstelling(en)" has them.
fn plan_changes(
    lang: Lang,
    changes: &[rust_decimal::Decimal; 3],
    names: [&str; 3],
    and: &str,
    stays: &str,
    stay: &str,
) -> String {
    let mut parts = Vec::new();
    let mut same = Vec::new();
    for (name, change) in names.into_iter().zip(changes) {
        if change.is_zero() {
            same.push(name.to_string());
        } else {
            let sign = if change.is_sign_negative() {
                '−'
            } else {
                '+'
            };
            parts.push(format!("{name} {sign} {}", money(change.abs(), lang)));
        }
    }
    if !same.is_empty() {
        let verb = if same.len() == 1 { stays } else { stay };
        parts.push(format!("{} {verb}", join_and(&same, and)));
    }
    parts.join(", ")
}

pub struct Dutch;
pub struct English;

fn province_name(province: Province, national: &'static str) -> &'static str {
    match province {
        Province::Groningen => "Groningen",
        Province::Friesland => "Fryslân",
        Province::Drenthe => "Drenthe",
        Province::Overijssel => "Overijssel",
        Province::Flevoland => "Flevoland",
        Province::Gelderland => "Gelderland",
        Province::Utrecht => "Utrecht",
        Province::NoordHolland => "Noord-Holland",
        Province::ZuidHolland => "Zuid-Holland",
        Province::Zeeland => "Zeeland",
        Province::NoordBrabant => "Noord-Brabant",
        Province::Limburg => "Limburg",
        Province::National => national,
    }
}

/// A norm's value as people read it, in `lang`: shares as percentages (the
/// tolerance as the band it makes), money in euros, counts as numbers.
fn norm_value(norm: &Norm, profile: &Profile, lang: Lang, years: &str, companies: &str) -> String {
    match norm.name {
        NormName::SectorTarget => format!(
            "{} ({})",
            norm.value,
            percent(profile.sector_target.value(), lang)
        ),
        NormName::ShareTolerance => format!(
            "{}–{} ({} ± {})",
            percent(profile.share_lower().value(), lang),
            percent(profile.share_upper().value(), lang),
            profile.norm(NormName::SectorTarget).value,
            number(profile.share_tolerance, 4, lang)
        ),
        NormName::ShareMinimum => percent(profile.share_minimum, lang),
        NormName::MaxBureauShare => percent(profile.max_bureau_share, lang),
        NormName::HardMaxBureauShare => percent(profile.hard_max_bureau_share, lang),
        NormName::FinancingTolerance => money(profile.financing_tolerance, lang),
        NormName::InKindTolerance => money(profile.in_kind_tolerance, lang),
        NormName::MaxHourlyRate => money(profile.max_hourly_rate, lang),
        NormName::MinDurationYears => format!("{} {years}", profile.min_duration_years),
        NormName::MinCompanies => format!("{} {companies}", profile.min_companies),
        NormName::MeetingWords => norm.value.to_string(),
        NormName::BenchmarkCompanies => profile.benchmark_companies.to_string(),
        NormName::BenchmarkStudents => profile.benchmark_students.to_string(),
        NormName::BenchmarkTeachers => profile.benchmark_teachers.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every finding code, from the engine's own list: each has a text in
    /// every language, and no language's text is another's by mistake.
    #[test]
    fn every_finding_has_its_own_text_in_every_language() {
        for finding in Finding::samples() {
            let texts: Vec<String> = Lang::ALL
                .iter()
                .map(|lang| lang.texts().finding(&finding))
                .collect();
            for (lang, text) in Lang::ALL.iter().zip(&texts) {
                assert!(!text.trim().is_empty(), "{} {lang:?}", finding.code());
            }
            assert_ne!(texts[0], texts[1], "{}", finding.code());
            let fixes: Vec<Option<String>> = Lang::ALL
                .iter()
                .map(|lang| lang.texts().fix(&finding))
                .collect();
            assert_eq!(
                fixes[0].is_some(),
                fixes[1].is_some(),
                "{}: a fix in one language only",
                finding.code()
            );
        }
    }
}
