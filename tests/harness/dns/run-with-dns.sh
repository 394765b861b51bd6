#!/usr/bin/env bash
# run-with-dns.sh CMD [ARGS...]
#
# Runs CMD inside a private network + mount + pid namespace in which a real authoritative DNS
# server (NSD, a private instance: its own config, pid, state and zone folders under a temp
# dir; it drops root to the "nsd" user after binding port 53) serves the fixture zones of
# tests/harness/dns/zones on 127.0.0.1:53, UDP and TCP. /etc/resolv.conf is bind-mounted (in
# the private mount namespace only) to "nameserver 127.0.0.1", so the system resolver (glibc,
# Qt's QDnsLookup, pyspf, node) asks NSD. Nothing can leave the machine: the namespace has
# only loopback. Exits with CMD's exit code. Needs root (or sudo).
#
# What the fixtures are and what a checker must report for each: tests/harness/dns/README.md.
#
# Environment passed to CMD:
#   POSTINO_TEST_DNS_SERVER          127.0.0.1 (NSD, port 53; also in /etc/resolv.conf)
#   POSTINO_TEST_DNS_PORT            53
#   POSTINO_TEST_DNS_SILENT_SERVER   127.0.0.9: accepts UDP and TCP on port 53, never answers
#   POSTINO_TEST_DNS_BLACKHOLE_SERVER 127.0.0.10: every packet to it is dropped (nftables);
#                                    empty when nft is not installed
#   POSTINO_TEST_DNS_DELAYED_SERVER  127.0.0.2 with POSTINO_DNS_DELAY_MS set (see below), else empty
#   POSTINO_TEST_DNS_DIR             the per-run working directory
#   POSTINO_TEST_DNS_ZONES           the zone files being served (copies)
#   POSTINO_TEST_DNS_LOG             NSD's log file
#   POSTINO_TEST_DNS_SILENT_LOG      one line per query the silent server received
#   POSTINO_TEST_DNS_QUERY_LOG       the delay layer's query log (with POSTINO_DNS_DELAY_MS)
#
# Knobs:
#   POSTINO_DNS_EXTRA_ZONES=DIR[:DIR...]  also serve DIR/*.zone (file name = zone name + .zone)
#   POSTINO_DNS_DELAY_MS=N       start the delay layer (dns_delay.py) on 127.0.0.2:53 in front of
#                                NSD, adding N ms to every answer, and point resolv.conf at it
#   POSTINO_KEEP_DNS=1           keep the working directory for inspection
#   POSTINO_DNS_QUIET=1          no "ready in" line on stderr
set -euo pipefail

