//! A place in a proposal: `partners[0].contributions[1].amount`.
//!
//! Findings, form fields, rows, pages and finding links all name places;
//! as a typed `Path` they are built and taken apart by segments, and the
//! text form exists only where a person or a file reads it (`Display`:
//! the UI contract's `data-field`, the report's `path`). Nothing parses
//! that text back.

use std::borrow::Cow;
use std::fmt;

/// One step into a proposal: a field by name, or a row of a list.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    Field(Cow<'static, str>),
    Row(usize),
}

/// A path from the proposal's root; the empty path is the whole proposal.
///
/// Ordered segment by segment, so in a sorted map every path under a row
/// follows that row's path directly (see [`Path::starts_with`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The path of a field of the proposal itself: `budget`, `centre`.
    pub fn of(name: &'static str) -> Path {
        Path(vec![Segment::Field(Cow::Borrowed(name))])
    }

    /// This path, then the field `name`: `centre` → `centre.name`.
    pub fn field(mut self, name: impl Into<Cow<'static, str>>) -> Path {
        self.0.push(Segment::Field(name.into()));
        self
    }

    /// This path, then row `index` of it: `budget` → `budget[3]`.
    pub fn row(mut self, index: usize) -> Path {
        self.0.push(Segment::Row(index));
        self
    }

    /// The id of the element that shows this path on the page:
    /// `field-<path>`, which findings link to and focus looks for.
    pub fn dom_id(&self) -> String {
        format!("field-{self}")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// One step up: `a[1].b` → `a[1]` → `a` → none.
    pub fn parent(&self) -> Option<Path> {
        let (_, up) = self.0.split_last()?;
        Some(Path(up.to_vec()))
    }

    /// Whether `self` is `prefix` or lies under it.
    pub fn starts_with(&self, prefix: &Path) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The lists this path lies in, each with the row's index:
    /// `partners[3].contributions[1].amount` → (`partners`, 3),
    /// (`partners[3].contributions`, 1).
    pub fn rows(&self) -> impl Iterator<Item = (Path, usize)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(at, segment)| match segment {
                Segment::Row(index) => Some((Path(self.0[..at].to_vec()), *index)),
                Segment::Field(_) => None,
            })
    }

    /// The row of `list` this path lies under, and what follows it:
    /// `budget[3].amount` under `budget` is (3, `.amount` as segments).
    pub fn under_row(&self, list: &Path) -> Option<(usize, &[Segment])> {
        let rest = self.0.strip_prefix(list.0.as_slice())?;
        match rest.split_first()? {
            (Segment::Row(index), tail) => Some((*index, tail)),
            (Segment::Field(_), _) => None,
        }
    }

    /// This path with the row of `list` it lies under replaced by `index`.
    pub fn with_row(&self, list: &Path, index: usize) -> Path {
        let mut segments = self.0.clone();
        segments[list.0.len()] = Segment::Row(index);
        Path(segments)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (at, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if at == 0 => f.write_str(name)?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Row(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount() -> Path {
        Path::of("partners")
            .row(3)
            .field("contributions")
            .row(1)
            .field("amount")
    }

    #[test]
    fn a_path_starts_with_itself_and_the_lists_and_rows_above_it() {
        let partner = Path::of("partners").row(3);
        assert!(amount().starts_with(&partner));
        assert!(partner.starts_with(&partner));
        assert!(amount().starts_with(&Path::of("partners")));
        assert!(!partner.starts_with(&amount()));
        assert!(!amount().starts_with(&Path::of("partners").row(1)));
        assert!(!amount().starts_with(&Path::of("budget")));
    }

    #[test]
    fn the_text_form_is_the_ui_contracts() {
        assert_eq!(amount().to_string(), "partners[3].contributions[1].amount");
        assert_eq!(Path::of("centre").field("name").to_string(), "centre.name");
        assert_eq!(Path::default().to_string(), "");
    }

    #[test]
    fn only_the_whole_proposal_is_the_empty_path() {
        // The focus walks up a path until it is empty: the walk must end
        // there, and not before.
        assert!(Path::default().is_empty());
        assert!(!Path::of("budget").is_empty());
        assert!(!Path::of("budget").row(0).is_empty());
        assert!(Path::of("budget").parent().unwrap().is_empty());
    }

    #[test]
    fn a_path_names_the_rows_it_lies_in() {
        let rows: Vec<(String, usize)> = amount()
            .rows()
            .map(|(list, index)| (list.to_string(), index))
            .collect();
        assert_eq!(
            rows,
            [
                ("partners".into(), 3),
                ("partners[3].contributions".into(), 1)
            ]
        );
        assert_eq!(Path::of("centre").field("name").rows().count(), 0);
    }

    #[test]
    fn parents_step_up_one_segment_at_a_time() {
        let mut seen = vec![];
        let mut at = Some(amount());
        while let Some(path) = at {
            seen.push(path.to_string());
            at = path.parent();
        }
        assert_eq!(
            seen,
            [
                "partners[3].contributions[1].amount",
                "partners[3].contributions[1]",
                "partners[3].contributions",
                "partners[3]",
                "partners",
                ""
            ]
        );
    }

    #[test]
    fn a_row_is_found_and_replaced_only_under_its_list() {
        let contributions = Path::of("partners").row(3).field("contributions");
        let path = amount();
        let (row, tail) = path.under_row(&contributions).unwrap();
        assert_eq!(row, 1);
        assert_eq!(tail, [Segment::Field("amount".into())]);
        assert_eq!(
            amount().with_row(&contributions, 7).to_string(),
            "partners[3].contributions[7].amount"
        );
        assert_eq!(amount().under_row(&Path::of("budget")), None);
        assert_eq!(amount().under_row(&Path::of("partners").row(3)), None);
    }

    #[test]
    fn paths_under_a_row_sort_right_after_it() {
        let mut paths = [
            Path::of("budget").row(10).field("amount"),
            Path::of("budget").row(2),
            Path::of("budget").row(2).field("year"),
            Path::of("budget").row(1).field("amount"),
            Path::of("budget").row(2).field("amount"),
        ];
        paths.sort();
        let texts: Vec<String> = paths.iter().map(Path::to_string).collect();
        assert_eq!(
            texts,
            [
                "budget[1].amount",
                "budget[2]",
                "budget[2].amount",
                "budget[2].year",
                "budget[10].amount"
            ]
        );
    }
}
