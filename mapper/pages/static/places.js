// The place-context layer shared by every map page (mapper/pages/context.py builds its data;
// every string in it was escaped in Python). mapperPlaces(map, P) adds, under the units,
// the neighbouring countries and, over them, their names, province labels and capitals.
// Which labels show depends on how wide the country is drawn (P.extent) at the current
// zoom, so the rule holds for a phone and a desktop alike:
//   capitals' dots always, the capital city's name always;
//   provincial capitals' names from CAPITALS_PX wide (a desktop's fitted view);
//   province names from PROVINCES_PX wide (one zoom step in from a desktop's view).
// Labels never take clicks or hovers: the units under them keep their tooltips and popups.
(function () {
"use strict";
var CAPITALS_PX = 560, PROVINCES_PX = 1500;

function pane(map, name, z) {
  var p = map.getPane(name) || map.createPane(name);
  p.style.zIndex = z;
  p.style.pointerEvents = "none";
  return name;
}

function label(latlng, html, cls, paneName) {
  return L.marker(latlng, {
    pane: paneName, interactive: false, keyboard: false,
    icon: L.divIcon({className: "mp-label " + cls, html: html, iconSize: null})
  });
}

function mapperPlaces(map, P) {
  if (!P || map.mapperPlaces) return;
  var container = map.getContainer();
  container.classList.add("mp-map");
  // neighbours below the units (overlayPane is 400), labels above them, under popups
  var below = pane(map, "mapper-neighbours", 350);
  var above = pane(map, "mapper-labels", 450);
  var layers = [];
  if (P.neighbours && P.neighbours.features.length) {
    layers.push(L.geoJSON(P.neighbours, {
      pane: below, interactive: false, renderer: L.svg({pane: below}),
      style: function () {
        return {fillColor: "#e6e2d8", fillOpacity: 1, color: "#b8b2a5", weight: 0.8};
      }
    }));
    P.neighbours.features.forEach(function (f) {
      var c = f.properties.label;
      if (c) layers.push(label([c[1], c[0]], f.properties.name, "mp-country", above));
    });
  }
  (P.labels || []).forEach(function (p) {
    layers.push(label([p.lat, p.lon], p.name, "mp-province", above));
  });
  (P.places || []).forEach(function (p) {
    var cls = p.kind === "capital" ? "mp-place mp-capital" : "mp-place mp-" + p.kind;
    layers.push(label([p.lat, p.lon],
      "<span class='mp-dot'></span><span class='mp-name'>" + p.name + "</span>", cls, above));
  });
  layers.forEach(function (l) { l.addTo(map); });
  // priority when labels collide: the capital, provincial capitals, countries, provinces
  var rank = {"mp-capital": 0, "mp-admin1": 1, "mp-town": 2, "mp-country": 3,
    "mp-province": 4};
  var named = layers.filter(function (l) { return l instanceof L.Marker; });
  function prio(l) {
    var c = l.getElement ? l.getElement().className : "";
    for (var k in rank) if (c.indexOf(k) >= 0) return rank[k];
    return 9;
  }
  function declutter() {
    var shown = [];
    named.slice().sort(function (a, b) { return prio(a) - prio(b); }).forEach(function (l) {
      var el = l.getElement();
      if (!el) return;
      var name = el.querySelector(".mp-name") || el;
      name.classList.remove("mp-hidden");
      var r = name.getBoundingClientRect();
      if (!r.width) return;  // not displayed at this zoom
      var hit = shown.some(function (o) {
        return r.left < o.right + 2 && r.right > o.left - 2 && r.top < o.bottom &&
          r.bottom > o.top;
      });
      if (hit) name.classList.add("mp-hidden"); else shown.push(r);
    });
  }
  var ext = L.latLngBounds(P.extent);
  function classify() {
    var a = map.latLngToContainerPoint(ext.getSouthWest());
    var b = map.latLngToContainerPoint(ext.getNorthEast());
    var w = Math.abs(b.x - a.x);
    if (!isFinite(w)) return;
    container.classList.toggle("mp-show-capitals", w >= CAPITALS_PX);
    container.classList.toggle("mp-show-provinces", w >= PROVINCES_PX);
    declutter();
  }
  map.on("zoomend resize", classify);
  map.whenReady(classify);
  map.mapperPlaces = {layers: layers, classify: classify, declutter: declutter};
  return map.mapperPlaces;
}

var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
function longDate(day) {
  var d = new Date(day * 864e5);
  return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
}

// The date stamp of a page with a moving date (the timeline): the date, the newest claim
// on or before it and the outlets behind the claims up to it, as the Python stamp_html
// writes them for a single date. C is the page's claims data (day, source, sources).
function mapperStamp(day, C) {
  var el = document.getElementById("mapper-stamp-date");
  if (!el) return;
  el.textContent = longDate(day);
  var latest = -Infinity, n = 0, count = {};
  for (var c = 0; c < C.day.length; c++) {
    if (C.day[c] > day) continue;
    n++;
    if (C.day[c] > latest) latest = C.day[c];
    count[C.source[c]] = (count[C.source[c]] || 0) + 1;
  }
  document.getElementById("mapper-stamp-latest").textContent =
    n ? new Date(latest * 864e5).toISOString().slice(0, 10) : "none";
  var keys = Object.keys(count).sort(function (a, b) {
    return (count[b] - count[a]) ||
      (C.sources[a].toLowerCase() < C.sources[b].toLowerCase() ? -1 : 1);
  });
  var text = keys.slice(0, 3).map(function (k) { return C.sources[k]; }).join(", ");
  if (keys.length > 3)
    text += " and " + (keys.length - 3) + " other" + (keys.length - 3 === 1 ? "" : "s");
  // sources were escaped in Python: innerHTML keeps them as text
  document.getElementById("mapper-stamp-sources").innerHTML = n ?
    "Sources: " + text + "; " + n + " claim" + (n === 1 ? "" : "s") :
    "Sources: no claims on record up to this date";
}

window.mapperPlaces = mapperPlaces;
window.mapperStamp = mapperStamp;
})();
