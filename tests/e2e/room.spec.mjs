// The trainer in a real room (issue #16): the running order of a 90-minute
// meet-up printed on one page, the projector that follows it (no site
// chrome, clicker keys, every slide fits 1366×768 to 3840×2160 with no word
// broken, a large timer whose end is seen and heard only when asked), and
// a participant who arrives through a session link.
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';
import { quizCode } from './codes.mjs';

const people = [
  [80, 40, 45, 50, 40, 35, 50],
  [40, 90, 50, 45, 55, 40, 60],
  [45, 50, 85, 40, 50, 45, 40],
  [50, 55, 50, 90, 45, 40, 50],
  [60, 60, 60, 60, 60, 60, 60],
  [35, 70, 40, 35, 45, 40, 95],
];

/** A session and a team map, typed as a trainer would. */
async function prepare(page) {
  await open(page, '#/formateur?vue=session');
  await page.getByLabel('Code du tirage').fill('K7M-4QX');
  await page.getByRole('button', { name: 'Préparer la séance' }).click();
  await expect(page.locator('#tr-session-code')).toHaveText('K7M-4QX');
  await open(page, '#/formateur/equipe');
  await page.getByLabel('Codes de résultat').fill(people.map(quizCode).join(' '));
  await page.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await expect(page.locator('#tr-members tbody tr')).toHaveCount(6);
}

/** Number of pages of the page printed as PDF. */
async function printedPages(page) {
  const pdf = (await page.pdf({ printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test('the running order of a 90-minute meet-up: timed steps, advice, one printed page, the step to project', async ({ page }) => {
  await open(page, '#/formateur?vue=deroule');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déroulé');
  await expect(page.getByRole('radio', { name: 'Rendez-vous du Labo (90 minutes)' })).toBeChecked();
  const rows = page.locator('.tr-order-table tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(rows.first().locator('td').first()).toHaveText('0 h 00 – 0 h 10');
  await expect(rows.last().locator('td').first()).toHaveText('1 h 25 – 1 h 30');
  await expect(rows.locator('th')).toContainText(['Accueil', 'Questionnaire', "Carte de l'équipe", 'Partie', 'Débriefing', 'Engagements']);
  await expect(page.getByText('Personnes par appareil')).toBeVisible();
  await expect(page.getByText('Scénario « Accompagner les seniors dans leurs déplacements », difficulté Découverte.')).toBeVisible();
  await expect(page.getByText('Étape en cours : 1 sur 6, Accueil.')).toBeVisible();
  await page.getByRole('button', { name: "Y aller : étape 4, Partie" }).click();
  await expect(page.getByText('Étape en cours : 4 sur 6, Partie.')).toBeVisible();
  await expect(rows.nth(3)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('#tr-order-clock [role="timer"]')).toHaveText(/35:00/);
  await expectAccessible(page, 'running order');

  // One page, in both formats.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: "Imprimer la fiche d'animation" })).toBeHidden();
  expect(await printedPages(page), '90-minute sheet').toBe(1);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: /demi-journée/ }).check();
  await expect(rows).toHaveCount(9);
  await expect(page.getByText('Étape en cours : 1 sur 9, Accueil et attentes.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await printedPages(page), 'half-day sheet').toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The projector opens on the current step.
  await page.getByRole('radio', { name: /90 minutes/ }).check();
  await page.getByRole('button', { name: "Y aller : étape 6, Engagements" }).click();
  await page.getByRole('link', { name: 'Projeter dans cette fenêtre' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre engagement');
  await expect(page.getByText('Étape 6 sur 6 : Engagements')).toBeVisible();
});

/** Words split across two lines inside the projector (addresses may wrap). */
async function brokenWords(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.querySelector('.tr-projector');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el.closest('.tr-url, .visually-hidden, svg') || !el.getClientRects().length) continue;
      const re = /[^\s\u00a0\u202f-]+/g;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(m[0]);
      }
    }
    return out;
  });
}

/** Anything past the screen's edges: the page scrolls, or a box spills. */
async function overflow(page) {
  return page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollHeight > window.innerHeight) out.push(`page height ${doc.scrollHeight} > ${window.innerHeight}`);
    if (doc.scrollWidth > window.innerWidth) out.push(`page width ${doc.scrollWidth} > ${window.innerWidth}`);
    for (const el of document.querySelectorAll('.tr-projector *')) {
      const r = el.getBoundingClientRect();
      if (!r.width || el.closest('.visually-hidden')) continue;
      if (r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1) {
        out.push(`${el.tagName}.${el.className}: ${(el.textContent || '').trim().slice(0, 30)} ${Math.round(r.right)}×${Math.round(r.bottom)}`);
      }
    }
    return out;
  });
}

