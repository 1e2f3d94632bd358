// The game table as a game board: one screen at 1280×800 and 1920×1080
// (projector), a card play that never scrolls, the phone's tab bar and
// gauge strip at 360×740, projector sizes with no overflow and no word
// broken from 1366×768 to 3840×2160, "Comment jouer" and a card's details
// by keyboard, the phase track with each phase's entry conditions and the
// COPIL gate, first-game hints, and axe in light, dark and projector mode.
import { test, expect, open, cardPlayed, expectAccessible, setLanguage } from './helpers.mjs';

async function start(page, { reveal = true } = {}) {
  await open(page, '#/jeu');
  const fresh = page.getByRole('button', { name: 'Nouvelle partie' });
  if (await fresh.isVisible().catch(() => false)) await fresh.click();
  await page.locator('#game-seed').fill('K7M-4QX');
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await expect(page.locator('#game-reveal')).toBeVisible();
  if (reveal) {
    await page.locator('#game-reveal').click();
    await expect(page.locator('.game-event-card h3')).toBeVisible();
  }
}

/** Asserts that `locator` (every match) lies inside the viewport. */
async function onScreen(page, locator, what) {
  const { width, height } = page.viewportSize();
  const boxes = await locator.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  }));
  expect(boxes.length, `${what} present`).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.top, `${what} top`).toBeGreaterThanOrEqual(0);
    expect(b.left, `${what} left`).toBeGreaterThanOrEqual(0);
    expect(b.bottom, `${what} bottom`).toBeLessThanOrEqual(height);
    expect(b.right, `${what} right`).toBeLessThanOrEqual(width);
  }
}

/** Event, every card of the hand (name, cost, effect, play), gauges, whose turn. */
async function tableOnOneScreen(page) {
  await onScreen(page, page.locator('.game-event-card'), 'event');
  await onScreen(page, page.locator('.game-card > h3'), 'card names');
  await onScreen(page, page.locator('.game-card .game-chips'), 'card costs and effects');
  await onScreen(page, page.locator('.game-card .game-play'), 'play buttons');
  await onScreen(page, page.locator('.game-gauge'), 'gauges');
  await onScreen(page, page.locator('.game-order li[aria-current="true"]'), 'whose turn');
  await onScreen(page, page.locator('.game-track'), 'phase track');
}

/** No horizontal scrolling, nothing spilling out of the table, no word broken. */
async function noOverflow(page, label) {
  const found = await page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const el of document.querySelectorAll('.game h1, .game h2, .game h3, .game label, .game button, .game-chip, .game-status li, .game-order li')) {
      // Visible only (screen-reader texts are 1 px wide on purpose).
      if (!el.getClientRects().length || el.closest('.game-sr') || el.getBoundingClientRect().width <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`overflow: ${el.textContent.trim().slice(0, 40)}`);
      // A word broken inside: the same box with unbreakable words overflows.
      const { overflowWrap, wordBreak } = el.style;
      el.style.overflowWrap = 'normal';
      el.style.wordBreak = 'normal';
      if (el.scrollWidth > el.clientWidth + 1) out.push(`word broken: ${el.textContent.trim().slice(0, 40)}`);
      el.style.overflowWrap = overflowWrap;
      el.style.wordBreak = wordBreak;
    }
    return out;
  });
  expect(found, `overflow at ${label}`).toEqual([]);
}

test('1280×800: the table on one screen, a card play by mouse or keyboard never scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page);
  await tableOnOneScreen(page);
  await noOverflow(page, '1280×800');
  await expectAccessible(page, 'table, 1280×800 (fr)');
  // By mouse.
  await page.locator('.game-play:enabled').first().click();
  await cardPlayed(page);
  await expect(page.locator('#game-last-title')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await tableOnOneScreen(page);
  // The consequences have no empty heading.
  for (const h of await page.locator('.game-last > h3').all()) {
    await expect(h.locator('xpath=following-sibling::ul[1]/li').first()).toBeVisible();
  }
  // By keyboard.
  await page.locator('.game-play:enabled').first().focus();
  await page.keyboard.press('Enter');
  await cardPlayed(page);
  await expect(page.locator('#game-last-title')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Undo says how many undos are left.
  await expect(page.locator('#game-undo-why')).toHaveText(/ce mois-ci\.$/);
  // "Révélez d'abord" is said once, before the event only.
  await expect(page.getByText("Révélez d'abord")).toHaveCount(0);
});

test('before the event, "reveal first" is said once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page, { reveal: false });
  await expect(page.getByText(/Révélez d.abord/)).toHaveCount(1);
  await expect(page.locator('.game-event-back')).toBeVisible();
});

