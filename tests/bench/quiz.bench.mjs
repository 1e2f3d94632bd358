// Quiz click-to-paint latency: choosing an answer (saved at once) and
// moving to the next question, with the CPU throttled 4x.
import { test, expect } from '@playwright/test';
import { offlineReady, throttle, clickToPaint, report } from './latency.mjs';

test('quiz: answer and next, click to paint', async ({ page }) => {
  await page.goto('./quiz.html#/quiz');
  await page.getByRole('button', { name: 'Commencer le questionnaire complet' }).click();
  await offlineReady(page);
  await throttle(page, 4);
  const answer = [];
  const next = [];
  for (let n = 1; n <= 28; n++) {
    await expect(page.locator('.quiz-position')).toHaveText(`Question ${n} sur 28`);
    answer.push(await clickToPaint(page, page.locator(`.quiz-question input[value="${1 + (n % 5)}"] + label`)));
    next.push(await clickToPaint(page, page.getByRole('button', { name: 'Suivant' })));
  }
  report('quiz answer', answer);
  report('quiz next question', next);
  report('quiz all clicks', [...answer, ...next]);
  // The floor of the method: a click on plain text, which changes nothing.
  const floor = [];
  for (let n = 0; n < 30; n++) floor.push(await clickToPaint(page, page.locator('.quiz-position')));
  report('no-op click (measurement floor)', floor);
});
