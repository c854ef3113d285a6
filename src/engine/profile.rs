//! The rule profile: every threshold the criteria use, from a data file.
//!
//! The werkdefinitie gives directions, not hard numbers (apart from "about
//! 1/3 each"), so each number is a norm of a profile file under `profiles/`,
//! with its basis (Katapult's own text, or Centra-check's guideline), the
//! Katapult sentence it rests on and, for a guideline, why it reads the
//! sentence so. The build compiles every file in (`build.rs`, which refuses
//! a norm without its basis, sentence or reasoning); no rule holds a literal
//! of its own. To change a norm, change the file; to add a profile, add a
//! file.

use std::sync::OnceLock;

use rust_decimal::Decimal;

use crate::engine::ids::string_enum;

// `compiled_profiles()`: every file of `profiles/` as a `Profile { .. }`.
include!(concat!(env!("OUT_DIR"), "/profiles.rs"));

/// A whole number of a profile file, for a count or a decimal field alike.
struct Whole(u32);

impl From<Whole> for u32 {
    fn from(whole: Whole) -> u32 {
        whole.0
    }
}

impl From<Whole> for usize {
    fn from(whole: Whole) -> usize {
        whole.0 as usize
    }
}

impl From<Whole> for Decimal {
    fn from(whole: Whole) -> Decimal {
        Decimal::from(whole.0)
    }
}

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
    pub value: &'static str,
    pub basis: Basis,
    pub source: Source,
    /// Katapult's sentence the norm rests on, quoted.
    pub quote: &'static str,
    /// For a guideline: why Centra-check reads the sentence so (nl, en).
    pub reasoning: Option<(&'static str, &'static str)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub id: &'static str,
    pub version: u32,
    /// The date (ISO) from which this profile applies.
    pub applies_from: &'static str,
    /// Every norm, in the order of `NormName::ALL`.
    pub norms: &'static [Norm],
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
    pub meeting_words: &'static [&'static str],
    /// The average PPS (Katapult's overview page): organisations, students,
    /// teachers.
    pub benchmark_companies: u32,
    pub benchmark_students: u32,
    pub benchmark_teachers: u32,
}

fn all_profiles() -> &'static [Profile] {
    static PROFILES: OnceLock<Vec<Profile>> = OnceLock::new();
    PROFILES.get_or_init(compiled_profiles)
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

    pub fn norm(&self, name: NormName) -> &Norm {
        self.norms
            .iter()
            .find(|n| n.name == name)
            .expect("every norm is present: it sets a field of its own")
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
    fn every_compiled_profile_has_every_norm_in_order_with_its_sentence() {
        let profiles = compiled_profiles();
        assert!(!profiles.is_empty());
        for profile in profiles {
            let names: Vec<NormName> = profile.norms.iter().map(|n| n.name).collect();
            assert_eq!(
                names,
                NormName::ALL,
                "{}: the order of criteria.md",
                profile.id
            );
            for norm in profile.norms {
                assert!(
                    !norm.quote.trim().is_empty(),
                    "{} quotes Katapult",
                    norm.name.id()
                );
                if norm.basis == Basis::Guideline {
                    assert!(norm.reasoning.is_some(), "{} says why", norm.name.id());
                }
            }
            assert!(!profile.sector_target.denominator.is_zero());
        }
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
