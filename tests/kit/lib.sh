# Helpers shared by the test engine kit. Source it, don't run it.
# shellcheck shell=bash

KIT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$KIT_DIR/../.." && pwd)
ENGINE_DIR=$ROOT/.test-engine
ENGINE_SOCK=$ENGINE_DIR/docker.sock

say() { printf '[kit] %s\n' "$*" >&2; }
die() {
  printf '[kit] ERROR: %s\n' "$*" >&2
  exit 1
}

need_root() {
  [[ $EUID -eq 0 ]] || die "run as root (dockerd, bridges and apt-get need it)"
}

# apt_install PKG... installs Debian packages; `apt-get update` runs once per process.
APT_UPDATED=
apt_install() {
  need_root
  command -v apt-get >/dev/null || die "apt-get not found: install $* yourself"
  if [[ -z $APT_UPDATED ]]; then
    say "apt-get update"
    apt-get update -qq >&2
    APT_UPDATED=1
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 \
    apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$@" >&2
}

# need_pkg PKG... installs the packages dpkg does not list as installed.
need_pkg() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
}

# need_cmd CMD PKG installs PKG when CMD is not on PATH.
need_cmd() {
  command -v "$1" >/dev/null 2>&1 && return
  apt_install "$2"
  command -v "$1" >/dev/null 2>&1 || die "$2 is installed but '$1' is still not on PATH"
}

# dk ARGS... runs the docker CLI against the private engine only (-H beats DOCKER_HOST and contexts).
dk() { docker --host "unix://$ENGINE_SOCK" "$@"; }

engine_up() { [[ -S $ENGINE_SOCK ]] && dk version --format '{{.Server.Version}}' >/dev/null 2>&1; }

need_engine() {
  need_cmd docker docker.io
  engine_up || die "the private engine is not running: bash tests/kit/engine.sh start"
}

# http_get HOST PORT [PATH] prints the HTTP response (status line first); bash only, no curl.
http_get() {
  { exec 3<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n' "${3:-/}" "$1" "$2" >&3
  timeout 5 cat <&3 || true
  exec 3<&-
}

# alive PIDFILE succeeds when the pidfile names a live process of ours: not a zombie (nobody
# may reap a daemon that died), and with our directory on its command line (pids get reused).
alive() {
  local pid
  [[ -s $1 ]] || return 1
  pid=$(cat "$1")
  [[ $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) =~ ^[RSDTt]$ ]] &&
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$ENGINE_DIR/"
}

# stop_pid PIDFILE NAME [SECONDS] sends SIGTERM, waits, then SIGKILL; removes the pidfile.
stop_pid() {
  local pidfile=$1 name=$2 wait=${3:-30} pid i
  if alive "$pidfile"; then
    pid=$(cat "$pidfile")
    say "stopping $name (pid $pid)"
    kill -TERM "$pid"
    for ((i = 0; i < wait * 5; i++)); do
      alive "$pidfile" || break
      sleep 0.2
    done
    if alive "$pidfile"; then
      say "$name ignored SIGTERM for ${wait}s, killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  rm -f "$pidfile"
}

# spawn PIDFILE LOG CMD... starts CMD in its own session, detached from this shell.
spawn() {
  local pidfile=$1 log=$2
  shift 2
  setsid "$@" </dev/null >>"$log" 2>&1 &
  echo $! >"$pidfile"
}

# remember_forwarding FILE keeps IPv4 forwarding's setting from before an engine turned it on.
remember_forwarding() {
  [[ -e $1 ]] || cat /proc/sys/net/ipv4/ip_forward >"$1"
}

# restore_forwarding FILE puts it back, but only when nobody else may need it: another dockerd (a
# developer's own) relies on forwarding. ps, not pgrep: a killed dockerd may linger as a zombie.
restore_forwarding() {
  [[ -e $1 ]] || return 0
  # shellcheck disable=SC2009
  if [[ $(cat "$1") == 0 ]] && ! ps -C dockerd -o stat= | grep -qv '^Z'; then
    echo 0 >/proc/sys/net/ipv4/ip_forward
  fi
  rm -f "$1"
}
