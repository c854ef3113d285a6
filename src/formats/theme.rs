//! The host's colours and font (docs/embed.md, "The host's colours"): the
//! settings `accent`, `text`, `background` and `font` from the iframe's
//! address or a `theme` message, each checked, and the CSS custom
//! properties (`--cc-…`) that carry what was accepted.
//!
//! Only fixed forms come through (`#rgb`, `#rrggbb`, `transparent`, the
//! name of a font stack in [`FONTS`]), and the page sets only what this
//! module writes from them: never text of the host's. A colour that would
//! give any pair of the page less contrast than WCAG 2.1 AA asks (4.5:1,
//! the level for body text, also where 3:1 would do) is refused and its
//! default kept. Luminance and contrast are whole-number arithmetic in
//! millionths: no floats.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

/// The stylesheet's defaults (styles/app.css, `--cc-…`).
pub const DEFAULT_ACCENT: Rgb = Rgb([0x1d, 0x4e, 0xd8]);
pub const DEFAULT_TEXT: Rgb = Rgb([0x1b, 0x1f, 0x24]);
pub const DEFAULT_BACKGROUND: Rgb = Rgb([0xf4, 0xf6, 0xf8]);
/// The accent's light background (button hover) while the accent is the
/// default; a host's accent gets one mixed from it, 8 % accent.
const DEFAULT_SUBTLE: Rgb = Rgb([0xee, 0xf3, 0xfe]);
/// Panels, fields and buttons: white, whatever the host sets. The label of
/// a filled button (the accent behind it) is white too.
const PANEL: Rgb = Rgb([0xff; 3]);
const BLACK: Rgb = Rgb([0; 3]);

/// Contrast WCAG 2.1 AA asks of text, in hundredths (4.5:1).
pub const AA_TEXT: u64 = 450;

/// The system font stacks a host may name: the page loads no fonts (its
/// CSP allows none from elsewhere), so it can only use what is installed.
pub const FONTS: [(&str, &str); 4] = [
    (
        "system",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif",
    ),
    (
        "arial",
        "Arial, \"Helvetica Neue\", Helvetica, \"Liberation Sans\", sans-serif",
    ),
    ("verdana", "Verdana, Geneva, \"DejaVu Sans\", sans-serif"),
    (
        "georgia",
        "Georgia, \"Times New Roman\", \"Liberation Serif\", serif",
    ),
];

/// The settings, in the order they are applied: a colour is checked
/// against those accepted before it (the background first, as it is the
/// host page's own).
pub const SETTINGS: [&str; 4] = ["background", "text", "accent", "font"];

impl Rgb {
    /// `#rgb` or `#rrggbb`, either case.
    pub fn parse(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#')?;
        let nibble = |i: usize| {
            let d = *digits.as_bytes().get(i)?;
            (d as char).to_digit(16).map(|d| d as u8)
        };
        let mut rgb = [0; 3];
        for (i, channel) in rgb.iter_mut().enumerate() {
            *channel = match digits.len() {
                3 => nibble(i)? * 17,
                6 => nibble(2 * i)? * 16 + nibble(2 * i + 1)?,
                _ => return None,
            };
        }
        Some(Rgb(rgb))
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        let mut out = String::from("#");
        for channel in self.0 {
            for nibble in [channel >> 4, channel & 15] {
                out.push(char::from_digit(nibble.into(), 16).unwrap_or('0'));
            }
        }
        out
    }

    /// Relative luminance as WCAG 2.1 defines it, in millionths.
    pub fn luminance(self) -> u64 {
        let [r, g, b] = self.0.map(linear);
        (2126 * r + 7152 * g + 722 * b) / 10_000
    }

    /// `percent` of this colour, the rest `other`, channel by channel.
    fn mix(self, other: Rgb, percent: u64) -> Rgb {
        let mut out = [0; 3];
        for (i, channel) in out.iter_mut().enumerate() {
            let sum = u64::from(self.0[i]) * percent + u64::from(other.0[i]) * (100 - percent);
            *channel = ((sum + 50) / 100) as u8;
        }
        Rgb(out)
    }
}