prog=run-with-dns
die() { echo "$prog: $*" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Debian's interpreter explicitly: a pyenv shim on PATH costs start-up time.
PY=/usr/bin/python3

# ---------------------------------------------------------------------------
# Outer part: check preconditions and re-execute inside fresh namespaces.
# ---------------------------------------------------------------------------
if [ "${POSTINO_DNS_INNER:-}" != 1 ]; then
    [ $# -ge 1 ] || die "usage: $0 CMD [ARGS...]"
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "must run as root (needs unshare and NSD on port 53)"
        exec sudo --preserve-env "$0" "$@"
    fi
    # shellcheck source=tests/harness/tools.sh
    . "$here/../tools.sh"
    # nft is needed for the black-hole address the DNS tests time out against.
    require_tools "$prog" unshare:util-linux mount:mount ip:iproute2 nsd:nsd nsd-checkzone:nsd \
        dig:bind9-dnsutils "$PY:python3" nft:nftables
    id nsd >/dev/null 2>&1 || die "no 'nsd' user: reinstall the nsd package (apt-get install --reinstall nsd)"
    export POSTINO_DNS_INNER=1
    export POSTINO_DNS_T0="${EPOCHREALTIME:-$(date +%s.%N)}"
    # --kill-child: if unshare itself is killed (a ctest timeout, Ctrl-C), pid 1 inside gets
    # SIGTERM, which its trap turns into a clean-up of every server and the temp dir.
    # POSTINO_DNS_SHARE_NET=1 keeps the caller's network namespace: run inside
    # run-with-mailserver.sh, the tests then reach NSD and the real Postfix on the same loopback.
    net=--net
    [ "${POSTINO_DNS_SHARE_NET:-}" != 1 ] || net=
    # shellcheck disable=SC2086  # $net is one word or none
    exec unshare $net --mount --pid --fork --mount-proc --kill-child=SIGTERM "$(readlink -f "$0")" "$@"
fi

# ---------------------------------------------------------------------------
# Inner part: pid 1 of the new pid namespace; every server dies with us.
# ---------------------------------------------------------------------------
[ "$$" = 1 ] || die "inner mode outside a fresh pid namespace; do not set POSTINO_DNS_INNER"
unset POSTINO_DNS_INNER

NSD_ADDR=127.0.0.1
SILENT_ADDR=127.0.0.9
BLACKHOLE_ADDR=127.0.0.10
DELAY_ADDR=127.0.0.2
DELAY_MS=${POSTINO_DNS_DELAY_MS:-}
[ -z "$DELAY_MS" ] || [[ "$DELAY_MS" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "POSTINO_DNS_DELAY_MS must be a number of ms"

# Under /tmp, mode 0755: the nsd user must be able to traverse it.
D=$(mktemp -d /tmp/postino-dns.XXXXXX)
chmod 0755 "$D"
Z=$D/zones
mkdir -p "$Z" "$D/state"
chown nsd "$D/state"

# shellcheck disable=SC2317  # invoked by the trap
cleanup() {
    local rc=$?
    set +e
    # kill -1 from pid 1 reaches every process of this pid namespace (NSD, the helpers).
    kill -TERM -1 2>/dev/null
    sleep 0.05
    kill -KILL -1 2>/dev/null
    if [ "${POSTINO_KEEP_DNS:-}" = 1 ]; then
        echo "$prog: kept $D" >&2
    else
        rm -rf "$D"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Network and resolv.conf ----------------------------------------------------------
ip link set lo up
resolver=$NSD_ADDR
[ -z "$DELAY_MS" ] || resolver=$DELAY_ADDR
printf 'nameserver %s\n' "$resolver" >"$D/resolv.conf"
chmod 0644 "$D/resolv.conf"
# The bind mount exists only in this mount namespace; the host's file is never touched.
mount --bind "$D/resolv.conf" /etc/resolv.conf ||
    die "cannot bind-mount over /etc/resolv.conf (a dangling symlink?): the system resolver would not reach NSD"

# --- Zones: copy, configure ----------------------------------------
zone_dirs=("$here/zones")
if [ -n "${POSTINO_DNS_EXTRA_ZONES:-}" ]; then
    IFS=: read -r -a extra <<<"$POSTINO_DNS_EXTRA_ZONES"
    zone_dirs+=("${extra[@]}")
fi
zones=()
for dir in "${zone_dirs[@]}"; do
    [ -d "$dir" ] || die "no zone directory $dir"
    for f in "$dir"/*.zone; do
        [ -e "$f" ] || continue
        z=$(basename "$f" .zone)
        [ -e "$Z/$z.zone" ] && die "zone $z is defined twice ($f)"
        cp "$f" "$Z/$z.zone"
        zones+=("$z")
    done
done
chmod 0644 "$Z"/*.zone

{
    cat <<EOF
server:
  ip-address: $NSD_ADDR
  port: 53
  username: nsd
  chroot: ""
  zonesdir: "$Z"
  database: ""
  zonelistfile: "$D/state/zone.list"
  xfrdfile: "$D/state/xfrd.state"
  xfrdir: "$D/state"
  pidfile: "$D/nsd.pid"
  logfile: "$D/nsd.log"
  server-count: 1
  verbosity: 1
  hide-version: yes
  hide-identity: yes
  round-robin: no
  # Only the records asked for, like Unbound and the big public resolvers: an MX answer carries
  # no addresses of the hosts, so a client must ask for them (the benchmark counts on this).
  minimal-responses: yes
  # Answers over 512 bytes to a client without EDNS are truncated, as on the Internet:
  # the client must retry over TCP (hugetxt.test).
remote-control:
  control-enable: no
EOF
    for z in "${zones[@]}"; do
        printf 'zone:\n  name: "%s"\n  zonefile: "%s.zone"\n' "$z" "$z"
    done
    # Configured but never loadable (no such file): NSD answers SERVFAIL for the whole zone.
    printf 'zone:\n  name: "servfail.test"\n  zonefile: "servfail.test.zone-is-missing-on-purpose"\n'
} >"$D/nsd.conf"
chmod 0644 "$D/nsd.conf"

# --- Start NSD and the helpers in parallel (output to files, never a pipe) ---------------
# nsd-checkzone runs while NSD starts (NSD alone would serve a broken zone as SERVFAIL and
# only say so in its log); CMD does not run unless every zone passed.
nsd -d -c "$D/nsd.conf" >"$D/nsd.out" 2>&1 </dev/null &
nsd_pid=$!
check_pids=()
for z in "${zones[@]}"; do
    nsd-checkzone "$z" "$Z/$z.zone" >"$D/checkzone-$z.log" 2>&1 &
    check_pids+=($!)
done
: >"$D/silent.log"
"$PY" "$here/silent_dns.py" --address "$SILENT_ADDR" --log "$D/silent.log" >"$D/silent.out" 2>&1 </dev/null &
if [ -n "$DELAY_MS" ]; then
    : >"$D/queries.log"
    "$PY" "$here/dns_delay.py" --listen "$DELAY_ADDR" --upstream-host "$NSD_ADDR" \
        --delay-ms "$DELAY_MS" --log "$D/queries.log" >"$D/delay.out" 2>&1 </dev/null &
fi
blackhole=""
if command -v nft >/dev/null 2>&1; then
    # Packets to this address vanish: no answer, no ICMP, TCP connections never complete.
    nft -f - <<EOF && blackhole=$BLACKHOLE_ADDR
table inet postino_dns_blackhole {
    chain input {
        type filter hook input priority 0;
        ip daddr $BLACKHOLE_ADDR drop
    }
}
EOF
fi

dump_logs() {
    local f
    for f in "$D/nsd.out" "$D/nsd.log" "$D/silent.out" "$D/delay.out"; do
        [ -s "$f" ] && { echo "----- $f" >&2; cat "$f" >&2; }
    done
    return 0
}
udp_bound() {  # ADDR-HEX: a socket bound to ADDR:53 in this namespace's /proc/net/udp
    awk -v a="$1:0035" '$2 == a { f = 1 } END { exit !f }' /proc/net/udp
}
# NSD is ready when it answers from the zones (a bound socket alone is not enough).
deadline=$(( $(date +%s) + 20 ))
until dig +tries=1 +time=1 +norec +short @"$NSD_ADDR" test. SOA 2>/dev/null | grep -q '^ns1\.fixtures\.test\.'; do
    kill -0 "$nsd_pid" 2>/dev/null || { dump_logs; die "NSD exited during start-up"; }
    [ "$(date +%s)" -lt "$deadline" ] || { dump_logs; die "NSD not ready after 20 s"; }
    sleep 0.01
done
bad=0
for i in "${!check_pids[@]}"; do
    wait "${check_pids[$i]}" || { cat "$D/checkzone-${zones[$i]}.log" >&2; bad=1; }
done
[ "$bad" = 0 ] || die "nsd-checkzone rejected a zone (see above)"
until udp_bound 0900007F && { [ -z "$DELAY_MS" ] || udp_bound 0200007F; }; do
    [ "$(date +%s)" -lt "$deadline" ] || { dump_logs; die "silent server or delay layer not ready after 20 s"; }
    sleep 0.01
done

export POSTINO_TEST_DNS_SERVER=$NSD_ADDR
export POSTINO_TEST_DNS_PORT=53
export POSTINO_TEST_DNS_SILENT_SERVER=$SILENT_ADDR
export POSTINO_TEST_DNS_BLACKHOLE_SERVER=$blackhole
export POSTINO_TEST_DNS_DELAYED_SERVER=${DELAY_MS:+$DELAY_ADDR}
export POSTINO_TEST_DNS_DIR=$D
export POSTINO_TEST_DNS_ZONES=$Z
export POSTINO_TEST_DNS_LOG=$D/nsd.log
export POSTINO_TEST_DNS_SILENT_LOG=$D/silent.log
export POSTINO_TEST_DNS_QUERY_LOG=${DELAY_MS:+$D/queries.log}
unset POSTINO_DNS_EXTRA_ZONES

t0=${POSTINO_DNS_T0:-}
unset POSTINO_DNS_T0
if [ "${POSTINO_DNS_QUIET:-}" != 1 ] && [ -n "$t0" ]; then
    awk -v a="$t0" -v b="${EPOCHREALTIME:-$(date +%s.%N)}" -v n="${#zones[@]}" -v d="$D" \
        'BEGIN { printf "run-with-dns: %d zones ready in %.2f s (%s)\n", n, b - a, d }' >&2
fi

# --- Run CMD ------------------------------------------------------------------------------
# In the background with `wait`, so a signal's trap runs at once (bash defers traps while a
# foreground command runs); `<&0` keeps CMD's stdin (a background job would get /dev/null).
rc=0
"$@" <&0 &
wait "$!" || rc=$?
exit "$rc"
