#!/usr/bin/env bash
# A local registry for pull tests: start | stop [--purge] | seed | addr
# Debian's docker-registry on 127.0.0.1 only; the engine treats 127.0.0.0/8 registries as
# insecure, so plain HTTP works without TLS or daemon flags. start and seed print the address.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REG_ADDR=127.0.0.1:${CTK_REGISTRY_PORT:-5055}
REG_DIR=$ENGINE_DIR/registry
REG_PID=$REG_DIR/registry.pid
REG_LOG=$REG_DIR/registry.log
SEEDS=(lessons/alpine:latest=alpine:latest) # registry path = local image

usage() {
  cat >&2 <<EOF
usage: $0 start | stop [--purge] | seed | addr
  start         run the registry on $REG_ADDR (storage in $REG_DIR)
  stop          stop it; --purge also deletes the stored images
  seed          push the stand-ins (${SEEDS[*]}) from the private engine into it
  addr          print the registry address
EOF
  exit 2
}

# answers succeeds when a registry answers GET /v2/ on REG_ADDR.
answers() {
  local reply
  reply=$(http_get "${REG_ADDR%:*}" "${REG_ADDR#*:}" /v2/) || return 1
  [[ ${reply%%$'\n'*} == HTTP/*" 200 "* ]]
}

do_start() {
  need_tool docker-registry
  if alive "$REG_PID" && answers; then
    say "registry already running on $REG_ADDR"
    echo "$REG_ADDR"
    return
  fi
  stop_pid "$REG_PID" registry 10
  answers && die "something else already answers on $REG_ADDR (set CTK_REGISTRY_PORT to move ours)"
  mkdir -p "$REG_DIR/data"
  cat >"$REG_DIR/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $REG_DIR/data
  delete:
    enabled: true
http:
  addr: $REG_ADDR
EOF
  spawn "$REG_PID" "$REG_LOG" docker-registry serve "$REG_DIR/config.yml"
  for _ in $(seq 150); do
    answers && break
    alive "$REG_PID" || break
    sleep 0.2
  done
  if ! answers; then
    local state=exited
    alive "$REG_PID" && state="running, not answering"
    say "docker-registry is $state after 30 s; its log, then what listens on ${REG_ADDR#*:}:"
    tail -n 20 "$REG_LOG" >&2 || true
    ss -ltnp "sport = :${REG_ADDR#*:}" >&2 2>/dev/null || true
    stop_pid "$REG_PID" registry 5
    die "the registry did not start on $REG_ADDR"
  fi
  say "registry running on $REG_ADDR"
  echo "$REG_ADDR"
}

do_seed() {
  need_engine
  { alive "$REG_PID" && answers; } || die "the registry is not running: bash tests/kit/registry.sh start"
  local seed path image
  for seed in "${SEEDS[@]}"; do
    path=${seed%%=*} image=${seed#*=}
    dk image inspect "$image" >/dev/null 2>&1 || die "$image missing: bash tests/kit/images.sh"
    dk tag "$image" "$REG_ADDR/$path"
    dk push --quiet "$REG_ADDR/$path" >&2
    dk rmi "$REG_ADDR/$path" >/dev/null # keep the engine as it was; tests pull it back
    say "seeded $REG_ADDR/$path from $image"
  done
  echo "$REG_ADDR"
}

do_stop() {
  stop_pid "$REG_PID" registry 10
  if [[ ${1:-} == --purge ]]; then
    rm -rf "$REG_DIR"
    say "registry data deleted"
  fi
  say "registry stopped"
}

case ${1:-} in
start) do_start ;;
stop)
  [[ $# -le 1 || ${2:-} == --purge ]] || usage
  do_stop "${2:-}"
  ;;
seed) do_seed ;;
addr) echo "$REG_ADDR" ;;
*) usage ;;
esac