/// One sRGB channel (0–255) as linear light, in millionths:
/// c/12.92 up to 0.04045, else ((c + 0.055)/1.055)^2.4, where x^2.4 is
/// x² times the fifth root of x². Worked in ten-millionths, then rounded.
fn linear(channel: u8) -> u64 {
    const S: u64 = 10_000_000;
    let c = u64::from(channel) * S / 255;
    let scaled = if c <= 404_500 {
        c * 100 / 1292
    } else {
        let x = (c + 550_000) * 1000 / 1055;
        let square = x * x / S;
        square * fifth_root(u128::from(square) * 10u128.pow(28)) / S
    };
    (scaled + 5) / 10
}

/// The largest whole number whose fifth power is at most `n` (n ≤ 10^35).
fn fifth_root(n: u128) -> u64 {
    let (mut low, mut high) = (0u64, 10_000_001u64);
    while high - low > 1 {
        let mid = (low + high) / 2;
        if u128::from(mid).pow(5) <= n {
            low = mid;
        } else {
            high = mid;
        }
    }
    low
}

/// The contrast ratio of two colours in hundredths, rounded down
/// (`107` for 1.07:1), so that a pair just below a limit never passes.
pub fn contrast(a: Rgb, b: Rgb) -> u64 {
    let (a, b) = (a.luminance() + 50_000, b.luminance() + 50_000);
    a.max(b) * 100 / a.min(b)
}

/// The colours a host may set, and those they are checked against: by
/// index, so that the checks are one loop over pairs.
const BACKGROUND: usize = 0;
const TEXT: usize = 1;
const ACCENT: usize = 2;
const HOVER: usize = 3;
const WHITE: usize = 4;

/// The pairs that must reach [`AA_TEXT`]: text and accent (button labels,
/// links, the focus ring) on the panels, on the accent's light hover
/// background, and on the page's background.
const PAIRS: [(usize, usize, &str); 6] = [
    (TEXT, WHITE, "the panels"),
    (TEXT, HOVER, "the accent's light background"),
    (TEXT, BACKGROUND, "the background"),
    (ACCENT, WHITE, "the panels and button labels"),
    (ACCENT, HOVER, "its light background (button hover)"),
    (ACCENT, BACKGROUND, "the background"),
];

/// The first pair of `colours` (by index; `None`: transparent, which the
/// checker cannot see: the host answers for it) that falls short of AA,
/// as the reason to refuse.
#[inline(never)]
fn shortfall(colours: &[Option<Rgb>; 5]) -> Option<String> {
    for (front, behind, what) in PAIRS {
        let (Some(front), Some(behind)) = (colours[front], colours[behind]) else {
            continue;
        };
        let ratio = contrast(front, behind);
        if ratio < AA_TEXT {
            let mut reason = front.hex();
            let hundredths = (ratio % 100 + 100).to_string();
            for part in [
                " has contrast ",
                &(ratio / 100).to_string(),
                ".",
                &hundredths[1..],
                ":1 with ",
                what,
                " ",
                &behind.hex(),
                "; WCAG AA needs 4.5:1",
            ] {
                reason.push_str(part);
            }
            return Some(reason);
        }
    }
    None
}

/// What a theme request comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Themed {
    /// Every custom property of the theme as `--cc-name:value`, joined by
    /// `;`; an empty value means the stylesheet's default.
    pub css: String,
    /// A line `name<tab>reason` per setting not applied (in English: it
    /// is for the host's developer, never shown on the page).
    pub refused: String,
}

