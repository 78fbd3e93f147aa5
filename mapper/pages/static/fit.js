// Fit a map to the unit set's bounds in the room its overlays leave (mapper/pages/_html.py).
// The overlays (stats panel or its strip, verdict box, date stamp, legends, slider bar, method
// strip, zoom buttons, scale, credits) are measured where they lie over the map; each is kept
// clear either sideways or above/below, whichever combination shows the bounds largest. The
// fit runs again, before any paint, once the page's script has placed everything, and on every
// resize of the map (rotation, a frame given its size late) until the reader moves the map,
// zooms or taps. `tl`/`br` are the least padding (px) kept at the top left and bottom right.
function mapperFit(map, bounds, tl, br) {
  var doc = map.getContainer().ownerDocument, win = doc.defaultView || window;
  var OVER = ".mapper-panel, .mapper-verdict, .mapper-method, .mapper-controls, " +
    ".mapper-stamp, .mapper-map-legend, .leaflet-control-zoom, .mapper-reset, " +
    ".leaflet-control-scale, .leaflet-control-attribution";
  var GAP = 6;
  var least = [Math.min(tl[0], 10), Math.min(tl[1], 10), Math.min(br[0], 10),
               Math.min(br[1], 10)];
  // at least min(25 %, 200 px) of each side stays for the map: Leaflet's fitBounds gives a NaN
  // zoom when the padding is wider than the map
  function room(a, b, n) {
    var free = n - Math.min(0.25 * n, 200);
    if (a + b <= free) return [a, b, true];
    var k = Math.max(free, 0) / (a + b);
    return [a * k, b * k, false];
  }
  // the overlays over this map and over the maps it is synced with (the compare page), in
  // the map's own pixels
  function obstacles(s) {
    var out = [], seen = {}, own = map.getContainer();
    var boxes = [own].concat((map.mapperPeers || []).filter(function (m) {
      var z = m.getSize();
      return m !== map && Math.abs(z.x - s.x) < 2 && Math.abs(z.y - s.y) < 2;
    }).map(function (m) { return m.getContainer(); }));
    boxes.forEach(function (c) {
      var box = c.getBoundingClientRect();
      doc.querySelectorAll(OVER).forEach(function (el) {
        if (!el.offsetParent) return;
        var r = el.getBoundingClientRect();
        if (el.classList.contains("leaflet-control-scale")) {
          // the scale bar's length follows the zoom: take its longest (Leaflet's maxWidth,
          // 100 px), so the fit does not depend on the view it starts from
          var w = Math.max(r.width, 104), right = !!el.closest(".leaflet-right");
          r = {left: right ? r.right - w : r.left, right: right ? r.right : r.left + w,
               top: r.top, bottom: r.bottom};
        }
        var l = Math.max(r.left, box.left) - box.left, rt = Math.min(r.right, box.right) - box.left;
        var t = Math.max(r.top, box.top) - box.top, b = Math.min(r.bottom, box.bottom) - box.top;
        var key = [l, t, rt, b].map(Math.round).join();
        if (rt - l > 2 && b - t > 2 && !seen[key]) { seen[key] = 1; out.push([l, t, rt, b]); }
      });
    });
    return out.slice(0, 14);
  }
  // the ways to keep one overlay clear: sideways (towards its nearer side), above or below
  // it (only above for one along the top edge, only below for one along the bottom)
  function ways(o, s) {
    var side = (o[0] + o[2]) / 2 < s.x / 2 ? [0, o[2] + GAP] : [2, s.x - o[0] + GAP];
    var out = [side];
    if (o[3] < s.y - 20) out.push([1, o[3] + GAP]);
    if (o[1] > 20) out.push([3, s.y - o[1] + GAP]);
    return out;
  }
  function best(s) {
    var obs = obstacles(s), p0 = map.project(bounds.getNorthWest(), 0);
    var p1 = map.project(bounds.getSouthEast(), 0);
    var bw = Math.max(Math.abs(p1.x - p0.x), 1e-9), bh = Math.max(Math.abs(p1.y - p0.y), 1e-9);
    var opts = obs.map(function (o) { return ways(o, s); }), top = null, tries = 0;
    function score(pad) {
      var x = room(pad[0], pad[2], s.x), y = room(pad[1], pad[3], s.y), ok = x[2] && y[2];
      var scale = Math.min((s.x - x[0] - x[1]) / bw, (s.y - y[0] - y[1]) / bh);
      var sum = x[0] + x[1] + y[0] + y[1];  // of two as large, the less padded
      if (!top || (ok && !top.ok) || (ok === top.ok && (scale > top.scale * 1.001 ||
          (scale > top.scale * 0.999 && sum < top.sum))))
        top = {ok: ok, scale: scale, tl: [x[0], y[0]], br: [x[1], y[1]], sum: sum,
          obstacles: obs};
    }
    (function walk(i, pad) {  // left, top, right, bottom
      if (tries > 50000) return;
      if (i === opts.length) { tries++; score(pad); return; }
      opts[i].forEach(function (w) {
        var next = pad.slice();
        next[w[0]] = Math.max(next[w[0]], w[1]);
        walk(i + 1, next);
      });
    })(0, least.slice());
    return top;
  }
  function fit() {
    // the slider bar and the method strip first lifted clear of the credits (phone.js)
    if (L.mapperPhone && L.mapperPhone.stackFoot) L.mapperPhone.stackFoot();
    var s = map.getSize();
    if (!(s.x >= 8 && s.y >= 8)) return false;
    var p = best(s);
    map.mapperFitted = p;  // the padding used, for tests
    // reset: the exact centre every time (a pan at the same zoom moves by whole pixels)
    map.fitBounds(bounds, {paddingTopLeft: p.tl, paddingBottomRight: p.br, animate: false,
      reset: true});
    return true;
  }
  // the reader's first move, zoom, tap or key ends the automatic refits (the reset-view
  // button of phone.js still fits again)
  if (!doc.mapperWatched) {
    doc.mapperWatched = true;
    ["pointerdown", "touchstart", "wheel", "keydown"].forEach(function (type) {
      doc.addEventListener(type, function (e) {
        if (e.isTrusted !== false) doc.mapperTouched = true;
      }, {capture: true, passive: true});
    });
  }
  function refit() { if (!doc.mapperTouched) fit(); }
  map.mapperRefit = fit;
  if (!map._loaded) map.setView(bounds.getCenter(), 0, {animate: false});
  fit();
  // again once the page's script has placed the date stamp, the legends and the synced maps,
  // and once the page has loaded (phone.js folds the panels and moves the stamp then)
  if (win.requestAnimationFrame) win.requestAnimationFrame(refit);
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", refit);
  if (doc.readyState !== "complete") win.addEventListener("load", function () {
    setTimeout(refit, 0);
  });
  if (typeof ResizeObserver === "undefined") return;
  // on a new size of the map (rotation, a frame sized late) or of an overlay (a panel filled)
  var sizes = [];
  var watch = new ResizeObserver(function (entries) {
    var changed = false;
    entries.forEach(function (e) {
      var r = e.target.getBoundingClientRect(), i = watched.indexOf(e.target);
      if (sizes[i] && sizes[i][0] === r.width && sizes[i][1] === r.height) return;
      sizes[i] = [r.width, r.height];
      changed = true;
    });
    if (!changed) return;
    map.invalidateSize(false);
    refit();
  });
  var watched = [map.getContainer()].concat(Array.prototype.slice.call(
    doc.querySelectorAll(".mapper-panel, .mapper-verdict, .mapper-stamp")));
  watched.forEach(function (el) { watch.observe(el); });
}
