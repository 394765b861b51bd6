<?php
// The same settings as wpconfig-smtp-single.php, written with double quotes and escapes.
define( "DB_NAME", "wordpress" );
$table_prefix = "wp_";

define( "WPMS_ON", true );
define( "WPMS_MAILER", "smtp" );
define( "WPMS_MAIL_FROM", "hello@example.com" );
define( "WPMS_MAIL_FROM_FORCE", true );
define( "WPMS_MAIL_FROM_NAME", "Caff\u{e8} Et\xc3\xa0" );
define( "WPMS_MAIL_FROM_NAME_FORCE", true );
define( "WPMS_SET_RETURN_PATH", false );
define( "WPMS_SMTP_HOST", "smtp.example.com" );
define( "WPMS_SMTP_PORT", 465 );
define( "WPMS_SSL", "ssl" );
define( "WPMS_SMTP_AUTH", true );
define( "WPMS_SMTP_AUTOTLS", false );
define( "WPMS_SMTP_USER", "mailer@example.com" );
define( "WPMS_SMTP_PASS", "It's a \"quoted\" \\ \$HOME, 100% café!\\" );
define( "WPMS_SUMMARY_REPORT_EMAIL_DISABLED", true );
define( "WPMS_LOGS_ENABLED", false );

require_once ABSPATH . "wp-settings.php";
