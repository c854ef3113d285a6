/*
 * Centra-check embed: lets an <iframe data-centra-check> take the height of
 * the checker inside it, so the host page shows no inner scroll bar.
 *
 * The checker (opened with ?embed) sends its document height with
 *   parent.postMessage({ type: "centra-check:resize", version: 1, height: 1234 }, "*")
 * whenever it changes. This script accepts such a message only when it
 * comes from the window inside one of the marked iframes (event.source) and
 * from that iframe's own origin (event.origin, taken from its src, or from
 * data-centra-check-origin when set). Anything else is ignored.
 *
 * No inline script, no styles of its own beyond the iframe's height: it
 * works under a strict Content-Security-Policy on the host page.
 * Documentation: docs/embed.md.
 */
(function () {
  "use strict";

  var TYPE = "centra-check:resize";
  var VERSION = 1;
  // A sanity bound: no real page of the checker is a hundred metres tall.
  var MAX_HEIGHT = 100000;

  function originOf(iframe) {
    var declared = iframe.getAttribute("data-centra-check-origin");
    try {
      return new URL(declared || iframe.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== TYPE) return;
    if (data.version !== VERSION) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 0) return;

    var frames = document.querySelectorAll("iframe[data-centra-check]");
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) !== event.origin) return;
      // The app measures its content; under border-box sizing the
      // iframe's own borders and padding come on top.
      var style = window.getComputedStyle(iframe);
      var extra = 0;
      if (style.boxSizing === "border-box") {
        extra =
          parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) +
          parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      }
      var px = Math.ceil(Math.min(height, MAX_HEIGHT) + (extra || 0)) + "px";
      if (iframe.style.height !== px) iframe.style.height = px;
      return;
    }
  }

  window.addEventListener("message", onMessage);
})();
