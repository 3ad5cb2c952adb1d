#!/usr/bin/env bash
# The reference of `lab run links`: the links lesson's commands as a docker CLI script, with what its
# checks need (inspect, the hosts line, the ping reply, the app answering, the counter going up, the
# challenge's link, env and hosts entry). Everything it creates carries the bench's label.
set -euo pipefail
L=(--label container-talk-bench=1)
LINK=(--link redis-server:redis)

# Step 1: Redis.
docker run -d "${L[@]}" --name redis-server redis >/dev/null
[[ $(docker inspect -f '{{.State.Running}}' redis-server) == true ]]
ip=$(docker inspect -f '{{.NetworkSettings.IPAddress}}' redis-server)

# Step 2: what a link hands over.
docker run "${L[@]}" "${LINK[@]}" alpine env | grep "^REDIS_PORT_6379_TCP_ADDR=$ip$" >/dev/null
docker run "${L[@]}" "${LINK[@]}" alpine cat /etc/hosts | grep -E "^$ip\s.*\bredis\b" >/dev/null
docker run "${L[@]}" "${LINK[@]}" alpine ping -c 1 redis | grep "from $ip" >/dev/null

# Step 3: the web app, reached by the alias.
app=$(docker run -d "${L[@]}" -p 3000:3000 "${LINK[@]}" container-talk/redis-node-example)
docker port "$app" 3000/tcp | grep ':3000$' >/dev/null
for _ in $(seq 100); do # the app answers (a request it refuses, as the runner probes it)
  [[ $(curl -s -o /dev/null -w '%{http_code}' -X CTPROBE http://localhost:3000/) == 400 ]] && break
  sleep 0.1
done
before=$(docker exec redis-server redis-cli GET requests)
[[ $(curl -s http://localhost:3000/) =~ Total\ requests:\ ([0-9]+) ]]
after=$(docker exec redis-server redis-cli GET requests)
((after > ${before:-0}))

# Step 4: redis-cli over the link.
printf 'KEYS *\nGET requests\nHGETALL ip\nquit\n' |
  docker run -i "${L[@]}" "${LINK[@]}" redis redis-cli -h redis | grep requests >/dev/null

# The challenge: a link under the alias cache, and its checks.
docker run -d "${L[@]}" --name cache-client --link redis-server:cache alpine sleep 3600 >/dev/null
[[ $(docker inspect -f '{{.State.Running}}' cache-client) == true ]]
docker inspect -f '{{json .HostConfig.Links}}' cache-client | grep '/redis-server:/cache-client/cache' >/dev/null
docker exec cache-client env | grep '^CACHE_PORT_6379_TCP_ADDR=' >/dev/null
docker exec cache-client getent hosts cache | grep -E '[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+' >/dev/null
