// Starts the app without inline script: the CSP allows only own files
// (docs/csp.md). Trunk's pattern_script fills in the hashed file names.
// A browser that cannot start it (no WebAssembly, say) gets a plain
// message instead of a blank page.
const me = document.querySelector("script[data-js][data-wasm]");
try {
  const { default: init } = await import(new URL(me.dataset.js, document.baseURI));
  await init({ module_or_path: new URL(me.dataset.wasm, document.baseURI) });
} catch (error) {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.dataset.bootError = "";
  message.textContent =
    "Centra-check kon niet starten in deze browser. Gebruik een recente Firefox, Chrome, Edge of Safari. / " +
    `Centra-check could not start in this browser. Use a recent Firefox, Chrome, Edge or Safari. (${error})`;
  document.body.append(message);
  throw error;
}
