// The phone's menu button is GOV.UK Frontend's service navigation (static/js/govuk-init.mjs): it shows the
// button on a phone and opens and shuts the list. This adds what it lacks: Escape shuts an open menu and
// gives focus back to the button, so a keyboard user is never left inside a folded list.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var button = document.querySelector(".site-nav .govuk-js-service-navigation-toggle");
    if (!button || button.hidden || button.getAttribute("aria-expanded") !== "true") { return; }
    button.click();
    button.focus();
  });
}());
