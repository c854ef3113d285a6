//! The few things the app does to the page directly: moving the focus,
//! and the `lang` attribute of `<html>`.

use crate::engine::path::Path;

/// Focuses the element with `id`; a container passes the focus to its first
/// control (`browser::focus`). Returns false when there is no such element.
pub fn focus_element(id: &str) -> bool {
    super::browser::focus(id)
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
    super::browser::set_html(id, html);
}

pub fn set_document_lang(lang: &str) {
    super::browser::set_lang(lang);
}
