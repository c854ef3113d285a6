/*
 * The test host's own script: points the iframe at ?src=… and shows the
 * iframe's current inner height (clientHeight) for the browser tests, in
 *   #iframe-height (text and data-iframe-height) and
 *   <html data-iframe-height="…">,
 * and counts applied resizes in #resize-count. With ?verdicts it also
 * shows the verdict the checker sends (docs/embed.md).
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
  // ?verdicts: subscribe to the checker's verdict (needs host=<this
  // origin> in ?src) and show the last one in #host-verdict: text and
  // data-host-verdict, the statuses as JSON in data-host-criteria, and the
  // number received in data-verdict-count.
  if (src && new URLSearchParams(location.search).has("verdicts")) {
    var shown = document.getElementById("host-verdict");
    var verdicts = 0;
    window.CentraCheck.onVerdict(iframe, function (judgement) {
      verdicts += 1;
      shown.textContent = judgement.verdict;
      shown.setAttribute("data-host-verdict", judgement.verdict);
      shown.setAttribute("data-host-criteria", JSON.stringify(judgement.criteria));
      shown.setAttribute("data-verdict-count", String(verdicts));
    });
  }
  report();
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(report).observe(iframe);
  } else {
    setInterval(report, 100);
  }
})();
