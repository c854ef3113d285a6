//! The rows of a proposal's lists (partners, budget lines, activities,
//! indicators), shared until they are edited.
//!
//! Every edit makes a new proposal (the old one stays whole until the new
//! one is judged, and the open plan, the saved plans and the page all hold
//! it). With plain vectors that copied and later freed the whole plan on
//! every keystroke: about 5 ms in the large plan (2,000 partners, 20,000
//! budget lines). Here a copy of the proposal shares every list, and an edit
//! copies the row it changes and that list's row pointers, nothing else.

use std::iter::Map;
use std::ops::{Index, IndexMut};
use std::rc::Rc;

/// A list whose rows are shared by every copy until one copy edits them.
/// It reads like a vector (`rows[2].name`, `rows.iter()`, `rows.len()`)
/// and changes through its own methods.
#[derive(Debug)]
pub struct Rows<T>(Rc<Vec<Rc<T>>>);

impl<T> Rows<T> {
    pub fn new() -> Self {
        Rows(Rc::new(Vec::new()))
    }

    /// Rows made shareable as they were read, without a second list.
    pub fn from_shared(rows: Vec<Rc<T>>) -> Self {
        Rows(Rc::new(rows))
    }

    /// Whether `other` is this very list, not a copy that was changed.
    pub fn same(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        self.0.get(index).map(|row| &**row)
    }

    /// The row at `index` itself, shared: the page keeps it to see whether
    /// a row changed (an edit copies the row it changes, so a changed row
    /// is another one). Panics if `index` is out of bounds, as a slice does.
    pub fn shared(&self, index: usize) -> Rc<T> {
        self.0[index].clone()
    }

    pub fn iter(&self) -> Iter<'_, T> {
        self.0.iter().map(|row| &**row)
    }

    /// This copy's rows, to change: the row pointers are copied first when
    /// another copy shares them.
    fn rows_mut(&mut self) -> &mut Vec<Rc<T>> {
        unique(&mut self.0)
    }

    pub fn push(&mut self, row: T) {
        self.rows_mut().push(Rc::new(row));
    }

    /// Panics if `index` is out of bounds, as `Vec::remove` does.
    pub fn remove(&mut self, index: usize) -> Rc<T> {
        self.rows_mut().remove(index)
    }

    /// Panics if either index is out of bounds, as `slice::swap` does.
    pub fn swap(&mut self, a: usize, b: usize) {
        self.rows_mut().swap(a, b);
    }
}

impl<T: Clone> Rows<T> {
    /// The row at `index`, to change: copied first when another copy of the
    /// list shares it.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.rows_mut().get_mut(index).map(unique)
    }

    /// Every row, to change: each is copied when shared, so an edit of a
    /// few rows goes through `edit_where` or an index instead.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.rows_mut().iter_mut().map(unique)
    }

    /// Changes the rows that `wanted` picks, copying only those (removing
    /// an activity unlinks its budget lines without copying the others).
    pub fn edit_where(&mut self, wanted: impl Fn(&T) -> bool, mut edit: impl FnMut(&mut T)) {
        for row in self.rows_mut() {
            if wanted(row) {
                edit(unique(row));
            }
        }
    }
}

/// What `Rc::make_mut` does (a copy when shared), without its case of
/// weak pointers, which the proposal's rows and the session's parts never
/// have: every type gets a copy of it, so the smaller the better.
pub(crate) fn unique<U: Clone>(shared: &mut Rc<U>) -> &mut U {
    if Rc::get_mut(shared).is_none() {
        *shared = Rc::new(U::clone(shared));
    }
    Rc::get_mut(shared).expect("not shared any more")
}

impl<T> Index<usize> for Rows<T> {
    type Output = T;

    /// Panics if `index` is out of bounds, as a slice does.
    fn index(&self, index: usize) -> &T {
        &self.0[index]
    }
}

/// The row at `index`, to change, copied first when shared: an edit reads
/// as it would on a vector (`rows[2].name = …`).
impl<T: Clone> IndexMut<usize> for Rows<T> {
    /// Panics if `index` is out of bounds, as a slice does.
    fn index_mut(&mut self, index: usize) -> &mut T {
        unique(&mut self.rows_mut()[index])
    }
}

/// The rows in order, as plain references. A `Map` over the slice, so
/// that `collect` knows the exact length as it does for a vector.
pub type Iter<'a, T> = Map<std::slice::Iter<'a, Rc<T>>, fn(&'a Rc<T>) -> &'a T>;

// Not derived: a copy shares the rows, so `T` need not be `Clone`.
impl<T> Clone for Rows<T> {
    fn clone(&self) -> Self {
        Rows(self.0.clone())
    }
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows::new()
    }
}

/// Equal rows in the same order; shared rows are equal without a look.
impl<T: PartialEq> PartialEq for Rows<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
            || (self.len() == other.len()
                && self
                    .0
                    .iter()
                    .zip(other.0.iter())
                    .all(|(a, b)| Rc::ptr_eq(a, b) || a == b))
    }
}

impl<T> From<Vec<T>> for Rows<T> {
    fn from(rows: Vec<T>) -> Self {
        rows.into_iter().collect()
    }
}

impl<T> FromIterator<T> for Rows<T> {
    fn from_iter<I: IntoIterator<Item = T>>(rows: I) -> Self {
        Rows(Rc::new(rows.into_iter().map(Rc::new).collect()))
    }
}

impl<'a, T> IntoIterator for &'a Rows<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_changes_only_its_own_copy() {
        let original: Rows<String> = vec!["a".to_string(), "b".to_string()].into();
        let mut copy = original.clone();
        *copy.get_mut(1).unwrap() = "B".into();
        copy.push("c".into());
        assert_eq!(original.len(), 2);
        assert_eq!(original[1], "b");
        assert_eq!(copy[1], "B");
        assert_eq!(copy.len(), 3);
        // The row nobody edited is still the same row in both.
        assert!(std::ptr::eq(&original[0], &copy[0]));
        assert!(!std::ptr::eq(&original[1], &copy[1]));
    }

    #[test]
    fn rows_compare_by_content() {
        let a: Rows<u32> = vec![1, 2, 3].into();
        let b: Rows<u32> = vec![1, 2, 3].into();
        let mut c = a.clone();
        assert_eq!(a, b);
        assert_eq!(a, c);
        c.swap(0, 2);
        assert_ne!(a, c, "same rows, different order");
        assert_eq!(c.iter().copied().collect::<Vec<_>>(), [3, 2, 1]);
        assert_eq!(*c.remove(0), 3);
        assert_eq!(c.iter().copied().collect::<Vec<_>>(), [2, 1]);
        assert_ne!(a, Rows::from(vec![1, 2]));
        assert_eq!(Rows::<u32>::default(), Rows::new());
    }
}
