/* newsweave event list (/events): search and filter the stored events through /api/events. */
(function () {
  "use strict";
  var PAGE = 20;
  var form = document.getElementById("nw-filters"), list = document.getElementById("nw-events");
  var count = document.getElementById("nw-count"), pager = document.getElementById("nw-pager");
  var feed = document.getElementById("nw-feed"); // follows the current search in a feed reader
  var offset = 0, timer = null, seq = 0;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (attrs[k] === null || attrs[k] === undefined) continue;
      if (k === "class") el.className = attrs[k];
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), attrs[k]);
      else el.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      (Array.isArray(c) ? c : [c]).forEach(function (x) { if (x !== null && x !== undefined) el.appendChild(typeof x === "object" ? x : document.createTextNode(String(x))); });
    }
    return el;
  }
  function fmtDay(d) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d || "");
    return m ? (+m[3]) + " " + MONTHS[+m[2] - 1] + " " + m[1] : "undated";
  }
  function ago(iso) {
    if (!iso) return null;
    var t = new Date(iso); if (isNaN(t)) return null;
    var s = (Date.now() - t.getTime()) / 1000;
    if (s < 90) return "just now";
    if (s < 5400) return Math.round(s / 60) + " min ago";
    if (s < 129600) return Math.round(s / 3600) + " h ago";
    if (s < 86400 * 45) return Math.round(s / 86400) + " days ago";
    return fmtDay(iso);
  }

  function plural(n, one) { return n + " " + (n === 1 ? one : one + "s"); }
  // a card's count: the number in bold, the noun as the number asks
  function stat(n, one, why) { return h("span", why ? { title: why } : null, h("b", null, n), plural(n, one).slice(String(n).length)); }

  // while an ingest counts an event's origins, that they are being counted, not the stored
  // number (as `newsweave events`, the API's origins_pending, the front page and Atom say it)
  function origins(e) {
    if (e.origins_pending) return h("span", { title: "an ingest is storing this event's articles; their origins are counted when it ends" }, "independent origins being counted");
    return e.n_origins ? stat(e.n_origins, "independent origin", "reprints and wire copies count once") : null;
  }

  function params() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim()) p.set(k, String(v).trim()); });
    return p;
  }
  function load() {
    var p = params(), my = ++seq;
    history.replaceState(null, "", p.toString() ? "?" + p.toString() : location.pathname);
    feed.href = "/feeds/events.atom" + (p.toString() ? "?" + p.toString() : "");
    p.set("limit", PAGE); p.set("offset", offset);
    list.setAttribute("aria-busy", "true");
    fetch("/api/events?" + p.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
      .then(function (res) {
        if (my !== seq) return;
        list.removeAttribute("aria-busy");
        list.textContent = ""; pager.textContent = "";
        if (!res.ok) { count.textContent = (res.j.error && res.j.error.message) || "The events could not be loaded."; return; }
        var d = res.j, evs = d.events || [];
        count.textContent = d.total ? "Showing " + (d.offset + 1) + "–" + (d.offset + evs.length) + " of " + d.total + (d.total === 1 ? " event" : " events") : "";
        if (!evs.length) { list.appendChild(h("li", { class: "empty" }, d.total ? "No more events." : "No event matches. Ingest articles with `newsweave ingest` or POST /api/ingest.")); return; }
        evs.forEach(function (e) {
          var outlets = e.outlets || [], upd = ago(e.updated);
          // the counts as `newsweave events` and the event's page say them (corpus.outlets)
          var named = outlets.slice(0, 8).join(" · ") + (outlets.length > 8 ? " · …" : "");
          var unnamed = e.n_unnamed ? plural(e.n_unnamed, "article") + " without a named outlet" : "";
          list.appendChild(h("li", null, h("a", { class: "event-card", href: "/events/" + encodeURIComponent(e.id) },
            h("h2", null, e.title || "Untitled event"),
            h("div", { class: "facts" },
              h("span", null, fmtDay(e.date)),
              stat(e.n_articles, "article"),
              // none named: the line below counts the articles without one, as the event's page does
              e.n_sources ? stat(e.n_sources, "named outlet", "distinct outlets, by name or URL; an article that names none is not counted") : null,
              origins(e),
              upd ? h("span", null, "updated " + upd) : null),
            named || unnamed ? h("div", { class: "outl" }, named + (named && unnamed ? " · " : "") + unnamed) : null)));
        });
        if (d.offset > 0) pager.appendChild(h("button", { class: "btn", type: "button", onclick: function () { offset = Math.max(0, offset - PAGE); load(); window.scrollTo(0, 0); } }, "← Newer"));
        if (d.offset + evs.length < d.total) pager.appendChild(h("button", { class: "btn", type: "button", onclick: function () { offset += PAGE; load(); window.scrollTo(0, 0); } }, "Older →"));
      })
      .catch(function () { if (my === seq) count.textContent = "The server did not answer."; });
  }
  var init = new URLSearchParams(location.search);
  Array.prototype.forEach.call(form.elements, function (el) { if (el.name && init.get(el.name)) el.value = init.get(el.name); });
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { offset = 0; load(); }, 250); });
  form.addEventListener("submit", function (e) { e.preventDefault(); offset = 0; load(); });
  load();
})();
