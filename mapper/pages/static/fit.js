function mapperFit(map, bounds, tl, br) {
  function room(a, b, n) {
    var free = n - Math.min(0.4 * n, 200);
    if (a + b <= free) return [a, b];
    var k = Math.max(free, 0) / (a + b);
    return [a * k, b * k];
  }
  function stacked(s) {
    var box = map.getContainer().getBoundingClientRect(), top = tl[1], bottom = br[1];
    var doc = map.getContainer().ownerDocument;
    doc.querySelectorAll(".mapper-panel, .mapper-verdict, .mapper-method, .mapper-controls, " +
        ".mapper-stamp")
      .forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (!r.height || r.bottom <= box.top || r.top >= box.bottom) return;
      if (r.top + r.height / 2 < box.top + s.y / 2) top = Math.max(top, r.bottom - box.top + 6);
      else bottom = Math.max(bottom, box.bottom - r.top + 6);
    });
    return [[10, top], [10, bottom]];
  }
  function fit() {
    var s = map.getSize();
    if (!(s.x >= 8 && s.y >= 8)) return false;
    // phone.js marks narrow and low frames, where the panels fold to strips above and below
    var narrow = s.x < 560 ||
      map.getContainer().ownerDocument.documentElement.classList.contains("mapper-narrow");
    var p = narrow ? stacked(s) : [tl, br];
    var x = room(p[0][0], p[1][0], s.x), y = room(p[0][1], p[1][1], s.y);
    map.fitBounds(bounds, {paddingTopLeft: [x[0], y[0]], paddingBottomRight: [x[1], y[1]],
      animate: false});
    return true;
  }
  map.mapperRefit = fit;  // the reset-view button (phone.js) fits again
  if (!map._loaded) map.setView(bounds.getCenter(), 0, {animate: false});
  if (fit() || typeof ResizeObserver === "undefined") return;
  var watch = new ResizeObserver(function () {
    map.invalidateSize(false);
    if (fit()) watch.disconnect();
  });
  watch.observe(map.getContainer());
}
