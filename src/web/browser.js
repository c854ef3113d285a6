// The few browser services the app reaches through wasm-bindgen
// (src/web/browser.rs). A module file that wasm-bindgen ships next to its
// glue, not inline script, so the page's CSP allows it (docs/csp.md).

// Offers `text` as a file download; the Blob keeps a byte-order mark.
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Raw DEFLATE (RFC 1951) by the browser, the format share links use.
// Async, so a browser without the streams rejects (the app then says it
// cannot make or open a link) instead of throwing through the wasm.
export async function deflateRaw(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')).getReader();
  const parts = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return join(parts);
    parts.push(value);
  }
}
function join(parts) {
  const out = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
// Inflates `bytes` a slice at a time, each slice written only after the
// output of the one before was read: a slice of 2 KB inflates to at most
// about 2 MB, so a small link that would inflate to gigabytes is stopped
// at `limit` with little more than that held. Rejects with 'too-large'
// past `limit` bytes.
export async function inflateRaw(bytes, limit) {
  const { readable, writable } = new DecompressionStream('deflate-raw');
  const writer = writable.getWriter();
  const reader = readable.getReader();
  const feeding = (async () => {
    for (let at = 0; at < bytes.length; at += 2048) await writer.write(bytes.subarray(at, at + 2048));
    await writer.close();
  })();
  // A failure to feed shows in the reading as well.
  feeding.catch(() => {});
  const parts = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) throw 'too-large';
      parts.push(value);
    }
  } catch (error) {
    // Stops the inflating, and with it the feeding.
    reader.cancel().catch(() => {});
    throw error;
  }
  return join(parts);
}

// The name of the file chosen in `input`, if any.
export const chosenName = (input) => input.files?.[0]?.name;
// The bytes of the file chosen in `input` (clearing the input, so the same
// file can be chosen again), or of a file of the app's own (an address: an
// example, fetched when it is picked); rejects when it does not come. The
// engine decides how to read them, as the CLI does (File.text() would drop
// a UTF-8 byte-order mark and decode UTF-16 by its mark).
export async function readBytes(from) {
  if (typeof from == 'string') {
    from = await fetch(from);
    if (!from.ok) throw from.status;
  } else {
    const input = from;
    from = input.files[0];
    input.value = '';
  }
  return new Uint8Array(await from.arrayBuffer());
}
export const print = () => window.print();

// What a paste carries, as tab-separated text. A spreadsheet also puts
// its cells on the clipboard as an HTML table, where a cell's tabs and line
// breaks are beyond doubt: taken when there. In a cell, white space of the
// markup is one space and a <br> or a paragraph's end a line break; a cell
// holding a tab, a line break or a quote is quoted as a spreadsheet does.
export function pasted(event) {
  const data = event.clipboardData;
  const html = data?.getData('text/html');
  const table = html && new DOMParser().parseFromString(html, 'text/html').querySelector('table');
  const text = table
    ? [...table.rows].map((row) => [...row.cells].map((cell) => {
      for (const end of cell.querySelectorAll('br, p')) end.append('\r');
      const text = cell.textContent.replace(/[^\S\r]+/g, ' ').replace(/ *\r */g, '\n').trim();
      return /[\t\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    }).join('\t')).join('\n')
    : data?.getData('text/plain');
  if (!text) return undefined;
  // The text area shows what is pasted only when it is small: a browser
  // lays out every line of it (half a second for 5,000 lines).
  event.target.value = text.length < 100000 ? text : '';
  return text;
}

// What a click or a change asks of the app (app::act): `name=value` of the
// first data- attribute of the button clicked (or the button around what was
// clicked) or of the field changed, without `data-`.
export function action(event) {
  // A click is its button's; a change or an animation's start, its element's.
  const control = event.type === 'click' ? event.target.closest('button') : event.target;
  const name = control?.getAttributeNames().find((name) => name.startsWith('data-'));
  return name && `${name.slice(5)}=${control.getAttribute(name)}`;
}

// Focuses the element with `id` (src/web/browser.rs `focus` says how).
export function focus(id) {
  const element = document.getElementById(id);
  if (!element) return false;
  const tag = element.tagName.toLowerCase();
  let target = ['input', 'select', 'textarea', 'button', 'a'].includes(tag) ? element
    : tag === 'section' ? null
      : element.querySelector('input, select, textarea') ?? element.querySelector('button:not([disabled])');
  if (!target) {
    // A section, or a container without controls: focusable this once.
    element.setAttribute('tabindex', '-1');
    target = element;
  }
  // Focus now, scroll in the next frame: the layout that scroll needs is
  // then the frame's own, not one more in the task that wrote the rows (a
  // large paste's 25 new rows). The focus lands as before, at once.
  if (target instanceof HTMLElement) target.focus({ preventScroll: true });
  requestAnimationFrame(() => target.scrollIntoView({ block: tag === 'section' ? 'start' : 'center' }));
  return true;
}

// For as long as the page lives (src/web/browser.rs `watch`): `heard(0,
// hash)` at every change of `location.hash`, `heard(1)` when another tab
// changes `key` in local storage (a null key: it cleared the storage),
// `heard(2)` before the page prints. Returns `location.hash` now.
export function watch(key, heard) {
  addEventListener('hashchange', () => heard(0, location.hash));
  addEventListener('storage', (event) => (event.key === null || event.key === key) && heard(1));
  addEventListener('beforeprint', () => heard(2));
  return location.hash;
}

// Local storage (src/web/browser.rs `Store`), or none where there is none
// or reading it throws (storage disabled, a sandboxed frame): then nothing
// is there, and every write is refused (storeSet says false).
let storage = null;
try {
  storage = localStorage;
} catch {
  // none
}
export const storeGet = (key) => storage?.getItem(key) ?? undefined;
export function storeSet(key, value) {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
export const storeRemove = (key) => storage?.removeItem(key);
// Every key, a line each.
export const storeKeys = () => (storage ? Array.from({ length: storage.length }, (_, i) => storage.key(i)).join('\n') : '');

// Puts `html` into the element `id` (the print tables).
export function setHtml(id, html) {
  const element = document.getElementById(id);
  if (element) element.innerHTML = html;
}
export const setLang = (lang) => document.documentElement.setAttribute('lang', lang);

// Copies the text of the (read-only) input `id`; resolves to whether it
// worked.
export function copyFrom(id) {
  const input = document.getElementById(id);
  if (!(input instanceof HTMLInputElement)) return Promise.resolve(false);
  input.select();
  const old = () => { try { return document.execCommand('copy'); } catch { return false; } };
  return navigator.clipboard
    ? navigator.clipboard.writeText(input.value).then(() => true, old)
    : Promise.resolve(old());
}

// Embed mode (docs/embed.md): tells the host page the document's height
// whenever it changes. Sends nothing outside a frame.
export function reportHeight() {
  if (window.parent === window) return;
  const root = document.documentElement;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'centra-check:resize', version: 1, height }, '*');
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(send).observe(root);
  else setInterval(send, 250); // an engine without it: look four times a second
  send();
}

