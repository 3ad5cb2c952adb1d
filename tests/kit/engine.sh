#!/usr/bin/env bash
# The private Docker engine the tests run against: start | stop [--purge] | status | env [--tls]
# Everything lives in $ROOT/.test-engine; a developer's own dockerd (/var/run/docker.sock,
# /var/lib/docker, docker0, a system containerd) is never used or touched.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BRIDGE=ctk0
BRIDGE_ADDR=10.212.99.1/24 # the default bridge; outside Docker's own default pools (172.17-31, 192.168)
POOL=10.213.0.0/16         # user-defined networks get /24s from here
OUR_NET=10.212.0.0/15      # covers both
FW_CHAIN=CTK-TEST-ENGINE

DATA=$ENGINE_DIR/data
EXEC=$ENGINE_DIR/exec
CTRD=$ENGINE_DIR/containerd
CTRD_SOCK=$ENGINE_DIR/containerd.sock
DOCKERD_PID=$ENGINE_DIR/dockerd.pid # ours; dockerd keeps its own pidfile in $EXEC
CTRD_PID=$ENGINE_DIR/containerd.pid
DOCKERD_LOG=$ENGINE_DIR/dockerd.log
CTRD_LOG=$ENGINE_DIR/containerd.log
FWD_ORIG=$ENGINE_DIR/ip_forward.orig
# The engine also answers tcp+TLS on loopback (client certificates required), for the remote-engine tests.
TLS_DIR=$ENGINE_DIR/tls
TLS_CLIENT=$TLS_DIR/client # the docker layout: ca.pem, cert.pem, key.pem
TLS_HOST=tcp://127.0.0.1:${CTK_ENGINE_TLS_PORT:-23760}

usage() {
  cat >&2 <<EOF
usage: $0 start | stop [--purge] | status | env [--tls]
  start         start the private engine (installs docker.io if dockerd is missing)
  stop          stop it and remove its bridges and firewall rules; images stay
  stop --purge  also delete its data root (images, containers, networks)
  status        say whether it runs (exit 1 when it does not)
  env           print the DOCKER_HOST export for the private engine
  env --tls     print the exports for its tcp+TLS listener ($TLS_HOST)
EOF
  exit 2
}