for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160]]) {
  test(`projector at ${width}×${height}: every slide fits, no word broken, clicker keys, FR and EN`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await prepare(page);
    for (const lang of ['fr', 'en']) {
      // The language switch is in the site header, which the projector hides.
      await open(page, '#/formateur');
      await setLanguage(page, lang);
      await open(page, '#/formateur?vue=projecteur');
      // No site chrome: no header, no footer, no trainer navigation.
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.locator('.tr-nav')).toBeHidden();
      const position = page.locator('.tr-slide-nav span');
      // Back to the first slide with the clicker's "previous" key.
      for (let k = 0; k < 9; k++) await page.keyboard.press('PageUp');
      await expect(position).toHaveText(lang === 'fr' ? 'Écran 1 sur 9' : 'Screen 1 of 9');
      for (let k = 1; k <= 9; k++) {
        await expect(position).toHaveText(lang === 'fr' ? `Écran ${k} sur 9` : `Screen ${k} of 9`);
        await expect(page.locator('.tr-slide h1')).toBeVisible();
        expect(await overflow(page), `slide ${k} (${lang}) spills`).toEqual([]);
        expect(await brokenWords(page), `slide ${k} (${lang}) breaks words`).toEqual([]);
        await page.keyboard.press(['PageDown', ' ', 'ArrowRight', 'ArrowDown'][k % 4]);
      }
      await page.keyboard.press('ArrowLeft');
      await expect(position).toHaveText(lang === 'fr' ? 'Écran 8 sur 9' : 'Screen 8 of 9');
    }
    if (width === 1920) await expectAccessible(page, 'projector (en)');
  });
}

test('the timer: large, its end seen, heard only once the sound is on', async ({ page }) => {
  await page.addInitScript(() => {
    window.__beeps = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...a) { window.__beeps += 1; return start.apply(this, a); };
  });
  await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
  await open(page, '#/formateur?vue=projecteur');
  const timer = page.locator('#tr-projector-clock [role="timer"]');
  await expect(timer).toHaveText(/10:00/);
  const fontSize = await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize, 'a timer read from the back of the room').toBeGreaterThan(40);
  await page.getByRole('button', { name: 'Démarrer le minuteur' }).click();
  await page.clock.runFor(61_000);
  await expect(timer).toHaveText(/ [89]:\d\d$/);
  await page.clock.runFor(9 * 60_000);
  await expect(timer).toHaveText(/0:00/);
  await expect(page.getByRole('status').filter({ hasText: 'Temps écoulé' })).toBeVisible();
  await expect(page.locator('#tr-projector-clock')).toHaveClass(/tr-clock-over/);
  expect(await page.evaluate(() => window.__beeps), 'silent by default').toBe(0);
  await expectAccessible(page, 'projector, time up');

  await page.getByRole('button', { name: 'Remettre le minuteur à zéro' }).click();
  await expect(timer).toHaveText(/10:00/);
  const sound = page.getByRole('button', { name: 'Son à la fin' });
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  await sound.click();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Démarrer le minuteur' }).click();
  await page.clock.runFor(10 * 60_000 + 1_000);
  await expect(page.getByRole('status').filter({ hasText: 'Temps écoulé' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__beeps)).toBeGreaterThan(0);
});

