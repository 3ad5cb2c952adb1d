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

section "build (electron-vite)"
npm run --silent build

section "unit tests"
npx vitest run --project unit

section "private test engine"
bash tests/kit/engine.sh start
trap 'bash tests/kit/registry.sh stop || true; bash tests/kit/engine.sh stop' EXIT
bash tests/kit/images.sh
bash tests/kit/registry.sh start
bash tests/kit/registry.sh seed
eval "$(bash tests/kit/engine.sh env)"
export DOCKER_HOST

section "engine tests (DOCKER_HOST=$DOCKER_HOST)"
npx vitest run --project engine
