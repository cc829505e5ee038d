/*
 * A Direct Line object for local use, with no cloud service: each message the parent
 * sends is posted to the assistant's own /api/messages with deliveryMode
 * "expectReplies", and the replies come back in the HTTP response. Files picked with
 * the paperclip are sent inline as data: URLs. Messages pushed later by the assistant
 * (a staff member's reply) are fetched from /webchat/local/pending.
 *
 * The conversation id comes from the assistant (POST /webchat/local/conversations),
 * bound to this browser's HttpOnly cookie: no other local caller can post in it or read
 * its pending messages (src/web/localBridge.ts).
 */
(function () {
  'use strict';

  function Subject(initial) {
    var observers = [];
    var hasValue = arguments.length > 0;
    var value = initial;
    return {
      subscribe: function (observer) {
        if (typeof observer === 'function') observer = { next: observer };
        observers.push(observer);
        if (hasValue && observer.next) observer.next(value);
        return {
          unsubscribe: function () {
            observers = observers.filter(function (o) { return o !== observer; });
          },
        };
      },
      next: function (next) {
        hasValue = true;
        value = next;
        observers.slice().forEach(function (o) { if (o.next) o.next(next); });
      },
      getValue: function () { return value; },
    };
  }

  function randomId(prefix) {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return prefix + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function blobToDataUrl(url) {
    return fetch(url)
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        return new Promise(function (resolve, reject) {
          var reader = new FileReader();
          reader.onload = function () { resolve(reader.result); };
          reader.onerror = function () { reject(reader.error); };
          reader.readAsDataURL(blob);
        });
      });
  }

  function inlineAttachments(activity) {
    var attachments = activity.attachments || [];
    return Promise.all(
      attachments.map(function (attachment) {
        if (!attachment.contentUrl || attachment.contentUrl.indexOf('blob:') !== 0) return attachment;
        return blobToDataUrl(attachment.contentUrl).then(function (dataUrl) {
          return Object.assign({}, attachment, { contentUrl: dataUrl, thumbnailUrl: undefined });
        });
      })
    ).then(function (inlined) { return Object.assign({}, activity, { attachments: inlined }); });
  }

  /** Creates the Direct Line object Web Chat talks to. */
  window.createLocalDirectLine = function (options) {
    var userId = options.userId;
    var conversationId;
    var activity$ = Subject();
    var connectionStatus$ = Subject(0);
    var ended = false;
    var pollTimer;

    function deliver(activities) {
      (activities || []).forEach(function (reply) {
        activity$.next(Object.assign({ id: randomId('bot-'), timestamp: new Date().toISOString() }, reply));
      });
    }

    function startConversation() {
      return fetch('/webchat/local/conversations', { method: 'POST', credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        })
        .then(function (body) { conversationId = body.conversationId; });
    }

    function send(activity) {
      return fetch('/api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(activity),
      }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.status === 200 ? response.json() : { activities: [] };
      });
    }

    function base(type) {
      return {
        type: type,
        channelId: 'webchat',
        serviceUrl: window.location.origin + '/webchat/local',
        conversation: { id: conversationId },
        from: { id: userId, role: 'user' },
        recipient: { id: 'assistant-periscolaire', role: 'bot' },
        locale: 'fr-FR',
        timestamp: new Date().toISOString(),
        deliveryMode: 'expectReplies',
      };
    }

    function poll() {
      if (ended) return;
      fetch('/webchat/local/pending?conversationId=' + encodeURIComponent(conversationId), { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : { activities: [] }; })
        .then(function (body) { deliver(body.activities); })
        .catch(function () { /* the next poll tries again */ })
        .then(function () { pollTimer = window.setTimeout(poll, 3000); });
    }

    window.setTimeout(function () {
      connectionStatus$.next(1);
      var start = Object.assign(base('conversationUpdate'), {
        id: randomId('start-'),
        membersAdded: [{ id: userId, role: 'user' }],
      });
      startConversation()
        .then(function () {
          start.conversation = { id: conversationId };
          return send(start);
        })
        .then(function (body) { connectionStatus$.next(2); deliver(body.activities); poll(); })
        .catch(function () { connectionStatus$.next(4); });
    }, 0);

    return {
      activity$: activity$,
      connectionStatus$: connectionStatus$,
      postActivity: function (activity) {
        var id = randomId('user-');
        return {
          subscribe: function (observer) {
            inlineAttachments(activity)
              .then(function (inlined) {
                var outgoing = Object.assign(base(inlined.type || 'message'), inlined, {
                  id: id,
                  from: { id: userId, role: 'user', name: (activity.from && activity.from.name) || undefined },
                  channelData: Object.assign({}, activity.channelData),
                });
                // Web Chat waits for its own activity to come back with an id (echo).
                activity$.next(Object.assign({}, activity, { id: id, timestamp: outgoing.timestamp }));
                return send(outgoing);
              })
              .then(function (body) {
                deliver(body.activities);
                if (observer.next) observer.next(id);
                if (observer.complete) observer.complete();
              })
              .catch(function (error) { if (observer.error) observer.error(error); });
            return { unsubscribe: function () {} };
          },
        };
      },
      end: function () {
        ended = true;
        window.clearTimeout(pollTimer);
        connectionStatus$.next(5);
      },
    };
  };
})();