// The host's colours (docs/embed.md). Settings travel to the wasm as lines
// `name=value`; `css` comes back as `--cc-name:value;…` (an empty value:
// the stylesheet's default), set through the CSSOM, which the CSP allows;
// `refused` as lines `name<tab>reason`, answered to the host (`answer`)
// or else told its developer on the console.
const clean = (text) => String(text).replace(/[\n\t]/g, ' ');
const lines = (entries) => entries.map(([name, value]) => `${clean(name)}=${clean(value)}`).join('\n');
export const themeQuery = () =>
  lines([...new URLSearchParams(location.search)].filter(([name]) => /^(background|text|accent|font)$/.test(name)));
export function applyTheme(css, refused, answer) {
  const style = document.documentElement.style;
  for (const declaration of css.split(';')) {
    const [name, value] = declaration.split(/:(.*)/);
    if (value) style.setProperty(name, value);
    else style.removeProperty(name);
  }
  if (answer) {
    tell({
      type: 'centra-check:themed',
      id: themeRequest,
      refused: refused ? refused.split('\n').map((line) => {
        const [name, reason] = line.split('\t');
        return { name, reason };
      }) : [],
    });
  } else if (refused) {
    console.warn(`Centra-check: theme settings refused (docs/embed.md):\n${refused}`);
  }
}