# Unix sockets paths are limited to 108 bytes; containerd appends ".ttrpc" to its socket.
check_paths() {
  ((${#CTRD_SOCK} + 6 < 108)) || die "repo path too long for unix sockets: $CTRD_SOCK"
}

write_configs() {
  mkdir -p "$DATA" "$EXEC" "$CTRD"
  # Our own daemon.json keeps a developer's /etc/docker/daemon.json out of the picture.
  # Engines before 23 also write a trust key into /etc/docker unless told otherwise.
  local major
  major=$(dockerd --version | sed -E 's/^Docker version ([0-9]+).*/\1/')
  if [[ $major =~ ^[0-9]+$ ]] && ((major < 23)); then
    printf '{"deprecated-key-path": "%s"}\n' "$ENGINE_DIR/key.json" >"$ENGINE_DIR/daemon.json"
  else
    echo '{}' >"$ENGINE_DIR/daemon.json"
  fi
  # dockerd only spawns its own containerd when /run/containerd/containerd.sock is absent, and
  # would otherwise share the system one; so we always run our own (same settings as dockerd's).
  cat >"$ENGINE_DIR/containerd.toml" <<EOF
version = 2
root = "$CTRD/root"
state = "$CTRD/state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.internal.v1.opt"]
[grpc]
  address = "$CTRD_SOCK"
EOF
}

# ossl ARGS... runs openssl in $TLS_DIR, its chatter in openssl.log.
ossl() {
  (cd "$TLS_DIR" && openssl "$@" 2>>openssl.log) || die "openssl $1 failed; see $TLS_DIR/openssl.log"
}

# issue NAME EXTENSIONS signs a new P-256 key pair NAME-key.pem/NAME-cert.pem with the kit's CA.
issue() {
  ossl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 -subj "/CN=container-talk $1" \
    -keyout "$1-key.pem" -out "$1.csr"
  ossl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 \
    -extfile <(printf '%b\n' "$2") -out "$1-cert.pem"
  rm -f "$TLS_DIR/$1.csr"
}

# A CA, a server certificate for 127.0.0.1/localhost and a client pair; made once, then reused.
make_tls() {
  [[ -s $TLS_CLIENT/key.pem ]] && return
  need_tool openssl
  say "creating TLS certificates in $TLS_DIR"
  rm -rf "$TLS_DIR"
  mkdir -p "$TLS_CLIENT"
  chmod 700 "$TLS_DIR"
  ossl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 -days 3650 \
    -subj "/CN=container-talk test CA" -keyout ca-key.pem -out ca.pem
  issue server 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth'
  issue client 'extendedKeyUsage=clientAuth'
  cp "$TLS_DIR/ca.pem" "$TLS_CLIENT/ca.pem"
  mv "$TLS_DIR/client-cert.pem" "$TLS_CLIENT/cert.pem"
  mv "$TLS_DIR/client-key.pem" "$TLS_CLIENT/key.pem"
}

tls_up() { DOCKER_CERT_PATH=$TLS_CLIENT docker --host "$TLS_HOST" --tlsverify version >/dev/null 2>&1; }

bridge_up() {
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge
    ip addr add "$BRIDGE_ADDR" dev "$BRIDGE"
  fi
  ip link set "$BRIDGE" up
}

# Interfaces carrying an address of ours: ctk0 and the bridges of user-defined networks.
our_bridges() {
  ip -o -4 addr show | awk -v a="${BRIDGE_ADDR%.*}." -v p="${POOL%.0.0/*}." \
    'index($4, a) == 1 || index($4, p) == 1 { print $2 }' | sort -u
}

bridges_down() {
  local br
  for br in $(our_bridges); do
    say "removing interface $br"
    ip link del "$br" 2>/dev/null || true
  done
}

# The engine runs with --iptables=false: with iptables on, dockerd flushes the shared DOCKER*
# chains at start, wiping the port rules of a developer's own dockerd. Published ports then go
# through docker-proxy, which listens on the host. Our own chain does the rest for our ranges:
# it accepts traffic between containers on one bridge (despite a DROP policy another dockerd
# may have set), drops traffic between networks (Docker's isolation) and rejects traffic to
# the outside (rather than dropping it, so clients fail at once instead of timing out).
firewall_up() {
  firewall_down
  iptables -N "$FW_CHAIN"
  if ! iptables -A "$FW_CHAIN" -m physdev --physdev-is-bridged -j ACCEPT 2>/dev/null; then
    say "warning: no iptables physdev match; leaving the firewall alone"
    firewall_down
    return 0
  fi
  iptables -A "$FW_CHAIN" -s "$OUR_NET" -d "$OUR_NET" -j DROP
  iptables -A "$FW_CHAIN" -p tcp -j REJECT --reject-with tcp-reset
  iptables -A "$FW_CHAIN" -j REJECT
  iptables -I FORWARD -s "$OUR_NET" -j "$FW_CHAIN"
  iptables -I FORWARD -d "$OUR_NET" -j "$FW_CHAIN"
}

firewall_down() {
  local dir
  for dir in -s -d; do
    while iptables -D FORWARD "$dir" "$OUR_NET" -j "$FW_CHAIN" 2>/dev/null; do :; done
  done
  iptables -F "$FW_CHAIN" 2>/dev/null || true
  iptables -X "$FW_CHAIN" 2>/dev/null || true
}

# Shims (and their containers) outlive a killed containerd: find them by our socket path.
kill_orphan_shims() {
  local shim
  for shim in $(pgrep -f -- "-address $CTRD_SOCK\$" || true); do
    say "killing leftover shim $shim and its container"
    pkill -KILL -P "$shim" || true # the container's init; its pid namespace dies with it
    kill -KILL "$shim" 2>/dev/null || true
  done
}

# Leftover mounts (netns files, overlay layers) after a crash would make rm -rf fail or worse.
unmount_all() {
  awk -v d="$ENGINE_DIR/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r |
    while read -r m; do umount -l "$m" 2>/dev/null || true; done
}

fail_start() {
  say "$1; last lines of $DOCKERD_LOG and $CTRD_LOG:"
  tail -n 25 "$DOCKERD_LOG" >&2 || true
  tail -n 10 "$CTRD_LOG" >&2 || true
  do_stop >/dev/null 2>&1 || true
  exit 1
}

do_start() {
  need_root
  check_paths
  need_tool dockerd containerd docker ip iptables pgrep
  mkdir -p "$ENGINE_DIR"
  if alive "$DOCKERD_PID"; then
    if engine_up; then
      say "already running ($ENGINE_SOCK)"
      tls_up || say "warning: nothing answers on $TLS_HOST (started by an older kit?): stop and start it again"
      return
    fi
    say "dockerd runs but does not answer yet; waiting"
  else
    do_stop >/dev/null 2>&1 || true # tidy up after a crash
    write_configs
    make_tls
    bridge_up
    firewall_up
    # dockerd turns IPv4 forwarding on (without it every `docker run` warns "Networking will
    # not work"); remember the old value so stop can restore it.
    remember_forwarding "$FWD_ORIG"
    say "starting containerd"
    spawn "$CTRD_PID" "$CTRD_LOG" containerd --config "$ENGINE_DIR/containerd.toml"
    for _ in $(seq 100); do
      [[ -S $CTRD_SOCK ]] && break
      alive "$CTRD_PID" || fail_start "containerd exited"
      sleep 0.1
    done
    say "starting dockerd"
    spawn "$DOCKERD_PID" "$DOCKERD_LOG" dockerd \
      --config-file "$ENGINE_DIR/daemon.json" \
      --host "unix://$ENGINE_SOCK" \
      --host "$TLS_HOST" \
      --tlsverify \
      --tlscacert "$TLS_DIR/ca.pem" \
      --tlscert "$TLS_DIR/server-cert.pem" \
      --tlskey "$TLS_DIR/server-key.pem" \
      --data-root "$DATA" \
      --exec-root "$EXEC" \
      --pidfile "$EXEC/docker.pid" \
      --containerd "$CTRD_SOCK" \
      --bridge "$BRIDGE" \
      --default-address-pool "base=$POOL,size=24" \
      --iptables=false
  fi
  for _ in $(seq 120); do
    engine_up && break
    alive "$DOCKERD_PID" || fail_start "dockerd exited"
    sleep 0.5
  done
  engine_up || fail_start "dockerd did not answer within 60s"
  say "running: Docker $(dk version --format '{{.Server.Version}}') on $ENGINE_SOCK and $TLS_HOST (TLS)"
}

do_stop() {
  need_root
  # dockerd stops its containers first (each gets its stop timeout, 10s by default).
  stop_pid "$DOCKERD_PID" dockerd 45
  stop_pid "$CTRD_PID" containerd 15
  kill_orphan_shims
  unmount_all
  # A killed dockerd leaves its own pidfile, and may linger as a zombie that no one reaps: the next
  # dockerd would take the pidfile's pid for a running daemon and refuse to start.
  rm -f "$ENGINE_SOCK" "$CTRD_SOCK" "$CTRD_SOCK.ttrpc" "$EXEC/docker.pid"
  bridges_down
  firewall_down
  restore_forwarding "$FWD_ORIG"
  if [[ ${1:-} == --purge ]]; then
    say "deleting the engine's data ($DATA, $EXEC, $CTRD)"
    rm -rf "$DATA" "$EXEC" "$CTRD"
  fi
  say "stopped"
}

do_status() {
  if alive "$DOCKERD_PID" && engine_up; then
    echo "running: Docker $(dk version --format '{{.Server.Version}}'), pid $(cat "$DOCKERD_PID"), $ENGINE_SOCK"
  else
    echo "stopped"
    return 1
  fi
}

case ${1:-} in
start) do_start ;;
stop)
  [[ $# -le 1 || ${2:-} == --purge ]] || usage
  do_stop "${2:-}"
  ;;
status) do_status ;;
env)
  if [[ ${2:-} == --tls ]]; then
    printf 'export %s\n' "DOCKER_HOST=$TLS_HOST" DOCKER_TLS_VERIFY=1 "DOCKER_CERT_PATH=$TLS_CLIENT"
  else
    echo "export DOCKER_HOST=unix://$ENGINE_SOCK"
  fi
  ;;
*) usage ;;
esac
