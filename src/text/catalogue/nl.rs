//! The Dutch texts of the catalogue (`super::Catalogue`).

use super::*;

impl Catalogue for Dutch {
    fn lang(&self) -> Lang {
        Lang::Nl
    }

    fn words(&self) -> &'static Words {
        &Words {
            and: "en",
            others: "andere",
            of: "van",
            partner: "partner",
            contribution: "bijdrage",
            budget_line: "begrotingsregel",
            activity: "activiteit",
            indicator: "indicator",
            no_name: "zonder naam",
            no_description: "zonder omschrijving",
            plan_sectors: ["bedrijfsleven", "overheid", "onderwijs"],
            stays: "blijft gelijk",
            stay: "blijven gelijk",
            students: "studenten",
            teachers: "docenten",
            no_count: "nog geen aantal {0}",
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
            NoFocus => "Er is nog geen economisch of maatschappelijk zwaartepunt (thema) gekozen.",
            NoRegionalFit => "Beschrijf hoe de focus aansluit op de provinciale of landelijke economische zwaartepunten.",
            NoComplementarity => "Beschrijf wat het centrum toevoegt: de werkdefinitie vraagt activiteiten ‘aanvullend op bestaande activiteiten en stakeholders’.",
            NoAlliances => "Er zijn geen strategische allianties met bestaande stakeholders genoemd.",
            EducationChain { .. } => "De onderwijspartners komen alleen uit het {0}. De werkdefinitie zoekt de verbinding vmbo-mbo-hbo-wo: overweeg een partner uit een ander onderwijsniveau.",
            NoPracticePartner => "Er is geen partner uit bedrijfsleven en werkveld (bedrijven en/of publieke organisaties, zoals ziekenhuizen).",
            NoEducationPartner => "Er is geen onderwijsinstelling als partner.",
            FewCompanies { companies: 1, .. } => "Er doet 1 bedrijf mee. De werkdefinitie noemt ‘meerdere bedrijven en/of hogescholen of mbo-instellingen’; Centra-check leest dat als minstens {1} bedrijven.",
            FewCompanies { .. } => "Er doen {0} bedrijven mee. De werkdefinitie noemt ‘meerdere bedrijven en/of hogescholen of mbo-instellingen’; Centra-check leest dat als minstens {1} bedrijven.",
            NotStrategic { .. } => "Geen enkele partner uit {0} is betrokken op strategisch niveau (stuurgroep).",
            NotExecutive { .. } => "Geen enkele partner uit {0} is betrokken op uitvoerend niveau (werkt mee in de activiteiten).",
            NoCompanyManagement => "Geen bedrijfsleiding in de aansturing; de werkdefinitie kijkt naar hun ‘positie … in de aansturing en uitvoering’.",
            NoBoard => "Geen College van Bestuur in de aansturing; de werkdefinitie kijkt naar hun ‘positie … in de aansturing en uitvoering’.",
            NoCofinancing { .. } => "{0} draagt geen erkende cofinanciering bij (in cash of in kind).",
            PartnersWithoutContribution { .. } => "Deze partners dragen (nog) niets bij: {0}.",
            Benchmark { organisations_from_indicator: true, .. } => "Ter vergelijking: in een gemiddelde PPS zijn volgens Katapult {0} bedrijven en organisaties, {1} studenten en {2} docenten actief. Dit plan: {3} deelnemende bedrijven, {4} en {5} (de grootste streefwaarde in aantallen).",
            Benchmark { .. } => "Ter vergelijking: in een gemiddelde PPS zijn volgens Katapult {0} bedrijven en organisaties, {1} studenten en {2} docenten actief. Dit plan: {3} partners buiten het onderwijs (ook overheden), {4} en {5} (de grootste streefwaarde in aantallen).",
            Share { rule: ShareBound::Low, .. } => "Het aandeel van {0} in de cofinanciering is {1}, lager dan {2}. De werkdefinitie vraagt ongeveer 1/3 per sector; Centra-check rekent {2}–{3} als ‘ongeveer’ (richtwaarde).",
            Share { rule: ShareBound::High, .. } => "Het aandeel van {0} in de cofinanciering is {1}, hoger dan {3}. De werkdefinitie vraagt ongeveer 1/3 per sector; Centra-check rekent {2}–{3} als ‘ongeveer’ (richtwaarde).",
            Share { .. } => "{4} ontbreekt vrijwel in de cofinanciering: {1}. Centra-check rekent een aandeel onder {5} als ontbrekend (richtwaarde). De werkdefinitie vraagt ongeveer 1/3 per sector; Centra-check rekent {2}–{3} als ‘ongeveer’ (richtwaarde).",
            FinancingShortfall { .. } => "De begroting ({0}) is {2} hoger dan de erkende cofinanciering ({1}).",
            FinancingSurplus { .. } => "De erkende cofinanciering ({1}) is {2} hoger dan de begroting ({0}). Is de begroting compleet?",
            MeetingHoursExcluded { .. } => "Vergaderuren tellen niet als cofinanciering: {1} van {0} is buiten alle totalen gelaten.",
            LooksLikeMeetings { .. } => "De bijdrage in kind van {0} (‘{1}’) lijkt op vergaderuren. Controleer of dit echte meerwaarde voor de activiteiten is.",
            InKindNoBasis { .. } => "Bij de personele inzet van {0} ontbreken het aantal uren of het uurtarief.",
            InKindMismatch { .. } => "Bij {0} is uren × tarief {1}, maar het bedrag is {2}.",
            RateHigh { .. } => "Het uurtarief van {0} ({1}) is hoger dan {2}, de richtwaarde van Centra-check voor een realistische waarde. De werkdefinitie vraagt dat een bijdrage in kind ook in cash betaald zou kunnen worden.",
            InKindNoAmount { .. } => "{0} heeft geen bedrag: telt als € 0.",
            InKindNoValuation { .. } => "{0} zegt niet hoe de realistische waarde is bepaald.",
            InKindMarketValue { .. } => "{0} telt tegen marktwaarde. Wat in bruikleen komt, is zijn gebruik waard (huur of afschrijving), niet zijn prijs (richtwaarde).",
            YearOutsidePeriod { .. } => "{0} valt in {1}, buiten de looptijd {2}–{3}.",
            NoPrivateCofinancing { .. } => "De cofinanciering van bedrijfsleven en werkveld ({0}) komt alleen van publieke organisaties; de werkdefinitie vraagt balans ‘tussen publieke en private partijen’.",
            BalancePlan { .. } => "Eén plan dat alles oplost: {0}; dan dekt de cofinanciering de begroting en ligt elk aandeel tussen {1} en {2} (een advies).",
            NoBureauDistinction => "De begroting maakt geen onderscheid tussen bureaukosten en activiteiten.",
            UnclassifiedLines { .. } => "Niet ingedeeld als bureaukosten of activiteit ({0}): {1}.",
            BureauShareHigh { .. } => "Bureaukosten zijn {0} van de begroting. De werkdefinitie vraagt een duidelijk onderscheid tussen bureaukosten en concrete activiteiten; boven {1} vraagt Centra-check om uitleg (richtwaarde).",
            BureauShareExcessive { .. } => "Bureaukosten zijn {0} van de begroting: meer dan {1}, de bovengrens die Centra-check hanteert (richtwaarde).",
            // Kenmerk 1 of the werkdefinitie, not one of its criteria.
            NoDuration => "De looptijd is niet ingevuld. Kenmerk 1 van de werkdefinitie is ‘langjarige co-creatie en cofinanciering’: vermeld hoeveel jaar het plan loopt.",
            ShortDuration { .. } => "De looptijd is {0} jaar. Kenmerk 1 van de werkdefinitie is ‘langjarige co-creatie en cofinanciering’; Centra-check leest dat als minstens {1} jaar (richtwaarde).",
            PartnerUnassigned { .. } => "{0} van {1} telt mee in het totaal maar in geen van de drie sectoren (soort ‘overig’ of nog geen soort gekozen).",
            NoActivities => "De begroting heeft regels, maar er is nog geen activiteit beschreven.",
            ActivityNoGoal { .. } => "{0} noemt geen van de vier doelstellingen van de werkdefinitie.",
            ActivityNoTarget { .. } => "{0} heeft geen doel in aantallen (bijvoorbeeld 200 deelnemers).",
            ActivityNoBudget { .. } => "{0} heeft geen begrotingsregel.",
            UnknownActivity { activity: Some(_), .. } => "{0} verwijst naar activiteit ‘{1}’, die niet bestaat.",
            UnknownActivity { .. } => "{0} is een activiteit, maar noemt niet welke.",
            CostPerUnit { .. } => "{0}: {1} voor {2} {3} = {4} per eenheid.",
            GoalsUncovered { .. } => "Geen activiteit draagt bij aan: {0}.",
            NoIndicators => "Er zijn nog geen impactindicatoren.",
            GroupMissing { .. } => "Er is geen impactindicator voor {0}.",
            NoTarget { direction: Improvement::Up, .. } => "{0} heeft geen streefwaarde boven de nulmeting.",
            NoTarget { .. } => "{0} heeft geen streefwaarde onder de nulmeting.",
            NoCompanyIndicator => "Overweeg een indicator voor het aantal actief deelnemende bedrijven.",
            NoExperiment => "Geen enkele activiteit is gemarkeerd als experiment of innovatie.",
            ExperimentAlone => "Geen experiment gebeurt samen met anderen: de werkdefinitie vraagt te experimenteren ‘niet geïsoleerd maar samen met andere partijen die hier ook mee bezig zijn’. Geen enkel experiment wordt gedragen door partners uit twee sectoren of noemt een externe partij.",
            UnknownPartner { .. } => "{0} noemt partner ‘{1}’, die niet bestaat.",
        }
    }

    fn fix_template(&self, finding: &Finding) -> Option<&'static str> {
        use Finding::*;
        Some(match finding {
            Share { rule: ShareBound::High, .. } => "De andere sectoren moeten samen {6} extra bijdragen om {0} terug te brengen tot {7}, als de rest gelijk blijft.",
            Share { .. } => "{4} moet {6} extra bijdragen om {7} te halen, als de rest gelijk blijft.",
            FinancingShortfall { .. } => "Vind {2} extra cofinanciering of verlaag de begroting met dat bedrag.",
            MeetingHoursExcluded { .. } => "Vervang vergaderuren door inzet die de activiteiten echt verder helpt.",
            InKindNoBasis { .. } => "Vul het aantal uren en het uurtarief in.",
            InKindMismatch { .. } => "Zet het bedrag op {1} of corrigeer uren of tarief.",
            InKindNoValuation { .. } | InKindMarketValue { .. } => "Kies de waardering: huur, afschrijving of aangeschaft voor het centrum.",
            NoBureauDistinction | UnclassifiedLines { .. } => "Deel elke begrotingsregel in als bureaukosten of activiteit.",
            BureauShareHigh { .. } | BureauShareExcessive { .. } => "Verschuif {2} van bureaukosten naar activiteiten; dan is het {3}.",
            ActivityNoTarget { .. } => "Vul een doel in aantallen en een eenheid in.",
            ActivityNoBudget { .. } => "Voeg een begrotingsregel van soort ‘activiteit’ toe die naar deze activiteit verwijst.",
            UnknownActivity { .. } => "Kies de activiteit waarvoor deze regel betaalt.",
            NoTarget { direction: Improvement::Up, .. } => "Vul een streefwaarde in die hoger is dan de nulmeting.",
            NoTarget { .. } => "Vul een streefwaarde in die lager is dan de nulmeting.",
            NoExperiment => "Markeer minstens één activiteit waarin iets nieuws wordt uitgeprobeerd als experiment.",
            ExperimentAlone => "Laat een experiment dragen door partners uit bijvoorbeeld bedrijfsleven én onderwijs, of noem bij ‘Samen met’ de externe partijen (een ander centrum, lectoraat of netwerk).",
            ActivityNoGoal { .. } => "Kies de doelstelling waaraan deze activiteit bijdraagt.",
            NoDuration => "Vul de looptijd in jaren in.",
            _ => return None,
        })
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
            Problem::OverLimit(limit) => format!("meer dan {} {}", limit_count(*limit, Lang::Nl), match limit {
                Limit::Characters => "tekens",
                Limit::Partners => "partners",
                Limit::Contributions => "bijdragen (alle partners samen)",
                Limit::BudgetLines => "begrotingsregels",
                Limit::Activities => "activiteiten",
                Limit::Indicators => "impactindicatoren",
                Limit::Items => "items",
            }),
            Problem::NotUtf8 { utf16: true } => "het bestand is UTF-16; sla het op als UTF-8".into(),
            Problem::NotUtf8 { utf16: false } => "het bestand is geen UTF-8-tekst".into(),
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
            ReadNote::CommaAsThousands(_) => {
                format!("gelezen als {value} (komma als duizendtalteken)")
            }
            ReadNote::EnglishNotation(_) => format!("gelezen als {value} (Engelse schrijfwijze)"),
        }
    }

    fn self_check(&self) -> &'static str {
        "Dit is een zelftoets met Centra-check, geen subsidiebesluit: alleen Katapult en de financiers beslissen. Richtwaarden zijn de eigen lezing van Centra-check, niet de eisen van Katapult."
    }
}