test('projector mode: full width, no site header, big type, one screen at 1920×1080, no overflow up to 3840×2160', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await start(page);
  await page.getByRole('button', { name: 'Mode projecteur' }).click();
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Plein écran' })).toBeVisible();
  const main = await page.locator('main').boundingBox();
  expect(main.width).toBeGreaterThan(1880);
  const px = (sel) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('.game-card > h3')).toBeGreaterThanOrEqual(28);
  expect(await px('.game-event-card h3')).toBeGreaterThanOrEqual(40);
  expect(await px('.game-val')).toBeGreaterThanOrEqual(32);
  expect(await px('.game-event-card h3')).toBeGreaterThan(await px('.game-event-card p:not(.game-kind)'));
  await tableOnOneScreen(page);
  await noOverflow(page, '1920×1080');
  await expectAccessible(page, 'projector, 1920×1080 (fr)');
  for (const [width, height] of [[1366, 768], [3840, 2160]]) {
    await page.setViewportSize({ width, height });
    await noOverflow(page, `${width}×${height}`);
  }
  await page.setViewportSize({ width: 3840, height: 2160 });
  await tableOnOneScreen(page);
  // Projector mode off: the site comes back.
  await page.getByRole('button', { name: 'Mode projecteur' }).click();
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
});

test('360×740: a tab bar, the hand first in Cartes, a gauge strip always in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await start(page);
  const tabs = page.getByRole('navigation', { name: 'Vues de la table' });
  await expect(tabs).toBeVisible();
  await tabs.getByRole('button', { name: 'Cartes' }).click();
  await expect(tabs.getByRole('button', { name: 'Cartes' })).toHaveAttribute('aria-pressed', 'true');
  await onScreen(page, page.locator('.game-card .game-play'), 'play buttons on a phone');
  await onScreen(page, page.locator('.game-gauge .game-val'), 'gauge strip');
  await noOverflow(page, '360×740');
  await expectAccessible(page, 'phone, cards (fr)');
  // Scrolled down, the strip stays.
  await page.mouse.wheel(0, 2000);
  await onScreen(page, page.locator('.game-gauge .game-val'), 'gauge strip after scrolling');
  await tabs.getByRole('button', { name: 'Parties prenantes' }).click();
  await expect(page.locator('.game-stakeholders')).toBeVisible();
  await expect(page.locator('.game-hand')).toBeHidden();
  await tabs.getByRole('button', { name: 'Jauges' }).click();
  await expect(page.locator('.game-gauges label').first()).toBeVisible();
  await tabs.getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('.game-event-card')).toBeVisible();
  await expectAccessible(page, 'phone, table (fr)');
});

test('"Comment jouer" and a card\'s details open and close by keyboard; dark mode is accessible', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page);
  await expectAccessible(page, 'table (dark)');
  const help = page.getByRole('button', { name: 'Comment jouer' });
  await help.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Comment jouer' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Explorer');
  await expect(dialog).toContainText('Généralisé et adopté');
  await onScreen(page, dialog, 'the help on one screen');
  await expectAccessible(page, 'help (dark)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const more = page.locator('.game-more').first();
  await more.focus();
  await page.keyboard.press('Enter');
  const details = page.locator('.game-popover:popover-open');
  await expect(details).toBeVisible();
  await expect(details.locator('h3').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await page.getByRole('button', { name: 'Mode projecteur' }).click();
  await expectAccessible(page, 'projector (dark)');
});

