// Roles, one source of truth (issue #14): the quiz result names the game's
// own role and power, a team lists its members, each bringing the role of
// their latest quiz result or one chosen at the table, the table shows
// each role and whether its power acted this month, and the debrief counts
// each power's uses from the log.
import { readFileSync } from 'node:fs';
import { test, expect, open, cardPlayed, expectAccessible, setLanguage, pageOf } from './helpers.mjs';

const roles = JSON.parse(readFileSync(new URL('../../content/roles.json', import.meta.url), 'utf8')).roles;
const role = (id) => roles.find((r) => r.id === id);

async function seedQuiz(page, result) {
  await page.evaluate((result) => {
    localStorage.setItem('labo.quiz.history', JSON.stringify({
      labo: 'quiz.history', schema: 1, app: '0.1.0', saved_at: Date.now(), rev: 1,
      data: { attempts: [{ completed_at: Date.UTC(2026, 10, 3, 9, 30), result }] },
    }));
  }, result);
}

const EXPLORER = { version: 2, mode: 'complete', scores: [90, 40, 50, 50, 50, 50, 50], marked: ['curiosite'], less_used: [], profile: { single: 'curiosite' }, indicative: false, situational: [0, 0, 0, 0, 0, 0, 0] };
const BALANCED = { version: 2, mode: 'complete', scores: [81, 81, 81, 38, 38, 38, 38], marked: ['curiosite', 'usager', 'iteration'], less_used: ['donnees', 'recit', 'audace', 'cooperation'], profile: { duo: ['curiosite', 'usager'] }, indicative: false, situational: [0, 0, 0, 0, 0, 0, 0] };

async function reopen(page, hash) {
  await page.goto(`./${pageOf(hash)}${hash}`);
  await page.reload();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
}

for (const [result, id] of [[EXPLORER, 'curiosite'], [BALANCED, 'polyvalent']]) {
  test(`the quiz result promises the game's own role (${id})`, async ({ page }) => {
    await open(page, '#/quiz');
    await seedQuiz(page, result);
    await reopen(page, '#/quiz/resultat');
    const part = page.locator('section.quiz-part').filter({ has: page.getByRole('heading', { name: 'Votre rôle dans le jeu' }) });
    await expect(part.locator('#quiz-role-name')).toHaveText(role(id).name.fr);
    await expect(part).toContainText(role(id).power_text.fr);
    await setLanguage(page, 'en');
    await expect(page.locator('#quiz-role-name')).toHaveText(role(id).name.en);
    await expect(page.getByText(role(id).power_text.en)).toBeVisible();
  });
}

test('a team lists its members with their roles; the table and the debrief follow', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '#/jeu');
  await seedQuiz(page, EXPLORER);
  await reopen(page, '#/jeu');
  const explorer = role('curiosite').name.fr;
  const allRounder = role('polyvalent').name.fr;
  await expect(page.getByText(`Votre dernier profil au questionnaire vous donne le rôle ${explorer}.`, { exact: false })).toBeVisible();
  await page.locator('#game-team-0').fill('Les Castors');
  // Person 1 takes the quiz profile, person 2 chooses at the table.
  await page.getByLabel('Prénom de la personne 1 (facultatif)').fill('Camille');
  await page.getByRole('button', { name: `Prendre mon profil (${explorer})` }).click();
  await expect(page.getByLabel('Rôle de la personne 1')).toHaveValue('curiosite');
  await expect(page.getByText(role('curiosite').power_text.fr)).toBeVisible();
  await page.getByRole('button', { name: "Ajouter une personne à l'équipe 1" }).click();
  await expect(page.getByLabel('Prénom de la personne 2 (facultatif)')).toBeFocused();
  await page.keyboard.type('Lou');
  await page.getByLabel('Rôle de la personne 2').selectOption('polyvalent');
  await page.getByRole('button', { name: "Ajouter une personne à l'équipe 1" }).click();
  await expect(page.getByRole('button', { name: "Retirer la personne 3 de l'équipe 1" })).toBeEnabled();
  await page.getByRole('button', { name: "Retirer la personne 3 de l'équipe 1" }).click();
  await expect(page.getByLabel('Prénom de la personne 3 (facultatif)')).toHaveCount(0);
  await expectAccessible(page, 'setup with members (fr)');
  await setLanguage(page, 'en');
  await expect(page.getByLabel('First name of person 2 (optional)')).toHaveValue('Lou');
  await expectAccessible(page, 'setup with members (en)');
  await setLanguage(page, 'fr');
  await page.locator('#game-seed').fill('K7M-4QX');
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await expect(page.locator('#game-reveal')).toBeVisible();

  // The table names both roles, each once, with its power available.
  const chips = page.locator('.game-order li[aria-current="true"] .game-role-chip');
  await expect(chips).toHaveText([explorer, allRounder].map((n) => new RegExp(`^${n}`)));
  await expect(chips.first()).toContainText('pouvoir disponible ce mois-ci');
  await page.locator('#game-reveal').click();
  await expect(page.locator('#game-event-title')).toBeVisible();
  // A method that costs energy costs one less (the all-rounder's power):
  // the card says so; once played, the power is spent for the month.
  const cheaper = page.locator('.game-card').filter({ hasText: /Pouvoir de rôle/ });
  await expect(cheaper.first()).toBeVisible();
  await expect(page.locator('.game-card').filter({ hasText: 'Dans sa phase : moins chère' }).first()).toBeVisible();
  await cheaper.first().locator('.game-play').click();
  await cardPlayed(page);
  const spent = chips.filter({ hasText: allRounder });
  await expect(spent).toContainText('pouvoir utilisé ce mois-ci');
  await expect(page.locator('.game-last')).toContainText(`Le pouvoir du rôle ${allRounder} joue.`);
  await expectAccessible(page, 'table with roles (fr)');
  // Next month the power is back.
  await page.getByRole('button', { name: /Finir le mois/ }).click();
  await expect(chips.filter({ hasText: allRounder })).toContainText('pouvoir disponible ce mois-ci');

  // The debrief counts the all-rounder's use under Lou's name.
  await page.getByRole('button', { name: 'Débriefer maintenant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Débriefing');
  await page.getByRole('navigation').getByRole('button', { name: /^Étape 3/ }).click();
  await expect(page.getByText(`Les Castors, rôle ${allRounder} (Lou)`, { exact: false })).toContainText('a joué 1 fois');
  await expect(page.getByText(`Les Castors, rôle ${explorer} (Camille)`, { exact: false })).toBeVisible();
});
