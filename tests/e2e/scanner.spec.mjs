// « Scanner des codes »: Chromium's fake camera plays a video of real codes
// (three participants' result QR codes, two tables' summary QR codes, then
// the first participant again), made by `cargo run --example fake_camera`
// with Labo's own encoders. The team map and the comparison fill from it,
// a code shown twice is refused, the camera is asked for only on the
// click, the decoder is downloaded only then, and the dialog passes axe.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config.mjs';
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';

const tables = JSON.parse(readFileSync('tests/fixtures/trainer-summaries.json', 'utf8')).codes;
const people = [
  [80, 40, 45, 50, 40, 35, 50],
  [40, 90, 50, 45, 55, 40, 60],
  [45, 50, 85, 40, 50, 45, 40],
];

// Made once per test process (the runner lists tests in another one).
const video = join(tmpdir(), `labo-fake-camera-${process.pid}.y4m`);
const codes = JSON.parse(execFileSync('cargo', [
  'run', '--quiet', '--example', 'fake_camera', '--', video,
  ...people.map((p) => `participant:${p.join(',')}`),
  `text:${tables[0]}`, `text:${tables[1]}`,
  `participant:${people[0].join(',')}`,
], { encoding: 'utf8' }));

const base = config.use.launchOptions;
test.use({
  launchOptions: {
    ...base,
    args: [...base.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`],
  },
});

// Counts the camera requests, to show the camera is asked for only on the click.
async function watchCamera(page) {
  await page.addInitScript(() => {
    window.__cameraAsked = 0;
    const devices = navigator.mediaDevices;
    const ask = devices.getUserMedia.bind(devices);
    devices.getUserMedia = (c) => { window.__cameraAsked += 1; return ask(c); };
  });
  const decoder = [];
  page.on('request', (r) => { if (/scanner(_loader\.js|\.js|_bg\.wasm)$/.test(r.url())) decoder.push(r.url()); });
  return decoder;
}

const grouped = (c) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;

test('the team map fills from the camera; a code shown twice is refused', async ({ page }) => {
  test.setTimeout(90_000);
  const decoder = await watchCamera(page);
  await open(page, '#/formateur/equipe');
  expect(await page.evaluate(() => window.__cameraAsked)).toBe(0);
  expect(decoder, 'the decoder is not downloaded with the page').toEqual([]);

  await page.getByRole('button', { name: 'Scanner des codes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scanner des codes avec la caméra' });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => window.__cameraAsked)).toBe(1);
  await expect(dialog.getByText(/aucune image n'est enregistrée ni envoyée/)).toBeVisible();

  // The three participants join the map, in the order shown.
  const members = page.locator('#tr-members tbody tr');
  await expect(members).toHaveCount(3, { timeout: 40_000 });
  for (const [k, c] of codes.slice(0, 3).entries()) {
    await expect(members.nth(k).locator('td').nth(1)).toHaveText(grouped(c));
  }
  await expect(dialog.getByRole('heading', { name: '3 codes ajoutés' })).toBeVisible();
  // Each read is confirmed on screen; the first participant shown again is refused.
  await expect(dialog.locator('.scan-reads li.error', { hasText: `${grouped(codes[0])} : déjà sur la carte (n° 1), non ajouté.` }))
    .not.toHaveCount(0, { timeout: 40_000 });
  await expect(members).toHaveCount(3);
  expect(decoder.some((u) => u.endsWith('scanner_bg.wasm')), 'the decoder is downloaded on opening').toBe(true);
  await expectAccessible(page, 'scanner dialog (team map)');

  // Done: the dialog closes, the camera is off, the map stays.
  await dialog.getByRole('button', { name: 'Terminer' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.locator('dialog.scan video').evaluate((v) => v.srcObject)).toBeNull();
  await expect(page.getByRole('button', { name: 'Scanner des codes' })).toBeFocused();
  await expect(members).toHaveCount(3);
});

test('the tables fill from the camera, in English too; a participant\'s code is sent to the team map', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, '#/formateur?vue=tables');
  await setLanguage(page, 'en');
  await page.getByRole('button', { name: 'Scan codes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan codes with the camera' });
  await expect(dialog).toBeVisible();
  await expect(page.locator('#tr-compare thead th')).toHaveCount(3, { timeout: 40_000 });
  await expect(dialog.locator('.scan-reads li.ok', { hasText: 'Table 2 added.' })).toBeVisible();
  await expect(dialog.locator('.scan-reads li.error', { hasText: 'This QR code is a quiz result' }).first()).toBeVisible({ timeout: 40_000 });
  await expect(dialog.locator('.scan-reads li.error', { hasText: /already/ }).first()).toBeVisible({ timeout: 40_000 });
  await expectAccessible(page, 'scanner dialog (tables, en)');
  // Escape closes it as well.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#tr-compare thead th')).toHaveCount(3);
});
