// Starts the app without inline script: the CSP allows only own files
// (docs/csp.md). Trunk's pattern_script fills in the hashed file names.
const me = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(new URL(me.dataset.js, document.baseURI));
await init({ module_or_path: new URL(me.dataset.wasm, document.baseURI) });
