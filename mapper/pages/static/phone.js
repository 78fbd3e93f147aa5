// Phones and narrow frames, for every Leaflet map of a page (inlined right after Leaflet, so
// each page's own script needs nothing):
// - popups are drawn in a pane of the map's container, above the page's panels (the map pane's
//   transform makes a stacking context under them), and sized to fit the map;
// - the tooltip hides while a popup is open;
// - on a narrow or low frame (html.mapper-narrow) the stats panel and the verdict box collapse
//   to a strip (title, date and a one-line legend; the verdict and its claim) that a tap expands.
(function () {
"use strict";
if (typeof L === "undefined" || L.mapperPhone) return;

var NARROW_W = 560, NARROW_H = 500;
var doc = document.documentElement;

function isNarrow() {
  return window.innerWidth < NARROW_W || window.innerHeight < NARROW_H;
}
function markNarrow() { doc.classList.toggle("mapper-narrow", isNarrow()); }
markNarrow();
window.addEventListener("resize", markNarrow);

// ---- popups: a pane above the panels, moved with the map pane
L.Popup.mergeOptions({pane: "mapperPopupPane"});
var layout = L.Popup.prototype._updateLayout;
L.Popup.include({
  _updateLayout: function () {
    var map = this._map, o = this.options;
    if (map) {
      var want = this._mapperWant || (this._mapperWant = {
        w: o.maxWidth, h: o.maxHeight, tl: o.autoPanPaddingTopLeft,
        br: o.autoPanPaddingBottomRight});
      var s = map.getSize();
      // the popup's frame adds ~47 px to its content width: leave ~12 px each side
      o.maxWidth = Math.max(120, Math.min(want.w || 300, s.x - 72));
      o.maxHeight = Math.max(100, Math.min(want.h || Infinity, Math.round(s.y * 0.62)));
      if (s.x < NARROW_W || s.y < NARROW_H) {
        // above the panels: no room to keep for them, only a margin
        o.autoPanPaddingTopLeft = L.point(6, 6);
        o.autoPanPaddingBottomRight = L.point(6, 6);
      } else {
        o.autoPanPaddingTopLeft = want.tl;
        o.autoPanPaddingBottomRight = want.br;
      }
    }
    layout.call(this);
  }
});

function popupPane(map) {
  var pane = map.createPane("mapperPopupPane", map.getContainer());
  pane.classList.add("mapper-popup-pane");
  var mapPane = map.getPane("mapPane");
  function follow() { L.DomUtil.setPosition(pane, L.DomUtil.getPosition(mapPane)); }
  map.on("viewprereset move zoom viewreset moveend zoomend resize", follow);
  follow();
}

// a popup opened on a map that runs below the fold (the compare page's stacked maps on a
// phone) is scrolled into the window, once the map has panned it into the map; only the window
// scrolls (scrollIntoView would also scroll Leaflet's overflow-hidden container)
function intoWindow(popup) {
  setTimeout(function () {
    var el = popup.getElement();
    if (!el || !popup.isOpen()) return;
    var r = el.getBoundingClientRect(), dy = 0;
    if (r.bottom > window.innerHeight) dy = r.bottom - window.innerHeight + 8;
    if (r.top - dy < 0) dy = r.top - 8;
    if (dy) window.scrollBy(0, dy);
  }, 350);
}

function quietTooltips(map) {
  var box = map.getContainer();
  map.on("popupopen", function (e) {
    box.classList.add("mapper-popup-open");
    map.eachLayer(function (l) { if (l.closeTooltip) l.closeTooltip(); });
    intoWindow(e.popup);
  });
  map.on("popupclose", function () {
    // another popup may have opened in the same tick
    setTimeout(function () {
      var open = false;
      map.eachLayer(function (l) { if (l instanceof L.Popup) open = true; });
      if (!open) box.classList.remove("mapper-popup-open");
    }, 0);
  });
}

// ---- strips: the panel and the verdict box fold to their first lines on a narrow frame
function shortLabel(text) {
  return text.replace(/\s*\(.*$/, "").trim();
}
function stripLegend(panel) {
  var rows = panel.querySelectorAll(".mapper-legend tr[data-status]");
  if (!rows.length) return null;
  var strip = document.createElement("div");
  strip.className = "mapper-strip-legend";
  rows.forEach(function (row) {
    var item = document.createElement("span"), sw = row.querySelector(".mapper-swatch");
    item.className = "mapper-strip-item";
    item.setAttribute("data-status", row.getAttribute("data-status"));
    if (sw) item.appendChild(sw.cloneNode(true));
    item.appendChild(document.createTextNode(shortLabel(row.cells[0].textContent)));
    strip.appendChild(item);
  });
  return strip;
}
function setCollapsed(box, folded) {
  box.classList.toggle("mapper-collapsed", folded);
  var btn = box.querySelector(":scope > .mapper-strip-toggle");
  if (btn) {
    btn.setAttribute("aria-expanded", folded ? "false" : "true");
    btn.setAttribute("aria-label", folded ? "Show more" : "Show less");
  }
}
function strip(box) {
  if (box.getAttribute("data-mapper-strip")) return;
  box.setAttribute("data-mapper-strip", "1");
  box.classList.add("mapper-strip");
  if (box.classList.contains("mapper-panel")) {
    var legend = stripLegend(box), date = box.querySelector(":scope > .mapper-date");
    if (legend && date) box.insertBefore(legend, date.nextSibling);
  }
  // what the folded strip keeps: the panel's title, date and legend line; the verdict's
  // badge and the claim
  var keep = box.classList.contains("mapper-verdict")
    ? [box.querySelector(":scope > div"), box.querySelector(":scope > blockquote")]
    : box.querySelectorAll(":scope > .mapper-title, :scope > .mapper-date, " +
                           ":scope > .mapper-strip-legend");
  Array.prototype.forEach.call(keep, function (el) { if (el) el.classList.add("mapper-keep"); });
  var btn = document.createElement("button");
  btn.type = "button";
  btn.className = "mapper-strip-toggle";
  box.insertBefore(btn, box.firstChild);
  btn.addEventListener("click", function (e) {
    e.stopPropagation();
    box.mapperTouched = true;
    setCollapsed(box, !box.classList.contains("mapper-collapsed"));
    placeStamp();
  });
  // a tap anywhere on the folded strip unfolds it
  box.addEventListener("click", function (e) {
    if (!box.classList.contains("mapper-collapsed")) return;
    e.preventDefault();
    box.mapperTouched = true;
    setCollapsed(box, false);
    placeStamp();
  });
  setCollapsed(box, isNarrow());
}
function strips() {
  document.querySelectorAll(".mapper-panel, .mapper-verdict").forEach(strip);
  placeStamp();
}
window.addEventListener("resize", function () {
  document.querySelectorAll(".mapper-strip").forEach(function (box) {
    if (!box.mapperTouched) setCollapsed(box, isNarrow());
  });
  placeStamp();
});

// ---- the date stamp (places.js/places.css) kept off the panel and the verdict box: beside
// the verdict box when there is room, else under the panel's strip (narrow frames)
function overlaps(a, b) {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
}
function placeStamp() {
  var stamp = document.querySelector(".mapper-stamp");
  if (!stamp || !stamp.offsetParent) return;
  stamp.style.left = stamp.style.top = stamp.style.right = "";
  stamp.classList.toggle("mapper-stamp-narrow", isNarrow());
  var host = stamp.offsetParent.getBoundingClientRect();
  var boxes = Array.prototype.map.call(
    document.querySelectorAll(".mapper-panel, .mapper-verdict"),
    function (el) { return el.getBoundingClientRect(); }).filter(function (r) {
      return r.height > 0;
    });
  function clear() {
    var r = stamp.getBoundingClientRect();
    return r.right <= host.right && !boxes.some(function (b) { return overlaps(r, b); });
  }
  if (clear()) return;
  // beside every box that starts at the top left (the verdict box)
  var left = 0;
  boxes.forEach(function (b) { if (b.left < host.left + host.width / 2) left = Math.max(left, b.right); });
  if (left) {
    stamp.style.left = (left - host.left + 10) + "px";
    if (clear()) return;
  }
  // under the lowest box of the top half (the panel's strip)
  var top = 0;
  boxes.forEach(function (b) { if (b.top < host.top + host.height / 2) top = Math.max(top, b.bottom); });
  stamp.style.left = isNarrow() ? "52px" : "";
  stamp.style.right = isNarrow() ? "6px" : "";
  stamp.style.top = (top - host.top + 6) + "px";
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", strips);

// ---- the foot of the map: Leaflet's bottom controls (scale, credits) at the bottom, then the
// timeline's slider bar, then the method strip, each lifted clear of what lies under it (the
// credits wrap onto two or three lines on a narrow frame, and covered the scale and the slider)
var FOOT_GAP = 4;
function stackFoot() {
  var below = Array.prototype.map.call(
    document.querySelectorAll(".leaflet-bottom .leaflet-control"),
    function (el) { return el.getBoundingClientRect(); });
  [".mapper-controls", ".mapper-method:not(.mapper-method-inline)"].forEach(function (sel) {
    var el = document.querySelector(sel);
    if (!el || !el.offsetParent) return;
    el.style.bottom = "";
    var r = el.getBoundingClientRect(), lift = 0;
    below.forEach(function (o) {
      var side = Math.min(r.right, o.right) - Math.max(r.left, o.left) > 0;
      if (o.height > 0 && side && o.bottom > r.top) lift = Math.max(lift, r.bottom - o.top + FOOT_GAP);
    });
    if (lift > 0) {
      el.style.bottom = (parseFloat(getComputedStyle(el).bottom) + lift) + "px";
      r = el.getBoundingClientRect();
    }
    below.push(r);
  });
}
window.addEventListener("resize", stackFoot);
window.addEventListener("load", stackFoot);

// ---- a reset-view button under the zoom buttons: fits the map as it opened (mapperFit in
// fit.js leaves map.mapperRefit); its icon is inline SVG, not a glyph of some font
var ResetView = L.Control.extend({
  options: {position: "topleft"},
  onAdd: function (map) {
    var bar = L.DomUtil.create("div", "leaflet-bar leaflet-control mapper-reset");
    var a = L.DomUtil.create("a", "", bar);
    a.href = "#";
    a.setAttribute("role", "button");
    a.title = "Reset view";
    a.setAttribute("aria-label", "Reset view");
    a.innerHTML = "<svg viewBox='0 0 16 16' width='16' height='16' aria-hidden='true'>" +
      "<path d='M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4' fill='none' stroke='#333' " +
      "stroke-width='2'/></svg>";
    L.DomEvent.disableClickPropagation(bar);
    L.DomEvent.on(a, "click", function (e) {
      L.DomEvent.preventDefault(e);
      map.closePopup();
      if (map.mapperRefit) map.mapperRefit();
    });
    return bar;
  }
});

L.Map.addInitHook(function () {
  strips();  // before the page fits the map to the room its panels leave
  popupPane(this);
  quietTooltips(this);
  if (this.zoomControl) this.addControl(new ResetView());
});

L.mapperPhone = {isNarrow: isNarrow, strips: strips, setCollapsed: setCollapsed,
  stackFoot: stackFoot};
})();
