#!/usr/bin/env bash
# A private Podman behind its Docker-compatible API: start | stop [--purge] | status | env | images
# Its configs, storage, network definitions, run state and socket live in $ROOT/.test-engine/podman;
# the system's /etc/containers and /var/lib/containers/storage are neither read nor changed. Shared
# by design: rootful netavark's address and DNS state in /run/containers/networks (one host, one
# IPAM), so network names must not clash with a system Podman's running networks.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PODMAN_DIR=$ENGINE_DIR/podman
PODMAN_SOCK=$PODMAN_DIR/podman.sock
PODMAN_PID=$PODMAN_DIR/service.pid
PODMAN_LOG=$PODMAN_DIR/service.log
FWD_ORIG=$PODMAN_DIR/ip_forward.orig
POOL=10.214.0.0/16 # the default network and user-defined ones; outside the Docker kit's 10.212.0.0/15
FW_CHAIN=CTK-PODMAN
STANDINS=(alpine:latest redis:latest node:22-alpine)

# Every podman command here, the service included, uses our configs and storage.
export CONTAINERS_CONF=$PODMAN_DIR/containers.conf
export CONTAINERS_STORAGE_CONF=$PODMAN_DIR/storage.conf
export CONTAINERS_REGISTRIES_CONF=$PODMAN_DIR/registries.conf

usage() {
  cat >&2 <<EOF
usage: $0 start | stop [--purge] | status | env | images
  start         start the private Podman API service (installs podman if missing)
  stop          stop it and its containers; images stay
  stop --purge  also delete its storage (images, containers, networks)
  status        say whether it runs (exit 1 when it does not)
  env           print the DOCKER_HOST export for it
  images        load the stand-ins (alpine, redis, node:22-alpine) from the private Docker engine
EOF
  exit 2
}

# Podman reads only $CONTAINERS_CONF when it is set, so ours is the distribution's defaults (the
# ones learners get: no NET_RAW, for one) with our settings added under their section headers.
write_containers_conf() {
  local dist=/usr/share/containers/containers.conf containers network engine
  [[ -r $dist ]] || dist=/dev/null
  # This machine's hard rlimits (nofile 20000) are below Podman's defaults: without this every
  # container fails with "error setting rlimit type 7". Values at the hard limits fail too.
  # A quirk of these machines, not of learners' ones.
  containers='default_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]'
  network=$(
    cat <<EOF
network_backend = "netavark"
network_config_dir = "$PODMAN_DIR/networks"
default_subnet = "${POOL%.0.0/*}.0.0/24"
default_subnet_pools = [{ "base" = "$POOL", "size" = 24 }]
EOF
  )
  # No systemd here: cgroupfs, and events in a file instead of the journal.
  engine=$(
    cat <<EOF
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$PODMAN_DIR/events.log"
tmp_dir = "$PODMAN_DIR/tmp"
EOF
  )
  CONTAINERS=$containers NETWORK=$network ENGINE=$engine awk '
    function add(section) { print ENVIRON[toupper(section)]; done[section] = 1 }
    { print }
    /^\[(containers|network|engine)\]$/ { add(substr($0, 2, length($0) - 2)) }
    END {
      split("containers network engine", all)
      for (i in all) if (!done[all[i]]) { print "[" all[i] "]"; add(all[i]) }
    }' "$dist" >"$CONTAINERS_CONF"
}

write_configs() {
  mkdir -p "$PODMAN_DIR"/{storage,run,tmp,networks}
  write_containers_conf
  cat >"$CONTAINERS_STORAGE_CONF" <<EOF
[storage]
driver = "overlay"
graphroot = "$PODMAN_DIR/storage"
runroot = "$PODMAN_DIR/run"
EOF
  # Local images only: any pull from Docker Hub (where the compat API sends short names) fails.
  cat >"$CONTAINERS_REGISTRIES_CONF" <<EOF
unqualified-search-registries = []
short-name-mode = "permissive"

[[registry]]
location = "docker.io"
blocked = true
EOF
}

# Netavark inserts its own ACCEPT rules at the top of the filter FORWARD chain whenever it sets
# up a network, so a REJECT there would come too late: traffic from our pool to anything outside
# it is dropped in the mangle table, which netavark leaves alone.
firewall_up() {
  firewall_down
  iptables -t mangle -N "$FW_CHAIN"
  iptables -t mangle -A "$FW_CHAIN" -d "$POOL" -j RETURN
  iptables -t mangle -A "$FW_CHAIN" -j DROP
  iptables -t mangle -I FORWARD -s "$POOL" -j "$FW_CHAIN"
}

