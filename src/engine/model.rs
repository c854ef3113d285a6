//! The proposal: what an applicant plans, as the file format of
//! `spec/proposal-format.md` describes it. Plain data; reading and writing
//! live in `proposal_file`, judging in `evaluate`.

use rust_decimal::Decimal;

use crate::engine::ids::string_enum;
use crate::engine::rows::Rows;

string_enum!(
    /// Centre of Expertise (hbo), Centrum voor Innovatief Vakmanschap (mbo), other PPS.
    CentreType { Coe => "coe", Civ => "civ", Pps => "pps" }
);

string_enum!(Province {
    Groningen => "groningen",
    Friesland => "friesland",
    Drenthe => "drenthe",
    Overijssel => "overijssel",
    Flevoland => "flevoland",
    Gelderland => "gelderland",
    Utrecht => "utrecht",
    NoordHolland => "noord_holland",
    ZuidHolland => "zuid_holland",
    Zeeland => "zeeland",
    NoordBrabant => "noord_brabant",
    Limburg => "limburg",
    National => "national",
});

string_enum!(
    /// The economic or societal focus ('zwaartepunt'): top sectors, missions,
    /// key technologies, or a regional priority described in `regional_fit`.
    Theme {
        AgriFood => "agri_food",
        Chemistry => "chemistry",
        CreativeIndustry => "creative_industry",
        Energy => "energy",
        HighTech => "high_tech",
        LifeSciencesHealth => "life_sciences_health",
        Logistics => "logistics",
        Horticulture => "horticulture",
        WaterMaritime => "water_maritime",
        EnergyTransition => "energy_transition",
        AgricultureWaterFood => "agriculture_water_food",
        HealthCare => "health_care",
        Security => "security",
        KeyTechnologies => "key_technologies",
        RegionalOther => "regional_other",
    }
);

string_enum!(PartnerKind {
    Company => "company",
    SectorOrganisation => "sector_organisation",
    PublicOrganisation => "public_organisation",
    Vo => "vo",
    Mbo => "mbo",
    Hbo => "hbo",
    Wo => "wo",
    Municipality => "municipality",
    Province => "province",
    NationalGovernment => "national_government",
    OtherGovernment => "other_government",
    Other => "other",
});

string_enum!(
    /// The thirds of the cofinancing split, plus `unassigned` for kind `other`.
    Sector {
        Practice => "practice",
        Government => "government",
        Education => "education",
        Unassigned => "unassigned",
    }
);

impl Sector {
    /// The three sectors the werkdefinitie wants about a third each from.
    pub const THIRDS: [Sector; 3] = [Sector::Practice, Sector::Government, Sector::Education];
}

impl PartnerKind {
    pub fn sector(self) -> Sector {
        use PartnerKind::*;
        match self {
            Company | SectorOrganisation | PublicOrganisation => Sector::Practice,
            Municipality | Province | NationalGovernment | OtherGovernment => Sector::Government,
            Vo | Mbo | Hbo | Wo => Sector::Education,
            Other => Sector::Unassigned,
        }
    }
}

string_enum!(Form { Cash => "cash", InKind => "in_kind" });

string_enum!(InKindCategory {
    StaffHours => "staff_hours",
    Equipment => "equipment",
    Facilities => "facilities",
    MeetingHours => "meeting_hours",
    Other => "other",
});

string_enum!(BudgetKind { Bureau => "bureau", Activity => "activity" });

string_enum!(
    /// The four overarching goals of the werkdefinitie.
    Goal {
        NextProfessional => "next_professional",
        LifelongLearning => "lifelong_learning",
        InnovationCapacity => "innovation_capacity",
        WorkforceMobility => "workforce_mobility",
    }
);

string_enum!(Group {
    Students => "students",
    Teachers => "teachers",
    Employees => "employees",
    Companies => "companies",
});

string_enum!(
    /// What an indicator's numbers are: only counts are compared with the
    /// average PPS (a satisfaction score is never "8 students").
    Measure {
        Count => "count",
        Score => "score",
        Percentage => "percentage",
    }
);

string_enum!(
    /// How an in-kind thing was valued (version 3): what its use over the
    /// period would cost to hire, the part of its value used up, its price
    /// when bought for the centre, or the price of the thing itself.
    Valuation {
        Rent => "rent",
        Depreciation => "depreciation",
        Purchase => "purchase",
        MarketValue => "market_value",
    }
);

string_enum!(
    /// Which way an indicator improves (version 3): a higher number, or a
    /// lower one (dropout, waiting time, vacancies).
    Improvement {
        Up => "up",
        Down => "down",
    }
);

