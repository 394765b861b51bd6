#!/usr/bin/env bash
# run-with-mailserver.sh CMD [ARGS...]
#
# Runs CMD inside a private network + mount + pid namespace that holds a real
# Postfix (SMTP 25, submission 587, implicit-TLS 465) and Dovecot (SASL for
# Postfix, IMAP 143/993) listening on 127.0.0.1 only, with a test CA and
# certificates for mail.postino.test. Exits with CMD's exit code.
#
# Environment passed to CMD:
#   POSTINO_TEST_SMTP_HOST       mail.postino.test (resolves to 127.0.0.1 via a private /etc/hosts)
#   POSTINO_TEST_CA              PEM of the test CA that signed the server certificate
#   POSTINO_TEST_CERTS           directory with ca.pem, server.pem/.key, wrong-name.pem/.key,
#                                expired.pem/.key, self-signed.pem/.key
#   POSTINO_TEST_USER/_PASSWORD  alice@postino.test and her UTF-8 password full of special characters
#   POSTINO_TEST_USER2/_PASSWORD2 bob@postino.test / bob-secret
#   POSTINO_TEST_MAILDIR_ALICE   alice's Maildir (delivered mail appears in new/)
#   POSTINO_TEST_MAILDIR_BOB     bob's Maildir
#   POSTINO_TEST_USER3/_PASSWORD3 carol@postino.test / carol-secret: delivered by Dovecot LMTP,
#                                where a Sieve rule files every message into her Junk folder
#   POSTINO_TEST_USER4/_PASSWORD4 dave@postino.test / dave-secret: a mailbox for tests that write
#                                Maildir files themselves (POSTINO_TEST_MAILDIR_DAVE)
#   IMAP: INBOX plus a Junk folder marked \Junk (RFC 6154 special use) for every user
#   POSTINO_TEST_MAILLOG         Postfix log file (Dovecot logs to $POSTINO_TEST_MAILSERVER_DIR/dovecot.log)
#   POSTINO_TEST_MAILSERVER_DIR  the per-run working directory
#   POSTINO_TEST_SMTP_PORT=25 POSTINO_TEST_SUBMISSION_PORT=587 POSTINO_TEST_SMTPS_PORT=465
#   POSTINO_TEST_IMAP_PORT=143 POSTINO_TEST_IMAPS_PORT=993
#
# Knobs: POSTINO_KEEP_MAILSERVER=1 keeps the working directory for inspection;
#        POSTINO_MAILSERVER_QUIET=1 suppresses the one-line "ready" message on stderr;
#        POSTINO_MAILSERVER_AUTH_DELAY=1 keeps Dovecot's failed-login delay and
#        per-IP penalty (default: failed logins are answered at once).
set -euo pipefail

prog=run-with-mailserver
die() { echo "$prog: $*" >&2; exit 2; }

