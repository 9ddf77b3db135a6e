// Passkeys (WebAuthn): adding one on the second-factor page (#passkey-add) and using one at the sign-in's
// second step (#passkey-sign-in). The server (program/passkeys.py) sends the options as JSON with binary
// fields in base64url; the browser API wants ArrayBuffers and returns them, so both ways are converted
// here. Every check happens on the server; this script only carries the challenge and the answer.
(function () {
  "use strict";

  function toBuffer(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    base64 += "====".slice((base64.length + 3) % 4 + 1);
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i += 1) { bytes[i] = text.charCodeAt(i); }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = "";
    for (var i = 0; i < bytes.length; i += 1) { text += String.fromCharCode(bytes[i]); }
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function descriptors(list) {
    return (list || []).map(function (item) {
      return { type: item.type, id: toBuffer(item.id), transports: item.transports };
    });
  }

  function show(status, message) {
    status.textContent = message;
    status.hidden = false;
  }

  // POST the form's fields (with its CSRF token) plus extras; resolves to the parsed JSON, or rejects
  // with the server's message.
  function post(form, url, extra) {
    var body = new FormData(form);
    Object.keys(extra || {}).forEach(function (key) { body.set(key, extra[key]); });
    return fetch(url, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (!response.ok) {
            throw new Error((data.error && data.error.message) || "The server refused the request (" + response.status + ").");
          }
          return data;
        });
      });
  }

  // What the browser says when the person cancels or no authenticator answers.
  function browserMessage(error) {
    if (error && error.name === "NotAllowedError") {
      return "The passkey request was cancelled or timed out. Try again.";
    }
    if (error && error.name === "InvalidStateError") {
      return "This device already holds one of your passkeys.";
    }
    return (error && error.message) || "Your passkey could not be used.";
  }

  function credentialJSON(credential, responseFields) {
    var response = {};
    responseFields.forEach(function (field) {
      if (credential.response[field]) { response[field] = toBase64url(credential.response[field]); }
    });
    if (typeof credential.response.getTransports === "function") {
      response.transports = credential.response.getTransports();
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: response,
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
    });
  }

  function unsupported(form, status) {
    if (window.PublicKeyCredential) { return false; }
    show(status, "This browser cannot use passkeys.");
    form.querySelector("button[type=submit]").disabled = true;
    return true;
  }

  var add = document.getElementById("passkey-add");
  if (add) {
    var addStatus = document.getElementById("passkey-add-status");
    if (!unsupported(add, addStatus)) {
      add.addEventListener("submit", function (event) {
        event.preventDefault();
        addStatus.hidden = true;
        var name = add.querySelector("[name=name]");
        if (!name.value.trim()) {
          show(addStatus, "Give the passkey a name, such as the device it is on.");
          name.focus();
          return;
        }
        post(add, add.dataset.optionsUrl)
          .then(function (options) {
            options.challenge = toBuffer(options.challenge);
            options.user.id = toBuffer(options.user.id);
            options.excludeCredentials = descriptors(options.excludeCredentials);
            return navigator.credentials.create({ publicKey: options }).catch(function (error) {
              throw new Error(browserMessage(error));
            });
          })
          .then(function (credential) {
            return post(add, add.dataset.registerUrl, {
              credential: credentialJSON(credential, ["clientDataJSON", "attestationObject"]),
            });
          })
          .then(function (data) { window.location.assign(data.redirect); })
          .catch(function (error) { show(addStatus, error.message); });
      });
    }
  }

  var signIn = document.getElementById("passkey-sign-in");
  if (signIn) {
    var signInStatus = document.getElementById("passkey-sign-in-status");
    if (!unsupported(signIn, signInStatus)) {
      signIn.addEventListener("submit", function (event) {
        event.preventDefault();
        signInStatus.hidden = true;
        post(signIn, signIn.dataset.optionsUrl)
          .then(function (options) {
            options.challenge = toBuffer(options.challenge);
            options.allowCredentials = descriptors(options.allowCredentials);
            return navigator.credentials.get({ publicKey: options }).catch(function (error) {
              throw new Error(browserMessage(error));
            });
          })
          .then(function (credential) {
            return post(signIn, signIn.dataset.signInUrl, {
              credential: credentialJSON(credential, ["clientDataJSON", "authenticatorData", "signature", "userHandle"]),
            });
          })
          .then(function (data) { window.location.assign(data.redirect); })
          .catch(function (error) { show(signInStatus, error.message); });
      });
    }
  }
}());
