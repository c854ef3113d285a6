//! The rule profile: every threshold the criteria use, in one place.
//!
//! The werkdefinitie gives directions, not hard numbers (apart from "about
//! 1/3 each"), so each number here is a choice of this profile, shown to the
//! user next to the result. To change a norm, change it here (or add a
//! profile to `Profile::ALL`); no rule holds a literal of its own.

use rust_decimal::Decimal;

/// `dec(8, 2)` is 0.08: an exact literal, never a float.
fn dec(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
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

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub id: &'static str,
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
    /// The national average PPS (Katapult): companies, students, teachers.
    pub benchmark_companies: u32,
    pub benchmark_students: u32,
    pub benchmark_teachers: u32,
}

impl Profile {
    pub const KATAPULT_ID: &'static str = "katapult-werkdefinitie";

    pub fn katapult() -> Profile {
        Profile {
            id: Self::KATAPULT_ID,
            sector_target: Fraction::new(Decimal::ONE, dec(3, 0)),
            share_tolerance: dec(8, 2),
            share_minimum: dec(15, 2),
            financing_tolerance: Decimal::ONE,
            in_kind_tolerance: Decimal::ONE,
            max_hourly_rate: dec(150, 0),
            max_bureau_share: dec(20, 2),
            hard_max_bureau_share: dec(35, 2),
            min_duration_years: 4,
            min_companies: 2,
            meeting_words: &[
                "vergader",
                "overleg",
                "stuurgroep",
                "bijeenkomst",
                "meeting",
            ],
            benchmark_companies: 35,
            benchmark_students: 375,
            benchmark_teachers: 30,
        }
    }

    /// Every profile the app knows, by id.
    pub fn by_id(id: &str) -> Option<Profile> {
        (id == Self::KATAPULT_ID).then(Profile::katapult)
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
