//! Rows from a spreadsheet (src/formats/sheet/): pasted text and HTML,
//! CSV and TSV files, column names and words in Dutch and English, every
//! cell read as a form field reads it, and the app's own CSV downloads
//! read back to the rows they were written from.

use std::str::FromStr;

use centra_check::engine::edit::List;
use centra_check::engine::model::*;
use centra_check::formats::csv_export::{budget_csv, cofinancing_csv};
use centra_check::formats::sheet::{
    add_rows, columns, read_all, read_table, shown, template, CellProblem, Column, Layout, Reader,
    Reading, Table, TableError, Value,
};
use centra_check::text::money_input::InputError;
use centra_check::{read_proposal, Lang};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn example() -> Proposal {
    read_proposal(include_str!("../examples/civ-slimme-maakindustrie.json")).unwrap()
}

fn table(text: &str) -> Table {
    read_table(text).unwrap()
}

/// Reads `text` into `list` of `proposal` as the preview does, with the
/// layout guessed.
fn read(list: List, text: &str, proposal: &Proposal) -> (Layout, Reading) {
    let (reader, reading) = read_all(list, text, None, proposal).unwrap();
    assert_eq!(
        reader.layout.columns[..],
        Layout::guess(list, &table(text)).columns[..reader.layout.columns.len()],
        "the reader guesses as the whole table does"
    );
    (reader.layout, reading)
}

