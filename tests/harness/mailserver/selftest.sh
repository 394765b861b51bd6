#!/usr/bin/env bash
# selftest.sh: checks that run-with-mailserver.sh provides the server the
# Postino tests rely on, using swaks and openssl s_client as clients.
# Run as root: tests/harness/mailserver/selftest.sh
# Prints one "ok"/"not ok" line per check and a closing "N passed, N failed".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# Outside the harness: re-run this script inside it.
if [ -z "${POSTINO_TEST_MAILSERVER_DIR:-}" ]; then
    # swaks speaks STARTTLS and implicit TLS only with Net::SSLeay and IO::Socket::SSL, which
    # Debian only recommends: without them every TLS check here would fail for no visible reason.
    # shellcheck source=tests/harness/tools.sh
    . "$here/../tools.sh"
    require_tools selftest swaks:swaks swaks-feature:TLS:libnet-ssleay-perl \
        swaks-feature:TLS:libio-socket-ssl-perl "swaks-feature:Basic AUTH:swaks" \
        "swaks-feature:AUTH CRAM-MD5:swaks" openssl:openssl
    exec "$here/run-with-mailserver.sh" "$here/selftest.sh" "$@"
fi

H=$POSTINO_TEST_SMTP_HOST
out=$POSTINO_TEST_MAILSERVER_DIR/selftest
mkdir -p "$out"
passed=0
failed=0
n=0

# check DESCRIPTION COMMAND...: COMMAND's output goes to a file, shown on failure.
check() {
    local desc=$1; shift
    n=$((n + 1))
    if "$@" >"$out/$n.log" 2>&1; then
        passed=$((passed + 1)); echo "ok $n - $desc"
    else
        failed=$((failed + 1)); echo "not ok $n - $desc"
        tail -n 40 "$out/$n.log" | sed 's/^/    # /'
    fi
}

# swaks with the test CA trusted; never prompt (-t given, stdin closed).
# Its transcript marks server errors "<**" in plain text and "<~*" under TLS.
# --suppress-data keeps big bodies out of the transcript.
sw() { swaks --server "$H" --tls-verify --tls-ca-path "$POSTINO_TEST_CA" --suppress-data "$@" </dev/null; }

# Run swaks, require exit code RC and a regex in its transcript.
sw_expect() {  # RC REGEX SWAKS-ARGS...
    local want=$1 re=$2 rc=0; shift 2
    sw "$@" >"$out/swaks.tmp" 2>&1 || rc=$?
    cat "$out/swaks.tmp"
    [ "$rc" = "$want" ] || { echo "swaks exit $rc, expected $want"; return 1; }
    grep -Eq -- "$re" "$out/swaks.tmp" || { echo "no match for: $re"; return 1; }
}

