// Screenshots of the debrief's steps from the release build (dist/), for
// docs/screenshots/debrief-*.png: the scripted ballistic game of
// tests/fixtures/debrief-games.json at 1280×800 (steps 2, 3, 4), in
// projector mode at 1920×1080 (step 2) and on a 360×740 phone (step 2),
// in French and English. Usage: node scripts/debrief-screenshots.mjs [out-dir]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';

const out = process.argv[2] || 'docs/screenshots';
const port = Number(process.env.SHOT_PORT || 8792);
const base = `http://127.0.0.1:${port}/`;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
const [ballistic] = JSON.parse(await readFile('tests/fixtures/debrief-games.json', 'utf8'));
const id = JSON.parse(ballistic).data.id;

async function ready() {
  for (let n = 0; n < 100; n++) {
    try {
      if ((await fetch(`${base}index.html`)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
}

/** The ballistic game's debrief at a step, in a language and a size. */
async function shot(browser, { lang, width, height, step, projector = false, name, full = false }) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR', reducedMotion: 'reduce' });
  const p = await context.newPage();
  await p.addInitScript((text) => localStorage.setItem(`labo.game.${JSON.parse(text).data.id}`, text), ballistic);
  await p.goto(`${base}jeu.html#/jeu?partie=${id}`);
  await p.locator('.game-debrief').waitFor();
  if (lang === 'en') await p.getByRole('button', { name: 'Switch to English' }).click();
  if (projector) await p.locator('.game-debrief-head button[aria-pressed]').first().click();
  await p.locator('.game-steps button').nth(step - 1).click();
  if (step === 2) await p.locator('.debrief-needs button[aria-pressed]').click();
  await p.waitForTimeout(300);
  await p.evaluate(() => window.scrollTo(0, 0));
  if (step !== 2) await p.locator('section.game-step:not([hidden]) h2').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  await context.close();
}

await mkdir(out, { recursive: true });
await ready();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const lang of ['fr', 'en']) {
    await shot(browser, { lang, width: 1920, height: 1080, step: 2, projector: true, name: `debrief-step2-projector-${lang}` });
    await shot(browser, { lang, width: 1280, height: 800, step: 2, name: `debrief-step2-${lang}`, full: true });
    await shot(browser, { lang, width: 1280, height: 800, step: 3, name: `debrief-step3-${lang}`, full: true });
    await shot(browser, { lang, width: 1280, height: 800, step: 4, name: `debrief-step4-${lang}`, full: true });
    await shot(browser, { lang, width: 360, height: 740, step: 2, name: `debrief-step2-phone-${lang}`, full: true });
  }
  console.log(`screenshots: ${out}/debrief-*.png`);
} finally {
  await browser.close();
  server.kill();
}
