// The cooperative game, end to end: a whole game from setup to debrief
// played with the keyboard only (fixed deal code), a reload in the middle
// that resumes the identical table, undo within a turn and refused after
// an event, two teams alternating, a debrief timeline listing every action,
// and axe-core checks in French and English.
import { test, expect, open, cardPlayed, expectAccessible, setLanguage } from './helpers.mjs';

const SEED = 'K7M-4QX';

/** Presses Tab until `locator` has the focus (keyboard only). */
async function tabTo(page, locator, max = 120) {
  for (let n = 0; n < max; n++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator}`);
}

/** The names of the cards in hand, in order. */
const hand = (page) => page.locator('.game-card > h3').allTextContents();
const activeTeam = (page) => page.locator('.game-order li[aria-current="true"] .game-team-name').textContent();
/** The number of log entries of the stored game. */
const storedActions = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('labo.game.'));
  return JSON.parse(localStorage.getItem(key)).data.state.log.length;
});

async function setUp(page, { keyboard }) {
  await open(page, '#/jeu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeu du projet');
  await expect(page.getByRole('heading', { level: 2, name: 'Préparer une partie' })).toBeVisible();
  const seed = page.locator('#game-seed');
  const add = page.getByRole('button', { name: 'Ajouter une équipe' });
  if (keyboard) {
    await tabTo(page, page.locator('#game-team-0'));
    await page.keyboard.type('Les Castors');
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('#game-team-1'));
    await page.keyboard.type('Les Hérons');
    await tabTo(page, seed);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('k7m 4q0');
    await page.keyboard.press('Enter');
    await expect(page.locator('#game-seed-error')).toContainText('« 0 » (position 6)');
    await expect(seed).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(SEED.toLowerCase());
    await page.keyboard.press('Enter');
  } else {
    await page.locator('#game-team-0').fill('Les Castors');
    await add.click();
    await page.locator('#game-team-1').fill('Les Hérons');
    await seed.fill(SEED);
    await page.getByRole('button', { name: 'Commencer la partie' }).click();
  }
  await expect(page.locator('#game-reveal')).toBeVisible();
  await expect(page).toHaveURL(/#\/jeu\?partie=/);
}

test('a whole game by keyboard: reload resumes, undo, alternation, debrief timeline', async ({ page }) => {
  test.setTimeout(240_000);
  await open(page, '#/jeu');
  await expectAccessible(page, 'setup (fr)');
  await setUp(page, { keyboard: true });
  await expectAccessible(page, 'table before the event (fr)');

  let actions = 0;
  let month = 0;
  const teams = ['Les Castors', 'Les Hérons'];
  while (await page.locator('#game-reveal').count()) {
    month += 1;
    expect(await activeTeam(page)).toBe(teams[(month - 1) % 2]);
    await expect(page.locator('.game-status')).toContainText(`Mois ${month} sur`);
    // Reveal the event by keyboard; focus moves to it.
    await tabTo(page, page.locator('#game-reveal'));
    await page.keyboard.press('Enter');
    actions += 1;
    // An event can end the game (support lost): then the end of the game shows.
    await expect(page.locator('#game-event-title, .game-end').first()).toBeVisible();
    if (await page.locator('.game-end').count()) break;
    await expect(page.locator('#game-event-title')).toBeFocused();
    await expect(page.locator('.game-event-card h3')).not.toBeEmpty();
    // Right after an event, undo is refused, with its reason.
    await expect(page.locator('#game-undo')).toBeDisabled();
    await expect(page.locator('#game-undo-why')).toContainText("Impossible d'annuler : une information cachée a été révélée.");
    if (month === 1) await expectAccessible(page, 'table after the event (fr)');

    const play = page.locator('.game-play:enabled').first();
    if (await play.count()) {
      const before = await hand(page);
      await tabTo(page, play);
      await page.keyboard.press('Enter');
      actions += 1;
      await cardPlayed(page);
      await expect(page.locator('#game-last-title')).toBeFocused();
      await expect(page.locator('.game-changes li').first()).toBeVisible();
      if (month === 1) {
        // Undo within the turn: the card comes back, the log keeps both.
        await expect(page.locator('#game-undo')).toBeEnabled();
        await tabTo(page, page.locator('#game-undo'));
        await page.keyboard.press('Enter');
        actions += 1;
        await expect.poll(() => hand(page)).toEqual(before);
        await expect(page.locator('.game-last')).toContainText('Annulé par Les Castors');
        await tabTo(page, page.locator('.game-play:enabled').first());
        await page.keyboard.press('Enter');
        actions += 1;
        await cardPlayed(page);
      }
    }
    if (month === 3) {
      // Reload in the middle: the identical table comes back.
      const snapshot = {
        hand: await hand(page),
        event: await page.locator('.game-event-card h3').textContent(),
        status: await page.locator('.game-status').textContent(),
        gauges: await page.locator('.game-gauges .game-val').allTextContents(),
      };
      await page.reload();
      await expect(page.locator('.game-event-card h3')).toHaveText(snapshot.event);
      expect(await hand(page)).toEqual(snapshot.hand);
      await expect(page.locator('.game-status')).toHaveText(snapshot.status);
      expect(await page.locator('.game-gauges .game-val').allTextContents()).toEqual(snapshot.gauges);
      expect(await activeTeam(page)).toBe(teams[0]);
    }
    if (await page.locator('#game-advance').isEnabled()) {
      await tabTo(page, page.locator('#game-advance'));
      await page.keyboard.press('Enter');
      actions += 1;
    }
    await tabTo(page, page.locator('#game-end'));
    await page.keyboard.press('Enter');
    actions += 1;
    await expect(page.locator('#game-reveal, .game-end').first()).toBeVisible();
  }
  expect(month).toBeGreaterThan(3);

  // The end of the game: the tier big, up to three key moments, the board.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fin de la partie');
  await expect(page.locator('#game-title')).toBeFocused();
  await expect(page.locator('.game-tier')).toBeVisible();
  expect(await page.locator('.game-moment').count()).toBeGreaterThan(0);
  expect(await page.locator('.game-moment').count()).toBeLessThanOrEqual(3);
  await expect(page.locator('.game-final li')).toHaveCount(9);
  await expectAccessible(page, 'end of the game (fr)');
  await tabTo(page, page.getByRole('button', { name: 'Passer au débriefing' }));
  await page.keyboard.press('Enter');

  // The debrief: its timeline lists every action played.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Débriefing');
  expect(await storedActions(page)).toBe(actions);
  await expect(page.locator('.game-timeline > li')).toHaveCount(actions);
  await expectAccessible(page, 'debrief (fr)');
  // Step 1 by keyboard: a word for the first team.
  await tabTo(page, page.locator('#game-reaction-0'));
  await page.keyboard.type('intense');
  await page.keyboard.press('Tab');
  await expect(page.locator('.game-debrief .status')).toHaveText('Réaction enregistrée.');
  for (const n of [2, 3, 4]) {
    await tabTo(page, page.locator('.game-step:not([hidden])').getByRole('button', { name: 'Étape suivante' }));
    await page.keyboard.press('Enter');
    await expect(page.locator(`#game-step-${n}`)).toBeFocused();
    if (n === 2) {
      // The full log and the replay are on demand, under the story.
      await tabTo(page, page.locator('.debrief-full-log > summary'));
      await page.keyboard.press('Enter');
      // The replay steps through the game by keyboard, both ways.
      const replay = page.locator('.game-replay');
      const status = replay.getByRole('status');
      await expect(status).toHaveText(`Pas 0 sur ${actions}`);
      await expect(replay.getByRole('button', { name: 'Début' })).toBeDisabled();
      await tabTo(page, replay.getByRole('button', { name: 'Pas suivant' }));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(`Pas 2 sur ${actions}`);
      await tabTo(page, replay.getByRole('button', { name: 'Fin' }));
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(`Pas ${actions} sur ${actions}`);
      await expect(replay.getByRole('button', { name: 'Pas suivant' })).toBeDisabled();
      await replay.getByRole('button', { name: 'Pas précédent' }).click();
      await expect(status).toHaveText(`Pas ${actions - 1} sur ${actions}`);
    }
  }
  await expect(page.locator('.game-chart[role="img"]')).toHaveCount(2);
  await tabTo(page, page.locator('#game-commit-method'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('button', { name: "Ajouter ma carte d'engagement" }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.game-commit')).toHaveCount(1);
  await expect(page.locator('#game-summary-code')).toHaveText(/^[0-9A-Z]{4,}(-[0-9A-Z]+)+$/);
  // Its QR code, for the trainer's scanner, drawn next to it.
  await expect(page.getByRole('img', { name: 'QR code du code de synthèse, à scanner par la formatrice ou le formateur' })).toBeVisible();
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('labo.game.'));
    return JSON.parse(localStorage.getItem(key)).data.notes;
  });
  expect(stored.reactions[0]).toBe('intense');
  expect(stored.commitments).toHaveLength(1);
});

