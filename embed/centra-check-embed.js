/*
 * Centra-check embed: lets an <iframe data-centra-check> take the height of
 * the checker inside it, so the host page shows no inner scroll bar, and
 * lets the host page talk to the checker when it asked for that.
 *
 * The checker (opened with ?embed) sends its document height with
 *   parent.postMessage({ type: "centra-check:resize", version: 1, height: 1234 }, "*")
 * whenever it changes. This script accepts such a message only when it
 * comes from the window inside one of the marked iframes (event.source) and
 * from that iframe's own origin (event.origin, taken from its src, or from
 * data-centra-check-origin when set). Anything else is ignored.
 *
 * Talking (opt-in: the iframe's src names this page's origin as
 * host=<origin>; see docs/embed.md, "Talking to the host page"):
 *   CentraCheck.open(iframe, proposal)   a proposal (object or text) opens
 *     in the checker as a new plan; a Promise that resolves when it did, or
 *     rejects with an Error carrying .path and .reason when it was refused.
 *   CentraCheck.onVerdict(iframe, callback)   callback({ verdict, criteria })
 *     now and whenever the verdict or a criterion's status changes; the
 *     checker tells the applicant that this page receives it.
 *   CentraCheck.theme(iframe, { accent, text, background, font })   the
 *     host's colours and font; a Promise that resolves when all applied, or
 *     rejects with an Error carrying .refused ([{ name, reason }]) when the
 *     checker kept the default for some (too little contrast, say).
 * Messages to the checker go to the iframe's origin only, and its answers
 * are taken only from that iframe's window and origin.
 *
 * No inline script, no styles of its own beyond the iframe's height: it
 * works under a strict Content-Security-Policy on the host page.
 * Documentation: docs/embed.md.
 */
(function () {
  "use strict";

  var PREFIX = "centra-check:";
  var VERSION = 1;
  // A sanity bound: no real page of the checker is a hundred metres tall.
  var MAX_HEIGHT = 100000;
  // What this page is talking to, per iframe:
  // { ready, queue, waiting, listeners, last }.
  var links = typeof WeakMap === "function" ? new WeakMap() : null;
  var lastId = 0;

  function originOf(iframe) {
    var declared = iframe.getAttribute("data-centra-check-origin");
    try {
      return new URL(declared || iframe.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function resize(iframe, height) {
    if (typeof height !== "number" || !isFinite(height) || height < 0) return;
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
  }

  function linkOf(iframe) {
    var link = links.get(iframe);
    if (!link) {
      link = { ready: false, queue: [], waiting: {}, listeners: [] };
      links.set(iframe, link);
    }
    return link;
  }

  function send(iframe, message) {
    var origin = originOf(iframe);
    if (origin && iframe.contentWindow) iframe.contentWindow.postMessage(message, origin);
  }

  // Sends now when the checker is listening, else when it says it is.
  function post(iframe, message) {
    var link = linkOf(iframe);
    if (link.ready) {
      send(iframe, message);
    } else {
      link.queue.push(message);
      // The checker may have started before this script: it answers "hello"
      // with "ready". If it has not started, this is dropped, and it says
      // "ready" itself when it starts.
      send(iframe, { type: PREFIX + "hello", version: VERSION });
    }
  }

  // The checker listens only to a page that its address names as host.
  function requireHost(iframe) {
    if (!links) throw new Error("Centra-check: this browser is too old to talk to the checker");
    if (!iframe || iframe.tagName !== "IFRAME" || !iframe.hasAttribute("data-centra-check")) {
      throw new Error("Centra-check: pass the <iframe data-centra-check> of the checker");
    }
    var named = null;
    try {
      named = new URL(new URL(iframe.src, document.baseURI).searchParams.get("host")).origin;
    } catch (e) {
      named = null;
    }
    if (named !== location.origin) {
      throw new Error(
        "Centra-check: add host=" + location.origin + " to the iframe's src (docs/embed.md)"
      );
    }
  }

  function onTalk(iframe, data) {
    var link = linkOf(iframe);
    var type = data.type.slice(PREFIX.length);
    if (type === "ready") {
      // At start, and again after the checker reloaded (which ends its
      // subscription): ask again for the verdict if someone listens.
      link.ready = true;
      var queue = link.queue;
      link.queue = [];
      if (link.listeners.length && !queue.some(isSubscribe)) {
        send(iframe, { type: PREFIX + "subscribe", version: VERSION });
      }
      queue.forEach(function (message) { send(iframe, message); });
    } else if (type === "opened" || type === "refused" || type === "themed") {
      var waiting = link.waiting[data.id];
      if (!waiting) return;
      delete link.waiting[data.id];
      var refused = type === "themed" && Array.isArray(data.refused) ? data.refused : [];
      if (type === "opened" || (type === "themed" && !refused.length)) {
        waiting.resolve();
      } else if (type === "themed") {
        var themeError = new Error(
          "Centra-check kept its default for " +
            refused.map(function (r) { return r.name + " (" + r.reason + ")"; }).join(", ")
        );
        themeError.refused = refused;
        waiting.reject(themeError);
      } else {
        var error = new Error(data.path ? data.path + ": " + data.reason : String(data.reason));
        error.path = typeof data.path === "string" ? data.path : "";
        error.reason = String(data.reason);
        waiting.reject(error);
      }
    } else if (type === "verdict") {
      if (typeof data.verdict !== "string" || !data.criteria || typeof data.criteria !== "object") return;
      var judgement = { verdict: data.verdict, criteria: data.criteria };
      link.last = judgement;
      link.listeners.forEach(function (listener) { listener(judgement); });
    }
  }

  function isSubscribe(message) {
    return message.type === PREFIX + "subscribe";
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== "object" || typeof data.type !== "string") return;
    if (data.type.indexOf(PREFIX) !== 0 || data.version !== VERSION) return;

    var frames = document.querySelectorAll("iframe[data-centra-check]");
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) !== event.origin) return;
      if (data.type === PREFIX + "resize") resize(iframe, data.height);
      else if (links) onTalk(iframe, data);
      return;
    }
  }

  window.addEventListener("message", onMessage);

  var api = window.CentraCheck || {};
  api.open = function (iframe, proposal) {
    requireHost(iframe);
    return new Promise(function (resolve, reject) {
      lastId += 1;
      linkOf(iframe).waiting[lastId] = { resolve: resolve, reject: reject };
      post(iframe, { type: PREFIX + "open", version: VERSION, id: lastId, proposal: proposal });
    });
  };
  api.theme = function (iframe, theme) {
    requireHost(iframe);
    return new Promise(function (resolve, reject) {
      lastId += 1;
      linkOf(iframe).waiting[lastId] = { resolve: resolve, reject: reject };
      post(iframe, { type: PREFIX + "theme", version: VERSION, id: lastId, theme: theme });
    });
  };
  api.onVerdict = function (iframe, callback) {
    requireHost(iframe);
    if (typeof callback !== "function") throw new Error("Centra-check: onVerdict needs a function");
    var link = linkOf(iframe);
    link.listeners.push(callback);
    if (link.listeners.length === 1) {
      post(iframe, { type: PREFIX + "subscribe", version: VERSION });
    } else if (link.last) {
      // A later listener hears the verdict as it stands.
      var last = link.last;
      setTimeout(function () { callback(last); }, 0);
    }
  };
  window.CentraCheck = api;
})();