test('a participant from a session link plays the prepared deal unless they change it', async ({ page }) => {
  await open(page, '#/jeu?scenario=cours-oasis&difficulte=hard&graine=K7M4QX');
  await expect(page.getByRole('heading', { name: "Séance préparée par votre formateur·rice : Des cours d'école oasis" })).toBeVisible();
  await expect(page.getByText('code du tirage K7M-4QX')).toBeVisible();
  // The deal's choices are not offered until asked for.
  await expect(page.locator('input[name="game-scenario"]')).toHaveCount(0);
  await expect(page.locator('#game-seed')).toHaveCount(0);
  await expectAccessible(page, 'prepared session');
  await page.getByRole('button', { name: 'Changer le jeu préparé' }).click();
  await expect(page.getByText('ne pourra plus se comparer')).toBeVisible();
  await expect(page.locator('input[name="game-scenario"]:checked')).toHaveAttribute('id', /game-sc-/);
  await expect(page.getByRole('radio', { name: /Des cours d'école oasis/ })).toBeChecked();
  await page.locator('#game-seed').fill('AAA-AAA');
  await page.getByRole('radio', { name: /^Standard/ }).check();
  await page.getByRole('button', { name: 'Revenir au jeu préparé' }).click();
  await expect(page.locator('#game-seed')).toHaveCount(0);
  await page.getByRole('button', { name: 'Changer le jeu préparé' }).click();
  await expect(page.locator('#game-seed')).toHaveValue('K7M-4QX');
  await page.getByRole('button', { name: 'Revenir au jeu préparé' }).click();
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await expect(page.locator('#game-reveal')).toBeVisible();

  // A link to a scenario this device does not have: said plainly, full form.
  await page.goto('about:blank');
  await open(page, '#/jeu?scenario=nulle-part&difficulte=easy&graine=K7M4QX');
  await expect(page.getByRole('alert').filter({ hasText: "n'existe pas sur cet appareil" })).toBeVisible();
  await expect(page.locator('input[name="game-scenario"]').first()).toBeVisible();
});

test('two windows of one browser: the control and the projector follow each other live', async ({ page, context }) => {
  test.setTimeout(120_000);
  const projector = await context.newPage();
  const errors = [];
  projector.on('pageerror', (e) => errors.push(String(e)));
  projector.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await open(page, '#/formateur?vue=deroule');
  await open(projector, '#/formateur?vue=projecteur');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Rejoindre la séance');
  await expect(projector.getByText('Aucune séance préparée')).toBeVisible();

  // The control moves the room on: the projector follows.
  await page.getByRole('button', { name: "Y aller : étape 3, Carte de l'équipe" }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText("Carte de l'équipe");
  // The projector's clicker moves it on: the control follows.
  await projector.keyboard.press('PageDown');
  await expect(page.getByText('Étape en cours : 4 sur 6, Partie.')).toBeVisible();
  await expect(projector.getByText('Étape 4 sur 6 : Partie')).toBeVisible();

  // A session prepared in the control appears on the projector's slide.
  await open(page, '#/formateur?vue=session');
  await page.getByLabel('Code du tirage').fill('K7M-4QX');
  await page.getByRole('button', { name: 'Préparer la séance' }).click();
  await expect(projector.locator('.tr-slide .tr-code')).toHaveText('K7M-4QX');
  await expect(projector.getByRole('img', { name: 'QR code du lien de la séance' })).toBeVisible();

  // Codes added in the control fill the projector's team map.
  await open(page, '#/formateur/equipe');
  await page.getByLabel('Codes de résultat').fill(people.slice(0, 3).map(quizCode).join(' '));
  await page.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await projector.keyboard.press('PageUp');
  await expect(projector.getByText('Participant·es (3)')).toBeVisible();
  // A code added in a third tab (a participant's link) joins the same map.
  const third = await context.newPage();
  await third.goto(`./formateur.html#/formateur/equipe?code=${quizCode(people[3])}`);
  await third.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.locator('#tr-members tbody tr')).toHaveCount(4);
  await expect(projector.getByText('Participant·es (4)')).toBeVisible();
  await third.close();

  // The timer started on the projector runs in the control too.
  await open(page, '#/formateur?vue=deroule');
  await projector.getByRole('button', { name: 'Démarrer le minuteur' }).click();
  await expect(page.getByRole('button', { name: 'Mettre le minuteur en pause' })).toBeVisible();
  // Everything is still there after a reload (local storage, not the tab's).
  await page.reload();
  await expect(page.getByText('Étape en cours : 3 sur 6')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mettre le minuteur en pause' })).toBeVisible();
  await expectAccessible(projector, 'projector in a second window');
  expect(errors).toEqual([]);
});
