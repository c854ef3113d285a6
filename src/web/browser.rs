//! What the app needs from the browser beyond the DOM Yew manages: local
//! storage, the clock, file downloads, raw DEFLATE for share links, the
//! clipboard, the address bar, printing, the embed height message, the
//! messages to and from a host page that asked for them, and word of
//! another tab's save.
//!
//! In the browser all of it, local storage and the listeners
//! (`hashchange`, `storage`, `beforeprint`) too, calls `browser.js` (a
//! module file, allowed by the CSP). Where gloo
//! covers one of those, it was tried in Rust instead and measured larger on
//! the page than the few lines of JavaScript: every Rust closure and web-sys
//! call brings its own wasm-bindgen shims. The figure stands beside each
//! function: the gzipped bundle, `make size` on 2026-11-26, from 229,093
//! bytes. (Here, not in `browser.js`, which ships with its comments.) Natively (server-rendering tests) they do nothing, or use memory
//! and the system clock, so components render the same without a browser.

#[cfg(not(target_arch = "wasm32"))]
use crate::formats::storage::MemoryStore;
use crate::formats::storage::{KeyValue, Millis};

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
        pub fn copy_from(id: &str) -> js_sys::Promise;
        #[wasm_bindgen(js_name = setHtml)]
        pub fn set_html(id: &str, html: &str);
        pub fn watch(key: &str, heard: &Closure<dyn FnMut(u8, Option<String>)>) -> String;
        #[wasm_bindgen(js_name = storeGet)]
        pub fn store_get(key: &str) -> Option<String>;
        #[wasm_bindgen(js_name = storeSet)]
        pub fn store_set(key: &str, value: &str) -> bool;
        #[wasm_bindgen(js_name = storeRemove)]
        pub fn store_remove(key: &str);
        #[wasm_bindgen(js_name = storeKeys)]
        pub fn store_keys() -> String;
        #[wasm_bindgen(js_name = setLang)]
        pub fn set_lang(lang: &str);
        #[wasm_bindgen(js_name = reportHeight)]
        pub fn report_height();
        pub fn query(name: &str) -> Option<String>;
        #[wasm_bindgen(js_name = clearHash)]
        pub fn clear_hash();
        #[wasm_bindgen(js_name = shareBase)]
        pub fn share_base() -> String;
        pub fn today(lang: &str) -> String;
        pub fn later(run: &Closure<dyn FnMut(u8) -> bool>, ms: u32);
        #[wasm_bindgen(js_name = chosenName)]
        pub fn chosen_name(input: &web_sys::HtmlInputElement) -> Option<String>;
        #[wasm_bindgen(js_name = readBytes)]
        pub fn read_bytes(from: &JsValue) -> js_sys::Promise;
        pub fn print();
        #[wasm_bindgen(js_name = hostOrigin)]
        pub fn host_origin() -> Option<String>;
        #[wasm_bindgen(js_name = listenToHost)]
        pub fn listen_to_host(origin: &str, heard: &Closure<dyn FnMut(u8, Option<String>)>);
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
        pub fn action(event: &web_sys::Event) -> Option<String>;
        pub fn focus(id: &str) -> bool;
    }
}

/// The browser's `localStorage`, or none (storage disabled, or a
/// sandboxed frame): the app then works without keeping, and says so
/// (every save there is refused, which the page reports with the export
/// at hand).
///
/// web-sys, not gloo-storage: gloo-storage keeps every value as JSON through
/// serde_json, which measured +8,570 bytes gzipped on the page (240,431 →
/// 249,001, `trunk build --release`, 2026-11-26), and would quote the text
/// this app stores.
#[cfg(target_arch = "wasm32")]
pub struct Store;
/// Off the browser (the tests of the page's markup): memory.
#[cfg(not(target_arch = "wasm32"))]
pub struct Store(MemoryStore);

impl Store {
    pub fn open() -> Store {
        #[cfg(target_arch = "wasm32")]
        return Store;
        #[cfg(not(target_arch = "wasm32"))]
        Store(MemoryStore::default())
    }
}

/// Through `browser.js` (`storeGet`, …), which holds `localStorage` or
/// none: without one nothing is there, and every write is refused as a
/// full storage refuses it. The same through web-sys cost the download
/// the glue of each of storage's methods and of its exceptions.
#[cfg(target_arch = "wasm32")]
impl KeyValue for Store {
    fn get(&self, key: &str) -> Option<String> {
        js::store_get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        if js::store_set(key, value) {
            Ok(())
        } else {
            Err("QuotaExceededError".into())
        }
    }

    fn remove(&mut self, key: &str) {
        js::store_remove(key);
    }

