/*
 * The console's small helpers, all optional (every page works without them):
 * - the open conversation's transcript refreshed every 3 seconds;
 * - new waiting conversations announced live (Server-Sent Events): a message with a
 *   link, the page title, and a short sound the agent can turn off (remembered);
 * - the print button of the attendance list.
 */
(function () {
  'use strict';
  var list = document.getElementById('transcript');
  if (list) {
    var id = list.getAttribute('data-ticket');
    window.setInterval(function () {
      fetch('/staff/conversations/' + id + '/transcript', { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null && html !== list.innerHTML) list.innerHTML = html; })
        .catch(function () {});
    }, 3000);
  }

  var printButton = document.querySelector('button.print');
  if (printButton) printButton.addEventListener('click', function () { window.print(); });

  var alert = document.getElementById('alerte');
  var toggle = document.getElementById('alerte-son');
  if (!alert || !window.EventSource) return;
  var soundOn = window.localStorage.getItem('console.alerte-son') !== 'non';
  var baseTitle = document.title;
  var unseen = 0;
  function showToggle() {
    toggle.hidden = false;
    toggle.setAttribute('aria-pressed', soundOn ? 'true' : 'false');
    toggle.textContent = soundOn ? 'Alerte sonore : activée' : 'Alerte sonore : désactivée';
  }
  if (toggle) {
    showToggle();
    toggle.addEventListener('click', function () {
      soundOn = !soundOn;
      window.localStorage.setItem('console.alerte-son', soundOn ? 'oui' : 'non');
      showToggle();
    });
  }
  function beep() {
    if (!soundOn) return;
    try {
      var Context = window.AudioContext || window.webkitAudioContext;
      var context = new Context();
      var oscillator = context.createOscillator();
      var gain = context.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.1;
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start();
      oscillator.stop(context.currentTime + 0.25);
    } catch (e) { /* no sound available */ }
  }
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) { unseen = 0; document.title = baseTitle; }
  });
  var events = new EventSource('/staff/events');
  events.addEventListener('waiting', function (message) {
    var data;
    try { data = JSON.parse(message.data); } catch (e) { return; }
    unseen += 1;
    document.title = '(' + unseen + ') Conversation en attente — ' + baseTitle;
    alert.textContent = '';
    var link = document.createElement('a');
    link.href = data.url;
    link.textContent = 'Nouvelle conversation en attente : ' + data.who;
    alert.appendChild(link);
    alert.className = 'live-alert';
    beep();
  });
})();
