// Public event pages. Shows the event's time in the reader's own time zone, asked of the browser and computed by
// the server, and, inside another site's iframe, tells that site how tall the page is.
(function () {
  var el = document.querySelector('[data-viewer-times]');
  if (el && window.Intl && window.fetch) {
    var tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz && tz !== el.getAttribute('data-zone')) {
      fetch(el.getAttribute('data-src') + '&tz=' + encodeURIComponent(tz), { credentials: 'omit' })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (text) {
          if (text) {
            el.textContent = text;
            el.hidden = false;
            report();
          }
        })
        .catch(function () {});
    }
  }
  var last = 0;
  function report() {
    if (window.parent === window) {
      return;
    }
    var height = document.documentElement.scrollHeight;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ convocaHeight: height }, '*');
    }
  }
  window.addEventListener('load', report);
  window.addEventListener('resize', report);
})();
