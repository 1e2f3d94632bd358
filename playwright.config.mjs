// End-to-end tests in Debian's headless Chromium against the release build
// in dist/, served by a plain static server (as a lab's intranet would).
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT || 8765);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--disable-dev-shm-usage',
      ],
    },
    locale: 'fr-FR',
  },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory dist`,
    // The project folder, also when a config elsewhere (benchmarks) reuses this one.
    cwd: new URL('.', import.meta.url).pathname,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
