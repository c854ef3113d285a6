//! Read-only markup written as HTML text: the result panel, the money
//! panel, the norms and the summary bar. A Yew element costs about 30 bytes
//! of the gzipped download and more with its attributes and listener; text
//! written with `write!` costs its length. Every text that is not a fixed
//! literal of this crate goes through [`Esc`], so a name a user typed stays
//! text. Controls that must keep their node (a live region, a pager whose
//! button keeps the focus) stay Yew elements beside the text.

use std::fmt::{self, Write};

use yew::Html;

/// Text for HTML, in an element or a quoted attribute: `&`, `<`, `>` and
/// `"` written as entities.
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// `<open>text</name>`: an element holding `text`, escaped; `open` is the
/// inside of its start tag (`p class="muted"`). One call instead of a
/// `write!` of its own at each element.
pub fn tag(out: &mut String, open: &str, text: &str) {
    let name = open.split_once(' ').map_or(open, |(name, _)| name);
    let _ = write!(out, "<{open}>{}</{name}>", Esc(text));
}

/// Markup written by this crate, as a piece of the page. Yew puts it in
/// again only when the text differs from the last render's.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(html.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_stays_text() {
        assert_eq!(
            Esc("<b>Tom & \"Jerry\"</b>").to_string(),
            "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"
        );
        assert_eq!(Esc("€ 1.500 ‘Saxion’").to_string(), "€ 1.500 ‘Saxion’");
        assert_eq!(Esc("").to_string(), "");
        let mut out = String::new();
        tag(&mut out, "p class=\"muted\"", "a < b");
        tag(&mut out, "h3", "C1");
        assert_eq!(out, "<p class=\"muted\">a &lt; b</p><h3>C1</h3>");
    }
}
