//! One of a unit people type in the plural: an activity's target is "300
//! studenten", so its cost is "€ 1.125 per student". Only the last word
//! changes ("mbo-studenten" → "mbo-student", "zittende medewerkers" →
//! "zittende medewerker"). Where the ending does not say for sure how to
//! make it singular (Dutch has many exceptions, and "plaats" or "cursus"
//! end in -s without being plural, and "jaren" or "uren" would need another
//! vowel) there is no answer, and the page says "per eenheid (…)" instead
//! of a wrong word.

use crate::text::lang::Lang;

/// The unit as one of it, or `None` when its ending does not say.
/// `lang` is the page's: "-ies" is a Dutch "sessies" or an English
/// "companies".
#[inline(never)]
pub fn one_of(unit: &str, lang: Lang) -> Option<String> {
    let unit = unit.trim();
    let start = unit.rfind([' ', '-']).map_or(0, |at| at + 1);
    let word = unit[start..].to_ascii_lowercase();
    let (b, n) = (word.as_bytes(), word.len());
    let ends = |tail: &str| word.ends_with(tail);
    let vowel = |c: u8| b"aeiouy".contains(&c);
    let english = lang == Lang::En;
    // How much of the end to cut, and what to put in its place.
    let (cut, add) = if ends("'s") {
        (2, "")
    } else if ends("ies") {
        if english {
            (3, "y")
        } else {
            (1, "")
        }
    } else if ends("ers") || ends("els") {
        (1, "")
    } else if english && (ends("sses") || ends("ches") || ends("shes") || ends("xes")) {
        (2, "")
    } else if english && ends("s") && !(ends("ss") || ends("us") || ends("is")) {
        (1, "")
    } else if ends("en") && n > 4 {
        // The last letters before "-en", the last first.
        let (last, before, third) = (b[n - 3], b[n - 4], b[n - 5]);
        if last == before && !vowel(last) {
            // lessen → les, plekken → plek: a doubled consonant is single.
            (3, "")
        } else if last == b'v' {
            // bedrijven → bedrijf
            (3, "f")
        } else if !vowel(last) && (!vowel(before) || vowel(third)) {
            // studenten, leerlingen, trajecten: two consonants stay; so
            // does a double vowel (activiteiten, doelen). "jaren" would need
            // one more vowel: no answer.
            (2, "")
        } else {
            return None;
        }
    } else if ends("es") && n > 5 && !ends("ces") && !ends("ses") {
        // stages, modules, vacatures
        (1, "")
    } else if ends("s") || ends("en") {
        return None;
    } else {
        // No plural ending: one already ("deelnemer", "cijfer").
        (0, "")
    };
    let one = format!("{}{add}", &unit[..unit.len() - cut]);
    (one.len() > start).then_some(one)
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
            ("activiteiten", "activiteit"),
            ("doelen", "doel"),
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
            "uren",
            "jaren",
            "personen",
        ] {
            assert_eq!(one_of(unit, Lang::Nl), None, "{unit}");
        }
        for unit in ["class", "status", "analysis", ""] {
            assert_eq!(one_of(unit, Lang::En), None, "{unit}");
        }
    }
}
