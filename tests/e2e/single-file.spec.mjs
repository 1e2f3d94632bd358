// The self-contained file (make single-file) opened from disk: a quiz done
// there is kept after closing and reopening the file, and the file fetches
// nothing at all.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './helpers.mjs';

const file = resolve('dist-single/labo.html');
const url = (hash) => `file://${file}${hash}`;

test('the single file runs from file://, completes a quiz and keeps it', async ({ page, context }) => {
  test.skip(!existsSync(file), 'build it with make single-file');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url('#/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, pour innover avec les usager·ères');
  // Links stay inside the file.
  await expect(page.getByRole('link', { name: 'Faire le questionnaire' })).toHaveAttribute('href', '#/quiz');
  await page.getByRole('link', { name: 'Faire le questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer le questionnaire express' }).click();
  for (let n = 1; n <= 14; n++) {
    await expect(page.locator('.quiz-position')).toHaveText(`Question ${n} sur 14`);
    await page.locator('.quiz-question input[value="4"] + label').click();
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  await page.getByRole('button', { name: 'Passer les mises en situation et voir mon résultat' }).click();
  await expect(page).toHaveURL(/#\/quiz\/resultat$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon profil');
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);

  // Close the file and open it again, in a new tab.
  await page.close();
  const again = await context.newPage();
  await again.goto(url('#/quiz/historique'));
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Mon historique');
  await expect(again.locator('table tbody tr')).toHaveCount(1);
});
