/*
 * The test host's own script: points the iframe at ?src=… and shows the
 * iframe's current inner height (clientHeight) for the browser tests, in
 *   #iframe-height (text and data-iframe-height) and
 *   <html data-iframe-height="…">,
 * and counts applied resizes in #resize-count.
 */
(function () {
  "use strict";

  var iframe = document.querySelector("iframe[data-centra-check]");
  var output = document.getElementById("iframe-height");
  var count = document.getElementById("resize-count");
  var src = new URLSearchParams(location.search).get("src");
  var resizes = 0;
  var last = null;

  function report() {
    // The height inside the iframe's border: what the app asked for.
    var height = iframe.clientHeight;
    if (height === last) return;
    if (last !== null) {
      resizes += 1;
      count.textContent = String(resizes);
    }
    last = height;
    output.textContent = String(height);
    output.setAttribute("data-iframe-height", String(height));
    document.documentElement.setAttribute("data-iframe-height", String(height));
  }

  if (src && /^https?:\/\//.test(src)) {
    iframe.src = src;
  } else {
    output.textContent = "no ?src=http(s)://… given";
  }
  report();
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(report).observe(iframe);
  } else {
    setInterval(report, 100);
  }
})();
