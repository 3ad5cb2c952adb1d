#!/usr/bin/env bash
# Builds the offline stand-ins for alpine:latest, redis:latest, node:22-alpine and docker:dind inside the
# private engine (never the developer's), from this machine's own binaries. Nothing is pulled.
# An image is rebuilt only when it is missing or its recipe changed; --force rebuilds all.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STANDIN_LABEL=container-talk.test-standin=true
FORCE=
case ${1:-} in
--force) FORCE=1 ;;
"") ;;
*) die "usage: $0 [--force]" ;;
esac

need_root
need_engine
need_tool busybox redis-server redis-cli
# docker:dind: the engine and what it runs, iptables (both back ends), openssl for its certificates.
DIND_TOOLS=(dockerd docker containerd containerd-shim-runc-v2 runc docker-init docker-proxy
  xtables-nft-multi xtables-legacy-multi openssl)
need_tool "${DIND_TOOLS[@]}"
command -v node >/dev/null || die "node is not on PATH: install Node.js 20.19 or newer (the stand-in node image copies it)"

BUSYBOX=$(tool_path busybox)
REDIS_SERVER=$(tool_path redis-server)
REDIS_CLI=$(tool_path redis-cli)
NODE=$(readlink -f "$(command -v node)")
REDIS_VERSION=$("$REDIS_CLI" --version | sed -E 's/^redis-cli ([^ ]+).*/\1/')
NODE_VERSION=$(node --version)
NODE_VERSION=${NODE_VERSION#v}
# Anything that changes what the images contain changes the recipe, and so triggers a rebuild.
RECIPE=$(cat "${BASH_SOURCE[0]}" <(echo "$REDIS_VERSION $NODE_VERSION") |
  sha256sum | cut -c1-16)
DIND_ENTRYPOINT=$KIT_DIR/dind/entrypoint.sh
DIND_PKGS=$(for cmd in "${DIND_TOOLS[@]}"; do tool_pkg "$cmd"; done | sort -u)
# shellcheck disable=SC2086 # one word per package
DIND_RECIPE=$(cat <(echo "$RECIPE") "$DIND_ENTRYPOINT" <(dpkg-query -W $DIND_PKGS) | sha256sum | cut -c1-16)

STAGE=
trap '[[ -z $STAGE ]] || rm -rf "$STAGE"' EXIT

# A minimal root filesystem: static busybox with all its applets, root user, /tmp.
base_rootfs() {
  STAGE=$(mktemp -d "$ENGINE_DIR/rootfs.XXXXXX")
  mkdir -p "$STAGE"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc,root,tmp,var/tmp,proc,sys,dev}
  chmod 1777 "$STAGE/tmp" "$STAGE/var/tmp"
  chmod 700 "$STAGE/root"
  cp "$BUSYBOX" "$STAGE/bin/busybox"
  local applet
  for applet in $("$BUSYBOX" --list-full); do
    [[ -e $STAGE/$applet ]] || ln -s /bin/busybox "$STAGE/$applet"
  done
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' 'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
    >"$STAGE/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' >"$STAGE/etc/group"
  printf 'NAME="container-talk test stand-in (%s)"\nID=container-talk-standin\n' "$1" >"$STAGE/etc/os-release"
  # busybox has no getent; musl's (real alpine) answers `getent hosts NAME` like this.
  cat >"$STAGE/usr/bin/getent" <<'EOF'
#!/bin/sh
[ "$1" = hosts ] && [ -n "$2" ] || { echo "getent stand-in: only 'getent hosts NAME'" >&2; exit 2; }
awk -v n="$2" '!/^#/ { for (i = 2; i <= NF; i++) if ($i == n) { print; f = 1; exit } } END { exit !f }' \
  /etc/hosts && exit 0
nslookup -type=a "$2" 2>/dev/null | awk -v n="$2" '
  /^Name:/ { ok = 1 } ok && /^Address/ { sub(/^Address:? */, ""); print $1 "  " n; f = 1 } END { exit f ? 0 : 2 }'
EOF
  chmod 755 "$STAGE/usr/bin/getent"
}

# add_binary SRC DEST copies a dynamically linked program with every library ldd lists
# (and the dynamic loader) to the same paths inside the stage.
add_binary() {
  local src=$1 dest=$2 lib
  mkdir -p "$STAGE$(dirname "$dest")"
  rm -f "$STAGE$dest" # may be a busybox applet's link: cp would write through it
  cp -L "$src" "$STAGE$dest"
  for lib in $(ldd "$src" 2>/dev/null | grep -o '/[^ ]*'); do
    [[ -e $STAGE$lib ]] && continue
    mkdir -p "$STAGE$(dirname "$lib")"
    cp -L "$lib" "$STAGE$lib"
  done
}

