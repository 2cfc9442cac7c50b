// A real OpenID Connect provider for Candour's browser tests: the certified `oidc-provider`
// package, with test accounts, behind a small proxy that can damage the ID tokens of chosen
// accounts so the tests can show Candour refusing them.
//
//   OIDC_PORT      the issuer's port (the proxy); the provider itself listens on OIDC_PORT + 1
//   CANDOUR_BASE   Candour's public address, for the registered redirect URIs
//   STAFF_JWKS     the public key (a JWK set, JSON) of the staff client: it authenticates with
//                  private_key_jwt (as NHS login and GOV.UK One Login require), the public
//                  client with a secret, so both methods are tested; without it, both use secrets
//
// Accounts (type any of these as the login, any password):
//   nhs-N          identity checked (vot P9), NHS number of synthetic person N
//   low-N          identity not checked to the high level (vot P5), NHS number of person N
//   nobody         identity checked, an NHS number no care record has
//   staff-ROLE     staff with that role key (caseworker, privacy_officer, …)
//   tamper-N       like nhs-N, but the proxy changes the ID token after it is signed
//   expire-N       like nhs-N, but the proxy re-signs the ID token already expired
//   hs256-N        like nhs-N, but the proxy re-signs the ID token with HS256 and the public
//                  client's secret, as someone holding that secret could (the discovery
//                  document lists HS256, as some providers' do)
//   rotate-N       like nhs-N, but the provider has rotated its keys: the token is signed with a
//                  new key, published in the key set from that moment on
//   aud-N          like nhs-N, but the token is for another client (aud), signed with the real key
//   iss-N          like nhs-N, but the token names another issuer, signed with the real key
//   none-N         like nhs-N, but the token says `alg: none` and has no signature
//   hspub-N        like nhs-N, but signed with HS256 using the provider's public key as the secret
//                  (the key-confusion attack on clients that take the algorithm from the token)
//   forged-ROLE    like staff-ROLE, but signed with a key the provider never published (an
//                  unknown key id), so Candour fetches the key set again and still refuses it
//
// The client secrets here are for these tests only.
import Provider from 'oidc-provider';
import http from 'node:http';
import crypto from 'node:crypto';

const port = Number(process.env.OIDC_PORT ?? 3290);
const internal = port + 1;
const issuer = `http://127.0.0.1:${port}`;
const candour = process.env.CANDOUR_BASE ?? 'http://127.0.0.1:3210';

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
const rotated = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const forger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
let rotatedPublished = false;
const PUBLIC_SECRET = 'public-secret-for-tests-only';

