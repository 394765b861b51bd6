<?php
define( 'WPMS_ON', true );
define('WPMS_MAILER', 'smtp');
define( "WPMS_SMTP_PASS", 'p\'a$s é' . "x" );
define( 'WPMS_SMTP_PORT', 0x24b );
/* That's all, stop editing! */
require_once ABSPATH . 'wp-settings.php';
