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
    apt-get update -qq -o DPkg::Lock::Timeout=300 >&2
    APT_UPDATED=1
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 \
    apt-get install -y -qq -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 --no-install-recommends "$@" >&2
}

# need_pkg PKG... installs the packages dpkg does not list as installed.
need_pkg() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
}

# The one table of the programs the kit and the tests run, and the Debian package that really
# provides each: CMD=PKG, or CMD=PKG:FILE when the package ships the program under another name.
declare -A KIT_TOOLS=(
  [docker]=docker.io [dockerd]=docker.io [containerd]=containerd
  # What the docker:dind stand-in (images.sh) copies in, besides docker, dockerd, containerd, openssl.
  [docker-init]=docker.io [docker-proxy]=docker.io [containerd-shim-runc-v2]=containerd [runc]=runc
  [xtables-nft-multi]=iptables [xtables-legacy-multi]=iptables
  [ip]=iproute2 [iptables]=iptables [pgrep]=procps [openssl]=openssl [curl]=curl
  [sshd]=openssh-server [docker-registry]=docker-registry [podman]=podman [chromium]=chromium
  [busybox]=busybox-static [redis-cli]=redis-tools
  # redis-check-rdb is the whole server: it acts as one when started under the name redis-server.
  # (Debian's redis-server package only adds that symlink and a system service on port 6379.)
  [redis-server]=redis-tools:redis-check-rdb
)

# tool_pkg CMD prints the package that provides CMD.
tool_pkg() {
  local entry=${KIT_TOOLS[$1]:-}
  [[ -n $entry ]] || die "'$1' is not in the kit's table of tools (KIT_TOOLS in tests/kit/lib.sh)"
  echo "${entry%%:*}"
}

# tool_path CMD prints the path of CMD as its package installed it, and fails loudly when the package
# does not provide it, even when some CMD is on PATH. Installs nothing: need_tool does.
tool_path() {
  local cmd=$1 pkg entry file listed found
  pkg=$(tool_pkg "$cmd") || exit 1
  entry=${KIT_TOOLS[$cmd]}
  file=$cmd
  [[ $entry == *:* ]] && file=${entry#*:}
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' ||
    die "$pkg (which provides $cmd) is not installed: bash tests/kit/tool.sh need $cmd"
  listed=$(dpkg -L "$pkg" | grep -E '/s?bin/[^/]+$') || true
  found=$(grep -m1 -E "/$file\$" <<<"$listed") || true
  # Programs managed by update-alternatives (iptables) are not in the list; their target is.
  if [[ -z $found ]] && command -v "$cmd" >/dev/null 2>&1; then
    local target
    target=$(readlink -f "$(command -v "$cmd")")
    if [[ -n $listed ]] && xargs -r readlink -f <<<"$listed" | grep -qxF "$target"; then
      found=$(command -v "$cmd")
    fi
  fi
  [[ -n $found ]] ||
    die "the kit maps '$cmd' to the Debian package $pkg, but $pkg provides no program '$file' (dpkg -L $pkg); fix KIT_TOOLS in tests/kit/lib.sh"
  echo "$found"
}

# need_tool CMD... installs the packages of the CMDs that are not installed, then checks every
# mapping with tool_path and that a CMD shipped under its own name is on PATH.
need_tool() {
  local cmd pkg pkgs=() path
  for cmd in "$@"; do
    pkg=$(tool_pkg "$cmd") || exit 1
    pkgs+=("$pkg")
  done
  need_pkg "${pkgs[@]}"
  for cmd in "$@"; do
    path=$(tool_path "$cmd") || exit 1
    [[ $path != */"$cmd" ]] || command -v "$cmd" >/dev/null 2>&1 ||
      die "$(tool_pkg "$cmd") provides $path, but '$cmd' is not on PATH ($PATH)"
  done
}

# dk ARGS... runs the docker CLI against the private engine only (-H beats DOCKER_HOST and contexts).
dk() { docker --host "unix://$ENGINE_SOCK" "$@"; }

engine_up() { [[ -S $ENGINE_SOCK ]] && dk version --format '{{.Server.Version}}' >/dev/null 2>&1; }

need_engine() {
  need_tool docker
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

# spawn PIDFILE LOG CMD... starts CMD in its own session, detached from this shell. The daemon keeps
# none of the caller's other descriptors: a lock the caller holds (flock) must end with the caller.
spawn() {
  local pidfile=$1 log=$2
  shift 2
  (
    for fd in /proc/self/fd/*; do
      fd=${fd##*/}
      if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec setsid "$@" </dev/null >>"$log" 2>&1
  ) &
  local pid=$!
  echo "$pid" >"$pidfile"
  # Until the subshell has closed those and exec'd the daemon, its command line is this script's, and
  # `alive` (which checks it) would call the daemon dead: return once the daemon is its argv[0].
  for _ in $(seq 250); do
    [[ $(head -z -n 1 "/proc/$pid/cmdline" 2>/dev/null | tr -d '\0') == "$1" ]] && return
    sleep 0.02
  done
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
