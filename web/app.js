/* Starts Web Chat in French, on Azure Direct Line when the server has a secret, else on the local bridge. */
(function () {
  'use strict';
  var status = document.getElementById('chat-status');

  function userIdOfThisBrowser() {
    var key = 'periscolaire.userId';
    var id = window.localStorage.getItem(key);
    if (!id) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = 'web-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      window.localStorage.setItem(key, id);
    }
    return id;
  }

  function directLine(config) {
    if (config.mode === 'unavailable') return Promise.reject(new Error('no channel configured'));
    if (config.mode === 'directline') {
      return fetch('/api/directline/token', { method: 'POST' })
        .then(function (response) {
          if (!response.ok) throw new Error('token ' + response.status);
          return response.json();
        })
        .then(function (body) { return { directLine: window.WebChat.createDirectLine({ token: body.token }), userId: body.userId }; });
    }
    var userId = userIdOfThisBrowser();
    return Promise.resolve({ directLine: window.createLocalDirectLine({ userId: userId }), userId: userId });
  }

  fetch('/webchat/config')
    .then(function (response) { return response.json(); })
    .then(directLine)
    .then(function (connection) {
      var container = document.getElementById('chat');
      container.innerHTML = '';
      window.WebChat.renderWebChat(
        {
          directLine: connection.directLine,
          userID: connection.userId,
          locale: 'fr-FR',
          styleOptions: {
            hideUploadButton: false,
            accent: '#1b5e9e',
            botAvatarInitials: 'JP',
            userAvatarInitials: 'Moi',
            suggestedActionLayout: 'flow',
            // Results come as one Adaptive Card (never beside the same text): let it use the width a phone has.
            bubbleMaxWidth: 600,
            richCardWrapTitle: true,
          },
        },
        container
      );
      var input = container.querySelector('input[type="text"], textarea');
      if (input) input.focus();
    })
    .catch(function () {
      status.textContent =
        "L'assistant est momentanément indisponible. Réessayez dans quelques minutes, ou écrivez à portailfamille@joinvillelepont.fr.";
    });
})();
