//! The Dutch texts of the catalogue (`super::Catalogue`).

use super::*;

/// After the management findings: what Katapult asks, in its words.
const POSITION: &str = "de werkdefinitie kijkt naar hun ‘positie … in de aansturing en uitvoering’.";
/// A characteristic (kenmerk 1) of the werkdefinitie, not one of its criteria.
const LONG_TERM: &str = "Kenmerk 1 van de werkdefinitie is ‘langjarige co-creatie en cofinanciering’";

impl Catalogue for Dutch {
    fn lang(&self) -> Lang {
        Lang::Nl
    }

    fn row_name(&self, row: &RowName) -> String {
        row_name(
            row,
            &RowWords {
                partner: "partner",
                contribution: "bijdrage",
                budget_line: "begrotingsregel",
                activity: "activiteit",
                indicator: "indicator",
                no_name: "zonder naam",
                no_description: "zonder omschrijving",
            },
        )
    }

    fn finding(&self, finding: &Finding) -> String {
        use Finding::*;
        let l = Lang::Nl;
        let row = |row: &RowName| self.row_name(row);
        let rows = |rows: &[RowName]| {
            join_and(
                &rows.iter().map(|r| self.row_name(r)).collect::<Vec<_>>(),
                "en",
            )
        };
        let sector = |sector: &Sector| self.sector(*sector).to_ascii_lowercase();
        match finding {
            NoFocus => "Er is nog geen economisch of maatschappelijk zwaartepunt (thema) gekozen.".into(),
            NoRegionalFit => "Beschrijf hoe de focus aansluit op de provinciale of landelijke economische zwaartepunten.".into(),
            NoComplementarity => "Beschrijf wat het centrum toevoegt: de werkdefinitie vraagt activiteiten ‘aanvullend op bestaande activiteiten en stakeholders’.".into(),
            NoAlliances => "Er zijn geen strategische allianties met bestaande stakeholders genoemd.".into(),
            EducationChain { level } => format!(
                "De onderwijspartners komen alleen uit het {}. De werkdefinitie zoekt de verbinding vmbo-mbo-hbo-wo: overweeg een partner uit een ander onderwijsniveau.",
                self.partner_kind(*level)
            ),
            NoPracticePartner => "Er is geen partner uit bedrijfsleven en werkveld (bedrijven en/of publieke organisaties, zoals ziekenhuizen).".into(),
            NoEducationPartner => "Er is geen onderwijsinstelling als partner.".into(),
            FewCompanies { companies, minimum } => format!(
                "Er {} {companies} {} mee. De werkdefinitie noemt ‘meerdere bedrijven en/of hogescholen of mbo-instellingen’; Centra-check leest dat als minstens {minimum} bedrijven.",
                if *companies == 1 { "doet" } else { "doen" },
                if *companies == 1 { "bedrijf" } else { "bedrijven" }
            ),
            NotStrategic { sector: s } => format!(
                "Geen enkele partner uit {} is betrokken op strategisch niveau (stuurgroep).",
                sector(s)
            ),
            NotExecutive { sector: s } => format!(
                "Geen enkele partner uit {} is betrokken op uitvoerend niveau (werkt mee in de activiteiten).",
                sector(s)
            ),
            NoCompanyManagement => format!("Geen bedrijfsleiding in de aansturing; {POSITION}"),
            NoBoard => format!("Geen College van Bestuur in de aansturing; {POSITION}"),
            NoCofinancing { sector } => format!(
                "{} draagt geen erkende cofinanciering bij (in cash of in kind).",
                self.sector(*sector)
            ),
            PartnersWithoutContribution { partners } => format!(
                "Deze partners dragen (nog) niets bij: {}.",
                rows(partners)
            ),
            Benchmark { organisations, organisations_from_indicator, students, teachers, average_organisations, average_students, average_teachers } => {
                let count = |value: &Option<rust_decimal::Decimal>, word: &str| match value {
                    Some(v) => format!("{} {word}", quantity(*v, l)),
                    None => format!("nog geen aantal {word}"),
                };
                format!(
                    "Ter vergelijking: in een gemiddelde PPS zijn volgens Katapult {average_organisations} bedrijven en organisaties, {average_students} studenten en {average_teachers} docenten actief. Dit plan: {} {}, {} en {} (de grootste streefwaarde in aantallen).",
                    quantity(*organisations, l),
                    if *organisations_from_indicator { "deelnemende bedrijven" } else { "partners buiten het onderwijs (ook overheden)" },
                    count(students, "studenten"), count(teachers, "docenten")
                )
            }
            Share { sector: s, rule, share, limit, band, .. } => {
                let about = format!(
                    "De werkdefinitie vraagt ongeveer 1/3 per sector; Centra-check rekent {}–{} als ‘ongeveer’ (richtwaarde).",
                    percent(band.0, l), percent(band.1, l)
                );
                match rule {
                    ShareBound::Low => format!(
                        "Het aandeel van {} in de cofinanciering is {}, lager dan {}. {about}",
                        sector(s), percent(*share, l), percent(band.0, l)
                    ),
                    ShareBound::High => format!(
                        "Het aandeel van {} in de cofinanciering is {}, hoger dan {}. {about}",
                        sector(s), percent(*share, l), percent(band.1, l)
                    ),
                    ShareBound::Missing => format!(
                        "{} ontbreekt vrijwel in de cofinanciering: {}. Centra-check rekent een aandeel onder {} als ontbrekend (richtwaarde). {about}",
                        self.sector(*s), percent(*share, l), percent(*limit, l)
                    ),
                }
            }
            FinancingShortfall { costs, cofinancing, difference } => format!(
                "De begroting ({}) is {} hoger dan de erkende cofinanciering ({}).",
                money(*costs, l), money(*difference, l), money(*cofinancing, l)
            ),
            FinancingSurplus { costs, cofinancing, difference } => format!(
                "De erkende cofinanciering ({}) is {} hoger dan de begroting ({}). Is de begroting compleet?",
                money(*cofinancing, l), money(*difference, l), money(*costs, l)
            ),
            MeetingHoursExcluded { partner, amount } => format!(
                "Vergaderuren tellen niet als cofinanciering: {} van {} is buiten alle totalen gelaten.",
                money(*amount, l), row(partner)
            ),
            LooksLikeMeetings { partner, description } => format!(
                "De bijdrage in kind van {} (‘{description}’) lijkt op vergaderuren. Controleer of dit echte meerwaarde voor de activiteiten is.",
                row(partner)
            ),
            InKindNoBasis { partner, .. } => format!(
                "Bij de personele inzet van {} ontbreken het aantal uren of het uurtarief.",
                row(partner)
            ),
            InKindMismatch { partner, computed, amount } => format!(
                "Bij {} is uren × tarief {}, maar het bedrag is {}.",
                row(partner), money(*computed, l), money(*amount, l)
            ),
            RateHigh { partner, rate, maximum } => format!(
                "Het uurtarief van {} ({}) is hoger dan {}, de richtwaarde van Centra-check voor een realistische waarde. De werkdefinitie vraagt dat een bijdrage in kind ook in cash betaald zou kunnen worden.",
                row(partner), money(*rate, l), money(*maximum, l)
            ),
            InKindNoAmount { partner, contribution }
            | InKindNoValuation { partner, contribution, .. }
            | InKindMarketValue { partner, contribution, .. } => format!(
                "{} {}",
                of_partner(self, contribution, Some(partner), "van"),
                match finding {
                    InKindNoAmount { .. } => "heeft geen bedrag: telt als € 0.",
                    InKindNoValuation { .. } => "zegt niet hoe de realistische waarde is bepaald.",
                    _ => "telt tegen marktwaarde. Wat in bruikleen komt, is zijn gebruik waard (huur of afschrijving), niet zijn prijs (richtwaarde).",
                }
            ),
            YearOutsidePeriod { row: what, partner, year, first, last } => format!(
                "{} valt in {year}, buiten de looptijd {first}–{last}.",
                of_partner(self, what, partner.as_ref(), "van")
            ),
            NoPrivateCofinancing { practice } => format!(
                "De cofinanciering van bedrijfsleven en werkveld ({}) komt alleen van publieke organisaties; de werkdefinitie vraagt balans ‘tussen publieke en private partijen’.",
                money(*practice, l)
            ),
            BalancePlan { changes, band, .. } => format!(
                "Eén plan dat alles oplost: {}; dan dekt de cofinanciering de begroting en ligt elk aandeel tussen {} en {} (een advies).",
                plan_changes(l, changes, ["bedrijfsleven", "overheid", "onderwijs"], "en", "blijft gelijk", "blijven gelijk"),
                percent(band.0, l), percent(band.1, l)
            ),
            NoBureauDistinction => "De begroting maakt geen onderscheid tussen bureaukosten en activiteiten.".into(),
            UnclassifiedLines { lines, amount } => format!(
                "Niet ingedeeld als bureaukosten of activiteit ({}): {}.",
                money(*amount, l), rows(lines)
            ),
            BureauShareHigh { share, maximum, .. } => format!(
                "Bureaukosten zijn {} van de begroting. De werkdefinitie vraagt een duidelijk onderscheid tussen bureaukosten en concrete activiteiten; boven {} vraagt Centra-check om uitleg (richtwaarde).",
                percent(*share, l), percent(*maximum, l)
            ),
            BureauShareExcessive { share, maximum, .. } => format!(
                "Bureaukosten zijn {} van de begroting: meer dan {}, de bovengrens die Centra-check hanteert (richtwaarde).",
                percent(*share, l), percent(*maximum, l)
            ),
            NoDuration => format!("De looptijd is niet ingevuld. {LONG_TERM}: vermeld hoeveel jaar het plan loopt."),
            ShortDuration { years, minimum } => format!(
                "De looptijd is {years} jaar. {LONG_TERM}; Centra-check leest dat als minstens {minimum} jaar (richtwaarde)."
            ),
            PartnerUnassigned { partners, amount } => format!(
                "{} van {} telt mee in het totaal maar in geen van de drie sectoren (soort ‘overig’).",
                money(*amount, l), rows(partners)
            ),
            NoActivities => "De begroting heeft regels, maar er is nog geen activiteit beschreven.".into(),
            ActivityNoGoal { activity } => format!("{} noemt geen van de vier doelstellingen van de werkdefinitie.", capitalised(&row(activity))),
            ActivityNoTarget { activity } => format!("{} heeft geen doel in aantallen (bijvoorbeeld 200 deelnemers).", capitalised(&row(activity))),
            ActivityNoBudget { activity } => format!("{} heeft geen begrotingsregel.", capitalised(&row(activity))),
            UnknownActivity { line, activity } => match activity {
                Some(id) => format!("{} verwijst naar activiteit ‘{id}’, die niet bestaat.", capitalised(&row(line))),
                None => format!("{} is een activiteit, maar noemt niet welke.", capitalised(&row(line))),
            },
            CostPerUnit { activity, cost, unit, budget, count } => format!(
                "{}: {} voor {} {unit} = {} per eenheid.",
                capitalised(&row(activity)), money(*budget, l), quantity(*count, l), money(*cost, l)
            ),
            GoalsUncovered { goals } => format!(
                "Geen activiteit draagt bij aan: {}.",
                join_and(&goals.iter().map(|g| self.goal(*g).to_string()).collect::<Vec<_>>(), "en")
            ),
            NoIndicators => "Er zijn nog geen impactindicatoren.".into(),
            GroupMissing { group } => format!("Er is geen impactindicator voor {}.", self.group(*group).to_ascii_lowercase()),
            NoTarget { indicator, direction } => format!(
                "{} heeft geen streefwaarde {} de nulmeting.",
                capitalised(&row(indicator)),
                match direction { Improvement::Up => "boven", Improvement::Down => "onder" }
            ),
            NoCompanyIndicator => "Overweeg een indicator voor het aantal actief deelnemende bedrijven.".into(),
            NoExperiment => "Geen enkele activiteit is gemarkeerd als experiment of innovatie.".into(),
            ExperimentAlone => "Geen experiment gebeurt samen met anderen: de werkdefinitie vraagt te experimenteren ‘niet geïsoleerd maar samen met andere partijen die hier ook mee bezig zijn’. Geen enkel experiment wordt gedragen door partners uit twee sectoren of noemt een externe partij.".into(),
            UnknownPartner { activity, partner } => format!("{} noemt partner ‘{partner}’, die niet bestaat.", capitalised(&row(activity))),
        }
    }