// A query parameter of the page's address (`?embed` gives ''), or undefined.
export const query = (name) => new URLSearchParams(location.search).get(name) ?? undefined;
// Drops the fragment from the address bar without a reload or history entry.
export function clearHash() {
  history.replaceState(history.state, '', location.pathname + location.search);
}
// The app's own address without `embed` and without a fragment: the base
// of a share link, so the recipient opens the full app.
export function shareBase() {
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.delete('embed');
  return url.href.replace(/#$/, '');
}
export const today = (lang) =>
  new Date().toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' });

// Saving a moment after the last change (src/web/app.rs). `run(mode)` is
// called `ms` after the last `later` with mode 0 (due: start the routine
// save), at once with mode 1 when the page is hidden or left (save
// everything now: the page may be gone after this handler), and with mode 2
// (go on) in the browser's idle moments for as long as it returns true, so
// a large plan is written a piece at a time without holding up the typing.
// requestIdleCallback waits at most IDLE_WAIT_MS; WebKit lacks it, so there
// a zero timeout stands in.
const IDLE_WAIT_MS = 200;
const whenIdle = typeof requestIdleCallback === 'function'
  ? (go) => requestIdleCallback(go, { timeout: IDLE_WAIT_MS })
  : (go) => setTimeout(go, 0);
let timer = 0;
let pending = null;
let stepping = false;
function step() {
  stepping = pending !== null && pending(2);
  if (stepping) whenIdle(step);
}
function flush(mode) {
  clearTimeout(timer);
  if (pending !== null && pending(mode) && !stepping) {
    stepping = true;
    whenIdle(step);
  }
}
export function later(run, ms) {
  pending = run;
  clearTimeout(timer);
  timer = setTimeout(() => flush(0), ms);
}
addEventListener('pagehide', () => flush(1));
addEventListener('visibilitychange', () => document.hidden && flush(1));

// Talking to the host page (docs/embed.md, "Talking to the host page").
// Only in embed mode, in a frame whose address names the host
// (`?embed&host=<origin>`), where the checker shows that it is heard;
// only messages from that frame's parent and from that origin count, and
// every answer goes to that origin alone, never to '*'.
let host;
let request;
let themeRequest;
const tell = (message) => window.parent.postMessage({ ...message, version: 1 }, host);

// The named host's origin, or undefined outside a frame, outside embed
// mode (where no notice would show that the host hears the verdict) or
// without one.
export function hostOrigin() {
  const named = query('host');
  if (window.parent === window || !named || query('embed') === undefined) return undefined;
  try {
    const origin = new URL(named).origin;
    return /^https?:\/\//.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

// Listens to the host page: `heard(0, text)` gets a proposal's text
// (undefined when it is neither text nor JSON), `heard(1)` the wish for
// verdicts, `heard(2, settings)` the host's colours as lines `name=value`.
// Says `ready` at once and whenever the host says `hello`.
export function listenToHost(origin, heard) {
  host = origin;
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || event.origin !== host) return;
    if (!data || typeof data !== 'object' || data.version !== 1) return;
    if (data.type === 'centra-check:hello') tell({ type: 'centra-check:ready' });
    else if (data.type === 'centra-check:subscribe') heard(1);
    else if (data.type === 'centra-check:open') {
      request = typeof data.id === 'string' || typeof data.id === 'number' ? data.id : undefined;
      let text = data.proposal;
      if (typeof text !== 'string') {
        try { text = JSON.stringify(text); } catch { text = undefined; }
      }
      heard(0, text);
    } else if (data.type === 'centra-check:theme') {
      themeRequest = typeof data.id === 'string' || typeof data.id === 'number' ? data.id : undefined;
      heard(2, lines(Object.entries(typeof data.theme === 'object' && data.theme || {})));
    }
  });
  tell({ type: 'centra-check:ready' });
}
export const hostOpened = () => tell({ type: 'centra-check:opened', id: request });
export const hostRefused = (path, reason) => tell({ type: 'centra-check:refused', id: request, path, reason });
// `statuses` is "C1:meets C2:partly …".
export const hostVerdict = (verdict, statuses) => tell({
  type: 'centra-check:verdict',
  verdict,
  criteria: Object.fromEntries(statuses.split(' ').map((pair) => pair.split(':'))),
});

// A piece of the results written as HTML text that changes with many
// keystrokes (src/web/markup.rs, `live`): one element with an `id`, kept in
// the page. When the new text has the same elements, attribute names and
// texts in the same places as the last, only the words and values that
// differ are written into the nodes there: nothing is parsed, taken out or
// laid out anew. Otherwise the text is parsed into a new element, and the
// old one gives up its id (two with one id would make every look-up search
// the whole document).
export function live(id, html) {
  let node = document.getElementById(id);
  if (node?.h !== html && !(node && patch(node, node.h.split(TAGS), html.split(TAGS)))) {
    node?.removeAttribute('id');
    (node = document.createElement('div')).innerHTML = html;
    node = node.firstChild;
  }
  node.h = html;
  return node;
}
const TAGS = /(<[^>]*>)/;
const names = (tag) => tag.replace(/"[^"]*"/g, '');
// Text as a parser reads it: character references and line ends.
const decoder = document.createElement('textarea');
const decode = (text) => (/[&\r]/.test(text) ? (decoder.innerHTML = text, decoder.value) : text);
// Walks the old text's parts (tags at odd places, the text between them at
// even ones) with the nodes they made.
function patch(node, was, now) {
  let parent;
  return was.length === now.length && was.every((part, i) => {
    const next = now[i];
    if (i % 2 && part[1] === '/') {
      node = parent.nextSibling;
      parent = parent.parentNode;
    } else if (i % 2) {
      if (node?.nodeType !== 1) return false;
      if (part !== next) {
        if (names(part) !== names(next)) return false;
        for (const [, name, value] of next.matchAll(/([^\s=]+)="([^"]*)"/g)) {
          const text = decode(value);
          node.getAttribute(name) === text || node.setAttribute(name, text);
        }
      }
      if (part.endsWith('/>')) node = node.nextSibling;
      else {
        parent = node;
        node = node.firstChild;
      }
    } else if (part || next) {
      if (!part || !next || node?.nodeType !== 3) return false;
      if (part !== next) node.data = decode(next);
      node = node.nextSibling;
    }
    return true;
  });
}
