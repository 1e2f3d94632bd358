// The debrief that reads the game (issue 14): a scripted ballistic game and
// a scripted user-centred game (tests/fixtures/debrief-games.json, written
// and checked by the native test game_observations) are put in storage and
// opened at their debrief.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';

const records = JSON.parse(
  readFileSync(new URL('../fixtures/debrief-games.json', import.meta.url), 'utf8'),
);
const idOf = (text) => JSON.parse(text).data.id;
const [BALLISTIC, CENTRED] = records;

const WORDS = {
  fr: {
    step: (n) => new RegExp(`^Étape ${n}`),
    next: 'Étape suivante',
    needs: 'Les besoins cachés jamais découverts',
    turn: 'Retourner les jetons',
    story: "L'histoire de la partie",
    ballistic: 'Un projet balistique',
    question: 'Question pour le groupe',
    helped: 'Des méthodes qui auraient aidé',
    reference: /^Référence\s:/,
    projector: 'Mode projecteur',
    fullLog: 'Journal complet, courbes et relecture de la partie',
  },
  en: {
    step: (n) => new RegExp(`^Step ${n}`),
    next: 'Next step',
    needs: 'The hidden needs never uncovered',
    turn: 'Turn the tokens over',
    story: 'The story of the game',
    ballistic: 'A ballistic project',
    question: 'Question for the group',
    helped: 'Methods that would have helped',
    reference: /^Reference:/,
    projector: 'Projector mode',
    fullLog: 'Full log, curves and replay of the game',
  },
};

/** Stores one game and opens its debrief. */
async function openDebrief(page, record, lang = 'fr') {
  await page.addInitScript((text) => {
    const rec = JSON.parse(text);
    localStorage.setItem(`labo.game.${rec.data.id}`, text);
  }, record);
  await open(page, `#/jeu?partie=${idOf(record)}`);
  await setLanguage(page, lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'fr' ? 'Débriefing' : 'Debrief');
}

async function goToStep(page, lang, n) {
  await page.getByRole('navigation').getByRole('button', { name: WORDS[lang].step(n) }).click();
  await expect(page.getByRole('heading', { level: 2, name: WORDS[lang].step(n) })).toBeFocused();
}

for (const lang of ['fr', 'en']) {
  const w = WORDS[lang];
  test(`a ballistic game shows its story, its missed needs and the ballistic observation (${lang})`, async ({ page }) => {
    await openDebrief(page, BALLISTIC, lang);
    await goToStep(page, lang, 2);
    const step = page.locator('section.game-step:not([hidden])');
    await expect(step.getByRole('heading', { name: w.story })).toBeVisible();
    // The needs never uncovered, face down until the facilitator turns them.
    const needs = step.getByRole('region', { name: w.needs });
    const turn = needs.getByRole('button', { name: w.turn });
    await expect(turn).toHaveAttribute('aria-pressed', 'false');
    const tokens = needs.locator('.debrief-token');
    expect(await tokens.count()).toBeGreaterThan(0);
    await expect(tokens.first().locator('.debrief-token-face')).toBeHidden();
    await turn.click();
    await expect(turn).toHaveAttribute('aria-pressed', 'true');
    await expect(tokens.first().locator('.debrief-token-face')).toBeVisible();
    // Each with its stakeholder's name.
    expect(await needs.getByRole('heading', { level: 4 }).count()).toBeGreaterThan(0);
    // The full log stays on demand.
    await expect(step.locator('.game-timeline')).toBeHidden();
    await step.getByText(w.fullLog).click();
    await expect(step.locator('.game-timeline')).toBeVisible();
    await expectAccessible(page, `debrief step 2 (${lang})`);

    await goToStep(page, lang, 3);
    const analysis = page.locator('section.game-step:not([hidden])');
    await expect(analysis.getByRole('heading', { level: 4, name: w.ballistic })).toBeVisible();
    await expect(analysis.getByText(w.question).first()).toBeVisible();
    await expectAccessible(page, `debrief step 3 (${lang})`);

    await goToStep(page, lang, 4);
    const transfer = page.locator('section.game-step:not([hidden])');
    await expect(transfer.getByRole('heading', { name: w.helped })).toBeVisible();
    const suggested = transfer.locator('.debrief-suggest');
    expect(await suggested.count()).toBeGreaterThan(0);
    await expect(suggested.first().getByText(w.reference)).toBeVisible();
    // Choosing a suggestion puts it in the commitment card's list.
    const name = await suggested.nth(1).getByRole('heading', { level: 4 }).innerText();
    await suggested.nth(1).getByRole('button').click();
    await expect(page.locator('#game-commit-method')).toBeFocused();
    await expect(page.locator('#game-commit-method option:checked')).toHaveText(name);
    await expectAccessible(page, `debrief step 4 (${lang})`);
  });
}

