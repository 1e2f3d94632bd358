// Click-to-paint latency: from the click event to the frame painted after
// the app reacted, over many plays, with the CPU throttled 4x (a low-end
// laptop). Shared by the quiz and game benchmarks.

/** Throttles the page's CPU by `rate` through the DevTools protocol. */
export async function throttle(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Clicks `locator`; returns `{ work, paint }` in milliseconds from the click
 * event's timestamp: `work` until the app's handlers, its microtasks and the
 * resulting style and layout are done (the page is ready to paint); `paint`
 * until just after the next frame was produced (which adds the wait for the
 * display's next frame, up to 16.7 ms at 60 Hz). The capturing listener runs
 * before the app's own handlers.
 */
export async function clickToPaint(page, locator) {
  await page.evaluate(() => {
    window.__paint = new Promise((resolve) => {
      document.addEventListener('click', (ev) => {
        const t0 = ev.timeStamp;
        setTimeout(() => {
          document.body.getBoundingClientRect();
          const work = performance.now() - t0;
          requestAnimationFrame(() => setTimeout(() => resolve({ work, paint: performance.now() - t0 }), 0));
        }, 0);
      }, { once: true, capture: true });
    });
  });
  await locator.click();
  return page.evaluate(() => window.__paint);
}

/** Median and 95th percentile of a list of numbers. */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95) };
}

/** Prints the result lines the way `make bench` reports them. */
export function report(label, samples) {
  for (const [what, key] of [['to painted frame', 'paint'], ['app work (to layout)', 'work']]) {
    const { n, median, p95 } = stats(samples.map((s) => s[key]));
    console.log(`latency ${label}, ${what}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${n} clicks (4x CPU throttling)`);
  }
}
