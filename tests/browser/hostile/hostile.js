/*
 * A page of a third origin that is neither the checker's parent nor the
 * host its address names (tests/browser/talk.test.mjs). Two ways:
 *   hostile.html?frame=<checker URL>  frames the checker itself;
 *   hostile.html                      is a sibling frame on the host page.
 * Either way it keeps sending open, subscribe and hello, to '*', to every
 * window it can reach, and records every message it receives in
 * <html data-received='["centra-check:resize", …]'> (types, or "other").
 */
(function () {
  "use strict";

  var received = [];
  document.documentElement.setAttribute("data-received", "[]");
  addEventListener("message", function (event) {
    var data = event.data;
    received.push(data && typeof data.type === "string" ? data.type : "other");
    document.documentElement.setAttribute("data-received", JSON.stringify(received));
  });

  var frame = new URLSearchParams(location.search).get("frame");
  if (frame) {
    var iframe = document.createElement("iframe");
    iframe.setAttribute("data-centra-check", "");
    iframe.width = "1000"; // wide: under 960 px the examples fold away
    iframe.height = "700";
    iframe.src = frame;
    document.body.append(iframe);
  }

  function targets() {
    var found = [];
    var top = frame ? window : window.parent;
    for (var i = 0; i < top.frames.length; i++) {
      if (top.frames[i] !== window) found.push(top.frames[i]);
    }
    if (top !== window) found.push(top);
    return found;
  }

  var proposal = {
    format: "centra-check/proposal",
    version: 2,
    centre: { name: "Kaping" },
  };
  var sent = 0;
  function attack() {
    targets().forEach(function (target) {
      [
        { type: "centra-check:hello", version: 1 },
        { type: "centra-check:subscribe", version: 1 },
        { type: "centra-check:open", version: 1, id: 1, proposal: proposal },
        { type: "centra-check:open", version: 1, id: 2, proposal: JSON.stringify(proposal) },
      ].forEach(function (message) { target.postMessage(message, "*"); });
    });
    sent += 1;
    document.documentElement.setAttribute("data-sent", String(sent));
  }
  // Also at the test's call: Chromium slows the timers of a frame out of view.
  window.attack = attack;
  setInterval(attack, 1000);
  attack();
})();