test('a card clicked shows at once that it is under way, is played once even on a double click, and keeps its order with the next action', async ({ page }) => {
  await setUp(page, { keyboard: false });
  await page.locator('#game-reveal').click();
  const before = await storedActions(page);
  const card = page.locator('.game-card').filter({ has: page.locator('.game-play:enabled') }).first();
  const name = await card.locator(':scope > h3').textContent();
  // The card is marked as under way (the frame after the click), then played.
  const marked = await card.evaluate((li) => new Promise((resolve) => {
    const seen = new MutationObserver(() => {
      if (li.getAttribute('aria-busy') === 'true') resolve(true);
    });
    seen.observe(li, { attributes: true, attributeFilter: ['aria-busy'] });
    setTimeout(() => resolve(false), 2000);
    const play = li.querySelector('.game-play');
    play.click();
    play.click();
  }));
  expect(marked).toBe(true);
  await cardPlayed(page);
  await expect(page.locator('.game-card > h3').filter({ hasText: name })).toHaveCount(0);
  await expect.poll(() => storedActions(page)).toBe(before + 1);
  // A card then at once "end of the month": the card is played first.
  const next = page.locator('.game-play:enabled').first();
  if (await next.count()) {
    await next.evaluate((b) => { b.click(); document.querySelector('#game-end').click(); });
    await expect(page.locator('#game-reveal')).toBeVisible();
    await expect.poll(() => storedActions(page)).toBe(before + 3);
    const log = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('labo.game.'));
      return JSON.parse(localStorage.getItem(key)).data.state.log.map((e) => (typeof e.a === 'string' ? e.a : Object.keys(e.a)[0]));
    });
    expect(log.slice(-2)).toEqual(['Play', 'EndTurn']);
  }
});

