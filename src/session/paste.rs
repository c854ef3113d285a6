//! The paste panel of the session: rows from a spreadsheet read a piece at
//! a time ([`Paste`]), and the messages that open, fill, read and apply it.
//! None of them changes the plan until the rows are added, in one step with
//! one undo.

use std::rc::Rc;

use super::*;

/// How many records of a pasted text are read at once: a piece of a large
/// paste takes the page a few milliseconds, and the page answers in
/// between (20,000 lines are read in twenty pieces).
pub const PASTE_PIECE: usize = 1_000;

/// The paste panel of one list: the text pasted or read from a file, how
/// its columns are read, and what its records give, read a piece at a time
/// (`formats::sheet`).
#[derive(Clone, Debug, PartialEq)]
pub struct Paste {
    pub list: List,
    pub text: Rc<str>,
    /// Why the text gives no table (a file that is no text).
    pub error: Option<TableError>,
    /// Reads on where the last piece ended; none for an empty text.
    pub reader: Option<Reader>,
    pub pieces: Vec<Rc<Reading>>,
    /// Counts the pieces read, also across a new start: the page asks for
    /// the next one whenever it changed and the text is not all read.
    pub steps: u64,
    /// The plan the pieces were read for: read again once it changed.
    read_for: Rc<Proposal>,
}

impl Paste {
    fn new(list: List, proposal: &Rc<Proposal>) -> Paste {
        Paste {
            list,
            text: Rc::from(""),
            error: None,
            reader: None,
            pieces: Vec::new(),
            steps: 0,
            read_for: proposal.clone(),
        }
    }

    /// Reads `text` from the start for `proposal`, with `layout` or the one
    /// the text suggests, and reads its first piece.
    fn read(&mut self, layout: Option<Layout>, proposal: &Rc<Proposal>) {
        let reader = Reader::new(self.list, &self.text, layout, proposal);
        self.error = reader.as_ref().err().copied();
        self.reader = reader.ok().filter(|_| !self.text.trim().is_empty());
        self.pieces.clear();
        self.read_for = proposal.clone();
        self.step();
    }

    /// Reads the next piece.
    fn step(&mut self) {
        self.steps += 1;
        if let Some(reader) = &mut self.reader {
            if !reader.done(&self.text) {
                let piece = reader.step(&self.text, PASTE_PIECE);
                self.pieces.push(Rc::new(piece));
            }
        }
    }

    /// Whether all of the text is read, for the plan as it is now.
    pub fn ready(&self, proposal: &Rc<Proposal>) -> bool {
        Rc::ptr_eq(&self.read_for, proposal)
            && self.reader.as_ref().is_none_or(|r| r.done(&self.text))
    }

    /// Every record read so far, in order.
    pub fn records(&self) -> impl Iterator<Item = &RecordReading> {
        self.pieces.iter().flat_map(|piece| piece.records.iter())
    }

    /// How many records give a row, give none for a problem, are totals.
    pub fn counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for piece in &self.pieces {
            for (sum, count) in counts.iter_mut().zip(piece.counts()) {
                *sum += count;
            }
        }
        counts
    }
}

impl State {
    /// A partner moved or went: a panel pasting into one partner's
    /// contributions would now add them to another.
    pub(super) fn close_contributions_paste(&mut self, list: List) {
        if list == List::Partners
            && matches!(
                self.paste.as_deref(),
                Some(Paste {
                    list: List::Contributions(_),
                    ..
                })
            )
        {
            self.paste = None;
        }
    }

    /// The paste panel's messages: none changes the plan.
    pub(super) fn paste_panel(&mut self, msg: Msg) {
        let proposal = self.proposal.clone();
        let open = self.paste.as_ref().map(|paste| paste.list);
        let Some(paste) = (match msg {
            // The same button, or the panel's "Sluiten": closed, and the
            // focus back on the button.
            Msg::PasteOpen(list) if open == Some(list) => {
                self.request_focus(FocusTarget::Element(format!("paste-{}", list.path())));
                None
            }
            // Only lists of rows with columns, of a partner that exists.
            Msg::PasteOpen(list)
                if sheet::columns(list).is_none()
                    || matches!(list, List::Contributions(p) if p >= proposal.partners.len()) =>
            {
                self.paste.take()
            }
            Msg::PasteOpen(list) => {
                self.request_focus(FocusTarget::Element(format!("paste-input-{}", list.path())));
                Some(Rc::new(Paste::new(list, &proposal)))
            }
            _ => self.paste.take(),
        }) else {
            self.paste = None;
            return;
        };
        let mut paste = paste;
        let edit = unique(&mut paste);
        let layout = edit.reader.as_ref().map(|r| r.layout.clone());
        match msg {
            Msg::PasteText(text) => {
                edit.text = Rc::from(text);
                edit.read(None, &proposal);
            }
            Msg::PasteColumn { index, column } => {
                // The preview is written anew: back to the choice just made.
                self.request_focus(FocusTarget::Element(format!("paste-column-{index}")));
                if let Some(mut layout) = layout {
                    // Each column once: choosing it here frees it elsewhere.
                    for other in &mut layout.columns {
                        if column.is_some() && *other == column {
                            *other = None;
                        }
                    }
                    if let Some(at) = layout.columns.get_mut(index) {
                        *at = column;
                    }
                    edit.read(Some(layout), &proposal);
                }
            }
            Msg::PasteStep if !Rc::ptr_eq(&edit.read_for, &proposal) => {
                edit.read(layout, &proposal)
            }
            Msg::PasteStep => edit.step(),
            _ => {}
        }
        self.paste = Some(paste);
    }

    /// Adds what the paste gives to its list, as one change with one undo,
    /// and focuses the first row added.
    pub(super) fn paste_apply(&mut self, now: Millis) {
        let Some(paste) = self.paste.clone() else {
            return;
        };
        if !paste.ready(&self.proposal) {
            return;
        }
        let undo = self.plans.keep_open_plan();
        let list = paste.list;
        let first = list.len(&self.proposal);
        let mut proposal = (*self.proposal).clone();
        let added: usize = paste
            .pieces
            .iter()
            .map(|piece| sheet::add_rows(&mut proposal, list, piece))
            .sum();
        if added > 0 && self.commit(proposal, now) {
            self.paste = None;
            self.pending_removal = None;
            self.offer(undo, Notice::Pasted(added));
            let row = list.row_path(first);
            self.show_path(&row);
            self.request_focus(FocusTarget::Field(row));
            // A section's own list comes a few rows at a time; a partner's
            // contributions, under its card, at once.
            if matches!(
                list,
                List::Partners | List::Budget | List::Activities | List::Impact
            ) {
                self.rows_later = Some((list, first));
                self.more_rows();
            }
        }
    }

    /// The next few rows of the page that is coming in, or the end of it.
    pub(super) fn more_rows(&mut self) {
        let Some((list, from)) = self.rows_later else {
            return;
        };
        let (_, rows) = edit::page_of(&self.pages, &list.path(), list.len(&self.proposal));
        let from = from + edit::ROWS_AT_ONCE;
        self.rows_later = (from < rows.end).then_some((list, from));
    }
}
