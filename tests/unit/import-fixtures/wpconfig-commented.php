<?php
define( 'WPMS_ON', true );
// define( 'WPMS_MAILER', 'sendgrid' );
define( 'WPMS_MAILER', 'smtp' );
# define( 'WPMS_SMTP_HOST', 'old.example.com' );
/*
define( 'WPMS_SMTP_HOST', 'older.example.com' );
define( 'WPMS_SMTP_PASS', 'an old password' );
*/
define( 'WPMS_SMTP_HOST', /* the new relay */ 'smtp.example.org' ); // it's the 'new' one
define( 'WPMS_SMTP_PORT', 587 ); # don't change
define( 'WPMS_SMTP_AUTH', false );
$note = "define( 'WPMS_SMTP_PORT', 25 );"; // a string, not a call
?>
<p>Don't define( 'WPMS_SMTP_HOST', 'html.example.com' ); in HTML.</p>
<?php
define( 'WPMS_MAIL_FROM', 'site@example.org' );
