<?php
/**
 * The base configuration for WordPress.
 * Don't edit this unless you know what you're doing.
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'db-secret' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'AUTH_KEY',         'put your unique phrase here' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

# WP Mail SMTP, set up by hand
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_MAIL_FROM', 'hello@example.com' );
define( 'WPMS_MAIL_FROM_FORCE', true );
define( 'WPMS_MAIL_FROM_NAME', 'Caffè Età' );
define( 'WPMS_MAIL_FROM_NAME_FORCE', true );
define( 'WPMS_SET_RETURN_PATH', false );
define( 'WPMS_SMTP_HOST', 'smtp.example.com' );
define( 'WPMS_SMTP_PORT', 465 );
define( 'WPMS_SSL', 'ssl' );
define( 'WPMS_SMTP_AUTH', TRUE );
define( 'WPMS_SMTP_AUTOTLS', False );
define( 'WPMS_SMTP_USER', 'mailer@example.com' );
define( 'WPMS_SMTP_PASS', 'It\'s a "quoted" \\ $HOME, 100% café!\\' );
define( 'WPMS_SUMMARY_REPORT_EMAIL_DISABLED', true );
define( 'WPMS_LOGS_ENABLED', false );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