    /// Every key, from one text of them a line each: the app's own keys
    /// hold no line break, and another's is never the app's to read.
    fn keys(&self) -> Vec<String> {
        let keys = js::store_keys();
        if keys.is_empty() {
            return Vec::new();
        }
        keys.split('\n').map(String::from).collect()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl KeyValue for Store {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        self.0.set(key, value)
    }

    fn remove(&mut self, key: &str) {
        self.0.remove(key)
    }

    fn keys(&self) -> Vec<String> {
        self.0.keys()
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

/// Reads the file chosen in `input` and hands `then` its name and bytes
/// (`None` when it cannot be read); clears the input, so choosing the same
/// file again reads it again.
pub fn read_chosen(
    input: &web_sys::HtmlInputElement,
    then: Box<dyn FnOnce(String, Option<Vec<u8>>)>,
) {
    #[cfg(target_arch = "wasm32")]
    if let Some(name) = js::chosen_name(input) {
        read_then(name, input.clone().into(), then);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (input, then);
}

/// Hands `then` the `name` and the bytes of `from`, `None` when they do
/// not come: the file input a file was chosen in, or the address of a file
/// of the app's own origin (an example, fetched when picked; relative to
/// the page, so it works under any path and in the embed). Not the text:
/// `File.text()` would decode a UTF-16 file by its byte-order mark and drop
/// a UTF-8 one, where the CLI does neither; the engine decides for both
/// (`proposal_file::text_of_bytes`). One reader for the proposal import,
/// the rows import and the examples: each of its own measured 400 bytes
/// more. Read in `browser.js` (gloo-file's `futures::read_as_text`
/// measured +1,316 bytes, web-sys's file list and file their glue).
pub fn read_then(
    name: String,
    from: wasm_bindgen::JsValue,
    then: Box<dyn FnOnce(String, Option<Vec<u8>>)>,
) {
    spawn(Box::pin(async move {
        #[cfg(target_arch = "wasm32")]
        let bytes = wasm_bindgen_futures::JsFuture::from(js::read_bytes(&from))
            .await
            .ok()
            .map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec());
        #[cfg(not(target_arch = "wasm32"))]
        let bytes = {
            let _ = from;
            None
        };
        then(name, bytes);
    }));
}

/// Runs `task` to its end beside the page: the one place a task is
/// started, so the download holds one copy of the scheduling code instead
/// of one per kind of task.
#[inline(never)]
pub fn spawn(task: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>) {
    yew::platform::spawn_local(task);
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
    return wasm_bindgen_futures::JsFuture::from(js::copy_from(id))
        .await
        .is_ok_and(|done| done.is_truthy());
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        false
    }
}

/// Puts markup made elsewhere (the print tables) into the element `id`,
/// which the components leave empty.
pub fn set_html(id: &str, html: &str) {
    #[cfg(target_arch = "wasm32")]
    js::set_html(id, html);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, html);
}

/// The `lang` attribute of `<html>`.
pub fn set_lang(lang: &str) {
    #[cfg(target_arch = "wasm32")]
    js::set_lang(lang);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
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
        // One closure for the three kinds of message: each of its own
        // type cost the download its own glue.
        let (mut open, mut subscribe, mut theme) = (open, subscribe, theme);
        let heard =
            Closure::<dyn FnMut(u8, Option<String>)>::new(move |kind: u8, text: Option<String>| {
                match kind {
                    0 => open(text),
                    1 => subscribe(),
                    _ => theme(text.unwrap_or_default()),
                }
            });
        js::listen_to_host(origin, &heard);
        heard.forget();
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

/// For as long as the page lives, calls `hash` with `location.hash`
/// whenever it changes, `stored` whenever another tab changes `key` in
/// local storage (or clears the storage), and `print` whenever the page is
/// about to print (the print button, or the browser's own Ctrl+P), before
/// it is laid out for paper. Returns `location.hash` now.
///
/// JavaScript (`browser.js` `watch`), through the closure type the host's
/// messages use: three gloo-events listeners and the storage event's
/// web-sys glue measured more of the download.
pub fn watch(
    key: &str,
    hash: impl FnMut(String) + 'static,
    stored: impl FnMut() + 'static,
    print: impl FnMut() + 'static,
) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let (mut hash, mut stored, mut print) = (hash, stored, print);
        let heard = wasm_bindgen::closure::Closure::<dyn FnMut(u8, Option<String>)>::new(
            move |kind: u8, text: Option<String>| match kind {
                0 => hash(text.unwrap_or_default()),
                1 => stored(),
                _ => print(),
            },
        );
        let now = js::watch(key, &heard);
        heard.forget();
        now
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        drop((hash, stored, print));
        String::new()
    }
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

/// What a click or a change asks of the app (`app::act`): `name=value`
/// of the first `data-` attribute of the control it came from (a click's
/// button, a change's field), `data-` left off. Read in `browser.js`: one
/// call instead of a test of each attribute the app knows.
pub fn action(event: &web_sys::Event) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return js::action(event);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        None
    }
}

/// Focuses the element with `id`: a control is focused where it is; a row
/// or group passes the focus to its first field (a button only when it has
/// none); a whole section (a finding about the budget as a whole) takes the
/// focus itself, so its name is read, and shows from its heading. What
/// takes the focus is brought into view: a row's first field at the middle,
/// not the middle of a tall list. False when there is no such element.
/// Done in `browser.js`: the same steps through web-sys cost the download
/// their glue as well.
pub fn focus(id: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    return js::focus(id);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        false
    }
}

pub fn print() {
    #[cfg(target_arch = "wasm32")]
    js::print();
}
