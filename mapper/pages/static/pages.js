(function () {
"use strict";

// mapperFit comes from fit.js, inlined in a script before this one

var D = JSON.parse(document.getElementById("mapper-data").textContent);

function reader(text) {
  var bin = atob(text), a = new Uint8Array(bin.length), p = 0;
  for (var i = 0; i < bin.length; i++) a[i] = bin.charCodeAt(i);
  return {
    next: function () {
      var v = 0, m = 1, b;
      do { b = a[p++]; v += (b & 127) * m; m *= 128; } while (b & 128);
      return v;
    },
    signed: function () { var v = this.next(); return v % 2 ? -(v + 1) / 2 : v / 2; }
  };
}

// ---- geometry: arcs decoded once, rings of every unit share their LatLng objects
var G = D.geometry, arcs = [];
(function () {
  var r = reader(G.arcs), x = 0, y = 0, ox = G.origin[0], oy = G.origin[1], st = G.step;
  for (var i = 0; i < G.n_arcs; i++) {
    var n = r.next(), pts = new Array(n);
    for (var j = 0; j < n; j++) {
      x += r.signed(); y += r.signed();
      pts[j] = L.latLng(+(oy + y * st).toFixed(6), +(ox + x * st).toFixed(6));
    }
    arcs.push(pts);
  }
})();
function ring(refs) {
  var out = [];
  for (var i = 0; i < refs.length; i++) {
    var ref = refs[i], a = ref >= 0 ? arcs[ref] : arcs[~ref].slice().reverse();
    out = out.concat(out.length ? a.slice(1) : a);
  }
  return out;
}
var U = D.units, nU = U.names.length, shapes = [];
U.provinces = U.province.map(function (i) { return U.province_names[i]; });
(function () {
  var r = reader(G.shapes);
  for (var u = 0; u < nU; u++) {
    var polys = [], np = r.next();
    for (var p = 0; p < np; p++) {
      var rings = [], nr = r.next();
      for (var k = 0; k < nr; k++) {
        var refs = [], na = r.next();
        for (var q = 0; q < na; q++) refs.push(r.signed());
        rings.push(ring(refs));
      }
      polys.push(rings);
    }
    shapes.push(polys);
  }
})();
var borderLines = (function () {
  var r = reader(G.borders), out = [], n = r.next();
  for (var i = 0; i < n; i++) out.push(arcs[r.next()]);
  return out;
})();

// ---- states: per unit only its changes; expanded to dates x units arrays
var T = D.timeline, nD = T.days.length, K = D.statuses.length;
var S = new Uint8Array(nD * nU), R = new Int32Array(nD * nU), STALE = new Uint8Array(nD * nU);
(function () {
  var r = reader(T.changes), unknown = T.unknown;
  for (var u = 0; u < nU; u++) {
    var n = r.next(), t = 0, code = unknown * 2, rec = -1, next = [];
    for (var c = 0; c < n; c++) next.push([t += r.next(), r.next(), r.next() - 1]);
    var ci = 0;
    for (var d = 0; d < nD; d++) {
      while (ci < next.length && next[ci][0] <= d) { code = next[ci][1]; rec = next[ci][2]; ci++; }
      var i = d * nU + u;
      S[i] = code >> 1; STALE[i] = code & 1; R[i] = rec;
    }
  }
})();
var REC = [];
(function () {
  var r = reader(T.records);
  for (var i = 0; i < T.n_records; i++) {
    var rec = {status: r.next(), day: r.next() + T.day0, flags: r.next(), claims: []};
    var n = r.next();
    for (var k = 0; k < n; k++) rec.claims.push(r.next());
    REC.push(rec);
  }
})();
var HIST = (function () {
  var r = reader(T.history), out = [];
  for (var u = 0; u < nU; u++) {
    var n = r.next(), h = [];
    for (var k = 0; k < n; k++) h.push(r.next());
    out.push(h);
  }
  return out;
})();

function iso(day) { return new Date(day * 864e5).toISOString().slice(0, 10); }
function fmtInt(x) { return Math.round(x).toLocaleString("en-US"); }
function pct(x) { return (100 * x).toFixed(1) + "%"; }

// ---- fills: a colour, or a canvas pattern for hatched statuses
function hatchFill(colour) {
  var c = document.createElement("canvas"); c.width = c.height = 8;
  var g = c.getContext("2d");
  g.fillStyle = colour; g.fillRect(0, 0, 8, 8);
  g.strokeStyle = "rgba(51,51,51,0.55)"; g.lineWidth = 2.2; g.beginPath();
  g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2);
  g.moveTo(6, 10); g.lineTo(10, 6); g.stroke();
  return g.createPattern(c, "repeat");
}
var FILLS = D.statuses.map(function (s) { return s.hatch ? hatchFill(s.colour) : s.colour; });

// a small legend on a map (the compare page's panes): swatch and label per class; labels
// were escaped in Python, colours are #RRGGBB
function legendControl(items) {
  var ctl = L.control({position: "bottomright"});
  ctl.onAdd = function () {
    var box = L.DomUtil.create("div", "mapper-map-legend");
    box.innerHTML = items.map(function (it) {
      var bg = it.hatch ? "repeating-linear-gradient(45deg, " + it.colour +
        " 0 4px, #7a7a7a 4px 6px)" : it.colour;
      return "<div data-key='" + it.key + "'><span class='mapper-swatch' style='background:" +
        bg + "'></span>" + it.label.replace(/\s*\(.*$/, "") + "</div>";
    }).join("");
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return ctl;
}

function tooltipHtml(u, t) {
  var i = t * nU + u, s = D.statuses[S[i]], rec = R[i];
  var html = "<b>" + U.names[u] + "</b>" + (U.provinces[u] ? ", " + U.provinces[u] : "");
  html += "<br>" + s.label;
  if (rec >= 0) {
    var age = T.days[t] - REC[rec].day;
    html += "<br>since " + iso(REC[rec].day) + " (" + age + " day" + (age === 1 ? "" : "s") +
      " old)";
  }
  if (STALE[i]) html += "<br>last claim older than the staleness limit";
  return html;
}
// one claim as a table row; every string was escaped in Python
function claimRow(c) {
  var C = D.claims, actor = C.actors[C.actor[c]], url = C.urls[C.url[c]];
  var source = C.sources[C.source[c]], note = C.notes[C.note[c]];
  var src = url ? "<a href=\"" + url + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
    source + "</a>" : source;
  return "<tr><td>" + iso(C.day[c]) + "</td><td>" + D.statuses[C.status[c]].label +
    (actor ? " (" + actor + ")" : "") + (C.wide[c] ? " <i>province-wide</i>" : "") +
    "</td><td>" + src + "<br><small>" + C.confidences[C.confidence[c]] +
    " confidence, row " + C.row[c] + "</small>" +
    (note ? "<div class='mapper-note'>" + note + "</div>" : "") + "</td></tr>";
}
function popupHtml(u, t) {
  var i = t * nU + u, s = D.statuses[S[i]], rec = R[i], day = T.days[t];
  var html = "<h4>" + U.names[u] + (U.provinces[u] ? " <small>" + U.provinces[u] +
    "</small>" : "") + "</h4><p><b>" + s.label + "</b>";
  if (rec >= 0) {
    html += " as of " + iso(REC[rec].day) + ", " + (day - REC[rec].day) +
      " days before " + iso(day);
    if (REC[rec].flags & 1) html += " (from a province-wide claim)";
  }
  html += "</p>";
  if (rec >= 0 && (REC[rec].flags & 2))
    html += "<p><b>Disputed:</b> sources disagree on the latest date; all are listed.</p>";
  // newest first; claims of one date in ledger-row order (as the single-date map lists them)
  var h = HIST[u].filter(function (c) { return D.claims.day[c] <= day; });
  if (!h.length) return html + "<p>No claim on record for this unit up to this date.</p>";
  var C = D.claims;
  h.sort(function (a, b) { return (C.day[b] - C.day[a]) || (C.row[a] - C.row[b]); });
  var shown = h.slice(0, D.max_history);
  html += "<table class='mapper-claims'><tr><th>Date</th><th>Status</th><th>Source</th></tr>";
  shown.forEach(function (c) { html += claimRow(c); });
  html += "</table>";
  if (h.length > shown.length)
    html += "<p><small>" + (h.length - shown.length) + " older claim(s) not shown</small></p>";
  return html;
}

// the method section's claims ledger, built from the claims data when first opened (the
// page carries each claim once); rows as mapper.method writes them for the single-date map
function ledgerRow(c) {
  var C = D.claims, url = C.urls[C.url[c]], source = C.sources[C.source[c]];
  var note = C.notes[C.note[c]], actor = C.actor_labels[C.actor_label[c]];
  var src = url ? "<a href=\"" + url + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
    source + "</a>" : source;
  return "<tr><td>" + C.row[c] + "</td><td>" + iso(C.day[c]) + "</td><td>" +
    C.units[C.unit[c]] + "</td><td>" + D.statuses[C.status[c]].label +
    (actor ? " (" + actor + ")" : "") + "</td><td>" + src +
    (note ? "<div class='mapper-note'>" + note + "</div>" : "") + "</td><td>" +
    C.confidences[C.confidence[c]] + "</td></tr>";
}
function fillLedger() {
  var table = document.querySelector("#mapper-method table.mapper-ledger");
  if (!table || table.dataset.filled) return;
  var html = "";
  for (var c = 0; c < D.claims.row.length; c++) html += ledgerRow(c);
  table.tBodies[0].insertAdjacentHTML("beforeend", html);
  table.dataset.filled = "1";
  var more = document.getElementById("mapper-ledger-more");
  if (more) more.remove();
}
(function () {
  var details = document.getElementById("mapper-method");
  if (!details) return;
  if (details.open) fillLedger();
  details.addEventListener("toggle", function () { if (details.open) fillLedger(); });
})();

function makeMap(el, opts) {
  // the compare page credits once, under its maps (a credit in each pane covers the map)
  var credit = opts.credit !== false;
  var map = L.map(el, {zoomSnap: 0.25, preferCanvas: true, attributionControl: credit});
  if (credit) {
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(D.attribution);
  }
  // the single-date page's verdict box sits top left, beside the zoom buttons: its scale
  // goes bottom left (the timeline's slider bar is there)
  var narrow = L.mapperPhone && L.mapperPhone.isNarrow();  // phone.js
  L.control.scale({position: opts.scale || (narrow ? "bottomleft" : "topleft")}).addTo(map);
  var renderer = L.canvas({padding: 0.3, tolerance: 1});
  var layers = [];
  for (var u = 0; u < nU; u++) {
    var lyr = L.polygon(shapes[u], {renderer: renderer, color: "#ffffff", weight: 0.6,
      fillOpacity: 0.85, fillColor: "#dddddd"});
    lyr.mapperUnit = u;
    lyr.addTo(map);
    layers.push(lyr);
  }
  var borders = borderLines.length ?
    L.polyline(borderLines, {renderer: renderer, interactive: false, color: "#222222",
      weight: 1.4, opacity: 0.9}).addTo(map) : null;
  var fit = opts.fit || [[0, 0], [0, 0]];
  mapperFit(map, L.latLngBounds(G.bounds), fit[0], fit[1]);
  if (window.mapperPlaces && D.places) mapperPlaces(map, D.places);  // places.js
  return {map: map, layers: layers, renderer: renderer, borders: borders};
}

function stats(t) {
  var cnt = new Array(K).fill(0), km = new Array(K).fill(0);
  for (var u = 0; u < nU; u++) { var s = S[t * nU + u]; cnt[s]++; km[s] += U.area[u]; }
  return {units: cnt, km2: km};
}

// ---- a status view: one map showing the state on a chosen date, restyling only changes
function StatusView(el, opts) {
  var v = makeMap(el, opts), shown = new Int16Array(nU).fill(-1);
  v.t = -1; v.restyled = 0;
  v.layers.forEach(function (lyr) {
    lyr.bindTooltip(function () { return tooltipHtml(lyr.mapperUnit, v.t); }, {sticky: true});
    lyr.bindPopup(function () { return popupHtml(lyr.mapperUnit, v.t); },
      {maxWidth: 480, maxHeight: 380, autoPanPaddingTopLeft: L.point(10, 10),
       // keep the popup clear of the stats panel (right) and the slider (bottom)
       autoPanPaddingBottomRight: L.point(opts.panel ? 380 : 10, opts.panel ? 80 : 10)});
  });
  v.show = function (t) {
    var n = 0;
    v.changed = [];
    for (var u = 0; u < nU; u++) {
      var s = S[t * nU + u];
      if (s !== shown[u]) {
        if (shown[u] >= 0) v.changed.push(u);
        shown[u] = s;
        v.layers[u].mapperStatus = D.statuses[s].key;
        v.layers[u].setStyle({fillColor: FILLS[s]});
        n++;
      }
    }
    v.t = t; v.restyled = n;
    v.layers.forEach(function (lyr) {
      if (lyr.isPopupOpen()) lyr.setPopupContent(popupHtml(lyr.mapperUnit, t));
    });
    return n;
  };
  v.statusOf = function (id) { return v.layers[U.ids.indexOf(id)].mapperStatus; };
  return v;
}

function updatePanel(t) {
  var st = stats(t), N = D.denominators.units, A = D.denominators.area_km2;
  D.statuses.forEach(function (s, k) {
    var row = document.querySelector("tr[data-status='" + s.key + "']");
    if (!row) return;
    row.querySelector("[data-f=units]").textContent = st.units[k];
    row.querySelector("[data-f=share_units]").textContent = pct(st.units[k] / N);
    row.querySelector("[data-f=km2]").textContent = fmtInt(st.km2[k]);
    row.querySelector("[data-f=share_area]").textContent = pct(st.km2[k] / A);
  });
  var open = [], openKm = 0, openN = 0;
  D.statuses.forEach(function (s, k) {
    if (s.kind === "contested" || s.kind === "disputed" || s.kind === "unconfirmed") {
      openN += st.units[k]; openKm += st.km2[k];
    }
  });
  D.statuses.forEach(function (s, k) {
    if (s.kind !== "side") return;
    var li = document.querySelector("li[data-side='" + s.key + "']");
    if (!li) return;
    li.querySelector("[data-f=units]").textContent = st.units[k] + "–" + (st.units[k] + openN);
    li.querySelector("[data-f=area]").textContent =
      pct(st.km2[k] / A) + "–" + pct((st.km2[k] + openKm) / A);
  });
}

// ---- timeline furniture: month ticks and claim-date marks under the slider; the units that
// changed at a step outlined for a moment
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
  "Dec"];
// the slider index at which a day first shows (the first date on or after it)
function indexOfDay(day) {
  var lo = 0, hi = nD;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (T.days[mid] < day) lo = mid + 1; else hi = mid; }
  return lo;
}
function timelineTicks(box) {
  if (!box || nD < 2) return;
  var html = "", at = function (i) { return (100 * i / (nD - 1)).toFixed(3) + "%"; };
  var first = new Date(T.days[0] * 864e5), last = T.days[nD - 1];
  var y = first.getUTCFullYear(), m = first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  var months = [];
  for (;; m++) {
    var day = Date.UTC(y + Math.floor(m / 12), m % 12, 1) / 864e5;
    if (day > last) break;
    months.push([day, m]);
  }
  // label every month while they are at least ~44 px apart, else every 2nd, 3rd, 6th, 12th
  var width = box.getBoundingClientRect().width || 300, step = 1;
  [1, 2, 3, 6, 12].some(function (k) {
    step = k;
    return months.length * 44 / k <= width;
  });
  months.forEach(function (mm) {
    var i = indexOfDay(mm[0]), month = ((mm[1] % 12) + 12) % 12;
    var year = y + Math.floor(mm[1] / 12);
    var label = month % step === 0 || months.length === 1;
    html += "<span class='mapper-tick mapper-month' style='left:" + at(i) + "' data-day='" +
      iso(mm[0]) + "'>" + (label ? (month === 0 ? year : MONTHS[month]) : "") + "</span>";
  });
  var seen = {};
  for (var c = 0; c < D.claims.day.length; c++) {
    var d = D.claims.day[c];
    if (d < T.days[0] || d > last) continue;
    var i = indexOfDay(d);
    if (seen[i]) continue;
    seen[i] = 1;
    html += "<span class='mapper-tick mapper-claim-mark' style='left:" + at(i) +
      "' data-day='" + iso(T.days[i]) + "'></span>";
  }
  box.innerHTML = html;
}
// outline the units that changed status at the current step for ~1.2 s
function outlineChanges(view) {
  var lit = [], timer = null;
  function clear() {
    lit.forEach(function (u) {
      view.layers[u].setStyle({color: "#ffffff", weight: 0.6});
      view.layers[u].mapperOutlined = false;
    });
    if (lit.length && view.borders) view.borders.bringToFront();
    lit = [];
  }
  return function (units) {
    if (timer) clearTimeout(timer);
    clear();
    lit = units.slice();
    lit.forEach(function (u) {
      view.layers[u].setStyle({color: "#111111", weight: 2.5});
      view.layers[u].mapperOutlined = true;
      view.layers[u].bringToFront();
    });
    timer = lit.length ? setTimeout(function () { clear(); timer = null; }, 1200) : null;
  };
}

var app = {data: D, units: U.ids};
window.mapper = app;

// ---- the single-date page: one status view, the overlays a checked claim adds
function singleDate() {
  var M = D.map;
  var view = StatusView(document.getElementById("mapper-map"),
    {panel: M.panel, fit: M.fit, scale: "bottomleft"});
  var map = view.map;
  if (M.tiles) L.tileLayer(M.tiles.url, M.tiles.options).addTo(map);
  // the few overlay shapes as SVG, over the canvas of units
  var svg = L.svg({padding: 0.3});
  M.highlight.forEach(function (u) {
    L.polygon(shapes[u], {renderer: svg, interactive: false, fill: false,
      color: M.highlight_colour, weight: 3.5}).addTo(map);
  });
  if (M.lines) {
    L.geoJSON(M.lines, {renderer: svg, interactive: false,
      style: function () { return {color: "#222222", weight: 9, opacity: 0.9}; }}).addTo(map);
    L.geoJSON(M.lines, {renderer: svg,
      style: function (f) { return {color: f.properties.colour, weight: 5, opacity: 1}; },
      onEachFeature: function (f, lyr) { lyr.bindTooltip(f.properties.tip, {sticky: true}); }
    }).addTo(map);
  }
  view.show(0);  // the stats panel was written in Python for this date
  app.map = map; app.layers = view.layers; app.view = view; app.dates = T.days.map(iso);
  app.popupHtml = popupHtml; app.tooltipHtml = tooltipHtml;
  app.current = function () { return view.t; };
}

if (D.mode === "map") {
  singleDate();
} else if (D.mode === "timeline") {
  var view = StatusView(document.getElementById("mapper-map"),
    {panel: true, fit: [[10, 10], [400, 70]]});
  var slider = document.getElementById("mapper-slider");
  var label = document.getElementById("mapper-date-label");
  var dateEl = document.getElementById("mapper-date");
  var play = document.getElementById("mapper-play");
  slider.max = nD - 1;
  var go = function (t) {
    t = Math.max(0, Math.min(nD - 1, t | 0));
    var from = view.t;
    view.show(t);
    if (flash && from >= 0 && from !== t) flash(view.changed);
    slider.value = t;
    label.textContent = dateEl.textContent = iso(T.days[t]);
    if (window.mapperStamp) mapperStamp(T.days[t], D.claims);  // places.js
    updatePanel(t);
  };
  var timer = null, playLabel = play.querySelector("span");
  var playing = function (on) {
    play.classList.toggle("mapper-playing", on);
    playLabel.textContent = on ? "Pause" : "Play";
  };
  var stop = function () {
    if (timer) clearInterval(timer);
    timer = null; playing(false);
  };
  play.addEventListener("click", function () {
    if (timer) return stop();
    if (view.t >= nD - 1) go(0);
    playing(true);
    timer = setInterval(function () { if (view.t >= nD - 1) stop(); else go(view.t + 1); },
      D.interval_ms);
  });
  timelineTicks(document.getElementById("mapper-ticks"));
  var flash = outlineChanges(view);
  slider.addEventListener("input", function () { stop(); go(+slider.value); });
  app.map = view.map; app.layers = view.layers; app.view = view;
  app.go = go; app.dates = T.days.map(iso);
  app.popupHtml = popupHtml; app.tooltipHtml = tooltipHtml;
  app.current = function () { return view.t; };
  go(D.open_at == null ? nD - 1 : D.open_at);
} else {
  var fit = {fit: [[8, 8], [8, 8]], credit: false};
  var a = StatusView(document.getElementById("mapper-map-a"), fit);
  var b = StatusView(document.getElementById("mapper-map-b"), fit);
  a.show(0); b.show(nD - 1);
  var tv = makeMap(document.getElementById("mapper-map-t"), fit);
  var TR = D.compare.transitions, TC = D.compare.classes;
  var TFILLS = TC.map(function (c) { return c.hatch ? hatchFill(c.colour) : c.colour; });
  legendControl(D.statuses).addTo(a.map);
  legendControl(D.statuses).addTo(b.map);
  legendControl(TC).addTo(tv.map);
  tv.layers.forEach(function (lyr, u) {
    var c = TC[TR[u]];
    lyr.mapperStatus = c.key;
    lyr.setStyle({fillColor: TFILLS[TR[u]]});
    lyr.bindTooltip(function () {
      return "<b>" + U.names[u] + "</b>" + (U.provinces[u] ? ", " + U.provinces[u] : "") +
        "<br>" + c.label + "<br>" + iso(T.days[0]) + ": " + D.statuses[S[u]].label + "<br>" +
        iso(T.days[nD - 1]) + ": " + D.statuses[S[(nD - 1) * nU + u]].label;
    }, {sticky: true});
  });
  var maps = [a.map, b.map, tv.map], busy = false;
  // synced: each is fitted clear of the overlays of all three (fit.js)
  maps.forEach(function (m) { m.mapperPeers = maps; });
  maps.forEach(function (m) {
    m.on("move", function () {
      if (busy) return;
      busy = true;
      maps.forEach(function (o) {
        if (o !== m) o.setView(m.getCenter(), m.getZoom(), {animate: false});
      });
      busy = false;
    });
  });
  app.a = a; app.b = b; app.transitions = tv; app.maps = maps; app.dates = T.days.map(iso);
}
})();
