// Shared helpers for the end-to-end tests: a page that fails the test on
// any console error, and an axe-core check for WCAG 2.1 AA.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Requests that stay on this machine (or never leave the page). */
const LOCAL = /^(http:\/\/127\.0\.0\.1[:/]|data:|blob:|file:|about:)/;

// Every page of every test: no console error, no CSP violation, and no
// request leaving 127.0.0.1 (no font, icon, analytics or anything else).
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors = [];
    const external = [];
    const codeText = [];
    // Every text and label the page ever shows, on every screen a test
    // visits: source code on screen (a `>` inside a `view!` attribute
    // closure prints the rest of the closure as a label) fails the test.
    await page.exposeBinding('__laboCodeText', (_source, text) => codeText.push(text));
    await page.addInitScript(() => {
      const CODE = /\|\s*_\s*\||=>|\.update\(|move \||on:click/;
      const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
      const LABELS = ['aria-label', 'title', 'value', 'placeholder', 'alt'];
      const check = (text) => {
        if (text && CODE.test(text)) window.__laboCodeText(text.trim().slice(0, 160));
      };
      const scan = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          if (!SKIP.has(node.parentNode?.nodeName)) check(node.data);
        } else if (node.nodeType === Node.ELEMENT_NODE && !SKIP.has(node.nodeName)) {
          for (const name of LABELS) check(node.getAttribute(name));
          node.childNodes.forEach(scan);
        }
      };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'childList') r.addedNodes.forEach(scan);
          else if (r.type === 'characterData') scan(r.target);
          else check(r.target.getAttribute(r.attributeName));
        }
      }).observe(document, {
        subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: LABELS,
      });
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('request', (req) => {
      if (!LOCAL.test(req.url())) external.push(req.url());
    });
    await use(page);
    // A text key shown raw means a page lacks a locale area.
    if (!page.isClosed()) {
      const body = await page.locator('body').innerText().catch(() => '');
      const raw = body.match(/\b(shell|home|a11y|notfound|data|quiz|game|trainer|debrief)\.[a-z0-9_]+(\.[a-z0-9_]+)*\b/g) || [];
      expect(raw.filter((k) => !k.includes('.html')), 'untranslated keys on screen').toEqual([]);
    }
    expect(codeText, 'source code shown as text or label').toEqual([]);
    expect(errors, 'console errors (CSP violations included)').toEqual([]);
    expect(external, 'requests leaving 127.0.0.1').toEqual([]);
  },
});
export { expect };

/** The page file that holds a route (the app is split into pages). */
export function pageOf(hash) {
  if (/^#\/?jeu\/bilan/.test(hash)) return 'bilan.html';
  // The trainer space spans three pages (src/route.rs, TrainerView::page).
  if (/^#\/?formateur\/equipe|^#\/?formateur\?vue=tables\b/.test(hash)) return 'equipes.html';
  if (/^#\/?formateur\?vue=(imprimer|contenus|format)\b/.test(hash)) return 'materiel.html';
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return { quiz: 'quiz.html', jeu: 'jeu.html', formateur: 'formateur.html', donnees: 'donnees.html' }[first] ?? '';
}

/** The link to a route, as the app writes it (`quiz.html#/quiz`, `./#/donnees`). */
export function hrefOf(hash) {
  return `${pageOf(hash) || './'}${hash}`;
}

/** Opens a route and waits for the app (not the static shell) to render. */
export async function open(page, hash = '#/') {
  await page.goto(`./${pageOf(hash)}${hash}`);
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
}

/**
 * Waits until the card just clicked has been played: the table shows the
 * card as under way (`aria-busy`) in the frame after the click, and plays it
 * right after, as a person sees it happen before their next move.
 */
export async function cardPlayed(page) {
  await expect(page.locator('.game-card[aria-busy="true"]')).toHaveCount(0);
}

/** Asserts axe-core finds no WCAG 2.1 A/AA violation on the page. */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Sets the interface language through the visible switch. */
export async function setLanguage(page, lang) {
  const current = await page.locator('html').getAttribute('lang');
  if (current !== lang) {
    await page.getByRole('button', { name: lang === 'en' ? 'Switch to English' : 'Passer en français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
}