test('the debrief is its own page: the table does not download it, links lead there and back', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  // A game that is over, opened from the game page, is shown by the debrief page.
  await openDebrief(page, BALLISTIC, 'fr');
  await expect(page).toHaveURL(new RegExp(`bilan\\.html#/jeu/bilan\\?partie=${idOf(BALLISTIC)}$`));
  await expect(page).toHaveTitle('Débriefing · Labo');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Jeu du projet' })).toHaveAttribute('aria-current', 'page');
  // "Mes parties" goes back to the game page, which never loaded the debrief's code.
  wasm.length = 0;
  await page.getByRole('button', { name: 'Mes parties' }).first().click();
  await expect(page).toHaveURL(/jeu\.html#\/jeu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeu du projet');
  await expect(page.getByRole('heading', { level: 2, name: 'Mes parties' })).toBeVisible();
  expect(wasm.some((f) => f.startsWith('bilan-')), wasm.join(', ')).toBe(false);
  // The saved game opens its debrief on the debrief page; Back returns to the list.
  await page.getByRole('button', { name: /^Voir le débriefing/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Débriefing');
  await expect(page).toHaveURL(/bilan\.html/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Mes parties' })).toBeVisible();
  // A debrief address for a game this device does not hold: the game page says so.
  await page.goto('./bilan.html#/jeu/bilan?partie=inconnue-1');
  await expect(page).toHaveURL(/jeu\.html#\/jeu/);
  await expect(page.getByText("Cette partie n'est pas enregistrée sur cet appareil", { exact: false })).toBeVisible();
});

test('a user-centred game is not called ballistic', async ({ page }) => {
  await openDebrief(page, CENTRED, 'fr');
  await goToStep(page, 'fr', 3);
  const analysis = page.locator('section.game-step:not([hidden])');
  await expect(analysis.getByRole('heading', { level: 3, name: 'Ce que la partie montre' })).toBeVisible();
  await expect(analysis.getByRole('heading', { name: WORDS.fr.ballistic })).toHaveCount(0);
  await expectAccessible(page, 'debrief step 3, user-centred game');
});

test('in projector mode, step 2 fits one 1920×1080 screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDebrief(page, BALLISTIC, 'fr');
  const projector = page.getByRole('button', { name: WORDS.fr.projector });
  await projector.click();
  await expect(projector).toHaveAttribute('aria-pressed', 'true');
  await goToStep(page, 'fr', 2);
  await page.getByRole('button', { name: WORDS.fr.turn }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const sel of ['.debrief-story', '.debrief-needs', '.debrief-full-log > summary']) {
    const box = await page.locator(sel).boundingBox();
    expect(box, sel).not.toBeNull();
    expect(box.y + box.height, `${sel} bottom`).toBeLessThanOrEqual(1080);
    expect(box.x + box.width, `${sel} right`).toBeLessThanOrEqual(1920);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
  await expectAccessible(page, 'projected debrief step 2');
  // Back to normal for the other tests of this browser context.
  await projector.click();
});

/** Pages of a PDF (each page object is `/Type /Page`, the tree `/Type /Pages`). */
function pages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
}

for (const [record, what] of [[BALLISTIC, 'ballistic'], [CENTRED, 'user-centred']]) {
  test(`the printed debrief of the ${what} game holds on three A4 pages at most, the full log on request`, async ({ page }) => {
    await openDebrief(page, record, 'fr');
    const short = pages(await page.pdf({ format: 'A4' }));
    expect(short, 'pages').toBeLessThanOrEqual(3);
    expect(short).toBeGreaterThan(0);
    await page.getByLabel('Imprimer aussi le journal complet').check();
    const long = pages(await page.pdf({ format: 'A4' }));
    expect(long).toBeGreaterThan(short);
  });
}

test('the facilitator sheet shows the four steps, every observation and the lessons, and prints alone', async ({ page }) => {
  await openDebrief(page, CENTRED, 'fr');
  const open = page.getByRole('button', { name: "Fiche d'animation" });
  await open.click();
  await expect(page.getByRole('heading', { level: 2, name: /Fiche d'animation/ })).toBeFocused();
  const sheet = page.locator('.debrief-sheet');
  await expect(sheet.locator('.debrief-obs')).toHaveCount(7);
  await expect(sheet.getByRole('heading', { level: 4, name: 'Un projet balistique' })).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 4, name: 'Ne pas brûler les étapes' })).toBeVisible();
  await expect(page.locator('section.game-step:not([hidden])')).toHaveCount(0);
  await expect(page.locator('.game-steps li[aria-current="step"]')).toHaveCount(0);
  await expectAccessible(page, 'facilitator sheet');
  await page.screenshot({ path: 'test-results/facilitator-sheet.png', fullPage: true });
  expect(pages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(3);
  await page.getByRole('button', { name: 'Revenir au débriefing' }).click();
  await expect(page.locator('section.game-step:not([hidden])')).toHaveCount(1);
  await expect(page.locator('.game-steps li[aria-current="step"]')).toHaveCount(1);
});
