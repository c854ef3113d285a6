//! The limits of the proposal format (version 3): how long a text and how
//! long each list may be. Every reader refuses more (`formats::proposal_file`,
//! which the file, the share link, stored plans, the host page and the
//! JavaScript library all go through), and the form never makes more
//! (`engine::edit`). A plan at every limit at once is far beyond any real
//! centre and is still judged in well under a second.
//!
//! Data, in one place: the reader, the editor, the session and the page's
//! paste all take them from here.

/// Characters (Unicode scalar values) in any text of a proposal.
pub const TEXT_CHARS: usize = 10_000;
/// The same, as the form's `maxlength` attribute writes it.
pub const TEXT_CHARS_ATTR: &str = "10000";
pub const PARTNERS: usize = 5_000;
/// Contributions of all partners together.
pub const CONTRIBUTIONS: usize = 50_000;
pub const BUDGET_LINES: usize = 50_000;
pub const ACTIVITIES: usize = 2_000;
pub const INDICATORS: usize = 500;
/// The partners one activity names (as many as there can be partners).
pub const ACTIVITY_PARTNERS: usize = PARTNERS;
/// Any other list: alliances, themes, an activity's `with`.
pub const OTHER_LIST: usize = 500;

/// What a limit counts: the message names it (`meer dan 2.000 activiteiten`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Characters of one text.
    Characters,
    /// Partners, or the partners one activity names.
    Partners,
    /// Contributions, of all partners together.
    Contributions,
    BudgetLines,
    Activities,
    Indicators,
    /// Items of any other list.
    Items,
}

impl Limit {
    /// The most that is allowed.
    pub const fn max(self) -> usize {
        match self {
            Limit::Characters => TEXT_CHARS,
            Limit::Partners => PARTNERS,
            Limit::Contributions => CONTRIBUTIONS,
            Limit::BudgetLines => BUDGET_LINES,
            Limit::Activities => ACTIVITIES,
            Limit::Indicators => INDICATORS,
            Limit::Items => OTHER_LIST,
        }
    }

    /// The limit of a list by its field name in the file: `partners` (of
    /// the proposal or of an activity), `contributions`, `budget`,
    /// `activities`, `impact`; anything else is an other list.
    pub fn of_list(key: &str) -> Limit {
        match key {
            "partners" => Limit::Partners,
            "contributions" => Limit::Contributions,
            "budget" => Limit::BudgetLines,
            "activities" => Limit::Activities,
            "impact" => Limit::Indicators,
            _ => Limit::Items,
        }
    }
}

/// Whether `text` is longer than a text may be, counting characters
/// without walking more of a long text than the limit.
pub fn text_too_long(text: &str) -> bool {
    // Every character takes at least one byte, at most four.
    // mutants: equivalent (`text.len() >= TEXT_CHARS`: a text of exactly
    // that many bytes is then counted, and is not too long either way)
    text.len() > TEXT_CHARS && (text.len() > 4 * TEXT_CHARS || text.chars().count() > TEXT_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_has_the_limit_of_the_format() {
        for (key, max) in [
            ("partners", 5_000),
            ("contributions", 50_000),
            ("budget", 50_000),
            ("activities", 2_000),
            ("impact", 500),
            ("alliances", 500),
            ("themes", 500),
            ("with", 500),
        ] {
            assert_eq!(Limit::of_list(key).max(), max, "{key}");
        }
        assert_eq!(ACTIVITY_PARTNERS, 5_000);
        assert_eq!(Limit::Characters.max(), 10_000);
        assert_eq!(TEXT_CHARS_ATTR, TEXT_CHARS.to_string());
    }

    #[test]
    fn a_text_is_measured_in_characters_not_bytes() {
        assert!(!text_too_long(&"a".repeat(TEXT_CHARS)));
        assert!(text_too_long(&"a".repeat(TEXT_CHARS + 1)));
        // Three bytes each: 30,000 bytes, 10,000 characters.
        assert!(!text_too_long(&"€".repeat(TEXT_CHARS)));
        assert!(text_too_long(&"€".repeat(TEXT_CHARS + 1)));
        assert!(!text_too_long(&"🚀".repeat(TEXT_CHARS)));
        assert!(text_too_long(&"🚀".repeat(TEXT_CHARS + 1)));
    }
}