# Wait (bounded) for a new message containing TOKEN in a Maildir.
delivered() {  # MAILDIR TOKEN
    local i
    for _ in $(seq 50); do
        grep -lqsF -- "$2" "$1"/new/* && return 0
        sleep 0.1
    done
    echo "no message with $2 in $1/new"; ls -la "$1/new"; tail -20 "$POSTINO_TEST_MAILLOG"
    return 1
}

submit_and_deliver() {  # MAILDIR TOKEN SWAKS-ARGS...
    local md=$1 tok=$2; shift 2
    sw_expect 0 '250 2\.0\.0 Ok: queued' --header "Subject: $tok" "$@" && delivered "$md" "$tok"
}

tok1="selftest-587-plain-$$"
check "587 STARTTLS + AUTH PLAIN as alice (special password) delivers to bob" \
    submit_and_deliver "$POSTINO_TEST_MAILDIR_BOB" "$tok1" \
    -p 587 -tls -a PLAIN -au "$POSTINO_TEST_USER" -ap "$POSTINO_TEST_PASSWORD" \
    -f "$POSTINO_TEST_USER" -t "$POSTINO_TEST_USER2"

tok2="selftest-465-login-$$"
check "465 implicit TLS + AUTH LOGIN as alice delivers to alice" \
    submit_and_deliver "$POSTINO_TEST_MAILDIR_ALICE" "$tok2" \
    -p 465 -tlsc -a LOGIN -au "$POSTINO_TEST_USER" -ap "$POSTINO_TEST_PASSWORD" \
    -f "$POSTINO_TEST_USER" -t "$POSTINO_TEST_USER"

# swaks exits 28 when authentication fails.
check "wrong password on 587 gives 535" \
    sw_expect 28 '<[~*]\* +535 5\.7\.8' -p 587 -tls -a PLAIN -au "$POSTINO_TEST_USER" -ap 'wrong-password' \
    -f "$POSTINO_TEST_USER" -t "$POSTINO_TEST_USER2" --quit-after AUTH

# swaks exits 24 when RCPT is rejected.
check "unauthenticated relay on 25 gives 554 5.7.1" \
    sw_expect 24 '<[~*]\* +554 5\.7\.1 .*Relay access denied' -p 25 \
    -f "$POSTINO_TEST_USER" -t someone@example.com --quit-after RCPT

no_auth_before_starttls() {
    swaks --server "$H" -p 587 -t x@postino.test --quit-after EHLO </dev/null >"$out/ehlo.tmp" 2>&1 || true
    cat "$out/ehlo.tmp"
    grep -q '250-STARTTLS' "$out/ehlo.tmp" && ! grep -Eq '<- +250[- ]AUTH' "$out/ehlo.tmp"
}
check "587 does not advertise AUTH before STARTTLS (but offers STARTTLS)" no_auth_before_starttls

check "587 MAIL before STARTTLS gives 530 5.7.0" \
    sw_expect 23 '<[~*]\* +530 5\.7\.0' -p 587 -f "$POSTINO_TEST_USER" -t "$POSTINO_TEST_USER2" --quit-after MAIL

check "587 after STARTTLS without AUTH refuses external relay with 554 5.7.1" \
    sw_expect 24 '<[~*]\* +554 5\.7\.1' -p 587 -tls -f "$POSTINO_TEST_USER" -t someone@example.com --quit-after RCPT

check "587 authenticated relay to an external domain is accepted (and discarded)" \
    sw_expect 0 '250 2\.0\.0 Ok: queued' -p 587 -tls -a LOGIN -au "$POSTINO_TEST_USER2" -ap "$POSTINO_TEST_PASSWORD2" \
    -f "$POSTINO_TEST_USER2" -t someone@example.com

check "25 delivers local mail without AUTH" \
    submit_and_deliver "$POSTINO_TEST_MAILDIR_BOB" "selftest-25-$$" -p 25 -tlso \
    -f someone@example.com -t "$POSTINO_TEST_USER2"

head -c 1200000 /dev/zero | tr '\0' 'x' | fold -w 76 >"$out/big.txt"
check "message over 1 MiB gives 552 5.3.4" \
    sw_expect 26 '<[~*]\* +552 5\.3\.4' -p 587 -tls -a PLAIN -au "$POSTINO_TEST_USER2" -ap "$POSTINO_TEST_PASSWORD2" \
    -f "$POSTINO_TEST_USER2" -t "$POSTINO_TEST_USER" --body "@$out/big.txt"

# swaks checks the chain only; openssl also checks the name the client used.
server_name_verifies() {  # PORT [s_client options]
    local port=$1; shift
    openssl s_client -connect "$H:$port" -servername "$H" -verify_hostname "$H" \
        -CAfile "$POSTINO_TEST_CA" -verify_return_error "$@" </dev/null >"$out/sclient.tmp" 2>&1 || true
    grep -E 'subject=|Verify return code' "$out/sclient.tmp"
    grep -q 'Verify return code: 0 (ok)' "$out/sclient.tmp"
}
check "465 certificate verifies for $H against the test CA" server_name_verifies 465
check "IMAP 143 STARTTLS certificate verifies for $H" server_name_verifies 143 -starttls imap

spare_certs_fail_as_intended() {
    local c=$POSTINO_TEST_CERTS ca=$POSTINO_TEST_CA
    openssl verify -CAfile "$ca" -verify_hostname "$H" "$c/server.pem" &&
    openssl verify -CAfile "$ca" "$c/wrong-name.pem" &&
    ! openssl verify -CAfile "$ca" -verify_hostname "$H" "$c/wrong-name.pem" &&
    openssl verify -CAfile "$ca" -no_check_time -verify_hostname "$H" "$c/expired.pem" &&
    ! openssl verify -CAfile "$ca" "$c/expired.pem" &&
    ! openssl verify -CAfile "$ca" "$c/self-signed.pem"
}
check "wrong-name, expired and self-signed certificates fail verification as intended" \
    spare_certs_fail_as_intended

imaps_sees_mail() {
    printf 'a LOGIN %s %s\r\nb SELECT INBOX\r\nc LOGOUT\r\n' "$POSTINO_TEST_USER2" "$POSTINO_TEST_PASSWORD2" |
        openssl s_client -connect "$H:993" -verify_hostname "$H" -CAfile "$POSTINO_TEST_CA" \
            -verify_return_error -quiet -ign_eof >"$out/imap.tmp" 2>&1 || true
    cat "$out/imap.tmp"
    grep -Eq '^\* [1-9][0-9]* EXISTS' "$out/imap.tmp"
}
check "IMAPS 993 login as bob sees delivered mail" imaps_sees_mail

# Dovecot 2.3.19 would otherwise answer each failure after up to 0.5 s (by default: 2 s and more).
# Judged against successful logins made just before, not against a fixed time: the suite runs tests
# in parallel, and on a loaded machine every swaks session takes longer. Three of each, so one slow
# session does not decide; the successes come first, because Dovecot's per-IP penalty would slow
# them too once a login has failed. The three failures may take at most 0.3 s more.
fast_auth_failures() {
    local s good bad i
    s=$EPOCHREALTIME
    for i in 1 2 3; do
        sw -p 465 -tlsc -a LOGIN -au "$POSTINO_TEST_USER" -ap "$POSTINO_TEST_PASSWORD" -t x@postino.test \
            --quit-after AUTH >/dev/null 2>&1 || return 1
    done
    good=$(awk -v a="$s" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
    s=$EPOCHREALTIME
    for i in 1 2 3; do
        sw -p 465 -tlsc -a LOGIN -au "$POSTINO_TEST_USER" -ap "wrong$i" -t x@postino.test --quit-after AUTH \
            >/dev/null 2>&1 && return 1
    done
    awk -v a="$s" -v b="$EPOCHREALTIME" -v g="$good" 'BEGIN {
        d = b - a; print "3 failed logins took " d " s, 3 successful logins " g " s"; exit !(d < g + 0.3) }'
}
check "failed logins are answered without delay or penalty" fast_auth_failures

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
