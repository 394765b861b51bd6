#!/usr/bin/env bash
# check-tools.sh TIER: what the tests of one tier (unit, gui, integration, conformance) run or
# read besides Postino, checked before they start. ctest runs it as the setup fixture of the
# tier, so a machine without, say, php-cli gets one failure naming the package instead of
# a dozen confusing ones. The harnesses check their own tools the same way.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/harness/tools.sh
. "$here/tools.sh"

qt_plugins="/usr/lib/*/qt6/plugins"
case ${1:-} in
unit)
    # tst_export runs PHP and postmap on what it exports and reads WordPress's sample config.
    require_tools "unit tests" php:php-cli postmap:postfix \
        /usr/share/wordpress/wp-config-sample.php:wordpress "$qt_plugins/platforms/libqoffscreen.so:qt6-qpa-plugins"
    ;;
gui)
    require_tools "GUI tests" xvfb-run:xvfb Xvfb:xvfb xauth:xauth openssl:openssl php:php-cli \
        "$qt_plugins/platforms/libqoffscreen.so:qt6-qpa-plugins" "$qt_plugins/platforms/libqxcb.so:qt6-qpa-plugins" \
        /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core \
        dbus-run-session:dbus-daemon /usr/libexec/at-spi-bus-launcher:at-spi2-core \
        /usr/libexec/at-spi2-registryd:at-spi2-core python-module:pyatspi:python3-pyatspi
    ;;
integration)
    # The test CA is made with openssl; exports are read back by msmtp, Postfix, PHP's dotenv
    # readers and WordPress on MariaDB; the port probe drops packets with nft.
    require_tools "integration tests" openssl:openssl php:php-cli msmtp:msmtp postconf:postfix postmap:postfix \
        nft:nftables ip:iproute2 unshare:util-linux mariadbd:mariadb-server mariadb:mariadb-client \
        mariadb-install-db:mariadb-server /usr/share/wordpress/wp-settings.php:wordpress php-extension:mysqli:php-mysql \
        /usr/share/php/Dotenv/autoload.php:php-vlucas-phpdotenv \
        /usr/share/php/Symfony/Component/Dotenv/autoload.php:php-symfony-dotenv
    ;;
conformance)
    # The RFC 7208 suite ships with python3-spf; python3-yaml turns it into JSON at build time.
    require_tools "conformance tests" /usr/share/doc/python3-spf/rfc7208-tests.yml.gz:python3-spf \
        python-module:yaml:python3-yaml
    ;;
*)
    echo "usage: $0 unit|gui|integration|conformance" >&2
    exit 2
    ;;
esac
echo "check-tools: everything the $1 tests use is installed"