test('saved games are listed first, resumed, and deleted after a confirmation; English is accessible', async ({ page }) => {
  await setUp(page, { keyboard: false });
  await page.locator('#game-reveal').click();
  const event = await page.locator('.game-event-card h3').textContent();
  // A second game coexists with the first.
  await open(page, '#/jeu');
  await expect(page.getByRole('heading', { level: 2, name: 'Mes parties' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouvelle partie' }).click();
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await expect(page.locator('#game-reveal')).toBeVisible();
  await open(page, '#/jeu');
  await expect(page.locator('.game-saved')).toHaveCount(2);
  await expectAccessible(page, 'saved games (fr)');
  // Resume the first game: same event, still month 1.
  await page.getByRole('button', { name: /^Reprendre la partie/ }).last().click();
  await expect(page.locator('.game-event-card h3')).toHaveText(event);
  await expect(page.locator('.game-status')).toContainText('Mois 1 sur');

  await setLanguage(page, 'en');
  await expect(page.locator('#game-undo-why')).toContainText('Cannot undo: hidden information has been revealed.');
  await expectAccessible(page, 'table after the event (en)');
  await page.getByRole('button', { name: 'Projector mode' }).click();
  await expect(page.locator('.game')).toHaveClass(/game-large/);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expectAccessible(page, 'projector mode (en)');
  await page.getByRole('button', { name: 'Debrief now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Debrief');
  await expectAccessible(page, 'debrief (en)');
  await page.getByRole('button', { name: 'My games' }).first().click();
  await page.getByRole('button', { name: 'New game' }).click();
  await expectAccessible(page, 'setup (en)');
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expectAccessible(page, 'table before the event (en)');
  await page.getByRole('button', { name: 'My games' }).click();
  await expect(page.locator('.game-saved')).toHaveCount(3);
  await page.getByRole('button', { name: /^Delete the game/ }).first().click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.locator('.game-saved')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'The game was deleted.' })).toBeVisible();
});

test('a 320 px wide screen: no horizontal scrolling on the table', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await setUp(page, { keyboard: false });
  await page.locator('#game-reveal').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
