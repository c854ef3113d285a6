//! One of a unit people type in the plural: an activity's target is "300
//! studenten", so its cost is "€ 1.125 per student". Only the last word
//! changes ("mbo-studenten" → "mbo-student", "zittende medewerkers" →
//! "zittende medewerker"). Where the ending does not say for sure how to
//! make it singular (Dutch has many exceptions, and "plaats" or "cursus"
//! end in -s without being plural) there is no answer, and the page says
//! "per eenheid (…)" instead of a wrong word.

use crate::text::lang::Lang;

/// Plurals that no ending rule gets right.
const IRREGULAR: [(&str, &str); 10] = [
    ("jongeren", "jongere"),
    ("uren", "uur"),
    ("jaren", "jaar"),
    ("dagen", "dag"),
    ("weken", "week"),
    ("maanden", "maand"),
    ("personen", "persoon"),
    ("kinderen", "kind"),
    ("people", "person"),
    ("children", "child"),
];

/// The unit as one of it, or `None` when its ending does not say.
/// `lang` is the page's: "-ies" is a Dutch "sessies" or an English
/// "companies".
pub fn one_of(unit: &str, lang: Lang) -> Option<String> {
    let unit = unit.trim();
    let start = unit.rfind([' ', '-']).map_or(0, |at| at + 1);
    let (before, word) = unit.split_at(start);
    let lower = word.to_ascii_lowercase();
    let ends = |tail: &str| lower.ends_with(tail);
    let cut = |n: usize| word.get(..word.len().checked_sub(n)?).map(str::to_string);
    let consonant = |c: char| c.is_ascii_alphabetic() && !"aeiouy".contains(c);
    // The last letters before "-en", the last first.
    let stem: Vec<char> = lower.chars().rev().skip(2).take(3).collect();
    let one = if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == lower) {
        Some(one.to_string())
    } else if ends("'s") {
        cut(2)
    } else if ends("ies") {
        match lang {
            Lang::Nl => cut(1),
            Lang::En => cut(3).map(|stem| stem + "y"),
        }
    } else if ends("ers") || ends("els") {
        cut(1)
    } else if lang == Lang::En && (ends("sses") || ends("shes") || ends("ches") || ends("xes")) {
        cut(2)
    } else if lang == Lang::En && ends("s") && !(ends("ss") || ends("us") || ends("is")) {
        cut(1)
    } else if ends("en") && word.chars().count() > 4 {
        match stem[..] {
            // lessen → les, plekken → plek: a doubled consonant is single.
            [a, b, _] if a == b && consonant(a) => cut(3),
            // bedrijven → bedrijf
            ['v', ..] => cut(3).map(|stem| stem + "f"),
            // studenten, leerlingen, trajecten: two consonants stay;
            // activiteiten, doelen: so does a double vowel. "jaren" would
            // need one more vowel: no answer.
            [a, b, c] if consonant(a) && (consonant(b) || !consonant(c) && !consonant(b)) => cut(2),
            _ => None,
        }
    } else if ends("es") && word.chars().count() > 5 && !ends("ces") && !ends("ses") {
        // stages, modules, vacatures
        cut(1)
    } else if !ends("s") && !ends("en") {
        // No plural ending: one already ("deelnemer", "cijfer").
        Some(word.to_string())
    } else {
        None
    };
    one.filter(|one| !one.is_empty())
        .map(|one| format!("{before}{one}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_units_people_type_become_one() {
        let dutch = [
            ("studenten", "student"),
            ("deelnemers", "deelnemer"),
            ("werknemers", "werknemer"),
            ("bedrijven", "bedrijf"),
            ("docenten", "docent"),
            ("leerlingen", "leerling"),
            ("opleidingen", "opleiding"),
            ("cursisten", "cursist"),
            ("trajecten", "traject"),
            ("bijeenkomsten", "bijeenkomst"),
            ("werkplaatsen", "werkplaats"),
            ("lessen", "les"),
            ("cursussen", "cursus"),
            ("stageplekken", "stageplek"),
            ("sessies", "sessie"),
            ("organisaties", "organisatie"),
            ("modules", "module"),
            ("stages", "stage"),
            ("diploma's", "diploma"),
            ("uren", "uur"),
            ("Uren", "uur"),
            ("dagen", "dag"),
            ("personen", "persoon"),
            ("activiteiten", "activiteit"),
            ("doelen", "doel"),
            ("jongeren", "jongere"),
            ("student", "student"),
            ("cijfer", "cijfer"),
            ("mbo-studenten", "mbo-student"),
            ("MKB-bedrijven", "MKB-bedrijf"),
            ("zittende medewerkers", "zittende medewerker"),
            (" studenten ", "student"),
        ];
        for (many, one) in dutch {
            assert_eq!(one_of(many, Lang::Nl).as_deref(), Some(one), "{many}");
        }
        let english = [
            ("students", "student"),
            ("participants", "participant"),
            ("companies", "company"),
            ("employees", "employee"),
            ("masterclasses", "masterclass"),
            ("coaches", "coach"),
            ("hours", "hour"),
            ("teams", "team"),
            ("people", "person"),
        ];
        for (many, one) in english {
            assert_eq!(one_of(many, Lang::En).as_deref(), Some(one), "{many}");
        }
    }

    #[test]
    fn a_unit_whose_ending_does_not_say_gets_no_answer() {
        // Singular already, or a plural no rule knows: "per eenheid (…)".
        for unit in [
            "",
            "cursus",
            "plaats",
            "proces",
            "klas",
            "les",
            "teams",
            "resultaten",
            "banen",
        ] {
            assert_eq!(one_of(unit, Lang::Nl), None, "{unit}");
        }
        for unit in ["class", "status", "analysis", ""] {
            assert_eq!(one_of(unit, Lang::En), None, "{unit}");
        }
    }
}