/// Reads a host's settings, a line `name=value` each (as the page passes
/// them on from the address or the message). A setting left out keeps its
/// default; one refused (unknown, malformed, or too little contrast) too,
/// while the others apply.
pub fn read(settings: &str) -> Themed {
    let mut refused = String::new();
    let mut refuse = |name: &str, reason: &str| {
        for part in [name, "\t", reason, "\n"] {
            refused.push_str(part);
        }
    };
    // By SETTINGS; the last of a repeated setting counts.
    let mut values = [None; 4];
    for line in settings.split('\n') {
        let Some((name, value)) = line.split_once('=') else {
            continue;
        };
        match SETTINGS.iter().position(|known| *known == name) {
            Some(at) => values[at] = Some(value.trim()),
            None => refuse(
                name,
                "unknown setting; known: background, text, accent, font",
            ),
        }
    }
    let mut colours = [
        Some(DEFAULT_BACKGROUND),
        Some(DEFAULT_TEXT),
        Some(DEFAULT_ACCENT),
        Some(DEFAULT_SUBTLE),
        Some(PANEL),
    ];
    // What the host set, by index; for the background `Some(None)` is
    // `transparent`.
    let mut set: [Option<Option<Rgb>>; 3] = [None; 3];
    for at in [BACKGROUND, TEXT, ACCENT] {
        let Some(value) = values[at] else { continue };
        let colour = if at == BACKGROUND && value == "transparent" {
            Some(None)
        } else {
            Rgb::parse(value).map(Some)
        };
        let Some(colour) = colour else {
            refuse(
                SETTINGS[at],
                "not a colour: #rgb or #rrggbb (background: also transparent)",
            );
            continue;
        };
        let mut next = colours;
        next[at] = colour;
        if at == ACCENT {
            next[HOVER] = colour.map(|accent| accent.mix(PANEL, 8));
        }
        match shortfall(&next) {
            Some(reason) => refuse(SETTINGS[at], &reason),
            None => (colours, set[at]) = (next, Some(colour)),
        }
    }
    let font = match values[3] {
        None => "",
        Some(value) => match FONTS.iter().find(|(id, _)| *id == value) {
            Some((_, stack)) => stack,
            None => {
                refuse(
                    "font",
                    "not a font here; one of system, arial, verdana, georgia",
                );
                ""
            }
        },
    };
    refused.pop();
    let mut css = String::new();
    let mut put = |name: &str, value: &str| {
        for part in [";--cc-", name, ":", value] {
            css.push_str(part);
        }
    };
    let hex = |colour: Option<Rgb>| colour.map(Rgb::hex).unwrap_or_default();
    put(
        "background",
        &match set[BACKGROUND] {
            Some(None) => "transparent".into(),
            colour => hex(colour.flatten()),
        },
    );
    put("text", &hex(set[TEXT].flatten()));
    let accent = set[ACCENT].flatten();
    put("accent", &hex(accent));
    put("accent-hover", &hex(accent.map(|a| a.mix(BLACK, 75))));
    put("accent-subtle", &hex(accent.and(colours[HOVER])));
    put("accent-band", &hex(accent.map(|a| a.mix(PANEL, 16))));
    put("font", font);
    css.remove(0);
    Themed { css, refused }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Rgb {
        Rgb::parse(text).unwrap()
    }

    /// The CSS custom properties of a result, by name.
    fn property(themed: &Themed, name: &str) -> String {
        let prefix = format!("--cc-{name}:");
        let found: Vec<&str> = themed
            .css
            .split(';')
            .filter_map(|d| d.strip_prefix(prefix.as_str()))
            .collect();
        assert_eq!(found.len(), 1, "{name} once in {}", themed.css);
        found[0].to_string()
    }

    /// `read` of settings given as pairs.
    fn theme(settings: &[(&str, &str)]) -> Themed {
        let lines: Vec<String> = settings.iter().map(|(n, v)| format!("{n}={v}")).collect();
        read(&lines.join("\n"))
    }

    fn refused(themed: &Themed) -> Vec<&str> {
        themed
            .refused
            .lines()
            .map(|line| line.split('\t').next().unwrap())
            .collect()
    }

    fn reasons(themed: &Themed) -> Vec<&str> {
        themed
            .refused
            .lines()
            .map(|line| line.split_once('\t').unwrap().1)
            .collect()
    }

    #[test]
    fn colours_are_read_in_the_two_hex_forms_only() {
        assert_eq!(Rgb::parse("#005a9c"), Some(Rgb([0, 0x5a, 0x9c])));
        assert_eq!(Rgb::parse("#005A9C"), Some(Rgb([0, 0x5a, 0x9c])));
        assert_eq!(Rgb::parse("#fa0"), Some(Rgb([0xff, 0xaa, 0])));
        for bad in [
            "",
            "#",
            "005a9c",
            "#05a9c",
            "#005a9c0",
            "#005a9cff",
            "#gg0000",
            "red",
            "rgb(0,0,0)",
            "#ééé",
            " #fff",
            "#fff;",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
        assert_eq!(hex("#0A0b0C").hex(), "#0a0b0c");
    }

    #[test]
    fn luminance_is_the_wcag_formula_to_the_millionth() {
        let exact = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        for c in 0..=255u8 {
            let want = exact(c) * 1e6;
            let got = linear(c) as f64;
            assert!((got - want).abs() <= 1.0, "channel {c}: {got} vs {want}");
        }
        for colour in [[0x1d, 0x4e, 0xd8], [0xe9, 0x4e, 0x1b], [0x12, 0x34, 0x56]] {
            let want =
                0.2126 * exact(colour[0]) + 0.7152 * exact(colour[1]) + 0.0722 * exact(colour[2]);
            let got = Rgb(colour).luminance() as f64 / 1e6;
            assert!((got - want).abs() < 3e-6, "{colour:?}: {got} vs {want}");
        }
        assert_eq!(PANEL.luminance(), 1_000_000);
        assert_eq!(BLACK.luminance(), 0);
    }

    #[test]
    fn contrast_ratios_match_the_published_values() {
        assert_eq!(contrast(PANEL, BLACK), 2100);
        assert_eq!(contrast(BLACK, PANEL), 2100, "either order");
        // The classic boundary: #767676 passes on white, #777777 does not.
        assert_eq!(contrast(hex("#767676"), PANEL), 454);
        assert_eq!(contrast(hex("#777777"), PANEL), 447);
        assert_eq!(contrast(hex("#ffff00"), PANEL), 107);
        assert_eq!(contrast(hex("#005a9c"), PANEL), 713);
        assert_eq!(contrast(hex("#e94e1b"), PANEL), 376);
    }

    #[test]
    fn the_stylesheets_own_colours_meet_aa() {
        let defaults = [
            Some(DEFAULT_BACKGROUND),
            Some(DEFAULT_TEXT),
            Some(DEFAULT_ACCENT),
            Some(DEFAULT_SUBTLE),
            Some(PANEL),
        ];
        assert_eq!(shortfall(&defaults), None);
        assert!(contrast(DEFAULT_TEXT, DEFAULT_BACKGROUND) >= AA_TEXT);
        assert!(contrast(DEFAULT_ACCENT, DEFAULT_SUBTLE) >= AA_TEXT);
    }

    #[test]
    fn nothing_asked_sets_every_property_back_to_its_default() {
        let themed = theme(&[]);
        assert_eq!(themed.refused, "");
        assert_eq!(
            themed.css,
            "--cc-background:;--cc-text:;--cc-accent:;--cc-accent-hover:;\
             --cc-accent-subtle:;--cc-accent-band:;--cc-font:"
        );
    }

    #[test]
    fn an_accent_with_enough_contrast_colours_the_buttons_and_its_shades() {
        let themed = theme(&[("accent", "#005A9C")]);
        assert_eq!(themed.refused, "");
        assert_eq!(property(&themed, "accent"), "#005a9c");
        let shade = |name| hex(&property(&themed, name));
        // Hover is darker (more contrast on white), the tints lighter.
        assert!(contrast(shade("accent-hover"), PANEL) > contrast(shade("accent"), PANEL));
        assert!(shade("accent-subtle").luminance() > shade("accent-band").luminance());
        assert!(shade("accent-band").luminance() > shade("accent").luminance());
        assert!(contrast(shade("accent"), shade("accent-subtle")) >= AA_TEXT);
        assert_eq!(property(&themed, "background"), "");
    }

    #[test]
    fn an_accent_that_fails_contrast_on_white_is_refused_and_the_default_kept() {
        let themed = theme(&[("accent", "#ffff00"), ("font", "verdana")]);
        assert_eq!(refused(&themed), ["accent"]);
        let reason = &reasons(&themed)[0];
        assert!(reason.contains("#ffff00 has contrast 1.07:1"), "{reason}");
        assert!(reason.contains("4.5:1"), "{reason}");
        assert_eq!(property(&themed, "accent"), "");
        assert_eq!(property(&themed, "accent-hover"), "");
        // What was fine still applies.
        assert_eq!(property(&themed, "font"), FONTS[2].1);
        // Katapult's orange fails as text on white (3.77:1); a darker one
        // passes (docs/embed.md's examples).
        assert_eq!(refused(&theme(&[("accent", "#e94e1b")])), ["accent"]);
        assert_eq!(theme(&[("accent", "#b8380f")]).refused, "");
        // Just enough on white, but not on its own hover tint.
        let borderline = theme(&[("accent", "#767676")]);
        assert_eq!(refused(&borderline), ["accent"]);
        assert!(reasons(&borderline)[0].contains("button hover"));
    }

    #[test]
    fn a_transparent_background_lets_the_host_page_show_through() {
        let themed = theme(&[("accent", "#e94e1b"), ("background", "transparent")]);
        assert_eq!(property(&themed, "background"), "transparent");
        // The accent is still checked against the panels, which stay white.
        assert_eq!(refused(&themed), ["accent"]);
        let themed = theme(&[("background", "transparent"), ("accent", "#005a9c")]);
        assert_eq!(themed.refused, "");
    }

    #[test]
    fn a_background_is_checked_against_the_text_and_the_accent() {
        let dark = theme(&[("background", "#000000")]);
        assert_eq!(refused(&dark), ["background"]);
        assert!(reasons(&dark)[0].contains("with the background #000000"));
        assert_eq!(property(&dark, "background"), "");
        // Light text on it would then fail on the white panels: no dark theme.
        let both = theme(&[("background", "#000"), ("text", "#fff")]);
        assert_eq!(refused(&both), ["background", "text"]);
        let light = theme(&[("background", "#ffffff"), ("text", "#000")]);
        assert_eq!(light.refused, "");
        assert_eq!(property(&light, "background"), "#ffffff");
        assert_eq!(property(&light, "text"), "#000000");
        // A mid grey is fine for black text but not for the default accent.
        let grey = theme(&[("background", "#999999"), ("text", "#000000")]);
        assert_eq!(refused(&grey), ["background"]);
    }

    #[test]
    fn text_must_read_on_the_panels_and_the_accents_tint() {
        assert_eq!(refused(&theme(&[("text", "#777777")])), ["text"]);
        // 4.54:1 on white, but 4.08:1 on the tint behind the disclaimer.
        let grey = theme(&[("text", "#767676")]);
        assert_eq!(refused(&grey), ["text"]);
        assert!(reasons(&grey)[0].contains("4.08:1 with the accent's light background"));
        assert_eq!(theme(&[("text", "#595959")]).refused, "");
    }

    #[test]
    fn malformed_and_unknown_settings_are_refused_and_the_rest_applies() {
        let themed = theme(&[
            ("accent", "blue"),
            ("background", "#fff; color: red"),
            ("font", "Comic Sans MS"),
            ("colour", "#005a9c"),
            ("text", "#000"),
        ]);
        assert_eq!(refused(&themed), ["colour", "background", "accent", "font"]);
        assert!(reasons(&themed)[0].starts_with("unknown setting"));
        assert!(reasons(&themed)[1].starts_with("not a colour"));
        assert!(reasons(&themed)[3].contains("system, arial, verdana, georgia"));
        assert_eq!(property(&themed, "text"), "#000000");
        // Surrounding spaces are forgiven; the last of a repeated setting counts.
        let spaced = theme(&[("font", "verdana"), ("font", " georgia ")]);
        assert_eq!(property(&spaced, "font"), FONTS[3].1);
    }

    proptest::proptest! {
        /// Whatever the host sends, the page only ever gets a fixed form:
        /// a default, `transparent`, `#rrggbb` or one of the font stacks.
        #[test]
        fn no_text_of_the_host_reaches_the_page(
            settings in proptest::collection::vec(
                (proptest::sample::select(vec!["accent", "text", "background", "font", "x"]), ".{0,12}"),
                0..6,
            )
        ) {
            let pairs: Vec<(&str, &str)> = settings.iter().map(|(n, v)| (*n, v.as_str())).collect();
            let themed = theme(&pairs);
            let declarations: Vec<&str> = themed.css.split(';').collect();
            proptest::prop_assert_eq!(declarations.len(), 7);
            for declaration in declarations {
                let (name, value) = declaration.split_once(':').unwrap();
                proptest::prop_assert!(name.starts_with("--cc-"));
                let fixed = value.is_empty()
                    || value == "transparent"
                    || (value.len() == 7 && Rgb::parse(value).is_some())
                    || FONTS.iter().any(|(_, stack)| *stack == value);
                proptest::prop_assert!(fixed, "{}", declaration);
            }
        }
    }
}
