//! What the app needs from the browser beyond the DOM Yew manages: local
//! storage, the clock, file downloads, raw DEFLATE for share links, the
//! clipboard, the address bar, printing, the embed height message, the
//! messages to and from a host page that asked for them, and word of
//! another tab's save.
//!
//! In the browser the listeners (`hashchange`, `storage`) are gloo's
//! (gloo-events, on gloo-utils' window), local storage is web-sys, and the
//! rest call `browser.js` (a module file, allowed by the CSP). Where gloo
//! covers one of those, it was tried in Rust instead and measured larger on
//! the page than the few lines of JavaScript: every Rust closure and web-sys
//! call brings its own wasm-bindgen shims. The figure stands beside each
//! function: the gzipped bundle, `make size` on 2026-11-26, from 229,093
//! bytes. (Here, not in `browser.js`, which ships with its comments.) Natively (server-rendering tests) they do nothing, or use memory
//! and the system clock, so components render the same without a browser.

use crate::formats::storage::{KeyValue, MemoryStore, Millis};

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/web/browser.js")]
    extern "C" {
        pub fn download(name: &str, text: &str, kind: &str);
        #[wasm_bindgen(js_name = deflateRaw)]
        pub fn deflate_raw(bytes: &[u8]) -> js_sys::Promise;
        #[wasm_bindgen(js_name = inflateRaw)]
        pub fn inflate_raw(bytes: &[u8], limit: f64) -> js_sys::Promise;
        #[wasm_bindgen(js_name = copyFrom)]
        pub fn copy_from(input: &web_sys::HtmlInputElement) -> js_sys::Promise;
        #[wasm_bindgen(js_name = reportHeight)]
        pub fn report_height();
        pub fn query(name: &str) -> Option<String>;
        #[wasm_bindgen(js_name = clearHash)]
        pub fn clear_hash();
        #[wasm_bindgen(js_name = shareBase)]
        pub fn share_base() -> String;
        pub fn today(lang: &str) -> String;
        pub fn later(run: &Closure<dyn FnMut(u8) -> bool>, ms: u32);
        #[wasm_bindgen(js_name = readBytes)]
        pub fn read_bytes(file: &web_sys::File) -> js_sys::Promise;
        #[wasm_bindgen(js_name = hostOrigin)]
        pub fn host_origin() -> Option<String>;
        #[wasm_bindgen(js_name = listenToHost)]
        pub fn listen_to_host(
            origin: &str,
            open: &Closure<dyn FnMut(Option<String>)>,
            subscribe: &Closure<dyn FnMut()>,
            theme: &Closure<dyn FnMut(String)>,
        );
        #[wasm_bindgen(js_name = themeQuery)]
        pub fn theme_query() -> String;
        #[wasm_bindgen(js_name = applyTheme)]
        pub fn apply_theme(css: &str, refused: &str, answer: bool);
        #[wasm_bindgen(js_name = hostOpened)]
        pub fn host_opened();
        #[wasm_bindgen(js_name = hostRefused)]
        pub fn host_refused(path: &str, reason: &str);
        #[wasm_bindgen(js_name = hostVerdict)]
        pub fn host_verdict(verdict: &str, statuses: &str);
        pub fn pasted(event: &web_sys::Event) -> Option<String>;
        #[wasm_bindgen(js_name = focusThenShow)]
        pub fn focus_then_show(element: &web_sys::Element, block: &str);
    }
}

/// The browser's `localStorage`, or memory when there is none (storage
/// disabled, or a sandboxed frame): the app then works without keeping,
/// and says so (every save there is refused, which the page reports with
/// the export at hand).
///
/// web-sys, not gloo-storage: gloo-storage keeps every value as JSON through
/// serde_json, which measured +8,570 bytes gzipped on the page (240,431 →
/// 249,001, `trunk build --release`, 2026-11-26), and would quote the text
/// this app stores.
pub enum Store {
    #[cfg(target_arch = "wasm32")]
    Local(web_sys::Storage),
    Memory(MemoryStore),
}

