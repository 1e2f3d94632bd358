// A whole session as a trainer runs it: prepare 3 tables on one seed, each
// table opens the session link and plays its game to the end in the game
// page, each reads its summary code, and the trainer compares them.
import { test, expect, open, cardPlayed } from './helpers.mjs';

/** Plays a game to its end by clicks; `style` picks the card to play. */
async function playToTheEnd(page, style) {
  let month = 0;
  while (await page.locator('#game-reveal').count()) {
    month += 1;
    await page.locator('#game-reveal').click();
    // An event can end the game (support lost): then the debrief shows.
    await expect(page.locator('#game-event-title, .game-end').first()).toBeVisible();
    if (await page.locator('.game-end').count()) break;
    const cards = page.locator('.game-play:enabled');
    const n = await cards.count();
    if (n && style !== 'idle') {
      await cards.nth(style === 'first' ? 0 : n - 1).click();
      await cardPlayed(page);
    }
    if (await page.locator('#game-advance').isEnabled()) await page.locator('#game-advance').click();
    await page.locator('#game-end').click();
    await expect(page.locator('#game-reveal, .game-end').first()).toBeVisible();
  }
  return month;
}

test('three tables play the same deal from the session link and are compared', async ({ page, context }) => {
  test.setTimeout(240_000);
  await open(page, '#/formateur?vue=session');
  const scenario = await page.getByLabel('Scénario').locator('option').nth(2).getAttribute('value');
  await page.getByLabel('Scénario').selectOption(scenario);
  await page.getByLabel('Code du tirage').fill('K7M4QX');
  await page.getByLabel('Nombre de tables').fill('3');
  await page.getByRole('button', { name: 'Préparer la séance' }).click();
  const link = await page.locator('#tr-session-link').getAttribute('href');

  const codes = [];
  for (const style of ['first', 'last', 'idle']) {
    const table = await context.newPage();
    await table.goto(link);
    // The deal and the scenario come preset from the link: the prepared
    // session says so instead of showing the choices again.
    await expect(table.getByRole('region', { name: /^Séance préparée par votre formateur·rice/ }))
      .toContainText(/code du tirage K7M-?4QX/);
    await table.getByRole('button', { name: 'Commencer la partie' }).click();
    expect(await playToTheEnd(table, style)).toBeGreaterThan(3);
    await table.getByRole('button', { name: 'Passer au débriefing' }).click();
    await expect(table.getByRole('heading', { level: 1 })).toHaveText('Débriefing');
    for (let n = 0; n < 3; n++) {
      await table.locator('.game-step:not([hidden])').getByRole('button', { name: 'Étape suivante' }).click();
    }
    const code = (await table.locator('#game-summary-code').textContent()).trim();
    expect(code).toMatch(/^[0-9A-Z]{4,}(-[0-9A-Z]+)+$/);
    codes.push(code);
    await table.close();
  }

  await open(page, '#/formateur?vue=tables');
  await page.getByLabel('Codes de synthèse des tables').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Ajouter les tables' }).click();
  await expect(page.locator('.tr-feedback li')).toHaveCount(3);
  await expect(page.locator('#tr-compare thead th')).toHaveCount(4);
  // Same deal everywhere: no warning that a table played another one.
  await expect(page.getByText('Attention : ces tables', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Questions pour le débriefing' })).toBeVisible();
});
