// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Pages say "saves as you go" only when this script (and so htmx autosave) runs.
  document.documentElement.classList.add("js");
  // The rating page autosaves each change on its own: a level, "not sure", or a note
  // as it is typed. The form's htmx request is pointed at that skill's ratings URL and
  // carries that one field only, so a stale tab never overwrites what another tab
  // saved in the row's other fields.
  function changedInput(detail) {
    var config = detail.requestConfig || detail;
    var event = config.triggeringEvent;
    return event && event.target && event.target.name ? event.target : null;
  }
  function rowOf(input) {
    return input ? input.closest(".skill-row") : null;
  }
  document.addEventListener("htmx:configRequest", function (event) {
    if (!event.detail.elt.classList.contains("take-form")) return;
    var input = changedInput(event.detail);
    var row = rowOf(input);
    if (!row) {
      event.preventDefault();
      return;
    }
    event.detail.path = "ratings/" + row.id.replace(/^skill-/, "") + "/";
    var data = event.detail.formData;
    Array.from(new Set(data.keys())).forEach(function (name) {
      if (name !== input.name) data.delete(name);
    });
    if (input.type === "checkbox" && !input.checked) data.set(input.name, "sure");
    row.classList.add("saving");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var row = rowOf(changedInput(event.detail));
    if (row) row.classList.remove("saving");
  });

  // A refused save (4xx/5xx) answers with a plain-text reason: show it in the row
  // (htmx swaps no error response), and say so when the server cannot be reached.
  function rowMessage(detail, text) {
    var row = rowOf(changedInput(detail));
    var line = row && row.querySelector(".chosen");
    if (!line) return;
    line.textContent = "";
    var span = document.createElement("span");
    span.className = "text-danger";
    span.textContent = text;
    line.appendChild(span);
  }
  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var text = xhr.responseText || "";
    var plain = (xhr.getResponseHeader("Content-Type") || "").indexOf("text/plain") === 0;
    rowMessage(event.detail, plain && text.length <= 300 ? text : "That could not be saved (error " + xhr.status + "). Try again.");
  });
  document.addEventListener("htmx:sendError", function (event) {
    rowMessage(event.detail, "Not saved: the server could not be reached. Your change is still on this page; try again.");
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".copy-button");
    if (!button) return;
    var input = document.getElementById(button.dataset.copyTarget);
    if (!input) return;
    input.select();
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {});
    } else if (document.execCommand && document.execCommand("copy")) {
      done();
    }
  });
})();
