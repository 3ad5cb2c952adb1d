#!/usr/bin/env bash
# Builds the offline stand-ins for alpine:latest, redis:latest and node:22-alpine inside the
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
  cp -L "$src" "$STAGE$dest"
  for lib in $(ldd "$src" | grep -o '/[^ ]*'); do
    [[ -e $STAGE$lib ]] && continue
    mkdir -p "$STAGE$(dirname "$lib")"
    cp -L "$lib" "$STAGE$lib"
  done
}

# import TAG [--change INSTRUCTION]... turns the stage into an image.
import() {
  local tag=$1 old
  shift
  old=$(dk image inspect "$tag" --format '{{.Id}}' 2>/dev/null) || true
  tar -C "$STAGE" --numeric-owner --owner=0 --group=0 -c . |
    dk import "$@" --message "container-talk test stand-in, recipe $RECIPE" \
      --change "LABEL $STANDIN_LABEL" \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      - "$tag" >/dev/null
  rm -rf "$STAGE"
  STAGE=
  # Drop the image this one replaces, unless containers still use it.
  if [[ -n $old ]]; then dk rmi "$old" >/dev/null 2>&1 || true; fi
  say "built $tag ($(dk image inspect "$tag" --format '{{.Size}}' | numfmt --to=iec))"
}

# wanted TAG succeeds when TAG must be (re)built: missing, or a stand-in of another recipe.
# The recipe sits in the image's comment, which, unlike labels, containers don't inherit.
wanted() {
  local info
  info=$(dk image inspect "$1" --format "{{index .Config.Labels \"${STANDIN_LABEL%=*}\"}} {{.Comment}}" \
    2>/dev/null) || return 0
  if [[ -n $FORCE || ($info == true* && $info != *" recipe $RECIPE") ]]; then return 0; fi
  say "$1 already there (--force rebuilds)"
  return 1
}

if wanted alpine:latest; then
  base_rootfs alpine
  import alpine:latest --change 'CMD ["/bin/sh"]'
fi

if wanted redis:latest; then
  base_rootfs redis
  add_binary "$REDIS_SERVER" /usr/local/bin/redis-server
  add_binary "$REDIS_CLI" /usr/local/bin/redis-cli
  mkdir -p "$STAGE/data"
  import redis:latest \
    --change "ENV REDIS_VERSION=$REDIS_VERSION" \
    --change 'WORKDIR /data' \
    --change 'EXPOSE 6379' \
    --change 'CMD ["redis-server", "--protected-mode", "no"]'
fi

if wanted node:22-alpine; then
  base_rootfs node
  add_binary "$NODE" /usr/local/bin/node
  import node:22-alpine \
    --change "ENV NODE_VERSION=$NODE_VERSION" \
    --change 'CMD ["node"]'
fi
