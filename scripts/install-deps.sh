#!/usr/bin/env bash
# Installs what Postino needs on Debian 12 / 13 (only what is missing). Every package the build,
# the app and each test tier use directly is named here, so nothing depends on what a
# Recommends happens to bring: packages are installed with --no-install-recommends.
#   install-deps.sh          build tools, Qt 6, QtKeychain, OpenSSL, and what the app needs at run time
#   install-deps.sh --test   also what the test tiers use: Xvfb, Postfix, Dovecot (IMAP, LMTP, Sieve),
#                            NSD, MariaDB + WordPress, PHP, swaks, msmtp and the SPF/DNS tools
#   install-deps.sh --package  also what scripts/package.sh needs to build and check the .deb and .rpm
set -euo pipefail

# Build: compiler, CMake + Ninja, Qt 6 with lupdate/lrelease, QtKeychain, OpenSSL.
packages=(cmake ninja-build g++ pkg-config git
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libssl-dev libgl-dev)
# The app at run time: Qt's platform plugins (offscreen, xcb, wayland), Qt's own translations
# (dialog buttons in Italian), a font, and the CA certificates every HTTPS and TLS check trusts.
packages+=(qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core ca-certificates)
# Organisational domains (DMARC, alignment) come from Debian's Public Suffix List when it is there.
packages+=(publicsuffix)
# The SVG image plugin draws the window icon: inside libqt6svg6 on Debian 12, its own package from Qt 6.8 on.
if grep -q '^VERSION_CODENAME=bookworm' /etc/os-release 2>/dev/null; then
    packages+=(libqt6svg6)
else
    packages+=(qt6-svg-plugins)
fi
# The generated man pages and the desktop files are checked by the test tier too.
desktop_checks=(desktop-file-utils appstream man-db groff-base)
if [ "${1:-}" = "--package" ]; then
    # dpkg-shlibdeps (dpkg-dev) and rpmbuild (rpm) compute the packages' dependencies; lintian,
    # desktop-file-validate and appstreamcli check them.
    packages+=(dpkg-dev rpm file lintian "${desktop_checks[@]}")
fi
if [ "${1:-}" = "--test" ]; then
    # GUI tier: Xvfb through xvfb-run, which needs xauth. The AT-SPI walk (tests/gui/atspi) reads
    # the wizard as a screen reader does: a D-Bus session bus (dbus-daemon), the accessibility
    # bus and registry (at-spi2-core) and the Python client (python3-pyatspi).
    packages+=(xvfb xauth dbus-daemon at-spi2-core python3-pyatspi "${desktop_checks[@]}")
    # Mail server harness (tests/harness/mailserver): Postfix and Dovecot in private namespaces
    # (unshare from util-linux, ip from iproute2), certificates made with openssl.
    packages+=(postfix dovecot-core dovecot-imapd dovecot-lmtpd dovecot-sieve iproute2 util-linux openssl)
    # The harness self-test's client: swaks, whose STARTTLS needs Net::SSLeay and IO::Socket::SSL.
    packages+=(swaks libnet-ssleay-perl libio-socket-ssl-perl)
    # Exports read back by the real programs: msmtp, Postfix's postconf/postmap, PHP's dotenv
    # readers; the PHP probe runs under php-cli; Debian's WordPress loads a patched wp-config.php
    # against a private MariaDB (WordPress's own dependencies bring php-mysql).
    packages+=(msmtp php-cli php-vlucas-phpdotenv php-symfony-dotenv wordpress mariadb-server mariadb-client)
    # Port-probe tests drop packets with nftables.
    packages+=(nftables)
    # DNS tests and benchmark: NSD serves fixture zones in a private namespace
    # (tests/harness/dns), dig checks them, Python runs its silent server and delay layer, and
    # three SPF implementations are the peers and oracles: pyspf (python3-spf, also ships the
    # RFC 7208 suite, which python3-yaml reads at build time), libspf2's spfquery
    # (/usr/bin/spfquery.libspf2) and Mail::SPF's (spf-tools-perl, /usr/bin/spfquery.mail-spf-perl).
    packages+=(nsd bind9-dnsutils python3 python3-spf python3-yaml spfquery spf-tools-perl)
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
