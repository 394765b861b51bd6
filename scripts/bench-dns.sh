#!/usr/bin/env bash
# DNS check benchmark: `postino-cli dns bench.test --mailer sendgrid --return-path em1234 --site
# https://www.bench.test` (the whole domain report: SPF, DKIM, DMARC, MX, return path, the
# website's blocklist entries and reverse DNS, MTA-STS, TLS-RPT and BIMI, and the verdict per
# mailbox provider) against the SPF evaluators people use (pyspf, libspf2's spfquery, Mail::SPF's
# spfquery, mailauth's spf command), side by side on the same zones, through a layer that adds
# 50 ms to every DNS answer and a proxy that adds 50 ms to every HTTPS round trip.
#
# Set-up (all inside tests/harness/dns/run-with-dns.sh: private network, mount and pid
# namespaces, nothing leaves loopback; needs root or sudo):
#   NSD on 127.0.0.1:53 serves the harness fixtures plus tests/bench/dns/zones (bench.test,
#   bench-esp.test, bench-crm.test, the website's reverse zones and the five blocklists of
#   resources/catalog/dnsbl.json); tests/harness/dns/dns_delay.py listens on 127.0.0.2:53,
#   forwards every query to NSD at once and answers 50 ms after the query arrived (queries are
#   never serialised); /etc/resolv.conf in the namespace says "nameserver 127.0.0.2", so every
#   peer, through the system resolver, pays the same 50 ms per query as postino-cli, which is
#   pointed at 127.0.0.2 with --nameserver.
#   tests/bench/static_https.py on 127.0.0.1:8443 serves tests/bench/dns/mta-sts.txt at
#   /.well-known/mta-sts.txt and tests/bench/dns/logo.svg at /logo.svg, with a certificate for
#   mta-sts.bench.test and bimi.bench.test (both A 127.0.0.1) from a throwaway openssl CA made for
#   the run (postino-cli gets it with --ca-file); tests/bench/latency_proxy.py on 127.0.0.1:9443 in
#   front of it forwards every chunk 25 ms late in each direction: 50 ms per round trip.
#   postino-cli is sent to the proxy with its hidden --policies-port 9443.
#
# bench.test (see tests/bench/dns/zones/bench.test.zone): SPF with three levels of includes and 9
# counted lookups (a and mx at the leaves), DKIM s1/s2 by CNAME into sendgrid.net, DMARC p=reject
# with an authorised external rua, two MX hosts; MTA-STS (mode enforce, both MX hosts), TLS-RPT,
# BIMI with an https logo on a host of its own (bimi.bench.test); the website www.bench.test, A
# 192.0.2.80 and AAAA 2001:db8:be::80, whose PTR names (web1.bench.test) point back. The five
# blocklists are all served (each an empty list but for the RFC 5782 test entry), so every one
# answers "not listed" (NXDOMAIN), as the real lists do for a clean address; an unserved list would
# answer REFUSED after the same 50 ms and only turn "not listed" into "could not check".
#
# Lower bound: the longest chain of steps that depend on each other; everything else can run
# beside it. NSD runs with minimal-responses, so no answer carries the next step's records, e.g.
# the MX hosts' addresses; NSD follows the DKIM CNAMEs into sendgrid.net itself, as a recursive
# resolver would (1 query each).
#   SPF:      TXT bench.test -> TXT _spf.bench-esp.test -> TXT _nb2.bench-esp.test -> TXT
#             _nb3.bench-esp.test -> MX bench-esp.test (mx:bench-esp.test) -> A/AAAA
#             mx.bench-esp.test                                                   6 x 50 = 300 ms
#   website:  A/AAAA www -> PTR of each address -> A/AAAA web1 (the blocklist queries, one per
#             list and address, need only the first step)                         3 x 50 = 150 ms
#   MTA-STS:  TXT _mta-sts (A/AAAA mta-sts at the same time) -> the policy over HTTPS   50 ms + F
#   BIMI:     TXT default._bimi -> A/AAAA bimi.bench.test -> the logo over HTTPS       100 ms + F
#   (beside these: the return path, CNAME em1234, 1; DKIM s1/s2 1 each; DMARC and its rua
#   authorisation 2; MX -> the MX hosts' addresses 2; TLS-RPT 1.)
# F, one HTTPS fetch through the proxy (TCP connect, not delayed; TLS 1.3 handshake, 1 round
# trip; GET, 1 round trip; plus the real TLS work, about 110 ms here, more on a loaded machine), is
# measured at every run with curl straight to the proxy (no DNS, median of 3 after a warm-up), for
# the policy file and for the logo. Lower bound = the longest of the four; the SPF chain's 300 ms
# unless a fetch costs more than 200 ms: no client can finish sooner, however parallel.
# Note for Postino: Qt 6.4's QDnsLookup (the system resolver, not used here) runs at most 5 lookups
# at once (its own thread pool), so a wave of more than 5 queries costs a second 50 ms.
#
# Peers evaluate SPF only (for 203.0.113.77, which the last mechanism of the tree matches, so a
# sequential evaluator walks the whole tree: expected result pass); `postino-cli dns` evaluates the
# same address (--ip) and runs the whole report; `postino-cli spf` does what the peers do, one
# check_host() (expected: pass; its lower bound is the SPF chain). Every wall time includes the
# tool's process start. What postino-cli dns must find (else exit 2, a wrong answer is no
# benchmark): the acceptance array (Gmail, Yahoo, Outlook.com), returnpath.ok, mtasts.ok in enforce
# mode, tlsrpt.ok, bimi.ok, bimi.dmarc_ok, rdns.confirmed for both website addresses and
# dnsbl.not_listed from every list that covers each (all five for IPv4, ZEN for IPv6), no blocklist
# answer that is "listed" or "could not check", and no error.
#
# Printed: the HTTPS fetch as curl measures it and the lower bound's parts; per round each tool's
# wall time; then per tool the median, the ratio to its lower bound, how many queries it sent, the
# median DNS span over the bound (first query to last answer, from the delay layer's log: the DNS
# part alone, without process start, CPU time or the HTTPS fetches) and its result; for postino-cli
# dns also the median of the JSON's elapsedMs (the report's own time, without process start); then
# the verdict for each postino-cli command:
#   wall time <= 1.25x its lower bound and faster than every peer -> PASS, else FAIL (exit 1).
# On FAIL (or with BENCH_VERBOSE=1) the queries of postino-cli dns's median round, in the order
# their answers came, with the time of each (ms from the first query's arrival), show which step
# waited for which.
# When postino-cli or its dns command is missing: "postino: not available", peers still run,
# exit 0. Exit 2 when the benchmark cannot run (or a peer gives a wrong SPF result, or postino-cli
# dns a wrong report).
#
# Environment: BENCH_RUNS (rounds, default 7), BENCH_DELAY_MS (per DNS answer, default 50),
#   BENCH_PROXY_DELAY_MS (per direction through the HTTPS proxy, default 25),
#   BENCH_POSTINO_CLI (default: build/release/app/postino-cli, or build/release/app/cli/postino-cli),
#   BENCH_NPM_CACHE (where mailauth is installed from npm, default ~/.cache/postino/bench-npm;
#   installed on first use, before entering the namespace; BENCH_NO_NPM=1 skips mailauth),
#   BENCH_VERBOSE=1 (print postino-cli dns's query timeline even on PASS).
set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/scripts/$(basename "${BASH_SOURCE[0]}")"
HARNESS="$ROOT/tests/harness/dns/run-with-dns.sh"
HERE="$ROOT/tests/bench/dns"
PY=/usr/bin/python3
RUNS="${BENCH_RUNS:-7}"
DELAY_MS="${BENCH_DELAY_MS:-50}"
PROXY_DELAY_MS="${BENCH_PROXY_DELAY_MS:-25}"
CHAIN=6           # longest chain of dependent queries in bench.test's SPF tree (see above)
SITE_STEPS=3      # A/AAAA www -> PTR -> A/AAAA web1
MAX_RATIO=1.25
DOMAIN=bench.test
SITE=https://www.$DOMAIN
SITE_IPS=(192.0.2.80 2001:db8:be::80)
STS_HOST=mta-sts.$DOMAIN
LOGO_HOST=bimi.$DOMAIN
SERVER_PORT=8443 # the HTTPS server (loopback of the private namespace)
PROXY_PORT=9443  # the latency proxy in front of it
PASS_IP=203.0.113.77 # mta.bench-crm.test: matched by a:mta.bench-crm.test, the last mechanism evaluated
SENDER=postmaster@$DOMAIN
HELO=mail.$DOMAIN
NPM_CACHE="${BENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/postino/bench-npm}"
prog=bench-dns.sh
# shellcheck source=scripts/bench-lib.sh
source "$ROOT/scripts/bench-lib.sh"

