<?php
define('WPMS_ON', true);
define('WPMS_MAILER', 'mailgun');
define('WPMS_MAIL_FROM', 'news@mg.example.eu');
define('WPMS_MAIL_FROM_NAME', 'Example EU');
define('WPMS_MAILGUN_API_KEY', 'key-0123456789abcdef0123456789abcdef');
define('WPMS_MAILGUN_DOMAIN', 'mg.example.eu');
define('WPMS_MAILGUN_REGION', 'EU');
