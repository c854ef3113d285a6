//! Allocations bounded by what was checked (issue 23): a header or a
//! length field may claim any size, but nothing reserves more than the
//! input can hold. A global allocator that remembers the largest single
//! request watches the readers of untrusted text.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

struct Largest;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Largest {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LARGEST.fetch_max(new_size, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Largest = Largest;

/// One measurement at a time: the tests of this file run in parallel.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The largest single allocation `work` makes.
fn largest_allocation(work: impl FnOnce()) -> usize {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    LARGEST.store(0, Ordering::Relaxed);
    work();
    LARGEST.load(Ordering::Relaxed)
}

#[test]
fn a_compact_header_claiming_a_gigabyte_reserves_no_more_than_its_text() {
    use centra_check::formats::storage::compact::{from_text, to_text};
    // The two characters of the header at their largest: 2^30 − 1 bytes.
    let claims_a_gigabyte = "\u{87ff}\u{87ff}";
    let mut result = None;
    let largest = largest_allocation(|| result = Some(from_text(claims_a_gigabyte)));
    assert!(result.unwrap().is_err(), "nothing follows the header");
    assert!(largest < 1024, "{largest} bytes reserved");
    // The same header before a few characters: at most what they hold.
    let text = format!("{claims_a_gigabyte}{}", "\u{800}".repeat(1_000));
    let largest = largest_allocation(|| {
        let _ = from_text(&text);
    });
    assert!(largest < 8 * 1024, "{largest} bytes reserved");
    // A real one still comes back whole.
    let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    assert_eq!(from_text(&to_text(&bytes)).unwrap(), bytes);
}

#[test]
fn reading_a_stored_text_reserves_no_more_than_its_length_allows() {
    use centra_check::formats::storage::{
        self, KeyValue, MemoryStore, COMPACT_PREFIX, STORAGE_KEY,
    };
    use centra_check::Lang;
    // A compact envelope whose header claims a gigabyte.
    let mut store = MemoryStore::default();
    store
        .set(
            STORAGE_KEY,
            &format!("{COMPACT_PREFIX}\u{87ff}\u{87ff}\u{800}"),
        )
        .unwrap();
    let largest = largest_allocation(|| {
        let opened = storage::open(&mut store, Lang::Nl, 1);
        assert!(opened.notice.is_some(), "kept aside");
    });
    assert!(largest < 1024 * 1024, "{largest} bytes reserved");
}
