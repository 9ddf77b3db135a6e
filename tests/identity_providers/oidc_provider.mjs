// A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, for the sign-in tests.
//
// Run by tests/identity_providers/oidc.py with one JSON setting in OIDC_TEST_SETTINGS:
//   clientId, clientSecret, redirectUris, postLogoutRedirectUris: the app registered as a client;
//   accounts: { login: { password, claims: {email, email_verified, ...}, amr?: [...], acr?: "..." } };
//   tamper (optional): "aud" | "iss" | "nonce" | "expired" | "signature" — a misconfigured provider
//     whose token endpoint hands out ID tokens with that one thing wrong (re-signed with its own key,
//     except "signature", signed by a different key under the same key id).
// It listens on a port the OS picks and prints one line, {"issuer": "http://127.0.0.1:<port>"}, when ready.
// PKCE (S256) is required; the sign-in page is a plain form (username, password); consent is implied.

import { createServer } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_TEST_SETTINGS ?? '{}');
const accounts = settings.accounts ?? {};
const KEY_ID = 'test-signing-key';

const server = createServer();
await new Promise((resolve) => { server.listen(0, '127.0.0.1', resolve); });
const issuer = `http://127.0.0.1:${server.address().port}`;

const signingKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;
const otherKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;
const publicJwk = { ...(await exportJWK(signingKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
    redirect_uris: settings.redirectUris,
    post_logout_redirect_uris: settings.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [publicJwk] },
  pkce: { required: () => true },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  acrValues: ['urn:test:loa:mfa'],
  claims: {
    // With the openid scope, acr and amr go into every ID token whose sign-in recorded them, as at
    // Entra ID or Okta (oidc-provider otherwise adds them only when the client asks by name).
    openid: ['sub', 'acr', 'amr', 'auth_time'],
    email: ['email', 'email_verified'],
    profile: ['given_name', 'family_name', 'name'],
  },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = `<!doctype html><html lang="en"><head><title>Sign out of Test University</title></head>
<body><h1>Sign out of Test University?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button></body></html>`;
      },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const account = accounts[sub];
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
  },
  // First-party client: the person is never asked to consent, as at a university's own provider.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

async function tampered(idToken) {
  const claims = decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  let key = signingKey;
  switch (settings.tamper) {
    case 'aud': claims.aud = 'another-service'; break;
    case 'iss': claims.iss = `${issuer}/impostor`; break;
    case 'nonce': claims.nonce = 'not-the-nonce-the-app-sent'; break;
    case 'expired': claims.iat = now - 7200; claims.exp = now - 3600; break;
    case 'signature': key = otherKey; break;
    default: throw new Error(`unknown tamper mode ${settings.tamper}`);
  }
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KEY_ID }).sign(key);
}

if (settings.tamper) {
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
      ctx.body = { ...ctx.body, id_token: await tampered(ctx.body.id_token) };
    }
  });
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid, error = '') {
  return `<!doctype html><html lang="en"><head><title>Test University sign-in</title></head><body>
<h1>Test University sign-in</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label>Username <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in to Test University</button></form></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return parseQuery(body);
}

async function interaction(req, res, path) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    res.writeHead(501).end(`prompt ${details.prompt.name} is not implemented by the test provider`);
    return;
  }
  if (req.method === 'POST' && path.endsWith('/login')) {
    const form = await readForm(req);
    const account = accounts[form.login];
    if (!account || account.password !== form.password) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(loginPage(details.uid, 'Wrong username or password.'));
      return;
    }
    // amr/acr as a real provider reports them after the methods it ran (RFC 8176 values).
    const login = { accountId: form.login };
    if (account.amr) login.amr = account.amr;
    if (account.acr) login.acr = account.acr;
    await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(loginPage(details.uid));
}

const callback = provider.callback();
server.on('request', (req, res) => {
  const path = new URL(req.url, issuer).pathname;
  if (path.startsWith('/interaction/')) {
    interaction(req, res, path).catch((error) => {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`interaction failed: ${error.message}`);
    });
    return;
  }
  callback(req, res);
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
