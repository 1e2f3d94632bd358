// README screenshots from the real release build (dist/), so they stay
// true: the quiz result, the game table at 1280×800, projector mode at
// 1920×1080, the COPIL gate before Déployer and a phone (360×740), in
// headless Chromium. `make screenshots` builds, then runs
// this. Usage: node scripts/screenshots.mjs [out-dir] [lang]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

const out = process.argv[2] || 'docs/screenshots';
const lang = process.argv[3] || 'fr';
const port = Number(process.env.SHOT_PORT || 8791);
const base = `http://127.0.0.1:${port}/`;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });

async function ready() {
  for (let n = 0; n < 100; n++) {
    try {
      if ((await fetch(`${base}index.html`)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
}

/** A quiz result stored as the app stores it (versioned envelope). */
const HISTORY = {
  labo: 'quiz.history', schema: 1, app: '0.1.0', saved_at: Date.UTC(2026, 4, 12), rev: 1,
  data: { attempts: [{ completed_at: Date.UTC(2026, 4, 12, 9, 30), result: {
    mode: 'complete', scores: [88, 81, 50, 19, 50, 44, 56], marked: ['curiosite', 'usager'], less_used: ['donnees'],
    profile: { duo: ['curiosite', 'usager'] }, indicative: false, situational: [1, 2, 1, 1, 1, 0, 1] } }] },
};

async function page(browser, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR', reducedMotion: 'reduce' });
  return context.newPage();
}

/** Switches the interface language through its visible switch. */
async function language(p) {
  if (lang === 'en' && (await p.locator('html').getAttribute('lang')) !== 'en') {
    await p.getByRole('button', { name: 'Switch to English' }).click();
  }
}

/** A game on a fixed deal, its first event revealed and one card played. */
async function table(p) {
  await p.goto(`${base}jeu.html#/jeu`);
  await p.locator('#game-seed').waitFor();
  await language(p);
  await p.locator('#game-seed').fill('K7M-4QX');
  await p.locator('#game-team-0').fill(lang === 'en' ? 'Beavers' : 'Les Castors');
  await p.locator('.game-setup button[type="submit"]').click();
  await p.locator('#game-reveal').click();
  await p.locator('.game-play:enabled').first().click();
  await p.locator('.game-card[aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => {});
  await p.waitForTimeout(300);
}

await mkdir(out, { recursive: true });
await ready();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const quiz = await page(browser, 1280, 800);
  await quiz.goto(`${base}quiz.html#/quiz`);
  await quiz.evaluate((h) => localStorage.setItem('labo.quiz.history', JSON.stringify(h)), HISTORY);
  await quiz.goto(`${base}quiz.html#/quiz/resultat`);
  await quiz.reload();
  await quiz.locator('#quiz-profile-name').waitFor();
  await language(quiz);
  await quiz.screenshot({ path: `${out}/quiz-result.png` });

  const game = await page(browser, 1280, 800);
  await table(game);
  await game.screenshot({ path: `${out}/game-table.png` });

  const projector = await page(browser, 1920, 1080);
  await table(projector);
  await projector.locator('.game-tools button[aria-pressed]').first().click();
  await projector.waitForTimeout(300);
  await projector.screenshot({ path: `${out}/projector.png` });

  // Before Déployer: the same game moved to "Prototyper et tester" with
  // indicators decided and a co-creation played (edited in storage), so
  // the COPIL gate is in view under the phase track.
  const copil = await page(browser, 1280, 800);
  await table(copil);
  await copil.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('labo.game.'));
    const saved = JSON.parse(localStorage.getItem(key));
    Object.assign(saved.data.state.board, { phase: 3, eval_planned: 1 });
    saved.data.state.board.tag_last[3] = 1;
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await copil.reload();
  await copil.locator('.game-copil-line').waitFor();
  await copil.screenshot({ path: `${out}/game-copil.png` });

  // A phone, on the Cartes view.
  // (The game is set up wide: a phone's first view is the table, without the hand.)
  const phone = await page(browser, 1280, 800);
  await table(phone);
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.locator('.game-tabs button').nth(1).click();
  await phone.waitForTimeout(300);
  await phone.screenshot({ path: `${out}/game-phone.png` });
  console.log(`screenshots: ${out}/quiz-result.png, game-table.png, projector.png, game-copil.png, game-phone.png`);
} finally {
  await browser.close();
  server.kill();
}