die() {
    echo "$prog: $*" >&2
    exit 2
}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$RUNS'"
[[ "$DELAY_MS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_DELAY_MS must be whole milliseconds, got '$DELAY_MS'"
[[ "$PROXY_DELAY_MS" =~ ^[0-9]+$ ]] || die "BENCH_PROXY_DELAY_MS must be whole milliseconds, got '$PROXY_DELAY_MS'"

# --- Outer part: tools, mailauth from npm, then re-execute inside the DNS harness ----------------
if [[ "${POSTINO_BENCH_DNS_INNER:-}" != 1 ]]; then
    if [[ -z "${BENCH_POSTINO_CLI:-}" ]]; then
        BENCH_POSTINO_CLI="$ROOT/build/release/app/postino-cli"
        [[ -x "$BENCH_POSTINO_CLI" ]] || BENCH_POSTINO_CLI="$ROOT/build/release/app/cli/postino-cli"
    fi
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    for p in nsd bind9-dnsutils python3-spf spfquery spf-tools-perl curl openssl python3; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            die "package $p is missing: run scripts/install-deps.sh --test (and apt-get install curl openssl)"
    done
    # mailauth is a peer only here, never in the test path: fetched from npm into a cache folder
    # (needs the network once, outside the namespace).
    if [[ "${BENCH_NO_NPM:-0}" != 1 && ! -x "$NPM_CACHE/node_modules/.bin/mailauth" ]]; then
        if command -v npm >/dev/null 2>&1; then
            echo "$prog: installing mailauth from npm into $NPM_CACHE" >&2
            mkdir -p "$NPM_CACHE"
            npm install --prefix "$NPM_CACHE" --no-audit --no-fund --loglevel=error mailauth >&2 ||
                echo "$prog: npm install mailauth failed; mailauth will be skipped" >&2
        else
            echo "$prog: npm is not installed; mailauth will be skipped" >&2
        fi
    fi
    export POSTINO_BENCH_DNS_INNER=1 POSTINO_DNS_QUIET=1 BENCH_RUNS="$RUNS" BENCH_DELAY_MS="$DELAY_MS"
    export BENCH_PROXY_DELAY_MS="$PROXY_DELAY_MS" BENCH_VERBOSE="${BENCH_VERBOSE:-0}"
    export BENCH_POSTINO_CLI BENCH_NPM_CACHE="$NPM_CACHE" BENCH_NO_NPM="${BENCH_NO_NPM:-0}"
    export POSTINO_DNS_EXTRA_ZONES="$ROOT/tests/bench/dns/zones" POSTINO_DNS_DELAY_MS="$DELAY_MS"
    if [[ -n "$SUDO" ]]; then
        exec sudo --preserve-env=POSTINO_BENCH_DNS_INNER,POSTINO_DNS_QUIET,BENCH_RUNS,BENCH_DELAY_MS,BENCH_PROXY_DELAY_MS,BENCH_VERBOSE,BENCH_POSTINO_CLI,BENCH_NPM_CACHE,BENCH_NO_NPM,POSTINO_DNS_EXTRA_ZONES,POSTINO_DNS_DELAY_MS \
            "$HARNESS" "$SELF"
    fi
    exec "$HARNESS" "$SELF"
fi

# --- Inner part: NSD + the delay layer in this private namespace --------------------------------
unset POSTINO_BENCH_DNS_INNER
[[ -n "${POSTINO_TEST_DNS_DELAYED_SERVER:-}" && -n "${POSTINO_TEST_DNS_QUERY_LOG:-}" ]] ||
    die "the delay layer is not running: run this script directly, not inside the harness"
DELAYED=$POSTINO_TEST_DNS_DELAYED_SERVER
QLOG=$POSTINO_TEST_DNS_QUERY_LOG
WORK="$POSTINO_TEST_DNS_DIR/bench"
mkdir -p "$WORK"
grep -qx "nameserver $DELAYED" /etc/resolv.conf || die "resolv.conf does not point at the delay layer"
dig +short +time=2 +tries=1 @"$DELAYED" "$DOMAIN" TXT | grep -q include:_spf.bench-esp.test ||
    die "$DOMAIN is not served through the delay layer"
dig +short +time=2 +tries=1 @"$DELAYED" -x "${SITE_IPS[0]}" | grep -qx 'web1\.bench\.test\.' ||
    die "the reverse zone of ${SITE_IPS[0]} is not served"
dig +short +time=2 +tries=1 @"$DELAYED" 2.0.0.127.zen.spamhaus.org A | grep -qx 127.0.0.2 ||
    die "the fixture zen.spamhaus.org is not served"

# --- A throwaway CA, the HTTPS server for the policy file and the logo, the latency proxy ---------
CA="$WORK/ca.pem"
bench_make_certs "$WORK" "Postino DNS benchmark throwaway CA" "$STS_HOST" "$LOGO_HOST"
bench_start_https "$WORK" "$SERVER_PORT" "$PROXY_PORT" "$PROXY_DELAY_MS" \
    "/.well-known/mta-sts.txt=$HERE/mta-sts.txt" "/logo.svg=$HERE/logo.svg"
fetch=$(bench_fetch_ms "$CA" "$STS_HOST" "$PROXY_PORT" /.well-known/mta-sts.txt) || exit 2
read -r F_CONNECT F_TLS F_STS <<<"$fetch"
fetch=$(bench_fetch_ms "$CA" "$LOGO_HOST" "$PROXY_PORT" /logo.svg) || exit 2
read -r _ _ F_LOGO <<<"$fetch"

# --- The lower bounds -----------------------------------------------------------------------------
L_SPF=$((CHAIN * DELAY_MS))
L_SITE=$((SITE_STEPS * DELAY_MS))
L_STS=$(awk -v d="$DELAY_MS" -v f="$F_STS" 'BEGIN { printf "%.1f", d + f }')
L_BIMI=$(awk -v d="$DELAY_MS" -v f="$F_LOGO" 'BEGIN { printf "%.1f", 2 * d + f }')
L=$(awk -v a="$L_SPF" -v b="$L_SITE" -v c="$L_STS" -v e="$L_BIMI" \
    'BEGIN { m = a; if (b > m) m = b; if (c > m) m = c; if (e > m) m = e; printf "%.1f", m }')

# --- The tools ------------------------------------------------------------------------------------
# Each run_<tool> prints the tool's output; spf_<tool> reads the SPF result from that output.
tools=()
declare -A label

# shellcheck disable=SC2317 # called through indirection
run_pyspf() {
    /usr/bin/python3 -c 'import sys, spf
r = spf.check2(i=sys.argv[1], s=sys.argv[2], h=sys.argv[3]); print(r[0]); print(r[1])' "$PASS_IP" "$SENDER" "$HELO"
}
# shellcheck disable=SC2317
spf_pyspf() { head -1 "$1"; }
tools+=(pyspf)
label[pyspf]="pyspf $(/usr/bin/python3 -c 'import spf; print(spf.__version__)' 2>/dev/null || true) (spf.check2)"

# shellcheck disable=SC2317
run_libspf2() { spfquery.libspf2 -ip "$PASS_IP" -sender "$SENDER" -helo "$HELO"; }
# shellcheck disable=SC2317
spf_libspf2() { head -1 "$1"; }
tools+=(libspf2)
label[libspf2]="spfquery (libspf2 $(dpkg-query -W -f='${Version}' libspf2-2 2>/dev/null | cut -d- -f1))"

# shellcheck disable=SC2317
run_mailspf() {
    spfquery.mail-spf-perl --scope mfrom --identity "$SENDER" --ip-address "$PASS_IP" --helo-identity "$HELO"
}
# shellcheck disable=SC2317
spf_mailspf() { head -1 "$1"; }
tools+=(mailspf)
label[mailspf]="spfquery (Mail::SPF $(dpkg-query -W -f='${Version}' libmail-spf-perl 2>/dev/null | cut -d- -f1))"

MAILAUTH="$BENCH_NPM_CACHE/node_modules/.bin/mailauth"
if [[ "$BENCH_NO_NPM" != 1 && -x "$MAILAUTH" ]] && command -v node >/dev/null 2>&1; then
    # The package's own bin (what npx would start, without npx's own start-up on top).
    # shellcheck disable=SC2317
    run_mailauth() { "$MAILAUTH" spf -f "$SENDER" -i "$PASS_IP" -e "$HELO" -m bench.invalid; }
    # shellcheck disable=SC2317
    spf_mailauth() { /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"]["result"])' "$1" 2>/dev/null || echo "?"; }
    tools+=(mailauth)
    v=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
        "$BENCH_NPM_CACHE/node_modules/mailauth/package.json" 2>/dev/null || true)
    label[mailauth]="mailauth $v spf (node $(node --version))"
else
    echo "mailauth: not available (BENCH_NO_NPM=1, or npm / node missing)"
fi

CLI=${BENCH_POSTINO_CLI:-}
postino=0
# Not grep -q: it stops reading at the match, and the CLI, still writing, fails the pipeline.
if [[ -n "$CLI" && -x "$CLI" ]] && "$CLI" --help 2>/dev/null | grep -E '^ +dns( |$)' >/dev/null; then
    "$CLI" dns --help 2>/dev/null | grep -E -- '--site' >/dev/null ||
        die "$CLI predates the sending servers' and the policies' checks (no dns --site): build it again"
    postino=1
    # shellcheck disable=SC2317
    run_postino() {
        "$CLI" dns "$DOMAIN" --mailer sendgrid --return-path em1234 --nameserver "$DELAYED" --ip "$PASS_IP" \
            --site "$SITE" --ca-file "$CA" --policies-port "$PROXY_PORT" --json
    }
    # shellcheck disable=SC2317
    spf_postino() { # not an SPF verdict: the report's findings by severity
        "$PY" - "$1" <<'EOF' 2>/dev/null || echo "?"
import collections, json, sys
r = json.load(open(sys.argv[1]))
c = collections.Counter(f.get("severity", "?") for f in r.get("findings", []))
print("ok=%s %s" % (r.get("ok"), " ".join("%s:%d" % kv for kv in sorted(c.items()))))
EOF
    }
    # check_postino FILE: "elapsedMs" when the report holds what the zones say, else the reasons on
    # stderr and exit status 1.
    # shellcheck disable=SC2317
    check_postino() {
        "$PY" - "$1" "${SITE_IPS[@]}" <<'EOF'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except (OSError, ValueError) as e:
    sys.exit("not JSON: %s" % e)
site_ips = sys.argv[2:]
# The lists that cover each kind of address (resources/catalog/dnsbl.json): all five IPv4, ZEN IPv6.
lists = {4: ["Spamhaus ZEN", "SpamCop", "Barracuda", "PSBL", "Mailspike"], 6: ["Spamhaus ZEN"]}
findings = r.get("findings") or []
def having(fid, subject=None, severity="ok"):
    return [f for f in findings if f.get("id") == fid and (subject is None or subject in f.get("subject", ""))
            and f.get("severity") == severity]
bad = []
acc = r.get("acceptance")
providers = sorted({str(a.get("provider", "")).lower() for a in acc or [] if isinstance(a, dict)})
if not isinstance(acc, list) or not all(any(p in q for q in providers) for p in ("gmail", "yahoo", "outlook")):
    bad.append("acceptance is %r, expected rows for Gmail, Yahoo and Outlook.com" % (providers or acc))
elif not all(a.get("requirements") for a in acc):
    bad.append("an acceptance row without requirements")
sts = having("mtasts.ok")
if not sts or "enforce" not in sts[0].get("detail", ""):
    bad.append("no mtasts.ok in enforce mode: %r" % [f.get("detail") for f in findings if f.get("id", "").startswith("mtasts.")])
for fid in ("returnpath.ok", "tlsrpt.ok", "bimi.ok", "bimi.dmarc_ok"):
    if not having(fid):
        bad.append("no %s: %r" % (fid, [(f.get("id"), f.get("detail")) for f in findings
                                        if f.get("id", "").split(".")[0] in (fid.split(".")[0], "policies")]))
for ip in site_ips:
    who = "www.bench.test (%s)" % ip
    if not having("rdns.confirmed", who):
        bad.append("no rdns.confirmed for %s: %r" % (who, [(f.get("id"), f.get("detail")) for f in findings
                                                           if f.get("id", "").startswith("rdns.")]))
    clean = having("dnsbl.not_listed", who)
    answered = clean[0].get("detail", "").split("Not asked")[0] if clean else ""
    missing = [n for n in lists[6 if ":" in ip else 4] if n not in answered]
    if missing:
        bad.append("%s: not every list that covers it answered \"not listed\" (%s missing): %r" % (
            who, ", ".join(missing), [(f.get("id"), f.get("detail")) for f in findings
                                      if f.get("id", "").startswith("dnsbl.") and who in f.get("subject", "")]))
others = [f.get("id") for f in findings if f.get("id") in
          ("dnsbl.listed", "dnsbl.could_not_check", "dnsbl.unexpected_answer", "reputation.deadline", "dns.deadline")]
if others:
    bad.append("unexpected findings: %s" % ", ".join(others))
errors = [(f.get("id"), f.get("subject")) for f in findings if f.get("severity") == "error"]
if errors:
    bad.append("errors reported: %r" % errors)
ms = r.get("elapsedMs")
if not isinstance(ms, (int, float)) or isinstance(ms, bool):
    bad.append("no elapsedMs")
if bad:
    sys.exit("\n".join(bad))
print(ms)
EOF
    }
    tools=(postino "${tools[@]}")
    label[postino]="postino-cli dns --mailer sendgrid --site"
    if "$CLI" --help 2>/dev/null | grep -E '^ +spf( |$)' >/dev/null; then
        # The same evaluation as the peers: one check_host(), the result word first.
        # shellcheck disable=SC2317
        run_postinospf() { "$CLI" spf --ip "$PASS_IP" --sender "$SENDER" --helo "$HELO" --nameserver "$DELAYED"; }
        # shellcheck disable=SC2317
        spf_postinospf() { head -1 "$1"; }
        tools=(postino postinospf "${tools[@]:1}")
        label[postinospf]="postino-cli spf"
    fi
else
    echo "postino: not available (${CLI:-no postino-cli} has no dns command yet)"
fi
declare -A bound
for t in "${tools[@]}"; do bound[$t]=$L_SPF; done
[[ "$postino" != 1 ]] || bound[postino]=$L

# time_one TOOL ROUND: runs TOOL once; appends its wall time (ms), DNS span and query count to WORK
# files (and for postino-cli dns its elapsedMs, once the report checks out).
time_one() {
    local t=$1 round=$2 t0 t1 rc=0 q0 q1 ms elapsed
    q0=$(grep -c . "$QLOG" || true)
    t0=$EPOCHREALTIME
    "run_$t" >"$WORK/out-$t-$round.txt" 2>"$WORK/err-$t-$round.txt" </dev/null || rc=$?
    t1=$EPOCHREALTIME
    sleep 0.02 # let the delay layer log the last answer
    q1=$(grep -c . "$QLOG" || true)
    if [[ "$t" == postino* && "$rc" -ge 2 ]]; then
        echo "$prog: postino-cli failed (exit status $rc) in round $round:" >&2
        sed 's/^/    /' "$WORK/out-$t-$round.txt" "$WORK/err-$t-$round.txt" >&2
        exit 2
    fi
    if [[ "$t" == postino ]]; then
        if ! elapsed=$(check_postino "$WORK/out-$t-$round.txt" 2>"$WORK/check-$round.txt"); then
            echo "$prog: postino-cli dns (exit status $rc) in round $round gave a wrong report:" >&2
            sed 's/^/    /' "$WORK/check-$round.txt" "$WORK/err-$t-$round.txt" >&2 || true
            exit 2
        fi
        echo "$elapsed" >>"$WORK/elapsed-$t.txt"
        echo "$t0 $t1" >>"$WORK/times-$t.txt"
    fi
    ms=$(ms_between "$t0" "$t1")
    echo "$ms" >>"$WORK/ms-$t.txt"
    # The DNS part alone, in answer times, from the delay layer's log (ms since its start, per
    # answer): from the first query's arrival (its answer less one delay) to the last answer.
    # Process start, CPU time and HTTPS fetches are left out, so this holds on a busy machine too.
    sed -n "$((q0 + 1)),${q1}p" "$QLOG" >"$WORK/qlog-$t-$round.txt"
    awk -v d="$DELAY_MS" 'NR == 1 { f = $1 } { l = $1 } END { printf "%.1f\n", NR ? l - f + d : 0 }' \
        "$WORK/qlog-$t-$round.txt" >>"$WORK/span-$t.txt"
    echo $((q1 - q0)) >"$WORK/queries-$t.txt"
    echo "$ms"
}

echo "DNS check benchmark: $DOMAIN through a +${DELAY_MS} ms-per-answer layer ($DELAYED -> NSD)" \
    "and a +${PROXY_DELAY_MS} ms-per-direction proxy in front of the HTTPS server, $RUNS rounds"
printf 'one HTTPS fetch through the proxy (curl, no DNS, median of 3): connect %s ms, TLS handshake %s ms,' \
    "$F_CONNECT" "$F_TLS"
printf ' total %s ms (policy file), %s ms (logo)\n' "$F_STS" "$F_LOGO"
echo "lower bound, postino-cli dns: the longest chain of dependent steps = max("
printf '  SPF %d x %d ms = %d ms, website %d x %d ms = %d ms,\n' "$CHAIN" "$DELAY_MS" "$L_SPF" "$SITE_STEPS" \
    "$DELAY_MS" "$L_SITE"
printf '  MTA-STS %d ms + fetch %s ms = %s ms, BIMI 2 x %d ms + fetch %s ms = %s ms) = %s ms\n' "$DELAY_MS" \
    "$F_STS" "$L_STS" "$DELAY_MS" "$F_LOGO" "$L_BIMI" "$L"
echo "lower bound, SPF alone (postino-cli spf and the peers): $CHAIN x ${DELAY_MS} ms = $L_SPF ms"
echo "peers evaluate SPF only (for $PASS_IP, expected pass); postino-cli dns runs the whole report" \
    "(SPF, DKIM, DMARC, MX, return path, the website's blocklists and reverse DNS, MTA-STS, TLS-RPT, BIMI)"
for t in "${tools[@]}"; do
    : >"$WORK/ms-$t.txt"
    : >"$WORK/span-$t.txt"
    : >"$WORK/elapsed-$t.txt"
    : >"$WORK/times-$t.txt"
done
for i in $(seq "$RUNS"); do
    line="  round $i:"
    for t in "${tools[@]}"; do
        ms=$(time_one "$t" "$i") && [[ -n "$ms" ]] || exit 2
        line+=$(printf '  %s %7.1f' "$t" "$ms")
    done
    echo "$line"
done

echo
printf '%-46s %10s %8s %8s %9s  %s\n' "" "median ms" "/ bound" "queries" "DNS span" "result (last round)"
declare -A med
bad_peer=0
bad_postino=0
for t in "${tools[@]}"; do
    med[$t]=$(median <"$WORK/ms-$t.txt")
    result=$("spf_$t" "$WORK/out-$t-$RUNS.txt")
    span=$(median <"$WORK/span-$t.txt")
    printf '%-46s %10.1f %7.2fx %8s %8.2fx  %s\n' "${label[$t]}" "${med[$t]}" \
        "$(awk -v a="${med[$t]}" -v b="${bound[$t]}" 'BEGIN { print a / b }')" "$(cat "$WORK/queries-$t.txt")" \
        "$(awk -v a="$span" -v b="${bound[$t]}" 'BEGIN { print a / b }')" "$result"
    if [[ "$t" == postino ]]; then
        E=$(median <"$WORK/elapsed-postino.txt")
        printf '%-46s %10.1f %7.2fx\n' "  elapsedMs (its own time, no process start)" "$E" \
            "$(awk -v a="$E" -v b="$L" 'BEGIN { print a / b }')"
    fi
    if [[ "$t" != postino && "$result" != pass ]]; then
        [[ "$t" == postinospf ]] || bad_peer=1
        [[ "$t" != postinospf ]] || bad_postino=1
        echo "    $t gave '$result', expected pass; its output:"
        sed 's/^/      /' "$WORK/out-$t-$RUNS.txt" "$WORK/err-$t-$RUNS.txt" | head -20
    fi
done
if [[ "$postino" == 1 ]]; then
    printf '%-46s %10.1f %7.2fx\n' "lower bound, whole report (longest chain)" "$L" 1
fi
printf '%-46s %10.1f %7.2fx\n' "lower bound, SPF ($CHAIN dependent queries)" "$L_SPF" 1
[[ "$bad_peer" == 0 ]] || die "a peer did not give the expected SPF result: the fixture or the set-up is wrong"

if [[ "$postino" != 1 ]]; then
    echo "postino: not available; peers only"
    exit 0
fi
fastest_peer="" fastest_ms=""
for t in "${tools[@]}"; do
    [[ "$t" == postino* ]] && continue
    if [[ -z "$fastest_ms" ]] || awk -v a="${med[$t]}" -v b="$fastest_ms" 'BEGIN { exit !(a < b) }'; then
        fastest_peer=$t fastest_ms=${med[$t]}
    fi
done
failed=$bad_postino
for t in postino postinospf; do
    [[ -n "${med[$t]:-}" ]] || continue
    P=${med[$t]}
    printf 'fastest peer: %s %.1f ms = %.2fx %s\n' "$fastest_peer" "$fastest_ms" \
        "$(awk -v a="$fastest_ms" -v b="$P" 'BEGIN { print a / b }')" "${label[$t]}"
    read -r ratio verdict < <(awk -v p="$P" -v l="${bound[$t]}" -v m="$MAX_RATIO" -v f="$fastest_ms" \
        'BEGIN { r = p / l; printf "%.2f %s\n", r, (r <= m + 1e-9 && p < f ? "PASS" : "FAIL") }')
    printf '%s / lower bound = %sx  target <= %sx and faster than every peer  %s\n' "${label[$t]}" "$ratio" \
        "$MAX_RATIO" "$verdict"
    [[ "$verdict" == PASS ]] || failed=1
done

# Which step waited for which: postino-cli dns's queries in its median round, in the order their
# answers came (ms from the first query's arrival, i.e. from its answer less one delay), and its
# HTTPS connections through the proxy.
if [[ "$failed" != 0 || "${BENCH_VERBOSE:-0}" == 1 ]]; then
    m=$(median <"$WORK/ms-postino.txt")
    round=$(awk -v m="$m" '{ d = $1 - m; if (d < 0) d = -d; if (NR == 1 || d < best) { best = d; r = NR } } END { print r }' \
        "$WORK/ms-postino.txt")
    echo
    echo "postino-cli dns, round $round ($(sed -n "${round}p" "$WORK/ms-postino.txt") ms wall," \
        "elapsedMs $(sed -n "${round}p" "$WORK/elapsed-postino.txt")): answers in arrival order"
    awk -v d="$DELAY_MS" 'NR == 1 { f = $1 - d } { printf "  %7.1f  %-4s %-5s %-8s %s\n", $1 - f, $2, $4, $5, $3 }' \
        "$WORK/qlog-postino-$round.txt"
    read -r t0 t1 < <(sed -n "${round}p" "$WORK/times-postino.txt")
    echo "HTTPS connections through the proxy (ms from the process start: accepted, client's last event):"
    awk -v t0="$(to_us "$t0")" -v t1="$(to_us "$t1")" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        split(v["start"], p, "."); us = p[1] * 1000000 + substr(p[2] "000000", 1, 6)
        a = (us - t0) / 1000; if (us >= t0 && us <= t1) printf "  %7.1f  %7.1f  turns %s\n", a, a + v["session_ms"], v["turns"] }' \
        "$WORK/proxy.summary"
fi
[[ "$failed" == 0 ]] || exit 1
exit 0
