//! The English texts of the catalogue (`super::Catalogue`).

use super::*;

/// After the management findings: what Katapult asks, in its words.
const POSITION: &str = "the werkdefinitie looks at their ‘position … in steering and execution’.";
/// A characteristic (kenmerk 1) of the werkdefinitie, not one of its criteria.
const LONG_TERM: &str = "Characteristic 1 of the werkdefinitie is ‘multi-year co-creation and cofinancing’";

impl Catalogue for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn row_name(&self, row: &RowName) -> String {
        row_name(
            row,
            &RowWords {
                partner: "partner",
                contribution: "contribution",
                budget_line: "budget line",
                activity: "activity",
                indicator: "indicator",
                no_name: "no name",
                no_description: "no description",
            },
        )
    }

    fn finding(&self, finding: &Finding) -> String {
        use Finding::*;
        let l = Lang::En;
        let row = |row: &RowName| self.row_name(row);
        let rows = |rows: &[RowName]| {
            join_and(
                &rows.iter().map(|r| self.row_name(r)).collect::<Vec<_>>(),
                "and",
            )
        };
        let sector = |sector: &Sector| self.sector(*sector).to_ascii_lowercase();
        match finding {
            NoFocus => "No economic or societal focus (theme) has been chosen yet.".into(),
            NoRegionalFit => "Describe how the focus connects to provincial or national economic priorities.".into(),
            NoComplementarity => "Describe what the centre adds: the werkdefinitie asks for activities ‘complementary to existing activities and stakeholders’.".into(),
            NoAlliances => "No strategic alliances with existing stakeholders are listed.".into(),
            EducationChain { level } => format!(
                "The education partners all come from one level: {}. The werkdefinitie seeks the connection vmbo-mbo-hbo-wo: consider a partner from another level of education.",
                self.partner_kind(*level)
            ),
            NoPracticePartner => "There is no partner from business and the professional field (companies and/or public organisations such as hospitals).".into(),
            NoEducationPartner => "There is no educational institution among the partners.".into(),
            FewCompanies { companies, minimum } => format!(
                "{companies} {} part. The werkdefinitie names ‘several companies and/or universities of applied sciences or mbo institutions’; Centra-check reads that as at least {minimum} companies.",
                if *companies == 1 { "company takes" } else { "companies take" }
            ),
            NotStrategic { sector: s } => format!(
                "No {} partner is involved at the strategic level (steering).",
                sector(s)
            ),
            NotExecutive { sector: s } => format!(
                "No {} partner is involved at the executive level (works on the activities).",
                sector(s)
            ),
            NoCompanyManagement => format!("No company management in the steering; {POSITION}"),
            NoBoard => format!("No executive board (College van Bestuur) in the steering; {POSITION}"),
            NoCofinancing { sector } => format!(
                "{} contributes no recognised cofinancing (cash or in kind).",
                self.sector(*sector)
            ),
            PartnersWithoutContribution { partners } => format!(
                "These partners contribute nothing (yet): {}.",
                rows(partners)
            ),
            Benchmark { organisations, organisations_from_indicator, students, teachers, average_organisations, average_students, average_teachers } => {
                let count = |value: &Option<rust_decimal::Decimal>, word: &str| match value {
                    Some(v) => format!("{} {word}", quantity(*v, l)),
                    None => format!("no count of {word} yet"),
                };
                format!(
                    "For comparison: according to Katapult, an average PPS has {average_organisations} companies and organisations, {average_students} students and {average_teachers} teachers taking part. This plan: {} {}, {} and {} (the largest target counted in numbers).",
                    quantity(*organisations, l),
                    if *organisations_from_indicator { "participating companies" } else { "partners outside education (government too)" },
                    count(students, "students"), count(teachers, "teachers")
                )
            }
            Share { sector: s, rule, share, limit, band, .. } => {
                let about = format!(
                    "The werkdefinitie asks for about 1/3 per sector; Centra-check counts {}–{} as ‘about’ (guideline).",
                    percent(band.0, l), percent(band.1, l)
                );
                match rule {
                    ShareBound::Low => format!(
                        "The share of {} in the cofinancing is {}, below {}. {about}",
                        sector(s), percent(*share, l), percent(band.0, l)
                    ),
                    ShareBound::High => format!(
                        "The share of {} in the cofinancing is {}, above {}. {about}",
                        sector(s), percent(*share, l), percent(band.1, l)
                    ),
                    ShareBound::Missing => format!(
                        "{} is all but missing from the cofinancing: {}. Centra-check counts a share below {} as missing (guideline). {about}",
                        self.sector(*s), percent(*share, l), percent(*limit, l)
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
                "Meeting hours do not count as cofinancing: {} from {} is left out of every total.",
                money(*amount, l), row(partner)
            ),
            LooksLikeMeetings { partner, description } => format!(
                "The in-kind contribution of {} (‘{description}’) looks like meeting hours. Check that it adds real value to the activities.",
                row(partner)
            ),
            InKindNoBasis { partner, .. } => format!(
                "The staff hours of {} lack the number of hours or the hourly rate.",
                row(partner)
            ),
            InKindMismatch { partner, computed, amount } => format!(
                "For {}, hours × rate is {}, but the amount is {}.",
                row(partner), money(*computed, l), money(*amount, l)
            ),
            RateHigh { partner, rate, maximum } => format!(
                "The hourly rate of {} ({}) is above {}, Centra-check's guideline for a realistic value. The werkdefinitie asks that in kind could also be paid in cash.",
                row(partner), money(*rate, l), money(*maximum, l)
            ),
            InKindNoAmount { partner, contribution }
            | InKindNoValuation { partner, contribution, .. }
            | InKindMarketValue { partner, contribution, .. } => format!(
                "{} {}",
                of_partner(self, contribution, Some(partner), "of"),
                match finding {
                    InKindNoAmount { .. } => "has no amount: it counts as €0.",
                    InKindNoValuation { .. } => "does not say how its realistic value was set.",
                    _ => "counts at market value. A thing lent is worth its use (rent or depreciation), not its price (guideline).",
                }
            ),
            YearOutsidePeriod { row: what, partner, year, first, last } => format!(
                "{} falls in {year}, outside the period {first}–{last}.",
                of_partner(self, what, partner.as_ref(), "of")
            ),
            NoPrivateCofinancing { practice } => format!(
                "The cofinancing of business and the professional field ({}) comes from public organisations only; the werkdefinitie asks for balance ‘between public and private parties’.",
                money(*practice, l)
            ),
            BalancePlan { changes, band, .. } => format!(
                "One plan that fixes it all: {}; then the cofinancing covers the budget and every share lies between {} and {} (advice).",
                plan_changes(l, changes, ["business", "government", "education"], "and", "stays the same", "stay the same"),
                percent(band.0, l), percent(band.1, l)
            ),
            NoBureauDistinction => "The budget does not distinguish bureau costs from activities.".into(),
            UnclassifiedLines { lines, amount } => format!(
                "Not classified as bureau costs or activity ({}): {}.",
                money(*amount, l), rows(lines)
            ),
            BureauShareHigh { share, maximum, .. } => format!(
                "Bureau costs are {} of the budget. The werkdefinitie asks for a clear distinction between bureau costs and concrete activities; above {} Centra-check asks for an explanation (guideline).",
                percent(*share, l), percent(*maximum, l)
            ),
            BureauShareExcessive { share, maximum, .. } => format!(
                "Bureau costs are {} of the budget: more than {}, the upper limit Centra-check applies (guideline).",
                percent(*share, l), percent(*maximum, l)
            ),
            NoDuration => format!("The duration is not filled in. {LONG_TERM}: state how many years the plan runs."),
            ShortDuration { years, minimum } => format!(
                "The duration is {years} years. {LONG_TERM}; Centra-check reads that as at least {minimum} years (guideline)."
            ),
            PartnerUnassigned { partners, amount } => format!(
                "{} from {} counts in the total but in none of the three sectors (kind ‘other’).",
                money(*amount, l), rows(partners)
            ),
            NoActivities => "The budget has lines, but no activity is described yet.".into(),
            ActivityNoGoal { activity } => format!("{} names none of the four goals of the werkdefinitie.", capitalised(&row(activity))),
            ActivityNoTarget { activity } => format!("{} has no quantified target (for example 200 participants).", capitalised(&row(activity))),
            ActivityNoBudget { activity } => format!("{} has no budget line.", capitalised(&row(activity))),
            UnknownActivity { line, activity } => match activity {
                Some(id) => format!("{} points at activity ‘{id}’, which does not exist.", capitalised(&row(line))),
                None => format!("{} is an activity line but does not say which activity.", capitalised(&row(line))),
            },
            CostPerUnit { activity, cost, unit, budget, count } => format!(
                "{}: {} for {} {unit} = {} per unit.",
                capitalised(&row(activity)), money(*budget, l), quantity(*count, l), money(*cost, l)
            ),
            GoalsUncovered { goals } => format!(
                "No activity serves: {}.",
                join_and(&goals.iter().map(|g| self.goal(*g).to_string()).collect::<Vec<_>>(), "and")
            ),
            NoIndicators => "There are no impact indicators yet.".into(),
            GroupMissing { group } => format!("There is no impact indicator for {}.", self.group(*group).to_ascii_lowercase()),
            NoTarget { indicator, direction } => format!(
                "{} has no target {} its baseline.",
                capitalised(&row(indicator)),
                match direction { Improvement::Up => "above", Improvement::Down => "below" }
            ),
            NoCompanyIndicator => "Consider an indicator for the number of actively participating companies.".into(),
            NoExperiment => "No activity is marked as an experiment or innovation.".into(),
            ExperimentAlone => "No experiment is done together with others: the werkdefinitie asks to experiment ‘not in isolation but together with other parties who are also working on it’. No experiment is carried by partners of two sectors or names an outside party.".into(),
            UnknownPartner { activity, partner } => format!("{} names partner ‘{partner}’, which does not exist.", capitalised(&row(activity))),
        }
    }

    fn fix(&self, finding: &Finding) -> Option<String> {
        use Finding::*;
        let l = Lang::En;
        match finding {
            Share { sector, rule: ShareBound::Low | ShareBound::Missing, bound, extra, .. } => Some(format!(
                "{} needs {} more to reach {}, if the rest stays the same.",
                self.sector(*sector), money(*extra, l), percent(*bound, l)
            )),
            Share { sector, rule: ShareBound::High, bound, extra, .. } => Some(format!(
                "The other sectors together need {} more to bring {} down to {}, if the rest stays the same.",
                money(*extra, l), self.sector(*sector).to_ascii_lowercase(), percent(*bound, l)
            )),
            FinancingShortfall { difference, .. } => Some(format!(
                "Find {} more cofinancing or lower the budget by that amount.",
                money(*difference, l)
            )),
            MeetingHoursExcluded { .. } => Some("Replace meeting hours by work that really moves the activities forward.".into()),
            InKindNoBasis { .. } => Some("Fill in the number of hours and the hourly rate.".into()),
            InKindMismatch { computed, .. } => Some(format!("Set the amount to {} or correct the hours or rate.", money(*computed, l))),
            InKindNoValuation { .. } | InKindMarketValue { .. } => Some("Choose the valuation: rent, depreciation or bought for the centre.".into()),
            NoBureauDistinction | UnclassifiedLines { .. } => Some("Classify every budget line as bureau costs or activity.".into()),
            BureauShareHigh { to_move, target, .. } | BureauShareExcessive { to_move, target, .. } => Some(format!(
                "Move {} from bureau costs to activities; then they are {}.",
                money(*to_move, l), percent(*target, l)
            )),
            ActivityNoTarget { .. } => Some("Fill in a target count and a unit.".into()),
            ActivityNoBudget { .. } => Some("Add a budget line of kind ‘activity’ that points at this activity.".into()),
            UnknownActivity { .. } => Some("Choose the activity this line pays for.".into()),
            NoTarget { direction: Improvement::Up, .. } => Some("Fill in a target above the baseline.".into()),
            NoTarget { direction: Improvement::Down, .. } => Some("Fill in a target below the baseline.".into()),
            NoExperiment => Some("Mark at least one activity that tries something new as an experiment.".into()),
            ExperimentAlone => Some("Have an experiment carried by partners from, say, business and education, or name the outside parties under ‘Together with’ (another centre, a lectoraat or a network).".into()),
            ActivityNoGoal { .. } => Some("Choose the goal this activity contributes to.".into()),
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
            ReadNote::EnglishNotation(_) => format!("read as {value} (English notation)"),
        }
    }

    fn self_check(&self) -> &'static str {
        "This is a self-check with Centra-check, not a funding decision: only Katapult and the funders decide. Guidelines are Centra-check's own reading, not Katapult's requirements."
    }
}
