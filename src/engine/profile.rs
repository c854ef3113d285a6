//! The rule profile: every threshold the criteria use, read from a data file.
//!
//! The werkdefinitie gives directions, not hard numbers (apart from "about
//! 1/3 each"), so each number is a norm of a profile file under `profiles/`,
//! with its basis (Katapult's own text, or Centra-check's guideline), the
//! Katapult sentence it rests on and, for a guideline, why it reads the
//! sentence so. The files are compiled in; no rule holds a literal of its
//! own. To change a norm, change the file; to add a profile, add a file to
//! `PROFILE_FILES`.

use std::sync::OnceLock;

use rust_decimal::Decimal;

use crate::engine::ids::string_enum;
use crate::json::{self, Value};

/// Every profile the app knows: its id and the text of its file.
const PROFILE_FILES: &[&str] = &[include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/profiles/katapult-werkdefinitie.json"
))];

/// An exact fraction `numerator / denominator`, so that a bound like
/// 1/3 − 0.08 is compared without rounding: `a / T < n / d` ⇔ `a·d < n·T`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fraction {
    pub numerator: Decimal,
    pub denominator: Decimal,
}

impl Fraction {
    pub const fn new(numerator: Decimal, denominator: Decimal) -> Self {
        Fraction {
            numerator,
            denominator,
        }
    }

    /// The value, rounded by division: for display and parameters only.
    pub fn value(self) -> Decimal {
        self.numerator / self.denominator
    }
}

string_enum!(
    /// Whose demand a norm or finding is.
    Basis {
        /// Katapult's own text (the werkdefinitie or its overview page) states it.
        Werkdefinitie => "werkdefinitie",
        /// Centra-check's quantification or reading of a looser sentence.
        Guideline => "guideline",
    }
);

string_enum!(
    /// Which of Katapult's texts a norm quotes.
    Source {
        /// The Werkdefinitie Centra itself.
        Werkdefinitie => "werkdefinitie",
        /// Katapult's overview page on Centra (the average PPS).
        Overview => "overview",
    }
);

string_enum!(
    /// The norms every profile must define, by their names in `criteria.md`,
    /// in the order of its table "Norms and their basis".
    NormName {
        SectorTarget => "sector_target",
        ShareTolerance => "share_tolerance",
        ShareMinimum => "share_minimum",
        FinancingTolerance => "financing_tolerance",
        InKindTolerance => "in_kind_tolerance",
        MaxHourlyRate => "max_hourly_rate",
        MaxBureauShare => "max_bureau_share",
        HardMaxBureauShare => "hard_max_bureau_share",
        MinDurationYears => "min_duration_years",
        MinCompanies => "min_companies",
        MeetingWords => "meeting_words",
        BenchmarkCompanies => "benchmark_companies",
        BenchmarkStudents => "benchmark_students",
        BenchmarkTeachers => "benchmark_teachers",
    }
);

/// One norm as the profile file states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Norm {
    pub name: NormName,
    /// The value as the report writes it: `1/3`, `0.08`, `vergader, overleg`.
    pub value: String,
    pub basis: Basis,
    pub source: Source,
    /// Katapult's sentence the norm rests on, quoted.
    pub quote: String,
    /// For a guideline: why Centra-check reads the sentence so (nl, en).
    pub reasoning: Option<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub id: String,
    pub version: u32,
    /// The date (ISO) from which this profile applies.
    pub applies_from: String,
    /// Every norm, in the order of `NormName::ALL`.
    pub norms: Vec<Norm>,
    /// The share each of practice, government and education should have.
    pub sector_target: Fraction,
    /// How far a share may be from the target before it is a warning.
    pub share_tolerance: Decimal,
    /// Below this a sector counts as missing (an error).
    pub share_minimum: Decimal,
    /// Costs and cofinancing may differ this much (euros) without a finding.
    pub financing_tolerance: Decimal,
    /// Hours × rate may differ from the amount this much (euros).
    pub in_kind_tolerance: Decimal,
    pub max_hourly_rate: Decimal,
    pub max_bureau_share: Decimal,
    pub hard_max_bureau_share: Decimal,
    pub min_duration_years: u32,
    pub min_companies: usize,
    /// Words in an in-kind description that suggest meeting hours.
    pub meeting_words: Vec<String>,
    /// The average PPS (Katapult's overview page): organisations, students,
    /// teachers.
    pub benchmark_companies: u32,
    pub benchmark_students: u32,
    pub benchmark_teachers: u32,
}

/// Why a profile file was refused: a defect of this build, found by tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError(pub String);

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn all_profiles() -> &'static [Profile] {
    static PROFILES: OnceLock<Vec<Profile>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        PROFILE_FILES
            .iter()
            .map(|text| {
                // The files are compiled in and checked by the tests, so a
                // failure here is a defect of the build, not of user input.
                Profile::from_json(text).unwrap_or_else(|e| panic!("profile file: {e}"))
            })
            .collect()
    })
}