    fn fix(&self, finding: &Finding) -> Option<String> {
        use Finding::*;
        let l = Lang::Nl;
        match finding {
            Share { sector, rule: ShareBound::Low | ShareBound::Missing, bound, extra, .. } => Some(format!(
                "{} moet {} extra bijdragen om {} te halen, als de rest gelijk blijft.",
                self.sector(*sector), money(*extra, l), percent(*bound, l)
            )),
            Share { sector, rule: ShareBound::High, bound, extra, .. } => Some(format!(
                "De andere sectoren moeten samen {} extra bijdragen om {} terug te brengen tot {}, als de rest gelijk blijft.",
                money(*extra, l), self.sector(*sector).to_ascii_lowercase(), percent(*bound, l)
            )),
            FinancingShortfall { difference, .. } => Some(format!(
                "Vind {} extra cofinanciering of verlaag de begroting met dat bedrag.",
                money(*difference, l)
            )),
            MeetingHoursExcluded { .. } => Some("Vervang vergaderuren door inzet die de activiteiten echt verder helpt.".into()),
            InKindNoBasis { .. } => Some("Vul het aantal uren en het uurtarief in.".into()),
            InKindMismatch { computed, .. } => Some(format!("Zet het bedrag op {} of corrigeer uren of tarief.", money(*computed, l))),
            InKindNoValuation { .. } | InKindMarketValue { .. } => Some("Kies de waardering: huur, afschrijving of aangeschaft voor het centrum.".into()),
            NoBureauDistinction | UnclassifiedLines { .. } => Some("Deel elke begrotingsregel in als bureaukosten of activiteit.".into()),
            BureauShareHigh { to_move, target, .. } | BureauShareExcessive { to_move, target, .. } => Some(format!(
                "Verschuif {} van bureaukosten naar activiteiten; dan is het {}.",
                money(*to_move, l), percent(*target, l)
            )),
            ActivityNoTarget { .. } => Some("Vul een doel in aantallen en een eenheid in.".into()),
            ActivityNoBudget { .. } => Some("Voeg een begrotingsregel van soort ‘activiteit’ toe die naar deze activiteit verwijst.".into()),
            UnknownActivity { .. } => Some("Kies de activiteit waarvoor deze regel betaalt.".into()),
            NoTarget { direction: Improvement::Up, .. } => Some("Vul een streefwaarde in die hoger is dan de nulmeting.".into()),
            NoTarget { direction: Improvement::Down, .. } => Some("Vul een streefwaarde in die lager is dan de nulmeting.".into()),
            NoExperiment => Some("Markeer minstens één activiteit waarin iets nieuws wordt uitgeprobeerd als experiment.".into()),
            ExperimentAlone => Some("Laat een experiment dragen door partners uit bijvoorbeeld bedrijfsleven én onderwijs, of noem bij ‘Samen met’ de externe partijen (een ander centrum, lectoraat of netwerk).".into()),
            ActivityNoGoal { .. } => Some("Kies de doelstelling waaraan deze activiteit bijdraagt.".into()),
            NoDuration => Some("Vul de looptijd in jaren in.".into()),
            _ => None,
        }
    }

    fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Syntax { line, column, .. } => {
                format!("geen geldige JSON (regel {line}, kolom {column})")
            }
            Problem::NotAProposal => {
                "dit is geen Centra-check-voorstel (format moet \"centra-check/proposal\" zijn)"
                    .into()
            }
            Problem::UnsupportedVersion(v) => format!(
                "versie {v} wordt niet ondersteund; deze versie van Centra-check leest versie 1, 2 en 3"
            ),
            Problem::UnknownProfile(id) => format!("onbekend regelprofiel ‘{id}’"),
            Problem::UnknownField => "onbekend veld".into(),
            Problem::MissingField => "verplicht veld ontbreekt".into(),
            Problem::WrongType { expected } => format!(
                "verwacht {}",
                match expected {
                    Expected::Object => "een object",
                    Expected::List => "een lijst",
                    Expected::Text => "tekst",
                    Expected::Number => "een getal",
                    Expected::WholeNumber => "een geheel getal",
                    Expected::Boolean => "true of false",
                }
            ),
            Problem::NotANumber(text) => format!(
                "‘{text}’ is geen getal (gebruik een punt als decimaalteken, zonder duizendtallen)"
            ),
            Problem::Negative => "mag niet negatief zijn".into(),
            Problem::TooManyDigits => {
                "getal is te groot of te precies (meer dan 28 cijfers)".into()
            }
            Problem::NotAWholeNumber => "verwacht een geheel getal".into(),
            Problem::UnknownValue { value, allowed } => format!(
                "onbekende waarde ‘{value}’; kies uit: {}",
                allowed.join(", ")
            ),
            Problem::DuplicateId(id) => format!("id ‘{id}’ komt twee keer voor"),
            Problem::TotalTooLarge => {
                "het totaal van deze bedragen is te groot om exact te rekenen".into()
            }
        }
    }

    fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Meets => "Voldoet",
            Status::Partly => "Voldoet deels",
            Status::NotMet => "Voldoet niet",
            Status::Incomplete => "Nog niet ingevuld",
        }
    }

    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "Fout",
            Severity::Warning => "Let op",
            Severity::Info => "Info",
        }
    }

    fn criterion_title(&self, id: CriterionId) -> &'static str {
        match id {
            CriterionId::C1 => "Visie sluit aan bij het DNA van de regio",
            CriterionId::C2 => "Bedrijven en onderwijsinstellingen concreet betrokken",
            CriterionId::C3 => "Realistische begroting, in balans tussen publiek en privaat",
            CriterionId::C4 => "Activiteiten dragen bij aan de doelstellingen",
            CriterionId::C5 => "Aantoonbare impact op student, docent en werknemer",
            CriterionId::C6 => "Actief leren, innoveren en experimenteren met anderen",
        }
    }

    fn sector(&self, sector: Sector) -> &'static str {
        match sector {
            Sector::Practice => "Bedrijfsleven en werkveld",
            Sector::Government => "Overheid",
            Sector::Education => "Onderwijs",
            Sector::Unassigned => "Overig",
        }
    }

    fn partner_kind(&self, kind: PartnerKind) -> &'static str {
        match kind {
            PartnerKind::Company => "Bedrijf",
            PartnerKind::SectorOrganisation => "Brancheorganisatie",
            PartnerKind::PublicOrganisation => "Publieke organisatie (bijv. ziekenhuis)",
            PartnerKind::Vo => "vo",
            PartnerKind::Mbo => "mbo",
            PartnerKind::Hbo => "hbo",
            PartnerKind::Wo => "wo",
            PartnerKind::Municipality => "Gemeente",
            PartnerKind::Province => "Provincie",
            PartnerKind::NationalGovernment => "Rijksoverheid",
            PartnerKind::OtherGovernment => "Andere overheid",
            PartnerKind::Other => "Overig",
        }
    }

    fn theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::AgriFood => "Agri & Food",
            Theme::Chemistry => "Chemie",
            Theme::CreativeIndustry => "Creatieve industrie",
            Theme::Energy => "Energie",
            Theme::HighTech => "Hightech systemen en materialen",
            Theme::LifeSciencesHealth => "Life sciences & health",
            Theme::Logistics => "Logistiek",
            Theme::Horticulture => "Tuinbouw en uitgangsmaterialen",
            Theme::WaterMaritime => "Water & maritiem",
            Theme::EnergyTransition => "Missie: energietransitie en duurzaamheid",
            Theme::AgricultureWaterFood => "Missie: landbouw, water en voedsel",
            Theme::HealthCare => "Missie: gezondheid en zorg",
            Theme::Security => "Missie: veiligheid",
            Theme::KeyTechnologies => "Sleuteltechnologieën",
            Theme::RegionalOther => "Ander regionaal zwaartepunt",
        }
    }

    fn goal(&self, goal: Goal) -> &'static str {
        match goal {
            Goal::NextProfessional => "opleiden van de next professional door verhoging van onderwijskwaliteit en instroom",
            Goal::LifelongLearning => "leven lang leren",
            Goal::InnovationCapacity => "innovatievermogen van bedrijven",
            Goal::WorkforceMobility => "mobiliteit en flexibiliteit van zittend personeel",
        }
    }

    fn group(&self, group: Group) -> &'static str {
        match group {
            Group::Students => "Studenten",
            Group::Teachers => "Docenten",
            Group::Employees => "Werknemers",
            Group::Companies => "Bedrijven",
        }
    }

    fn centre_type(&self, centre_type: CentreType) -> &'static str {
        match centre_type {
            CentreType::Coe => "Centre of Expertise (hbo)",
            CentreType::Civ => "Centrum voor Innovatief Vakmanschap (mbo)",
            CentreType::Pps => "Andere publiek-private samenwerking",
        }
    }

    fn province(&self, province: Province) -> &'static str {
        province_name(province, "Landelijk")
    }

    fn form(&self, form: Form) -> &'static str {
        match form {
            Form::Cash => "Cash",
            Form::InKind => "In kind",
        }
    }

    fn category(&self, category: InKindCategory) -> &'static str {
        match category {
            InKindCategory::StaffHours => "Personele inzet (uren)",
            InKindCategory::Equipment => "Apparatuur",
            InKindCategory::Facilities => "Faciliteiten en ruimte",
            InKindCategory::MeetingHours => "Vergaderuren (telt niet)",
            InKindCategory::Other => "Overig",
        }
    }

    fn budget_kind(&self, kind: BudgetKind) -> &'static str {
        match kind {
            BudgetKind::Bureau => "Bureaukosten",
            BudgetKind::Activity => "Activiteit",
        }
    }

    fn measure(&self, measure: Measure) -> &'static str {
        match measure {
            Measure::Count => "Aantal",
            Measure::Score => "Score of cijfer",
            Measure::Percentage => "Percentage",
        }
    }

    fn valuation(&self, valuation: Valuation) -> &'static str {
        match valuation {
            Valuation::Rent => "Huur- of gebruikswaarde",
            Valuation::Depreciation => "Afschrijving",
            Valuation::Purchase => "Aangeschaft voor het centrum",
            Valuation::MarketValue => "Marktwaarde",
        }
    }

    fn improvement(&self, improvement: Improvement) -> &'static str {
        match improvement {
            Improvement::Up => "Hoger is beter",
            Improvement::Down => "Lager is beter",
        }
    }

    fn basis(&self, basis: Basis) -> &'static str {
        match basis {
            Basis::Werkdefinitie => "Werkdefinitie",
            Basis::Guideline => "Richtwaarde van Centra-check",
        }
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Werkdefinitie => "Katapult, Werkdefinitie Centra",
            Source::Overview => "Katapult, overzichtspagina Centra",
        }
    }

    fn norm_label(&self, name: NormName) -> &'static str {
        match name {
            NormName::SectorTarget => {
                "Cofinanciering per sector (bedrijfsleven, overheid, onderwijs)"
            }
            NormName::ShareTolerance => "Wat ‘ongeveer 1/3’ toelaat",
            NormName::ShareMinimum => "Onder dit aandeel ontbreekt een sector",
            NormName::FinancingTolerance => {
                "Verschil begroting en cofinanciering dat als afronding geldt"
            }
            NormName::InKindTolerance => "Verschil uren × tarief en bedrag dat als afronding geldt",
            NormName::MaxHourlyRate => "Hoogste realistische uurtarief in kind",
            NormName::MaxBureauShare => "Bureaukosten: vanaf hier uitleg gevraagd",
            NormName::HardMaxBureauShare => "Bureaukosten: bovengrens",
            NormName::MinDurationYears => "Langjarig: minimale looptijd",
            NormName::MinCompanies => "‘Meerdere bedrijven en/of …’, gelezen als minstens",
            NormName::MeetingWords => "Woorden die op vergaderuren wijzen",
            NormName::BenchmarkCompanies => "Gemiddelde PPS: bedrijven en organisaties",
            NormName::BenchmarkStudents => "Gemiddelde PPS: studenten",
            NormName::BenchmarkTeachers => "Gemiddelde PPS: docenten",
        }
    }

    fn norm_value(&self, norm: &Norm, profile: &Profile) -> String {
        norm_value(norm, profile, Lang::Nl, "jaar", "bedrijven")
    }

    fn input_error(&self, error: InputError) -> &'static str {
        match error {
            InputError::NotANumber => "Dit is geen getal. Gebruik alleen cijfers, een komma voor decimalen en eventueel punten voor duizendtallen.",
            InputError::Negative => "Een negatief getal is hier niet mogelijk.",
            InputError::TooManyDigits => "Dit getal is te groot of te precies (meer dan 28 cijfers).",
            InputError::MisplacedSeparator => "Punten voor duizendtallen horen telkens drie cijfers te scheiden (1.234.567).",
            InputError::SeveralDecimalSeparators => "Er staat meer dan één komma in; gebruik één komma voor de decimalen.",
            InputError::SeveralDecimalPoints => "Er staat meer dan één decimaalpunt in; gebruik één komma voor de decimalen.",
            InputError::NotAWholeNumber => "Vul een geheel getal in, zonder punten of komma's.",
            InputError::TotalTooLarge => "Met dit bedrag wordt het totaal te groot om exact mee te rekenen.",
        }
    }

    fn read_note(&self, note: ReadNote, value: &str) -> String {
        match note {
            ReadNote::DotAsThousands(_) => {
                format!("gelezen als {value} (punt als duizendtalteken)")
            }
            ReadNote::EnglishNotation(_) => format!("gelezen als {value} (Engelse schrijfwijze)"),
        }
    }

    fn self_check(&self) -> &'static str {
        "Dit is een zelftoets met Centra-check, geen subsidiebesluit: alleen Katapult en de financiers beslissen. Richtwaarden zijn de eigen lezing van Centra-check, niet de eisen van Katapult."
    }
}
