// Registers the service worker (offline use, installable app) and relays
// "a new version is ready" to the app, which asks the person before
// reloading: a new version never interrupts a game or a questionnaire.
(() => {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  const announce = () => {
    window.__laboUpdateReady = true;
    window.dispatchEvent(new Event('labo-update'));
  };
  navigator.serviceWorker.register('sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) announce();
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
  }).catch(() => { /* No offline mode, the app still works online. */ });
  let applying = false;
  window.addEventListener('labo-update-apply', () => {
    applying = true;
    navigator.serviceWorker.getRegistration().then((reg) => {
      if (reg && reg.waiting) reg.waiting.postMessage('skip-waiting');
      else location.reload();
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) location.reload();
  });
})();
