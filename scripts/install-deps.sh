#!/usr/bin/env bash
# Installs what Postino needs on Debian 12 / Ubuntu 22.04+ (only what is missing).
#   install-deps.sh          build tools, Qt 6, QtKeychain, OpenSSL
#   install-deps.sh --test   also Xvfb, Postfix and Dovecot (IMAP, LMTP, Sieve) for the test tiers
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
          qtkeychain-qt6-dev libssl-dev libgl-dev fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
    packages+=(xvfb xauth postfix dovecot-core dovecot-imapd dovecot-lmtpd dovecot-sieve iproute2 util-linux openssl swaks msmtp nftables php-vlucas-phpdotenv php-symfony-dotenv php-cli wordpress mariadb-server)
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
# Keep package scripts from starting system-wide mail daemons: tests start their own.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    policy_added=1
fi
trap '[ $policy_added = 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
