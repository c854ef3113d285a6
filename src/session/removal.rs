//! A removed row that can come back: what the removal changed, so that an
//! undo puts the row back where it was, with everything in it and every
//! reference to it, while edits of other lists stay.

use std::rc::Rc;

use super::*;

/// Row `index` of `list` removed from the open plan: the plan just before
/// and just after, and the texts typed into number fields then. The
/// removal changed some lists (the row's own, and the activities or budget
/// lines that named it); undoing gives those back as they were before, and
/// keeps every other list as it is now. So it outlives edits elsewhere,
/// and is withdrawn when one of those lists changes again, or another plan
/// is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct RowRemoval {
    pub list: List,
    pub index: usize,
    before: Rc<Proposal>,
    after: Rc<Proposal>,
    /// The typed texts before the removal.
    raw: Rc<RawTexts>,
}

impl RowRemoval {
    /// `proposal` with the removal undone, or `None` when a list the
    /// removal changed has changed since. Lists are compared by identity:
    /// an edit copies the list it changes, and only that one.
    pub fn undone(&self, proposal: &Proposal) -> Option<Proposal> {
        let (before, after) = (&*self.before, &*self.after);
        let mut out = proposal.clone();
        macro_rules! back {
            ($($list:ident).+) => {
                if !before.$($list).+.same(&after.$($list).+) {
                    if !proposal.$($list).+.same(&after.$($list).+) {
                        return None;
                    }
                    out.$($list).+ = before.$($list).+.clone();
                }
            };
        }
        back!(partners);
        back!(budget);
        back!(activities);
        back!(impact);
        if before.centre.alliances != after.centre.alliances {
            if proposal.centre.alliances != after.centre.alliances {
                return None;
            }
            out.centre.alliances.clone_from(&before.centre.alliances);
        }
        Some(out)
    }
}

impl State {
    pub(super) fn remove(&mut self, list: List, index: usize, now: Millis) {
        self.close_contributions_paste(list);
        let before = self.proposal.clone();
        let mut proposal = (*before).clone();
        if edit::remove_row(&mut proposal, list, index) && self.commit(proposal, now) {
            self.pending_removal = None;
            let raw = self.raw.clone();
            self.raw = Rc::new(edit::rekey(&self.raw, &list.path(), |i| {
                (i != index).then(|| i - usize::from(i > index))
            }));
            self.request_focus(FocusTarget::Element(format!("add-{}", list.path())));
            let notice = Notice::Removed {
                list,
                index,
                name: edit::row_name(&before, list, index).to_string(),
                contents: match list {
                    List::Partners => before.partners[index].contributions.len(),
                    _ => 0,
                },
            };
            let removal = RowRemoval {
                list,
                index,
                before,
                after: self.proposal.clone(),
                raw,
            };
            self.offer_to_take_back(TakeBack::Row(Box::new(removal)), notice);
        }
    }

    /// Puts a removed row back with its typed texts, shows it and focuses
    /// it. Nothing happens when its lists changed since.
    pub(super) fn restore(&mut self, removal: RowRemoval, now: Millis) {
        let Some(proposal) = removal.undone(&self.proposal) else {
            return;
        };
        if !self.commit(proposal, now) {
            return;
        }
        let (list, index) = (removal.list, removal.index);
        let row = list.row_path(index);
        // The texts typed in the row come back with it; the others keep
        // theirs and move down with their rows.
        let mut raw = edit::rekey(&self.raw, &list.path(), |i| {
            Some(i + usize::from(i >= index))
        });
        for (path, text) in removal.raw.iter() {
            if path.starts_with(&row) {
                raw.insert(path.clone(), text.clone());
            }
        }
        self.raw = Rc::new(raw);
        self.show_path(&row);
        self.request_focus(FocusTarget::Field(row));
        self.notice = Some(Notice::Undone);
    }
}
