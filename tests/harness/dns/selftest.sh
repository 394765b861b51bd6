#!/usr/bin/env bash
# selftest.sh: checks that run-with-dns.sh serves every fixture as tests/harness/dns/README.md
# describes, with dig (and pyspf, the reference SPF implementation, for the SPF verdicts), and
# that the silent server, the blackhole address and the delay layer behave as documented.
# Run as root: tests/harness/dns/selftest.sh
# Prints one "ok"/"not ok" line per check and a closing "N passed, N failed".
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${POSTINO_TEST_DNS_DIR:-}" ]; then
    # shellcheck source=tests/harness/tools.sh
    . "$here/../tools.sh"
    require_tools dns-selftest python-module:spf:python3-spf openssl:openssl base64:coreutils
    exec "$here/run-with-dns.sh" "$here/selftest.sh" "$@"
fi

S=$POSTINO_TEST_DNS_SERVER
out=$POSTINO_TEST_DNS_DIR/selftest
mkdir -p "$out"
passed=0
failed=0
n=0

# check DESCRIPTION COMMAND...: COMMAND's output goes to a file, shown on failure.
check() {
    local desc=$1
    shift
    n=$((n + 1))
    if "$@" >"$out/$n.log" 2>&1; then
        passed=$((passed + 1))
        echo "ok $n - $desc"
    else
        failed=$((failed + 1))
        echo "not ok $n - $desc"
        tail -n 30 "$out/$n.log" | sed 's/^/    # /'
    fi
}

