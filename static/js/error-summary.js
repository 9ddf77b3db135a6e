// A refused form's error summary (templates/error_summary.html) takes focus as the page loads, so a
// screen reader announces it and a keyboard starts there; its links move focus to their field.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) { return; }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) { return; }
    event.preventDefault();
    // A field folded away in a closed <details> (the contact form's optional parts) is shown first.
    var folded = field.closest("details");
    if (folded) { folded.open = true; }
    // Show the field's question (its label or legend) above it, not just the box.
    var question = field.closest("fieldset") || document.querySelector("label[for='" + field.id + "']") || field;
    question.scrollIntoView();
    field.focus({ preventScroll: true });
  });
}());
