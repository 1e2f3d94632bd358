// Lighthouse (mobile preset, the default) on the main routes of dist/,
// served locally with compression (scripts/serve.mjs). Prints one line of scores per route.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 8766;
const routes = (process.env.LH_ROUTES || '#/').split(',');
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
// The server compresses each file on its first request: do it now, so that
// the first route measured is not slowed down by it.
for (const f of readdirSync('dist')) {
  await fetch(`http://127.0.0.1:${PORT}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
}
const dir = mkdtempSync(join(tmpdir(), 'lh-'));
try {
  for (const route of routes) {
    const out = join(dir, 'report.json');
    execFileSync('.tools/node_modules/.bin/lighthouse', [
      `http://127.0.0.1:${PORT}/${route}`,
      '--quiet', '--output=json', `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
      '--only-categories=performance,accessibility,best-practices,seo',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const s = (k) => Math.round((report.categories[k]?.score ?? 0) * 100);
    const lcp = report.audits['largest-contentful-paint']?.displayValue ?? '?';
    console.log(`lighthouse ${route.padEnd(14)} performance ${s('performance')}  accessibility ${s('accessibility')}  best-practices ${s('best-practices')}  seo ${s('seo')}  (LCP ${lcp})`);
  }
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
