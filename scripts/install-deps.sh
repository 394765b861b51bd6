#!/usr/bin/env bash
# Installs what Postino needs on Debian 12 / Ubuntu 22.04+ (only what is missing).
#   install-deps.sh          build tools, Qt 6, QtKeychain, OpenSSL, the Public Suffix List
#   install-deps.sh --test   also Xvfb, Postfix, Dovecot (IMAP, LMTP, Sieve), NSD and the SPF/DNS tools for the test tiers
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
          qtkeychain-qt6-dev libssl-dev libgl-dev fonts-dejavu-core publicsuffix)
if [ "${1:-}" = "--test" ]; then
    packages+=(xvfb xauth postfix dovecot-core dovecot-imapd dovecot-lmtpd dovecot-sieve iproute2 util-linux openssl swaks msmtp nftables php-vlucas-phpdotenv php-symfony-dotenv php-cli wordpress mariadb-server)
    # DNS tests and benchmark: NSD serves fixture zones in a private namespace
    # (tests/harness/dns), dig checks them, and three SPF implementations are the peers and
    # oracles: pyspf (python3-spf, also ships the RFC 7208 suite), libspf2's spfquery
    # (/usr/bin/spfquery.libspf2) and Mail::SPF's (spf-tools-perl, /usr/bin/spfquery.mail-spf-perl).
    packages+=(nsd bind9-dnsutils python3-spf spfquery spf-tools-perl)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -q
# Postfix asks questions on install; the tests run their own private instance.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
# Keep package scripts from starting system-wide daemons (Postfix, Dovecot, MariaDB, and NSD,
# which would take the host's port 53): tests start their own private instances.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    policy_added=1
fi
trap '[ $policy_added = 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
