<?php
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.example.com );
define( 'WPMS_SMTP_PORT', 587 );
