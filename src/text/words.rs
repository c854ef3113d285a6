//! Words written into files and terminal output, per language: the CSV
//! tables, the text report of the CLI, and the reviewer's overview. Numbers
//! in them follow `display` (or, in CSV, the spreadsheet's own format);
//! only these words are translated.
//!
//! One struct per document and one constant per language: a word missing
//! in either language does not compile. Separate structs, so the page's
//! download holds only the CSV words it uses, not the CLI's.

use crate::text::lang::Lang;

/// The cofinancing table and the budget as CSV (`formats::csv_export`).
pub struct CsvWords {
    pub cofinancing_header: [&'static str; 12],
    pub budget_header: [&'static str; 5],
    pub counts: &'static str,
    pub excluded: &'static str,
    pub total: &'static str,
    pub total_cofinancing: &'static str,
    /// Of the recognised cofinancing, what companies and sector
    /// organisations give.
    pub private: &'static str,
    pub total_excluded: &'static str,
    pub unclassified: &'static str,
    pub total_bureau: &'static str,
    pub total_activities: &'static str,
    pub total_unclassified: &'static str,
    pub total_budget: &'static str,
    pub file_cofinancing: &'static str,
    pub file_budget: &'static str,
}

pub fn csv_words(lang: Lang) -> &'static CsvWords {
    match lang {
        Lang::Nl => &CSV_NL,
        Lang::En => &CSV_EN,
    }
}

pub const CSV_NL: CsvWords = CsvWords {
    cofinancing_header: [
        "Partner",
        "Soort partner",
        "Sector",
        "Vorm",
        "Categorie",
        "Uren",
        "Uurtarief",
        "Bedrag",
        "Telt mee",
        "Jaar",
        "Omschrijving",
        "Waardering",
    ],
    budget_header: ["Omschrijving", "Soort", "Activiteit", "Jaar", "Bedrag"],
    counts: "ja",
    excluded: "nee (vergaderuren)",
    total: "Totaal",
    total_cofinancing: "Totaal erkende cofinanciering",
    private: "Waarvan privaat (bedrijven en brancheorganisaties)",
    total_excluded: "Niet meegeteld (vergaderuren)",
    unclassified: "Niet ingedeeld",
    total_bureau: "Totaal bureaukosten",
    total_activities: "Totaal activiteiten",
    total_unclassified: "Totaal niet ingedeeld",
    total_budget: "Totaal begroting",
    file_cofinancing: "cofinanciering",
    file_budget: "begroting",
};

pub const CSV_EN: CsvWords = CsvWords {
    cofinancing_header: [
        "Partner",
        "Partner kind",
        "Sector",
        "Form",
        "Category",
        "Hours",
        "Hourly rate",
        "Amount",
        "Counts",
        "Year",
        "Description",
        "Valuation",
    ],
    budget_header: ["Description", "Kind", "Activity", "Year", "Amount"],
    counts: "yes",
    excluded: "no (meeting hours)",
    total: "Total",
    total_cofinancing: "Total recognised cofinancing",
    private: "Of which private (companies and sector organisations)",
    total_excluded: "Not counted (meeting hours)",
    unclassified: "Unclassified",
    total_bureau: "Total bureau costs",
    total_activities: "Total activities",
    total_unclassified: "Total unclassified",
    total_budget: "Total budget",
    file_cofinancing: "cofinancing",
    file_budget: "budget",
};

/// The reviewer's overview of many files (`formats::summary`).
pub struct SummaryWords {
    pub file: &'static str,
    pub verdict: &'static str,
    /// The verdict of Katapult's own text alone (findings of basis
    /// `werkdefinitie`): a short table header and the CSV's.
    pub werkdefinitie_table: &'static str,
    pub werkdefinitie_csv: &'static str,
    pub costs_table: &'static str,
    pub costs_csv: &'static str,
    pub share_csv: fn(&str) -> String,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub reason: &'static str,
    pub unreadable: &'static str,
    pub files: &'static str,
}

pub fn summary_words(lang: Lang) -> &'static SummaryWords {
    match lang {
        Lang::Nl => &SUMMARY_NL,
        Lang::En => &SUMMARY_EN,
    }
}

