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
use rust_decimal::Decimal;

pub use crate::text::lang::Lang;

mod en;
mod nl;

impl Lang {
    /// The catalogue of this language. Out of line, as `text::ui::ui`:
    /// inlined, every call of the catalogue became a call of each language.
    #[inline(never)]
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
    /// A finding in words: its sentence with its values (`finding_text`).
    fn finding(&self, finding: &Finding) -> String;
    /// What would fix it, where the engine can say so concretely.
    fn fix(&self, finding: &Finding) -> Option<String>;
    /// A finding's sentence, `{0}`…`{9}` where its values go (`values`):
    /// each language gives the sentences, the values are made once for all.
    fn finding_template(&self, finding: &Finding) -> &'static str;
    /// Its fix's sentence, with the same values.
    fn fix_template(&self, finding: &Finding) -> Option<&'static str>;
    /// The small words findings are put together with.
    fn words(&self) -> &'static Words;
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
    /// as this language writes it, grouped (`150.000` / `150,000`).
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

/// A limit as the language writes the number: `2.000` (nl), `2,000` (en).
fn limit_count(limit: Limit, lang: Lang) -> String {
    number(Decimal::from(limit.max()), 0, lang)
}

/// How many rows a finding names before it counts the rest: a plan may
/// have thousands of partners without a contribution.
const NAMED: usize = 10;

/// Rows by name, `a, b en c`; beyond [`NAMED`] the first ones and how many
/// more (`… en 4.990 andere`).
fn named_rows(rows: &[RowName], words: &Words, lang: Lang) -> String {
    let mut names: Vec<String> = rows
        .iter()
        .take(NAMED)
        .map(|r| row_name(r, words))
        .collect();
    if rows.len() > NAMED {
        let more = number(Decimal::from(rows.len() - NAMED), 0, lang);
        names.push(format!("{more} {}", words.others));
    }
    join_and(&names, words.and)
}

fn join_and(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// The small words a language puts findings together with.
pub struct Words {
    pub and: &'static str,
    /// What the rows beyond the first ten are: "… en 4.990 *andere*".
    pub others: &'static str,
    /// "Bijdrage 2 *van* partner ‘X’".
    pub of: &'static str,
    /// The nouns rows are named with, and what a row without a name is.
    pub partner: &'static str,
    pub contribution: &'static str,
    pub budget_line: &'static str,
    pub activity: &'static str,
    pub indicator: &'static str,
    pub no_name: &'static str,
    pub no_description: &'static str,
    /// The balance plan's names of practice, government and education, as
    /// Katapult's "1/3 bedrijfsleven, 1/3 (regionale) overheden en 1/3
    /// vanuit de onderwijsinstelling(en)" has them, and what a sector does
    /// that does not change (one, several).
    pub plan_sectors: [&'static str; 3],
    pub stays: &'static str,
    pub stay: &'static str,
    /// The benchmark's head counts, and what it says without one (`{0}`:
    /// the word).
    pub students: &'static str,
    pub teachers: &'static str,
    pub no_count: &'static str,
}

/// How a finding names a row: `partner ‘Techniek BV’`, or by its place
/// when it has no name: `partner 10 (zonder naam)`; a contribution always
/// by its place, with its description: `bijdrage 2 (‘CNC’)`.
pub fn row_name(row: &RowName, words: &Words) -> String {
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

/// `template` with `{n}` replaced by `values[n]` (one digit; the values
/// are never read as templates themselves).
fn fill(template: &str, values: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let index = rest
            .as_bytes()
            .get(at + 1)
            .map(|b| usize::from(b.wrapping_sub(b'0')));
        if let Some(value) = index.and_then(|i| values.get(i)) {
            out.push_str(value);
        }
        rest = rest.get(at + 3..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// A finding in words, in the language of `texts`.
pub fn finding_text(texts: &dyn Catalogue, finding: &Finding) -> String {
    fill(texts.finding_template(finding), &values(texts, finding))
}

/// What would fix a finding, in words.
pub fn fix_text(texts: &dyn Catalogue, finding: &Finding) -> Option<String> {
    texts
        .fix_template(finding)
        .map(|template| fill(template, &values(texts, finding)))
}

/// The values of a finding's sentences, numbered as the templates of every
/// language use them (`{0}`, `{1}`, …): amounts, shares and names written
/// the language's way.
fn values(texts: &dyn Catalogue, finding: &Finding) -> Vec<String> {
    use Finding::*;
    let l = texts.lang();
    let w = texts.words();
    let row = |row: &RowName| row_name(row, w);
    let start = |row: &RowName| capitalised(&row_name(row, w));
    let rows = |rows: &[RowName]| named_rows(rows, w, l);
    let lower = |sector: &Sector| texts.sector(*sector).to_ascii_lowercase();
    let of_partner = |what: &RowName, partner: Option<&RowName>| match partner {
        Some(partner) => format!("{} {} {}", start(what), w.of, row(partner)),
        None => start(what),
    };
    let count = |value: &Option<Decimal>, word: &str| match value {
        Some(v) => format!("{} {word}", quantity(*v, l)),
        None => fill(w.no_count, &[word.to_string()]),
    };
    match finding {
        NoFocus | NoRegionalFit | NoComplementarity | NoAlliances | NoPracticePartner
        | NoEducationPartner | NoCompanyManagement | NoBoard | NoBureauDistinction | NoDuration
        | NoActivities | NoIndicators | NoCompanyIndicator | NoExperiment | ExperimentAlone => {
            vec![]
        }
        EducationChain { level } => vec![texts.partner_kind(*level).into()],
        FewCompanies { companies, minimum } => vec![companies.to_string(), minimum.to_string()],
        NotStrategic { sector } | NotExecutive { sector } => vec![lower(sector)],
        NoCofinancing { sector } => vec![texts.sector(*sector).into()],
        PartnersWithoutContribution { partners } => vec![rows(partners)],
        Benchmark {
            organisations,
            students,
            teachers,
            average_organisations,
            average_students,
            average_teachers,
            ..
        } => vec![
            average_organisations.to_string(),
            average_students.to_string(),
            average_teachers.to_string(),
            quantity(*organisations, l),
            count(students, w.students),
            count(teachers, w.teachers),
        ],
        Share {
            sector,
            share,
            limit,
            bound,
            extra,
            band,
            ..
        } => vec![
            lower(sector),
            percent(*share, l),
            percent(band.0, l),
            percent(band.1, l),
            texts.sector(*sector).into(),
            percent(*limit, l),
            money(*extra, l),
            percent(*bound, l),
        ],
        FinancingShortfall {
            costs,
            cofinancing,
            difference,
        }
        | FinancingSurplus {
            costs,
            cofinancing,
            difference,
        } => vec![
            money(*costs, l),
            money(*cofinancing, l),
            money(*difference, l),
        ],
        MeetingHoursExcluded { partner, amount } => vec![row(partner), money(*amount, l)],
        LooksLikeMeetings {
            partner,
            description,
        }
        | InKindNoBasis {
            partner,
            description,
        } => vec![row(partner), description.clone()],
        InKindMismatch {
            partner,
            computed: first,
            amount: second,
        }
        | RateHigh {
            partner,
            rate: first,
            maximum: second,
        } => vec![row(partner), money(*first, l), money(*second, l)],
        InKindNoAmount {
            partner,
            contribution,
        }
        | InKindNoValuation {
            partner,
            contribution,
            ..
        }
        | InKindMarketValue {
            partner,
            contribution,
            ..
        } => vec![of_partner(contribution, Some(partner))],
        YearOutsidePeriod {
            row,
            partner,
            year,
            first,
            last,
        } => vec![
            of_partner(row, partner.as_ref()),
            year.to_string(),
            first.to_string(),
            last.to_string(),
        ],
        NoPrivateCofinancing { practice } => vec![money(*practice, l)],
        BalancePlan { changes, band, .. } => vec![
            plan_changes(l, changes, w),
            percent(band.0, l),
            percent(band.1, l),
        ],
        UnclassifiedLines { lines, amount } => vec![money(*amount, l), rows(lines)],
        BureauShareHigh {
            share,
            maximum,
            to_move,
            target,
            ..
        }
        | BureauShareExcessive {
            share,
            maximum,
            to_move,
            target,
            ..
        } => vec![
            percent(*share, l),
            percent(*maximum, l),
            money(*to_move, l),
            percent(*target, l),
        ],
        ShortDuration { years, minimum } => vec![years.to_string(), minimum.to_string()],
        PartnerUnassigned { partners, amount } => vec![money(*amount, l), rows(partners)],
        ActivityNoGoal { activity }
        | ActivityNoTarget { activity }
        | ActivityNoBudget { activity } => vec![start(activity)],
        UnknownActivity { line, activity } => {
            vec![start(line), activity.clone().unwrap_or_default()]
        }
        CostPerUnit {
            activity,
            cost,
            unit,
            budget,
            count,
        } => vec![
            start(activity),
            money(*budget, l),
            quantity(*count, l),
            unit.clone(),
            money(*cost, l),
        ],
        GoalsUncovered { goals } => vec![join_and(
            &goals
                .iter()
                .map(|g| texts.goal(*g).to_string())
                .collect::<Vec<_>>(),
            w.and,
        )],
        GroupMissing { group } => vec![texts.group(*group).to_ascii_lowercase()],
        NoTarget { indicator, .. } => vec![start(indicator)],
        UnknownPartner { activity, partner } => vec![start(activity), partner.clone()],
    }
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
/// − € 20.000, overheid blijft gelijk`.
fn plan_changes(lang: Lang, changes: &[Decimal; 3], words: &Words) -> String {
    let mut parts = Vec::new();
    let mut same = Vec::new();
    for (name, change) in words.plan_sectors.into_iter().zip(changes) {
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
        let verb = if same.len() == 1 {
            words.stays
        } else {
            words.stay
        };
        parts.push(format!("{} {verb}", join_and(&same, words.and)));
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

    /// Every sentence of every language asks only for values a finding
    /// has, and leaves no `{` behind; the variants a template is chosen by
    /// (one company or more, up or down, …) included.
    #[test]
    fn every_template_uses_only_the_values_there_are() {
        let mut findings = Finding::samples();
        let row = RowName::new(RowKind::Activity, 0, "");
        findings.extend([
            Finding::FewCompanies {
                companies: 1,
                minimum: 2,
            },
            Finding::Benchmark {
                organisations: Decimal::ONE,
                organisations_from_indicator: true,
                students: Some(Decimal::ONE),
                teachers: None,
                average_organisations: 35,
                average_students: 375,
                average_teachers: 30,
            },
            Finding::UnknownActivity {
                line: row.clone(),
                activity: Some("x".into()),
            },
            Finding::NoTarget {
                indicator: row,
                direction: Improvement::Down,
            },
        ]);
        for finding in &findings {
            for lang in Lang::ALL {
                let texts = lang.texts();
                let count = values(texts, finding).len();
                let templates = [
                    Some(texts.finding_template(finding)),
                    texts.fix_template(finding),
                ];
                for template in templates.into_iter().flatten() {
                    for (at, _) in template.match_indices('{') {
                        let index = usize::from(template.as_bytes()[at + 1] - b'0');
                        assert!(
                            index < count,
                            "{} {lang:?}: {{{index}}} of {count}",
                            finding.code()
                        );
                        assert_eq!(&template[at + 2..at + 3], "}", "{}", finding.code());
                    }
                }
                assert!(!texts.finding(finding).contains('{'), "{}", finding.code());
            }
        }
    }

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
