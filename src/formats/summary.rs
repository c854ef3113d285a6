//! The reviewer's overview (`centra-check --summary`): one line per file
//! with the verdict, the six statuses, the total costs, the three sector
//! shares and the number of errors and warnings, as a table for the
//! terminal or as CSV for Dutch Excel (the format of `csv_export`).
//! Unreadable files keep their line, with the reason instead of figures.

use crate::engine::model::Sector;
use crate::engine::report::{Report, Severity, Status};
use crate::formats::csv_export::{self, Cell};
use crate::formats::terminal::terminal_safe;
use crate::text::catalogue::Lang;
use crate::text::display::{money, percent, percent_param};
use crate::text::words::summary_words;

/// One file of the overview: its report, or why it could not be read.
pub struct Entry {
    /// The file as the reviewer named it.
    pub file: String,
    pub result: Result<Report, String>,
}

/// The files to summarise: a folder among the arguments stands for the
/// `.json` files directly in it, in name order; anything else stays as
/// given (and a folder that cannot be listed is reported as unreadable).
pub fn expand_folders(args: &[String]) -> Vec<String> {
    let mut files = Vec::new();
    for arg in args {
        let listing = std::path::Path::new(arg)
            .is_dir()
            .then(|| std::fs::read_dir(arg).ok())
            .flatten();
        let Some(listing) = listing else {
            files.push(arg.clone());
            continue;
        };
        let mut found: Vec<String> = listing
            .filter_map(|item| item.ok())
            .filter(|item| item.path().is_file())
            .filter_map(|item| item.path().into_os_string().into_string().ok())
            .filter(|path| path.to_ascii_lowercase().ends_with(".json"))
            .collect();
        found.sort();
        files.extend(found);
    }
    files
}

/// The number of findings of a severity over all six criteria.
fn count(report: &Report, severity: Severity) -> usize {
    report
        .criteria
        .iter()
        .flat_map(|criterion| &criterion.findings)
        .filter(|located| located.finding.severity() == severity)
        .count()
}

fn share(report: &Report, sector: Sector) -> rust_decimal::Decimal {
    report.figures.sector_shares[sector as usize]
}

/// The overview as CSV for Dutch Excel: a header, then one row per file.
/// Statuses are words in `lang`; amounts and percentages are numbers.
pub fn summary_csv(entries: &[Entry], lang: Lang) -> String {
    let w = summary_words(lang);
    let texts = lang.texts();
    let shares: Vec<String> = Sector::THIRDS
        .iter()
        .map(|s| (w.share_csv)(texts.sector(*s)))
        .collect();
    let mut header = vec![w.file, w.verdict, "C1", "C2", "C3", "C4", "C5", "C6"];
    header.push(w.costs_csv);
    header.extend(shares.iter().map(String::as_str));
    header.extend([w.errors, w.warnings, w.reason]);
    // Last, so the columns before it keep their places.
    header.push(w.werkdefinitie_csv);
    let rows = entries
        .iter()
        .map(|entry| {
            let mut row = vec![Cell::text(terminal_safe(&entry.file))];
            match &entry.result {
                Ok(report) => {
                    row.push(Cell::text(texts.status(report.verdict)));
                    for criterion in &report.criteria {
                        row.push(Cell::text(texts.status(criterion.status)));
                    }
                    row.push(Cell::number(report.figures.total_costs));
                    for sector in Sector::THIRDS {
                        row.push(Cell::number(percent_param(share(report, sector))));
                    }
                    row.push(Cell::number(count(report, Severity::Error).into()));
                    row.push(Cell::number(count(report, Severity::Warning).into()));
                    row.push(Cell::Empty);
                    row.push(Cell::text(texts.status(report.werkdefinitie_verdict)));
                }
                Err(reason) => {
                    row.push(Cell::text(w.unreadable));
                    row.extend((0..header.len() - 4).map(|_| Cell::Empty));
                    row.push(Cell::text(terminal_safe(reason)));
                }
            }
            row
        })
        .collect();
    csv_export::document(&header, rows)
}

/// A status in one character: the marks of the text report.
fn mark(status: Status) -> &'static str {
    match status {
        Status::Meets => "✓",
        Status::Partly => "~",
        Status::NotMet => "✗",
        Status::Incomplete => "·",
    }
}

/// Right-aligned columns: the figures line up under each other.
const RIGHT_ALIGNED_FROM: usize = 9;

