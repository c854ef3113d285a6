//! The few things the app does to the page directly: moving the focus,
//! and the `lang` attribute of `<html>`.

use web_sys::Element;

use crate::engine::path::Path;

/// Focuses the element with `id`; a container passes the focus to its first
/// control. Returns false when there is no such element.
pub fn focus_element(id: &str) -> bool {
    let Some(element) = gloo_utils::document().get_element_by_id(id) else {
        return false;
    };
    focus_within(&element);
    true
}

/// A control is focused where it is; a row or group passes the focus to its
/// first field (a button only when it has none); a whole section (a finding
/// about the budget as a whole) takes the focus itself, so its name is
/// read, and shows from its heading. What takes the focus is brought into
/// view: a row's first field at the middle, not the middle of a tall list.
fn focus_within(element: &Element) {
    let tag = element.tag_name().to_ascii_lowercase();
    let target = match tag.as_str() {
        "input" | "select" | "textarea" | "button" | "a" => Some(element.clone()),
        "section" => None,
        _ => ["input, select, textarea", "button:not([disabled])"]
            .iter()
            .find_map(|selector| element.query_selector(selector).ok().flatten()),
    };
    let target = target.unwrap_or_else(|| {
        // A section, or a container without controls: focusable this once.
        let _ = element.set_attribute("tabindex", "-1");
        element.clone()
    });
    let block = if tag == "section" { "start" } else { "center" };
    super::browser::focus_then_show(&target, block);
}

/// Focuses the field at `path`: `field-<path>`, or else the nearest
/// enclosing row or list (`partners[0].contributions[1].amount` →
/// `partners[0].contributions[1]` → `partners[0].contributions` → …).
pub fn focus_path(path: &Path) {
    let mut candidate = Some(path.clone());
    while let Some(path) = candidate.filter(|path| !path.is_empty()) {
        if focus_element(&path.dom_id()) {
            return;
        }
        candidate = path.parent();
    }
}

/// Puts markup made elsewhere (the print tables) into the element `id`,
/// which the components leave empty.
pub fn set_html(id: &str, html: &str) {
    if let Some(element) = gloo_utils::document().get_element_by_id(id) {
        element.set_inner_html(html);
    }
}

pub fn set_document_lang(lang: &str) {
    if let Some(root) = gloo_utils::document().document_element() {
        let _ = root.set_attribute("lang", lang);
    }
}
