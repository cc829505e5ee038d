/* Refreshes the transcript of the open conversation every 3 seconds, without touching what is being typed. */
(function () {
  'use strict';
  var list = document.getElementById('transcript');
  if (!list) return;
  var id = list.getAttribute('data-ticket');
  window.setInterval(function () {
    fetch('/staff/conversations/' + id + '/transcript', { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html !== null && html !== list.innerHTML) list.innerHTML = html; })
      .catch(function () {});
  }, 3000);
})();