/// The overview as a table for the terminal, with a legend of the marks
/// and a count per verdict underneath.
pub fn summary_table(entries: &[Entry], lang: Lang) -> String {
    let w = summary_words(lang);
    let texts = lang.texts();
    let mut header: Vec<String> = vec![
        w.file.into(),
        w.verdict.into(),
        w.werkdefinitie_table.into(),
    ];
    header.extend(["C1", "C2", "C3", "C4", "C5", "C6"].map(String::from));
    header.push(w.costs_table.into());
    header.extend(Sector::THIRDS.iter().map(|s| texts.sector(*s).to_string()));
    header.extend([w.errors.into(), w.warnings.into()]);
    let mut rows: Vec<Vec<String>> = vec![header];
    // The reason of each unreadable file by its row (none for the header).
    let mut unreadable_lines: Vec<Option<String>> = vec![None];
    for entry in entries {
        // Escaped before measuring, so the columns line up as printed.
        let file = terminal_safe(&entry.file).into_owned();
        match &entry.result {
            Ok(report) => {
                unreadable_lines.push(None);
                let verdict = |status| format!("{} {}", mark(status), texts.status(status));
                let mut row = vec![
                    file,
                    verdict(report.verdict),
                    verdict(report.werkdefinitie_verdict),
                ];
                row.extend(report.criteria.iter().map(|c| mark(c.status).to_string()));
                row.push(money(report.figures.total_costs, lang));
                row.extend(
                    Sector::THIRDS
                        .iter()
                        .map(|s| percent(share(report, *s), lang)),
                );
                row.push(count(report, Severity::Error).to_string());
                row.push(count(report, Severity::Warning).to_string());
                rows.push(row);
            }
            Err(reason) => {
                // Not a row of the grid: the reason runs past the columns.
                unreadable_lines.push(Some(terminal_safe(reason).into_owned()));
                rows.push(vec![file]);
            }
        }
    }
    let columns = rows[0].len();
    let width = |column: usize| {
        rows.iter()
            .filter(|row| row.len() == columns || column == 0)
            .filter_map(|row| row.get(column))
            .map(|cell| cell.chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..columns).map(width).collect();
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let mut line = String::new();
        if let Some(reason) = &unreadable_lines[index] {
            line.push_str(&format!(
                "{:<width$}  ✗ {}: {reason}",
                row[0],
                w.unreadable,
                width = widths[0]
            ));
        } else {
            for (column, cell) in row.iter().enumerate() {
                if column > 0 {
                    line.push_str("  ");
                }
                let pad = widths[column].saturating_sub(cell.chars().count());
                if column >= RIGHT_ALIGNED_FROM {
                    line.push_str(&" ".repeat(pad));
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.push_str(&" ".repeat(pad));
                }
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // The legend and the tally.
    let all = [
        Status::Meets,
        Status::Partly,
        Status::NotMet,
        Status::Incomplete,
    ];
    let legend: Vec<String> = all
        .iter()
        .map(|s| format!("{} {}", mark(*s), texts.status(*s).to_lowercase()))
        .collect();
    out.push('\n');
    out.push_str(&legend.join("   "));
    out.push('\n');
    let mut tally: Vec<String> = all
        .iter()
        .filter_map(|status| {
            let n = entries
                .iter()
                .filter(|e| matches!(&e.result, Ok(r) if r.verdict == *status))
                .count();
            (n > 0).then(|| format!("{n} {}", texts.status(*status).to_lowercase()))
        })
        .collect();
    let unreadable = entries.iter().filter(|e| e.result.is_err()).count();
    if unreadable > 0 {
        tally.push(format!("{unreadable} {}", w.unreadable.to_lowercase()));
    }
    out.push_str(&format!(
        "{} {}: {}\n",
        entries.len(),
        w.files,
        tally.join(", ")
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::proposal_file::check_text;

    fn entry(file: &str, text: &str) -> Entry {
        Entry {
            file: file.into(),
            result: check_text(text).map_err(|e| crate::text::catalogue::read_error(&e, Lang::Nl)),
        }
    }

    fn entries() -> Vec<Entry> {
        vec![
            entry(
                "twente.json",
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/examples/civ-slimme-maakindustrie.json"
                )),
            ),
            entry(
                "leeg.json",
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/empty.json")),
            ),
            entry("kapot.json", "{"),
        ]
    }

    #[test]
    fn the_table_has_a_line_per_file_in_order_with_aligned_columns() {
        let table = summary_table(&entries(), Lang::Nl);
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("Bestand"), "{table}");
        assert!(lines[1].starts_with("twente.json"));
        assert!(lines[1].contains("✓ Voldoet"));
        assert!(lines[1].contains("€ 1.200.000"));
        assert!(lines[1].contains("33,3 %"));
        assert!(lines[2].starts_with("leeg.json"));
        assert!(lines[2].contains("· Nog niet ingevuld"));
        assert!(lines[3].starts_with("kapot.json"));
        assert!(
            lines[3].contains("Onleesbaar: geen geldige JSON"),
            "{table}"
        );
        // Figures end at the same column: right-aligned.
        assert_eq!(
            lines[0].chars().count(),
            lines[1].chars().count(),
            "{table}"
        );
        assert!(table.ends_with("3 bestanden: 1 voldoet, 1 nog niet ingevuld, 1 onleesbaar\n"));
    }

    #[test]
    fn the_csv_has_one_row_per_file_with_numbers_excel_reads() {
        let csv = summary_csv(&entries(), Lang::Nl);
        assert!(csv.starts_with(
            "\u{feff}Bestand;Oordeel;C1;C2;C3;C4;C5;C6;Totale kosten;Aandeel bedrijfsleven en werkveld (%);Aandeel overheid (%);Aandeel onderwijs (%);Fouten;Waarschuwingen;Reden onleesbaar;Oordeel volgens de werkdefinitie\r\n"
        ));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 5, "header, three files, and the final CRLF");
        assert!(lines[1].starts_with(
            "twente.json;Voldoet;Voldoet;Voldoet;Voldoet;Voldoet;Voldoet;Voldoet;1200000;33,33;33,33;33,33;"
        ));
        assert!(lines[1].ends_with(";0;0;;Voldoet"), "{}", lines[1]);
        assert!(lines[2].ends_with(";Nog niet ingevuld"), "{}", lines[2]);
        assert!(lines[3].starts_with("kapot.json;Onleesbaar;;;;;;;;;;;;;geen geldige JSON"));
        assert!(lines
            .iter()
            .all(|l| l.is_empty() || l.matches(';').count() == 15));
    }
}
