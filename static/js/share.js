/* The share block, enhanced: copy the short link, and open the system share sheet where
   the browser has one (Web Share API). Without JavaScript the plain share links and the
   visible short link already work; this file only reveals the two extra buttons. */
(function () {
  "use strict";

  var box = document.querySelector("[data-share]");
  if (!box) {
    return;
  }
  var status = box.querySelector("[data-share-status]");
  var input = box.querySelector("[data-short-link]");
  var copy = box.querySelector("[data-copy-link]");
  var native = box.querySelector("[data-share-native]");

  function say(message) {
    status.textContent = message;
  }

  function copyBySelection() {
    input.focus();
    input.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  if (copy && input) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(
          function () { say(copy.dataset.done); },
          function () { say(copyBySelection() ? copy.dataset.done : copy.dataset.failed); }
        );
      } else {
        say(copyBySelection() ? copy.dataset.done : copy.dataset.failed);
      }
    });
  }

  if (native && typeof navigator.share === "function") {
    native.hidden = false;
    native.querySelector("button").addEventListener("click", function () {
      navigator.share({ title: box.dataset.shareTitle, url: box.dataset.shareUrl }).catch(
        function () { /* the reader closed the share sheet */ }
      );
    });
  }
})();