impl Store {
    pub fn open() -> Store {
        #[cfg(target_arch = "wasm32")]
        return match gloo_utils::window().local_storage().ok().flatten() {
            Some(storage) => Store::Local(storage),
            None => Store::Memory(MemoryStore {
                refuse_writes: true,
                ..MemoryStore::default()
            }),
        };
        #[cfg(not(target_arch = "wasm32"))]
        Store::Memory(MemoryStore::default())
    }
}

impl KeyValue for Store {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            #[cfg(target_arch = "wasm32")]
            Store::Local(storage) => storage.get_item(key).ok().flatten(),
            Store::Memory(memory) => memory.get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        match self {
            #[cfg(target_arch = "wasm32")]
            Store::Local(storage) => storage.set_item(key, value).map_err(|error| {
                error
                    .as_string()
                    .unwrap_or_else(|| "QuotaExceededError".into())
            }),
            Store::Memory(memory) => memory.set(key, value),
        }
    }

    fn remove(&mut self, key: &str) {
        match self {
            #[cfg(target_arch = "wasm32")]
            Store::Local(storage) => {
                let _ = storage.remove_item(key);
            }
            Store::Memory(memory) => memory.remove(key),
        }
    }

    fn keys(&self) -> Vec<String> {
        match self {
            #[cfg(target_arch = "wasm32")]
            Store::Local(storage) => (0..storage.length().unwrap_or(0))
                .filter_map(|i| storage.key(i).ok().flatten())
                .collect(),
            Store::Memory(memory) => memory.keys(),
        }
    }
}

/// Milliseconds since the Unix epoch.
pub fn now() -> Millis {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as Millis;
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// Offers `text` for download as `name` (a MIME `kind`).
///
/// JavaScript: gloo-file's Blob and ObjectUrl, the link by web-sys and a
/// gloo-timers Timeout that revokes the URL measured +835 bytes (229,928).
pub fn download(name: &str, text: &str, kind: &str) {
    #[cfg(target_arch = "wasm32")]
    js::download(name, text, kind);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, text, kind);
}

/// Focuses `element` now, and scrolls it into view (`block`: `start` or
/// `center`) in the next animation frame: the layout that scroll needs is
/// then the frame's own, not one more in the task that wrote the rows (a
/// large paste's 25 new rows). The focus lands as before, at once.
pub fn focus_then_show(element: &web_sys::Element, block: &str) {
    #[cfg(target_arch = "wasm32")]
    js::focus_then_show(element, block);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (element, block);
}

/// Raw DEFLATE of `bytes` by the browser's `CompressionStream`.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    #[cfg(target_arch = "wasm32")]
    return wasm_bindgen_futures::JsFuture::from(js::deflate_raw(bytes))
        .await
        .ok()
        .map(|out| js_sys::Uint8Array::new(&out).to_vec());
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = bytes;
        None
    }
}

/// The bytes of a file the user chose, or `None` when it cannot be read.
/// Not its text: `File.text()` would decode a UTF-16 file by its
/// byte-order mark and drop a UTF-8 one, where the CLI does neither; the
/// engine decides for both (`proposal_file::text_of_bytes`).
///
/// JavaScript: gloo-file's `futures::read_as_text` measured +1,316 bytes
/// (230,409) for reading the text this way.
pub async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    #[cfg(target_arch = "wasm32")]
    return wasm_bindgen_futures::JsFuture::from(js::read_bytes(file))
        .await
        .ok()
        .map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec());
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = file;
        None
    }
}

/// Reads the file chosen in `input` and hands `then` its name and bytes
/// (`None` when it cannot be read); clears the input, so choosing the same
/// file again reads it again. One reader for the proposal import and the
/// rows import: each of its own measured 400 bytes more.
pub fn read_chosen(
    input: &web_sys::HtmlInputElement,
    then: Box<dyn FnOnce(String, Option<Vec<u8>>)>,
) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    yew::platform::spawn_local(async move {
        let name = file.name();
        let bytes = read_bytes(&file).await;
        then(name, bytes);
    });
    input.set_value("");
}

/// Why inflating failed.
pub enum InflateError {
    TooLarge,
    Bad,
}

