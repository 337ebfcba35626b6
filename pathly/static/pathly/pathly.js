// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // A refused autosave (4xx) answers with a plain-text reason: show it in the row
  // instead of failing silently (htmx does not swap error responses).
  document.addEventListener("htmx:responseError", function (event) {
    var row = event.detail.elt && event.detail.elt.closest(".skill-row");
    var status = row && row.querySelector(".row-status");
    if (!status) return;
    var text = event.detail.xhr.responseText || "That could not be saved.";
    status.textContent = "";
    var span = document.createElement("span");
    span.className = "text-danger";
    span.textContent = text.length > 300 ? "That could not be saved." : text;
    status.appendChild(span);
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