/** The public key set: the provider's key, and the rotated key once a token has used it. */
function publicKeys() {
  const publish = (key, kid) => ({ ...crypto.createPublicKey(key).export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' });
  const keys = [publish(privateKey, 'test-key')];
  if (rotatedPublished) keys.push(publish(rotated.privateKey, 'rotated-key'));
  return { keys };
}

/** The NHS number Candour's synthetic council gives person `index` (999 range, Modulus 11). */
function nhsNumber(index) {
  const base = String(999000000 + index);
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? null : `${base}${check === 11 ? 0 : check}`;
}

function claimsFor(id) {
  const staff = /^(?:staff|forged)-(.+)$/.exec(id);
  if (staff) return { sub: id, name: `Test ${staff[1].replace('_', ' ')}`, roles: [staff[1]] };
  const person = /^(nhs|low|tamper|expire|hs256|rotate|aud|iss|none|hspub)-(\d+)$/.exec(id);
  if (person) {
    return {
      sub: id,
      name: `Test person ${person[2]}`,
      email: `${id}@example.test`,
      vot: person[1] === 'low' ? 'P5' : 'P9',
      nhs_number: nhsNumber(Number(person[2])),
    };
  }
  return { sub: id, name: 'Test nobody', vot: 'P9', nhs_number: '9990000000' };
}

const staffJwks = process.env.STAFF_JWKS ? JSON.parse(process.env.STAFF_JWKS) : null;

function client(kind) {
  const common = {
    client_id: `candour-${kind}`,
    redirect_uris: [`${candour}/auth/${kind}/callback`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  };
  if (kind === 'staff' && staffJwks) {
    return { ...common, token_endpoint_auth_method: 'private_key_jwt', jwks: staffJwks };
  }
  return { ...common, client_secret: kind === 'public' ? PUBLIC_SECRET : `${kind}-secret-for-tests-only`, token_endpoint_auth_method: 'client_secret_basic' };
}

const provider = new Provider(issuer, {
  clients: ['public', 'staff'].map(client),
  claims: { openid: ['sub', 'vot', 'nhs_number', 'roles'], profile: ['name'], email: ['email'] },
  conformIdTokenClaims: false,
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => claimsFor(id) }),
  // Consent is implied for these test clients, so a sign-in is one form.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
  jwks: { keys: [jwk] },
  cookies: { keys: ['candour-end2end-only'] },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
});
provider.listen(internal, '127.0.0.1');

const b64 = (buffer) => Buffer.from(buffer).toString('base64url');

/** Damages the ID token of accounts whose subject asks for it. */
function damage(idToken) {
  const [header, payload, signature] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  if (claims.sub.startsWith('tamper-')) {
    claims.sub = claims.sub.replace('tamper-', 'nhs-');
    return `${header}.${b64(JSON.stringify(claims))}.${signature}`;
  }
  if (claims.sub.startsWith('expire-')) {
    const now = Math.floor(Date.now() / 1000);
    claims.iat = now - 3600;
    claims.exp = now - 600;
    const body = `${header}.${b64(JSON.stringify(claims))}`;
    return `${body}.${b64(crypto.sign('sha256', Buffer.from(body), privateKey))}`;
  }
  if (claims.sub.startsWith('hs256-')) {
    claims.sub = claims.sub.replace('hs256-', 'nhs-');
    const body = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(JSON.stringify(claims))}`;
    return `${body}.${b64(crypto.createHmac('sha256', PUBLIC_SECRET).update(body).digest())}`;
  }
  const rsa = (claims, key, kid) => {
    const body = `${b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${b64(JSON.stringify(claims))}`;
    return `${body}.${b64(crypto.sign('sha256', Buffer.from(body), key))}`;
  };
  const asPerson = (prefix) => ({ ...claims, sub: claims.sub.replace(prefix, 'nhs-') });
  if (claims.sub.startsWith('aud-')) return rsa({ ...asPerson('aud-'), aud: 'someone-else' }, privateKey, 'test-key');
  if (claims.sub.startsWith('iss-')) return rsa({ ...asPerson('iss-'), iss: 'https://evil.example' }, privateKey, 'test-key');
  if (claims.sub.startsWith('none-')) {
    return `${b64(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64(JSON.stringify(asPerson('none-')))}.`;
  }
  if (claims.sub.startsWith('hspub-')) {
    const pem = crypto.createPublicKey(privateKey).export({ format: 'pem', type: 'spki' });
    const body = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'test-key' }))}.${b64(JSON.stringify(asPerson('hspub-')))}`;
    return `${body}.${b64(crypto.createHmac('sha256', pem).update(body).digest())}`;
  }
  if (claims.sub.startsWith('forged-')) {
    return rsa({ ...claims, sub: claims.sub.replace('forged-', 'staff-') }, forger.privateKey, 'unknown-key');
  }
  if (claims.sub.startsWith('rotate-')) {
    rotatedPublished = true;
    const body = `${b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'rotated-key' }))}.${b64(JSON.stringify(claims))}`;
    return `${body}.${b64(crypto.sign('sha256', Buffer.from(body), rotated.privateKey))}`;
  }
  return idToken;
}

/** Adds HS256 to the algorithms the discovery document lists for ID tokens. */
function listHs256(body) {
  const metadata = JSON.parse(body);
  const algorithms = metadata.id_token_signing_alg_values_supported ?? [];
  if (!algorithms.includes('HS256')) algorithms.push('HS256');
  metadata.id_token_signing_alg_values_supported = algorithms;
  return JSON.stringify(metadata);
}

http
  .createServer((req, res) => {
    if (req.method === 'GET' && new URL(req.url, issuer).pathname === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(publicKeys()));
      return;
    }
    const discovery = req.method === 'GET' && req.url.startsWith('/.well-known/openid-configuration');
    const upstream = http.request(
      { host: '127.0.0.1', port: internal, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (answer) => {
        const token = req.method === 'POST' && req.url.startsWith('/token');
        if (token || discovery) {
          const chunks = [];
          answer.on('data', (c) => chunks.push(c));
          answer.on('end', () => {
            let body = Buffer.concat(chunks).toString();
            try {
              if (discovery) {
                body = listHs256(body);
              } else {
                const json = JSON.parse(body);
                if (json.id_token) json.id_token = damage(json.id_token);
                body = JSON.stringify(json);
              }
            } catch { /* not JSON: pass it on unchanged */ }
            const headers = { ...answer.headers, 'content-length': Buffer.byteLength(body) };
            res.writeHead(answer.statusCode, headers);
            res.end(body);
          });
        } else {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        }
      },
    );
    upstream.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(upstream);
  })
  .listen(port, '127.0.0.1', () => console.log(`test OpenID provider at ${issuer}`));
