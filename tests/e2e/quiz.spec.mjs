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
  await expect(page.getByText('4 réponses sur 35')).toBeVisible();
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
  await expressAttempt(page, standOut('curiosite'));
  await expect(page.locator('#quiz-profile-name')).toHaveText(archetypeName('curiosite'));
  await expect(page.getByText(/Résultat indicatif/)).toBeVisible();
  await expressAttempt(page, standOut('audace'));
  await expect(page.locator('#quiz-profile-name')).toHaveText(archetypeName('audace'));
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
