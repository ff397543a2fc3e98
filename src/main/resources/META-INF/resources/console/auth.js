// Sign-in through Keycloak's own login page: authorization code flow with PKCE (S256) on the
// public client named by /console/config.json. Tokens live in this module's memory only (never
// localStorage or cookies of ours); sessionStorage holds just the one-use PKCE verifier and state
// across the redirect. A reload signs in again silently through Keycloak's session (prompt=none).
let config;
let tokens = null;     // {access, refresh, idToken, claims}
let refreshTimer = null;

const b64url = bytes => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const random = n => b64url(crypto.getRandomValues(new Uint8Array(n)));
const redirectUri = () => location.origin + location.pathname;

async function challenge(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return b64url(new Uint8Array(digest));
}

function decode(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(part), c => c.charCodeAt(0)));
  return JSON.parse(json);
}

function endpoint(name) {
  return `${config.issuer}/protocol/openid-connect/${name}`;
}

export async function init() {
  config = await (await fetch('/console/config.json')).json();
  const params = new URLSearchParams(location.search);
  if (params.has('code') || params.has('error')) {
    const state = sessionStorage.getItem('appeals.pkce.state');
    const verifier = sessionStorage.getItem('appeals.pkce.verifier');
    sessionStorage.removeItem('appeals.pkce.state');
    sessionStorage.removeItem('appeals.pkce.verifier');
    history.replaceState(null, '', redirectUri());
    if (params.has('code') && state && params.get('state') === state) {
      await exchange({grant_type: 'authorization_code', code: params.get('code'), code_verifier: verifier,
        redirect_uri: redirectUri()});
      sessionStorage.setItem('appeals.signedIn', '1');
    } else {
      sessionStorage.removeItem('appeals.signedIn');   // login_required after a silent try: show the button
    }
  } else if (sessionStorage.getItem('appeals.signedIn')) {
    await signIn({silent: true});
    return new Promise(() => {});                     // the page is leaving
  }
  return tokens;
}

async function exchange(form) {
  const response = await fetch(endpoint('token'), {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({client_id: config.clientId, ...form}),
  });
  if (!response.ok) {
    tokens = null;
    return;
  }
  const body = await response.json();
  tokens = {access: body.access_token, refresh: body.refresh_token, idToken: body.id_token ?? tokens?.idToken,
    claims: decode(body.access_token)};
  clearTimeout(refreshTimer);
  const lead = Math.max(10, (body.expires_in ?? 300) - 60) * 1000;
  refreshTimer = setTimeout(() => exchange({grant_type: 'refresh_token', refresh_token: tokens.refresh}), lead);
}

export async function signIn({silent = false, locale} = {}) {
  const verifier = random(48);
  const state = random(16);
  sessionStorage.setItem('appeals.pkce.verifier', verifier);
  sessionStorage.setItem('appeals.pkce.state', state);
  const query = new URLSearchParams({
    client_id: config.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri(), state,
    code_challenge: await challenge(verifier), code_challenge_method: 'S256',
  });
  if (silent) query.set('prompt', 'none');
  if (locale) query.set('ui_locales', locale);
  location.assign(`${endpoint('auth')}?${query}`);
}

export function signOut() {
  const idToken = tokens?.idToken;
  tokens = null;
  clearTimeout(refreshTimer);
  sessionStorage.clear();
  const query = new URLSearchParams({client_id: config.clientId, post_logout_redirect_uri: redirectUri()});
  if (idToken) query.set('id_token_hint', idToken);
  location.assign(`${endpoint('logout')}?${query}`);
}

export function claims() { return tokens?.claims ?? null; }

export function roles() { return tokens?.claims?.realm_access?.roles ?? []; }

/**
 * A fetch to the service's API with the bearer token; problem+json bodies are parsed for the caller.
 * A FormData body goes as multipart (the browser sets its boundary), any other body as JSON.
 */
export async function api(path, {method = 'GET', body, headers = {}} = {}) {
  const h = {Accept: 'application/json', ...headers};
  if (tokens) h.Authorization = `Bearer ${tokens.access}`;
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) h['Content-Type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, {method, headers: h,
    body: body === undefined || multipart ? body : JSON.stringify(body)});
  const type = response.headers.get('Content-Type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  return {ok: response.ok, status: response.status, data, etag: response.headers.get('ETag')};
}

/** The same request with the bearer token, its answer as it is: for bodies to save rather than read (CSV). */
export async function apiRaw(path, {headers = {}} = {}) {
  const h = {...headers};
  if (tokens) h.Authorization = `Bearer ${tokens.access}`;
  return fetch(`/api/v1${path}`, {headers: h});
}

/** The bytes of an API resource (a document), with the bearer token: {ok, status, blob}. */
export async function apiBlob(path) {
  const response = await fetch(`/api/v1${path}`, {headers: tokens ? {Authorization: `Bearer ${tokens.access}`} : {}});
  return {ok: response.ok, status: response.status, blob: response.ok ? await response.blob() : null};
}