/// Inflates raw DEFLATE `bytes` to at most `limit` bytes.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    #[cfg(target_arch = "wasm32")]
    return match wasm_bindgen_futures::JsFuture::from(js::inflate_raw(bytes, limit as f64)).await {
        Ok(out) => Ok(js_sys::Uint8Array::new(&out).to_vec()),
        Err(error) if error.as_string().as_deref() == Some("too-large") => {
            Err(InflateError::TooLarge)
        }
        Err(_) => Err(InflateError::Bad),
    };
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (bytes, limit);
        Err(InflateError::Bad)
    }
}

/// Copies the text of the input with this id; whether it worked.
pub async fn copy_from(id: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(input) = gloo_utils::document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(js::copy_from(&input))
            .await
            .is_ok_and(|done| done.is_truthy())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        false
    }
}

/// `?embed` (any value) in the address.
pub fn embedded() -> bool {
    query("embed").is_some()
}

/// A query parameter of the address.
///
/// JavaScript, like [`clear_hash`]: gloo-history's BrowserHistory for the
/// two measured +17,114 bytes (246,207): it brings serde_urlencoded and
/// serde-wasm-bindgen, and puts a state of its own into the history entry.
pub fn query(name: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return js::query(name);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        None
    }
}

/// Embed mode: sends the height to the host page from now on.
///
/// JavaScript: in Rust, with a gloo-timers Interval where ResizeObserver is
/// missing, it measured +671 bytes (229,764).
pub fn report_height() {
    #[cfg(target_arch = "wasm32")]
    js::report_height();
}

/// Embed mode with `host=<origin>` in the address, inside a frame: that
/// origin (docs/embed.md, "Talking to the host page"). Never outside
/// embed mode, where the page would not show that the host hears it.
pub fn host_origin() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return js::host_origin();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Listens, for as long as the page lives, to the parent window when it is
/// `origin`: `open` gets the text of a proposal it sends (`None` when it
/// sent neither text nor JSON), `subscribe` its wish for verdicts, `theme`
/// its colours as lines `name=value`.
///
/// JavaScript: a gloo-events listener checking the message through js-sys
/// measured +527 bytes (229,620).
pub fn listen_to_host(
    origin: &str,
    open: impl FnMut(Option<String>) + 'static,
    subscribe: impl FnMut() + 'static,
    theme: impl FnMut(String) + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        let open = Closure::<dyn FnMut(Option<String>)>::new(open);
        let subscribe = Closure::<dyn FnMut()>::new(subscribe);
        let theme = Closure::<dyn FnMut(String)>::new(theme);
        js::listen_to_host(origin, &open, &subscribe, &theme);
        open.forget();
        subscribe.forget();
        theme.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = origin;
        drop((open, subscribe, theme));
    }
}

/// The theme settings in the address (`accent=…&font=…`), a line
/// `name=value` each, as `formats::theme::read` takes them.
pub fn theme_query() -> String {
    #[cfg(target_arch = "wasm32")]
    return js::theme_query();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Applies the host's colours and font (`--cc-name:value;…`, see
/// `formats::theme`) to the page, and says what was refused (a line
/// `name<tab>reason` each): to the host when it asked by message
/// (`answer`), else on the console for its developer.
pub fn apply_theme(css: &str, refused: &str, answer: bool) {
    #[cfg(target_arch = "wasm32")]
    js::apply_theme(css, refused, answer);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (css, refused, answer);
}

/// Answers the host's last `open`: the proposal is open as a new plan.
pub fn host_opened() {
    #[cfg(target_arch = "wasm32")]
    js::host_opened();
}

/// Answers the host's last `open`: refused, for `reason` at `path`.
pub fn host_refused(path: &str, reason: &str) {
    #[cfg(target_arch = "wasm32")]
    js::host_refused(path, reason);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (path, reason);
}

/// Sends the host the verdict and the statuses (`C1:meets C2:partly …`).
pub fn host_verdict(verdict: &str, statuses: &str) {
    #[cfg(target_arch = "wasm32")]
    js::host_verdict(verdict, statuses);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (verdict, statuses);
}

/// `location.hash`, and every later change of it.
pub fn watch_hash(callback: impl FnMut(String) + 'static) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let window = gloo_utils::window();
        let location = window.location();
        let hash = move || location.hash().unwrap_or_default();
        let mut callback = callback;
        let now = hash();
        // Lives as long as the page.
        gloo_events::EventListener::new(&window, "hashchange", move |_| callback(hash())).forget();
        now
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        drop(callback);
        String::new()
    }
}

