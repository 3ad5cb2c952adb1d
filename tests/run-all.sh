#!/usr/bin/env bash
# `npm test`: lint, types, build, unit tests, then the engine tests against a private Docker engine
# that this script starts (and stops) itself. The developer's own Docker is never used.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

section "lint and format (biome)"
npx biome check .

section "types (tsc)"
npm run --silent typecheck

section "security gate (electronegativity)"
# Two lines, not `a && b`: under set -e a failing `npm ci` on the left of && would not stop the script.
(cd tools/electronegativity && npm ci --no-audit --no-fund)
npx vitest run --project security --reporter=default --reporter=json --outputFile.json=test-results/security.json

section "build (electron-vite)"
npm run --silent build

section "packaging (electron-builder --dir, offline)"
npx vitest run --project packaging --reporter=default --reporter=json --outputFile.json=test-results/packaging.json

section "unit tests"
# The example app's tests talk to a real redis-server with the real redis-cli; they ask the kit where
# those are (tests/kit/tool.sh path).
# shellcheck source=tests/kit/lib.sh
source tests/kit/lib.sh
need_tool redis-server redis-cli
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json

section "private test engine"
# Stop at the end only what this run started: a developer's session on the kit keeps its engine.
cleanup=()
finish() {
  for ((i = ${#cleanup[@]} - 1; i >= 0; i--)); do eval "${cleanup[i]}" || true; done
}
trap finish EXIT
bash tests/kit/engine.sh status >/dev/null 2>&1 || cleanup+=("bash tests/kit/engine.sh stop" "bash tests/kit/registry.sh stop")
bash tests/kit/engine.sh start
bash tests/kit/images.sh
bash tests/kit/registry.sh start
bash tests/kit/registry.sh seed
eval "$(bash tests/kit/engine.sh env)"
export DOCKER_HOST

section "engine tests (DOCKER_HOST=$DOCKER_HOST)"
npx vitest run --project engine --reporter=default --reporter=json --outputFile.json=test-results/engine.json

section "faults (contract fuzz against browser mode; figures in docs/reliability.md)"
npx vitest run --project faults --reporter=default --reporter=json --outputFile.json=test-results/faults.json

section "remote engines (ssh, Docker context, tcp+TLS)"
# The same private engine through the kit's sshd and its TLS listener; the tests pick each endpoint themselves.
bash tests/kit/remote.sh status >/dev/null 2>&1 || cleanup+=("bash tests/kit/remote.sh stop")
bash tests/kit/remote.sh start
npx vitest run --project remote --reporter=default --reporter=json --outputFile.json=test-results/remote.json

section "Podman (networks lesson through Podman's Docker-compatible API)"
# A private Podman service beside the private dockerd (own storage, socket and address pool); the
# stand-ins are loaded from that engine. DOCKER_HOST changes only inside the subshell.
bash tests/kit/podman.sh status >/dev/null 2>&1 || cleanup+=("bash tests/kit/podman.sh stop")
bash tests/kit/podman.sh start
bash tests/kit/podman.sh images
(
  eval "$(bash tests/kit/podman.sh env)"
  npx vitest run --project podman --reporter=default --reporter=json --outputFile.json=test-results/podman.json
)

section "end-to-end (Playwright: browser mode in Debian's Chromium; the Electron project where a runtime exists)"
need_tool chromium # playwright.config.ts asks the kit where it is
if ! PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json; then
  # What each failed test's page showed (its accessibility snapshot): a CI run keeps no artifacts.
  for snapshot in test-results/e2e-artifacts/*/error-context.md; do
    [ -f "$snapshot" ] && printf '\n== %s\n%s\n' "$snapshot" "$(head -c 8000 "$snapshot")"
  done
  exit 1
fi

section "benchmark, quick (bench/: fails when a goal met in bench/results.json got more than 20% worse)"
npx tsc -p bench/tsconfig.json
npx tsx bench/run.ts --quick --no-build

section "summary"
node -e '
  const vitest = ["security", "packaging", "unit", "engine", "faults", "remote", "podman"].map((name) => require(`./test-results/${name}.json`));
  const e2e = require("./test-results/e2e.json").stats;
  const sum = (key) => vitest.reduce((total, run) => total + run[key], 0);
  const passed = sum("numPassedTests") + e2e.expected + e2e.flaky;
  const failed = sum("numFailedTests") + e2e.unexpected;
  console.log(`${passed} passed, ${failed} failed, ${e2e.skipped} skipped`);
  if (e2e.flaky) console.log(`${e2e.flaky} end-to-end test(s) flaky: failed, then passed on the retry (see the e2e section)`);
'
