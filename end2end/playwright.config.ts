// Candour's browser tests: every spec runs four times, JavaScript on and off, in English and in
// Welsh, in Debian's Chromium (never a downloaded browser). The server is the release binary with
// a fresh SQLite database of synthetic people, sending email to a real SMTP server on loopback.
import { defineConfig } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3210);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3290);
const dataDir = mkdtempSync(path.join(tmpdir(), 'candour-e2e-'));
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3295);
// Workers load this file again; they inherit the folder the main process chose.
process.env.E2E_MAIL_DIR ??= mkdtempSync(path.join(tmpdir(), 'candour-mail-'));
// Candour's log, kept as well as shown, so tests can check what it wrote down.
process.env.E2E_SERVER_LOG ??= path.join(mkdtempSync(path.join(tmpdir(), 'candour-log-')), 'candour.log');
// The staff client signs in with private_key_jwt: a P-256 key made for this run only, the
// private half for Candour (a PEM file), the public half registered with the test provider.
if (!process.env.E2E_STAFF_KEY) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'candour-key-')), 'staff.pem');
  writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  process.env.E2E_STAFF_KEY = keyFile;
  process.env.E2E_STAFF_JWKS = JSON.stringify({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'candour-staff-e2e', alg: 'ES256', use: 'sig' }],
  });
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
        '--no-first-run', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'js-en', use: { javaScriptEnabled: true, locale: 'en-GB' } },
    { name: 'js-cy', use: { javaScriptEnabled: true, locale: 'cy' } },
    // Specs named *.js-only.spec.ts test islands' behaviour and run only with JavaScript.
    { name: 'nojs-en', use: { javaScriptEnabled: false, locale: 'en-GB' }, testIgnore: /\.js-only\.spec\.ts$/ },
    { name: 'nojs-cy', use: { javaScriptEnabled: false, locale: 'cy' }, testIgnore: /\.js-only\.spec\.ts$/ },
  ],
  webServer: [
    {
      // The test OpenID Connect provider (oidc/harness.mjs).
      command: `node ${root}/end2end/oidc/harness.mjs`,
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
      env: {
        ...process.env,
        OIDC_PORT: String(oidcPort),
        CANDOUR_BASE: `http://127.0.0.1:${port}`,
        STAFF_JWKS: process.env.E2E_STAFF_JWKS,
      } as Record<string, string>,
    },
    {
      // A real SMTP server on loopback (smtp/sink.py) keeping each email as a file.
      command: `/usr/bin/python3 ${root}/end2end/smtp/sink.py --port ${smtpPort} --folder ${process.env.E2E_MAIL_DIR}`,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `bash -c 'exec ${root}/target/release/candour serve --demo --addr 127.0.0.1:${port} 2> >(tee -a "$E2E_SERVER_LOG" >&2)'`,
      url: `http://127.0.0.1:${port}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        ...process.env,
        CANDOUR_DATABASE_URL: `sqlite:${dataDir}/e2e.db`,
        CANDOUR_BASE_URL: `http://127.0.0.1:${port}`,
        CANDOUR_OIDC_PUBLIC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        CANDOUR_OIDC_PUBLIC_CLIENT_ID: 'candour-public',
        CANDOUR_OIDC_PUBLIC_CLIENT_SECRET: 'public-secret-for-tests-only',
        CANDOUR_OIDC_STAFF_ISSUER: `http://127.0.0.1:${oidcPort}`,
        CANDOUR_OIDC_STAFF_CLIENT_ID: 'candour-staff',
        CANDOUR_OIDC_STAFF_PRIVATE_KEY: process.env.E2E_STAFF_KEY,
        CANDOUR_OIDC_STAFF_KEY_ID: 'candour-staff-e2e',
        CANDOUR_SMTP_HOST: '127.0.0.1',
        CANDOUR_SMTP_PORT: String(smtpPort),
        CANDOUR_SMTP_TLS: 'none',
        CANDOUR_SMTP_FROM: 'Care portal <care@example.test>',
        // Every browser signs in from 127.0.0.1; the limit itself is tested in server/tests.
        CANDOUR_LIMIT_SIGN_IN: '100000',
        CANDOUR_LOG_FORMAT: 'text',
        CANDOUR_LOG: 'warn',
        LEPTOS_SITE_ROOT: `${root}/target/site`,
      } as Record<string, string>,
    },
  ],
});
