// The facilitator's "why the game works this way" sheet: every lesson, the
// rule that encodes it and the simulated team that skips the practice,
// measured in the browser, printable, in French and English.
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';

for (const [lang, choice, title, header] of [
  ['fr', /Pourquoi le jeu fonctionne ainsi/, 'Pourquoi le jeu fonctionne ainsi', 'Règle qui l\'encode'],
  ['en', /Why the game works this way/, 'Why the game works this way', 'Rule that encodes it'],
]) {
  test(`the lesson matrix is in the trainer's printable sheets (${lang})`, async ({ page }) => {
    await open(page, '#/formateur?vue=imprimer');
    await setLanguage(page, lang);
    await page.getByRole('radio', { name: choice }).check();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    const table = page.locator('table.tr-lessons');
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(7);
    // Each row: the user-centred team does better than the one that skips.
    for (const row of await table.locator('tbody tr').all()) {
      const [user, other] = (await row.locator('td').allTextContents()).slice(-2).map((t) => parseFloat(t));
      expect(user).toBeGreaterThan(other);
    }
    await expectAccessible(page, `lesson sheet (${lang})`);
  });
}
