/* newsweave event page: draws one event of a "newsweave.event/1" report.
 *
 * The same file runs in the served page (/events/{id}) and inlined in the
 * self-contained file written by `newsweave brief --format html`; the report
 * is read from <script type="application/json" id="nw-data">. No framework,
 * no build step, and no innerHTML with data: every text goes in as a text node.
 */
(function () {
  "use strict";

  var dataEl = document.getElementById("nw-data");
  if (!dataEl) return;
  var report = JSON.parse(dataEl.textContent);
  var metaEl = document.getElementById("nw-meta");
  var meta = metaEl ? JSON.parse(metaEl.textContent) : {};
  var ARTS = {};
  (report.articles || []).forEach(function (a) { ARTS[a.id] = a; });
  var CONTEXT = 110; // characters of context either side of a cited span in the popover
  var GAP_DAYS = 75; // a timeline gap longer than this is drawn as a break
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  var ev = null, order = [], numOf = {}, colorOf = {}, state = { article: null, span: null, removed: false, lastCite: null };

  /* ------------------------------------------------------------ utilities */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k === "style") el.style.cssText = v; // CSSOM: allowed by a CSP without inline styles
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function add(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(el, x); }); return; }
    el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : (many || one + "s")); }
  // a count in the event's header: the number in bold, the noun as the number asks
  function stat(n, one) { return h("li", null, h("b", null, n), " " + plural(n, one).slice(String(n).length + 1)); }
  // only http(s) URLs become links: a stored "javascript:" or "data:" URL is shown as text
  function webLink(u) { return /^https?:\/\/[^\s]/i.test(u || ""); }
  // "The Guardian", "theguardian.com" -> "theguardian" (as newsweave.text.names.outlet_key)
  function outletKey(name) {
    return name.toLowerCase().replace(/\.(?:com|org|net|co|news|gov|edu|info)?(?:\.[a-z]{2})?$/, "").replace(/[^0-9a-z]+/g, "");
  }
  function host(u) { var m = /^https?:\/\/(?:www\.)?([^\/:?#]+)/i.exec(u || ""); return m ? m[1] : null; }
  // a local path is shown by its file name only (the server sends no more than that either)
  function fileName(p) { return String(p || "").split(/[\\/]/).pop(); }
  // a headline named in a chip or a line is cut at a word near this many characters
  var TITLE_CHARS = 60;
  function shortTitle(t) {
    t = String(t || "").replace(/\s+/g, " ").trim();
    if (t.length <= TITLE_CHARS) return t;
    var cut = t.slice(0, TITLE_CHARS), sp = cut.lastIndexOf(" ");
    return (sp > TITLE_CHARS / 2 ? cut.slice(0, sp) : cut) + "…";
  }
  /* Beside a citation's numbered badge the badge already says which source it is: an outlet
     is named after it, and an article that names none adds nothing (its lead, repeated after
     every quote of a 20-line list, read as part of the entry). */
  function besideBadge(id) {
    var a = ARTS[id];
    return (a && (a.outlet || host(a.url))) || "";
  }
  // the outlet alone, where the headline is shown beside it already (the source list, the
  // reader): an article that names none says so instead of repeating its headline
  function knownOutlet(id) {
    return besideBadge(id) || "outlet not named";
  }
  // an untitled article's lead, to name it by when nothing else does: the one the framing
  // read (past a wire's dateline, "NEW YORK (AP) — "), else its first sentence
  function leadOf(a) {
    var framed = (ev.framing || []).filter(function (f) { return f.article === a.id && f.lead; })[0];
    if (framed) return shortTitle(framed.lead);
    var line = String(a.text || "").split(/\n/).filter(function (l) { return l.trim(); })[0] || "";
    var m = /^.*?[.!?](?=\s|$)/.exec(line);
    return shortTitle(m ? m[0] : line);
  }
  /* An article with no headline (Multi-News texts, pasted notes) is headed by its lead, set
     apart and said to be one: its id ("191-0") or "(untitled)" told a reader nothing. */
  function headOf(a) { return a.title || h("span", { class: "lead" }, leadOf(a)); }
  // said in words before the lead, seen and read aloud: the italic alone and a tooltip told
  // neither a phone (no hover) nor a screen reader that the line was not the article's title
  function headLabel(a) {
    return a.title ? null : [h("span", { class: "no-headline" }, "no headline"), h("span", { class: "sr-only" }, ": ")];
  }
  function headClass(cls, a) { return cls + (a.title ? "" : " untitled"); }
  var UNTITLED_NOTE = "No headline: the article's first sentence";
  // an article is named by its outlet, else its URL's domain, else its headline (a reader
  // knows a story by it; a file name like 001_f325e58b63a52550 tells nothing) or its first
  // sentence, else the file it came from; one with none of these is "Source N" (with its
  // byline, when known)
  function outletName(id) {
    var a = ARTS[id], named = a && (a.outlet || host(a.url) || shortTitle(a.title) || leadOf(a) || (a.path && !a.url ? fileName(a.path) : null));
    if (named) return named;
    var label = numOf[id] ? "Source " + numOf[id] : id;
    return a && a.byline ? label + " (" + a.byline + ")" : label;
  }
  /* Notes from the synthesis name articles by id; a reader knows them by outlet, and one
     that names none by its number in the source list: a headline or a lead run into the
     note's sentence ("Of the 12 arrested on Saturday, seven… says “…”") reads as its text. */
  function inProse(id) {
    return besideBadge(id) || (numOf[id] ? "source " + numOf[id] : id);
  }
  function named(text) {
    var out = String(text || "");
    order.forEach(function (id) { out = out.split("article " + id).join(inProse(id)).split(id).join(inProse(id)); });
    return out;
  }
  function colorVar(id) { return "--oc: var(--o" + (colorOf[id] % 8) + ")"; }
  function numBadge(id) { return h("span", { class: "num", style: colorVar(id), "aria-hidden": "true" }, numOf[id] || "?"); }
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var WD = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  function parseISO(d) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d || "");
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  }
  function fmtDate(d, precision) {
    var t = parseISO(d);
    if (!t) return d || "";
    if (precision === "year") return String(t.getUTCFullYear());
    if (precision === "month") return MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear();
    return WD[t.getUTCDay()] + " " + t.getUTCDate() + " " + MONTHS[t.getUTCMonth()].slice(0, 3) + " " + t.getUTCFullYear();
  }
  function fmtWhen(iso) {
    if (!iso) return "";
    var t = new Date(iso);
    if (isNaN(t)) return iso;
    return t.getUTCDate() + " " + MONTHS[t.getUTCMonth()].slice(0, 3) + " " + t.getUTCFullYear() +
      (/T\d\d:\d\d/.test(iso) && !/T00:00(:00)?/.test(iso) ? ", " + String(t.getUTCHours()).padStart(2, "0") + ":" + String(t.getUTCMinutes()).padStart(2, "0") + " UTC" : "");
  }
  function gapText(days) {
    if (days >= 700) return Math.round(days / 365) + " years later";
    if (days >= 330) return "a year later";
    if (days >= 55) return Math.round(days / 30.4) + " months later";
    return Math.round(days / 7) + " weeks later";
  }

  /* ------------------------------------------------------------ citations */
  // one marker per source: a sentence that cites two passages of one article shows its number
  // once (not "3 3"), and the popover shows each passage; a click opens the first
  function cite(span, more) {
    var n = numOf[span.article] || "?", extra = more || [];
    return h("button", {
      type: "button", class: "cite", style: colorVar(span.article),
      "data-a": span.article, "data-s": span.start, "data-e": span.end,
      "data-more": extra.length ? extra.map(function (s) { return s.start + ":" + s.end; }).join(",") : null,
      "aria-label": "Source " + n + ", " + outletName(span.article) + ": show the cited passage" + (extra.length ? "s" : ""),
      "aria-expanded": "false"
    }, n);
  }
  function cites(list) {
    if (!list || !list.length) return null;
    var by = {}, order = [];
    list.slice().sort(function (a, b) { return (numOf[a.article] || 99) - (numOf[b.article] || 99) || a.start - b.start; }).forEach(function (s) {
      var same = by[s.article] || (order.push(s.article), by[s.article] = []);
      if (!same.some(function (x) { return x.start === s.start && x.end === s.end; })) same.push(s);
    });
    return h("span", { class: "cites" }, order.map(function (id) { return cite(by[id][0], by[id].slice(1)); }));
  }
  function spanOf(btn) { return { article: btn.getAttribute("data-a"), start: +btn.getAttribute("data-s"), end: +btn.getAttribute("data-e") }; }
  function spansOf(btn) {
    var first = spanOf(btn);
    return [first].concat((btn.getAttribute("data-more") || "").split(",").filter(Boolean).map(function (p) {
      var se = p.split(":");
      return { article: first.article, start: +se[0], end: +se[1] };
    }));
  }
  function context(span) {
    var a = ARTS[span.article];
    if (!a) return null;
    var t = a.text, s = Math.max(0, span.start - CONTEXT), e = Math.min(t.length, span.end + CONTEXT);
    if (s > 0) { var sp = t.indexOf(" ", s); if (sp > 0 && sp < span.start) s = sp + 1; }
    if (e < t.length) { var ep = t.lastIndexOf(" ", e); if (ep > span.end) e = ep; }
    return { before: (s > 0 ? "…" : "") + t.slice(s, span.start).replace(/\s+/g, " "), text: t.slice(span.start, span.end),
      after: t.slice(span.end, e).replace(/\s+/g, " ") + (e < t.length ? "…" : "") };
  }

  var pop = document.getElementById("nw-pop"), popFor = null;
  function showPop(btn) {
    var span = spanOf(btn), a = ARTS[span.article], cs = spansOf(btn).map(context);
    if (!a || !cs[0]) return;
    pop.textContent = "";
    add(pop, [
      h("div", { class: "who" }, numBadge(span.article), outletName(span.article), a.published ? h("span", { class: "when" }, whenText(a)) : null),
      cs.map(function (c) { return h("blockquote", null, c.before, h("mark", null, c.text), c.after); }),
      h("div", { class: "hint" }, "Click to read it in the article")
    ]);
    pop.hidden = false;
    if (popFor && popFor !== btn) popFor.setAttribute("aria-expanded", "false");
    popFor = btn;
    btn.setAttribute("aria-expanded", "true");
    btn.setAttribute("aria-describedby", "nw-pop");
    var r = btn.getBoundingClientRect(), pw = pop.offsetWidth, ph = pop.offsetHeight;
    var x = Math.min(Math.max(8, r.left + r.width / 2 - pw / 2), document.documentElement.clientWidth - pw - 8);
    var y = r.top - ph - 8 < 56 ? r.bottom + 8 : r.top - ph - 8;
    pop.style.left = (x + window.scrollX) + "px";
    pop.style.top = (y + window.scrollY) + "px";
  }
  function hidePop() {
    if (popFor) { popFor.setAttribute("aria-expanded", "false"); popFor.removeAttribute("aria-describedby"); }
    popFor = null; pop.hidden = true;
  }
  document.addEventListener("mouseover", function (e) { var b = e.target.closest && e.target.closest("button.cite, button.cell"); if (b) showPop(b); });
  document.addEventListener("mouseout", function (e) { var b = e.target.closest && e.target.closest("button.cite, button.cell"); if (b && b === popFor && !b.contains(e.relatedTarget)) hidePop(); });
  document.addEventListener("focusin", function (e) { var b = e.target.closest && e.target.closest("button.cite, button.cell"); if (b) showPop(b); else if (popFor) hidePop(); });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    if (popFor) { hidePop(); return; }
    if (document.body.classList.contains("reader-open")) closeReader();
  });
  window.addEventListener("scroll", function () { if (popFor) hidePop(); }, { passive: true });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button.cite, button.cell");
    if (!b) return;
    e.preventDefault();
    hidePop();
    state.lastCite = b;
    openArticle(b.getAttribute("data-a"), spanOf(b));
  });

  /* ------------------------------------------------------------ reader (article view) */
  var reader = document.getElementById("nw-reader");
  var narrow = window.matchMedia("(max-width: 1099.98px)");

  function eventSpans(articleId) {
    var out = [];
    function take(list) { (list || []).forEach(function (s) { if (s && s.article === articleId) out.push(s); }); }
    (ev.facts || []).forEach(function (f) { take(f.citations); });
    (ev.unique || []).forEach(function (u) { take(u.citations); });
    (ev.brief || []).forEach(function (b) { take(b.citations); });
    (ev.timeline || []).forEach(function (t) { take(t.citations); });
    (ev.contradictions || []).forEach(function (c) { (c.claims || []).forEach(function (cl) { take(cl.citations); }); });
    (ev.framing || []).forEach(function (f) { take(f.lead_citations); take(f.loaded_citations); });
    (ev.quotes || []).forEach(function (q) { (q.variants || []).forEach(function (v) { if (v.article === articleId) out.push(v); }); });
    return out;
  }

  /* Removed segments carry offsets into the raw input, not the cleaned text: place each at
     the paragraph boundary nearest to where it stood (raw offset minus what was removed before). */
  function placeRemoved(a, paras) {
    var segs = (a.removed || []).slice(), bounds = paras.map(function (p) { return p.start; }).concat([a.text.length]);
    var placed = {}, cut = 0, last = 0;
    segs.sort(function (x, y) { return (x.start < 0 ? 1e15 : x.start) - (y.start < 0 ? 1e15 : y.start); });
    segs.forEach(function (s) {
      var idx;
      if (s.start < 0) idx = bounds.length - 1;
      else {
        var est = s.start - cut, best = last, bd = Infinity;
        for (var i = last; i < bounds.length; i++) { var d = Math.abs(bounds[i] - est); if (d < bd) { bd = d; best = i; } }
        idx = best;
        cut += Math.max(0, (s.end > s.start ? s.end - s.start : s.text.length) + 1);
      }
      last = idx;
      (placed[idx] = placed[idx] || []).push(s);
    });
    return placed;
  }

  function removedBlock(list) {
    return h("div", { class: "removed", role: "note", "aria-label": "Removed by cleaning" },
      list.map(function (s, i) {
        return [i ? h("br") : null, h("span", { class: "why" }, s.reason || "removed"), h("del", null, s.text)];
      }));
  }

  function renderText(a, active) {
    var t = a.text, paras = [], re = /[^\n]+/g, m;
    while ((m = re.exec(t))) if (m[0].trim()) paras.push({ start: m.index, end: m.index + m[0].length });
    var cited = eventSpans(a.id), excluded = (ev.excluded || []).filter(function (s) { return s.article === a.id; });
    var placed = placeRemoved(a, paras);
    var box = h("div", { class: "art-text" }), activeEl = null;
    paras.forEach(function (p, pi) {
      if (placed[pi]) box.appendChild(removedBlock(placed[pi]));
      var cuts = [p.start, p.end];
      function addCuts(s) { if (s.end > p.start && s.start < p.end) { cuts.push(Math.max(p.start, s.start), Math.min(p.end, s.end)); } }
      cited.forEach(addCuts); excluded.forEach(addCuts); if (active) addCuts(active);
      cuts = cuts.filter(function (x, i, arr) { return arr.indexOf(x) === i; }).sort(function (x, y) { return x - y; });
      var para = h("p"), cur = null, curKey = "";
      for (var i = 0; i + 1 < cuts.length; i++) {
        var s = cuts[i], e = cuts[i + 1], piece = t.slice(s, e);
        var isAct = active && s >= active.start && e <= active.end;
        var isCit = cited.some(function (c) { return s >= c.start && e <= c.end; });
        var isExc = excluded.some(function (c) { return s >= c.start && e <= c.end; });
        var key = (isAct ? "a" : "") + (isCit ? "c" : "") + (isExc ? "x" : "");
        if (key !== curKey || !cur) {
          if (isAct) {
            if (activeEl && activeEl.parentNode === para) { cur = activeEl; curKey = key; cur.appendChild(document.createTextNode(piece)); continue; }
            cur = h("mark", { class: "active", tabindex: "-1" });
            if (!activeEl) activeEl = cur;
          } else if (isExc) cur = h("span", { class: "excluded", title: "Left out of the synthesis as off-topic" });
          else if (isCit) cur = h("span", { class: "cited" });
          else cur = document.createDocumentFragment();
          curKey = key;
          cur.appendChild(document.createTextNode(piece));
          para.appendChild(cur);
          if (cur.nodeType === 11) cur = null;
        } else cur.appendChild(document.createTextNode(piece));
      }
      box.appendChild(para);
    });
    if (placed[paras.length]) box.appendChild(removedBlock(placed[paras.length]));
    return { box: box, active: activeEl };
  }

  function renderReader() {
    var a = ARTS[state.article];
    reader.textContent = "";
    reader.hidden = false;
    var tabs = h("div", { class: "tabs", role: "tablist", "aria-label": "Articles of this event" }, order.map(function (id) {
      return h("button", { type: "button", class: "tab", role: "tab", id: "tab-" + numOf[id], "aria-selected": id === state.article ? "true" : "false",
        "aria-controls": "nw-article", tabindex: id === state.article ? "0" : "-1", title: outletName(id) + (ARTS[id] && ARTS[id].title ? ": " + ARTS[id].title : ""),
        onclick: function () { openArticle(id, null); } }, numBadge(id), h("span", { class: "tab-name" }, outletName(id)));
    }));
    tabs.addEventListener("keydown", function (e) {
      var i = order.indexOf(state.article);
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        var j = (i + (e.key === "ArrowRight" ? 1 : order.length - 1)) % order.length;
        openArticle(order[j], null);
        var tb = document.getElementById("tab-" + numOf[order[j]]); if (tb) tb.focus();
      }
    });
    var nRemoved = (a.removed || []).length;
    var toggle = h("button", { type: "button", class: "btn", id: "nw-toggle-removed", "aria-pressed": state.removed ? "true" : "false", title: "Show the boilerplate that cleaning removed, struck out",
      disabled: nRemoved ? null : true, onclick: function () {
        state.removed = !state.removed;
        toggle.setAttribute("aria-pressed", state.removed ? "true" : "false");
        toggle.textContent = (state.removed ? "Hide" : "Show") + " removed (" + nRemoved + ")";
        body.classList.toggle("show-removed", state.removed);
      } }, (state.removed ? "Hide" : "Show") + " removed (" + nRemoved + ")");
    var close = h("button", { type: "button", class: "btn close", onclick: closeReader, "aria-label": "Close the article" }, "Close");
    var bar = h("div", { class: "reader-bar" }, tabs, h("div", { class: "row" },
      h("div", { class: "reader-legend" },
        h("span", null, h("span", { class: "sw", style: "background:var(--mark)" }), "cited here"),
        h("span", null, h("span", { class: "sw cited-sw" }), "used by the synthesis")),
      h("div", { class: "row" }, toggle, close)));
    var r = renderText(a, state.span);
    var body = h("div", { class: "reader-inner" + (state.removed ? " show-removed" : ""), id: "nw-article", role: "tabpanel",
      "aria-labelledby": "tab-" + numOf[a.id] },
      h("h2", { class: headClass("art-title", a), title: a.title ? null : UNTITLED_NOTE }, headLabel(a), headOf(a)),
      h("p", { class: "art-meta" }, [
        h("strong", null, knownOutlet(a.id)),
        a.byline ? " · " + a.byline : "",
        a.published ? " · " + whenText(a) : "",
        a.url ? [" · ", webLink(a.url) ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.url) : h("span", { class: "muted" }, a.url)] : "",
        a.path && !a.url ? [" · ", h("span", { class: "muted" }, "file " + fileName(a.path))] : ""
      ]),
      r.box);
    add(reader, [bar, body]);
    return r.active;
  }

  function openArticle(id, span) {
    if (!ARTS[id]) return;
    state.article = id; state.span = span;
    var mark = renderReader();
    if (narrow.matches) { document.body.classList.add("reader-open"); }
    if (mark) {
      mark.classList.add("flash");
      // Scroll the reader only (not the page): the mark a third of the way down, below the tab bar.
      var bar = reader.querySelector(".reader-bar");
      var top = reader.scrollTop + mark.getBoundingClientRect().top - reader.getBoundingClientRect().top -
        (bar ? bar.offsetHeight : 0) - Math.max(24, (reader.clientHeight - (bar ? bar.offsetHeight : 0)) / 4);
      reader.scrollTo({ top: Math.max(0, top), behavior: reduceMotion || narrow.matches ? "auto" : "smooth" });
      mark.focus({ preventScroll: true });
    } else {
      reader.scrollTop = 0;
      if (narrow.matches) { var tb = document.getElementById("tab-" + numOf[id]); if (tb) tb.focus(); }
    }
  }
  function closeReader() {
    document.body.classList.remove("reader-open");
    if (state.lastCite && document.body.contains(state.lastCite)) state.lastCite.focus();
  }

  /* ------------------------------------------------------------ word diff for quote variants */
  function words(s) { return s.match(/\S+/g) || []; }
  function norm(w) { return w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""); }
  function lcsKeep(a, b) { // which words of a take part in a longest common subsequence with b
    var A = a.map(norm), B = b.map(norm), n = A.length, m = B.length, i, j;
    var dp = []; for (i = 0; i <= n; i++) { dp.push(new Uint16Array(m + 1)); }
    for (i = n - 1; i >= 0; i--) for (j = m - 1; j >= 0; j--) dp[i][j] = A[i] === B[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    var keep = new Array(n).fill(false); i = 0; j = 0;
    while (i < n && j < m) { if (A[i] === B[j]) { keep[i] = true; i++; j++; } else if (dp[i + 1][j] >= dp[i][j + 1]) i++; else j++; }
    A.forEach(function (w, k) { if (!w) keep[k] = true; });
    return keep;
  }
  function diffed(text, other) {
    var w = words(text);
    if (!other) return text;
    var keep = lcsKeep(w, words(other)), out = [];
    w.forEach(function (x, i) { if (i) out.push(" "); out.push(keep[i] ? x : h("mark", { class: "diff", title: "differs from the other wording" }, x)); });
    return out;
  }

  /* ------------------------------------------------------------ sections */
  // Documents of the report that are not articles (a widget, a crawl notice...): in no event,
  // listed with the reason extraction gave.
  function setAsideList() {
    return (report.articles || []).filter(function (a) { return a.not_article; }).map(function (a) {
      return h("li", null, h("code", null, a.id), " — ", a.not_article);
    });
  }
  function setAsideSection() {
    var items = setAsideList();
    return section("set-aside", "Set aside", "documents that are not articles, woven nowhere", items.length, h("ul", { class: "set-aside" }, items));
  }
  function section(id, title, sub, count, bodyEls, open) {
    var det = h("details", { open: open === false ? null : true },
      h("summary", null, h("h2", { id: id + "-h" }, title), sub ? h("span", { class: "sub" }, sub) : null),
      h("div", { class: "block-body" }, bodyEls));
    return { id: id, title: title, count: count, el: h("section", { class: "block", id: id, "aria-labelledby": id + "-h" }, det) };
  }
  function empty(text) { return h("p", { class: "note" }, text); }

  function briefSection() {
    var items = (ev.brief || []).map(function (b) {
      return h("li", null, b.label ? h("span", { class: "brief-label" }, b.label + ": ") : null, b.text, " ", cites(b.citations));
    });
    return section("brief", "Brief", "every sentence cites its sources: hover or tap a number", items.length,
      items.length ? h("ol", { class: "brief" }, items) : empty("No brief was produced for this event."));
  }

  var MAX_COLUMNS = 16; // beyond this the matrix shows the articles reporting the most facts
  // the columns are articles: two may be one outlet's, and one may name no outlet
  function coverageSection() {
    var facts = ev.facts || [], uniq = ev.unique || [];
    var all = order, shownCols = order; // "order": every article of the event
    if (order.length > MAX_COLUMNS) {
      var reports = {};
      facts.forEach(function (f) { (f.sources || []).forEach(function (a) { reports[a] = (reports[a] || 0) + 1; }); });
      shownCols = order.slice().sort(function (a, b) { return (reports[b] || 0) - (reports[a] || 0) || numOf[a] - numOf[b]; })
        .slice(0, MAX_COLUMNS).sort(function (a, b) { return numOf[a] - numOf[b]; });
    }
    var cols = shownCols;
    // "omits" is the framing's word, said only where most independent origins report a fact
    // and nothing the article says comes close; an article merely not cited for a fact may
    // tell it in other words (a matrix cell cannot say which)
    var omitted = {};
    (ev.framing || []).forEach(function (f) {
      omitted[f.article] = {};
      (f.omits || []).forEach(function (t) { omitted[f.article][t] = true; });
    });
    var head = h("tr", null, h("th", { class: "fact-h", scope: "col" }, "Fact"), cols.map(function (id) {
      return h("th", { scope: "col", title: outletName(id) }, h("span", { class: "col-h" }, numBadge(id), h("span", { class: "col-name" }, outletName(id))));
    }));
    function row(text, metaText, citesList, sources, extraClass) {
      var by = {}; (citesList || []).forEach(function (c) { if (!by[c.article]) by[c.article] = c; });
      return h("tr", { class: extraClass || null }, h("th", { scope: "row" }, text, metaText ? h("span", { class: "meta" }, metaText) : null),
        cols.map(function (id) {
          var c = by[id];
          if (c) return h("td", null, h("button", { type: "button", class: "cell", style: colorVar(id), "data-a": id, "data-s": c.start, "data-e": c.end,
            "aria-label": outletName(id) + " reports this: show the passage" }));
          if ((sources || []).indexOf(id) >= 0) return h("td", null, h("span", { class: "dot-yes", style: colorVar(id), role: "img", "aria-label": outletName(id) + " reports this" }));
          if ((omitted[id] || {})[text]) return h("td", null, h("span", { class: "dot-no", role: "img", "aria-label": outletName(id) + " omits this: it says nothing close" }));
          return h("td", null, h("span", { class: "dot-none", role: "img", "aria-label": outletName(id) + " is not cited for this" }));
        }));
    }
    var rows = facts.map(function (f) {
      var n = (f.sources || []).length;
      return row(f.text, plural(n, "source") + " · " + plural(f.independent_sources || 0, "independent origin"), f.citations, f.sources);
    });
    var uniqRows = uniq.map(function (u) { return row(u.text, "only " + inProse(u.article), u.citations, [u.article], "uniq"); });
    var totals = h("tr", null, h("th", { scope: "row" }, "Consensus facts reported"), cols.map(function (id) {
      var k = facts.filter(function (f) { return (f.sources || []).indexOf(id) >= 0; }).length;
      return h("td", null, k + "/" + facts.length);
    }));
    var table = h("table", { class: "matrix", style: "--cols: " + cols.length },
      h("caption", { class: "sr-only" }, "Which outlet reports which fact"),
      h("thead", null, head), h("tbody", null, rows), facts.length ? h("tfoot", null, totals) : null);
    var uniqTable = uniq.length ? h("details", { class: "uniq-details" },
      h("summary", null, plural(uniq.length, "detail") + " reported by one outlet only"),
      h("div", { class: "matrix-wrap" }, h("table", { class: "matrix", style: "--cols: " + cols.length }, h("caption", { class: "sr-only" }, "Details only one outlet reports"),
        h("thead", null, head.cloneNode(true)), h("tbody", null, uniqRows)))) : null;
    var origins = (ev.origins || []).filter(function (o) { return (o.articles || []).length; });
    var originList = origins.length ? h("ul", { class: "origins" }, h("li", null, h("strong", null, plural(origins.length, "independent origin")), " among " + plural(all.length, "article") + ":"),
      origins.map(function (o) {
        return h("li", null, (o.articles || []).map(function (id, i) { return [i ? " + " : "", numBadge(id), " ", outletName(id)]; }), o.reason ? h("span", { class: "muted" }, " — " + named(o.reason)) : null);
      })) : null;
    var body = facts.length || uniq.length ? [
      facts.length ? h("div", { class: "matrix-wrap", tabindex: "0", role: "region", "aria-label": "Coverage matrix, scrolls sideways" }, table) : null,
      h("div", { class: "legend" },
        h("span", null, h("span", { class: "dot-yes", style: "--oc: var(--ink-2); opacity: 1" }), "reports it (click to read)"),
        h("span", null, h("span", { class: "dot-no" }), "omits it (most origins report it, it says nothing close)"),
        h("span", null, h("span", { class: "dot-none" }), "not cited for it")),
      uniqTable, originList] : empty("No facts were aligned across these articles.");
    if (all.length > cols.length && Array.isArray(body)) body.unshift(h("p", { class: "note" }, "Showing the " + cols.length + " of " + all.length + " articles that report the most facts."));
    return section("coverage", "Coverage", plural(facts.length, "fact") + " × " + plural(cols.length, "article") + ": who reports what, and who omits what most report", facts.length, body);
  }

  function quoteCard(q) {
    var vars = q.variants || [], rel = q.relation || (q.verbatim ? "verbatim" : "single");
    var head = h("div", { class: "card-head" }, h("span", { class: "speaker" }, q.speaker || "Unknown speaker"),
      q.cue ? h("span", { class: "muted" }, q.cue) : null,
      h("span", { class: "badge " + rel.split(" ")[0] }, rel), h("span", { class: "muted" }, plural(outletsOf(q).length, "outlet")));
    var body = h("div", { class: "variants" }, vars.map(function (v, i) {
      var other = i === 0 ? vars[1].text : vars[0].text;
      return h("div", { class: "variant", style: colorVar(v.article) }, h("q", null, q.verbatim ? v.text : diffed(v.text, other)),
        h("div", { class: "from" }, cite(v), besideBadge(v.article)));
    }));
    return h("li", { class: "card" }, head, body);
  }
  function outletsOf(q) {
    var seen = {};
    (q.variants || []).forEach(function (v) { seen[v.article] = 1; });
    (q.sources || []).forEach(function (a) { seen[a] = 1; });
    return Object.keys(seen);
  }
  var SPEAKER_LINES = 4; // a speaker's card shows this many lines; the rest fold behind "N more"
  /* One card per speaker, the most quoted first and an unknown speaker last: a story's 44
     lines of reported speech, one flat list in source order, hid who said what (the seeds:
     Putin's 18 statements among 26 others'). */
  function bySpeakerOf(list) {
    var by = {}, speakers = [];
    list.forEach(function (q) {
      var k = q.speaker || "Unknown speaker";
      if (!by[k]) { by[k] = []; speakers.push(k); }
      by[k].push(q);
    });
    speakers.sort(function (a, b) { return (a === "Unknown speaker") - (b === "Unknown speaker") || by[b].length - by[a].length; });
    return { by: by, speakers: speakers };
  }
  function speakerCard(head, count, listClass, list, line) {
    var first = list.slice(0, SPEAKER_LINES), rest = list.slice(SPEAKER_LINES);
    return h("li", { class: "card speaker-block" }, h("div", { class: "card-head" }, head, h("span", { class: "muted" }, count)),
      h("ul", { class: listClass }, first.map(line)),
      rest.length ? h("details", { class: "more" }, h("summary", null, rest.length + " more"), h("ul", { class: listClass }, rest.map(line))) : null);
  }
  /* A card each for the speakers quoted more than once; two or more quoted once share one
     card, each named on its line, as the reported speech's do (Multi-News 227 and 176: 13 and
     14 cards of one line each, read as so many stories). One such speaker keeps a card. */
  function speakerCards(list, noun, listClass, line) {
    var g = bySpeakerOf(list);
    var once = g.speakers.filter(function (k) { return g.by[k].length === 1; });
    var shared = once.length > 1 ? once : [];
    var own = g.speakers.filter(function (k) { return shared.indexOf(k) < 0; });
    var onceLines = list.filter(function (q) { return shared.indexOf(q.speaker || "Unknown speaker") >= 0; })
      .sort(function (a, b) { return !a.speaker - !b.speaker; });
    return own.map(function (k) {
      return speakerCard(h("span", { class: "speaker" }, k), plural(g.by[k].length, noun), listClass, g.by[k], function (q) { return line(q, false); });
    }).concat(shared.length ? [speakerCard(h("span", { class: "speaker" }, own.length ? "Others" : "Speakers"), "one " + noun + " each", listClass, onceLines,
      function (q) { return line(q, true); })] : []);
  }
  function quotesSection() {
    var top = ev.quotes || [];
    // a label in quotation marks ("special military operation") is nobody's statement
    var terms = top.filter(function (q) { return q.kind === "term"; });
    // reported speech is the journalist's wording of someone's claim: never in quotation marks
    var reported = top.filter(function (q) { return q.kind !== "term" && q.form && q.form !== "direct"; });
    var qs = top.filter(function (q) { return q.kind !== "term" && (!q.form || q.form === "direct"); });
    var merged = qs.filter(function (q) { return (q.variants || []).length > 1; })
      .sort(function (a, b) { return outletsOf(b).length - outletsOf(a).length; });
    var singles = qs.filter(function (q) { return (q.variants || []).length <= 1; });
    // the cue, the outlet, the badge: a source that names no outlet adds no separator ("said · 2"
    // put a dot before the badge alone, and a narrow card wrapped it to open a line)
    function line(q, named) {
      var v = (q.variants || [])[0], by = v ? besideBadge(v.article) : "";
      return h("li", null, named ? h("span", { class: "speaker" }, (q.speaker || "Unknown speaker") + " ") : null, h("q", null, v ? v.text : q.text), " ",
        h("span", { class: "qmeta" }, q.cue || "", q.cue && by ? " · " : "", by, v ? [" ", cite(v)] : null));
    }
    // reported speech stays in the journalist's words: the cue, then the claim, unquoted; in
    // the card of speakers reported once each, the speaker first
    function reportedLine(q, named) {
      var seen = {}, cites = (q.variants || []).filter(function (v) { if (seen[v.article]) return false; seen[v.article] = 1; return true; });
      return h("li", null, named ? h("span", { class: "speaker" }, (q.speaker || "Unknown speaker") + " ") : null,
        q.cue ? h("span", { class: "muted" }, q.cue + ": ") : null, q.text, " ",
        h("span", { class: "qmeta" }, cites.map(function (v) { return [besideBadge(v.article), " ", cite(v), " "]; })));
    }
    var speakerBlocks = speakerCards(singles, "quote", "qlist", line);
    // a card each for the speakers reported more than once; those reported once share one card,
    // as twelve cards of one line each read as twelve stories
    var rg = bySpeakerOf(reported);
    var often = rg.speakers.filter(function (k) { return rg.by[k].length > 1; });
    var once = reported.filter(function (q) { return rg.by[q.speaker || "Unknown speaker"].length === 1; })
      .sort(function (a, b) { return !a.speaker - !b.speaker; });
    var reportedBlocks = often.map(function (k) {
      return speakerCard(h("span", { class: "speaker" }, k), plural(rg.by[k].length, "statement"), "qlist reported", rg.by[k], function (q) { return reportedLine(q, false); });
    }).concat(once.length ? [speakerCard(h("span", { class: "speaker" }, often.length ? "Others" : "Speakers"), "one statement each", "qlist reported", once,
      function (q) { return reportedLine(q, true); })] : []);
    var termList = terms.length ? [h("h3", { class: "subhead" }, "Terms in quotation marks"),
      h("p", null, terms.map(function (q) {
        var v = (q.variants || [])[0];
        return h("span", { class: "term", title: q.speaker ? possessive(q.speaker) + " term" : "in quotation marks" }, "“" + q.text + "”", v ? [" ", cite(v)] : null);
      }))] : null;
    var reportedList = reported.length ? [h("h3", { class: "subhead" }, "Reported speech, by speaker"),
      h("ul", { class: "speakers" }, reportedBlocks)] : null;
    var body = qs.length || terms.length || reported.length ? [
      merged.length ? [h("h3", { class: "subhead" }, "Quoted by several outlets"), h("ul", { class: "cards" }, merged.map(quoteCard))] : null,
      singles.length ? [h("h3", { class: "subhead" }, merged.length ? "Quoted by one outlet, by speaker" : "By speaker"), h("ul", { class: "speakers" }, speakerBlocks)] : null,
      termList,
      reportedList
    ] : empty("No direct quotes were found.");
    return section("quotes", "Quotes", "merged across outlets, wording variants side by side, differing words marked", qs.length + reported.length, body);
  }

  function onePerArticle(list) {
    var seen = {};
    return (list || []).filter(function (c) { if (seen[c.article]) return false; seen[c.article] = 1; return true; });
  }
  var NEUTRAL_SHOWN = 6; // actors quoted without a stance shown before the rest are folded away
  function reactionsSection() {
    var byId = {}; (ev.quotes || []).forEach(function (q) { if (q.id) byId[q.id] = q; });
    // stances first: actors quoted without one (a feature story's cast) come after them
    var ordered = (ev.reactions || []).filter(function (r) { return r.stance !== "neutral"; })
      .concat((ev.reactions || []).filter(function (r) { return r.stance === "neutral"; }));
    var items = ordered.map(function (r) {
      var qs = (r.quotes || []).map(function (id) { return byId[id]; }).filter(Boolean);
      // the fullest statements first: one-word scare quotes say least about a stance
      qs.sort(function (a, b) { return Math.min(b.text.length, 160) - Math.min(a.text.length, 160); });
      // a quote in its quotation marks; reported speech in the journalist's words after its cue,
      // never in quotation marks, which would put those words in the speaker's mouth
      var li = function (q) {
        return q.form && q.form !== "direct" ? h("li", { class: "reported" }, h("span", { class: "muted" }, (q.cue || "said") + ": "), q.text)
          : h("li", null, "“" + q.text + "”");
      };
      return h("li", { class: "card reaction" }, h("div", { class: "card-head" }, h("span", { class: "actor" }, r.actor),
        h("span", { class: "badge " + r.stance }, r.stance)),
        qs.length ? h("ul", null, qs.slice(0, 2).map(li)) : null,
        qs.length > 2 ? h("details", { class: "more" }, h("summary", null, (qs.length - 2) + " more"), h("ul", null, qs.slice(2).map(li))) : null,
        h("div", { class: "by" }, "reported by ", onePerArticle(r.citations).length
          ? onePerArticle(r.citations).map(function (c) { return h("span", { class: "src" }, cite(c), " " + besideBadge(c.article)); })
          : (r.sources || []).map(function (id, i) { return (i ? ", " : "") + inProse(id); })));
    });
    // a feature story quotes dozens without a stance: the first few are shown, the rest folded
    var stances = ordered.filter(function (r) { return r.stance !== "neutral"; }).length;
    var shown = stances + NEUTRAL_SHOWN, rest = items.slice(shown);
    var body = items.length ? [h("ul", { class: "reactions" }, items.slice(0, shown)),
      rest.length ? h("details", { class: "more reactions-more" }, h("summary", null, plural(rest.length, "more actor") + " quoted without a stance"),
        h("ul", { class: "reactions" }, rest)) : null] : empty("No reactions were found.");
    return section("reactions", "Reactions", "who said what about it, and their stance", items.length, body);
  }

  function timelineSection() {
    var tl = (ev.timeline || []).slice().sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
    var items = [], prev = null, last = null;
    tl.forEach(function (t) {
      var d = parseISO(t.date);
      if (prev && d) {
        var days = (d - prev) / 864e5;
        if (days > GAP_DAYS) items.push(h("li", { class: "tl-gap", "aria-hidden": "true" }, h("span"), h("span"), h("span", null, gapText(days))));
      }
      if (d) prev = d;
      var anchor = ev.date && t.date === ev.date && t.precision === "day";
      var same = last && last.date === t.date && last.precision === t.precision;
      last = t;
      items.push(h("li", { class: "tl " + (t.precision || "day") + (anchor ? " anchor" : "") + (same ? " same" : "") },
        h("time", { datetime: t.precision === "year" ? t.date.slice(0, 4) : t.precision === "month" ? t.date.slice(0, 7) : t.date },
          fmtDate(t.date, t.precision) + (t.end ? " – " + fmtDate(t.end, t.precision) : ""), h("span", { class: "prec" }, (anchor ? "event · " : "") + (t.precision || "day"))),
        h("span", { class: "dot", "aria-hidden": "true" }),
        h("div", { class: "what" }, t.text, t.expression ? h("span", { class: "expr" }, "“" + t.expression + "”") : null, " ", cites(t.citations))));
    });
    return section("timeline", "Timeline", "dates resolved from the articles; ● day, ○ month, dashed ○ year", tl.length,
      tl.length ? h("ol", { class: "timeline" }, items) : empty("No dated happenings were found."));
  }

  function contradictionsSection() {
    var cs = (ev.contradictions || []).slice().sort(function (a, b) { return (a.update ? 1 : 0) - (b.update ? 1 : 0); });
    var items = cs.map(function (c) {
      return h("li", { class: "card" }, h("div", { class: "card-head" },
        h("span", { class: "badge " + (c.update ? "update" : "conflict") }, c.update ? "later update" : "conflict"),
        h("span", { class: "badge" }, c.kind)),
        c.note ? h("p", { class: "contra-note" }, named(c.note)) : null,
        h("div", { class: "claims" }, (c.claims || []).map(function (cl) {
          return h("div", { class: "claim", style: colorVar(cl.article) }, h("q", null, cl.text),
            h("div", { class: "from" }, cites(cl.citations), besideBadge(cl.article)));
        })));
    });
    var conflicts = cs.filter(function (c) { return !c.update; }).length;
    return section("contradictions", "Contradictions", cs.length ? plural(conflicts, "conflict") + ", " + plural(cs.length - conflicts, "later update") : "", cs.length,
      cs.length ? h("ul", { class: "cards" }, items) : empty("No contradictions were found between these sources."));
  }

  function omitsList(om) {
    if (!om.length) return h("span", { class: "muted" }, "nothing most others report");
    var li = function (o) { return h("li", null, o); };
    return [h("ul", null, om.slice(0, 3).map(li)),
      om.length > 3 ? h("details", { class: "more" }, h("summary", null, (om.length - 3) + " more"), h("ul", null, om.slice(3).map(li))) : null];
  }
  // a speaker's possessive, as the Markdown report writes it (render.possessive): a plural
  // group in lower case takes an apostrophe alone ("residents'"), any other name "'s"
  function possessive(name) {
    var last = name.split(/\s+/).pop();
    var plural = /^[a-z]/.test(last) && /s$/.test(last) && !/ss$/.test(last);
    return name + (plural ? "'" : "'s");
  }
  // whom an outlet quotes: its most quoted speakers (as many as the Markdown report names,
  // render.VOICES_SHOWN), each with the count and one chip that shows all of that speaker's
  // quotes in the article; the rest behind "more"
  var VOICES_SHOWN = 4;
  function voicesList(vs) {
    if (!vs.length) return h("span", { class: "muted" }, "no named speaker");
    var one = function (v) { return h("span", { class: "term voice" }, v.speaker + " ×" + v.quotes, cites(v.citations)); };
    return [vs.slice(0, VOICES_SHOWN).map(one),
      vs.length > VOICES_SHOWN ? h("details", { class: "more" }, h("summary", null, (vs.length - VOICES_SHOWN) + " more"), vs.slice(VOICES_SHOWN).map(one)) : null];
  }
  function framingSection() {
    var items = (ev.framing || []).map(function (f) {
      var terms = f.loaded_terms || [], tc = f.loaded_citations || [];
      // an article with neither outlet nor headline is not headed by its lead: "Leads with" says it
      var a = ARTS[f.article], head = f.outlet || (a && !a.title ? knownOutlet(f.article) : outletName(f.article));
      return h("li", { class: "card", style: colorVar(f.article) }, h("div", { class: "card-head" }, numBadge(f.article), h("strong", null, head)),
        h("dl", null,
          h("dt", null, "Leads with"), h("dd", null, f.lead || "—", " ", cites(f.lead_citations)),
          h("dt", null, "Omits"), h("dd", null, omitsList(f.omits || [])),
          h("dt", null, "Loaded terms"), h("dd", null, terms.length ? terms.map(function (t, i) { return h("span", { class: "term" }, t, tc[i] ? cite(tc[i]) : null); }) : h("span", { class: "muted" }, "none found")),
          h("dt", null, "Quotes"), h("dd", null, voicesList(f.voices || []))));
    });
    return section("framing", "Framing", "what each outlet leads with, omits, its loaded words and whom it quotes", items.length,
      items.length ? h("ul", { class: "framing" }, items) : empty("No framing analysis for this event."));
  }

  var TYPE_LABEL = { PERSON: "People", ORG: "Organisations", GPE: "Places", LOC: "Places", FAC: "Places", NORP: "Groups", EVENT: "Events" };
  /* A group shows its most mentioned names and folds the rest behind "N more", as a speaker's
     card does: twelve shown of each group, the 63 names of the seeds' story (20 places, 15 groups)
     ran 1,750 px of a phone before the sources. One name more than this is shown, not folded. */
  var ENTITIES_SHOWN = 6;
  // more articles first, then more mentions: the names a story turns on lead their group
  function byMentions(a, b) {
    return (b.articles || []).length - (a.articles || []).length || (b.mentions || []).length - (a.mentions || []).length;
  }
  function entitiesSection() {
    var groups = {}, keys = [];
    (ev.entities || []).forEach(function (e) {
      var k = TYPE_LABEL[e.type] || "Other";
      if (!groups[k]) { groups[k] = []; keys.push(k); }
      groups[k].push(e);
    });
    var orderK = ["People", "Organisations", "Places", "Groups", "Events", "Other"];
    keys.sort(function (a, b) { return orderK.indexOf(a) - orderK.indexOf(b); });
    var body = keys.map(function (k) {
      var list = groups[k].slice().sort(byMentions);
      var chip = function (e) {
        var aka = (e.aliases || []).filter(function (x) { return x !== e.name; });
        return h("li", { class: "ent", title: aka.length ? "also written: " + aka.join(", ") : null }, h("strong", null, e.name),
          e.role ? h("span", { class: "role" }, " · " + e.role) : null,
          h("span", { class: "cnt", title: "mentioned by " + plural((e.articles || []).length, "article") }, "×" + (e.articles || []).length),
          aka.length ? h("span", { class: "aka" }, "also " + aka.join(" · ")) : null);
      };
      var shown = list.length > ENTITIES_SHOWN + 1 ? ENTITIES_SHOWN : list.length, rest = list.slice(shown);
      return h("div", { class: "ent-group" }, h("h3", null, k + " (" + list.length + ")"), h("ul", { class: "ents" }, list.slice(0, shown).map(chip)),
        rest.length ? h("details", { class: "more" }, h("summary", null, rest.length + " more"), h("ul", { class: "ents", style: "margin-top:.4rem" }, rest.map(chip))) : null);
    });
    var n = (ev.entities || []).length;
    return section("entities", "Entities", "canonical names, with the spellings each outlet used", n,
      n ? h("div", { class: "ent-groups" }, body) : empty("No entities were found."));
  }

  // where an article can be read: a link to the original, else its URL as text, else its file
  function origin(a) {
    if (webLink(a.url)) return h("a", { class: "orig", href: a.url, rel: "noopener noreferrer", target: "_blank" }, "original at " + host(a.url));
    if (a.url) return h("span", { class: "muted" }, a.url);
    return a.path ? h("span", { class: "file" }, "file " + fileName(a.path)) : null;
  }
  // a date read off a photo's caption is the picture's, not when the article was published
  function whenText(a) { return (a.published_source === "caption" ? "photo of " : "") + fmtWhen(a.published); }
  function whenOf(id) {
    if (ARTS[id].published_source === "caption") return null;
    var t = new Date(ARTS[id].published || ""); return isNaN(t) ? null : t.getTime();
  }
  function sourcesSection() {
    // who reported first and last, by publication time (articles without one, or dated by a
    // photo only, are not ranked)
    var dated = order.filter(function (id) { return whenOf(id) !== null; })
      .sort(function (x, y) { return whenOf(x) - whenOf(y) || numOf[x] - numOf[y]; });
    var first = dated[0], last = dated[dated.length - 1];
    var lede = first ? h("p", { class: "sources-lede", id: "nw-first-latest" }, "First reported by ", h("b", null, outletName(first)), " (" + fmtWhen(ARTS[first].published) + ")",
      last !== first ? [" · latest: ", h("b", null, outletName(last)), " (" + fmtWhen(ARTS[last].published) + ")"] : null) : null;
    var items = order.map(function (id) {
      var a = ARTS[id], orig = origin(a);
      return h("li", { class: "source", "data-article": id }, numBadge(id), h("div", null,
        h("div", { class: headClass("t", a), title: a.title ? null : UNTITLED_NOTE }, headLabel(a),
          webLink(a.url) ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, headOf(a)) : headOf(a)),
        h("div", { class: "m" }, [h("strong", { class: "outlet" }, knownOutlet(id)), a.byline && a.byline !== knownOutlet(id) ? " · " + a.byline : "",
          a.published ? [" · ", h("time", { datetime: a.published }, whenText(a))] : "",
          orig ? [" · ", orig] : "",
          (a.removed || []).length ? " · " + plural(a.removed.length, "removed segment") : ""])),
        h("button", { type: "button", class: "btn", onclick: function (e) { state.lastCite = e.currentTarget; openArticle(id, null); } }, "Read"));
    });
    var excl = ev.excluded || [];
    return section("sources", "Sources", plural(order.length, "article") + (excl.length ? " · " + plural(excl.length, "passage") + " left out as off-topic" : ""), order.length,
      [lede, h("ol", { class: "sources" }, items), excl.length ? h("p", { class: "note" }, "Left out as off-topic: ", cites(excl)) : null]);
  }

  /* ------------------------------------------------------------ page */
  // on a phone the section links fold behind one button (the stylesheet shows it there only);
  // a link taken, or Escape, folds them again so the bar covers no more than its one row
  var navToggle = document.getElementById("nw-nav-toggle"), topbar = navToggle.parentNode;
  function foldNav() { topbar.classList.remove("nav-open"); navToggle.setAttribute("aria-expanded", "false"); }
  navToggle.addEventListener("click", function () {
    navToggle.setAttribute("aria-expanded", String(topbar.classList.toggle("nav-open")));
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && topbar.classList.contains("nav-open")) { foldNav(); navToggle.focus(); } });
  // an event of more articles than one weave takes is woven from a subset (ev.subset): the
  // counts above are of the woven articles, and the page says so (as render.woven_from does)
  function wovenFrom() {
    if (!ev.subset) return null;
    return h("p", { class: "note", id: "nw-subset" }, "Woven from " + order.length + " of the " + ev.subset.total +
      " articles (" + ev.subset.rule + "); every count here is of the " + order.length + " woven.");
  }
  function renderEvent() {
    order = (ev.articles || []).filter(function (id) { return ARTS[id]; });
    numOf = {}; colorOf = {};
    order.forEach(function (id, i) { numOf[id] = i + 1; colorOf[id] = i; });
    // outlets are counted by name, one however it is spelled (the store's and the front page's
    // key: text.names.outlet_key); articles that name none are counted apart, not as outlets
    var outlets = {}, unnamed = 0;
    order.forEach(function (id) { var o = ARTS[id].outlet || host(ARTS[id].url); if (o) outlets[outletKey(o)] = 1; else unnamed++; });
    var nOutlets = Object.keys(outlets).length, nOrigins = (ev.origins || []).length;
    document.title = (ev.title || "Event") + " · newsweave";
    var main = document.getElementById("nw-main");
    main.textContent = "";
    var switcher = null;
    if ((report.events || []).length > 1) {
      switcher = h("p", { class: "event-switch" }, h("label", null, "Event ", h("select", { onchange: function (e) { ev = report.events[+e.target.value]; state.article = null; renderEvent(); } },
        report.events.map(function (x, i) { return h("option", { value: i, selected: x === ev ? true : null }, (x.date ? x.date + " — " : "") + x.title + " (" + plural((x.articles || []).length, "article") + ")"); }))));
    }
    var headEl = h("header", { class: "event-head" },
      h("p", { class: "kicker" }, ev.date ? fmtDate(ev.date, "day") : "Undated event", meta.updated ? " · updated " + fmtWhen(meta.updated) : ""),
      h("h1", null, ev.title || "Untitled event"),
      h("ul", { class: "stats", "aria-label": "Event at a glance" },
        stat(order.length, "article"),
        nOutlets ? stat(nOutlets, "named outlet") : null,
        unnamed ? h("li", { title: "articles that name no outlet (no outlet name, no URL): not counted as outlets" }, h("b", null, unnamed), " without a named outlet") : null,
        nOrigins ? stat(nOrigins, "independent origin") : null,
        stat((ev.facts || []).length, "consensus fact"),
        // as the Quotes section counts them: words in quotation marks that no one said apart
        stat((ev.quotes || []).filter(function (q) { return q.kind !== "term"; }).length, "quote")),
      wovenFrom(),
      h("ul", { class: "outlets", "aria-label": "Outlets" }, order.map(function (id) {
        // a chip named by the lead of an article with no headline and no outlet says so, as the
        // source list does: in italics it read as the article's headline
        var a = ARTS[id], byLead = !a.title && !besideBadge(id);
        return h("li", null, h("button", { type: "button", class: "outlet-chip" + (byLead ? " untitled" : ""), title: a.title || (byLead ? UNTITLED_NOTE : ""), onclick: function (e) { state.lastCite = e.currentTarget; openArticle(id, null); } },
          numBadge(id), byLead ? [h("span", { class: "sr-only" }, "no headline: "), h("span", { class: "lead" }, outletName(id))] : outletName(id)));
      })));
    // "Set aside" only when something was: "Every document is an article." closed every page
    var aside = setAsideSection();
    var secs = [briefSection(), coverageSection(), quotesSection(), reactionsSection(), timelineSection(), contradictionsSection(),
      framingSection(), entitiesSection(), sourcesSection()].concat(aside.count ? [aside] : []);
    add(main, [switcher, headEl, secs.map(function (s) { return s.el; })]);
    var nav = document.getElementById("nw-nav");
    nav.textContent = "";
    secs.forEach(function (s) {
      if (!s.count && s.id !== "brief") return;
      nav.appendChild(h("a", { href: "#" + s.id, onclick: function () { foldNav(); var d = document.querySelector("#" + s.id + " > details"); if (d) d.open = true; } },
        s.title, s.id !== "brief" ? h("span", { class: "n" }, s.count) : null));
    });
    navToggle.hidden = !nav.children.length;
    if (order.length) {
      state.article = state.article && numOf[state.article] ? state.article : order[0];
      renderReader();
    }
  }

  ev = (report.events || [])[0];
  if (meta.event) (report.events || []).forEach(function (x) { if (x.id === meta.event) ev = x; });
  if (!ev) {
    var aside = setAsideList();
    document.getElementById("nw-main").appendChild(h("p", { class: "empty" }, "This report holds no event."));
    if (aside.length) {
      document.getElementById("nw-main").appendChild(h("section", { class: "block" },
        h("h2", null, "Set aside: not articles"), h("ul", { class: "set-aside" }, aside)));
    }
    document.body.setAttribute("data-ready", "1");
    return;
  }
  renderEvent();
  // A link to #coverage (or any section) opens it.
  function openHash() {
    var d = null;
    try { d = location.hash && document.querySelector(location.hash + " > details"); } catch (e) { d = null; }
    if (d) d.open = true;
  }
  window.addEventListener("hashchange", openHash);
  openHash();
  document.body.setAttribute("data-ready", "1");
})();
