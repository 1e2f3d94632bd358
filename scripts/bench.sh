#!/usr/bin/env bash
# Performance figures of the release build (benchmarks, not tests):
# first-visit download size, Lighthouse mobile scores, and the engine and
# interaction benchmarks when they exist.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== release build"
scripts/build.sh >/dev/null 2>&1 || scripts/build.sh

echo
echo "== first visit download (node scripts/size.mjs)"
node scripts/size.mjs

if [ -f src/bin/engine_bench.rs ]; then
  echo
  echo "== game engine (cargo run --profile sim --bin engine_bench)"
  cargo run --quiet --profile sim --bin engine_bench
fi

if [ -f src/bin/balance.rs ]; then
  echo
  echo "== game balance, 2,000 games a cell (cargo run --profile sim --bin balance -- --games 2000)"
  cargo run --quiet --profile sim --bin balance -- --games 2000
  echo
  echo "== lesson matrix (cargo run --profile sim --bin balance -- --games 2000 --lessons docs/lessons.md)"
  cargo run --quiet --profile sim --bin balance -- --games 2000 --lessons docs/lessons.md >/dev/null
  echo "docs/lessons.md written"
fi

echo
echo "== quiz stability (cargo run --profile sim --bin quiz_stability)"
cargo run --quiet --profile sim --bin quiz_stability

# Lighthouse is large and only needed here: installed on first use.
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  echo "[bench] installing Lighthouse 12.8.2 into .tools/ (once)"
  npm install --prefix .tools --no-audit --no-fund lighthouse@12.8.2 >/dev/null
fi

echo
echo "== Lighthouse, mobile (node scripts/lighthouse.mjs)"
LH_ROUTES="#/,quiz.html#/quiz,jeu.html#/jeu,formateur.html#/formateur,equipes.html#/formateur/equipe,materiel.html#/formateur?vue=contenus,donnees.html#/donnees" node scripts/lighthouse.mjs
# The game table's budget (>= 98) is read on the median of five runs.
LH_ROUTES=table LH_RUNS=5 node scripts/lighthouse.mjs

echo
echo "== fault injection (npx playwright test tests/e2e/faults.spec.mjs)"
rm -f test-results/faults.jsonl
npx playwright test tests/e2e/faults.spec.mjs --reporter=line || true
node scripts/faults-figures.mjs || true

if ls tests/bench/*.mjs >/dev/null 2>&1; then
  echo
  echo "== click-to-paint latency (npx playwright test -c tests/bench)"
  npx playwright test -c tests/bench/playwright.bench.config.mjs --reporter=line
fi
