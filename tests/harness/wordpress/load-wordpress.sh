#!/usr/bin/env bash
# load-wordpress.sh DIR
#
# Loads Debian's WordPress (/usr/share/wordpress) with DIR/wp-config.php, against a private
# MariaDB on a unix socket in DIR (no network), and prints the WPMS_* constants WordPress sees
# as JSON on stdout. DIR/wp-config.php must use DB_NAME 'wp', DB_USER 'wp', DB_PASSWORD 'wp'
# and DB_HOST 'localhost:DIR/sock'. Must run as root; stops the database before it exits.
set -euo pipefail
dir=${1:?usage: load-wordpress.sh DIR}
wordpress=/usr/share/wordpress
# shellcheck source=tests/harness/tools.sh
. "$(dirname "$(readlink -f "$0")")/../tools.sh"
require_tools load-wordpress "$wordpress/wp-settings.php:wordpress" php:php-cli php-extension:mysqli:php-mysql \
    mariadb-install-db:mariadb-server mariadbd:mariadb-server mariadb:mariadb-client

mariadb-install-db --no-defaults --user=root --datadir="$dir/data" --auth-root-authentication-method=normal \
    >"$dir/install.log" 2>&1
mariadbd --no-defaults --user=root --datadir="$dir/data" --socket="$dir/sock" --skip-networking \
    --pid-file="$dir/pid" --log-error="$dir/mariadb.log" >/dev/null 2>&1 &
stop() { [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 100); do [ -S "$dir/sock" ] && break; sleep 0.1; done
[ -S "$dir/sock" ] || { cat "$dir/mariadb.log" >&2; exit 2; }
mariadb --no-defaults -uroot --socket="$dir/sock" \
    -e "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"

# WordPress core, unchanged, bootstrapped by the patched wp-config.php; first install, then load.
boot="define('ABSPATH', '$wordpress/'); \$_SERVER['HTTP_HOST'] = 'example.test'; require '$dir/wp-config.php';"
php -r "define('WP_INSTALLING', true); $boot
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install('Postino test', 'admin', 'admin@example.test', true, '', 'admin-password');" \
    >"$dir/install-wp.log" 2>&1
php -r "$boot
        \$all = get_defined_constants(true)['user'];
        \$wpms = array_filter(\$all, fn(\$k) => str_starts_with(\$k, 'WPMS_'), ARRAY_FILTER_USE_KEY);
        echo json_encode(['blog' => get_bloginfo('name'), 'wpVersion' => get_bloginfo('version'),
                          'constants' => \$wpms], JSON_UNESCAPED_UNICODE);"