pub const FORMAT_ID: &str = "centra-check/proposal";
/// The version writers write.
pub const FORMAT_VERSION: u32 = 3;
/// The versions readers accept, each by its own fields: version 1 lacks
/// `activities[].with` and `impact[].measure`, versions 1 and 2 lack
/// `centre.complementarity`, `contributions[].valuation` and
/// `impact[].direction`; they then take their defaults. From version 3 a
/// partner may leave out its kind (a draft: it counts for no sector).
pub const READ_VERSIONS: [u32; 3] = [1, 2, 3];
pub const DEFAULT_PROFILE: &str = "katapult-werkdefinitie";

#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub profile: String,
    pub centre: Centre,
    pub partners: Rows<Partner>,
    pub budget: Rows<BudgetLine>,
    pub activities: Rows<Activity>,
    pub impact: Rows<Indicator>,
}

impl Proposal {
    /// Whether this is the empty form: nothing filled in. One copy of the
    /// comparison for every place that asks.
    #[inline(never)]
    pub fn is_empty(&self) -> bool {
        *self == Proposal::default()
    }
}

impl Default for Proposal {
    fn default() -> Self {
        Proposal {
            profile: DEFAULT_PROFILE.to_string(),
            centre: Centre::default(),
            partners: Rows::new(),
            budget: Rows::new(),
            activities: Rows::new(),
            impact: Rows::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Centre {
    pub name: String,
    pub centre_type: Option<CentreType>,
    pub province: Option<Province>,
    pub start_year: Option<i32>,
    pub duration_years: Option<u32>,
    pub themes: Vec<Theme>,
    pub regional_fit: String,
    pub alliances: Vec<String>,
    /// What the centre adds to the region's existing activities and
    /// stakeholders ("aanvullend op bestaande activiteiten").
    pub complementarity: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    pub id: String,
    pub name: String,
    /// `None` until one is chosen (a draft, version 3): such a partner
    /// counts for no sector, company or organisation.
    pub kind: Option<PartnerKind>,
    pub governance: Governance,
    pub contributions: Vec<Contribution>,
}

impl Partner {
    /// The sector the partner's money counts for: `Unassigned` for kind
    /// `other`, and for a partner whose kind is not chosen yet.
    pub fn sector(&self) -> Sector {
        self.kind.map_or(Sector::Unassigned, PartnerKind::sector)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Governance {
    /// A seat in the steering.
    pub strategic: bool,
    /// Hands-on work in the activities.
    pub executive: bool,
    /// Company management, or the College van Bestuur itself, in the steering.
    pub top_management: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    pub form: Form,
    pub category: Option<InKindCategory>,
    pub hours: Option<Decimal>,
    pub hourly_rate: Option<Decimal>,
    pub amount: Option<Decimal>,
    pub year: Option<i32>,
    pub description: String,
    /// In kind only: how the amount was set.
    pub valuation: Option<Valuation>,
}

impl Contribution {
    pub fn new(form: Form) -> Self {
        Contribution {
            form,
            category: None,
            hours: None,
            hourly_rate: None,
            amount: None,
            year: None,
            description: String::new(),
            valuation: None,
        }
    }

    /// The category that applies: in kind defaults to `other`; cash has none.
    pub fn effective_category(&self) -> Option<InKindCategory> {
        match self.form {
            Form::Cash => None,
            Form::InKind => Some(self.category.unwrap_or(InKindCategory::Other)),
        }
    }

    pub fn is_staff_hours(&self) -> bool {
        self.effective_category() == Some(InKindCategory::StaffHours)
    }

    pub fn is_meeting_hours(&self) -> bool {
        self.effective_category() == Some(InKindCategory::MeetingHours)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct BudgetLine {
    pub kind: Option<BudgetKind>,
    pub activity: Option<String>,
    pub description: String,
    pub amount: Option<Decimal>,
    pub year: Option<i32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub id: String,
    pub name: String,
    pub goal: Option<Goal>,
    pub target: Target,
    pub experiment: bool,
    pub partners: Vec<String>,
    /// Outside parties the activity is done with (another centre, a
    /// lectoraat, a network): experimenting "samen met andere partijen".
    pub with: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Target {
    pub count: Option<Decimal>,
    pub unit: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub group: Group,
    pub label: String,
    pub measure: Measure,
    /// Whether a higher or a lower number is the improvement.
    pub direction: Improvement,
    pub baseline: Option<Decimal>,
    pub target: Option<Decimal>,
    pub unit: String,
}
