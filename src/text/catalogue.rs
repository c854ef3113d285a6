//! The texts of what the engine judges and reads, per language, as a typed
//! catalogue: findings and their fixes, read problems, statuses, the names
//! of kinds, themes and norms, and why a typed number is refused. (The
//! page's labels are in `ui`, saving and share-link notices in `notices`,
//! words of files in `words`.)
//!
//! Each language implements `Catalogue`; every method matches exhaustively
//! on its enum, so a new finding code, kind or problem without a text in
//! either language does not compile.

use crate::engine::model::*;
use crate::engine::problem::{Expected, Problem, ReadError};
use crate::engine::profile::{Norm, NormName, Profile, Source};
use crate::engine::report::*;
use crate::text::display::{money, number, percent, quantity};
use crate::text::money_input::{InputError, ReadNote};

pub use crate::text::lang::Lang;

impl Lang {
    /// The catalogue of this language.
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
    fn finding(&self, finding: &Finding) -> String;
    /// What would fix it, where the engine can say so concretely.
    fn fix(&self, finding: &Finding) -> Option<String>;
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
    /// as this language writes it, without grouping.
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

fn join_and(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

fn quoted(items: &[String]) -> Vec<String> {
    items.iter().map(|i| format!("‘{i}’")).collect()
}

pub struct Dutch;
pub struct English;

impl Catalogue for Dutch {
    fn lang(&self) -> Lang {
        Lang::Nl
    }

    fn finding(&self, finding: &Finding) -> String {
        use Finding::*;
        let l = Lang::Nl;
        match finding {
            NoFocus => "Er is nog geen economisch of maatschappelijk zwaartepunt (thema) gekozen.".into(),
            NoRegionalFit => "Beschrijf hoe de focus aansluit op de provinciale of landelijke economische zwaartepunten.".into(),
            NoAlliances => "Er zijn geen strategische allianties met bestaande stakeholders genoemd.".into(),
            EducationChain { level } => format!(
                "De onderwijspartners komen alleen uit het {}. De werkdefinitie zoekt de verbinding vmbo-mbo-hbo-wo: overweeg een partner uit een ander onderwijsniveau.",
                self.partner_kind(*level)
            ),
            NoPracticePartner => "Er is geen partner uit bedrijfsleven en werkveld (bedrijven en/of publieke organisaties, zoals ziekenhuizen).".into(),
            NoEducationPartner => "Er is geen onderwijsinstelling als partner.".into(),
            FewCompanies { companies, minimum } => format!(
                "Er {} {companies} {} mee. De werkdefinitie vraagt om meerdere bedrijven; Centra-check leest dat als minstens {minimum}.",
                if *companies == 1 { "doet" } else { "doen" },
                if *companies == 1 { "bedrijf" } else { "bedrijven" }
            ),
            NotStrategic { sector } => format!(
                "Geen enkele partner uit {} zit in de stuurgroep (strategisch niveau).",
                self.sector(*sector).to_ascii_lowercase()
            ),
            NotExecutive { sector } => format!(
                "Geen enkele partner uit {} werkt mee in de uitvoering.",
                self.sector(*sector).to_ascii_lowercase()
            ),
            NoCompanyManagement => "De bedrijfsleiding van een bedrijf of organisatie zit niet in de aansturing.".into(),
            NoBoard => "Het College van Bestuur van een onderwijsinstelling zit niet in de aansturing.".into(),
            NoCofinancing { sector } => format!(
                "{} draagt geen erkende cofinanciering bij (in cash of in kind).",
                self.sector(*sector)
            ),
            PartnersWithoutContribution { partners } => format!(
                "Deze partners dragen (nog) niets bij: {}.",
                join_and(&quoted(partners), "en")
            ),
            Benchmark { organisations, students, teachers, average_organisations, average_students, average_teachers } => {
                let count = |value: &Option<rust_decimal::Decimal>, word: &str| match value {
                    Some(v) => format!("{} {word}", quantity(*v, l)),
                    None => format!("nog geen aantal {word}"),
                };
                format!(
                    "Ter vergelijking: in een gemiddelde PPS zijn volgens Katapult {average_organisations} bedrijven en organisaties, {average_students} studenten en {average_teachers} docenten actief. Dit plan: {organisations} bedrijven en organisaties (partners buiten het onderwijs), {}, {} (de grootste streefwaarde in aantallen).",
                    count(students, "studenten"), count(teachers, "docenten")
                )
            }
            Share { sector, rule, share, limit, band, .. } => {
                let about = format!(
                    "De werkdefinitie vraagt ongeveer 1/3 per partij; Centra-check rekent {}–{} als ‘ongeveer’ (richtwaarde).",
                    percent(band.0, l), percent(band.1, l)
                );
                match rule {
                    ShareBound::Low => format!(
                        "Het aandeel van {} in de cofinanciering is {}, lager dan {}. {about}",
                        self.sector(*sector).to_ascii_lowercase(), percent(*share, l), percent(band.0, l)
                    ),
                    ShareBound::High => format!(
                        "Het aandeel van {} in de cofinanciering is {}, hoger dan {}. {about}",
                        self.sector(*sector).to_ascii_lowercase(), percent(*share, l), percent(band.1, l)
                    ),
                    ShareBound::Missing => format!(
                        "{} ontbreekt vrijwel in de cofinanciering: {}. Centra-check rekent een aandeel onder {} als ontbrekend (richtwaarde). {about}",
                        self.sector(*sector), percent(*share, l), percent(*limit, l)
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
                "Vergaderuren tellen niet als cofinanciering: {} van ‘{partner}’ is buiten alle totalen gelaten.",
                money(*amount, l)
            ),
            LooksLikeMeetings { partner, description } => format!(
                "De bijdrage in kind van ‘{partner}’ (‘{description}’) lijkt op vergaderuren. Controleer of dit echte meerwaarde voor de activiteiten is."
            ),
            InKindNoBasis { partner, .. } => format!(
                "Bij de personele inzet van ‘{partner}’ ontbreken het aantal uren of het uurtarief."
            ),
            InKindMismatch { partner, computed, amount } => format!(
                "Bij ‘{partner}’ is uren × tarief {}, maar het bedrag is {}.",
                money(*computed, l), money(*amount, l)
            ),
            RateHigh { partner, rate, maximum } => format!(
                "Het uurtarief van ‘{partner}’ ({}) is hoger dan {}, de richtwaarde van Centra-check voor een realistische waarde. De werkdefinitie vraagt dat een bijdrage in kind ook in cash betaald zou kunnen worden.",
                money(*rate, l), money(*maximum, l)
            ),
            NoBureauDistinction => "De begroting maakt geen onderscheid tussen bureaukosten en activiteiten.".into(),
            UnclassifiedLines { lines, amount } => format!(
                "Niet ingedeeld als bureaukosten of activiteit ({}): {}.",
                money(*amount, l), join_and(&quoted(lines), "en")
            ),
            BureauShareHigh { share, maximum, .. } => format!(
                "Bureaukosten zijn {} van de begroting. De werkdefinitie vraagt een duidelijk onderscheid tussen bureaukosten en concrete activiteiten; boven {} vraagt Centra-check om uitleg (richtwaarde).",
                percent(*share, l), percent(*maximum, l)
            ),
            BureauShareExcessive { share, maximum, .. } => format!(
                "Bureaukosten zijn {} van de begroting: meer dan {}, de bovengrens die Centra-check hanteert (richtwaarde).",
                percent(*share, l), percent(*maximum, l)
            ),
            NoDuration => "De looptijd is niet ingevuld. De werkdefinitie vraagt om langjarige co-creatie en cofinanciering: vermeld hoeveel jaar het plan loopt.".into(),
            ShortDuration { years, minimum } => format!(
                "De looptijd is {years} jaar. De werkdefinitie vraagt om langjarige co-creatie en cofinanciering; Centra-check leest dat als minstens {minimum} jaar (richtwaarde)."
            ),
            PartnerUnassigned { partners, amount } => format!(
                "{} van {} telt mee in het totaal maar in geen van de drie derden (soort ‘overig’).",
                money(*amount, l), join_and(&quoted(partners), "en")
            ),
            NoActivities => "De begroting heeft regels, maar er is nog geen activiteit beschreven.".into(),
            ActivityNoGoal { activity } => format!("Activiteit ‘{activity}’ noemt geen van de vier hoofddoelen van de werkdefinitie."),
            ActivityNoTarget { activity } => format!("Activiteit ‘{activity}’ heeft geen doel in aantallen (bijvoorbeeld 200 deelnemers)."),
            ActivityNoBudget { activity } => format!("Activiteit ‘{activity}’ heeft geen begrotingsregel."),
            UnknownActivity { line, activity } => match activity {
                Some(id) => format!("Begrotingsregel ‘{line}’ verwijst naar activiteit ‘{id}’, die niet bestaat."),
                None => format!("Begrotingsregel ‘{line}’ is een activiteit, maar noemt niet welke."),
            },
            CostPerUnit { activity, cost, unit, budget, count } => format!(
                "‘{activity}’: {} voor {} {unit} = {} per eenheid.",
                money(*budget, l), quantity(*count, l), money(*cost, l)
            ),
            GoalsUncovered { goals } => format!(
                "Geen activiteit draagt bij aan: {}.",
                join_and(&goals.iter().map(|g| self.goal(*g).to_string()).collect::<Vec<_>>(), "en")
            ),
            NoIndicators => "Er zijn nog geen impactindicatoren.".into(),
            GroupMissing { group } => format!("Er is geen impactindicator voor {}.", self.group(*group).to_ascii_lowercase()),
            NoTarget { indicator } => format!("Indicator ‘{indicator}’ heeft geen streefwaarde boven de nulmeting."),
            NoCompanyIndicator => "Overweeg een indicator voor het aantal actief deelnemende bedrijven.".into(),
            NoExperiment => "Geen enkele activiteit is gemarkeerd als experiment of innovatie.".into(),
            ExperimentAlone => "Geen experiment gebeurt samen met anderen: de werkdefinitie vraagt te experimenteren ‘niet geïsoleerd maar samen met andere partijen die hier ook mee bezig zijn’. Geen enkel experiment wordt gedragen door partners uit twee sectoren of noemt een externe partij.".into(),
            UnknownPartner { activity, partner } => format!("Activiteit ‘{activity}’ noemt partner ‘{partner}’, die niet bestaat."),
        }
    }

    fn fix(&self, finding: &Finding) -> Option<String> {
        use Finding::*;
        let l = Lang::Nl;
        match finding {
            Share { sector, rule: ShareBound::Low | ShareBound::Missing, bound, extra, .. } => Some(format!(
                "{} moet {} extra bijdragen om {} te halen.",
                self.sector(*sector), money(*extra, l), percent(*bound, l)
            )),
            Share { sector, rule: ShareBound::High, bound, extra, .. } => Some(format!(
                "De andere partijen moeten samen {} extra bijdragen om {} terug te brengen tot {}.",
                money(*extra, l), self.sector(*sector).to_ascii_lowercase(), percent(*bound, l)
            )),
            FinancingShortfall { difference, .. } => Some(format!(
                "Vind {} extra cofinanciering of verlaag de begroting met dat bedrag.",
                money(*difference, l)
            )),
            MeetingHoursExcluded { .. } => Some("Vervang vergaderuren door inzet die de activiteiten echt verder helpt.".into()),
            InKindNoBasis { .. } => Some("Vul het aantal uren en het uurtarief in.".into()),
            InKindMismatch { computed, .. } => Some(format!("Zet het bedrag op {} of corrigeer uren of tarief.", money(*computed, l))),
            NoBureauDistinction | UnclassifiedLines { .. } => Some("Deel elke begrotingsregel in als bureaukosten of activiteit.".into()),
            BureauShareHigh { bureau, .. } | BureauShareExcessive { bureau, .. } => Some(format!(
                "Verschuif bureaukosten ({}) naar concrete activiteiten.",
                money(*bureau, l)
            )),
            ActivityNoTarget { .. } => Some("Vul een doel in aantallen en een eenheid in.".into()),
            ActivityNoBudget { .. } => Some("Voeg een begrotingsregel van soort ‘activiteit’ toe die naar deze activiteit verwijst.".into()),
            UnknownActivity { .. } => Some("Kies de activiteit waarvoor deze regel betaalt.".into()),
            NoTarget { .. } => Some("Vul een streefwaarde in die hoger is dan de nulmeting.".into()),
            NoExperiment => Some("Markeer minstens één activiteit waarin iets nieuws wordt uitgeprobeerd als experiment.".into()),
            ExperimentAlone => Some("Laat een experiment dragen door partners uit bijvoorbeeld bedrijfsleven én onderwijs, of noem bij ‘Samen met’ de externe partijen (een ander centrum, lectoraat of netwerk).".into()),
            ActivityNoGoal { .. } => Some("Kies het hoofddoel waaraan deze activiteit bijdraagt.".into()),
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
                "versie {v} wordt niet ondersteund; deze versie van Centra-check leest versie 1 en 2"
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
            CriterionId::C2 => "Bedrijven en onderwijs concreet betrokken",
            CriterionId::C3 => "Realistische begroting in balans",
            CriterionId::C4 => "Activiteiten dragen bij aan de doelen",
            CriterionId::C5 => "Aantoonbare impact",
            CriterionId::C6 => "Samen leren, innoveren en experimenteren",
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
                "Cofinanciering per partij (bedrijfsleven, overheid, onderwijs)"
            }
            NormName::ShareTolerance => "Wat ‘ongeveer 1/3’ toelaat",
            NormName::ShareMinimum => "Onder dit aandeel ontbreekt een partij",
            NormName::FinancingTolerance => {
                "Verschil begroting en cofinanciering dat als afronding geldt"
            }
            NormName::InKindTolerance => "Verschil uren × tarief en bedrag dat als afronding geldt",
            NormName::MaxHourlyRate => "Hoogste realistische uurtarief in kind",
            NormName::MaxBureauShare => "Bureaukosten: vanaf hier uitleg gevraagd",
            NormName::HardMaxBureauShare => "Bureaukosten: bovengrens",
            NormName::MinDurationYears => "Langjarig: minimale looptijd",
            NormName::MinCompanies => "‘Meerdere bedrijven’, gelezen als minstens",
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
            Problem::UnsupportedVersion(v) => format!("version {v} is not supported; this version of Centra-check reads versions 1 and 2"),
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
