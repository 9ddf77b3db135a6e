// A table wider than the screen scrolls sideways inside its wrapper (.table-wrap). Keyboard users can
// scroll it only if it can take focus (WCAG 2.1.1), and a screen reader then needs to hear what it is:
// so a wrapper that actually scrolls becomes a focusable, named region, and one that fits does not
// (no needless tab stop). Re-checked whenever a wrapper's size changes (rotation, resizing).
(function () {
  "use strict";
  var wraps = document.querySelectorAll(".table-wrap");
  if (!wraps.length) { return; }

  function nameOf(wrap) {
    var table = wrap.querySelector("table");
    var caption = table && table.querySelector("caption");
    if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
    var heading = wrap.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) { heading = heading.previousElementSibling; }
    if (!heading) {
      var section = wrap.closest("section, main");
      heading = section && section.querySelector("h1, h2, h3");
    }
    return heading && heading.textContent.trim() ? heading.textContent.trim() + " (table)" : "Table";
  }

  function update(wrap) {
    if (wrap.scrollWidth > wrap.clientWidth + 1) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", nameOf(wrap));
    } else {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("role");
      wrap.removeAttribute("aria-label");
    }
  }

  Array.prototype.forEach.call(wraps, update);
  if ("ResizeObserver" in window) {
    var observer = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) { update(entry.target); });
    });
    Array.prototype.forEach.call(wraps, function (wrap) { observer.observe(wrap); });
  } else {
    window.addEventListener("resize", function () { Array.prototype.forEach.call(wraps, update); });
  }
}());