impl Profile {
    pub const KATAPULT_ID: &'static str = "katapult-werkdefinitie";

    /// The profile of Katapult's Werkdefinitie Centra.
    pub fn katapult() -> &'static Profile {
        Profile::by_id(Self::KATAPULT_ID).expect("the Katapult profile is compiled in")
    }

    /// Every profile the app knows, by id.
    pub fn by_id(id: &str) -> Option<&'static Profile> {
        all_profiles().iter().find(|p| p.id == id)
    }

    /// The texts of the compiled-in profile files (for tests and tools).
    pub fn files() -> &'static [&'static str] {
        PROFILE_FILES
    }

    pub fn norm(&self, name: NormName) -> &Norm {
        self.norms
            .iter()
            .find(|n| n.name == name)
            .expect("every norm is present: from_json checks it")
    }

    /// Reads a profile file. Every norm of `NormName::ALL` must be there,
    /// once, with a value, a basis, a source and Katapult's sentence; a
    /// guideline also needs its reasoning in Dutch and English.
    pub fn from_json(text: &str) -> Result<Profile, ProfileError> {
        let err = |what: String| Err(ProfileError(what));
        let root = json::from_str(text).map_err(|e| ProfileError(e.to_string()))?;
        let text_at = |value: &Value, key: &str| -> Result<String, ProfileError> {
            match value.get(key).and_then(Value::as_str) {
                Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
                _ => Err(ProfileError(format!("{key}: missing or empty"))),
            }
        };
        if text_at(&root, "format")? != "centra-check/profile" {
            return err("format: not a centra-check/profile".into());
        }
        let id = text_at(&root, "id")?;
        let version = root
            .get("version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| ProfileError("version: missing".into()))?;
        let applies_from = text_at(&root, "applies_from")?;
        let Some(Value::Array(items)) = root.get("norms") else {
            return err("norms: missing".into());
        };
        let mut norms: Vec<Norm> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let at = |key: &str| format!("norms[{index}].{key}");
            let name_text = text_at(item, "name").map_err(|_| ProfileError(at("name")))?;
            let Some(name) = NormName::from_id(&name_text) else {
                return err(format!("{}: unknown norm {name_text}", at("name")));
            };
            if norms.iter().any(|n| n.name == name) {
                return err(format!("{}: {name_text} twice", at("name")));
            }
            let value = match item.get("value") {
                Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
                Some(Value::Array(words)) if !words.is_empty() => {
                    let words: Option<Vec<&str>> = words.iter().map(Value::as_str).collect();
                    match words {
                        Some(words) => words.join(", "),
                        None => return err(format!("{}: a list of words", at("value"))),
                    }
                }
                _ => return err(format!("{}: missing", at("value"))),
            };
            let basis = item
                .get("basis")
                .and_then(Value::as_str)
                .and_then(Basis::from_id)
                .ok_or_else(|| {
                    ProfileError(format!("{}: werkdefinitie or guideline", at("basis")))
                })?;
            let source = item
                .get("source")
                .and_then(Value::as_str)
                .and_then(Source::from_id)
                .ok_or_else(|| {
                    ProfileError(format!("{}: werkdefinitie or overview", at("source")))
                })?;
            let quote = text_at(item, "quote").map_err(|_| ProfileError(at("quote")))?;
            let reasoning = match item.get("reasoning") {
                None | Some(Value::Null) => None,
                Some(reasoning) => Some((
                    text_at(reasoning, "nl").map_err(|_| ProfileError(at("reasoning.nl")))?,
                    text_at(reasoning, "en").map_err(|_| ProfileError(at("reasoning.en")))?,
                )),
            };
            if basis == Basis::Guideline && reasoning.is_none() {
                return err(format!("{}: a guideline says why", at("reasoning")));
            }
            norms.push(Norm {
                name,
                value,
                basis,
                source,
                quote,
                reasoning,
            });
        }
        if let Some(missing) = NormName::ALL
            .iter()
            .find(|name| !norms.iter().any(|n| n.name == **name))
        {
            return err(format!("norms: {} is missing", missing.id()));
        }
        norms.sort_by_key(|n| NormName::ALL.iter().position(|name| *name == n.name));

        let value_of = |name: NormName| -> &str {
            &norms
                .iter()
                .find(|n| n.name == name)
                .expect("checked")
                .value
        };
        let decimal = |name: NormName| -> Result<Decimal, ProfileError> {
            Decimal::from_str_exact(value_of(name))
                .map_err(|_| ProfileError(format!("{}: not a decimal", name.id())))
        };
        let whole = |name: NormName| -> Result<u32, ProfileError> {
            value_of(name)
                .parse()
                .map_err(|_| ProfileError(format!("{}: not a whole number", name.id())))
        };
        let sector_target = match value_of(NormName::SectorTarget).split_once('/') {
            Some((n, d)) => Fraction::new(
                Decimal::from_str_exact(n).map_err(|_| ProfileError("sector_target".into()))?,
                Decimal::from_str_exact(d).map_err(|_| ProfileError("sector_target".into()))?,
            ),
            None => Fraction::new(decimal(NormName::SectorTarget)?, Decimal::ONE),
        };
        if sector_target.denominator.is_zero() {
            return err("sector_target: zero denominator".into());
        }
        let meeting_words = value_of(NormName::MeetingWords)
            .split(',')
            .map(|w| w.trim().to_ascii_lowercase())
            .collect();
        Ok(Profile {
            id,
            version,
            applies_from,
            sector_target,
            share_tolerance: decimal(NormName::ShareTolerance)?,
            share_minimum: decimal(NormName::ShareMinimum)?,
            financing_tolerance: decimal(NormName::FinancingTolerance)?,
            in_kind_tolerance: decimal(NormName::InKindTolerance)?,
            max_hourly_rate: decimal(NormName::MaxHourlyRate)?,
            max_bureau_share: decimal(NormName::MaxBureauShare)?,
            hard_max_bureau_share: decimal(NormName::HardMaxBureauShare)?,
            min_duration_years: whole(NormName::MinDurationYears)?,
            min_companies: whole(NormName::MinCompanies)? as usize,
            meeting_words,
            benchmark_companies: whole(NormName::BenchmarkCompanies)?,
            benchmark_students: whole(NormName::BenchmarkStudents)?,
            benchmark_teachers: whole(NormName::BenchmarkTeachers)?,
            norms,
        })
    }

    /// The lower bound of the band: target − tolerance, exact.
    pub fn share_lower(&self) -> Fraction {
        let t = self.sector_target;
        Fraction::new(
            t.numerator - self.share_tolerance * t.denominator,
            t.denominator,
        )
    }

    /// The upper bound of the band: target + tolerance, exact.
    pub fn share_upper(&self) -> Fraction {
        let t = self.sector_target;
        Fraction::new(
            t.numerator + self.share_tolerance * t.denominator,
            t.denominator,
        )
    }

    pub fn share_minimum(&self) -> Fraction {
        Fraction::new(self.share_minimum, Decimal::ONE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_compiled_profile_reads_and_has_every_norm_with_its_sentence() {
        for text in Profile::files() {
            let profile = Profile::from_json(text).expect("profile file reads");
            assert_eq!(profile.norms.len(), NormName::ALL.len());
            for norm in &profile.norms {
                assert!(
                    !norm.quote.trim().is_empty(),
                    "{:?} quotes Katapult",
                    norm.name
                );
                if norm.basis == Basis::Guideline {
                    assert!(norm.reasoning.is_some(), "{:?} says why", norm.name);
                }
            }
        }
    }

    fn without(field: &str, in_norm: &str) -> String {
        let text = Profile::files()[0];
        let mut root = json::from_str(text).unwrap();
        let Value::Object(map) = &mut root else {
            unreachable!()
        };
        let mut norms = match map.remove("norms") {
            Some(Value::Array(norms)) => norms,
            _ => unreachable!(),
        };
        for norm in &mut norms {
            if let Value::Object(norm) = norm {
                if norm.get("name").and_then(Value::as_str) == Some(in_norm) {
                    norm.remove(field);
                }
            }
        }
        map.insert("norms", Value::Array(norms));
        root.to_string_pretty()
    }

    #[test]
    fn a_norm_without_basis_sentence_or_reasoning_is_refused() {
        for (field, norm) in [
            ("basis", "sector_target"),
            ("quote", "min_companies"),
            ("quote", "share_tolerance"),
            ("reasoning", "max_hourly_rate"),
            ("value", "max_bureau_share"),
        ] {
            let error = Profile::from_json(&without(field, norm)).unwrap_err();
            assert!(error.0.contains(field), "{field} of {norm}: {error}");
        }
        // A werkdefinitie norm needs no reasoning of Centra-check's own.
        assert!(Profile::from_json(&without("reasoning", "min_companies")).is_ok());
    }

    #[test]
    fn a_missing_norm_is_refused_by_name() {
        let text = Profile::files()[0].replace("\"name\": \"min_companies\"", "\"name\": \"x\"");
        let error = Profile::from_json(&text).unwrap_err();
        assert!(error.0.contains("unknown norm x"), "{error}");
    }

    #[test]
    fn the_katapult_profile_applies_the_catalogue_numbers() {
        let profile = Profile::katapult();
        assert_eq!(profile.id, "katapult-werkdefinitie");
        assert_eq!(
            profile.sector_target.value().round_dp(6).to_string(),
            "0.333333"
        );
        assert_eq!(profile.share_tolerance.to_string(), "0.08");
        assert_eq!(profile.max_bureau_share.to_string(), "0.20");
        assert_eq!(profile.min_duration_years, 4);
        assert_eq!(profile.min_companies, 2);
        assert_eq!(profile.meeting_words.len(), 5);
        assert_eq!(
            profile.norm(NormName::MeetingWords).value,
            "vergader, overleg, stuurgroep, bijeenkomst, meeting"
        );
    }
}
