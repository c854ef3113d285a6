//! The browser app: mounts the Yew application on the page body.

/// Talc instead of dlmalloc: smaller in the download and at least as fast
/// for the page's allocations (docs/performance.md, "Download size").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    centra_check::web::start();
}
