// Interaction benchmarks (not tests): click-to-paint latency measured in
// headless Chromium with 4x CPU throttling, printed by each *.bench.mjs.
import base from '../../playwright.config.mjs';

export default {
  ...base,
  testDir: '.',
  testMatch: /.*\.bench\.mjs$/,
  timeout: 300_000,
  workers: 1,
  fullyParallel: false,
};