/// Calls `callback` whenever another tab changes `key` in local storage
/// (or clears the storage), for as long as the page lives.
pub fn watch_storage(key: &str, callback: impl FnMut() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let window = gloo_utils::window();
        let key = key.to_owned();
        let mut callback = callback;
        // The `storage` event fires in every other tab of the origin, never
        // in the writer; a null key means the storage was cleared.
        gloo_events::EventListener::new(&window, "storage", move |event| {
            let changed = event
                .dyn_ref::<web_sys::StorageEvent>()
                .and_then(|event| event.key());
            if changed.is_none_or(|changed| changed == key) {
                callback();
            }
        })
        .forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        drop(callback);
    }
}

/// Calls `callback` whenever the page is about to print (the print
/// button, or the browser's own Ctrl+P), before it is laid out for paper.
pub fn watch_print(callback: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    gloo_events::EventListener::new(&gloo_utils::window(), "beforeprint", move |_| callback())
        .forget();
    #[cfg(not(target_arch = "wasm32"))]
    drop(callback);
}

/// Drops the fragment from the address bar, without a reload or a history
/// entry.
pub fn clear_hash() {
    #[cfg(target_arch = "wasm32")]
    js::clear_hash();
}

/// The address a share link starts with: this page, without `embed`.
pub fn share_base() -> String {
    #[cfg(target_arch = "wasm32")]
    return js::share_base();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Today's date as the language writes it ("25 november 2026").
pub fn today(lang: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js::today(lang);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        String::new()
    }
}

/// What a [`Later`] task is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// The moment after the last request has come: start.
    Due,
    /// The page is being hidden or left: finish everything now.
    Now,
    /// The browser is idle: do a little more.
    More,
}

/// A task to run a moment after the last request, or at once when the page
/// is hidden or closed (`pagehide`, `visibilitychange`). While the task
/// returns true it is called again in the browser's idle moments
/// (`requestIdleCallback`, or a timeout where there is none).
///
/// JavaScript: in Rust, with a gloo-timers Timeout, gloo-events listeners
/// for `pagehide` and `visibilitychange` and web-sys' `requestIdleCallback`,
/// it measured +442 bytes (229,535).
pub struct Later {
    #[cfg(target_arch = "wasm32")]
    task: wasm_bindgen::closure::Closure<dyn FnMut(u8) -> bool>,
}

impl Later {
    pub fn new(mut task: impl FnMut(Call) -> bool + 'static) -> Later {
        #[cfg(target_arch = "wasm32")]
        return Later {
            task: wasm_bindgen::closure::Closure::new(move |mode: u8| {
                task(match mode {
                    0 => Call::Due,
                    1 => Call::Now,
                    _ => Call::More,
                })
            }),
        };
        // Natively no effect runs, so nothing ever asks.
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = &mut task;
            drop(task);
            Later {}
        }
    }

    /// Runs the task `ms` from now, instead of any earlier request.
    pub fn request(&self, ms: u32) {
        #[cfg(target_arch = "wasm32")]
        js::later(&self.task, ms);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ms;
    }
}

/// What a paste event carries, as tab-separated text: a spreadsheet's
/// HTML table when there is one, else the plain text.
///
/// The HTML is read by the browser's own parser (`browser.js`): a reader
/// of our own in Rust measured about 900 bytes more of the gzipped download
/// (2026-12-06), and the browser's copes with any spreadsheet's markup.
pub fn pasted(event: &web_sys::Event) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return js::pasted(event);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        None
    }
}

pub fn print() {
    #[cfg(target_arch = "wasm32")]
    let _ = gloo_utils::window().print();
}