fn cells(records: &[&[&str]]) -> Vec<Vec<String>> {
    records
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn tab_separated_text_with_quoted_tabs_and_line_breaks() {
    let text =
        "Naam\tOmschrijving\r\nSaxion\t\"regel 1\nregel 2\"\n\"Tab\there\"\t\"zegt \"\"ja\"\"\"\n";
    assert_eq!(
        table(text).records,
        cells(&[
            &["Naam", "Omschrijving"],
            &["Saxion", "regel 1\nregel 2"],
            &["Tab\there", "zegt \"ja\""],
        ])
    );
}

#[test]
fn dutch_and_english_csv_files_are_told_apart_by_their_separator() {
    // Dutch Excel: a byte-order mark, `;`, a decimal comma, CRLF.
    let dutch = "\u{feff}Omschrijving;Bedrag\r\nHuur;1234,56\r\n\r\n";
    assert_eq!(
        table(dutch).records,
        cells(&[&["Omschrijving", "Bedrag"], &["Huur", "1234,56"], &[]])
    );
    // English Excel: `,` and a decimal point; a grouped number is quoted.
    let english = "Description,Amount\nRent,\"150,000.00\"\nHeating,1234.5\n";
    assert_eq!(
        table(english).records,
        cells(&[
            &["Description", "Amount"],
            &["Rent", "150,000.00"],
            &["Heating", "1234.5"]
        ])
    );
    // A single column of numbers is not split at its commas.
    assert_eq!(
        table("150,000\n12,5").records,
        cells(&[&["150,000"], &["12,5"]])
    );
    // A spreadsheet's own format (a zip) is no text at all.
    assert_eq!(read_table("PK\u{3}\u{4}\0\0"), Err(TableError::NotText));
}

#[test]
fn column_names_in_dutch_or_english_are_recognised() {
    use Column::*;
    let cases: &[(List, &str, &[Option<Column>])] = &[
        (
            List::Partners,
            "Naam\tSoort\tBedrag\tUren\tTarief\tJaar\tOmschrijving",
            &[
                Some(Name),
                Some(Kind),
                Some(Amount),
                Some(Hours),
                Some(Rate),
                Some(Year),
                Some(Description),
            ],
        ),
        (
            List::Partners,
            "Name\tKind\tForm\tCategory\tAmount\tHours\tHourly rate\tYear\tDescription",
            &[
                Some(Name),
                Some(Kind),
                Some(Form),
                Some(Category),
                Some(Amount),
                Some(Hours),
                Some(Rate),
                Some(Year),
                Some(Description),
            ],
        ),
        // The app's own cofinancing CSV: sector and "counts" are figures.
        (
            List::Partners,
            "Partner;Soort partner;Sector;Vorm;Categorie;Uren;Uurtarief;Bedrag;Telt mee;Jaar;Omschrijving",
            &[
                Some(Name),
                Some(Kind),
                None,
                Some(Form),
                Some(Category),
                Some(Hours),
                Some(Rate),
                Some(Amount),
                None,
                Some(Year),
                Some(Description),
            ],
        ),
        (
            List::Budget,
            "Omschrijving;Soort;Activiteit;Jaar;Bedrag (€)",
            &[
                Some(Description),
                Some(Kind),
                Some(Column::Activity),
                Some(Year),
                Some(Amount),
            ],
        ),
        (
            List::Activities,
            "Activity\tGoal\tTarget count\tUnit",
            &[Some(Name), Some(Goal), Some(Count), Some(Unit)],
        ),
        (
            List::Impact,
            "Doelgroep\tIndicator\tMaat\tNulmeting\tStreefwaarde\tEenheid",
            &[
                Some(Group),
                Some(Label),
                Some(Measure),
                Some(Baseline),
                Some(Target),
                Some(Unit),
            ],
        ),
    ];
    for (list, header, expected) in cases {
        let layout = Layout::guess(*list, &table(header));
        assert!(layout.header, "{header}");
        assert_eq!(layout.columns, expected.to_vec(), "{header}");
    }
}

#[test]
fn without_column_names_the_columns_follow_the_template_until_told_otherwise() {
    let text = "Saxion\thbo\tin kind\tpersonele inzet\t\t1000\t100\n";
    let layout = Layout::guess(List::Partners, &table(text));
    assert!(!layout.header);
    assert_eq!(
        layout.columns,
        columns(List::Partners).unwrap()[..7]
            .iter()
            .copied()
            .map(Some)
            .collect::<Vec<_>>()
    );
    let (_, reading) = read(List::Partners, text, &Proposal::default());
    assert_eq!(reading.partners.len(), 1);
    let saxion = &reading.partners[0];
    assert_eq!(saxion.kind, Some(PartnerKind::Hbo));
    assert!(saxion.contributions[0].is_staff_hours());
    assert_eq!(saxion.contributions[0].hours, Some(d("1000")));
    // The user says the third column is the amount instead.
    let mut layout = Layout::by_position(List::Budget, 3, false);
    layout.columns = vec![Some(Column::Description), None, Some(Column::Amount)];
    let (_, reading) = read_all(
        List::Budget,
        "Huur\tnegeer dit\t1.500\n",
        Some(layout),
        &Proposal::default(),
    )
    .unwrap();
    assert_eq!(reading.budget[0].description, "Huur");
    assert_eq!(reading.budget[0].amount, Some(d("1500")));
}

#[test]
fn kinds_in_words_map_to_kinds() {
    use PartnerKind::*;
    let words = [
        ("hogeschool", Hbo),
        ("hbo", Hbo),
        ("HBO-instelling", Hbo),
        ("University of Applied Sciences", Hbo),
        ("bedrijf", Company),
        ("Bedrijf", Company),
        ("mkb", Company),
        ("company", Company),
        ("ziekenhuis", PublicOrganisation),
        (
            "Publieke organisatie (bijv. ziekenhuis)",
            PublicOrganisation,
        ),
        ("gemeente", Municipality),
        ("Gemeente Enschede", Municipality),
        ("provincie", Province),
        ("ministerie", NationalGovernment),
        ("Rijksoverheid", NationalGovernment),
        ("waterschap", OtherGovernment),
        ("roc", Mbo),
        ("mbo", Mbo),
        ("universiteit", Wo),
        ("brancheorganisatie", SectorOrganisation),
        ("trade association", SectorOrganisation),
        ("sector_organisation", SectorOrganisation),
        ("overig", Other),
    ];
    for (word, kind) in words {
        let text = format!("Naam\tSoort\nPartner\t{word}\n");
        let (_, reading) = read(List::Partners, &text, &Proposal::default());
        assert_eq!(
            reading.partners.first().and_then(|p| p.kind),
            Some(kind),
            "{word}"
        );
        // The preview shows the mapping when the word is not the kind's name.
        let value = Value::Choice(PartnerKind::ALL.iter().position(|k| *k == kind).unwrap());
        let shown = shown(List::Partners, Column::Kind, word, &value, Lang::Nl);
        assert!(
            shown.ends_with(Lang::Nl.texts().partner_kind(kind)),
            "{shown}"
        );
    }
    assert_eq!(
        shown(
            List::Partners,
            Column::Kind,
            "hogeschool",
            &Value::Choice(5),
            Lang::Nl
        ),
        "hogeschool → hbo"
    );
}

#[test]
fn a_cell_that_cannot_be_read_is_marked_with_its_reason_and_its_row_is_left_out() {
    let text = "Naam\tSoort\tBedrag\n\
                Saxion\thbo\t150.000\n\
                Bakkerij\tbakker\t10\n\
                Gemeente\tgemeente\ttwaalf\n\
                Provincie\tprovincie\t150,000\n";
    let (layout, reading) = read(List::Partners, text, &Proposal::default());
    assert_eq!(reading.added(), 2);
    assert_eq!(reading.counts()[1], 2);
    let names: Vec<&str> = reading.partners.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Saxion", "Provincie"]);
    assert_eq!(
        reading.partners[1].contributions[0].amount,
        Some(d("150000")),
        "an English 150,000 is 150000, never 150"
    );
    let bakery = &reading.records[1];
    assert_eq!(bakery.record, 2, "the third line of the text");
    assert_eq!(bakery.problems, vec![(1, CellProblem::Unknown)]);
    let reason = CellProblem::Unknown.text(List::Partners, Column::Kind, Lang::Nl);
    assert!(
        reason.starts_with("niet herkend; kies uit Bedrijf, "),
        "{reason}"
    );
    let council = &reading.records[2];
    assert_eq!(
        council.problems,
        vec![(2, CellProblem::Number(InputError::NotANumber))]
    );
    assert!(layout.header);
}

#[test]
fn consecutive_lines_of_one_partner_make_one_partner_with_several_contributions() {
    let text = "Partner\tSoort\tVorm\tCategorie\tBedrag\tUren\tTarief\tJaar\tOmschrijving\n\
                ROC van Twente\tmbo\tcash\t\t150.000\t\t\t2027\tBijdrage\n\
                ROC van Twente\tmbo\tin kind\tpersonele inzet\t\t2.000\t75\t\tDocenten\n\
                \t\tin kind\tapparatuur\t10.000\t\t\t\tMachines\n\
                Saxion\thbo\tin kind\t\t\t1000\t100\t\t\n\
                Kapot\t\tcash\t\t5\t\t\t\t\n\
                Kapot\t\tcash\t\t6\t\t\t\t\n";
    let (_, reading) = read(List::Partners, text, &Proposal::default());
    assert_eq!(reading.partners.len(), 3);
    let roc = &reading.partners[0];
    assert_eq!(roc.name, "ROC van Twente");
    assert_eq!(roc.kind, Some(PartnerKind::Mbo));
    assert_eq!(roc.contributions.len(), 3);
    assert_eq!(roc.contributions[0].form, Form::Cash);
    assert_eq!(roc.contributions[0].amount, Some(d("150000")));
    assert_eq!(roc.contributions[0].year, Some(2027));
    assert_eq!(
        roc.contributions[1].category,
        Some(InKindCategory::StaffHours)
    );
    assert_eq!(roc.contributions[1].hours, Some(d("2000")));
    assert_eq!(roc.contributions[1].hourly_rate, Some(d("75")));
    assert_eq!(
        roc.contributions[2].category,
        Some(InKindCategory::Equipment)
    );
    // In kind with hours and no category: staff hours.
    let saxion = &reading.partners[1];
    assert!(saxion.contributions[0].is_staff_hours());
    // A partner without a kind comes in without one, as a partner added
    // in the form: it counts for nothing until one is chosen.
    let kindless = &reading.partners[2];
    assert_eq!((kindless.name.as_str(), kindless.kind), ("Kapot", None));
    assert_eq!(kindless.contributions.len(), 2);
    assert!(reading.records.iter().all(|r| r.problems.is_empty()));
    assert_eq!(reading.added(), 6);
    // New partners get ids after the plan's.
    let (_, reading) = read(List::Partners, text, &example());
    assert_eq!(reading.partners[0].id, "p1");
    let mut plan = example();
    plan.partners[0].id = "p41".into();
    let (_, reading) = read(List::Partners, text, &plan);
    assert_eq!(reading.partners[0].id, "p42");
    assert_eq!(reading.partners[1].id, "p43");
}

#[test]
fn budget_lines_name_their_activity_by_name_and_an_unknown_name_is_marked() {
    let text = "Omschrijving;Soort;Activiteit;Jaar;Bedrag\n\
                Bureau;Bureaukosten;;;150.000\n\
                Docenten;activiteit;hybride leeromgeving maaktechniek;2027;1.234,56\n\
                Reizen;Niet ingedeeld;;;500\n\
                Zaal;Activiteit;Zomerschool;;1,500.50\n";
    let plan = example();
    let (_, reading) = read(List::Budget, text, &plan);
    assert_eq!(reading.budget.len(), 3);
    assert_eq!(reading.budget[0].kind, Some(BudgetKind::Bureau));
    assert_eq!(reading.budget[0].activity, None);
    assert_eq!(reading.budget[1].activity.as_deref(), Some("hybride"));
    assert_eq!(reading.budget[1].amount, Some(d("1234.56")));
    assert_eq!(reading.budget[1].year, Some(2027));
    assert_eq!(reading.budget[2].kind, None, "not classified");
    assert_eq!(
        reading.records[3].problems,
        vec![(2, CellProblem::Missing)],
        "an activity the plan lacks"
    );
    let mut proposal = plan.clone();
    assert_eq!(add_rows(&mut proposal, List::Budget, &reading), 3);
    assert_eq!(proposal.budget.len(), plan.budget.len() + 3);
    // Once the activity is there, the line reads.
    let (_, activities) = read(List::Activities, "Naam\nZomerschool\n", &plan);
    let mut with_it = plan.clone();
    add_rows(&mut with_it, List::Activities, &activities);
    let (_, reading) = read(List::Budget, text, &with_it);
    assert_eq!(reading.budget.len(), 4);
    assert_eq!(reading.budget[3].amount, Some(d("1500.5")));
    assert_eq!(
        reading.budget[3].activity,
        Some(activities.activities[0].id.clone())
    );
    assert_eq!(
        shown(
            List::Budget,
            Column::Activity,
            " Zomerschool ",
            &Value::Activity(4),
            Lang::En
        ),
        "Zomerschool"
    );
}

#[test]
fn activities_and_indicators_come_in_too() {
    let (_, reading) = read(
        List::Activities,
        "Naam\tDoel\tAantal\tEenheid\nZomerschool\tleven lang leren\t1.500\tdeelnemers\n",
        &example(),
    );
    let activity = &reading.activities[0];
    assert_eq!(activity.name, "Zomerschool");
    assert_eq!(activity.goal, Some(Goal::LifelongLearning));
    assert_eq!(activity.target.count, Some(d("1500")));
    assert_eq!(activity.target.unit, "deelnemers");
    assert!(!example().activities.iter().any(|a| a.id == activity.id));
    let (_, reading) = read(
        List::Impact,
        "Group\tLabel\tMeasure\tBaseline\tTarget\tUnit\n\
         teachers\tStages\tcount\t0\t12\tdocenten\n\
         students\tTevredenheid\tcijfer\t6,8\t7,5\t\n\
         \tZonder groep\t\t1\t2\t\n",
        &Proposal::default(),
    );
    assert_eq!(reading.indicators.len(), 2);
    assert_eq!(reading.indicators[1].measure, Measure::Score);
    assert_eq!(reading.indicators[1].target, Some(d("7.5")));
    assert_eq!(reading.records[2].problems, vec![(0, CellProblem::Missing)]);
}

#[test]
fn one_partners_contributions_come_in_without_name_or_kind() {
    let (_, reading) = read(
        List::Contributions(0),
        "Vorm\tBedrag\tJaar\ncash\t€ 25.000,-\t2028\nin kind\t\t\n",
        &example(),
    );
    assert_eq!(reading.contributions.len(), 2);
    assert_eq!(reading.contributions[0].amount, Some(d("25000")));
    assert_eq!(reading.contributions[1].form, Form::InKind);
    let mut plan = example();
    add_rows(&mut plan, List::Contributions(2), &reading);
    assert_eq!(plan.partners[2].contributions.len(), 4);
}

/// The example's partners as the cofinancing CSV gives them: a staff-hours
/// contribution without an amount shows hours × rate as its amount.
fn as_in_the_csv(partners: &[Partner]) -> Vec<(String, Option<PartnerKind>, Vec<Contribution>)> {
    partners
        .iter()
        .map(|p| {
            let contributions = p
                .contributions
                .iter()
                .map(|c| {
                    let mut c = c.clone();
                    if c.is_staff_hours() && c.amount.is_none() {
                        c.amount = Some(c.hours.unwrap() * c.hourly_rate.unwrap());
                    }
                    c
                })
                .collect();
            (p.name.clone(), p.kind, contributions)
        })
        .collect()
}

#[test]
fn the_apps_own_csv_downloads_read_back_to_the_same_rows() {
    let plan = example();
    for &lang in Lang::ALL {
        let csv = cofinancing_csv(&plan, lang).unwrap();
        let (layout, reading) = read(List::Partners, &csv, &Proposal::default());
        assert!(layout.header, "{lang:?}");
        assert_eq!(reading.counts()[1], 0, "{lang:?}: {:?}", reading.records);
        assert!(reading.counts()[2] >= 4, "the totals are passed over");
        assert_eq!(
            as_in_the_csv(&reading.partners),
            as_in_the_csv(&plan.partners.iter().cloned().collect::<Vec<_>>()),
            "{lang:?}"
        );

        // The budget into a plan with the same activities: the same lines,
        // naming the same activities.
        let csv = budget_csv(&plan, lang).unwrap();
        let mut without_budget = plan.clone();
        without_budget.budget = Default::default();
        let (_, reading) = read(List::Budget, &csv, &without_budget);
        assert_eq!(reading.counts()[1], 0, "{lang:?}: {:?}", reading.records);
        let mut back = without_budget.clone();
        add_rows(&mut back, List::Budget, &reading);
        assert_eq!(back, plan, "{lang:?}");
    }
}

#[test]
fn odd_values_survive_the_round_trip() {
    let mut plan = example();
    plan.partners[0].name = "-korting; \"De Mol\"".into();
    plan.partners[0].contributions[0].amount = Some(d("1.125"));
    plan.partners[0].contributions[0].description = "regel 1\nregel 2".into();
    plan.budget[1].amount = Some(d("123.456"));
    let (_, reading) = read(
        List::Partners,
        &cofinancing_csv(&plan, Lang::Nl).unwrap(),
        &Proposal::default(),
    );
    let first = &reading.partners[0];
    assert_eq!(first.name, plan.partners[0].name);
    assert_eq!(first.contributions[0].amount, Some(d("1.125")));
    assert_eq!(first.contributions[0].description, "regel 1\nregel 2");
    let mut without_budget = plan.clone();
    without_budget.budget = Default::default();
    let (_, reading) = read(
        List::Budget,
        &budget_csv(&plan, Lang::En).unwrap(),
        &without_budget,
    );
    assert_eq!(reading.budget[1].amount, Some(d("123.456")));
}

#[test]
fn a_template_is_an_empty_sheet_whose_column_names_read_back() {
    for list in [
        List::Partners,
        List::Contributions(0),
        List::Budget,
        List::Activities,
        List::Impact,
    ] {
        for &lang in Lang::ALL {
            let sheet = template(list, lang);
            assert!(sheet.starts_with('\u{feff}'), "as the app's CSV");
            let table = table(&sheet);
            assert_eq!(table.records.len(), 1, "{list:?} {lang:?}: only the header");
            let layout = Layout::guess(list, &table);
            assert!(layout.header, "{list:?} {lang:?}");
            let expected: Vec<Option<Column>> =
                columns(list).unwrap().iter().copied().map(Some).collect();
            assert_eq!(layout.columns, expected, "{list:?} {lang:?}");
        }
    }
    assert!(template(List::Budget, Lang::Nl)
        .starts_with("\u{feff}Omschrijving;Soort kosten;Voor activiteit;Jaar (leeg: hele looptijd);Bedrag (€)\r\n"));
}

#[test]
fn a_full_list_takes_no_more_rows() {
    let plan = Proposal {
        impact: (0..499)
            .map(|_| Indicator {
                group: Group::Students,
                label: String::new(),
                measure: Measure::Count,
                baseline: None,
                target: None,
                unit: String::new(),
                direction: Improvement::Up,
            })
            .collect(),
        ..Proposal::default()
    };
    let (_, reading) = read(List::Impact, "students\tA\nstudents\tB\n", &plan);
    assert_eq!(reading.indicators.len(), 1);
    assert_eq!(
        reading.records[1].problems,
        vec![(0, CellProblem::ListFull)]
    );
}

#[test]
fn a_large_paste_reads_in_linear_time() {
    // 20,000 budget lines, as the large plan has: a generous bound that
    // only a quadratic blow-up (say, a search per line through the lines
    // before it) could break.
    let mut text = String::from("Omschrijving\tSoort\tActiviteit\tJaar\tBedrag\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "Regel {i}\tactiviteit\tActiviteit {}\t2027\t{}.000\n",
            i % 100,
            i % 900 + 1
        ));
    }
    let mut plan = Proposal::default();
    let mut names = String::from("Naam\n");
    for i in 0..100 {
        names.push_str(&format!("Activiteit {i}\n"));
    }
    let (_, activities) = read(List::Activities, &names, &plan);
    add_rows(&mut plan, List::Activities, &activities);
    let started = std::time::Instant::now();
    let (_, reading) = read(List::Budget, &text, &plan);
    assert_eq!(reading.budget.len(), 20_000);
    assert_eq!(reading.counts()[1], 0);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn a_text_read_in_pieces_gives_what_it_gives_at_once() {
    let plan = example();
    let partners = "Naam\tSoort\tBedrag\n\
                    A\tbedrijf\t1\n\
                    A\tbedrijf\t2\n\
                    \t\t3\n\
                    B\tbakker\t4\n\
                    B\t\t5\n\
                    C\tgemeente\t6\n\
                    C\t\t7\n";
    let budget = "Omschrijving;Activiteit;Bedrag\n\
                  a;Onbekend;1\n\
                  b;;2\n\
                  \n\
                  c;Proeftuin slimme productie;3\n\
                  d;proeftuin SLIMME productie;4\n\
                  Totaal;;10\n";
    for (list, text) in [(List::Partners, partners), (List::Budget, budget)] {
        let (_, whole) = read_all(list, text, None, &plan).unwrap();
        let mut reader = Reader::new(list, text, None, &plan).unwrap();
        let mut pieces = Vec::new();
        while !reader.done(text) {
            pieces.push(reader.step(text, 2));
        }
        assert!(pieces.len() >= 3, "{list:?}");
        let records: Vec<_> = pieces.iter().flat_map(|p| p.records.clone()).collect();
        assert_eq!(records, whole.records, "{list:?}");
        let mut at_once = plan.clone();
        add_rows(&mut at_once, list, &whole);
        let mut piecewise = plan.clone();
        for piece in &pieces {
            add_rows(&mut piecewise, list, piece);
        }
        assert_eq!(piecewise, at_once, "{list:?}");
    }
    let (_, whole) = read_all(List::Partners, partners, None, &plan).unwrap();
    let added: Vec<(&str, usize)> = whole
        .partners
        .iter()
        .map(|p| (p.name.as_str(), p.contributions.len()))
        .collect();
    assert_eq!(added, [("A", 3), ("C", 2)]);
}

#[test]
fn a_file_is_read_as_utf8_else_as_windows_1252_as_dutch_excel_saves_csv() {
    use centra_check::formats::sheet::text_of_file;
    assert_eq!(text_of_file("Café;€ 5".as_bytes()), "Café;€ 5");
    // é is 0xE9, € 0x80, ‘ 0x91 in Windows-1252.
    assert_eq!(text_of_file(b"Caf\xe9;\x80 5;\x91x"), "Café;€ 5;‘x");
    // A spreadsheet's own file stays no text.
    let zip = text_of_file(b"PK\x03\x04\0\0\xff");
    assert_eq!(read_table(&zip), Err(TableError::NotText));
}
