// Click-to-paint latency, over many clicks, with the CPU throttled 4x (a
// low-end laptop). Shared by the quiz and game benchmarks. Two figures per
// click, both from the click's input timestamp:
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

/** Throttles the page's CPU by `rate` through the DevTools protocol. */
export async function throttle(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Clicks `locator`; returns `{ frame, work, settled }` in milliseconds. */
export async function clickToPaint(page, locator) {
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
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
  return out;
}
