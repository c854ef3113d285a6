//! The texts of what the engine judges and reads, per language, as a typed
//! catalogue: findings and their fixes, read problems, statuses, the names
//! of kinds, themes and norms, and why a typed number is refused. (The
//! page's labels are in `ui`, saving and share-link notices in `notices`,
//! words of files in `words`.)
//!
//! Each language implements `Catalogue`; every method matches exhaustively
//! on its enum, so a new finding code, kind or problem without a text in
//! either language does not compile.

use crate::engine::limits::Limit;
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

/// How many names a message lists before it counts the rest: a plan may
/// have thousands of partners without a contribution.
const NAMED: usize = 10;

/// Names in quotes, `‘a’, ‘b’ and ‘c’`; beyond [`NAMED`] the first ones
/// and how many more (`… en 4.990 andere`).
fn named(items: &[String], lang: Lang) -> String {
    let mut names: Vec<String> = items.iter().take(NAMED).map(|i| format!("‘{i}’")).collect();
    let (and, others) = match lang {
        Lang::Nl => ("en", "andere"),
        Lang::En => ("and", "others"),
    };
    if items.len() > NAMED {
        let more = number(rust_decimal::Decimal::from(items.len() - NAMED), 0, lang);
        names.push(format!("{more} {others}"));
    }
    join_and(&names, and)
}

/// A limit as the language writes the number: `2.000` (nl), `2,000` (en).
fn limit_count(limit: Limit, lang: Lang) -> String {
    number(rust_decimal::Decimal::from(limit.max()), 0, lang)
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