d() { dig +time=2 +tries=1 @"$S" "$@"; }
# The records of NAME TYPE, one per line, each record's strings joined with no separator.
txt() { d +short "$1" "${2:-TXT}" | sed -e 's/" "//g' -e 's/^"//' -e 's/"$//'; }
status_is() { # STATUS NAME TYPE [dig options]: the response code
    local want=$1
    shift
    d "$@" >"$out/dig.tmp" || true
    cat "$out/dig.tmp"
    grep -q "status: $want," "$out/dig.tmp"
}
has_line() { # EXPECTED-LINE CMD...: CMD prints exactly this line among its output
    local want=$1
    shift
    "$@" >"$out/lines.tmp"
    cat "$out/lines.tmp"
    grep -qxF -- "$want" "$out/lines.tmp"
}
count_is() { # N REGEX CMD...: CMD prints N lines matching REGEX
    local want=$1 re=$2
    shift 2
    "$@" >"$out/lines.tmp"
    cat "$out/lines.tmp"
    [ "$(grep -cE -- "$re" "$out/lines.tmp")" = "$want" ]
}
# pyspf's verdict through the system resolver (resolv.conf -> NSD), like the peers in the benchmark.
pyspf() { # IP SENDER-DOMAIN EXPECTED-RESULT
    local got
    got=$(/usr/bin/python3 -c 'import sys, spf; r = spf.check2(i=sys.argv[1], s="postmaster@" + sys.argv[2], h="mail." + sys.argv[2]); print(r[0]); print(r[1], file=sys.stderr)' "$1" "$2")
    echo "pyspf: $got"
    [ "$got" = "$3" ]
}
# A DKIM key record (joined) whose p= decodes as an RSA key of BITS bits.
dkim_rsa_bits() { # NAME BITS
    local rec p
    rec=$(txt "$1" TXT | grep '^v=DKIM1' | head -1)
    echo "record: ${rec:0:80}..."
    p=${rec##*p=}
    printf '%s' "$p" | base64 -d | openssl pkey -pubin -inform DER -noout -text | tee "$out/key.tmp" | head -1
    grep -q "Public-Key: ($2 bit)" "$out/key.tmp"
}
cname_is() { has_line "$2" d +short "$1" CNAME; }

# --- goodsendgrid.test --------------------------------------------------------------------------
check "goodsendgrid.test: one SPF record, include:sendgrid.net" \
    count_is 1 '^v=spf1 include:sendgrid\.net ~all$' txt goodsendgrid.test
check "goodsendgrid.test: pyspf passes a SendGrid address (167.89.1.1)" pyspf 167.89.1.1 goodsendgrid.test pass
check "goodsendgrid.test: s1._domainkey is a CNAME to SendGrid" \
    cname_is s1._domainkey.goodsendgrid.test s1.domainkey.u1234.wl123.sendgrid.net.
check "goodsendgrid.test: s2._domainkey is a CNAME to SendGrid" \
    cname_is s2._domainkey.goodsendgrid.test s2.domainkey.u1234.wl123.sendgrid.net.
check "sendgrid.net: the s1 key is RSA 2048 in several strings" \
    dkim_rsa_bits s1.domainkey.u1234.wl123.sendgrid.net 2048
check "sendgrid.net: the s2 key is RSA 2048" dkim_rsa_bits s2.domainkey.u1234.wl123.sendgrid.net 2048
check "goodsendgrid.test: return path em1234 is a CNAME to u1234.wl123.sendgrid.net" \
    cname_is em1234.goodsendgrid.test u1234.wl123.sendgrid.net.
check "sendgrid.net: the return-path target has SPF ... -all and an MX" \
    bash -c "dig +short @$S u1234.wl123.sendgrid.net TXT | grep -q '^\"v=spf1 ip4:167.89.0.0/17 .* -all\"\$' &&
             dig +short @$S u1234.wl123.sendgrid.net MX | grep -qx '10 mx.sendgrid.net.'"
check "goodsendgrid.test: DMARC p=quarantine with its own rua" \
    has_line "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@goodsendgrid.test; adkim=r; aspf=r" \
    txt _dmarc.goodsendgrid.test
check "goodsendgrid.test: MX host with A and AAAA" \
    bash -c "dig +short @$S goodsendgrid.test MX | grep -qx '10 mail.goodsendgrid.test.' &&
             dig +short @$S mail.goodsendgrid.test A | grep -qx 192.0.2.10 &&
             dig +short @$S mail.goodsendgrid.test AAAA | grep -qx 2001:db8::10"
check "goodsendgrid.test: its name server is ns1.fixtures.test = 127.0.0.1 (this NSD)" \
    bash -c "dig +short @$S goodsendgrid.test NS | grep -qx ns1.fixtures.test. &&
             dig +short @$S ns1.fixtures.test A | grep -qx 127.0.0.1"
check "the system resolver reaches NSD (getaddrinfo through /etc/resolv.conf)" \
    /usr/bin/python3 -c 'import socket; a = {x[4][0] for x in socket.getaddrinfo("mail.goodsendgrid.test", 25, socket.AF_INET)}; print(a); assert a == {"192.0.2.10"}'

# --- goodsendlayer.test ---------------------------------------------------------------------------
check "goodsendlayer.test: sl._domainkey is a CNAME to SendLayer" \
    cname_is sl._domainkey.goodsendlayer.test sl._domainkey.m2.sendlayer.net.
check "sendlayer.net: the sl key is RSA 2048" dkim_rsa_bits sl._domainkey.m2.sendlayer.net 2048
check "goodsendlayer.test: bounce domain sl is a CNAME to sl.m2-use1.sendlayer.net" \
    cname_is sl.goodsendlayer.test sl.m2-use1.sendlayer.net.
check "sendlayer.net: the bounce target has SPF and an MX with an address" \
    bash -c "dig +short @$S sl.m2-use1.sendlayer.net TXT | grep -q '^\"v=spf1 ip4:198.51.100.0/26 ' &&
             dig +short @$S sl.m2-use1.sendlayer.net MX | grep -qx '10 mx.m2-use1.sendlayer.net.' &&
             dig +short @$S mx.m2-use1.sendlayer.net A | grep -qx 198.51.100.25"
check "goodsendlayer.test: pyspf passes a SendLayer address for the bounce domain" \
    pyspf 198.51.100.7 sl.goodsendlayer.test pass
check "goodsendlayer.test: DMARC p=reject" \
    has_line "v=DMARC1; p=reject; rua=mailto:dmarc@goodsendlayer.test" txt _dmarc.goodsendlayer.test

# --- SPF failures ------------------------------------------------------------------------------------
check "toomanylookups.test: pyspf gives permerror for a SendGrid address (13 lookups)" \
    pyspf 167.89.1.1 toomanylookups.test permerror
check "toomanylookups.test: the tree spans lookups-a.test and lookups-b.test" \
    bash -c "dig +short @$S _spf.lookups-a.test TXT | grep -q include:s3.lookups-a.test &&
             dig +short @$S _spf.lookups-b.test TXT | grep -q include:s2.lookups-b.test &&
             dig +short @$S s2.lookups-b.test MX | grep -qx '10 mx.lookups-b.test.'"
check "twospf.test: two SPF records (and one other TXT)" count_is 2 '^v=spf1 ' txt twospf.test
check "twospf.test: pyspf gives permerror" pyspf 167.89.1.1 twospf.test permerror
check "badspf.test: SPF with ip4:192.0.2.256 at offset 28" \
    bash -c "txt() { dig +short @$S \$1 TXT | tr -d '\"'; }; r=\$(txt badspf.test); echo \"\$r\"; [ \"\${r:28:15}\" = ip4:192.0.2.256 ]"
check "badspf.test: pyspf gives permerror" pyspf 167.89.1.1 badspf.test permerror
check "spftype99.test: a type-99 SPF record next to the TXT one" \
    bash -c "dig +short @$S spftype99.test TYPE99 | grep -qx '\"v=spf1 include:sendgrid.net ~all\"' &&
             dig +short @$S spftype99.test TXT | grep -qx '\"v=spf1 include:sendgrid.net ~all\"'"

# --- spfcases.test: RFC 7208 cases (pyspf with the full sender, as the spf command gets it) ---------------
pyspf_as() { # IP SENDER EXPECTED-RESULT
    local got
    got=$(/usr/bin/python3 -c 'import sys, spf; print(spf.check2(i=sys.argv[1], s=sys.argv[2], h="mail.example.test")[0])' "$1" "$2")
    echo "pyspf: $got"
    [ "$got" = "$3" ]
}
check "spfcases.test: a sender without a local part is postmaster" pyspf_as 192.0.2.99 spfcases.test pass
check "spfcases.test: another local part fails" pyspf_as 192.0.2.99 bob@spfcases.test fail
check "v6void.spfcases.test: no-data AAAA answers are void lookups" pyspf_as 2001:db8:5::1 x@v6void.spfcases.test permerror
check "mxorder.spfcases.test: every MX host is looked up" pyspf_as 2001:db8:5::6 x@mxorder.spfcases.test permerror
check "v6two.spfcases.test: two void lookups are allowed" pyspf_as 2001:db8:5::1 x@v6two.spfcases.test pass

# --- DKIM / DMARC failures --------------------------------------------------------------------------
check "revokeddkim.test: sl._domainkey has an empty p= (revoked)" \
    has_line "v=DKIM1; k=rsa; p=" txt sl._domainkey.revokeddkim.test
check "dmarcnoauth.test: p=none, rua at dmarc-vendor.test" \
    has_line "v=DMARC1; p=none; rua=mailto:reports@dmarc-vendor.test" txt _dmarc.dmarcnoauth.test
check "dmarcnoauth.test: no authorisation record at dmarc-vendor.test (NXDOMAIN)" \
    status_is NXDOMAIN dmarcnoauth.test._report._dmarc.dmarc-vendor.test TXT
check "dmarcauth.test: authorisation record at dmarc-vendor.test exists" \
    has_line "v=DMARC1" txt dmarcauth.test._report._dmarc.dmarc-vendor.test

# --- Discovery (issue 17): MX names, SRV, reverse zones --------------------------------------------
ptr_is() { has_line "$2" d +short -x "$1"; }
check "discgoogle.test: MX at Google's names (not served here)" \
    has_line "1 aspmx.l.google.com." d +short discgoogle.test MX
check "discgoogle.test: brevo1._domainkey is a CNAME to dkim.brevo.com" \
    cname_is brevo1._domainkey.discgoogle.test b1.discgoogle-test.dkim.brevo.com.
check "discgoogle.test: _submissions._tcp SRV to smtp.gmail.com:465" \
    has_line "0 1 465 smtp.gmail.com." d +short _submissions._tcp.discgoogle.test SRV
check "discgoogle.test: _submission._tcp SRV target \".\" (not offered)" \
    has_line "0 0 0 ." d +short _submission._tcp.discgoogle.test SRV
check "disczoho.test: MX at Zoho's EU names" has_line "10 mx.zoho.eu." d +short disczoho.test MX
check "disczoho.test: both SRV services, implicit TLS first by priority" \
    bash -c "dig +short @$S _submissions._tcp.disczoho.test SRV | grep -qx '0 1 465 smtppro.zoho.eu.' &&
             dig +short @$S _submission._tcp.disczoho.test SRV | grep -qx '10 1 587 smtppro.zoho.eu.'"
check "discoutlook.test: MX at Microsoft 365's name" \
    has_line "0 discoutlook-test.mail.protection.outlook.com." d +short discoutlook.test MX
check "discnomx.test: exists without MX (no data)" \
    bash -c "dig @$S discnomx.test MX | grep -q 'status: NOERROR' && [ -z \"\$(dig +short @$S discnomx.test MX)\" ]"
check "www.discnomx.test: a CNAME loop (three CNAMEs, no address)" \
    count_is 3 'CNAME' d +noall +answer www.discnomx.test A
check "nosite.discnomx.test: NXDOMAIN" status_is NXDOMAIN nosite.discnomx.test A
check "203.0.113.7 reverse: Amazon EC2" ptr_is 203.0.113.7 ec2-203-0-113-7.compute-1.amazonaws.com.
check "203.0.113.8 reverse: GoDaddy" ptr_is 203.0.113.8 ip-203-0-113-8.ip.secureserver.net.
check "203.0.113.10 reverse: NXDOMAIN" status_is NXDOMAIN 10.113.0.203.in-addr.arpa PTR
check "198.51.100.20 reverse: Linode" ptr_is 198.51.100.20 li20-100.members.linode.com.
check "2001:db8:d15::7 reverse: Hetzner" ptr_is 2001:db8:d15::7 static.7.d15.clients.your-server.de.
check "www.disczoho.test: IPv6 only" \
    bash -c "dig +short @$S www.disczoho.test AAAA | grep -qx 2001:db8:d15::7 && [ -z \"\$(dig +short @$S www.disczoho.test A)\" ]"

# --- Names that do not exist, a broken zone, a foreign name ------------------------------------------
check "nonexistent.test: NXDOMAIN from the test. zone (with its SOA)" \
    bash -c "dig @$S nonexistent.test TXT | tee /dev/stderr | grep -q 'status: NXDOMAIN' &&
             dig +noall +authority @$S nonexistent.test TXT | grep -q 'SOA.*ns1.fixtures.test.'"
check "_dmarc.nonexistent.test: NXDOMAIN" status_is NXDOMAIN _dmarc.nonexistent.test TXT
check "servfail.test: SERVFAIL (zone configured, never loaded)" status_is SERVFAIL servfail.test TXT
check "refused.example: REFUSED (outside every zone)" status_is REFUSED refused.example TXT

# --- Bad input ------------------------------------------------------------------------------------------
check "hugetxt.test: the TXT answer is truncated over UDP without EDNS" \
    bash -c "dig +noedns +ignore +time=2 +tries=1 @$S hugetxt.test TXT | tee /dev/stderr | grep -q 'flags: qr aa tc'"
check "hugetxt.test: over TCP, the SPF record and a 4000-byte TXT record" \
    bash -c "dig +tcp +short @$S hugetxt.test TXT | sed -e 's/\" \"//g' -e 's/\"//g' | awk '{ print length(\$0) }' | sort -n | tr '\n' ' ' | tee /dev/stderr | grep -qx '32 4000 '"
check "cnameloop.test: s1._domainkey -> loop-a -> loop-b -> loop-a, no TXT" \
    bash -c "dig +noall +answer @$S s1._domainkey.cnameloop.test TXT | tee /dev/stderr |
             awk '\$4 == \"CNAME\" { c++ } \$4 == \"TXT\" { t++ } END { exit !(c >= 3 && t == 0) }'"
check "nonascii.test: UTF-8 and non-UTF-8 bytes in TXT next to a valid SPF record" \
    bash -c "dig +short @$S nonascii.test TXT | tee /dev/stderr | grep -qF 'caf\\195\\169' &&
             dig +short @$S nonascii.test TXT | grep -qF 'raw=\\255\\254\\000end' &&
             dig +short @$S spf-utf8.nonascii.test TXT | grep -qF 'a:caf\\195\\169.nonascii.test'"
check "nonascii.test: pyspf passes a SendGrid address (the other TXT records are skipped)" \
    pyspf 167.89.1.1 nonascii.test pass
check "nullmx.test: MX 0 ." has_line "0 ." d +short nullmx.test MX
check "mxnoaddr.test: mail has no A (NOERROR, empty), gone does not exist" \
    bash -c "dig +short @$S mxnoaddr.test MX | sort | tr '\n' ' ' | grep -qx '10 mail.mxnoaddr.test. 20 gone.mxnoaddr.test. ' &&
             dig @$S mail.mxnoaddr.test A | grep -q 'status: NOERROR,' &&
             dig @$S mail.mxnoaddr.test A | grep -q 'ANSWER: 0,' &&
             dig @$S mail.mxnoaddr.test AAAA | grep -q 'ANSWER: 0,' &&
             dig @$S gone.mxnoaddr.test A | grep -q 'status: NXDOMAIN'"

# --- Servers that never answer -------------------------------------------------------------------
silent() { # ADDR [dig options]: no answer within 1 s
    local a=$1
    shift
    if dig +time=1 +tries=1 @"$a" "$@" goodsendgrid.test TXT >"$out/silent.tmp" 2>&1; then
        cat "$out/silent.tmp"
        return 1
    fi
    cat "$out/silent.tmp"
    grep -qE 'timed out|no servers could be reached' "$out/silent.tmp"
}
check "silent server $POSTINO_TEST_DNS_SILENT_SERVER: UDP query times out, and was received" \
    bash -c "$(declare -f silent); out=$out; silent $POSTINO_TEST_DNS_SILENT_SERVER &&
             grep -q '^[0-9.]* udp ' $POSTINO_TEST_DNS_SILENT_LOG"
check "silent server: TCP connects, then no answer" \
    bash -c "$(declare -f silent); out=$out; silent $POSTINO_TEST_DNS_SILENT_SERVER +tcp &&
             grep -q 'tcp connection' $POSTINO_TEST_DNS_SILENT_LOG"
if [ -n "${POSTINO_TEST_DNS_BLACKHOLE_SERVER:-}" ]; then
    check "blackhole $POSTINO_TEST_DNS_BLACKHOLE_SERVER: UDP and TCP time out" \
        bash -c "$(declare -f silent); out=$out; silent $POSTINO_TEST_DNS_BLACKHOLE_SERVER &&
                 silent $POSTINO_TEST_DNS_BLACKHOLE_SERVER +tcp"
fi

# --- The delay layer (used by scripts/bench-dns.sh) ------------------------------------------------
delay_layer() {
    local log=$out/delay-queries.log pid t0 t1 i
    /usr/bin/python3 "$here/dns_delay.py" --listen 127.0.0.3 --delay-ms 50 --log "$log" >"$out/delay.out" 2>&1 &
    pid=$!
    for i in $(seq 100); do
        awk '$2 == "0300007F:0035" { f = 1 } END { exit !f }' /proc/net/udp && break
        sleep 0.02
    done
    # 8 queries at once: all back after about 50 ms, not 8 x 50. One process sends all 8 from
    # one socket within microseconds and times them itself, so the figure does not depend on
    # how fast a loaded machine starts processes.
    local ms
    ms=$(/usr/bin/python3 - <<'PY'
import socket, struct, time
name = b"".join(bytes([len(l)]) + l for l in b"mail.goodsendgrid.test".split(b".")) + b"\0"
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(3)
t0 = time.monotonic()
for qid in range(1, 9):
    s.sendto(struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + name + struct.pack("!HH", 1, 1), ("127.0.0.3", 53))
ids = set()
try:
    while len(ids) < 8:
        ids.add(struct.unpack("!H", s.recv(4096)[:2])[0])
    print(int((time.monotonic() - t0) * 1000))
except socket.timeout:
    print(-len(ids))  # answers missing
PY
)
    echo "8 parallel queries through the delay layer, sent together from one socket: $ms ms"
    # One query alone: at least 50 ms. Over TCP, the 4 KB answer arrives whole.
    t0=$EPOCHREALTIME
    dig +time=2 +tries=1 +short @127.0.0.3 goodsendgrid.test MX | grep -qx '10 mail.goodsendgrid.test.'
    t1=$EPOCHREALTIME
    local one
    one=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%d", (b - a) * 1000 }')
    echo "one query: $one ms"
    dig +tcp +time=2 +tries=1 +short @127.0.0.3 hugetxt.test TXT | grep -q bulk-verification-16
    kill "$pid"
    cat "$log"
    grep -c . "$log"
    # Serialised answers would take at least 8 x 50 = 400 ms; parallel ones about 50.
    [ "$(grep -c ' udp mail.goodsendgrid.test. A NOERROR' "$log")" = 8 ] &&
        grep -q ' tcp hugetxt.test. TXT NOERROR' "$log" &&
        [ "$one" -ge 50 ] && [ "$ms" -ge 50 ] && [ "$ms" -lt 350 ]
}
check "delay layer: +50 ms per answer, parallel queries not serialised, TCP forwarded" delay_layer

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