# import TAG RECIPE [--change INSTRUCTION]... turns the stage into an image.
import() {
  local tag=$1 recipe=$2 old
  shift 2
  old=$(dk image inspect "$tag" --format '{{.Id}}' 2>/dev/null) || true
  tar -C "$STAGE" --numeric-owner --owner=0 --group=0 -c . |
    dk import "$@" --message "container-talk test stand-in, recipe $recipe" \
      --change "LABEL $STANDIN_LABEL" \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      - "$tag" >/dev/null
  rm -rf "$STAGE"
  STAGE=
  # Drop the image this one replaces, unless containers still use it.
  if [[ -n $old ]]; then dk rmi "$old" >/dev/null 2>&1 || true; fi
  say "built $tag ($(dk image inspect "$tag" --format '{{.Size}}' | numfmt --to=iec))"
}

# wanted TAG RECIPE succeeds when TAG must be (re)built: missing, or a stand-in of another recipe.
# The recipe sits in the image's comment, which, unlike labels, containers don't inherit.
wanted() {
  local info
  info=$(dk image inspect "$1" --format "{{index .Config.Labels \"${STANDIN_LABEL%=*}\"}} {{.Comment}}" \
    2>/dev/null) || return 0
  if [[ -n $FORCE || ($info == true* && $info != *" recipe $2") ]]; then return 0; fi
  say "$1 already there (--force rebuilds)"
  return 1
}

if wanted alpine:latest "$RECIPE"; then
  base_rootfs alpine
  import alpine:latest "$RECIPE" --change 'CMD ["/bin/sh"]'
fi

if wanted redis:latest "$RECIPE"; then
  base_rootfs redis
  add_binary "$REDIS_SERVER" /usr/local/bin/redis-server
  add_binary "$REDIS_CLI" /usr/local/bin/redis-cli
  mkdir -p "$STAGE/data"
  import redis:latest "$RECIPE" \
    --change "ENV REDIS_VERSION=$REDIS_VERSION" \
    --change 'WORKDIR /data' \
    --change 'EXPOSE 6379' \
    --change 'CMD ["redis-server", "--protected-mode", "no"]'
fi

if wanted node:22-alpine "$RECIPE"; then
  base_rootfs node
  add_binary "$NODE" /usr/local/bin/node
  import node:22-alpine "$RECIPE" \
    --change "ENV NODE_VERSION=$NODE_VERSION" \
    --change 'CMD ["node"]'
fi

# dind_files adds the engine, containerd, runc, iptables with its run-time extensions, openssl and
# the entrypoint to the stage, each at the path its Debian package uses.
dind_files() {
  local cmd path ext name
  for cmd in "${DIND_TOOLS[@]}"; do
    path=$(tool_path "$cmd")
    add_binary "$path" "$path"
  done
  # iptables loads its match and target modules at run time: ldd of the binary does not list them.
  for ext in /usr/lib/x86_64-linux-gnu/xtables/*.so; do add_binary "$ext" "$ext"; done
  for name in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
    ln -sf xtables-nft-multi "$STAGE/usr/sbin/$name"
  done
  mkdir -p "$STAGE/etc/ssl" "$STAGE/usr/lib/ssl" "$STAGE/run" "$STAGE/var/lib/docker" "$STAGE/certs/client"
  cp /etc/ssl/openssl.cnf "$STAGE/etc/ssl/openssl.cnf"
  ln -s /etc/ssl/openssl.cnf "$STAGE/usr/lib/ssl/openssl.cnf"
  ln -s ../run "$STAGE/var/run"
  chmod 1777 "$STAGE/certs" "$STAGE/certs/client"
  echo 'docker:x:2375:' >>"$STAGE/etc/group"
  install -m 755 "$DIND_ENTRYPOINT" "$STAGE/usr/local/bin/dockerd-entrypoint.sh"
}

# As the official image: TLS certificates in /certs, the engine's data in a volume.
if wanted docker:dind "$DIND_RECIPE"; then
  base_rootfs dind
  dind_files
  import docker:dind "$DIND_RECIPE" \
    --change "ENV DOCKER_VERSION=$(dpkg-query -W -f='${Version}' docker.io | sed 's/+.*//')" \
    --change 'ENV DOCKER_TLS_CERTDIR=/certs' \
    --change 'VOLUME /var/lib/docker' \
    --change 'EXPOSE 2375 2376' \
    --change 'ENTRYPOINT ["dockerd-entrypoint.sh"]' \
    --change 'CMD []'
fi
