// The quiz screens: the whole questionnaire by keyboard alone, resuming
// after a reload, the history of two attempts, the printed result on one
// A4 page, and no axe violation on any quiz screen in French and English.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, setLanguage, pageOf } from './helpers.mjs';

const load = (f) => JSON.parse(readFileSync(new URL(`../../content/quiz/${f}`, import.meta.url), 'utf8'));
const { items } = load('items.json');
const { situations } = load('situations.json');
const { archetypes } = load('archetypes.json');
const archetypeName = (dim, lang = 'fr') => archetypes.find((a) => a.dimension === dim).name[lang];

/** Answers that make `dim` stand out: 5 on its items (1 on the reversed one), 3 elsewhere. */
const standOut = (dim) => (id) => {
  const item = items.find((i) => i.id === id);
  if (item.dimension !== dim) return 3;
  return item.reversed ? 1 : 5;
};

/** Stores a record the way the app does (versioned envelope). */
async function seed(page, key, kind, data) {
  await page.evaluate(({ key, kind, data }) => {
    localStorage.setItem(key, JSON.stringify({ labo: kind, schema: 1, app: '0.1.0', saved_at: Date.now(), rev: 1, data }));
  }, { key, kind, data });
}

const DIMS = ['curiosite', 'usager', 'iteration', 'donnees', 'recit', 'audace', 'cooperation'];

/** A history with two complete attempts; the latest a duo with long texts. */
async function seedHistory(page) {
  const day = 24 * 3600 * 1000;
  await seed(page, 'labo.quiz.history', 'quiz.history', {
    attempts: [
      {
        completed_at: Date.UTC(2026, 4, 12, 9, 30),
        result: { mode: 'express', scores: [50, 75, 50, 25, 50, 50, 50], marked: ['usager'], less_used: ['donnees'], profile: { single: 'usager' }, indicative: true, situational: [0, 0, 0, 0, 0, 0, 0] },
      },
      {
        completed_at: Date.UTC(2026, 4, 12, 9, 30) + 180 * day,
        result: { mode: 'complete', scores: [88, 81, 50, 19, 50, 44, 56], marked: ['curiosite', 'usager'], less_used: ['donnees'], profile: { duo: ['curiosite', 'usager'] }, indicative: false, situational: [1, 2, 1, 1, 1, 0, 1] },
      },
    ],
  });
}

/** An attempt in progress, standing on step `current` (all before answered). */
async function seedProgress(page, current) {
  const steps = [
    ...items.map((i) => ({ item: { id: i.id } })),
    ...situations.map((s) => ({ situation: { id: s.id, answers: s.answers.map((a) => a.id) } })),
  ];
  const answers = Object.fromEntries(items.slice(0, Math.min(current, items.length)).map((i) => [i.id, 3]));
  await seed(page, 'labo.quiz.progress', 'quiz.progress', {
    started_at: Date.now(),
    session: { mode: 'complete', steps, answers, situational: {}, current },
  });
}

/** Opens a route after a full reload, so that seeded storage is read. */
async function reopen(page, hash) {
  await page.goto(`./${pageOf(hash)}${hash}`);
  await page.reload();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
}

