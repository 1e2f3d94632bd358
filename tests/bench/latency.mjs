// Click-to-paint latency, over many clicks, with the CPU throttled 4x (a
// low-end laptop). Shared by the quiz and game benchmarks. Three figures per
// click, all from the click's input timestamp:
//
// * `frame`: the browser's own measure (Event Timing API, the one behind
//   Interaction to Next Paint): until the next frame was presented after the
//   click's handlers ran. The browser rounds it to 8 ms and reports only
//   clicks of 16 ms or more; a click it does not report took less than 16 ms
//   and is counted as 8 ms.
// * `work`: until the app's handlers, their microtasks, and the resulting
//   style and layout are done (the page is ready to paint).
// * `settled`: until a frame was painted after the app finished the click's
//   whole work. The game table answers a card at once (the card fades,
//   `aria-busy`) and redraws itself in the next frame: this is when every
//   consequence is on screen.

/**
 * Waits until the offline copy is stored: on a first visit the service
 * worker downloads and stores every page of the build in the background
 * (several megabytes, a one-time cost), which on a small machine competes
 * with the page for the processor. Measured during it, a click would time
 * that download too, and not the same way as the no-op floor measured later.
 */
export async function offlineReady(page) {
  const state = await page.evaluate(() => Promise.race([
    'serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => 'ready') : 'none',
    new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000)),
  ]));
  if (state === 'timeout') throw new Error('latency: the service worker did not finish installing within 60 s');
}

/** Throttles the page's CPU by `rate` through the DevTools protocol. */
export async function throttle(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Waits until no animation runs on the page (at most 2 s). While one runs,
 * Chromium draws its frames without waiting for the page, so a click's
 * answer can wait for the frame after; the no-op floor is clicked on a page
 * at rest, and so is a click measured `atRest`.
 */
export async function atRest(page) {
  await page.evaluate(() => new Promise((resolve) => {
    const until = performance.now() + 2000;
    const check = () => {
      const running = document.getAnimations().some((a) => a.playState === 'running');
      if (!running || performance.now() > until) resolve();
      else requestAnimationFrame(check);
    };
    check();
  }));
}

/**
 * Clicks `locator`; returns `{ frame, work, settled }` in milliseconds. With
 * `{ rest: true }` the page is at rest first (see `atRest`), as when a person
 * reads what the last click changed before the next one.
 */
export async function clickToPaint(page, locator, { rest = false } = {}) {
  if (rest) await atRest(page);
  await page.evaluate(() => {
    window.__latency = new Promise((resolve) => {
      let work = null;
      let settled = null;
      let frame = 8;
      // Only this click's entries: an earlier click's may still be on its way.
      let since = Infinity;
      document.addEventListener('pointerdown', (ev) => { since = ev.timeStamp; }, { once: true, capture: true });
      const mine = (e) => e.interactionId && e.startTime >= since && ['pointerdown', 'pointerup', 'click'].includes(e.name);
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (mine(e)) frame = Math.max(frame, e.duration);
      });
      observer.observe({ type: 'event', durationThreshold: 16 });
      document.addEventListener('click', (ev) => {
        const t0 = ev.timeStamp;
        setTimeout(() => {
          document.body.getBoundingClientRect();
          work = performance.now() - t0;
        }, 0);
        const check = () => {
          if (document.querySelector('[aria-busy="true"]')) return requestAnimationFrame(check);
          requestAnimationFrame(() => setTimeout(() => { settled = performance.now() - t0; }, 0));
        };
        requestAnimationFrame(check);
        // Entries arrive after the frame is presented: wait a few frames.
        setTimeout(() => {
          for (const e of observer.takeRecords()) if (mine(e)) frame = Math.max(frame, e.duration);
          observer.disconnect();
          resolve({ frame, work, settled });
        }, 250);
      }, { once: true, capture: true });
    });
  });
  // A plain mouse click at the element's centre, as a person's: Playwright's
  // own click adds checks that run in the page during the measured frame.
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('latency: nothing to click');
  // The pointer reaches the target first and its hover frame is painted, as
  // when a person moves to a button before pressing it: sent together, the
  // move's hover work would delay the press and count in its latency.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.mouse.down();
  await page.mouse.up();
  return page.evaluate(() => window.__latency);
}

/** Median and 95th percentile of a list of numbers. */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95) };
}

/** Prints the result lines the way `make bench` reports them. */
export function report(label, samples) {
  const lines = [
    ['click to next frame (Event Timing)', 'frame'],
    ['app work (to layout)', 'work'],
    ['click to every consequence painted', 'settled'],
  ];
  const out = {};
  for (const [what, key] of lines) {
    const { n, median, p95 } = stats(samples.map((s) => s[key]));
    out[key] = { median, p95 };
    console.log(`latency ${label}, ${what}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${n} clicks (4x CPU throttling)`);
  }
  // The browser's own figure comes in 8 ms steps: how many clicks at each.
  const steps = new Map();
  for (const s of samples) steps.set(s.frame, (steps.get(s.frame) || 0) + 1);
  const spread = [...steps.entries()].sort((a, b) => a[0] - b[0]).map(([ms, k]) => `${ms} ms x${k}`).join(', ');
  console.log(`latency ${label}, click to next frame by step: ${spread}`);
  return out;
}