test('the phase track: where the project stands, each phase\'s entry conditions, the COPIL gate, also in "Comment jouer"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page);
  const track = page.getByRole('list', { name: 'Les phases du projet' });
  await expect(track.getByRole('listitem')).toHaveCount(6);
  await expect(track.locator('li[aria-current="step"]')).toHaveAttribute('data-phase', '0');
  await expect(track.getByRole('button', { name: /^Cadrer — phase en cours$/ })).toBeVisible();
  // A phase's entry conditions, by keyboard, each marked in words.
  await track.getByRole('button', { name: /^Explorer/ }).focus();
  await page.keyboard.press('Enter');
  const phase = page.getByRole('dialog', { name: 'Explorer' });
  await expect(phase).toBeVisible();
  await expect(phase.getByRole('heading', { name: 'Pour y entrer' })).toBeVisible();
  await expect(phase.locator('.game-criteria li')).toHaveText([/méthode jouée.*, pas encore remplie$/]);
  await expectAccessible(page, 'a phase and its entry conditions (fr)');
  await page.keyboard.press('Escape');
  await expect(phase).toBeHidden();
  // A card of the framing phase meets Explorer's condition.
  await page.locator('.game-card[data-phase="0"] .game-play:enabled').first().click();
  await cardPlayed(page);
  await expect(track.getByRole('button', { name: /^Explorer — conditions d.entrée remplies$/ })).toBeVisible();
  await expect(page.locator('#game-advance-why')).toHaveText(/^Phase suivante\s*:\s*Explorer — Les conditions sont remplies\.$/);
  // The COPIL gate: the three criteria, missing at the start, and what it will do.
  await track.getByRole('button', { name: /^COPIL 0\/3 — 0 critère sur 3 rempli$/ }).click();
  const copil = page.getByRole('dialog', { name: 'Le comité de pilotage (COPIL)' });
  await expect(copil).toBeVisible();
  await expect(copil.locator('.game-criteria li')).toHaveText([/, manquant$/, /, manquant$/, /, manquant$/]);
  await expect(copil).toContainText(/Effet\s*:\s*Soutien politique −3\./);
  await expectAccessible(page, 'the COPIL gate (fr)');
  await page.keyboard.press('Escape');
  // "Comment jouer" explains the gate with the rules' numbers.
  await page.getByRole('button', { name: 'Comment jouer' }).click();
  const help = page.getByRole('dialog', { name: 'Comment jouer' });
  await expect(help.getByRole('heading', { name: 'Le comité de pilotage (COPIL)' })).toBeVisible();
  await expect(help).toContainText('chacun rempli apporte 1 budget, chacun manquant coûte 1 soutien politique');
  await onScreen(page, help, 'the help on one screen');
  await page.keyboard.press('Escape');
});

test('before Déployer the COPIL gate is in view: met and missing criteria, and its effect (English)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page);
  // A game in "Prototype and test" with indicators decided and a
  // co-creation played, but no stakeholder met (edited in storage).
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('labo.game.'));
    const saved = JSON.parse(localStorage.getItem(key));
    const b = saved.data.state.board;
    b.phase = 3;
    b.eval_planned = 1;
    b.tag_last[3] = 1;
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.reload();
  await setLanguage(page, 'en');
  const line = page.locator('.game-copil-line');
  await expect(line).toContainText('Steering committee on entering “Deploy and evaluate”:');
  await expect(line.locator('li')).toHaveText(['Measurable results, met', 'Reusable approach, missing', 'Innovative facilitation, met']);
  await expect(line).toContainText('Effect: Budget +2, Political support −1.');
  await tableOnOneScreen(page);
  await onScreen(page, line, 'the COPIL line');
  await expectAccessible(page, 'the COPIL line (en)');
  await expect(page.getByRole('list', { name: 'Project phases' }).getByRole('button', { name: /^Committee 2\/3 — 2 criteria of 3 met$/ })).toBeVisible();
});

test('a first game shows short hints for its first month, which can be hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page);
  const hints = page.getByRole('complementary', { name: 'Pour une première partie' });
  await expect(hints).toBeVisible();
  await expect(hints.locator('li')).toHaveCount(3);
  await tableOnOneScreen(page);
  await hints.getByRole('button', { name: 'Masquer les conseils' }).click();
  await expect(hints).toHaveCount(0);
});