# ---------------------------------------------------------------------------
# Outer part: check preconditions and re-execute inside fresh namespaces.
# The pid namespace guarantees every server dies when CMD's run ends; the
# network namespace has only loopback, so nothing can leave the machine.
# ---------------------------------------------------------------------------
if [ "${POSTINO_MAILSERVER_INNER:-}" != 1 ]; then
    [ $# -ge 1 ] || die "usage: $0 CMD [ARGS...]"
    [ "$(id -u)" = 0 ] || die "must run as root (needs unshare, postfix and dovecot)"
    # shellcheck source=tests/harness/tools.sh
    . "$(dirname "$(readlink -f "$0")")/../tools.sh"
    require_tools "$prog" unshare:util-linux mount:mount ip:iproute2 openssl:openssl postfix:postfix \
        postmap:postfix dovecot:dovecot-core /usr/lib/dovecot/imap:dovecot-imapd /usr/lib/dovecot/lmtp:dovecot-lmtpd \
        /usr/lib/dovecot/modules/lib90_sieve_plugin.so:dovecot-sieve
    self=$(readlink -f "$0")
    export POSTINO_MAILSERVER_INNER=1
    export POSTINO_MAILSERVER_T0="${EPOCHREALTIME:-$(date +%s.%N)}"
    exec unshare --net --mount --pid --fork --mount-proc "$self" "$@"
fi

# ---------------------------------------------------------------------------
# Inner part: we are pid 1 of the new pid namespace.
# ---------------------------------------------------------------------------
[ "$$" = 1 ] || die "inner mode outside a fresh pid namespace; do not set POSTINO_MAILSERVER_INNER"
unset POSTINO_MAILSERVER_INNER

ALICE=alice@postino.test
# Non-ASCII and every ASCII punctuation character: must survive AUTH PLAIN/LOGIN byte-exact.
ALICE_PW='Pässw0rd!"#$%&'"'"'()*+,-./:;<=>?@[\]^_{|}~ é'
BOB=bob@postino.test
BOB_PW=bob-secret
CAROL=carol@postino.test
CAROL_PW=carol-secret
DAVE=dave@postino.test
DAVE_PW=dave-secret
HOST=mail.postino.test
VUID=65534   # mailbox owner (nobody:nogroup); Postfix virtual and Dovecot IMAP both act as it
VGID=65534

# /tmp so the postfix user can traverse it (it cannot enter /root).
D=$(mktemp -d /tmp/postino-mailserver.XXXXXX)
chmod 0755 "$D"
C=$D/certs          # CA, certificates, keys
M=$D/mail           # Maildirs: $M/postino.test/USER/Maildir
P=$D/postfix        # Postfix config_directory (main.cf, master.cf)
Q=$D/spool          # Postfix queue_directory (outside P: "postfix start" warns
                    # about anything in the config dir not owned by root)
V=$D/dovecot        # Dovecot config, users, run/ and state/
MAILLOG=$D/maillog

# shellcheck disable=SC2317  # invoked by the trap
cleanup() {
    local rc=$?
    set +e
    # Stop the masters politely so logs end cleanly, then kill whatever is
    # left in this pid namespace (kill -1 from pid 1 only reaches it).
    if [ -f "$Q/pid/master.pid" ]; then
        kill -TERM "$(tr -d ' ' <"$Q/pid/master.pid")" 2>/dev/null
    fi
    if [ -f "$V/run/master.pid" ]; then
        kill -TERM "$(cat "$V/run/master.pid")" 2>/dev/null
    fi
    sleep 0.1
    kill -KILL -1 2>/dev/null
    if [ "${POSTINO_KEEP_MAILSERVER:-}" = 1 ]; then
        echo "$prog: kept $D" >&2
    else
        rm -rf "$D"
    fi
    exit "$rc"
}
trap cleanup EXIT
# As pid 1 we only receive signals we handle; turn them into a clean exit.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Network and name resolution -------------------------------------------
ip link set lo up
# Private /etc/hosts (bind mount lives only in this mount namespace) so the
# client connects by name and verifies the certificate against it.
cat >"$D/hosts" <<EOF
127.0.0.1 localhost
::1 localhost ip6-localhost ip6-loopback
127.0.0.1 $HOST
EOF
# DNS can only fail fast here (connection refused on loopback), never leak.
echo "nameserver 127.0.0.1" >"$D/resolv.conf"
chmod 0644 "$D/hosts" "$D/resolv.conf"
mount --bind "$D/hosts" /etc/hosts
# Best effort: a dangling resolv.conf symlink cannot be bind-mounted over,
# and without a network DNS fails fast anyway.
mount --bind "$D/resolv.conf" /etc/resolv.conf 2>/dev/null ||
    echo "$prog: note: could not replace /etc/resolv.conf" >&2

# --- Certificates -------------------------------------------------------------
# P-256 keys: generated in milliseconds (RSA would dominate start-up time).
mkdir -p "$C/ca-db"
: >"$C/ca-db/index.txt"
echo 1000 >"$C/ca-db/serial"
cat >"$C/openssl.cnf" <<EOF
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ leaf_good ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:$HOST, IP:127.0.0.1
[ leaf_wrong ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:other.postino.test
[ leaf_self ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = DNS:$HOST, IP:127.0.0.1
# "openssl ca" is used only for the expired certificate: OpenSSL 3.0's
# "x509 -req" cannot set a start date in the past.
[ ca ]
default_ca = testca
[ testca ]
dir = $C/ca-db
database = \$dir/index.txt
new_certs_dir = \$dir
serial = \$dir/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
x509_extensions = leaf_good
[ any ]
commonName = supplied
EOF
ossl() { openssl "$@" 2>>"$C/openssl.log" >/dev/null; }
newkey=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
# CA
ossl req -x509 "${newkey[@]}" -config "$C/openssl.cnf" -extensions v3_ca \
    -subj "/O=Postino tests/CN=Postino Test CA" -days 3650 \
    -keyout "$C/ca.key" -out "$C/ca.pem"
# sign NAME SECTION CN SERIAL: key + CSR in one call, then sign with the CA.
# Explicit serials: the parallel signers must not share a serial file.
sign() {
    ossl req -new "${newkey[@]}" -config "$C/openssl.cnf" -subj "/CN=$3" \
        -keyout "$C/$1.key" -out "$C/$1.csr"
    ossl x509 -req -in "$C/$1.csr" -CA "$C/ca.pem" -CAkey "$C/ca.key" \
        -set_serial "$4" -days 3650 \
        -extfile "$C/openssl.cnf" -extensions "$2" -out "$C/$1.pem"
}
sign server leaf_good "$HOST" 2 &
sign wrong-name leaf_wrong other.postino.test 3 &
# Right name, right CA, validity 2020-01-01 .. 2021-01-01.
( ossl req -new "${newkey[@]}" -config "$C/openssl.cnf" -subj "/CN=$HOST" \
      -keyout "$C/expired.key" -out "$C/expired.csr"
  ossl ca -batch -notext -config "$C/openssl.cnf" -cert "$C/ca.pem" -keyfile "$C/ca.key" \
      -startdate 20200101000000Z -enddate 20210101000000Z \
      -in "$C/expired.csr" -out "$C/expired.pem" ) &
# Right name, but signed by itself.
ossl req -x509 "${newkey[@]}" -config "$C/openssl.cnf" -extensions leaf_self \
    -subj "/CN=$HOST" -days 3650 -keyout "$C/self-signed.key" -out "$C/self-signed.pem" &

# --- Users and mailboxes (while openssl works) --------------------------------
for u in alice bob carol dave; do
    mkdir -p "$M/postino.test/$u/Maildir/"{cur,new,tmp}
done
# Carol's Sieve script (Pigeonhole, run by Dovecot LMTP): everything goes to Junk.
printf 'require ["fileinto"];\nfileinto "Junk";\n' >"$M/postino.test/carol/.dovecot.sieve"
chown -R "$VUID:$VGID" "$M/postino.test"
mkdir -p "$V"
# SHA512-CRYPT ({SHA512-CRYPT}$6$...): hashes contain no ':' so passwd-file is safe.
hash_pw() { printf '%s\n' "$1" | openssl passwd -6 -stdin; }
{
    echo "$ALICE:{SHA512-CRYPT}$(hash_pw "$ALICE_PW"):$VUID:$VGID::$M/postino.test/alice::"
    echo "$BOB:{SHA512-CRYPT}$(hash_pw "$BOB_PW"):$VUID:$VGID::$M/postino.test/bob::"
    echo "$CAROL:{SHA512-CRYPT}$(hash_pw "$CAROL_PW"):$VUID:$VGID::$M/postino.test/carol::"
    echo "$DAVE:{SHA512-CRYPT}$(hash_pw "$DAVE_PW"):$VUID:$VGID::$M/postino.test/dave::"
} >"$V/users"
chmod 0644 "$V/users"   # read by the auth process as user dovecot

wait   # all certificates
chmod 0644 "$C"/*.pem
chmod 0600 "$C"/*.key
for f in ca server wrong-name expired self-signed; do
    [ -s "$C/$f.pem" ] || { cat "$C/openssl.log" >&2; die "certificate $f.pem was not created"; }
done

# --- Postfix ---------------------------------------------------------------------
# Pre-create the queue's private/ dir so Dovecot can put its auth socket
# there while Postfix is still starting (both start in parallel below).
# The data dir, like the queue, lives outside the config dir.
mkdir -p "$Q/private" "$D/postfix-data" "$P"
chown postfix:root "$Q/private" "$D/postfix-data"
chmod 0700 "$Q/private" "$D/postfix-data"
echo "$ALICE postino.test/alice/Maildir/" >"$P/vmailbox"
echo "$BOB postino.test/bob/Maildir/" >>"$P/vmailbox"
echo "$CAROL postino.test/carol/Maildir/" >>"$P/vmailbox"
echo "$DAVE postino.test/dave/Maildir/" >>"$P/vmailbox"
# Carol's mail goes through Dovecot LMTP (and her Sieve script) instead of virtual(8).
echo "$CAROL lmtp:unix:private/dovecot-lmtp" >"$P/transport"
cat >"$P/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $Q
data_directory = $D/postfix-data
mail_owner = postfix
setgid_group = postdrop
# Readable failures without syslog.
maillog_file = $MAILLOG
maillog_file_prefixes = $D
myhostname = $HOST
mydomain = postino.test
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# Empty: loopback clients get no relay rights from their address.
mynetworks =
alias_maps =
alias_database =
biff = no
smtpd_banner = \$myhostname ESMTP Postino test server
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
# Answer errors immediately (tests provoke many).
smtpd_error_sleep_time = 0
in_flow_delay = 0
message_size_limit = 1048576
# Local delivery: Postfix virtual(8) into Maildir owned by nobody.
virtual_mailbox_domains = postino.test
virtual_mailbox_base = $M
virtual_mailbox_maps = texthash:$P/vmailbox
virtual_uid_maps = static:$VUID
virtual_gid_maps = static:$VGID
transport_maps = texthash:$P/transport
# Everything else is accepted (when allowed) and thrown away: nothing leaves.
default_transport = discard:external mail is discarded by the Postino test server
relay_transport = discard:external mail is discarded by the Postino test server
# TLS with the good certificate only.
smtpd_tls_chain_files = $C/server.key, $C/server.pem
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
# SASL through Dovecot; enabled per service in master.cf (not on port 25).
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = no
smtpd_sasl_authenticated_header = yes
# Unauthenticated relay gets Postfix's own 554 5.7.1 "Relay access denied".
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
EOF
# chroot off everywhere: nothing to copy into the spool.
sub_opts='-o smtpd_sasl_auth_enable=yes
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject_unauth_destination'
cat >"$P/master.cf" <<EOF
127.0.0.1:25 inet n - n - - smtpd
127.0.0.1:587 inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  $sub_opts
127.0.0.1:465 inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  $sub_opts
pickup     unix  n - n 60 1 pickup
cleanup    unix  n - n - 0 cleanup
qmgr       unix  n - n 300 1 qmgr
tlsmgr     unix  - - n 1000? 1 tlsmgr
rewrite    unix  - - n - - trivial-rewrite
bounce     unix  - - n - 0 bounce
defer      unix  - - n - 0 bounce
trace      unix  - - n - 0 bounce
verify     unix  - - n - 1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n - - proxymap
proxywrite unix  - - n - 1 proxymap
smtp       unix  - - n - - smtp
relay      unix  - - n - - smtp
showq      unix  n - n - - showq
error      unix  - - n - - error
retry      unix  - - n - - error
discard    unix  - - n - - discard
local      unix  - n n - - local
virtual    unix  - n n - - virtual
lmtp       unix  - - n - - lmtp
anvil      unix  - - n - 1 anvil
scache     unix  - - n - 1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF

# Postfix re-reads (300 ms apart, ~2 s) a table whose mtime is this very
# second, fearing a half-written file: backdate what we just wrote.
touch -d '-1 minute' "$P/main.cf" "$P/master.cf" "$P/vmailbox" "$P/transport"

# --- Dovecot ---------------------------------------------------------------------
# Dovecot 2.4 (Debian 13) reads a different configuration language than 2.3 (Debian 12): it
# refuses 2.3 settings, and 2.3 does not know the 2.4 ones. Write the one the installed
# Dovecot speaks.
dovecot_version=$(dovecot --version 2>/dev/null | awk '{ print $1 }')
case $dovecot_version in
2.[0-3].* | 2.[0-3]) dovecot24=0 ;;
*) dovecot24=1 ;;
esac

if [ "${POSTINO_MAILSERVER_AUTH_DELAY:-}" = 1 ]; then
    # Dovecot's defaults: 2 s failure delay plus the per-IP penalty.
    failure_delay=2s; fast_fail_passdb=; anvil_block=
else
    # Failed logins answer at once. auth_failure_delay = 0 alone is not enough
    # in Dovecot 2.3.19: failures still wait in a queue checked every 500 ms.
    # A second passdb, reached only after a failed password or unknown user,
    # fails the login with "nodelay", which skips that queue. Closing the
    # anvil-auth-penalty socket disables the per-IP penalty.
    failure_delay=0
    if [ "$dovecot24" = 1 ]; then
        fast_fail_passdb='  result_failure = continue-fail
}
passdb fast-fail {
  driver = static
  fields {
    nopassword = yes
    nodelay = yes
  }
  result_success = return-fail
'
    else
        fast_fail_passdb='  result_failure = continue-fail
}
passdb {
  driver = static
  args = nopassword=y nodelay=yes
  result_success = return-fail
'
    fi
    anvil_block='service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
'
fi

# The parts whose syntax differs between 2.3 and 2.4; everything else is shared below.
if [ "$dovecot24" = 1 ]; then
    dovecot_head='dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0'
    dovecot_ssl="ssl_server_cert_file = $C/server.pem
ssl_server_key_file = $C/server.key"
    dovecot_cleartext='auth_allow_cleartext = no'
    dovecot_mail='mail_driver = maildir
mail_path = ~/Maildir'
    dovecot_lmtp_plugins='mail_plugins {
    sieve = yes
  }'
    dovecot_sieve='sieve_script personal {
  driver = file
  path = ~/.dovecot.sieve
}'
    dovecot_auth="passdb passwd-file {
  passwd_file_path = $V/users
  default_password_scheme = SHA512-CRYPT
$fast_fail_passdb}
userdb passwd-file {
  passwd_file_path = $V/users
}"
else
    dovecot_head='# Dovecot 2.3 configuration'
    dovecot_ssl="ssl_cert = <$C/server.pem
ssl_key = <$C/server.key"
    dovecot_cleartext='disable_plaintext_auth = yes'
    dovecot_mail='mail_location = maildir:~/Maildir'
    # shellcheck disable=SC2016  # $mail_plugins is Dovecot's variable, not the shell's
    dovecot_lmtp_plugins='mail_plugins = $mail_plugins sieve'
    dovecot_sieve='plugin {
  sieve = ~/.dovecot.sieve
}'
    dovecot_auth="passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT $V/users
$fast_fail_passdb}
userdb {
  driver = passwd-file
  args = $V/users
}"
fi
cat >"$V/dovecot.conf" <<EOF
$dovecot_head
instance_name = postino-test
base_dir = $V/run
state_dir = $V/state
log_path = $D/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
$dovecot_ssl
ssl_min_protocol = TLSv1.2
$dovecot_cleartext
auth_mechanisms = plain login
auth_failure_delay = $failure_delay
auth_verbose = yes
$dovecot_mail
first_valid_uid = 100
namespace inbox {
  inbox = yes
  separator = /
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
  }
}
protocol lmtp {
  $dovecot_lmtp_plugins
  postmaster_address = postmaster@postino.test
}
$dovecot_sieve
$dovecot_auth
service auth {
  unix_listener $Q/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service lmtp {
  unix_listener $Q/private/dovecot-lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
${anvil_block}service imap-login {
  inet_listener imap {
    port = 143
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
}
EOF
# Stale sockets/locks slow or block start-up; this dir is fresh, but be explicit.
rm -rf "$V/run" "$V/state"

# --- Start both servers in parallel (output to files, never a pipe) ---------------
postfix -c "$P" start >"$D/postfix-start.log" 2>&1 </dev/null &
pf_pid=$!
dovecot -c "$V/dovecot.conf" >"$D/dovecot-start.log" 2>&1 </dev/null &
dc_pid=$!
pf_rc=0; wait "$pf_pid" || pf_rc=$?
dc_rc=0; wait "$dc_pid" || dc_rc=$?

dump_logs() {
    local f
    for f in "$D/postfix-start.log" "$D/dovecot-start.log" "$MAILLOG" "$D/dovecot.log"; do
        [ -s "$f" ] && { echo "----- $f" >&2; cat "$f" >&2; }
    done
    return 0
}
if [ "$pf_rc" != 0 ] || [ "$dc_rc" != 0 ]; then
    dump_logs
    die "server start failed (postfix rc=$pf_rc, dovecot rc=$dc_rc)"
fi

# --- Wait until ready ---------------------------------------------------------------
# A port is ready when a LISTEN socket is in this namespace's /proc/net/tcp:
# checking there avoids throw-away SMTP sessions in the log. The SASL socket
# must exist before a client reaches AUTH, or smtpd would not offer AUTH.
listening() {  # PORT...
    local p hex
    for p in "$@"; do
        hex=$(printf '0100007F:%04X' "$p")
        awk -v a="$hex" '$2 == a && $4 == "0A" { f = 1 } END { exit !f }' /proc/net/tcp || return 1
    done
}
deadline=$(( $(date +%s) + 20 ))
until [ -S "$Q/private/auth" ] && [ -S "$Q/private/dovecot-lmtp" ] && listening 25 465 587 143 993; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        dump_logs
        die "mail server not ready after 20 s"
    fi
    sleep 0.05
done

export POSTINO_TEST_SMTP_HOST=$HOST
export POSTINO_TEST_CA=$C/ca.pem
export POSTINO_TEST_CERTS=$C
export POSTINO_TEST_USER=$ALICE
export POSTINO_TEST_PASSWORD=$ALICE_PW
export POSTINO_TEST_USER2=$BOB
export POSTINO_TEST_PASSWORD2=$BOB_PW
export POSTINO_TEST_MAILDIR_ALICE=$M/postino.test/alice/Maildir
export POSTINO_TEST_MAILDIR_BOB=$M/postino.test/bob/Maildir
export POSTINO_TEST_USER3=$CAROL
export POSTINO_TEST_PASSWORD3=$CAROL_PW
export POSTINO_TEST_USER4=$DAVE
export POSTINO_TEST_PASSWORD4=$DAVE_PW
export POSTINO_TEST_MAILDIR_CAROL=$M/postino.test/carol/Maildir
export POSTINO_TEST_MAILDIR_DAVE=$M/postino.test/dave/Maildir
export POSTINO_TEST_MAILLOG=$MAILLOG
export POSTINO_TEST_MAILSERVER_DIR=$D
export POSTINO_TEST_SMTP_PORT=25 POSTINO_TEST_SUBMISSION_PORT=587 POSTINO_TEST_SMTPS_PORT=465
export POSTINO_TEST_IMAP_PORT=143 POSTINO_TEST_IMAPS_PORT=993

t0=${POSTINO_MAILSERVER_T0:-}
unset POSTINO_MAILSERVER_T0
if [ "${POSTINO_MAILSERVER_QUIET:-}" != 1 ] && [ -n "$t0" ]; then
    awk -v a="$t0" -v b="${EPOCHREALTIME:-$(date +%s.%N)}" -v d="$D" \
        'BEGIN { printf "run-with-mailserver: ready in %.2f s (%s)\n", b - a, d }' >&2
fi

# --- Run CMD --------------------------------------------------------------------------
rc=0
"$@" || rc=$?
exit "$rc"
