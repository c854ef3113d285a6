//! The languages of the product: Dutch first, English second. A module of
//! its own so that number display and the file formats can name a language
//! without depending on the catalogue of texts.

use crate::engine::ids::string_enum;

string_enum!(
    Lang {
        Nl => "nl",
        En => "en",
    }
);

/// Dutch first.
impl Default for Lang {
    fn default() -> Self {
        Lang::Nl
    }
}
