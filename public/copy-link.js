// "Sao chép liên kết" (components/share/copy-link-button.tsx): copies the
// article's address instead of following the link. Without this script, or
// without a clipboard, the link simply leads to the article. Listens on the
// document, so it also serves links rendered after it loaded.
document.addEventListener("click", function (event) {
  var link = event.target instanceof Element ? event.target.closest("a[data-copy-link]") : null;
  if (!link || !navigator.clipboard || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  var status = link.parentElement && link.parentElement.querySelector("[data-copy-status]");
  function say(message) {
    if (status) status.textContent = message || "";
  }
  navigator.clipboard.writeText(link.getAttribute("data-copy-link")).then(
    function () {
      say(link.getAttribute("data-copied"));
    },
    function () {
      say(link.getAttribute("data-copy-failed"));
    },
  );
});
