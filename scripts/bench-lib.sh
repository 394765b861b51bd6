# Shell shared by scripts/bench-dns.sh and scripts/bench-discover.sh (sourced, never run on its
# own): timing helpers, a throwaway CA, and a small HTTPS server behind the latency proxy, with
# curl's measure of one fetch through it. The caller defines die() (exit status 2) and $PY.
# shellcheck shell=bash

BENCH_LIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

to_us() { # "1795467511.068557" -> microseconds
    local v="$1"
    local sec=${v%.*} frac=${v#*.}
    frac="${frac}000000"
    echo $((10#$sec * 1000000 + 10#${frac:0:6}))
}
median() { sort -n | awk '{ x[NR] = $1 } END { print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'; }
ms_between() { awk -v a="$(to_us "$1")" -v b="$(to_us "$2")" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

# bench_make_certs DIR CA_NAME HOST...: DIR/ca.pem, a CA made for this run only, and DIR/server.pem
# with DIR/server.key, a server certificate for every HOST (the first one is its subject).
bench_make_certs() {
    local dir=$1 ca_name=$2
    shift 2
    local san
    san=$(printf 'DNS:%s,' "$@")
    (
        cd "$dir"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.pem \
            -days 2 -subj "/CN=$ca_name" \
            -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr \
            -subj "/CN=$1"
        printf '%s\n' "subjectAltName=${san%,}" "basicConstraints=critical,CA:FALSE" \
            "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" \
            "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext \
            -out server.pem
    ) >"$dir/openssl.log" 2>&1 || {
        cat "$dir/openssl.log" >&2
        die "openssl could not make the test certificates"
    }
}

# bench_start_https DIR SERVER_PORT PROXY_PORT PROXY_DELAY_MS URLPATH=FILE...: tests/bench/static_https.py
# on 127.0.0.1:SERVER_PORT (DIR/server.pem, the files given, one line per request in DIR/https.log) and
# tests/bench/latency_proxy.py on 127.0.0.1:PROXY_PORT in front of it, every chunk PROXY_DELAY_MS late
# in each direction. Both stop when this shell goes away. Returns once both listen.
bench_start_https() {
    local dir=$1 server_port=$2 proxy_port=$3 delay=$4
    shift 4
    local serve=() f
    for f in "$@"; do serve+=(--serve "$f"); done
    : >"$dir/https.log"
    "$PY" "$BENCH_LIB_ROOT/tests/bench/static_https.py" --listen-port "$server_port" --cert "$dir/server.pem" \
        --key "$dir/server.key" "${serve[@]}" --log "$dir/https.log" --ready-file "$dir/https.ready" \
        >"$dir/https.out" 2>&1 </dev/null &
    : >"$dir/proxy.summary"
    "$PY" "$BENCH_LIB_ROOT/tests/bench/latency_proxy.py" --listen-port "$proxy_port" --target-port "$server_port" \
        --delay "$delay" --lifetime 3600 --summary "$dir/proxy.summary" --log "$dir/proxy.log" \
        --ready-file "$dir/proxy.ready" >"$dir/proxy.out" 2>&1 </dev/null &
    for _ in $(seq 200); do
        [[ -e "$dir/https.ready" && -e "$dir/proxy.ready" ]] && break
        sleep 0.05
    done
    [[ -e "$dir/https.ready" && -e "$dir/proxy.ready" ]] || {
        cat "$dir/https.out" "$dir/proxy.out" >&2
        die "the HTTPS server or the proxy did not start"
    }
}

# bench_fetch_ms CA HOST PORT PATH: what one HTTPS fetch through the proxy really costs, without
# DNS (curl --resolve to 127.0.0.1): connect, TLS handshake, GET, answer, each a new connection as
# postino-cli's are. One warm-up, then the median of 3; prints "connect_ms tls_ms total_ms".
bench_fetch_ms() {
    local ca=$1 host=$2 port=$3 path=$4 out
    out=$(mktemp)
    for i in 0 1 2 3; do
        curl -sS --fail --cacert "$ca" --resolve "$host:$port:127.0.0.1" -o /dev/null \
            -w '%{time_connect} %{time_appconnect} %{time_total}\n' "https://$host:$port$path" \
            >>"$out" || {
            rm -f "$out"
            die "curl cannot fetch https://$host:$port$path through the proxy"
        }
        [[ "$i" != 0 ]] || : >"$out"
    done
    sort -k3 -n "$out" | sed -n 2p | awk '{ printf "%.1f %.1f %.1f\n", $1 * 1000, ($2 - $1) * 1000, $3 * 1000 }'
    rm -f "$out"
}
