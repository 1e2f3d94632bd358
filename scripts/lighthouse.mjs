// Lighthouse (mobile preset, the default) on the main routes of dist/,
// served locally with compression (scripts/serve.mjs). Prints one line of
// scores per route and run. With LH_RUNS=n (default 1), each route is
// measured n times and the median performance is printed as well: a single
// run varies by a few points (the simulated blocking time moves with the
// machine's load), so a budget is read on the median, as Lighthouse's own
// documentation advises.
//
// The route `table` is the game table with a game in progress: a Chromium
// profile is first prepared with a saved game (played to its first event,
// no service worker, HTTP cache emptied), then Lighthouse opens that game
// in that profile without resetting its storage.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 8766;
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const routes = (process.env.LH_ROUTES || '#/').split(',');
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
// The server compresses each file on its first request: do it now, so that
// the first route measured is not slowed down by it.
for (const f of readdirSync('dist')) {
  await fetch(BASE + f, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
}

/** A Chromium profile holding one game at its table; returns the game's address. */
async function profileWithGame(profile) {
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROME, serviceWorkers: 'block', locale: 'fr-FR' });
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${BASE}jeu.html#/jeu`);
    await page.locator('#game-seed').fill('K7M-4QX');
    await page.getByRole('button', { name: 'Ajouter une équipe' }).click();
    await page.getByRole('button', { name: 'Commencer la partie' }).click();
    await page.locator('#game-reveal').click();
    await page.locator('.game-play:enabled').first().click();
    await page.waitForTimeout(500); // the autosave follows the click
    const url = page.url();
    if (!/partie=/.test(url)) throw new Error(`lighthouse: no game in progress at ${url}`);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    return url.slice(BASE.length);
  } finally {
    await ctx.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'lh-'));

/** One Lighthouse run on `route`: prints its line, returns its performance score. */
async function measure(route, label) {
  const out = join(dir, 'report.json');
  let target = route;
  let flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking';
  const extra = [];
  if (route === 'table') {
    const profile = join(dir, 'profile');
    target = await profileWithGame(profile);
    flags += ` --user-data-dir=${profile}`;
    extra.push('--disable-storage-reset');
  }
  execFileSync('.tools/node_modules/.bin/lighthouse', [
    BASE + target,
    '--quiet', '--output=json', `--output-path=${out}`,
    `--chrome-flags=${flags}`, ...extra,
    '--only-categories=performance,accessibility,best-practices,seo',
  ], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  if (process.env.LH_KEEP) writeFileSync(`${process.env.LH_KEEP}-${route.replace(/[^a-z]/g, "")}.json`, readFileSync(out));
  const s = (k) => Math.round((report.categories[k]?.score ?? 0) * 100);
  const v = (k) => report.audits[k]?.displayValue ?? '?';
  console.log(`lighthouse ${label.padEnd(26)} performance ${s('performance')}  accessibility ${s('accessibility')}  best-practices ${s('best-practices')}  seo ${s('seo')}  (FCP ${v('first-contentful-paint')}, LCP ${v('largest-contentful-paint')}, TBT ${v('total-blocking-time')}, CLS ${v('cumulative-layout-shift')})`);
  // A table that is not the game's would measure the wrong screen.
  if (route === 'table' && !report.finalDisplayedUrl?.includes('partie=')) {
    console.log(`lighthouse game table: the page did not stay on the game (${report.finalDisplayedUrl})`);
  }
  // The next run of the table starts from a new profile.
  rmSync(join(dir, 'profile'), { recursive: true, force: true });
  return s('performance');
}

try {
  const runs = Math.max(1, Number(process.env.LH_RUNS || 1));
  for (const route of routes) {
    const label = route === 'table' ? 'game table' : route;
    const scores = [];
    for (let run = 0; run < runs; run++) scores.push(await measure(route, label));
    if (runs > 1) {
      const sorted = [...scores].sort((a, b) => a - b);
      console.log(`lighthouse ${label.padEnd(26)} performance median ${sorted[Math.floor(runs / 2)]} over ${runs} runs (${scores.join(', ')})`);
    }
  }
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
