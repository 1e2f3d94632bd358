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
 * Clicks `locator`; returns the milliseconds from the click event's
 * timestamp to just after the next frame (the frame showing the change).
 * The capturing listener runs before the app's handlers; the app's
 * synchronous work and microtasks all happen before that frame.
 */
export async function clickToPaint(page, locator) {
  await page.evaluate(() => {
    window.__paint = new Promise((resolve) => {
      document.addEventListener('click', (ev) => {
        const t0 = ev.timeStamp;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
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

/** Prints one result line the way `make bench` reports it. */
export function report(label, samples) {
  const { n, median, p95 } = stats(samples);
  console.log(`latency ${label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${n} clicks (4x CPU throttling)`);
}
