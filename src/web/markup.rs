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

/// Markup that changes with many keystrokes (a criterion's findings, the
/// money figures): one element whose `id` is `id`. In the browser the
/// element stays in the page and only what differs is brought up to date
/// (`live` in `browser.js`): a piece written anew would be parsed, its old
/// nodes taken out and its new ones laid out on every keystroke. Rendered
/// without a browser (server-side tests) it is `raw`. Out of line: inlined
/// at each piece it costs the download more.
#[inline(never)]
pub fn live(id: &str, html: String) -> Html {
    #[cfg(target_arch = "wasm32")]
    {
        Html::VRef(js::live(id, &html))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        raw(html)
    }
}

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/web/browser.js")]
    extern "C" {
        pub fn live(id: &str, html: &str) -> web_sys::Node;
    }
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
