// Keeps a half-finished contact as a server-side draft while the supporter types.
// Progressive enhancement: without JavaScript the "Save draft" button does the same.
(function () {
  "use strict";
  var form = document.getElementById("contact-form");
  if (!form || form.dataset.noAutosave) { return; }
  var status = document.getElementById("autosave-status");
  var idField = form.querySelector("input[name=contact_id]");
  var timer = null;
  var inFlight = false;

  function save() {
    if (inFlight) { timer = setTimeout(save, 800); return; }
    inFlight = true;
    var data = new FormData(form);
    data.delete("submit");
    data.delete("save_draft");
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok && result.body.saved) {
        idField.value = result.body.contact_id;
        var problems = Object.keys(result.body.errors || {});
        status.textContent = problems.length
          ? "Draft saved at " + result.body.saved_at + ", except: " +
            problems.map(function (name) { return result.body.errors[name]; }).join(" ")
          : "Draft saved at " + result.body.saved_at + ".";
      } else {
        status.textContent = "Draft not saved: " + Object.values(result.body.errors || {}).join(" ");
      }
    }).catch(function () {
      status.textContent = "Offline — your draft will save when you're back online, or press Save draft.";
    }).finally(function () { inFlight = false; });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  }
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  // Submitting sends everything anyway; a late autosave must not race it.
  form.addEventListener("submit", function () { clearTimeout(timer); });
})();
