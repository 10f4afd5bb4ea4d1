// Tells the page that embeds this form how tall it is, so its iframe can fit without a scroll bar.
(function () {
  if (window.parent === window) {
    return;
  }
  var last = 0;
  function report() {
    var height = document.documentElement.scrollHeight;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ convocaHeight: height }, '*');
    }
  }
  window.addEventListener('load', report);
  window.addEventListener('resize', report);
  document.addEventListener('htmx:afterSwap', report);
})();
