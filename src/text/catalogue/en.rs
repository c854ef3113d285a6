//! The English texts of the catalogue (`super::Catalogue`).

use super::*;

impl Catalogue for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn words(&self) -> &'static Words {
        &Words {
            and: "and",
            others: "others",
            of: "of",
            partner: "partner",
            contribution: "contribution",
            budget_line: "budget line",
            activity: "activity",
            indicator: "indicator",
            no_name: "no name",
            no_description: "no description",
            plan_sectors: ["business", "government", "education"],
            stays: "stays the same",
            stay: "stay the same",
            students: "students",
            teachers: "teachers",
            no_count: "no count of {0} yet",
        }
    }

    fn finding(&self, finding: &Finding) -> String {
        finding_text(self, finding)
    }

    fn fix(&self, finding: &Finding) -> Option<String> {
        fix_text(self, finding)
    }

    fn finding_template(&self, finding: &Finding) -> &'static str {
        use Finding::*;
        match finding {
            NoFocus => "No economic or societal focus (theme) has been chosen yet.",
            NoRegionalFit => "Describe how the focus connects to provincial or national economic priorities.",
            NoComplementarity => "Describe what the centre adds: the werkdefinitie asks for activities ‘complementary to existing activities and stakeholders’.",
            NoAlliances => "No strategic alliances with existing stakeholders are listed.",
            EducationChain { .. } => "The education partners all come from one level: {0}. The werkdefinitie seeks the connection vmbo-mbo-hbo-wo: consider a partner from another level of education.",
            NoPracticePartner => "There is no partner from business and the professional field (companies and/or public organisations such as hospitals).",
            NoEducationPartner => "There is no educational institution among the partners.",
            FewCompanies { companies: 1, .. } => "1 company takes part. The werkdefinitie names ‘several companies and/or universities of applied sciences or mbo institutions’; Centra-check reads that as at least {1} companies.",
            FewCompanies { .. } => "{0} companies take part. The werkdefinitie names ‘several companies and/or universities of applied sciences or mbo institutions’; Centra-check reads that as at least {1} companies.",
            NotStrategic { .. } => "No {0} partner is involved at the strategic level (steering).",
            NotExecutive { .. } => "No {0} partner is involved at the executive level (works on the activities).",
            NoCompanyManagement => "No company management in the steering; the werkdefinitie looks at their ‘position … in steering and execution’.",
            NoBoard => "No executive board (College van Bestuur) in the steering; the werkdefinitie looks at their ‘position … in steering and execution’.",
            NoCofinancing { .. } => "{0} contributes no recognised cofinancing (cash or in kind).",
            PartnersWithoutContribution { .. } => "These partners contribute nothing (yet): {0}.",
            Benchmark { organisations_from_indicator: true, .. } => "For comparison: according to Katapult, an average PPS has {0} companies and organisations, {1} students and {2} teachers taking part. This plan: {3} participating companies, {4} and {5} (the largest target counted in numbers).",
            Benchmark { .. } => "For comparison: according to Katapult, an average PPS has {0} companies and organisations, {1} students and {2} teachers taking part. This plan: {3} partners outside education (government too), {4} and {5} (the largest target counted in numbers).",
            Share { rule: ShareBound::Low, .. } => "The share of {0} in the cofinancing is {1}, below {2}. The werkdefinitie asks for about 1/3 per sector; Centra-check counts {2}–{3} as ‘about’ (guideline).",
            Share { rule: ShareBound::High, .. } => "The share of {0} in the cofinancing is {1}, above {3}. The werkdefinitie asks for about 1/3 per sector; Centra-check counts {2}–{3} as ‘about’ (guideline).",
            Share { .. } => "{4} is all but missing from the cofinancing: {1}. Centra-check counts a share below {5} as missing (guideline). The werkdefinitie asks for about 1/3 per sector; Centra-check counts {2}–{3} as ‘about’ (guideline).",
            FinancingShortfall { .. } => "The budget ({0}) exceeds the recognised cofinancing ({1}) by {2}.",
            FinancingSurplus { .. } => "The recognised cofinancing ({1}) exceeds the budget ({0}) by {2}. Is the budget complete?",
            MeetingHoursExcluded { .. } => "Meeting hours do not count as cofinancing: {1} from {0} is left out of every total.",
            LooksLikeMeetings { .. } => "The in-kind contribution of {0} (‘{1}’) looks like meeting hours. Check that it adds real value to the activities.",
            InKindNoBasis { .. } => "The staff hours of {0} lack the number of hours or the hourly rate.",
            InKindMismatch { .. } => "For {0}, hours × rate is {1}, but the amount is {2}.",
            RateHigh { .. } => "The hourly rate of {0} ({1}) is above {2}, Centra-check's guideline for a realistic value. The werkdefinitie asks that in kind could also be paid in cash.",
            InKindNoAmount { .. } => "{0} has no amount: it counts as €0.",
            InKindNoValuation { .. } => "{0} does not say how its realistic value was set.",
            InKindMarketValue { .. } => "{0} counts at market value. A thing lent is worth its use (rent or depreciation), not its price (guideline).",
            YearOutsidePeriod { .. } => "{0} falls in {1}, outside the period {2}–{3}.",
            NoPrivateCofinancing { .. } => "The cofinancing of business and the professional field ({0}) comes from public organisations only; the werkdefinitie asks for balance ‘between public and private parties’.",
            BalancePlan { .. } => "One plan that fixes it all: {0}; then the cofinancing covers the budget and every share lies between {1} and {2} (advice).",
            NoBureauDistinction => "The budget does not distinguish bureau costs from activities.",
            UnclassifiedLines { .. } => "Not classified as bureau costs or activity ({0}): {1}.",
            BureauShareHigh { .. } => "Bureau costs are {0} of the budget. The werkdefinitie asks for a clear distinction between bureau costs and concrete activities; above {1} Centra-check asks for an explanation (guideline).",
            BureauShareExcessive { .. } => "Bureau costs are {0} of the budget: more than {1}, the upper limit Centra-check applies (guideline).",
            // Characteristic 1 of the werkdefinitie, not one of its criteria.
            NoDuration => "The duration is not filled in. Characteristic 1 of the werkdefinitie is ‘multi-year co-creation and cofinancing’: state how many years the plan runs.",
            ShortDuration { .. } => "The duration is {0} years. Characteristic 1 of the werkdefinitie is ‘multi-year co-creation and cofinancing’; Centra-check reads that as at least {1} years (guideline).",
            PartnerUnassigned { .. } => "{0} from {1} counts in the total but in none of the three sectors (kind ‘other’, or no kind chosen yet).",
            NoActivities => "The budget has lines, but no activity is described yet.",
            ActivityNoGoal { .. } => "{0} names none of the four goals of the werkdefinitie.",
            ActivityNoTarget { .. } => "{0} has no quantified target (for example 200 participants).",
            ActivityNoBudget { .. } => "{0} has no budget line.",
            UnknownActivity { activity: Some(_), .. } => "{0} points at activity ‘{1}’, which does not exist.",
            UnknownActivity { .. } => "{0} is an activity line but does not say which activity.",
            CostPerUnit { .. } => "{0}: {1} for {2} {3} = {4} per unit.",
            GoalsUncovered { .. } => "No activity serves: {0}.",
            NoIndicators => "There are no impact indicators yet.",
            GroupMissing { .. } => "There is no impact indicator for {0}.",
            NoTarget { direction: Improvement::Up, .. } => "{0} has no target above its baseline.",
            NoTarget { .. } => "{0} has no target below its baseline.",
            NoCompanyIndicator => "Consider an indicator for the number of actively participating companies.",
            NoExperiment => "No activity is marked as an experiment or innovation.",
            ExperimentAlone => "No experiment is done together with others: the werkdefinitie asks to experiment ‘not in isolation but together with other parties who are also working on it’. No experiment is carried by partners of two sectors or names an outside party.",
            UnknownPartner { .. } => "{0} names partner ‘{1}’, which does not exist.",
        }
    }

    fn fix_template(&self, finding: &Finding) -> Option<&'static str> {
        use Finding::*;
        Some(match finding {
            Share { rule: ShareBound::High, .. } => "The other sectors together need {6} more to bring {0} down to {7}, if the rest stays the same.",
            Share { .. } => "{4} needs {6} more to reach {7}, if the rest stays the same.",
            FinancingShortfall { .. } => "Find {2} more cofinancing or lower the budget by that amount.",
            MeetingHoursExcluded { .. } => "Replace meeting hours by work that really moves the activities forward.",
            InKindNoBasis { .. } => "Fill in the number of hours and the hourly rate.",
            InKindMismatch { .. } => "Set the amount to {1} or correct the hours or rate.",
            InKindNoValuation { .. } | InKindMarketValue { .. } => "Choose the valuation: rent, depreciation or bought for the centre.",
            NoBureauDistinction | UnclassifiedLines { .. } => "Classify every budget line as bureau costs or activity.",
            BureauShareHigh { .. } | BureauShareExcessive { .. } => "Move {2} from bureau costs to activities; then they are {3}.",
            ActivityNoTarget { .. } => "Fill in a target count and a unit.",
            ActivityNoBudget { .. } => "Add a budget line of kind ‘activity’ that points at this activity.",
            UnknownActivity { .. } => "Choose the activity this line pays for.",
            NoTarget { direction: Improvement::Up, .. } => "Fill in a target above the baseline.",
            NoTarget { .. } => "Fill in a target below the baseline.",
            NoExperiment => "Mark at least one activity that tries something new as an experiment.",
            ExperimentAlone => "Have an experiment carried by partners from, say, business and education, or name the outside parties under ‘Together with’ (another centre, a lectoraat or a network).",
            ActivityNoGoal { .. } => "Choose the goal this activity contributes to.",
            NoDuration => "Fill in the duration in years.",
            _ => return None,
        })
    }

    fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Syntax { line, column, .. } => format!("not valid JSON (line {line}, column {column})"),
            Problem::NotAProposal => "not a Centra-check proposal (format must be \"centra-check/proposal\")".into(),
            Problem::UnsupportedVersion(v) => format!("version {v} is not supported; this version of Centra-check reads versions 1, 2 and 3"),
            Problem::UnknownProfile(id) => format!("unknown rule profile ‘{id}’"),
            Problem::UnknownField => "unknown field".into(),
            Problem::MissingField => "required field is missing".into(),
            Problem::WrongType { expected } => format!("expected {}", match expected {
                Expected::Object => "an object",
                Expected::List => "a list",
                Expected::Text => "text",
                Expected::Number => "a number",
                Expected::WholeNumber => "a whole number",
                Expected::Boolean => "true or false",
            }),
            Problem::NotANumber(text) => format!("‘{text}’ is not a number (use a dot as the decimal separator, no thousands separators)"),
            Problem::Negative => "must not be negative".into(),
            Problem::TooManyDigits => "number too large or too precise (more than 28 digits)".into(),
            Problem::NotAWholeNumber => "expected a whole number".into(),
            Problem::UnknownValue { value, allowed } => format!("unknown value ‘{value}’; choose from: {}", allowed.join(", ")),
            Problem::DuplicateId(id) => format!("id ‘{id}’ occurs twice"),
            Problem::TotalTooLarge => "the total of these amounts is too large or too precise to compute exactly".into(),
            Problem::OverLimit(limit) => format!("more than {} {}", limit_count(*limit, Lang::En), match limit {
                Limit::Characters => "characters",
                Limit::Partners => "partners",
                Limit::Contributions => "contributions (all partners together)",
                Limit::BudgetLines => "budget lines",
                Limit::Activities => "activities",
                Limit::Indicators => "impact indicators",
                Limit::Items => "items",
            }),
            Problem::NotUtf8 { utf16: true } => "the file is UTF-16; save it as UTF-8".into(),
            Problem::NotUtf8 { utf16: false } => "the file is not UTF-8 text".into(),
        }
    }

    fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Meets => "Meets",
            Status::Partly => "Partly meets",
            Status::NotMet => "Does not meet",
            Status::Incomplete => "Not filled in yet",
        }
    }

    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
            Severity::Info => "Info",
        }
    }

    fn criterion_title(&self, id: CriterionId) -> &'static str {
        match id {
            CriterionId::C1 => "Vision fits the region's DNA",
            CriterionId::C2 => "Companies and educational institutions concretely involved",
            CriterionId::C3 => "Realistic budget, balanced between public and private",
            CriterionId::C4 => "Activities contribute to the goals",
            CriterionId::C5 => "Demonstrable impact on student, teacher and employee",
            CriterionId::C6 => "Actively learning, innovating and experimenting with others",
        }
    }

    fn sector(&self, sector: Sector) -> &'static str {
        match sector {
            Sector::Practice => "Business and professional field",
            Sector::Government => "Government",
            Sector::Education => "Education",
            Sector::Unassigned => "Other",
        }
    }

    fn partner_kind(&self, kind: PartnerKind) -> &'static str {
        match kind {
            PartnerKind::Company => "Company",
            PartnerKind::SectorOrganisation => "Sector organisation",
            PartnerKind::PublicOrganisation => "Public organisation (e.g. hospital)",
            PartnerKind::Vo => "vo (secondary)",
            PartnerKind::Mbo => "mbo (vocational)",
            PartnerKind::Hbo => "hbo (applied sciences)",
            PartnerKind::Wo => "wo (university)",
            PartnerKind::Municipality => "Municipality",
            PartnerKind::Province => "Province",
            PartnerKind::NationalGovernment => "National government",
            PartnerKind::OtherGovernment => "Other government",
            PartnerKind::Other => "Other",
        }
    }

    fn theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::AgriFood => "Agri & food",
            Theme::Chemistry => "Chemistry",
            Theme::CreativeIndustry => "Creative industry",
            Theme::Energy => "Energy",
            Theme::HighTech => "High tech systems and materials",
            Theme::LifeSciencesHealth => "Life sciences & health",
            Theme::Logistics => "Logistics",
            Theme::Horticulture => "Horticulture and propagation materials",
            Theme::WaterMaritime => "Water & maritime",
            Theme::EnergyTransition => "Mission: energy transition and sustainability",
            Theme::AgricultureWaterFood => "Mission: agriculture, water and food",
            Theme::HealthCare => "Mission: health and care",
            Theme::Security => "Mission: security",
            Theme::KeyTechnologies => "Key technologies",
            Theme::RegionalOther => "Other regional priority",
        }
    }

    fn goal(&self, goal: Goal) -> &'static str {
        match goal {
            Goal::NextProfessional => {
                "educating the next professional by raising the quality of education and the intake"
            }
            Goal::LifelongLearning => "lifelong learning",
            Goal::InnovationCapacity => "innovation capacity of companies",
            Goal::WorkforceMobility => "mobility and flexibility of current staff",
        }
    }

    fn group(&self, group: Group) -> &'static str {
        match group {
            Group::Students => "Students",
            Group::Teachers => "Teachers",
            Group::Employees => "Employees",
            Group::Companies => "Companies",
        }
    }

    fn centre_type(&self, centre_type: CentreType) -> &'static str {
        match centre_type {
            CentreType::Coe => "Centre of Expertise (hbo)",
            CentreType::Civ => "Centre for Innovative Craftsmanship (mbo)",
            CentreType::Pps => "Other public-private partnership",
        }
    }

    fn province(&self, province: Province) -> &'static str {
        province_name(province, "National")
    }

    fn form(&self, form: Form) -> &'static str {
        match form {
            Form::Cash => "Cash",
            Form::InKind => "In kind",
        }
    }

    fn category(&self, category: InKindCategory) -> &'static str {
        match category {
            InKindCategory::StaffHours => "Staff hours",
            InKindCategory::Equipment => "Equipment",
            InKindCategory::Facilities => "Facilities and space",
            InKindCategory::MeetingHours => "Meeting hours (do not count)",
            InKindCategory::Other => "Other",
        }
    }

    fn budget_kind(&self, kind: BudgetKind) -> &'static str {
        match kind {
            BudgetKind::Bureau => "Bureau costs",
            BudgetKind::Activity => "Activity",
        }
    }

    fn measure(&self, measure: Measure) -> &'static str {
        match measure {
            Measure::Count => "Count",
            Measure::Score => "Score or mark",
            Measure::Percentage => "Percentage",
        }
    }

    fn valuation(&self, valuation: Valuation) -> &'static str {
        match valuation {
            Valuation::Rent => "Rent or use value",
            Valuation::Depreciation => "Depreciation",
            Valuation::Purchase => "Bought for the centre",
            Valuation::MarketValue => "Market value",
        }
    }

    fn improvement(&self, improvement: Improvement) -> &'static str {
        match improvement {
            Improvement::Up => "Higher is better",
            Improvement::Down => "Lower is better",
        }
    }

    fn basis(&self, basis: Basis) -> &'static str {
        match basis {
            Basis::Werkdefinitie => "Werkdefinitie",
            Basis::Guideline => "Centra-check guideline",
        }
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Werkdefinitie => "Katapult, Werkdefinitie Centra",
            Source::Overview => "Katapult, overview page on Centra",
        }
    }

    fn norm_label(&self, name: NormName) -> &'static str {
        match name {
            NormName::SectorTarget => "Cofinancing per sector (business, government, education)",
            NormName::ShareTolerance => "What ‘about 1/3’ allows",
            NormName::ShareMinimum => "Below this share a sector is missing",
            NormName::FinancingTolerance => {
                "Difference of budget and cofinancing taken as rounding"
            }
            NormName::InKindTolerance => "Difference of hours × rate and amount taken as rounding",
            NormName::MaxHourlyRate => "Highest realistic hourly rate in kind",
            NormName::MaxBureauShare => "Bureau costs: explanation asked from here",
            NormName::HardMaxBureauShare => "Bureau costs: upper limit",
            NormName::MinDurationYears => "Multi-year: least duration",
            NormName::MinCompanies => "‘Several companies and/or …’, read as at least",
            NormName::MeetingWords => "Words that suggest meeting hours",
            NormName::BenchmarkCompanies => "Average PPS: companies and organisations",
            NormName::BenchmarkStudents => "Average PPS: students",
            NormName::BenchmarkTeachers => "Average PPS: teachers",
        }
    }

    fn norm_value(&self, norm: &Norm, profile: &Profile) -> String {
        norm_value(norm, profile, Lang::En, "years", "companies")
    }

    fn input_error(&self, error: InputError) -> &'static str {
        match error {
            InputError::NotANumber => "This is not a number. Use digits only, a comma for decimals and, if you like, dots for thousands.",
            InputError::Negative => "A negative number is not possible here.",
            InputError::TooManyDigits => "This number is too large or too precise (more than 28 digits).",
            InputError::MisplacedSeparator => "Thousands separators must separate groups of three digits (1.234.567).",
            InputError::SeveralDecimalSeparators => "There is more than one comma; use one comma for the decimals.",
            InputError::SeveralDecimalPoints => "There is more than one decimal point; use one comma for the decimals.",
            InputError::NotAWholeNumber => "Enter a whole number, without dots or commas.",
            InputError::TotalTooLarge => "With this amount the total becomes too large to compute exactly.",
        }
    }

    fn read_note(&self, note: ReadNote, value: &str) -> String {
        match note {
            ReadNote::DotAsThousands(_) => format!("read as {value} (dot as thousands separator)"),
            ReadNote::CommaAsThousands(_) => {
                format!("read as {value} (comma as thousands separator)")
            }
            ReadNote::EnglishNotation(_) => format!("read as {value} (English notation)"),
        }
    }

    fn self_check(&self) -> &'static str {
        "This is a self-check with Centra-check, not a funding decision: only Katapult and the funders decide. Guidelines are Centra-check's own reading, not Katapult's requirements."
    }
}
