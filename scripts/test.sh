#!/usr/bin/env bash
# Runs every check in order and ends with one line: "summary: N passed, N failed".
# Test counts come from each runner's own report; a step that is not a test
# runner (fmt, clippy, build, size) counts as one check.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

passed=0
failed=0
logdir=$(mktemp -d)
failures=()

# step NAME KIND COMMAND...   KIND: check | cargo | playwright
step() {
  local name=$1 kind=$2; shift 2
  local log="$logdir/$(echo "$name" | tr ' /' '__').log"
  printf '\n== %s\n' "$name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p=0 f=0
  case $kind in
    cargo)
      p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
      f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
      ;;
    playwright)
      p=$(grep -Eo '^ +[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
      f=$(grep -Eo '^ +[0-9]+ (failed|flaky)' "$log" | awk '{s+=$1} END {print s+0}')
      ;;
    *)
      if [ "$rc" = 0 ]; then p=1; else f=1; fi
      ;;
  esac
  # A runner that failed without saying how many tests failed still fails.
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" = 0 ] || failures+=("$name")
  printf -- '-- %s: %s passed, %s failed (%ss)\n' "$name" "$p" "$f" "$((SECONDS - start))"
  return "$rc"
}

step "cargo fmt" check cargo fmt --all -- --check
step "clippy native" check cargo clippy --all-targets --locked -- -D warnings
step "clippy wasm32" check cargo clippy --lib --bins --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests" cargo cargo test --locked
web_tests=()
for f in tests/web_*.rs; do web_tests+=(--test "$(basename "$f" .rs)"); done
step "browser tests (wasm-bindgen-test)" cargo cargo test --locked --target wasm32-unknown-unknown "${web_tests[@]}"
if step "release build (scripts/build.sh)" check scripts/build.sh; then
  step "size check" check node scripts/size.mjs --max-kb 150 --page-max jeu.html:345 \
    --page-max formateur.html:345 --page-max equipes.html:345 --page-max materiel.html:345
  step "single-file build (scripts/single-file.sh)" check scripts/single-file.sh
  step "end-to-end (Playwright)" playwright npx playwright test
else
  failures+=("size check (not run)" "end-to-end (not run)"); failed=$((failed + 2))
fi

rm -rf "$logdir"
echo
if [ ${#failures[@]} -gt 0 ]; then printf 'failed steps: %s\n' "${failures[*]}"; fi
echo "summary: $passed passed, $failed failed"
[ "$failed" = 0 ]