/** Presses Tab until the focused element matches `check` (at most 30 times). */
async function tabTo(page, check, what) {
  for (let n = 0; n < 30; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new Error(`could not reach ${what} with Tab`);
}

test('the whole questionnaire by keyboard alone gives the expected profile', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '#/quiz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Profil d'innovateur·rice");
  await tabTo(page, () => document.activeElement?.textContent === 'Commencer le questionnaire complet', 'the start button');
  await page.keyboard.press('Enter');

  const answer = standOut('usager');
  for (let n = 1; n <= items.length; n++) {
    await expect(page.locator('.quiz-position')).toHaveText(`Question ${n} sur ${items.length}`);
    await expect(page.locator('#quiz-question')).toBeFocused();
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('name')?.replace(/^q-/, ''));
    expect(id, `question ${n} shows an item`).toBeTruthy();
    const value = answer(id);
    // No radio is checked yet: focus sits on the first one. Arrow keys move and choose.
    if (value === 1) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
    } else {
      for (let k = 1; k < value; k++) await page.keyboard.press('ArrowDown');
    }
    await expect(page.locator(`input[name="q-${id}"][value="${value}"]`)).toBeChecked();
    await expect(page.getByRole('status').first()).toHaveText('Réponse enregistrée.');
    await page.keyboard.press('Enter');
  }
  for (let n = 1; n <= situations.length; n++) {
    await expect(page.locator('.quiz-position')).toHaveText(`Mise en situation ${n} sur ${situations.length} (facultative)`);
    await expect(page.locator('#quiz-question')).toBeFocused();
    if (n === 3) {
      // Skip this one with its button.
      await tabTo(page, () => document.activeElement?.textContent === 'Passer cette question', 'the skip button');
      await page.keyboard.press('Enter');
      continue;
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.quiz-question input:checked')).toHaveCount(1);
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/#\/quiz\/resultat$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon profil');
  await expect(page.locator('#quiz-profile-name')).toHaveText(archetypeName('usager'));
  await expect(page.getByRole('cell', { name: 'préférence marquée' })).toHaveCount(1);
  await expect(page.locator('#quiz-code')).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByRole('img', { name: /Radar de votre profil/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  // Six situations answered (the second answer each time), one skipped.
  await expect(page.locator('.quiz-part li', { hasText: /choix$/ }).first()).toBeVisible();
  // The attempt is filed: the intro now offers the history, no attempt in progress.
  await open(page, '#/quiz');
  await expect(page.getByRole('link', { name: 'Voir mon historique (1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reprendre' })).toHaveCount(0);
});

test('a reload mid-quiz resumes at the same question with the answers checked', async ({ page }) => {
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Commencer le questionnaire complet' }).click();
  const values = [2, 5, 4];
  for (const v of values) {
    await page.locator('.quiz-choice label').nth(v - 1).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  await page.locator('.quiz-choice label').nth(0).click();
  await expect(page.locator('.quiz-position')).toHaveText('Question 4 sur 28');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Un questionnaire est en cours' })).toBeVisible();
  // Counted in questions, as the counter and the bar count them.
  await expect(page.getByText('4 réponses sur 28 questions')).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(page.locator('.quiz-position')).toHaveText('Question 4 sur 28');
  await expect(page.locator('.quiz-question input[value="1"]')).toBeChecked();
  for (let n = 3; n >= 1; n--) {
    await page.getByRole('button', { name: 'Précédent' }).click();
    await expect(page.locator('.quiz-position')).toHaveText(`Question ${n} sur 28`);
    await expect(page.locator(`.quiz-question input[value="${values[n - 1]}"]`)).toBeChecked();
  }
  // Restarting clears the attempt in progress.
  await page.reload();
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expect(page.getByRole('button', { name: 'Reprendre' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Commencer le questionnaire complet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reprendre' })).toHaveCount(0);
});

/** An express attempt by mouse: each item answered by `answer(id)`, situations skipped. */
async function expressAttempt(page, answer) {
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Commencer le questionnaire express' }).click();
  const express = items.filter((i) => i.express);
  for (let n = 1; n <= express.length; n++) {
    await expect(page.locator('.quiz-position')).toHaveText(`Question ${n} sur ${express.length}`);
    const id = (await page.locator('.quiz-question input').first().getAttribute('name')).replace(/^q-/, '');
    await page.locator(`.quiz-question input[value="${answer(id)}"] + label`).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  await page.getByRole('button', { name: 'Passer les mises en situation et voir mon résultat' }).click();
  await expect(page).toHaveURL(/#\/quiz\/resultat$/);
}

test('two attempts appear in the history with the overlay and the change in words', async ({ page }) => {
  // Express is indicative: even a clear lead reads as a tendency.
  await expressAttempt(page, standOut('curiosite'));
  await expect(page.locator('#quiz-profile-name')).toHaveText(`Plutôt ${archetypeName('curiosite')}`);
  await expect(page.getByText(/Résultat indicatif/)).toBeVisible();
  await expressAttempt(page, standOut('audace'));
  await expect(page.locator('#quiz-profile-name')).toHaveText(`Plutôt ${archetypeName('audace')}`);
  await page.getByRole('link', { name: 'Voir mon historique' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon historique');
  const rows = page.locator('table.quiz-history tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(archetypeName('audace'));
  await expect(rows.first()).toContainText('questionnaire express (indicatif)');
  await expect(rows.nth(1)).toContainText(archetypeName('curiosite'));
  const radar = page.getByRole('img', { name: /Radar comparant vos deux derniers questionnaires/ });
  await expect(radar).toBeVisible();
  await expect(radar.locator('path.radar-line')).toHaveCount(2);
  await expect(radar.locator('path.radar-dashed')).toHaveCount(1);
  await expect(page.getByText(/Tirets et carrés\s:\squestionnaire précédent/)).toBeVisible();
  const changes = page.locator('.quiz-changes li');
  await expect(changes).toHaveCount(7);
  await expect(changes.first()).toContainText('Curiosité');
  await expect(changes.first()).toContainText('points');
  await expect(changes.first()).toContainText("ce n'est plus une préférence marquée");
  await expect(page.locator('.quiz-changes li', { hasText: 'Audace' })).toContainText("c'est désormais une préférence marquée");
  await expect(page.getByText(/l'écart est indicatif/)).toBeVisible();
});

test('the printed result fits on one A4 page', async ({ page }) => {
  await open(page, '#/quiz');
  await seedHistory(page);
  await open(page, '#/quiz/resultat');
  await expect(page.locator('#quiz-profile-name')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  for (const lang of ['fr', 'en']) {
    if (lang === 'en') {
      await page.emulateMedia({ media: 'screen' });
      await setLanguage(page, 'en');
      await page.emulateMedia({ media: 'print' });
    }
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/g) || [];
    expect(pages.length, `printed pages (${lang})`).toBe(1);
  }
});

for (const lang of ['fr', 'en']) {
  test(`axe finds no violation on the quiz screens (${lang})`, async ({ page }) => {
    await open(page, '#/quiz');
    await setLanguage(page, lang);
    await expectAccessible(page, `intro (${lang})`);
    await seedProgress(page, 5);
    await seedHistory(page);
    await reopen(page, '#/quiz');
    await expectAccessible(page, `intro with an attempt in progress (${lang})`);
    await page.getByRole('button', { name: lang === 'fr' ? 'Reprendre' : 'Resume' }).click();
    await expect(page.locator('.quiz-position')).toHaveText(lang === 'fr' ? 'Question 6 sur 28' : 'Question 6 of 28');
    await page.locator('.quiz-choice label').nth(2).click();
    await expectAccessible(page, `question (${lang})`);
    await seedProgress(page, items.length);
    await reopen(page, '#/quiz');
    await page.getByRole('button', { name: lang === 'fr' ? 'Reprendre' : 'Resume' }).click();
    await expect(page.locator('.quiz-situ-intro')).toBeVisible();
    await expectAccessible(page, `situational question (${lang})`);
    await open(page, '#/quiz/resultat');
    await expect(page.locator('#quiz-profile-name')).toBeVisible();
    await expectAccessible(page, `result (${lang})`);
    await open(page, '#/quiz/historique');
    await expect(page.locator('.quiz-changes li')).toHaveCount(7);
    await expectAccessible(page, `history (${lang})`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `history, dark (${lang})`);
    await open(page, '#/quiz/resultat');
    await expectAccessible(page, `result, dark (${lang})`);
  });
}

test('empty states: no result and no history yet', async ({ page }) => {
  await open(page, '#/quiz/resultat');
  await expect(page.getByText(/Vous n'avez pas encore terminé de questionnaire\s:\svotre profil apparaîtra ici\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Faire le questionnaire' })).toHaveAttribute('href', 'quiz.html#/quiz');
  await expectAccessible(page, 'empty result');
  await open(page, '#/quiz/historique');
  await expect(page.getByText(/Vous n'avez pas encore terminé de questionnaire\. Chaque/)).toBeVisible();
  await expectAccessible(page, 'empty history');
});

test('the quiz screens work at 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, '#/quiz');
  await seedHistory(page);
  await seedProgress(page, items.length + 1);
  for (const hash of ['#/quiz', '#/quiz/resultat', '#/quiz/historique']) {
    await reopen(page, hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${hash}`).toBeLessThanOrEqual(0);
  }
  await reopen(page, '#/quiz');
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(page.locator('.quiz-position')).toHaveText('Mise en situation 2 sur 7 (facultative)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow on a situational question').toBeLessThanOrEqual(0);
});

test('a second tab follows the answers given in the first one', async ({ page, context }) => {
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Commencer le questionnaire complet' }).click();
  await page.locator('.quiz-choice label').nth(1).click();
  const other = await context.newPage();
  await open(other, '#/quiz');
  await other.getByRole('button', { name: 'Reprendre' }).click();
  await expect(other.locator('.quiz-question input[value="2"]')).toBeChecked();
  // The first tab goes on and answers: the second one shows it without a reload.
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('.quiz-choice label').nth(3).click();
  await expect(other.locator('.quiz-position')).toHaveText('Question 2 sur 28');
  await expect(other.locator('.quiz-question input[value="4"]')).toBeChecked();
  // Answering in the second tab is saved on top of the first tab's answers.
  await other.locator('.quiz-choice label').nth(4).click();
  await expect(page.locator('.quiz-question input[value="5"]')).toBeChecked();
  const answers = await page.evaluate(() => JSON.parse(localStorage.getItem('labo.quiz.progress')).data.session.answers);
  expect(Object.values(answers).sort()).toEqual([2, 5]);
  await other.close();
});

/** Answers the current questions by keyboard: `answer(id)` is 1–5, or 0 for « Pas eu l'occasion ». */
async function answerByKeyboard(page, count, answer) {
  for (let n = 1; n <= count; n++) {
    await expect(page.locator('.quiz-position')).toHaveText(`Question ${n} sur ${count}`);
    await expect(page.locator('.quiz-progress')).toHaveAttribute('max', String(count));
    await expect(page.locator('#quiz-question')).toBeFocused();
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('name')?.replace(/^q-/, ''));
    const value = answer(id);
    if (value === 1) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
    } else {
      const steps = value === 0 ? 5 : value - 1;
      for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowDown');
    }
    await expect(page.locator(`input[name="q-${id}"][value="${value}"]`)).toBeChecked();
    await page.keyboard.press('Enter');
  }
}

test('express by keyboard, with « Pas eu l\'occasion » on one dimension', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, '#/quiz');
  await tabTo(page, () => document.activeElement?.textContent === 'Commencer le questionnaire express', 'the express button');
  await page.keyboard.press('Enter');
  const express = items.filter((i) => i.express);
  // Every dimension of the express set has a reversed item.
  for (const d of DIMS) expect(express.some((i) => i.dimension === d && i.reversed), d).toBe(true);
  const usager = standOut('usager');
  await answerByKeyboard(page, express.length, (id) => (id.startsWith('recit') ? 0 : usager(id)));
  await expect(page.locator('.quiz-position')).toHaveText(`Mise en situation 1 sur ${situations.length} (facultative)`);
  await tabTo(page, () => document.activeElement?.textContent === 'Passer les mises en situation et voir mon résultat', 'skip all');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/quiz\/resultat$/);
  await expect(page.locator('#quiz-profile-name')).toHaveText(`Plutôt ${archetypeName('usager')}`);
  const recit = page.getByRole('row', { name: /Récit et facilitation/ });
  await expect(recit).toContainText('pas assez de réponses');
  await expect(page.getByText(/Ce que vaut cette lecture/)).toBeVisible();
  // The actions link to the game's method cards, by id.
  await expect(page.getByRole('link', { name: /Fiche méthode du jeu/ }).first()).toHaveAttribute('href', /jeu\.html#\/jeu\?carte=[a-z-]+$/);
  await expectAccessible(page, 'express result with an unscored dimension');

  // The anonymous pilot CSV from « Mes données »: month only, no name.
  await open(page, '#/donnees');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer mes réponses anonymes (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
  expect(csv).toHaveLength(2);
  expect(csv[0]).toMatch(/^version,mode,month,audace_1,/);
  expect(csv[1]).toMatch(/^2,express,\d{4}-\d{2},/);
  expect(csv[1]).toContain(',na,');
});

test('three marked dimensions read as one balanced profile, not as a duo', async ({ page }) => {
  await open(page, '#/quiz');
  await seed(page, 'labo.quiz.history', 'quiz.history', {
    attempts: [{
      completed_at: Date.UTC(2026, 10, 3, 9, 30),
      result: { version: 2, mode: 'complete', scores: [81, 81, 81, 38, 38, 38, 38], marked: ['curiosite', 'usager', 'iteration'], less_used: ['donnees', 'recit', 'audace', 'cooperation'], profile: { duo: ['curiosite', 'usager'] }, indicative: false, situational: [0, 0, 0, 0, 0, 0, 0] },
    }],
  });
  await reopen(page, '#/quiz/resultat');
  await expect(page.locator('#quiz-profile-name')).toHaveText('Polyvalent·e');
  await expect(page.getByText(/Plusieurs dimensions dépassent votre zone neutre/)).toBeVisible();
  await expect(page.getByText(/Deux dimensions|Deux préférences/)).toHaveCount(0);
  await expect(page.getByText(/lecture prudente/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'préférence marquée' })).toHaveCount(3);
  // A balanced profile still gets strengths, a partner and two actions.
  await expect(page.getByRole('heading', { name: 'Vos points forts' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Avec qui faire équipe' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Pour développer/ })).toBeVisible();
});

test('every past result in the history opens as a full result page', async ({ page }) => {
  await open(page, '#/quiz');
  await seedHistory(page);
  await reopen(page, '#/quiz/historique');
  const rows = page.locator('table.quiz-history tbody tr');
  await expect(rows).toHaveCount(2);
  // The older one: an express result of version 1, read with today's rules
  // (a lead of one point on two questions is not a clear lead).
  await rows.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/#\/quiz\/resultat\?le=\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon profil');
  await expect(page.locator('#quiz-profile-name')).toHaveText('Polyvalent·e');
  await expect(page.getByText(/Résultat indicatif/)).toBeVisible();
  await expect(page.locator('#quiz-code')).toBeVisible();
  await expectAccessible(page, 'a past result');
  // A result of another version: the history says so.
  await page.evaluate(() => {
    const h = JSON.parse(localStorage.getItem('labo.quiz.history'));
    h.data.attempts[1].result.version = 2;
    localStorage.setItem('labo.quiz.history', JSON.stringify(h));
  });
  await reopen(page, '#/quiz/historique');
  await expect(page.getByText(/mêle deux versions du questionnaire/)).toBeVisible();
  await expect(page.getByText(/viennent de versions différentes du questionnaire \(1 et 2\)/)).toBeVisible();
});

test('the trainer computes Cronbach\'s alpha from pooled pilot files', async ({ page }) => {
  const ids = items.map((i) => i.id).sort();
  const header = `version,mode,month,${ids.join(',')}`;
  // 12 people, answers varying by person and by dimension; one file per 6 people.
  const row = (p) => `2,complete,2026-11,${ids.map((id, k) => 1 + ((p * (1 + (k % 4)) + DIMS.indexOf(items.find((i) => i.id === id).dimension)) % 5)).join(',')}`;
  const file = (from) => [header, ...[0, 1, 2, 3, 4, 5].map((k) => row(from + k))].join('\n');
  await open(page, '#/formateur?vue=fiabilite');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiabilité du questionnaire');
  await page.getByLabel('Fichiers CSV des données pilotes').setInputFiles([
    { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(file(0)) },
    { name: 'b.csv', mimeType: 'text/csv', buffer: Buffer.from(file(6)) },
  ]);
  await expect(page.getByText('12 questionnaires lus.')).toBeVisible();
  await expect(page.locator('#tr-alpha tbody tr')).toHaveCount(7);
  await expect(page.locator('#tr-alpha tbody tr').first().locator('td').nth(0)).toHaveText('12');
  await expectAccessible(page, 'reliability screen');
  await page.getByLabel('Fichiers CSV des données pilotes').setInputFiles([
    { name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n2,complete,2026-11,9`) },
  ]);
  await expect(page.getByRole('alert')).toContainText('ligne 2');
});
