//! Moving the focus to a field by its path (the steps of each focus are
//! `browser::focus`).

use crate::engine::path::Path;

/// Focuses the field at `path`: `field-<path>`, or else the nearest
/// enclosing row or list (`partners[0].contributions[1].amount` →
/// `partners[0].contributions[1]` → `partners[0].contributions` → …).
pub fn focus_path(path: &Path) {
    let mut candidate = Some(path.clone());
    while let Some(path) = candidate.filter(|path| !path.is_empty()) {
        if super::browser::focus(&path.dom_id()) {
            return;
        }
        candidate = path.parent();
    }
}