firewall_down() {
  while iptables -t mangle -D FORWARD -s "$POOL" -j "$FW_CHAIN" 2>/dev/null; do :; done
  iptables -t mangle -F "$FW_CHAIN" 2>/dev/null || true
  iptables -t mangle -X "$FW_CHAIN" 2>/dev/null || true
}

podman_up() {
  [[ -S $PODMAN_SOCK ]] && [[ $(curl -sf --max-time 5 --unix-socket "$PODMAN_SOCK" http://podman/_ping) == OK ]]
}

# conmon outlives the service, and after an exec it lingers for 5 minutes (--exit-delay 300);
# ours are the ones whose command line names our storage.
kill_our_conmons() {
  local pid
  for pid in $(pgrep -x conmon || true); do
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF " $PODMAN_DIR/"; then
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
}

fail_start() {
  say "$1; last lines of $PODMAN_LOG:"
  tail -n 25 "$PODMAN_LOG" >&2 || true
  do_stop >/dev/null 2>&1 || true
  exit 1
}

do_start() {
  need_root
  ((${#PODMAN_SOCK} < 108)) || die "repo path too long for a unix socket: $PODMAN_SOCK"
  need_pkg netavark aardvark-dns
  need_tool podman curl iptables pgrep
  if alive "$PODMAN_PID" && podman_up; then
    say "already running ($PODMAN_SOCK)"
    return
  fi
  do_stop >/dev/null 2>&1 || true # tidy up after a crash
  write_configs
  remember_forwarding "$FWD_ORIG"
  firewall_up
  say "starting podman system service"
  spawn "$PODMAN_PID" "$PODMAN_LOG" podman system service --time=0 "unix://$PODMAN_SOCK"
  for _ in $(seq 60); do
    podman_up && break
    alive "$PODMAN_PID" || fail_start "podman system service exited"
    sleep 0.5
  done
  podman_up || fail_start "podman did not answer /_ping within 30s"
  say "running: Podman $(podman version --format '{{.Server.Version}}') on $PODMAN_SOCK"
}

do_stop() {
  need_root
  if [[ -e $CONTAINERS_CONF ]] && command -v podman >/dev/null; then
    # Containers outlive the API service (conmon keeps them): stop them first, so that netavark
    # removes their bridges and rules and aardvark-dns exits.
    podman stop --all --time 10 >/dev/null 2>&1 || true
  fi
  stop_pid "$PODMAN_PID" "podman system service" 15
  kill_our_conmons
  rm -f "$PODMAN_SOCK"
  firewall_down
  restore_forwarding "$FWD_ORIG"
  if [[ ${1:-} == --purge ]]; then
    say "deleting Podman's data ($PODMAN_DIR)"
    podman system reset --force >/dev/null 2>&1 || true
    rm -rf "$PODMAN_DIR"
  fi
  say "stopped"
}

do_status() {
  if alive "$PODMAN_PID" && podman_up; then
    echo "running: Podman $(podman version --format '{{.Server.Version}}'), pid $(cat "$PODMAN_PID"), $PODMAN_SOCK"
  else
    echo "stopped"
    return 1
  fi
}

# The stand-ins come from the private Docker engine, built there by images.sh (one recipe for
# both engines), and are loaded when Podman lacks them or holds another build.
do_images() {
  need_root
  need_tool podman
  [[ -e $CONTAINERS_CONF ]] || write_configs
  local started='' tag want have stale=()
  if ! engine_up; then
    say "the private Docker engine builds the stand-ins: starting it for that"
    bash "$KIT_DIR/engine.sh" start
    started=1
  fi
  bash "$KIT_DIR/images.sh"
  for tag in "${STANDINS[@]}"; do
    want=$(dk image inspect --format '{{.Id}}' "$tag")
    have=$(podman image inspect --format '{{.Id}}' "$tag" 2>/dev/null) || true
    if [[ ${want#sha256:} == "$have" ]]; then say "$tag already there"; else stale+=("$tag"); fi
  done
  if ((${#stale[@]})); then
    say "loading ${stale[*]} into Podman"
    dk save "${stale[@]}" | podman load --quiet >/dev/null
    podman image prune --force >/dev/null # the builds these replaced
  fi
  if [[ -n $started ]]; then bash "$KIT_DIR/engine.sh" stop; fi
}

case ${1:-} in
start) do_start ;;
stop)
  [[ $# -le 1 || ${2:-} == --purge ]] || usage
  do_stop "${2:-}"
  ;;
status) do_status ;;
env) echo "export DOCKER_HOST=unix://$PODMAN_SOCK" ;;
images) do_images ;;
*) usage ;;
esac
