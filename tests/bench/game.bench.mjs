// Click-to-paint latency of playing a method card on the game table: from
// the click to the next painted frame (the engine applies the action, the
// game is saved, the table redrawn), over at least 50 plays with the CPU
// throttled 4x. Budget (issue #12): the card's p95 no more than one Event
// Timing step (8 ms) above the p95 of a no-op click measured in the same run.
//
// Both are clicked on a table at rest, as a person who reads the event and
// the last card's consequences before playing the next. A second series
// plays cards back to back, while the last card's gauge changes still move
// on screen: reported, not budgeted.
import { test, expect } from '@playwright/test';
import { offlineReady, throttle, clickToPaint, report } from './latency.mjs';

const PLAYS = 60;
const HURRIED = 30;

async function newGame(page) {
  await page.goto('./jeu.html#/jeu');
  // With saved games the page lists them first (a finished game is on
  // bilan.html, its own page, when this is called).
  const start = page.getByRole('button', { name: 'Nouvelle partie' });
  const seed = page.locator('#game-seed');
  await expect(seed.or(start).first()).toBeVisible();
  if (await start.isVisible()) await start.click();
  await seed.fill('K7M-4QX');
  await page.getByRole('button', { name: 'Ajouter une équipe' }).click();
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await expect(page.locator('#game-reveal')).toBeVisible();
}

/** Plays `count` method cards, month after month, measuring each click. */
async function playCards(page, count, rest) {
  const samples = [];
  while (samples.length < count) {
    if (await page.locator('.game-debrief, .game-end').count()) {
      await newGame(page);
      continue;
    }
    await page.locator('#game-reveal').click();
    // Play every card the rules allow this month, measuring each click.
    for (;;) {
      const card = page.locator('.game-play:enabled').first();
      if (!(await card.count()) || samples.length >= count) break;
      samples.push(await clickToPaint(page, card, { rest }));
    }
    if (await page.locator('#game-end').isEnabled().catch(() => false)) await page.locator('#game-end').click();
    await expect(page.locator('#game-reveal, .game-debrief, .game-end').first()).toBeVisible();
  }
  return samples;
}

test('game: click on a card to the next frame', async ({ page }) => {
  await page.goto('./jeu.html#/jeu');
  await page.evaluate(() => localStorage.clear());
  await newGame(page);
  await offlineReady(page);
  await throttle(page, 4);
  const card = report('game card play', await playCards(page, PLAYS, true));
  report('game card play back to back (not budgeted)', await playCards(page, HURRIED, false));
  // The floor of the method: a click on plain text, which changes nothing.
  const floor = [];
  for (let n = 0; n < 30; n++) floor.push(await clickToPaint(page, page.locator('h1'), { rest: true }));
  const noop = report('no-op click (measurement floor)', floor);
  const limit = noop.frame.p95 + 8;
  const verdict = card.frame.p95 <= limit ? 'within' : 'OVER';
  console.log(`budget card play: p95 ${card.frame.p95.toFixed(1)} ms, no-op p95 + 8 ms = ${limit.toFixed(1)} ms: ${verdict} budget`);
  expect(card.frame.p95, 'card play p95 within no-op p95 + 8 ms').toBeLessThanOrEqual(limit);
});
