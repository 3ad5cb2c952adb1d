#!/bin/sh
# dockerd-entrypoint.sh of the kit's docker:dind stand-in (busybox sh). Seen from outside it behaves like
# the official image's: with DOCKER_TLS_CERTDIR (/certs) it makes a CA, a server and a client
# certificate and serves tcp://0.0.0.0:2376 with --tlsverify, else plain tcp://0.0.0.0:2375; arguments
# that start with '-' go to dockerd; any other command runs instead of dockerd.
# It also does what a sandbox that refuses --privileged needs (harmless where --privileged works).
set -eu

case "${1:-}" in
'' | -*) ;;
dockerd) shift ;;
*) exec "$@" ;;
esac

# Without --privileged, /sys, /proc/sys and the cgroup mounts come read-only; dockerd must write them.
# Plain `remount,rw` says "Device or resource busy" on these bind mounts.
for path in /sys /proc/sys $(awk '$3 ~ /^cgroup2?$/ { print $2 }' /proc/mounts); do
	mount -o remount,bind,rw "$path" 2>/dev/null || true
done

# cgroup v2: move this container's processes into a child group, so that dockerd may hand out
# controllers to the groups it makes (as the official image does).
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
	mkdir -p /sys/fs/cgroup/init
	xargs -rn1 </sys/fs/cgroup/cgroup.procs >/sys/fs/cgroup/init/cgroup.procs 2>/dev/null || true
	sed -e 's/ / +/g' -e 's/^/+/' </sys/fs/cgroup/cgroup.controllers \
		>/sys/fs/cgroup/cgroup.subtree_control 2>/dev/null || true
fi

# A restarted node keeps its old pid files, whose numbers may now belong to someone else.
rm -f /var/run/docker.pid /var/run/docker/containerd/containerd.pid

# nf_tables where the kernel has it, else the legacy back end.
if ! xtables-nft-multi iptables -nL >/dev/null 2>&1; then
	for name in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
		ln -sf xtables-legacy-multi "/usr/sbin/$name"
	done
fi

# overlay2 cannot sit on overlayfs (a node without a volume at /var/lib/docker): vfs then.
storage_driver() {
	probe=/var/lib/docker/.overlay-probe
	mkdir -p "$probe/lower" "$probe/upper" "$probe/work" "$probe/merged"
	driver=vfs
	if mount -t overlay overlay -o "lowerdir=$probe/lower,upperdir=$probe/upper,workdir=$probe/work" \
		"$probe/merged" 2>/dev/null; then
		umount "$probe/merged"
		driver=overlay2
	fi
	rm -rf "$probe"
	echo "$driver"
}

# Subject alternative names: every address of the container, its names, localhost.
tls_san() {
	{
		ip -o addr show | awk '{ sub(/\/.*$/, "", $4); print "IP:" $4 }'
		printf 'DNS:%s\n' "$(hostname)" docker localhost
		[ -z "${DOCKER_TLS_SAN:-}" ] || echo "$DOCKER_TLS_SAN"
	} | sort -u | paste -sd, -
}

# issue DIR EXTENSIONS signs a P-256 key pair DIR/key.pem, DIR/cert.pem with the CA in $certs/ca.
issue() {
	openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -subj "/CN=$(hostname) ${1##*/}" \
		-keyout "$1/key.pem" -out "$1/csr.pem" 2>/dev/null
	printf '%b\n' "$2" >"$1/ext.cnf"
	openssl x509 -req -in "$1/csr.pem" -CA "$certs/ca/cert.pem" -CAkey "$certs/ca/key.pem" -CAcreateserial \
		-days 825 -extfile "$1/ext.cnf" -out "$1/cert.pem" 2>/dev/null
	rm -f "$1/csr.pem" "$1/ext.cnf"
	cp "$certs/ca/cert.pem" "$1/ca.pem"
	chmod 0644 "$1/cert.pem" "$1/ca.pem"
}

# The CA and the client pair are made once; the server's is made at every start (addresses change).
make_certs() {
	certs=$DOCKER_TLS_CERTDIR
	mkdir -p "$certs/ca" "$certs/server" "$certs/client"
	chmod 0700 "$certs/ca"
	if [ ! -s "$certs/ca/key.pem" ]; then
		openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 825 \
			-subj "/CN=docker:dind CA" -keyout "$certs/ca/key.pem" -out "$certs/ca/cert.pem" 2>/dev/null
		rm -f "$certs/client/key.pem"
	fi
	issue "$certs/server" "subjectAltName=$(tls_san)\nextendedKeyUsage=serverAuth"
	[ -s "$certs/client/key.pem" ] || issue "$certs/client" 'extendedKeyUsage=clientAuth'
	# The official image lets anyone read the client pair, so a bind mount can hand it out.
	chmod 0644 "$certs/client/key.pem"
}

set -- --host=unix:///var/run/docker.sock "$@"
if [ -n "${DOCKER_TLS_CERTDIR:-}" ]; then
	make_certs
	s=$DOCKER_TLS_CERTDIR/server
	set -- --host=tcp://0.0.0.0:2376 --tlsverify --tlscacert "$s/ca.pem" --tlscert "$s/cert.pem" \
		--tlskey "$s/key.pem" "$@"
else
	set -- --host=tcp://0.0.0.0:2375 "$@"
fi
case " $* " in
*' --storage-driver'* | *' -s '*) ;;
*) set -- "$@" --storage-driver="$(storage_driver)" ;;
esac

# Offline, a swarm task would ask the registry for its image first and wait ~10 s for the answer.
export DOCKER_SERVICE_PREFER_OFFLINE_IMAGE="${DOCKER_SERVICE_PREFER_OFFLINE_IMAGE:-1}"
exec dockerd "$@"
