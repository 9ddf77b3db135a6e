// The phone's menu button (progressive enhancement): without JavaScript the navigation is an open
// list; with it, at phone width the list folds behind a "Menu" button that says whether it is open.
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var nav = button && button.closest(".site-nav");
  if (!nav) { return; }
  var list = document.getElementById(button.getAttribute("aria-controls"));
  if (!list) { return; }

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }

  button.hidden = false;
  nav.classList.add("is-collapsible");
  setOpen(false);

  // A <button> already answers Enter and Space with a click.
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
}());
