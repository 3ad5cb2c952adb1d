#!/usr/bin/env bash
# A stand-in "remote host" for ssh:// engines: start | stop | status | env
# A private sshd on 127.0.0.1 whose sessions' docker CLI talks to the private engine (engine.sh),
# so `ssh root@127.0.0.1 -p 2222 docker system dial-stdio` is what a remote Docker host would do.
# Everything lives in $ROOT/.test-engine/ssh; the system's sshd and ~/.ssh are never used.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=${CTK_SSH_PORT:-2222}
SSH_DIR=$ENGINE_DIR/ssh
CONFIG=$SSH_DIR/sshd_config
CLIENT_CONFIG=$SSH_DIR/ssh_config # for the ssh CLI: key, port and known host, under the name ctk-remote
KEY=$SSH_DIR/id_ed25519           # the client's key; its .pub is the only authorized key
HOST_KEY=$SSH_DIR/host_ed25519_key
SSHD_PID=$SSH_DIR/sshd.pid
SSHD_LOG=$SSH_DIR/sshd.log

usage() {
  cat >&2 <<EOF
usage: $0 start | stop | status | env
  start   start the private sshd on 127.0.0.1:$PORT (installs openssh-server if sshd is missing)
  stop    stop it
  status  say whether it runs (exit 1 when it does not)
  env     print DOCKER_HOST=ssh://... and CTK_SSH_KEY (the key it accepts)
EOF
  exit 2
}

new_key() { [[ -s $1 ]] || ssh-keygen -q -t ed25519 -N '' -C "$2" -f "$1"; }

write_configs() {
  mkdir -p "$SSH_DIR"
  new_key "$HOST_KEY" container-talk-kit-host
  new_key "$KEY" container-talk-kit-client
  cp "$KEY.pub" "$SSH_DIR/authorized_keys"
  printf '[127.0.0.1]:%s %s\n' "$PORT" "$(cut -d' ' -f1,2 "$HOST_KEY.pub")" >"$SSH_DIR/known_hosts"
  # SetEnv reaches every session, so `docker` there never falls back to /var/run/docker.sock. SHLVL=1 keeps
  # bash from sourcing root's ~/.bashrc for ssh commands: it may override DOCKER_HOST, or be slow (pyenv...).
  cat >"$CONFIG" <<EOF
Port $PORT
ListenAddress 127.0.0.1
HostKey $HOST_KEY
PidFile none
AuthorizedKeysFile $SSH_DIR/authorized_keys
# The key lives in the checkout, wherever that is (CI may clone under /tmp, which StrictModes refuses);
# this sshd listens on loopback only and accepts this one key.
StrictModes no
AllowUsers root
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
AllowTcpForwarding no
X11Forwarding no
PrintMotd no
SetEnv DOCKER_HOST=unix://$ENGINE_SOCK SHLVL=1
EOF
  cat >"$CLIENT_CONFIG" <<EOF
Host ctk-remote
  HostName 127.0.0.1
  Port $PORT
  User root
  IdentityFile $KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SSH_DIR/known_hosts
  BatchMode yes
EOF
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# The "remote" docker must be the private engine: compare its data root with ours.
check_remote() {
  local root
  root=$(ssh -F "$CLIENT_CONFIG" ctk-remote docker info --format '{{.DockerRootDir}}') ||
    die "ssh to 127.0.0.1:$PORT or docker there failed; see $SSHD_LOG"
  [[ $root == "$ENGINE_DIR/data" ]] || die "docker over ssh reaches $root, not the private engine"
}

do_start() {
  need_root
  need_tool sshd
  need_engine
  if alive "$SSHD_PID"; then
    say "already running on 127.0.0.1:$PORT"
  else
    listening && die "port $PORT is taken by another program: set CTK_SSH_PORT"
    write_configs
    mkdir -p /run/sshd # sshd's privilege separation directory (Debian's service makes it at boot)
    "$(command -v sshd)" -t -f "$CONFIG" || die "sshd rejects $CONFIG"
    say "starting sshd on 127.0.0.1:$PORT"
    # sshd re-executes itself per connection, so it needs its absolute path.
    spawn "$SSHD_PID" "$SSHD_LOG" "$(command -v sshd)" -D -e -f "$CONFIG"
    for _ in $(seq 50); do
      listening && break
      alive "$SSHD_PID" || die "sshd exited: $(tail -n 5 "$SSHD_LOG")"
      sleep 0.1
    done
  fi
  check_remote
  cat >&2 <<EOF
[kit] ssh://root@127.0.0.1:$PORT reaches the private engine. Try it:
  ssh -F $CLIENT_CONFIG ctk-remote docker version
  eval "\$(ssh-agent -s)" && ssh-add $KEY
  DOCKER_HOST=ssh://root@127.0.0.1:$PORT npm run lab -- doctor
EOF
}

do_status() {
  if alive "$SSHD_PID"; then
    echo "running: sshd on 127.0.0.1:$PORT, pid $(cat "$SSHD_PID")"
  else
    echo "stopped"
    return 1
  fi
}

case ${1:-} in
start) do_start ;;
stop)
  stop_pid "$SSHD_PID" sshd 10
  say "stopped"
  ;;
status) do_status ;;
env) printf 'export %s\n' "DOCKER_HOST=ssh://root@127.0.0.1:$PORT" "CTK_SSH_KEY=$KEY" ;;
*) usage ;;
esac
