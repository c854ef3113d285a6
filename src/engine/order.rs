//! Sorting, one copy for the whole download: every sort of another
//! element type or comparison is a copy of the sort in the page's wasm
//! (several hundred bytes gzipped each), so the places that must sort
//! many items (a JSON object's keys, the totals per year and per
//! activity, the cost per unit) sort indices through this one function.

use std::cmp::Ordering;

/// The indices `0..len` in the order `compare` gives them; equal ones
/// keep their order, as a stable sort does. n log n, whatever the input.
#[inline(never)]
pub fn sorted_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

/// Where each text first stands among `keys`, found in log time: the
/// keys sorted once (by [`sorted_order`]), then a binary search. For a
/// lookup by id among thousands of rows without a hash map's code.
pub struct Positions<'a> {
    keys: Vec<&'a str>,
    sorted: Vec<usize>,
}

impl<'a> Positions<'a> {
    pub fn new(keys: Vec<&'a str>) -> Positions<'a> {
        let sorted = sorted_order(keys.len(), &|a, b| keys[a].cmp(keys[b]));
        Positions { keys, sorted }
    }

    /// The first position of `key`, if it is there.
    pub fn of(&self, key: &str) -> Option<usize> {
        let at = self.sorted.partition_point(|&i| self.keys[i] < key);
        self.sorted
            .get(at)
            .copied()
            .filter(|&i| self.keys[i] == key)
    }

    /// The last position of `key`, if it is there (where a map collected
    /// from the keys would have its value: the last one wins).
    pub fn last_of(&self, key: &str) -> Option<usize> {
        let after = self.sorted.partition_point(|&i| self.keys[i] <= key);
        after
            .checked_sub(1)
            .map(|at| self.sorted[at])
            .filter(|&i| self.keys[i] == key)
    }
}

/// The position of the first of `keys` that an earlier one equals: the
/// first twin, as a reader that refuses twins reports it. Sorted once, so
/// n log n, without a hash set's code.
pub fn first_twin(keys: &[&str]) -> Option<usize> {
    let sorted = sorted_order(keys.len(), &|a, b| keys[a].cmp(keys[b]));
    // Equal keys stand together, each after the earlier ones: the first
    // twin is the least of those that follow an equal key.
    sorted
        .windows(2)
        .filter(|pair| keys[pair[0]] == keys[pair[1]])
        .map(|pair| pair[1])
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_found_at_its_first_place() {
        let positions = Positions::new(vec!["p2", "p1", "p3", "p1"]);
        assert_eq!(positions.of("p1"), Some(1));
        assert_eq!(positions.of("p2"), Some(0));
        assert_eq!(positions.of("p3"), Some(2));
        assert_eq!(positions.of("p0"), None);
        assert_eq!(positions.of("p4"), None);
        assert_eq!(Positions::new(Vec::new()).of("p1"), None);
    }

    #[test]
    fn a_key_is_found_at_its_last_place() {
        let positions = Positions::new(vec!["p2", "p1", "p3", "p1", "p2"]);
        assert_eq!(positions.last_of("p1"), Some(3));
        assert_eq!(positions.last_of("p2"), Some(4));
        assert_eq!(positions.last_of("p3"), Some(2));
        assert_eq!(positions.last_of("p0"), None);
        assert_eq!(positions.last_of("p4"), None);
        assert_eq!(Positions::new(Vec::new()).last_of("p1"), None);
    }

    #[test]
    fn the_first_twin_is_the_first_key_seen_before() {
        assert_eq!(first_twin(&[]), None);
        assert_eq!(first_twin(&["a", "b", "c"]), None);
        assert_eq!(first_twin(&["a", "b", "a"]), Some(2));
        // "b" repeats at 3 before "a" does at 4.
        assert_eq!(first_twin(&["a", "b", "c", "b", "a", "a"]), Some(3));
        assert_eq!(first_twin(&["z", "z"]), Some(1));
    }

    #[test]
    fn equal_items_keep_their_order() {
        let keys = ["b", "a", "b", "c", "a"];
        assert_eq!(
            sorted_order(keys.len(), &|x, y| keys[x].cmp(keys[y])),
            [1, 4, 0, 2, 3]
        );
        assert!(sorted_order(0, &|_, _| Ordering::Equal).is_empty());
    }
}
