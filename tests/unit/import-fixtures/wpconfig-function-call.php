<?php
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', getenv( 'SMTP_HOST' ) );
define( 'WPMS_SMTP_PORT', 587 );
