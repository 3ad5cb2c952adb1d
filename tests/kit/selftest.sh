#!/usr/bin/env bash
# End-to-end check of the kit against the running private engine: links, user-defined networks
# and their DNS, isolation, a published port, a Dockerfile build on node:22-alpine, a registry
# pull. Cleans up what it creates (names start with ctk-selftest). Exit 1 on any failure.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=${CTK_SELFTEST_PORT:-3000}
P=ctk-selftest
FAILED=0

need_engine

cleanup() {
  dk rm -f $P-redis $P-redis2 $P-web $P-app >/dev/null 2>&1 || true
  dk network rm $P-net $P-other >/dev/null 2>&1 || true
  dk rmi $P-app >/dev/null 2>&1 || true
  rm -rf "$ENGINE_DIR/$P-build"
}
trap cleanup EXIT
cleanup

# check NAME PATTERN CMD... runs CMD and expects PATTERN (grep -E) in its output.
check() {
  local name=$1 pattern=$2 out line
  shift 2
  out=$("$@" 2>&1) || true
  if grep -Eq -- "$pattern" <<<"$out"; then
    say "ok    $name"
  else
    say "FAIL  $name: expected /$pattern/, got:"
    while IFS= read -r line; do say "        $line"; done <<<"$out"
    FAILED=1
  fi
}

run() { dk run --rm "$@"; }

dk run -d --name $P-redis redis >/dev/null
for _ in $(seq 50); do
  dk logs $P-redis 2>&1 | grep -q 'Ready to accept' && break
  sleep 0.2
done
check "redis logs readiness" 'Ready to accept connections' dk logs $P-redis
check "link variables" 'REDIS_PORT_6379_TCP_ADDR=10\.' run --link $P-redis:redis alpine env
check "link env of target" 'REDIS_ENV_REDIS_VERSION=' run --link $P-redis:redis alpine env
check "link hosts line" "redis [0-9a-f]{12} $P-redis" run --link $P-redis:redis alpine cat /etc/hosts
check "ping through link" '1 packets received' run --link $P-redis:redis alpine ping -c 1 redis
check "redis-cli through link" PONG run --link $P-redis:redis redis redis-cli -h redis ping
check "redis-cli --version" 'redis-cli [0-9]' run redis redis-cli --version

dk network create $P-net >/dev/null
dk network create $P-other >/dev/null
dk run -d --name $P-redis2 --net $P-net redis >/dev/null
check "embedded DNS in resolv.conf" '^nameserver 127\.0\.0\.11' run --net $P-net alpine cat /etc/resolv.conf
check "ping by name on a network" '1 packets received' run --net $P-net alpine ping -c1 $P-redis2
check "name.network resolves" '1 packets received' run --net $P-net alpine ping -c1 $P-redis2.$P-net
check "getent stand-in" "$P-redis2" run --net $P-net alpine getent hosts $P-redis2
ip=$(dk inspect $P-redis2 --format "{{(index .NetworkSettings.Networks \"$P-net\").IPAddress}}")
check "networks are isolated" '0 packets received' run --net $P-other alpine ping -c1 -W1 "$ip"
check "no traffic leaves the machine" 'unreachable|refused|0 packets received' \
  run alpine nc -w 2 198.51.100.1 80 </dev/null

dk run -d --name $P-web -p "$PORT:$PORT" alpine \
  sh -c "mkdir /www && echo hello-$P >/www/index.html && httpd -f -p $PORT -h /www" >/dev/null
for _ in $(seq 20); do
  page=$(http_get 127.0.0.1 "$PORT") && [[ $page == *hello-$P* ]] && break
  sleep 0.25
done
check "published port on 127.0.0.1:$PORT" "hello-$P" echo "${page:-}"

mkdir -p "$ENGINE_DIR/$P-build"
cat >"$ENGINE_DIR/$P-build/Dockerfile" <<'EOF'
FROM node:22-alpine
WORKDIR /usr/src/app
RUN echo "require('http').createServer((q, s) => s.end('hi')).listen(3000, () => console.log('Listening on port 3000'))" > server.js
CMD ["node", "server.js"]
EOF
check "Dockerfile build FROM node:22-alpine" "Successfully tagged $P-app" \
  env DOCKER_BUILDKIT=0 docker --host "unix://$ENGINE_SOCK" build -t $P-app "$ENGINE_DIR/$P-build"
dk run -d --name $P-app $P-app >/dev/null
check "node app runs" 'Listening on port 3000' sh -c "sleep 1; docker --host unix://$ENGINE_SOCK logs $P-app"

reg=$(bash "$KIT_DIR/registry.sh" start)
bash "$KIT_DIR/registry.sh" seed >/dev/null
check "pull from the local registry" 'Downloaded newer image|Image is up to date' dk pull "$reg/lessons/alpine:latest"
dk rmi "$reg/lessons/alpine:latest" >/dev/null 2>&1 || true

((FAILED == 0)) || die "self-test failed"
say "self-test passed"