pub const SUMMARY_NL: SummaryWords = SummaryWords {
    file: "Bestand",
    verdict: "Oordeel",
    werkdefinitie_table: "Werkdefinitie",
    werkdefinitie_csv: "Oordeel volgens de werkdefinitie",
    costs_table: "Begroting",
    costs_csv: "Totale kosten",
    share_csv: |sector| format!("Aandeel {} (%)", sector.to_lowercase()),
    errors: "Fouten",
    warnings: "Waarschuwingen",
    reason: "Reden onleesbaar",
    unreadable: "Onleesbaar",
    files: "bestanden",
};

pub const SUMMARY_EN: SummaryWords = SummaryWords {
    file: "File",
    verdict: "Verdict",
    werkdefinitie_table: "Werkdefinitie",
    werkdefinitie_csv: "Verdict by the werkdefinitie",
    costs_table: "Budget",
    costs_csv: "Total costs",
    share_csv: |sector| format!("{sector} share (%)"),
    errors: "Errors",
    warnings: "Warnings",
    reason: "Why unreadable",
    unreadable: "Unreadable",
    files: "files",
};

/// The text report of the CLI (`formats::report_file::report_text`).
pub struct ReportWords {
    pub verdict: &'static str,
    pub rule_profile: &'static str,
    pub key_figures: &'static str,
    pub costs: &'static str,
    pub cofinancing: &'static str,
    pub cash: &'static str,
    pub in_kind: &'static str,
    pub meeting_hours: &'static str,
    pub bureau: &'static str,
    pub norms: &'static str,
    pub version: &'static str,
    /// Below the norms: what the `*` of a guideline means.
    pub guideline_legend: &'static str,
    /// Both verdicts in words: Katapult's text alone, then with the
    /// guidelines (the statuses in lower case).
    pub both_verdicts: fn(&str, &str) -> String,
    /// Beside a criterion whose werkdefinitie status differs.
    pub werkdefinitie: &'static str,
    pub private: &'static str,
    pub per_year: &'static str,
    pub no_year: &'static str,
}

pub fn report_words(lang: Lang) -> &'static ReportWords {
    match lang {
        Lang::Nl => &REPORT_NL,
        Lang::En => &REPORT_EN,
    }
}

pub const REPORT_NL: ReportWords = ReportWords {
    verdict: "Oordeel",
    rule_profile: "regelprofiel",
    key_figures: "Kerncijfers",
    costs: "Begroting",
    cofinancing: "Erkende cofinanciering",
    cash: "cash",
    in_kind: "in kind",
    meeting_hours: "Buiten beschouwing (vergaderuren)",
    bureau: "Bureaukosten",
    norms: "Normen",
    version: "versie",
    guideline_legend:
        "  * richtwaarde: de eigen lezing van Centra-check van een ruimere zin uit de werkdefinitie",
    both_verdicts: |own, all| {
        format!("Volgens de werkdefinitie: {own}. Met de richtwaarden van Centra-check: {all}.")
    },
    werkdefinitie: "werkdefinitie",
    private: "Waarvan privaat (bedrijven en brancheorganisaties)",
    per_year: "Per jaar (begroting / cofinanciering)",
    no_year: "zonder jaar",
};

pub const REPORT_EN: ReportWords = ReportWords {
    verdict: "Verdict",
    rule_profile: "rule profile",
    key_figures: "Key figures",
    costs: "Budget",
    cofinancing: "Recognised cofinancing",
    cash: "cash",
    in_kind: "in kind",
    meeting_hours: "Left out (meeting hours)",
    bureau: "Bureau costs",
    norms: "Norms",
    version: "version",
    guideline_legend:
        "  * guideline: Centra-check's own reading of a looser sentence of the werkdefinitie",
    both_verdicts: |own, all| {
        format!("According to the werkdefinitie: {own}. With Centra-check's guidelines: {all}.")
    },
    werkdefinitie: "werkdefinitie",
    private: "Of which private (companies and sector organisations)",
    per_year: "Per year (budget / cofinancing)",
    no_year: "no year",
};
