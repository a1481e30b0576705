/* Reader controls: text size and light/dark theme, remembered in this browser.
   Loaded in <head> without defer so the saved choice applies before the first paint;
   the page is fully usable without it (the controls are then not shown). */
(function () {
  "use strict";
  var root = document.documentElement;
  // The controls are shown from the first paint when scripts run (CSS keys on .js), so
  // the header does not shift when they appear.
  root.classList.add("js");
  var SIZES = ["small", "normal", "large", "larger"];

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ }
  }

  var size = read("text-size");
  if (SIZES.indexOf(size) >= 0) { root.setAttribute("data-text-size", size); }
  var theme = read("theme");
  if (theme === "dark" || theme === "light") { root.setAttribute("data-theme", theme); }

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) { return chosen === "dark"; }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var controls = document.querySelector(".reader-controls");
    if (!controls) { return; }
    var toggle = controls.querySelector("[data-theme-toggle]");
    function showTheme() { toggle.setAttribute("aria-pressed", isDark() ? "true" : "false"); }
    showTheme();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      write("theme", next);
      showTheme();
    });
    controls.querySelectorAll("[data-text-size]").forEach(function (button) {
      button.addEventListener("click", function () {
        var current = SIZES.indexOf(root.getAttribute("data-text-size") || "normal");
        var step = parseInt(button.getAttribute("data-text-size"), 10);
        var next = SIZES[Math.max(0, Math.min(SIZES.length - 1, current + step))];
        root.setAttribute("data-text-size", next);
        write("text-size", next);
      });
    });
  });
})();
