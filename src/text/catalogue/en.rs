//! The English texts of the catalogue (`super::Catalogue`).

use super::*;

impl Catalogue for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn finding(&self, finding: &Finding) -> String {
        use Finding::*;
        let l = Lang::En;
        match finding {
            NoFocus => "No economic or societal focus (theme) has been chosen yet.".into(),
            NoRegionalFit => "Describe how the focus connects to provincial or national economic priorities.".into(),
            NoAlliances => "No strategic alliances with existing stakeholders are listed.".into(),
            EducationChain { level } => format!(
                "The education partners all come from one level: {}. The werkdefinitie seeks the connection vmbo-mbo-hbo-wo: consider a partner from another level of education.",
                self.partner_kind(*level)
            ),
            NoPracticePartner => "There is no partner from business and the professional field (companies and/or public organisations such as hospitals).".into(),
            NoEducationPartner => "There is no educational institution among the partners.".into(),
            FewCompanies { companies, minimum } => format!(
                "{companies} {} part. The werkdefinitie asks for several companies; Centra-check reads that as at least {minimum}.",
                if *companies == 1 { "company takes" } else { "companies take" }
            ),
            NotStrategic { sector } => format!(
                "No {} partner has a seat in the steering (strategic level).",
                self.sector(*sector).to_ascii_lowercase()
            ),
            NotExecutive { sector } => format!(
                "No {} partner takes part in the execution.",
                self.sector(*sector).to_ascii_lowercase()
            ),
            NoCompanyManagement => "No company management takes part in the steering.".into(),
            NoBoard => "No executive board (College van Bestuur) of an educational institution takes part in the steering.".into(),
            NoCofinancing { sector } => format!(
                "{} contributes no recognised cofinancing (cash or in kind).",
                self.sector(*sector)
            ),
            PartnersWithoutContribution { partners } => format!(
                "These partners contribute nothing (yet): {}.",
                join_and(&quoted(partners), "and")
            ),
            Benchmark { organisations, students, teachers, average_organisations, average_students, average_teachers } => {
                let count = |value: &Option<rust_decimal::Decimal>, word: &str| match value {
                    Some(v) => format!("{} {word}", quantity(*v, l)),
                    None => format!("no count of {word} yet"),
                };
                format!(
                    "For comparison: according to Katapult, an average PPS has {average_organisations} companies and organisations, {average_students} students and {average_teachers} teachers taking part. This plan: {organisations} companies and organisations (partners outside education), {}, {} (the largest target counted in numbers).",
                    count(students, "students"), count(teachers, "teachers")
                )
            }
            Share { sector, rule, share, limit, band, .. } => {
                let about = format!(
                    "The werkdefinitie asks for about 1/3 per party; Centra-check counts {}–{} as ‘about’ (guideline).",
                    percent(band.0, l), percent(band.1, l)
                );
                match rule {
                    ShareBound::Low => format!(
                        "The share of {} in the cofinancing is {}, below {}. {about}",
                        self.sector(*sector).to_ascii_lowercase(), percent(*share, l), percent(band.0, l)
                    ),
                    ShareBound::High => format!(
                        "The share of {} in the cofinancing is {}, above {}. {about}",
                        self.sector(*sector).to_ascii_lowercase(), percent(*share, l), percent(band.1, l)
                    ),
                    ShareBound::Missing => format!(
                        "{} is all but missing from the cofinancing: {}. Centra-check counts a share below {} as missing (guideline). {about}",
                        self.sector(*sector), percent(*share, l), percent(*limit, l)
                    ),
                }
            }
            FinancingShortfall { costs, cofinancing, difference } => format!(
                "The budget ({}) exceeds the recognised cofinancing ({}) by {}.",
                money(*costs, l), money(*cofinancing, l), money(*difference, l)
            ),
            FinancingSurplus { costs, cofinancing, difference } => format!(
                "The recognised cofinancing ({}) exceeds the budget ({}) by {}. Is the budget complete?",
                money(*cofinancing, l), money(*costs, l), money(*difference, l)
            ),
            MeetingHoursExcluded { partner, amount } => format!(
                "Meeting hours do not count as cofinancing: {} from ‘{partner}’ is left out of every total.",
                money(*amount, l)
            ),
            LooksLikeMeetings { partner, description } => format!(
                "The in-kind contribution of ‘{partner}’ (‘{description}’) looks like meeting hours. Check that it adds real value to the activities."
            ),
            InKindNoBasis { partner, .. } => format!(
                "The staff hours of ‘{partner}’ lack the number of hours or the hourly rate."
            ),
            InKindMismatch { partner, computed, amount } => format!(
                "For ‘{partner}’, hours × rate is {}, but the amount is {}.",
                money(*computed, l), money(*amount, l)
            ),
            RateHigh { partner, rate, maximum } => format!(
                "The hourly rate of ‘{partner}’ ({}) is above {}, Centra-check's guideline for a realistic value. The werkdefinitie asks that in kind could also be paid in cash.",
                money(*rate, l), money(*maximum, l)
            ),
            NoBureauDistinction => "The budget does not distinguish bureau costs from activities.".into(),
            UnclassifiedLines { lines, amount } => format!(
                "Not classified as bureau costs or activity ({}): {}.",
                money(*amount, l), join_and(&quoted(lines), "and")
            ),
            BureauShareHigh { share, maximum, .. } => format!(
                "Bureau costs are {} of the budget. The werkdefinitie asks for a clear distinction between bureau costs and concrete activities; above {} Centra-check asks for an explanation (guideline).",
                percent(*share, l), percent(*maximum, l)
            ),
            BureauShareExcessive { share, maximum, .. } => format!(
                "Bureau costs are {} of the budget: more than {}, the upper limit Centra-check applies (guideline).",
                percent(*share, l), percent(*maximum, l)
            ),
            NoDuration => "The duration is not filled in. The werkdefinitie asks for multi-year co-creation and cofinancing: state how many years the plan runs.".into(),
            ShortDuration { years, minimum } => format!(
                "The duration is {years} years. The werkdefinitie asks for multi-year co-creation and cofinancing; Centra-check reads that as at least {minimum} years (guideline)."
            ),
            PartnerUnassigned { partners, amount } => format!(
                "{} from {} counts in the total but in none of the three thirds (kind ‘other’).",
                money(*amount, l), join_and(&quoted(partners), "and")
            ),
            NoActivities => "The budget has lines, but no activity is described yet.".into(),
            ActivityNoGoal { activity } => format!("Activity ‘{activity}’ names none of the four main goals of the werkdefinitie."),
            ActivityNoTarget { activity } => format!("Activity ‘{activity}’ has no quantified target (for example 200 participants)."),
            ActivityNoBudget { activity } => format!("Activity ‘{activity}’ has no budget line."),
            UnknownActivity { line, activity } => match activity {
                Some(id) => format!("Budget line ‘{line}’ points at activity ‘{id}’, which does not exist."),
                None => format!("Budget line ‘{line}’ is an activity line but does not say which activity."),
            },
            CostPerUnit { activity, cost, unit, budget, count } => format!(
                "‘{activity}’: {} for {} {unit} = {} per unit.",
                money(*budget, l), quantity(*count, l), money(*cost, l)
            ),
            GoalsUncovered { goals } => format!(
                "No activity serves: {}.",
                join_and(&goals.iter().map(|g| self.goal(*g).to_string()).collect::<Vec<_>>(), "and")
            ),
            NoIndicators => "There are no impact indicators yet.".into(),
            GroupMissing { group } => format!("There is no impact indicator for {}.", self.group(*group).to_ascii_lowercase()),
            NoTarget { indicator } => format!("Indicator ‘{indicator}’ has no target above its baseline."),
            NoCompanyIndicator => "Consider an indicator for the number of actively participating companies.".into(),
            NoExperiment => "No activity is marked as an experiment or innovation.".into(),
            ExperimentAlone => "No experiment is done together with others: the werkdefinitie asks to experiment ‘not in isolation but together with other parties working on the same’. No experiment is carried by partners of two sectors or names an outside party.".into(),
            UnknownPartner { activity, partner } => format!("Activity ‘{activity}’ names partner ‘{partner}’, which does not exist."),
        }
    }

    fn fix(&self, finding: &Finding) -> Option<String> {
        use Finding::*;
        let l = Lang::En;
        match finding {
            Share {
                sector,
                rule: ShareBound::Low | ShareBound::Missing,
                bound,
                extra,
                ..
            } => Some(format!(
                "{} needs {} more to reach {}.",
                self.sector(*sector),
                money(*extra, l),
                percent(*bound, l)
            )),
            Share {
                sector,
                rule: ShareBound::High,
                bound,
                extra,
                ..
            } => Some(format!(
                "The other parties together need {} more to bring {} down to {}.",
                money(*extra, l),
                self.sector(*sector).to_ascii_lowercase(),
                percent(*bound, l)
            )),
            FinancingShortfall { difference, .. } => Some(format!(
                "Find {} more cofinancing or lower the budget by that amount.",
                money(*difference, l)
            )),
            MeetingHoursExcluded { .. } => Some(
                "Replace meeting hours by work that really moves the activities forward.".into(),
            ),
            InKindNoBasis { .. } => Some("Fill in the number of hours and the hourly rate.".into()),
            InKindMismatch { computed, .. } => Some(format!(
                "Set the amount to {} or correct the hours or rate.",
                money(*computed, l)
            )),
            NoBureauDistinction | UnclassifiedLines { .. } => {
                Some("Classify every budget line as bureau costs or activity.".into())
            }
            BureauShareHigh { bureau, .. } | BureauShareExcessive { bureau, .. } => Some(format!(
                "Move bureau costs ({}) towards concrete activities.",
                money(*bureau, l)
            )),
            ActivityNoTarget { .. } => Some("Fill in a target count and a unit.".into()),
            ActivityNoBudget { .. } => {
                Some("Add a budget line of kind ‘activity’ that points at this activity.".into())
            }
            UnknownActivity { .. } => Some("Choose the activity this line pays for.".into()),
            NoTarget { .. } => Some("Fill in a target above the baseline.".into()),
            NoExperiment => {
                Some("Mark at least one activity that tries something new as an experiment.".into())
            }
            ExperimentAlone => Some(
                "Have an experiment carried by partners from, say, business and education, or name the outside parties under ‘Together with’ (another centre, a lectoraat or a network).".into(),
            ),
            ActivityNoGoal { .. } => Some("Choose the main goal this activity contributes to.".into()),
            NoDuration => Some("Fill in the duration in years.".into()),
            _ => None,
        }
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
            CriterionId::C2 => "Business and education concretely involved",
            CriterionId::C3 => "Realistic, balanced budget",
            CriterionId::C4 => "Activities contribute to the goals",
            CriterionId::C5 => "Demonstrable impact",
            CriterionId::C6 => "Learning, innovating and experimenting together",
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
            Goal::WorkforceMobility => "mobility and flexibility of the workforce",
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
            NormName::SectorTarget => "Cofinancing per party (business, government, education)",
            NormName::ShareTolerance => "What ‘about 1/3’ allows",
            NormName::ShareMinimum => "Below this share a party is missing",
            NormName::FinancingTolerance => {
                "Difference of budget and cofinancing taken as rounding"
            }
            NormName::InKindTolerance => "Difference of hours × rate and amount taken as rounding",
            NormName::MaxHourlyRate => "Highest realistic hourly rate in kind",
            NormName::MaxBureauShare => "Bureau costs: explanation asked from here",
            NormName::HardMaxBureauShare => "Bureau costs: upper limit",
            NormName::MinDurationYears => "Multi-year: least duration",
            NormName::MinCompanies => "‘Several companies’, read as at least",
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
            ReadNote::EnglishNotation(_) => format!("read as {value} (English notation)"),
        }
    }

    fn self_check(&self) -> &'static str {
        "This is a self-check with Centra-check, not a funding decision: only Katapult and the funders decide. Guidelines are Centra-check's own reading, not Katapult's requirements."
    }
}
