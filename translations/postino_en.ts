<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiAdvice</name>
    <message>
        <source>The provider is limiting how fast you can send</source>
        <translation>The provider is limiting how fast you can send</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Wait a minute and try again.</translation>
    </message>
    <message>
        <source>If it keeps happening, check your plan&apos;s sending rate at the provider.</source>
        <translation>If it keeps happening, check your plan&apos;s sending rate at the provider.</translation>
    </message>
    <message>
        <source>The provider is having trouble</source>
        <translation>The provider is having trouble</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page for an outage.</source>
        <translation>Check the provider&apos;s status page for an outage.</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>The API key was not accepted</translation>
    </message>
    <message>
        <source>Copy the key again from the provider&apos;s website; a missing character or an extra space is enough to break it.</source>
        <translation>Copy the key again from the provider&apos;s website; a missing character or an extra space is enough to break it.</translation>
    </message>
    <message>
        <source>Check that the key has not been deleted or revoked.</source>
        <translation>Check that the key has not been deleted or revoked.</translation>
    </message>
    <message>
        <source>Some providers show a key only once: if you lost it, create a new one.</source>
        <translation>Some providers show a key only once: if you lost it, create a new one.</translation>
    </message>
    <message>
        <source>The server API token was not accepted</source>
        <translation>The server API token was not accepted</translation>
    </message>
    <message>
        <source>Copy the Server API token (not the Account token) from your Postmark server&apos;s API Tokens tab.</source>
        <translation>Copy the Server API token (not the Account token) from your Postmark server&apos;s API Tokens tab.</translation>
    </message>
    <message>
        <source>Check that the token belongs to the server you want to send from.</source>
        <translation>Check that the token belongs to the server you want to send from.</translation>
    </message>
    <message>
        <source>The API key or secret key was not accepted</source>
        <translation>The API key or secret key was not accepted</translation>
    </message>
    <message>
        <source>Copy both the API key and the secret key again from your Mailjet account.</source>
        <translation>Copy both the API key and the secret key again from your Mailjet account.</translation>
    </message>
    <message>
        <source>Make sure the two belong to the same key pair.</source>
        <translation>Make sure the two belong to the same key pair.</translation>
    </message>
    <message>
        <source>AWS does not know this access key ID</source>
        <translation>AWS does not know this access key ID</translation>
    </message>
    <message>
        <source>Copy the access key ID again from the IAM user&apos;s security credentials.</source>
        <translation>Copy the access key ID again from the IAM user&apos;s security credentials.</translation>
    </message>
    <message>
        <source>Check that the key is active and not deleted.</source>
        <translation>Check that the key is active and not deleted.</translation>
    </message>
    <message>
        <source>The secret access key does not match the access key ID</source>
        <translation>The secret access key does not match the access key ID</translation>
    </message>
    <message>
        <source>Copy the secret access key again: it is shown only when the key is created.</source>
        <translation>Copy the secret access key again: it is shown only when the key is created.</translation>
    </message>
    <message>
        <source>If it is lost, create a new access key for the IAM user.</source>
        <translation>If it is lost, create a new access key for the IAM user.</translation>
    </message>
    <message>
        <source>The key is valid but is not allowed to send email</source>
        <translation>The key is valid but is not allowed to send email</translation>
    </message>
    <message>
        <source>Give the key permission to send mail at the provider (for example &quot;Mail Send&quot; or &quot;Transmissions: Read/Write&quot;), or create a key with full sending access.</source>
        <translation>Give the key permission to send mail at the provider (for example &quot;Mail Send&quot; or &quot;Transmissions: Read/Write&quot;), or create a key with full sending access.</translation>
    </message>
    <message>
        <source>Then enter the new key here.</source>
        <translation>Then enter the new key here.</translation>
    </message>
    <message>
        <source>The From address or its domain is not verified with the provider</source>
        <translation>The From address or its domain is not verified with the provider</translation>
    </message>
    <message>
        <source>Verify the From address, or better its whole domain, in the provider&apos;s dashboard.</source>
        <translation>Verify the From address, or better its whole domain, in the provider&apos;s dashboard.</translation>
    </message>
    <message>
        <source>Add the DNS records the provider shows for the domain, then wait for it to confirm.</source>
        <translation>Add the DNS records the provider shows for the domain, then wait for it to confirm.</translation>
    </message>
    <message>
        <source>Or change the From email to an address the provider already shows as verified.</source>
        <translation>Or change the From email to an address the provider already shows as verified.</translation>
    </message>
    <message>
        <source>The account is in test mode and may only send to approved addresses</source>
        <translation>The account is in test mode and may only send to approved addresses</translation>
    </message>
    <message>
        <source>For now, send the test to your own verified address.</source>
        <translation>For now, send the test to your own verified address.</translation>
    </message>
    <message>
        <source>Ask the provider to take the account out of test mode (sandbox), or add the recipient as an authorized address in the provider&apos;s dashboard.</source>
        <translation>Ask the provider to take the account out of test mode (sandbox), or add the recipient as an authorized address in the provider&apos;s dashboard.</translation>
    </message>
    <message>
        <source>The account is not active yet</source>
        <translation>The account is not active yet</translation>
    </message>
    <message>
        <source>Finish the provider&apos;s activation (confirm your email address, complete the profile or the review).</source>
        <translation>Finish the provider&apos;s activation (confirm your email address, complete the profile or the review).</translation>
    </message>
    <message>
        <source>If the account was suspended, contact the provider&apos;s support.</source>
        <translation>If the account was suspended, contact the provider&apos;s support.</translation>
    </message>
    <message>
        <source>The account has used up its sending allowance</source>
        <translation>The account has used up its sending allowance</translation>
    </message>
    <message>
        <source>Wait until the allowance resets, or raise it with the provider (a paid plan or a quota increase).</source>
        <translation>Wait until the allowance resets, or raise it with the provider (a paid plan or a quota increase).</translation>
    </message>
    <message>
        <source>The provider does not know this sending domain</source>
        <translation>The provider does not know this sending domain</translation>
    </message>
    <message>
        <source>Enter the domain exactly as it appears in the provider&apos;s domain list (for example mg.example.com).</source>
        <translation>Enter the domain exactly as it appears in the provider&apos;s domain list (for example mg.example.com).</translation>
    </message>
    <message>
        <source>Check that the domain was added to this account and this region.</source>
        <translation>Check that the domain was added to this account and this region.</translation>
    </message>
    <message>
        <source>The message stream does not exist on this Postmark server</source>
        <translation>The message stream does not exist on this Postmark server</translation>
    </message>
    <message>
        <source>Leave the stream empty to use the default transactional stream (outbound), or copy its ID from the server&apos;s Message Streams tab.</source>
        <translation>Leave the stream empty to use the default transactional stream (outbound), or copy its ID from the server&apos;s Message Streams tab.</translation>
    </message>
    <message>
        <source>SMTP.com does not know this sender name</source>
        <translation>SMTP.com does not know this sender name</translation>
    </message>
    <message>
        <source>Copy the sender (channel) name exactly from the Senders page of your SMTP.com account.</source>
        <translation>Copy the sender (channel) name exactly from the Senders page of your SMTP.com account.</translation>
    </message>
    <message>
        <source>The provider refused the recipient</source>
        <translation>The provider refused the recipient</translation>
    </message>
    <message>
        <source>Check the test recipient&apos;s address for typos.</source>
        <translation>Check the test recipient&apos;s address for typos.</translation>
    </message>
    <message>
        <source>Addresses that bounced before may be on the provider&apos;s suppression list; remove them there.</source>
        <translation>Addresses that bounced before may be on the provider&apos;s suppression list; remove them there.</translation>
    </message>
    <message>
        <source>The provider answered in an unexpected way</source>
        <translation>The provider answered in an unexpected way</translation>
    </message>
    <message>
        <source>Read the provider&apos;s answer above.</source>
        <translation>Read the provider&apos;s answer above.</translation>
    </message>
    <message>
        <source>Check the settings on the Configure mailer page, then try again.</source>
        <translation>Check the settings on the Configure mailer page, then try again.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Postino only talks to email APIs over HTTPS.</source>
        <translation>Postino only talks to email APIs over HTTPS.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>(request body: %1 bytes)</source>
        <translation>(request body: %1 bytes)</translation>
    </message>
    <message>
        <source>The answer was larger than %1 bytes; that is not an email API&apos;s answer.</source>
        <translation>The answer was larger than %1 bytes; that is not an email API&apos;s answer.</translation>
    </message>
    <message>
        <source>Check that nothing between you and the provider (a proxy or a captive portal) answers in its place.</source>
        <translation>Check that nothing between you and the provider (a proxy or a captive portal) answers in its place.</translation>
    </message>
    <message>
        <source>The name %1 could not be found: this computer cannot look up the provider&apos;s server.</source>
        <translation>The name %1 could not be found: this computer cannot look up the provider&apos;s server.</translation>
    </message>
    <message>
        <source>Check the internet connection</source>
        <translation>Check the internet connection</translation>
    </message>
    <message>
        <source>Make sure this computer (or the server running postino-cli) can reach the internet and resolve names.</source>
        <translation>Make sure this computer (or the server running postino-cli) can reach the internet and resolve names.</translation>
    </message>
    <message>
        <source>%1 could not be reached on port %2 (%3). This is a network problem, not a problem with your key.</source>
        <translation>%1 could not be reached on port %2 (%3). This is a network problem, not a problem with your key.</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Check the network</translation>
    </message>
    <message>
        <source>A firewall or proxy may block HTTPS to the provider; ask your host or network administrator to allow outgoing connections to %1 on port %2.</source>
        <translation>A firewall or proxy may block HTTPS to the provider; ask your host or network administrator to allow outgoing connections to %1 on port %2.</translation>
    </message>
    <message>
        <source>Try again in a few minutes in case the provider is down.</source>
        <translation>Try again in a few minutes in case the provider is down.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>The secure connection to %1 could not be verified: %2</translation>
    </message>
    <message>
        <source>Something is intercepting the connection</source>
        <translation>Something is intercepting the connection</translation>
    </message>
    <message>
        <source>Antivirus software, a company proxy or a captive portal may be in the way; try another network.</source>
        <translation>Antivirus software, a company proxy or a captive portal may be in the way; try another network.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Check that this computer&apos;s date and time are correct.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>The request to %1 failed: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>The connection dropped before the provider answered; try again in a few minutes.</source>
        <translation>The connection dropped before the provider answered; try again in a few minutes.</translation>
    </message>
    <message>
        <source>Your %1 account is in the %2 region, not the one selected.</source>
        <translation>Your %1 account is in the %2 region, not the one selected.</translation>
    </message>
    <message>
        <source>Choose the right region</source>
        <translation>Choose the right region</translation>
    </message>
    <message>
        <source>Set the region to %1 on the Configure mailer page.</source>
        <translation>Set the region to %1 on the Configure mailer page.</translation>
    </message>
    <message>
        <source>%1 accepted the test email.</source>
        <translation>%1 accepted the test email.</translation>
    </message>
    <message>
        <source>Its message id is %1.</source>
        <translation>Its message id is %1.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s inbox</source>
        <translation>Check the recipient&apos;s inbox</translation>
    </message>
    <message>
        <source>The message should arrive within a few minutes; look in the spam folder too.</source>
        <translation>The message should arrive within a few minutes; look in the spam folder too.</translation>
    </message>
    <message>
        <source>%1 accepted the key; nothing was sent.</source>
        <translation>%1 accepted the key; nothing was sent.</translation>
    </message>
    <message>
        <source>Trying the %1 region too…</source>
        <translation>Trying the %1 region too…</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 answered HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 answered HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>SendLayer</source>
        <translation>SendLayer</translation>
    </message>
    <message>
        <source>An email sending service made for websites. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>An email sending service made for websites. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</translation>
    </message>
    <message>
        <source>Copy the API key from the API page of your SendLayer account settings.</source>
        <translation>Copy the API key from the API page of your SendLayer account settings.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>The key that lets Postino send email through your SendLayer account.</source>
        <translation>The key that lets Postino send email through your SendLayer account.</translation>
    </message>
    <message>
        <source>A CNAME record named sl._domainkey on your domain, pointing to SendLayer.</source>
        <translation>A CNAME record named sl._domainkey on your domain, pointing to SendLayer.</translation>
    </message>
    <message>
        <source>SendLayer also asks for a tracking CNAME (track.sl), a DMARC CNAME (_dmarc.sl) and a TXT record that proves you own the domain; copy them from your SendLayer dashboard.</source>
        <translation>SendLayer also asks for a tracking CNAME (track.sl), a DMARC CNAME (_dmarc.sl) and a TXT record that proves you own the domain; copy them from your SendLayer dashboard.</translation>
    </message>
    <message>
        <source>A CNAME record named sl on your domain sends bounces to SendLayer, so no SPF change is needed on the main domain.</source>
        <translation>A CNAME record named sl on your domain sends bounces to SendLayer, so no SPF change is needed on the main domain.</translation>
    </message>
    <message>
        <source>SMTP.com</source>
        <translation>SMTP.com</translation>
    </message>
    <message>
        <source>A long-standing email delivery service. It sends over HTTPS (port 443), so blocked SMTP ports on your host do not matter.</source>
        <translation>A long-standing email delivery service. It sends over HTTPS (port 443), so blocked SMTP ports on your host do not matter.</translation>
    </message>
    <message>
        <source>You need an API key and the name of a sender (channel) from the Senders page of your SMTP.com account.</source>
        <translation>You need an API key and the name of a sender (channel) from the Senders page of your SMTP.com account.</translation>
    </message>
    <message>
        <source>The key from the API settings of your SMTP.com account.</source>
        <translation>The key from the API settings of your SMTP.com account.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>The name of the sender (SMTP.com calls it a channel) that these emails should go through.</source>
        <translation>The name of the sender (SMTP.com calls it a channel) that these emails should go through.</translation>
    </message>
    <message>
        <source>Add the DKIM record that SMTP.com shows for your domain.</source>
        <translation>Add the DKIM record that SMTP.com shows for your domain.</translation>
    </message>
    <message>
        <source>Brevo</source>
        <translation>Brevo</translation>
    </message>
    <message>
        <source>Brevo (once called Sendinblue) is an email and marketing platform. It sends over HTTPS (port 443), so it works even where SMTP ports are blocked.</source>
        <translation>Brevo (once called Sendinblue) is an email and marketing platform. It sends over HTTPS (port 443), so it works even where SMTP ports are blocked.</translation>
    </message>
    <message>
        <source>Create an API key in your Brevo account settings. If you limit the key to certain IP addresses, include your web server&apos;s address.</source>
        <translation>Create an API key in your Brevo account settings. If you limit the key to certain IP addresses, include your web server&apos;s address.</translation>
    </message>
    <message>
        <source>The API key from your Brevo account (not the SMTP password).</source>
        <translation>The API key from your Brevo account (not the SMTP password).</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>Sending domain</translation>
    </message>
    <message>
        <source>Optional: the domain you send from, used when checking its DNS records.</source>
        <translation>Optional: the domain you send from, used when checking its DNS records.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Two CNAME records, brevo1._domainkey and brevo2._domainkey, pointing to Brevo (Brevo may offer a TXT record instead).</source>
        <translation>Two CNAME records, brevo1._domainkey and brevo2._domainkey, pointing to Brevo (Brevo may offer a TXT record instead).</translation>
    </message>
    <message>
        <source>Brevo also asks for a brevo-code TXT record on your domain to prove you own it, and suggests a DMARC record. Older accounts may use include:spf.sendinblue.com for SPF.</source>
        <translation>Brevo also asks for a brevo-code TXT record on your domain to prove you own it, and suggests a DMARC record. Older accounts may use include:spf.sendinblue.com for SPF.</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Amazon Web Services&apos; email sending service. It needs an AWS access key and a verified address or domain, and sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Amazon Web Services&apos; email sending service. It needs an AWS access key and a verified address or domain, and sends over HTTPS (port 443), so blocked SMTP ports do not matter.</translation>
    </message>
    <message>
        <source>Use an AWS access key (key ID and secret) that may send email with SES. Your From address or its domain must be verified in SES in the region you pick.</source>
        <translation>Use an AWS access key (key ID and secret) that may send email with SES. Your From address or its domain must be verified in SES in the region you pick.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <source>The ID half of your AWS access key.</source>
        <translation>The ID half of your AWS access key.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Secret access key</translation>
    </message>
    <message>
        <source>The secret half of your AWS access key; AWS shows it only once, when the key is created.</source>
        <translation>The secret half of your AWS access key; AWS shows it only once, when the key is created.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The AWS region where your sending address or domain is verified.</source>
        <translation>The AWS region where your sending address or domain is verified.</translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>US East (N. Virginia)</translation>
    </message>
    <message>
        <source>US East (Ohio)</source>
        <translation>US East (Ohio)</translation>
    </message>
    <message>
        <source>US West (N. California)</source>
        <translation>US West (N. California)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>US West (Oregon)</translation>
    </message>
    <message>
        <source>Canada (Central)</source>
        <translation>Canada (Central)</translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation>Europe (Ireland)</translation>
    </message>
    <message>
        <source>Europe (London)</source>
        <translation>Europe (London)</translation>
    </message>
    <message>
        <source>Europe (Paris)</source>
        <translation>Europe (Paris)</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>Europe (Frankfurt)</translation>
    </message>
    <message>
        <source>Europe (Milan)</source>
        <translation>Europe (Milan)</translation>
    </message>
    <message>
        <source>Europe (Stockholm)</source>
        <translation>Europe (Stockholm)</translation>
    </message>
    <message>
        <source>Asia Pacific (Mumbai)</source>
        <translation>Asia Pacific (Mumbai)</translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation>Asia Pacific (Tokyo)</translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation>Asia Pacific (Seoul)</translation>
    </message>
    <message>
        <source>Asia Pacific (Osaka)</source>
        <translation>Asia Pacific (Osaka)</translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation>Asia Pacific (Singapore)</translation>
    </message>
    <message>
        <source>Asia Pacific (Sydney)</source>
        <translation>Asia Pacific (Sydney)</translation>
    </message>
    <message>
        <source>Asia Pacific (Jakarta)</source>
        <translation>Asia Pacific (Jakarta)</translation>
    </message>
    <message>
        <source>South America (São Paulo)</source>
        <translation>South America (São Paulo)</translation>
    </message>
    <message>
        <source>Africa (Cape Town)</source>
        <translation>Africa (Cape Town)</translation>
    </message>
    <message>
        <source>Middle East (Bahrain)</source>
        <translation>Middle East (Bahrain)</translation>
    </message>
    <message>
        <source>Israel (Tel Aviv)</source>
        <translation>Israel (Tel Aviv)</translation>
    </message>
    <message>
        <source>AWS GovCloud (US-West)</source>
        <translation>AWS GovCloud (US-West)</translation>
    </message>
    <message>
        <source>Three CNAME records that SES generates when you verify your domain (Easy DKIM), each pointing to a name under dkim.amazonses.com.</source>
        <translation>Three CNAME records that SES generates when you verify your domain (Easy DKIM), each pointing to a name under dkim.amazonses.com.</translation>
    </message>
    <message>
        <source>Without a custom MAIL FROM domain, SPF passes on Amazon&apos;s own domain but does not line up with yours for DMARC; DKIM covers it.</source>
        <translation>Without a custom MAIL FROM domain, SPF passes on Amazon&apos;s own domain but does not line up with yours for DMARC; DKIM covers it.</translation>
    </message>
    <message>
        <source>Optional: a custom MAIL FROM subdomain with an MX record pointing to SES&apos;s feedback server for your region and an SPF TXT record containing include:amazonses.com.</source>
        <translation>Optional: a custom MAIL FROM subdomain with an MX record pointing to SES&apos;s feedback server for your region and an SPF TXT record containing include:amazonses.com.</translation>
    </message>
    <message>
        <source>Google / Gmail</source>
        <translation>Google / Gmail</translation>
    </message>
    <message>
        <source>Send through a Gmail or Google Workspace account after signing in with Google. It uses the Gmail API over HTTPS (port 443) and suits low volumes, because Google limits how much you can send.</source>
        <translation>Send through a Gmail or Google Workspace account after signing in with Google. It uses the Gmail API over HTTPS (port 443) and suits low volumes, because Google limits how much you can send.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Web application&quot; in your Google Cloud project and copy its client ID and secret. A &quot;Desktop&quot; client will not work.</source>
        <translation>Create an OAuth client of type &quot;Web application&quot; in your Google Cloud project and copy its client ID and secret. A &quot;Desktop&quot; client will not work.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The ID of the OAuth client you created in Google Cloud.</source>
        <translation>The ID of the OAuth client you created in Google Cloud.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>The secret that belongs to that OAuth client.</source>
        <translation>The secret that belongs to that OAuth client.</translation>
    </message>
    <message>
        <source>A TXT record at google._domainkey, generated in the Google Workspace admin console (the selector can be changed there).</source>
        <translation>A TXT record at google._domainkey, generated in the Google Workspace admin console (the selector can be changed there).</translation>
    </message>
    <message>
        <source>Only a Google Workspace domain needs these records; a plain @gmail.com address is covered by Google. Gmail replaces the From address with your account&apos;s address unless it is one of your &quot;Send mail as&quot; aliases.</source>
        <translation>Only a Google Workspace domain needs these records; a plain @gmail.com address is covered by Google. Gmail replaces the From address with your account&apos;s address unless it is one of your &quot;Send mail as&quot; aliases.</translation>
    </message>
    <message>
        <source>Mailgun</source>
        <translation>Mailgun</translation>
    </message>
    <message>
        <source>An email delivery service popular with developers. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>An email delivery service popular with developers. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</translation>
    </message>
    <message>
        <source>You need a Mailgun API key and the sending domain you added to Mailgun (for example mg.example.com).</source>
        <translation>You need a Mailgun API key and the sending domain you added to Mailgun (for example mg.example.com).</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Mailgun API key</translation>
    </message>
    <message>
        <source>A private API key from the API security page of your Mailgun account.</source>
        <translation>A private API key from the API security page of your Mailgun account.</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domain name</translation>
    </message>
    <message>
        <source>The sending domain exactly as it is listed in Mailgun.</source>
        <translation>The sending domain exactly as it is listed in Mailgun.</translation>
    </message>
    <message>
        <source>mg.example.com</source>
        <translation>mg.example.com</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <source>With automatic sender security, two CNAME records, pdk1._domainkey and pdk2._domainkey; otherwise the TXT record shown in your Mailgun dashboard.</source>
        <translation>With automatic sender security, two CNAME records, pdk1._domainkey and pdk2._domainkey; otherwise the TXT record shown in your Mailgun dashboard.</translation>
    </message>
    <message>
        <source>Add the SPF record on the sending domain. Mailgun also lists MX records (mxa.mailgun.org and mxb.mailgun.org) and a tracking CNAME (email) for that domain.</source>
        <translation>Add the SPF record on the sending domain. Mailgun also lists MX records (mxa.mailgun.org and mxb.mailgun.org) and a tracking CNAME (email) for that domain.</translation>
    </message>
    <message>
        <source>Bounces go to the sending domain itself (usually a subdomain such as mg.example.com).</source>
        <translation>Bounces go to the sending domain itself (usually a subdomain such as mg.example.com).</translation>
    </message>
    <message>
        <source>Mailjet</source>
        <translation>Mailjet</translation>
    </message>
    <message>
        <source>An email delivery service. It sends over HTTPS (port 443), so it works where your host blocks SMTP ports.</source>
        <translation>An email delivery service. It sends over HTTPS (port 443), so it works where your host blocks SMTP ports.</translation>
    </message>
    <message>
        <source>Mailjet gives you a pair of keys: an API key and a secret key. You need both.</source>
        <translation>Mailjet gives you a pair of keys: an API key and a secret key. You need both.</translation>
    </message>
    <message>
        <source>The API key (the first half of the key pair).</source>
        <translation>The API key (the first half of the key pair).</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>The secret key that belongs to the same key pair.</source>
        <translation>The secret key that belongs to the same key pair.</translation>
    </message>
    <message>
        <source>A TXT record at mailjet._domainkey with the key Mailjet shows you.</source>
        <translation>A TXT record at mailjet._domainkey with the key Mailjet shows you.</translation>
    </message>
    <message>
        <source>Mailjet also asks for a TXT record that proves you own the domain.</source>
        <translation>Mailjet also asks for a TXT record that proves you own the domain.</translation>
    </message>
    <message>
        <source>MailerSend</source>
        <translation>MailerSend</translation>
    </message>
    <message>
        <source>An email delivery service for website and app messages. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>An email delivery service for website and app messages. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>An API token from your MailerSend account.</source>
        <translation>An API token from your MailerSend account.</translation>
    </message>
    <message>
        <source>Paid plan features</source>
        <translation>Paid plan features</translation>
    </message>
    <message>
        <source>Turn on if your MailerSend plan allows custom email headers.</source>
        <translation>Turn on if your MailerSend plan allows custom email headers.</translation>
    </message>
    <message>
        <source>Add the DKIM records that MailerSend shows when you add your domain there.</source>
        <translation>Add the DKIM records that MailerSend shows when you add your domain there.</translation>
    </message>
    <message>
        <source>Mandrill (Mailchimp Transactional)</source>
        <translation>Mandrill (Mailchimp Transactional)</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s service for one-to-one emails such as receipts and password resets. It sends over HTTPS (port 443), so it works where SMTP ports are blocked.</source>
        <translation>Mailchimp&apos;s service for one-to-one emails such as receipts and password resets. It sends over HTTPS (port 443), so it works where SMTP ports are blocked.</translation>
    </message>
    <message>
        <source>Use an API key from your Mailchimp Transactional (Mandrill) account.</source>
        <translation>Use an API key from your Mailchimp Transactional (Mandrill) account.</translation>
    </message>
    <message>
        <source>Any active API key of your Mandrill account.</source>
        <translation>Any active API key of your Mandrill account.</translation>
    </message>
    <message>
        <source>Add the DKIM records that Mandrill shows when you add your domain there.</source>
        <translation>Add the DKIM records that Mandrill shows when you add your domain there.</translation>
    </message>
    <message>
        <source>Microsoft 365 / Outlook</source>
        <translation>Microsoft 365 / Outlook</translation>
    </message>
    <message>
        <source>Send through a Microsoft 365 or Outlook account after signing in with Microsoft. It uses the Microsoft Graph API over HTTPS (port 443).</source>
        <translation>Send through a Microsoft 365 or Outlook account after signing in with Microsoft. It uses the Microsoft Graph API over HTTPS (port 443).</translation>
    </message>
    <message>
        <source>Register an app with Microsoft and copy its application ID and a client secret (application password).</source>
        <translation>Register an app with Microsoft and copy its application ID and a client secret (application password).</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <source>The application (client) ID of the app you registered with Microsoft.</source>
        <translation>The application (client) ID of the app you registered with Microsoft.</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Application password</translation>
    </message>
    <message>
        <source>A client secret created for that app.</source>
        <translation>A client secret created for that app.</translation>
    </message>
    <message>
        <source>Two CNAME records, selector1._domainkey and selector2._domainkey, pointing to the targets shown in the Microsoft 365 admin center.</source>
        <translation>Two CNAME records, selector1._domainkey and selector2._domainkey, pointing to the targets shown in the Microsoft 365 admin center.</translation>
    </message>
    <message>
        <source>Only your own Microsoft 365 domain needs these; a personal Outlook.com address is covered by Microsoft.</source>
        <translation>Only your own Microsoft 365 domain needs these; a personal Outlook.com address is covered by Microsoft.</translation>
    </message>
    <message>
        <source>Postmark</source>
        <translation>Postmark</translation>
    </message>
    <message>
        <source>An email delivery service for transactional messages. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>An email delivery service for transactional messages. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</translation>
    </message>
    <message>
        <source>Use the server API token of the Postmark server you send from (not the account token).</source>
        <translation>Use the server API token of the Postmark server you send from (not the account token).</translation>
    </message>
    <message>
        <source>Server API token</source>
        <translation>Server API token</translation>
    </message>
    <message>
        <source>Found on the API Tokens tab of your Postmark server.</source>
        <translation>Found on the API Tokens tab of your Postmark server.</translation>
    </message>
    <message>
        <source>Message stream ID</source>
        <translation>Message stream ID</translation>
    </message>
    <message>
        <source>Optional: leave empty to use the default transactional stream.</source>
        <translation>Optional: leave empty to use the default transactional stream.</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>A TXT record whose name ends in pm._domainkey, with the key Postmark shows you.</source>
        <translation>A TXT record whose name ends in pm._domainkey, with the key Postmark shows you.</translation>
    </message>
    <message>
        <source>With the custom Return-Path CNAME in place, no SPF change is needed; older setups used include:spf.mtasv.net.</source>
        <translation>With the custom Return-Path CNAME in place, no SPF change is needed; older setups used include:spf.mtasv.net.</translation>
    </message>
    <message>
        <source>A CNAME record (pm-bounces by default) pointing to pm.mtasv.net.</source>
        <translation>A CNAME record (pm-bounces by default) pointing to pm.mtasv.net.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>An email sending service for developers. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>An email sending service for developers. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</translation>
    </message>
    <message>
        <source>An API key from your Resend account.</source>
        <translation>An API key from your Resend account.</translation>
    </message>
    <message>
        <source>Add the DKIM records that Resend shows when you add your domain there.</source>
        <translation>Add the DKIM records that Resend shows when you add your domain there.</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>Twilio&apos;s email delivery service. It sends over HTTPS (port 443), so it works where your host blocks SMTP ports.</source>
        <translation>Twilio&apos;s email delivery service. It sends over HTTPS (port 443), so it works where your host blocks SMTP ports.</translation>
    </message>
    <message>
        <source>A key with only the &quot;Mail Send&quot; permission is enough.</source>
        <translation>A key with only the &quot;Mail Send&quot; permission is enough.</translation>
    </message>
    <message>
        <source>An API key from your SendGrid account.</source>
        <translation>An API key from your SendGrid account.</translation>
    </message>
    <message>
        <source>Optional: the domain you authenticated in SendGrid, used when checking its DNS records.</source>
        <translation>Optional: the domain you authenticated in SendGrid, used when checking its DNS records.</translation>
    </message>
    <message>
        <source>Two CNAME records, s1._domainkey and s2._domainkey, pointing to SendGrid.</source>
        <translation>Two CNAME records, s1._domainkey and s2._domainkey, pointing to SendGrid.</translation>
    </message>
    <message>
        <source>With SendGrid&apos;s automated security no SPF change is needed; if you turned it off, add include:sendgrid.net to SPF and the TXT records SendGrid shows.</source>
        <translation>With SendGrid&apos;s automated security no SPF change is needed; if you turned it off, add include:sendgrid.net to SPF and the TXT records SendGrid shows.</translation>
    </message>
    <message>
        <source>A CNAME record (named em followed by digits) pointing to SendGrid; it also covers SPF.</source>
        <translation>A CNAME record (named em followed by digits) pointing to SendGrid; it also covers SPF.</translation>
    </message>
    <message>
        <source>SparkPost</source>
        <translation>SparkPost</translation>
    </message>
    <message>
        <source>An email delivery service with separate US and EU regions. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>An email delivery service with separate US and EU regions. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</translation>
    </message>
    <message>
        <source>The key needs the &quot;Transmissions: Read/Write&quot; permission. EU accounts create keys at app.eu.sparkpost.com.</source>
        <translation>The key needs the &quot;Transmissions: Read/Write&quot; permission. EU accounts create keys at app.eu.sparkpost.com.</translation>
    </message>
    <message>
        <source>An API key from your SparkPost account.</source>
        <translation>An API key from your SparkPost account.</translation>
    </message>
    <message>
        <source>A TXT record at the selector SparkPost generates for your domain (shown in its dashboard).</source>
        <translation>A TXT record at the selector SparkPost generates for your domain (shown in its dashboard).</translation>
    </message>
    <message>
        <source>A CNAME record for a bounce subdomain pointing to sparkpostmail.com (eu.sparkpostmail.com for EU accounts); with it, no SPF change is needed.</source>
        <translation>A CNAME record for a bounce subdomain pointing to sparkpostmail.com (eu.sparkpostmail.com for EU accounts); with it, no SPF change is needed.</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Zoho Mail</translation>
    </message>
    <message>
        <source>Send through a Zoho Mail account after signing in with Zoho. It uses the Zoho Mail API over HTTPS (port 443), and mail always goes out from the connected account&apos;s address.</source>
        <translation>Send through a Zoho Mail account after signing in with Zoho. It uses the Zoho Mail API over HTTPS (port 443), and mail always goes out from the connected account&apos;s address.</translation>
    </message>
    <message>
        <source>Global (zoho.com)</source>
        <translation>Global (zoho.com)</translation>
    </message>
    <message>
        <source>Europe (zoho.eu)</source>
        <translation>Europe (zoho.eu)</translation>
    </message>
    <message>
        <source>India (zoho.in)</source>
        <translation>India (zoho.in)</translation>
    </message>
    <message>
        <source>Australia (zoho.com.au)</source>
        <translation>Australia (zoho.com.au)</translation>
    </message>
    <message>
        <source>Japan (zoho.jp)</source>
        <translation>Japan (zoho.jp)</translation>
    </message>
    <message>
        <source>The ID of the API client you created in Zoho.</source>
        <translation>The ID of the API client you created in Zoho.</translation>
    </message>
    <message>
        <source>The secret that belongs to that API client.</source>
        <translation>The secret that belongs to that API client.</translation>
    </message>
    <message>
        <source>A TXT record at a selector you choose in the Zoho Mail admin console.</source>
        <translation>A TXT record at a selector you choose in the Zoho Mail admin console.</translation>
    </message>
    <message>
        <source>For SPF, copy the exact value your Zoho Mail admin console shows; it differs between accounts and regions.</source>
        <translation>For SPF, copy the exact value your Zoho Mail admin console shows; it differs between accounts and regions.</translation>
    </message>
    <message>
        <source>Elastic Email</source>
        <translation>Elastic Email</translation>
    </message>
    <message>
        <source>An email delivery and marketing service. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>An email delivery and marketing service. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</translation>
    </message>
    <message>
        <source>An API key from your Elastic Email account settings.</source>
        <translation>An API key from your Elastic Email account settings.</translation>
    </message>
    <message>
        <source>Add the DKIM records that Elastic Email shows when you add your domain there.</source>
        <translation>Add the DKIM records that Elastic Email shows when you add your domain there.</translation>
    </message>
    <message>
        <source>SMTP2GO</source>
        <translation>SMTP2GO</translation>
    </message>
    <message>
        <source>An email delivery service. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>An email delivery service. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</translation>
    </message>
    <message>
        <source>Create an API key under Sending &gt; API Keys in your SMTP2GO account.</source>
        <translation>Create an API key under Sending &gt; API Keys in your SMTP2GO account.</translation>
    </message>
    <message>
        <source>An API key from your SMTP2GO account.</source>
        <translation>An API key from your SMTP2GO account.</translation>
    </message>
    <message>
        <source>A CNAME record (named s followed by your account number, under _domainkey) pointing to dkim.smtp2go.net.</source>
        <translation>A CNAME record (named s followed by your account number, under _domainkey) pointing to dkim.smtp2go.net.</translation>
    </message>
    <message>
        <source>Do not add SMTP2GO to your SPF record: the CNAME records replace it, so remove an old SMTP2GO include if you have one.</source>
        <translation>Do not add SMTP2GO to your SPF record: the CNAME records replace it, so remove an old SMTP2GO include if you have one.</translation>
    </message>
    <message>
        <source>A CNAME record (named em followed by your account number) pointing to return.smtp2go.net.</source>
        <translation>A CNAME record (named em followed by your account number) pointing to return.smtp2go.net.</translation>
    </message>
    <message>
        <source>Other SMTP</source>
        <translation>Other SMTP</translation>
    </message>
    <message>
        <source>Use any mail server: your host&apos;s, your mailbox provider&apos;s or a relay service. It connects over SMTP ports (25, 465 or 587), which many hosts block.</source>
        <translation>Use any mail server: your host&apos;s, your mailbox provider&apos;s or a relay service. It connects over SMTP ports (25, 465 or 587), which many hosts block.</translation>
    </message>
    <message>
        <source>Your host or mail provider gives you the server name, port, username and password.</source>
        <translation>Your host or mail provider gives you the server name, port, username and password.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>The name of the mail server, as given by your host or mail provider.</source>
        <translation>The name of the mail server, as given by your host or mail provider.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>TLS is the best choice when the server offers it; picking an option also sets the usual port.</source>
        <translation>TLS is the best choice when the server offers it; picking an option also sets the usual port.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Usually 587 for TLS, 465 for SSL and 25 without encryption.</source>
        <translation>Usually 587 for TLS, 465 for SSL and 25 without encryption.</translation>
    </message>
    <message>
        <source>Auto TLS</source>
        <translation>Auto TLS</translation>
    </message>
    <message>
        <source>Switch to an encrypted connection when the server offers it; turn off only if the server&apos;s TLS is broken.</source>
        <translation>Switch to an encrypted connection when the server offers it; turn off only if the server&apos;s TLS is broken.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Sign in to the server with a username and password; almost every server needs this.</source>
        <translation>Sign in to the server with a username and password; almost every server needs this.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Often your full email address.</source>
        <translation>Often your full email address.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The mailbox password, or an app password if your provider uses two-step sign-in.</source>
        <translation>The mailbox password, or an app password if your provider uses two-step sign-in.</translation>
    </message>
    <message>
        <source>Depends on your mail server; ask your host or mail provider which DKIM record to publish.</source>
        <translation>Depends on your mail server; ask your host or mail provider which DKIM record to publish.</translation>
    </message>
    <message>
        <source>Pick European Union if your Mailgun account and domain were created in the EU region.</source>
        <translation>Pick European Union if your Mailgun account and domain were created in the EU region.</translation>
    </message>
    <message>
        <source>Pick European Union if you sign in to SparkPost at app.eu.sparkpost.com.</source>
        <translation>Pick European Union if you sign in to SparkPost at app.eu.sparkpost.com.</translation>
    </message>
    <message>
        <source>Create an API client in your Zoho account and copy its client ID and secret. Pick the region (data center) your Zoho account lives in.</source>
        <translation>Create an API client in your Zoho account and copy its client ID and secret. Pick the region (data center) your Zoho account lives in.</translation>
    </message>
    <message>
        <source>The Zoho data center of your account; it matches the address you use to sign in to Zoho.</source>
        <translation>The Zoho data center of your account; it matches the address you use to sign in to Zoho.</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecrets</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Cannot read the secrets file %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users; run &quot;chmod 600 %1&quot; first.</source>
        <translation>The secrets file %1 can be read by other users; run &quot;chmod 600 %1&quot; first.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not NAME=VALUE.</source>
        <translation>Line %1 of %2 is not NAME=VALUE.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>A value contains a line break, which this file cannot hold; a placeholder stands in its place.</source>
        <translation>A value contains a line break, which this file cannot hold; a placeholder stands in its place.</translation>
    </message>
    <message>
        <source>Correct the value in Postino, then export again.</source>
        <translation>Correct the value in Postino, then export again.</translation>
    </message>
    <message>
        <source>No %1 is stored for %2, so the file has a placeholder in its place.</source>
        <translation>No %1 is stored for %2, so the file has a placeholder in its place.</translation>
    </message>
    <message>
        <source>Enter it in Postino and export again, or replace the placeholder by hand.</source>
        <translation>Enter it in Postino and export again, or replace the placeholder by hand.</translation>
    </message>
    <message>
        <source>The %1 contains a line break, which this file cannot hold; a placeholder stands in its place.</source>
        <translation>The %1 contains a line break, which this file cannot hold; a placeholder stands in its place.</translation>
    </message>
    <message>
        <source>Check the value stored in Postino.</source>
        <translation>Check the value stored in Postino.</translation>
    </message>
    <message>
        <source>%1 signs in through the provider&apos;s own page: the sign-in itself cannot be exported.</source>
        <translation>%1 signs in through the provider&apos;s own page: the sign-in itself cannot be exported.</translation>
    </message>
    <message>
        <source>After loading these settings, open WP Mail SMTP&apos;s settings in WordPress and connect the account again.</source>
        <translation>After loading these settings, open WP Mail SMTP&apos;s settings in WordPress and connect the account again.</translation>
    </message>
    <message>
        <source>WP Mail SMTP offers %1 only in its Pro edition.</source>
        <translation>WP Mail SMTP offers %1 only in its Pro edition.</translation>
    </message>
    <message>
        <source>&quot;wp option update&quot; replaces the whole wp_mail_smtp option: WP Mail SMTP settings that are not in this file (a licence key, alerts, log options, a connected account) are lost.</source>
        <translation>&quot;wp option update&quot; replaces the whole wp_mail_smtp option: WP Mail SMTP settings that are not in this file (a licence key, alerts, log options, a connected account) are lost.</translation>
    </message>
    <message>
        <source>The command first saves the current option with &quot;wp option get wp_mail_smtp --format=json&quot; to wp-mail-smtp-backup.json; keep that file until the site sends mail.</source>
        <translation>The command first saves the current option with &quot;wp option get wp_mail_smtp --format=json&quot; to wp-mail-smtp-backup.json; keep that file until the site sends mail.</translation>
    </message>
    <message>
        <source>WP Mail SMTP keeps the SMTP password encrypted in the database; written this way it stays readable there until the plugin&apos;s settings page is saved once.</source>
        <translation>WP Mail SMTP keeps the SMTP password encrypted in the database; written this way it stays readable there until the plugin&apos;s settings page is saved once.</translation>
    </message>
    <message>
        <source>%1 cannot be expressed as %2: it sends only through its own API and has no SMTP relay.</source>
        <translation>%1 cannot be expressed as %2: it sends only through its own API and has no SMTP relay.</translation>
    </message>
    <message>
        <source>Pick a mailer with an SMTP relay, or a WordPress format.</source>
        <translation>Pick a mailer with an SMTP relay, or a WordPress format.</translation>
    </message>
    <message>
        <source>SparkPost accepts an API key as SMTP password only if the key has the &quot;Send via SMTP&quot; permission.</source>
        <translation>SparkPost accepts an API key as SMTP password only if the key has the &quot;Send via SMTP&quot; permission.</translation>
    </message>
    <message>
        <source>The SMTP password of Amazon SES is derived from the secret access key for the chosen region. It works only if the key belongs to an IAM user that may send email with SES.</source>
        <translation>The SMTP password of Amazon SES is derived from the secret access key for the chosen region. It works only if the key belongs to an IAM user that may send email with SES.</translation>
    </message>
    <message>
        <source>%1 signs in with the provider&apos;s own page in WP Mail SMTP, which %2 cannot do. This file sends through %3 with the account&apos;s address and an app password instead.</source>
        <translation>%1 signs in with the provider&apos;s own page in WP Mail SMTP, which %2 cannot do. This file sends through %3 with the account&apos;s address and an app password instead.</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings (it needs two-step verification) and put it in place of %1.</source>
        <translation>Create an app password in the account&apos;s security settings (it needs two-step verification) and put it in place of %1.</translation>
    </message>
    <message>
        <source>%1&apos;s SMTP relay (%2) signs in with SMTP credentials of its own, not with the API key Postino holds.</source>
        <translation>%1&apos;s SMTP relay (%2) signs in with SMTP credentials of its own, not with the API key Postino holds.</translation>
    </message>
    <message>
        <source>Create SMTP credentials in your %1 account and put them in place of the placeholders.</source>
        <translation>Create SMTP credentials in your %1 account and put them in place of the placeholders.</translation>
    </message>
    <message>
        <source>WP Mail SMTP sends through %1&apos;s API; %2 sends through its SMTP relay %3 instead, with the same key.</source>
        <translation>WP Mail SMTP sends through %1&apos;s API; %2 sends through its SMTP relay %3 instead, with the same key.</translation>
    </message>
    <message>
        <source>No encryption is set: the password is protected only when the server offers STARTTLS.</source>
        <translation>No encryption is set: the password is protected only when the server offers STARTTLS.</translation>
    </message>
    <message>
        <source>No encryption is set: the password travels unencrypted.</source>
        <translation>No encryption is set: the password travels unencrypted.</translation>
    </message>
    <message>
        <source>Choose TLS (port 587) if the server supports it.</source>
        <translation>Choose TLS (port 587) if the server supports it.</translation>
    </message>
    <message>
        <source>A line of the file is longer than msmtp reads (500 bytes).</source>
        <translation>A line of the file is longer than msmtp reads (500 bytes).</translation>
    </message>
    <message>
        <source>Postfix cannot hold this username or password in sasl_passwd: the username must not contain &apos;:&apos; or start with a space, and the password must not end with a space.</source>
        <translation>Postfix cannot hold this username or password in sasl_passwd: the username must not contain &apos;:&apos; or start with a space, and the password must not end with a space.</translation>
    </message>
    <message>
        <source>Use msmtp instead, or change the password.</source>
        <translation>Use msmtp instead, or change the password.</translation>
    </message>
    <message>
        <source>Laravel&apos;s env() changes the value of %1 (it reads true, false, empty, null and values wrapped in quotes specially), so the app would not get it as written.</source>
        <translation>Laravel&apos;s env() changes the value of %1 (it reads true, false, empty, null and values wrapped in quotes specially), so the app would not get it as written.</translation>
    </message>
    <message>
        <source>Change the value, or set it in config/mail.php instead of .env.</source>
        <translation>Change the value, or set it in config/mail.php instead of .env.</translation>
    </message>
    <message>
        <source>A Postino profile never holds passwords or keys; enter them again where the profile is opened.</source>
        <translation>A Postino profile never holds passwords or keys; enter them again where the profile is opened.</translation>
    </message>
    <message>
        <source>The mailer &quot;%1&quot; is not one Postino knows, so there is nothing to export.</source>
        <translation>The mailer &quot;%1&quot; is not one Postino knows, so there is nothing to export.</translation>
    </message>
    <message>
        <source>Choose a mailer from the list.</source>
        <translation>Choose a mailer from the list.</translation>
    </message>
    <message>
        <source>Check that you picked the site&apos;s wp-config.php.</source>
        <translation>Check that you picked the site&apos;s wp-config.php.</translation>
    </message>
    <message>
        <source>The file is %1 bytes long, more than a wp-config.php ever is (the limit is 2 MiB). Nothing was changed.</source>
        <translation>The file is %1 bytes long, more than a wp-config.php ever is (the limit is 2 MiB). Nothing was changed.</translation>
    </message>
    <message>
        <source>The file holds binary data, so it is not a wp-config.php. Nothing was changed.</source>
        <translation>The file holds binary data, so it is not a wp-config.php. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file does not load wp-settings.php, so it is not a wp-config.php. Nothing was changed.</source>
        <translation>The file does not load wp-settings.php, so it is not a wp-config.php. Nothing was changed.</translation>
    </message>
    <message>
        <source>A quote or comment opened on line %1 is never closed, so Postino cannot tell where it is safe to add lines. Nothing was changed.</source>
        <translation>A quote or comment opened on line %1 is never closed, so Postino cannot tell where it is safe to add lines. Nothing was changed.</translation>
    </message>
    <message>
        <source>Fix the file (PHP reports the error when the site loads), or paste the block by hand.</source>
        <translation>Fix the file (PHP reports the error when the site loads), or paste the block by hand.</translation>
    </message>
    <message>
        <source>The quotes or brackets of the file do not pair up (first seen on line %1), so Postino cannot tell where it is safe to add lines. Nothing was changed.</source>
        <translation>The quotes or brackets of the file do not pair up (first seen on line %1), so Postino cannot tell where it is safe to add lines. Nothing was changed.</translation>
    </message>
    <message>
        <source>The quotes or brackets of the file do not pair up, so Postino cannot tell where it is safe to add lines. Nothing was changed.</source>
        <translation>The quotes or brackets of the file do not pair up, so Postino cannot tell where it is safe to add lines. Nothing was changed.</translation>
    </message>
    <message>
        <source>The lines to add have a quote or comment that is never closed. Nothing was changed.</source>
        <translation>The lines to add have a quote or comment that is never closed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Export the settings again instead of editing the text by hand.</source>
        <translation>Export the settings again instead of editing the text by hand.</translation>
    </message>
    <message>
        <source>The file has a damaged Postino block: its &quot;%1&quot; and &quot;%2&quot; lines do not pair up. Nothing was changed.</source>
        <translation>The file has a damaged Postino block: its &quot;%1&quot; and &quot;%2&quot; lines do not pair up. Nothing was changed.</translation>
    </message>
    <message>
        <source>Remove the old Postino lines by hand, then try again.</source>
        <translation>Remove the old Postino lines by hand, then try again.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <source>The file already sets WP Mail SMTP constants outside Postino&apos;s block: %1. Adding Postino&apos;s block would define them twice. Nothing was changed.</source>
        <translation>The file already sets WP Mail SMTP constants outside Postino&apos;s block: %1. Adding Postino&apos;s block would define them twice. Nothing was changed.</translation>
    </message>
    <message>
        <source>Delete or comment out those lines, then try again.</source>
        <translation>Delete or comment out those lines, then try again.</translation>
    </message>
    <message>
        <source>Postino&apos;s earlier block was replaced by the new settings.</source>
        <translation>Postino&apos;s earlier block was replaced by the new settings.</translation>
    </message>
    <message>
        <source>Postino found no line at the top level of the file, before wp-settings.php is loaded, where the settings can safely go. Nothing was changed.</source>
        <translation>Postino found no line at the top level of the file, before wp-settings.php is loaded, where the settings can safely go. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paste the block by hand just above the line that loads wp-settings.php.</source>
        <translation>Paste the block by hand just above the line that loads wp-settings.php.</translation>
    </message>
    <message>
        <source>The settings were added above the &quot;That&apos;s all, stop editing!&quot; line (line %1).</source>
        <translation>The settings were added above the &quot;That&apos;s all, stop editing!&quot; line (line %1).</translation>
    </message>
    <message>
        <source>The settings were added above the line that loads wp-settings.php (line %1).</source>
        <translation>The settings were added above the line that loads wp-settings.php (line %1).</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The file is %1 bytes long; a wp-config.php is a few kilobytes. Nothing was changed.</source>
        <translation>The file is %1 bytes long; a wp-config.php is a few kilobytes. Nothing was changed.</translation>
    </message>
    <message>
        <source>Check that you picked the site&apos;s wp-config.php.</source>
        <translation>Check that you picked the site&apos;s wp-config.php.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(a list of values)</source>
        <translation>(a list of values)</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Mailer</translation>
    </message>
    <message>
        <source>The source sends with PHP&apos;s built-in mail function (&quot;mail&quot;), which Postino does not set up.</source>
        <translation>The source sends with PHP&apos;s built-in mail function (&quot;mail&quot;), which Postino does not set up.</translation>
    </message>
    <message>
        <source>The mailer &quot;%1&quot; is not one Postino knows; its settings were not imported.</source>
        <translation>The mailer &quot;%1&quot; is not one Postino knows; its settings were not imported.</translation>
    </message>
    <message>
        <source>Choose a mailer in the wizard.</source>
        <translation>Choose a mailer in the wizard.</translation>
    </message>
    <message>
        <source>The value for %1 is not text; it was not imported.</source>
        <translation>The value for %1 is not text; it was not imported.</translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2; it was not imported.</source>
        <translation>%1 is not a valid value for %2; it was not imported.</translation>
    </message>
    <message>
        <source>The From email is not text; it was not imported.</source>
        <translation>The From email is not text; it was not imported.</translation>
    </message>
    <message>
        <source>From email</source>
        <translation>From email</translation>
    </message>
    <message>
        <source>The From name is not text; it was not imported.</source>
        <translation>The From name is not text; it was not imported.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>From name</translation>
    </message>
    <message>
        <source>Test recipient</source>
        <translation>Test recipient</translation>
    </message>
    <message>
        <source>%1: Postino does not use these settings, so they were not imported: %2.</source>
        <translation>%1: Postino does not use these settings, so they were not imported: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No email settings were found in %1.</source>
        <translation>No email settings were found in %1.</translation>
    </message>
    <message>
        <source>Check that you picked the right file, or enter the settings in the wizard.</source>
        <translation>Check that you picked the right file, or enter the settings in the wizard.</translation>
    </message>
    <message>
        <source>A comment that starts on line %1 is never closed with */.</source>
        <translation>A comment that starts on line %1 is never closed with */.</translation>
    </message>
    <message>
        <source>A quoted text that starts on line %1 runs on to the next lines, and the one that starts on line %2 is never closed: a quote is probably missing on line %1.</source>
        <translation>A quoted text that starts on line %1 runs on to the next lines, and the one that starts on line %2 is never closed: a quote is probably missing on line %1.</translation>
    </message>
    <message>
        <source>A quoted text that starts on line %1 is never closed.</source>
        <translation>A quoted text that starts on line %1 is never closed.</translation>
    </message>
    <message>
        <source>A block of text (&lt;&lt;&lt;%1) that starts on line %2 is never closed.</source>
        <translation>A block of text (&lt;&lt;&lt;%1) that starts on line %2 is never closed.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>a function call (%1)</source>
        <translation>a function call (%1)</translation>
    </message>
    <message>
        <source>another constant (%1)</source>
        <translation>another constant (%1)</translation>
    </message>
    <message>
        <source>a variable (%1)</source>
        <translation>a variable (%1)</translation>
    </message>
    <message>
        <source>a text that includes variables</source>
        <translation>a text that includes variables</translation>
    </message>
    <message>
        <source>a text block PHP computes</source>
        <translation>a text block PHP computes</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>an expression</translation>
    </message>
    <message>
        <source>The define( on line %1 is not closed with a ).</source>
        <translation>The define( on line %1 is not closed with a ).</translation>
    </message>
    <message>
        <source>wp-config.php</source>
        <translation>wp-config.php</translation>
    </message>
    <message>
        <source>Line %1: %2 PHP itself stops at this error, so nothing was imported.</source>
        <translation>Line %1: %2 PHP itself stops at this error, so nothing was imported.</translation>
    </message>
    <message>
        <source>Fix the quotes or comment near that line, or import a copy of the file that works on the site.</source>
        <translation>Fix the quotes or comment near that line, or import a copy of the file that works on the site.</translation>
    </message>
    <message>
        <source>%1 defines no WP Mail SMTP constants (WPMS_...).</source>
        <translation>%1 defines no WP Mail SMTP constants (WPMS_...).</translation>
    </message>
    <message>
        <source>If the site keeps its email settings in the database, import the output of &quot;wp option get wp_mail_smtp --format=json&quot; instead.</source>
        <translation>If the site keeps its email settings in the database, import the output of &quot;wp option get wp_mail_smtp --format=json&quot; instead.</translation>
    </message>
    <message>
        <source>wp-config.php (Easy WP SMTP)</source>
        <translation>wp-config.php (Easy WP SMTP)</translation>
    </message>
    <message>
        <source>The file also defines Easy WP SMTP constants (EASY_WP_SMTP_...); only the WP Mail SMTP ones were imported.</source>
        <translation>The file also defines Easy WP SMTP constants (EASY_WP_SMTP_...); only the WP Mail SMTP ones were imported.</translation>
    </message>
    <message>
        <source>%1 is defined a second time on line %2; PHP keeps the first value, and so did Postino.</source>
        <translation>%1 is defined a second time on line %2; PHP keeps the first value, and so did Postino.</translation>
    </message>
    <message>
        <source>Line %1: %2 is set to %3, which only PHP can work out. Postino reads plain values only, so nothing was imported.</source>
        <translation>Line %1: %2 is set to %3, which only PHP can work out. Postino reads plain values only, so nothing was imported.</translation>
    </message>
    <message>
        <source>Replace the value with the plain text or number it stands for, or enter the settings in the wizard.</source>
        <translation>Replace the value with the plain text or number it stands for, or enter the settings in the wizard.</translation>
    </message>
    <message>
        <source>Line %1: %2 is set to %3, which only PHP can work out; enter this secret in the wizard.</source>
        <translation>Line %1: %2 is set to %3, which only PHP can work out; enter this secret in the wizard.</translation>
    </message>
    <message>
        <source>Line %1: %2 is set to %3, which only PHP can work out; it was not imported.</source>
        <translation>Line %1: %2 is set to %3, which only PHP can work out; it was not imported.</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>Return path</translation>
    </message>
    <message>
        <source>Force From email</source>
        <translation>Force From email</translation>
    </message>
    <message>
        <source>Force From name</source>
        <translation>Force From name</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;; WP Mail SMTP only accepts true or &apos;true&apos; here, so it was not imported.</source>
        <translation>%1 is set to &quot;%2&quot;; WP Mail SMTP only accepts true or &apos;true&apos; here, so it was not imported.</translation>
    </message>
    <message>
        <source>%1 is the text &apos;false&apos;, which PHP counts as true; it was imported as on. Write false without quotes to turn it off.</source>
        <translation>%1 is the text &apos;false&apos;, which PHP counts as true; it was imported as on. Write false without quotes to turn it off.</translation>
    </message>
    <message>
        <source>Email logs</source>
        <translation>Email logs</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Weekly summary</translation>
    </message>
    <message>
        <source>%1 is on: this site&apos;s WP Mail SMTP blocks every email. Postino&apos;s profile has no such switch; remove the constant when emails should go out.</source>
        <translation>%1 is on: this site&apos;s WP Mail SMTP blocks every email. Postino&apos;s profile has no such switch; remove the constant when emails should go out.</translation>
    </message>
    <message>
        <source>%1 belongs to Pepipost, a retired mailer Postino does not set up; it was not imported.</source>
        <translation>%1 belongs to Pepipost, a retired mailer Postino does not set up; it was not imported.</translation>
    </message>
    <message>
        <source>%1 is not a constant WP Mail SMTP reads; it was not imported.</source>
        <translation>%1 is not a constant WP Mail SMTP reads; it was not imported.</translation>
    </message>
    <message>
        <source>Failure alerts</source>
        <translation>Failure alerts</translation>
    </message>
    <message>
        <source>Failure alerts are turned on; where they are sent (addresses, webhooks) is not part of a Postino profile and was not imported.</source>
        <translation>Failure alerts are turned on; where they are sent (addresses, webhooks) is not part of a Postino profile and was not imported.</translation>
    </message>
    <message>
        <source>Postino does not use these constants: %1.</source>
        <translation>Postino does not use these constants: %1.</translation>
    </message>
    <message>
        <source>%1 is not defined, so the plugin ignores all these constants and uses the settings saved in WordPress. They were imported anyway.</source>
        <translation>%1 is not defined, so the plugin ignores all these constants and uses the settings saved in WordPress. They were imported anyway.</translation>
    </message>
    <message>
        <source>Add define( &apos;%1&apos;, true ); above these constants if they should apply.</source>
        <translation>Add define( &apos;%1&apos;, true ); above these constants if they should apply.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not true, so the plugin ignores all these constants. They were imported anyway.</source>
        <translation>%1 is &quot;%2&quot;, not true, so the plugin ignores all these constants. They were imported anyway.</translation>
    </message>
    <message>
        <source>Write define( &apos;%1&apos;, true ); (true without quotes) if they should apply.</source>
        <translation>Write define( &apos;%1&apos;, true ); (true without quotes) if they should apply.</translation>
    </message>
    <message>
        <source>wp_mail_smtp option</source>
        <translation>wp_mail_smtp option</translation>
    </message>
    <message>
        <source>The SMTP password is stored encrypted in WordPress and cannot be read from here; enter it in the wizard.</source>
        <translation>The SMTP password is stored encrypted in WordPress and cannot be read from here; enter it in the wizard.</translation>
    </message>
    <message>
        <source>&quot;Do not send&quot; is on: this site&apos;s WP Mail SMTP blocks every email. Postino&apos;s profile has no such switch.</source>
        <translation>&quot;Do not send&quot; is on: this site&apos;s WP Mail SMTP blocks every email. Postino&apos;s profile has no such switch.</translation>
    </message>
    <message>
        <source>Error tracking</source>
        <translation>Error tracking</translation>
    </message>
    <message>
        <source>Postino does not use these groups of settings, so they were not imported: %1.</source>
        <translation>Postino does not use these groups of settings, so they were not imported: %1.</translation>
    </message>
    <message>
        <source>Postino profile</source>
        <translation>Postino profile</translation>
    </message>
    <message>
        <source>Easy WP SMTP</source>
        <translation>Easy WP SMTP</translation>
    </message>
    <message>
        <source>Easy WP SMTP keeps the SMTP password in a form Postino cannot read back; enter it in the wizard.</source>
        <translation>Easy WP SMTP keeps the SMTP password in a form Postino cannot read back; enter it in the wizard.</translation>
    </message>
    <message>
        <source>%1 is not in the encoded form Post SMTP uses; it was not imported.</source>
        <translation>%1 is not in the encoded form Post SMTP uses; it was not imported.</translation>
    </message>
    <message>
        <source>SMTP Mailer</source>
        <translation>SMTP Mailer</translation>
    </message>
    <message>
        <source>The password is not in the encoded form SMTP Mailer uses; it was not imported.</source>
        <translation>The password is not in the encoded form SMTP Mailer uses; it was not imported.</translation>
    </message>
    <message>
        <source>WP SMTP</source>
        <translation>WP SMTP</translation>
    </message>
    <message>
        <source>FluentSMTP</source>
        <translation>FluentSMTP</translation>
    </message>
    <message>
        <source>FluentSMTP&apos;s settings name no default connection, so there is nothing to import.</source>
        <translation>FluentSMTP&apos;s settings name no default connection, so there is nothing to import.</translation>
    </message>
    <message>
        <source>Pick a default connection in FluentSMTP, or enter the settings in the wizard.</source>
        <translation>Pick a default connection in FluentSMTP, or enter the settings in the wizard.</translation>
    </message>
    <message>
        <source>FluentSMTP has %1 connections; only the default one was imported.</source>
        <translation>FluentSMTP has %1 connections; only the default one was imported.</translation>
    </message>
    <message>
        <source>FluentSMTP reads this connection&apos;s secrets from FLUENTMAIL_* constants in wp-config.php; enter them in the wizard.</source>
        <translation>FluentSMTP reads this connection&apos;s secrets from FLUENTMAIL_* constants in wp-config.php; enter them in the wizard.</translation>
    </message>
    <message>
        <source>Postino reads a wp-config.php, a Postino profile, and the JSON that &quot;wp option get &lt;option&gt; --format=json&quot; prints for WP Mail SMTP, Easy WP SMTP, Post SMTP, SMTP Mailer, WP SMTP or FluentSMTP.</source>
        <translation>Postino reads a wp-config.php, a Postino profile, and the JSON that &quot;wp option get &lt;option&gt; --format=json&quot; prints for WP Mail SMTP, Easy WP SMTP, Post SMTP, SMTP Mailer, WP SMTP or FluentSMTP.</translation>
    </message>
    <message>
        <source>Post SMTP&apos;s own settings export (a long line of letters) works too.</source>
        <translation>Post SMTP&apos;s own settings export (a long line of letters) works too.</translation>
    </message>
    <message>
        <source>%1 holds JSON, but not the settings of a plugin Postino knows.</source>
        <translation>%1 holds JSON, but not the settings of a plugin Postino knows.</translation>
    </message>
    <message>
        <source>Post SMTP settings export</source>
        <translation>Post SMTP settings export</translation>
    </message>
    <message>
        <source>This encoded text is %1 characters long; a Post SMTP settings export is a few thousand.</source>
        <translation>This encoded text is %1 characters long; a Post SMTP settings export is a few thousand.</translation>
    </message>
    <message>
        <source>%1 is neither JSON nor a Post SMTP settings export.</source>
        <translation>%1 is neither JSON nor a Post SMTP settings export.</translation>
    </message>
    <message>
        <source>%1 looks like a Post SMTP settings export, but it could not be unpacked; it may have been cut short when copied.</source>
        <translation>%1 looks like a Post SMTP settings export, but it could not be unpacked; it may have been cut short when copied.</translation>
    </message>
    <message>
        <source>The unpacked settings are larger than 10 MB.</source>
        <translation>The unpacked settings are larger than 10 MB.</translation>
    </message>
    <message>
        <source>%1 unpacks to something other than Post SMTP settings.</source>
        <translation>%1 unpacks to something other than Post SMTP settings.</translation>
    </message>
    <message>
        <source>the imported text</source>
        <translation>the imported text</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export is a few kilobytes.</source>
        <translation>%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export is a few kilobytes.</translation>
    </message>
    <message>
        <source>Check that you picked the right file.</source>
        <translation>Check that you picked the right file.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (it holds binary data or another character encoding), so Postino did not read it.</source>
        <translation>%1 is not UTF-8 text (it holds binary data or another character encoding), so Postino did not read it.</translation>
    </message>
    <message>
        <source>Pick the wp-config.php or the settings export itself, not an archive or a backup.</source>
        <translation>Pick the wp-config.php or the settings export itself, not an archive or a backup.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>Line %1: the JSON is not valid (%2).</source>
        <translation>Line %1: the JSON is not valid (%2).</translation>
    </message>
    <message>
        <source>Copy the whole output of the command again; it may have been cut short.</source>
        <translation>Copy the whole output of the command again; it may have been cut short.</translation>
    </message>
    <message>
        <source>%1 holds a JSON list, not a plugin&apos;s settings.</source>
        <translation>%1 holds a JSON list, not a plugin&apos;s settings.</translation>
    </message>
    <message>
        <source>Post SMTP</source>
        <translation>Post SMTP</translation>
    </message>
    <message>
        <source>Postino does not recognise the content of %1.</source>
        <translation>Postino does not recognise the content of %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
</context>
<context>
    <name>PhpProbe</name>
    <message>
        <source>The probe result is larger than 1 MB: this is not the output of Postino&apos;s probe script.</source>
        <translation>The probe result is larger than 1 MB: this is not the output of Postino&apos;s probe script.</translation>
    </message>
    <message>
        <source>The probe result is not valid JSON: copy the whole page the probe script printed, and nothing else.</source>
        <translation>The probe result is not valid JSON: copy the whole page the probe script printed, and nothing else.</translation>
    </message>
    <message>
        <source>The probe result does not have the expected fields: it is not the output of Postino&apos;s probe script.</source>
        <translation>The probe result does not have the expected fields: it is not the output of Postino&apos;s probe script.</translation>
    </message>
    <message>
        <source>Port %1 from the web server: %2.</source>
        <translation>Port %1 from the web server: %2.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>HTTPS to %1 works (%2).</source>
        <translation>HTTPS to %1 works (%2).</translation>
    </message>
    <message>
        <source>Port %1 works: %2 answered, encrypted with %3.</source>
        <translation>Port %1 works: %2 answered, encrypted with %3.</translation>
    </message>
    <message>
        <source>Port %1 is blocked: no answer at all, most likely a firewall on this network drops the connection.</source>
        <translation>Port %1 is blocked: no answer at all, most likely a firewall on this network drops the connection.</translation>
    </message>
    <message>
        <source>Port %1 was refused: nothing listens there, or a firewall rejects it.</source>
        <translation>Port %1 was refused: nothing listens there, or a firewall rejects it.</translation>
    </message>
    <message>
        <source>On port %1 the server %2 answered instead of %3: the network (often the hosting provider) redirects mail connections to its own server.</source>
        <translation>On port %1 the server %2 answered instead of %3: the network (often the hosting provider) redirects mail connections to its own server.</translation>
    </message>
    <message>
        <source>Port %1 answers, but encryption does not work there.</source>
        <translation>Port %1 answers, but encryption does not work there.</translation>
    </message>
    <message>
        <source>%1 answers, but not with HTTPS.</source>
        <translation>%1 answers, but not with HTTPS.</translation>
    </message>
    <message>
        <source>Something answers on port %1, but it is not an SMTP server.</source>
        <translation>Something answers on port %1, but it is not an SMTP server.</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>The name %1 could not be found.</translation>
    </message>
    <message>
        <source>Port %1 was not tested to the end.</source>
        <translation>Port %1 was not tested to the end.</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>usable</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>intercepted</source>
        <translation>intercepted</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS problem</translation>
    </message>
    <message>
        <source>not SMTP</source>
        <translation>not SMTP</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server on port %1 does not offer encryption (STARTTLS).</source>
        <translation>The server on port %1 does not offer encryption (STARTTLS).</translation>
    </message>
    <message>
        <source>Use an encrypted port</source>
        <translation>Use an encrypted port</translation>
    </message>
    <message>
        <source>Passwords must never travel in clear text: use a port that offers TLS.</source>
        <translation>Passwords must never travel in clear text: use a port that offers TLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>The certificate of %1 is not valid: %2</translation>
    </message>
    <message>
        <source>No answer to the connection within %1 s.</source>
        <translation>No answer to the connection within %1 s.</translation>
    </message>
    <message>
        <source>The encryption handshake did not finish within %1 s.</source>
        <translation>The encryption handshake did not finish within %1 s.</translation>
    </message>
    <message>
        <source>Connected, but no complete answer within %1 s.</source>
        <translation>Connected, but no complete answer within %1 s.</translation>
    </message>
    <message>
        <source>SSL/TLS from the start</source>
        <translation>SSL/TLS from the start</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Use port %1 with %2: it works from this network.</source>
        <translation>Use port %1 with %2: it works from this network.</translation>
    </message>
    <message>
        <source>Set the port</source>
        <translation>Set the port</translation>
    </message>
    <message>
        <source>Set Port to %1 and Encryption to %2.</source>
        <translation>Set Port to %1 and Encryption to %2.</translation>
    </message>
    <message>
        <source>The API host answers on HTTPS: this network can reach the mailer.</source>
        <translation>The API host answers on HTTPS: this network can reach the mailer.</translation>
    </message>
    <message>
        <source>The API host could not be reached over HTTPS from this network.</source>
        <translation>The API host could not be reached over HTTPS from this network.</translation>
    </message>
    <message>
        <source>Use a mailer that sends over HTTPS (port 443) instead of SMTP: %1.</source>
        <translation>Use a mailer that sends over HTTPS (port 443) instead of SMTP: %1.</translation>
    </message>
    <message>
        <source>Or ask your hosting provider for its own mail relay (SMTP server) and send through it.</source>
        <translation>Or ask your hosting provider for its own mail relay (SMTP server) and send through it.</translation>
    </message>
    <message>
        <source>Check the SMTP host name</source>
        <translation>Check the SMTP host name</translation>
    </message>
    <message>
        <source>Copy the host name exactly from your provider&apos;s instructions.</source>
        <translation>Copy the host name exactly from your provider&apos;s instructions.</translation>
    </message>
    <message>
        <source>This network redirects mail connections to another server: %1 cannot be reached directly.</source>
        <translation>This network redirects mail connections to another server: %1 cannot be reached directly.</translation>
    </message>
    <message>
        <source>Use your host&apos;s relay or an API mailer</source>
        <translation>Use your host&apos;s relay or an API mailer</translation>
    </message>
    <message>
        <source>Ask your hosting provider for its mail relay and use it as the SMTP server.</source>
        <translation>Ask your hosting provider for its mail relay and use it as the SMTP server.</translation>
    </message>
    <message>
        <source>This network blocks outgoing SMTP: none of the ports %1 on %2 could be reached.</source>
        <translation>This network blocks outgoing SMTP: none of the ports %1 on %2 could be reached.</translation>
    </message>
    <message>
        <source>The API host %1 answers on HTTPS: this mailer&apos;s API works from here.</source>
        <translation>The API host %1 answers on HTTPS: this mailer&apos;s API works from here.</translation>
    </message>
    <message>
        <source>Send over HTTPS instead</source>
        <translation>Send over HTTPS instead</translation>
    </message>
    <message>
        <source>No SMTP port on %1 works from this network; see each port for the reason.</source>
        <translation>No SMTP port on %1 works from this network; see each port for the reason.</translation>
    </message>
    <message>
        <source>Check the server name and its certificate</source>
        <translation>Check the server name and its certificate</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The mailer &quot;%1&quot; is not one Postino knows.</source>
        <translation>The mailer &quot;%1&quot; is not one Postino knows.</translation>
    </message>
    <message>
        <source>Choose a mailer from the list.</source>
        <translation>Choose a mailer from the list.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 must be a number from 1 to 65535.</source>
        <translation>%1 must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Common mail ports are 587, 465, 25 and 2525.</source>
        <translation>Common mail ports are 587, 465, 25 and 2525.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>&quot;%1&quot; is not a valid server name.</translation>
    </message>
    <message>
        <source>Enter a name such as smtp.example.com, without http:// or a port.</source>
        <translation>Enter a name such as smtp.example.com, without http:// or a port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot; is not a valid value for %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a valid %2.</source>
        <translation>&quot;%1&quot; does not look like a valid %2.</translation>
    </message>
    <message>
        <source>The From email address is required.</source>
        <translation>The From email address is required.</translation>
    </message>
    <message>
        <source>Use an address on your website&apos;s domain, such as hello@example.com.</source>
        <translation>Use an address on your website&apos;s domain, such as hello@example.com.</translation>
    </message>
    <message>
        <source>Check for typos: an address looks like name@example.com.</source>
        <translation>Check for typos: an address looks like name@example.com.</translation>
    </message>
    <message>
        <source>The From name cannot contain line breaks.</source>
        <translation>The From name cannot contain line breaks.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Postino; settings it does not know are kept as they are.</source>
        <translation>This profile was written by a newer Postino; settings it does not know are kept as they are.</translation>
    </message>
    <message>
        <source>The file contained a secret (%1); Postino ignored it. Enter it in the wizard so it is kept in the system keychain.</source>
        <translation>The file contained a secret (%1); Postino ignored it. Enter it in the wizard so it is kept in the system keychain.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Your saved settings could not be read</source>
        <translation>Your saved settings could not be read</translation>
    </message>
    <message>
        <source>Postino starts with empty settings; the unreadable file is kept and renamed with &quot;.broken&quot; when you next save, so nothing is lost.</source>
        <translation>Postino starts with empty settings; the unreadable file is kept and renamed with &quot;.broken&quot; when you next save, so nothing is lost.</translation>
    </message>
    <message>
        <source>If you have a copy of the profile elsewhere, import it from the Welcome page.</source>
        <translation>If you have a copy of the profile elsewhere, import it from the Welcome page.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file is %1 bytes long, far larger than a Postino profile can be.</source>
        <translation>The file is %1 bytes long, far larger than a Postino profile can be.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>The file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold a Postino profile.</source>
        <translation>The file does not hold a Postino profile.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Mailer</source>
        <translation>Mailer</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Postino %1</source>
        <translation>Postino %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Conversation with the server (seconds since start)</source>
        <translation>Conversation with the server (seconds since start)</translation>
    </message>
</context>
<context>
    <name>SmtpAdvice</name>
    <message>
        <source>If your host blocks mail ports, choose an API mailer (such as SendLayer, Brevo or Mailgun): it sends over HTTPS on port 443, which hosts leave open.</source>
        <translation>If your host blocks mail ports, choose an API mailer (such as SendLayer, Brevo or Mailgun): it sends over HTTPS on port 443, which hosts leave open.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2).</source>
        <translation>The server name %1 could not be found (%2).</translation>
    </message>
    <message>
        <source>Check the SMTP host name</source>
        <translation>Check the SMTP host name</translation>
    </message>
    <message>
        <source>Copy the host name exactly from your provider&apos;s instructions, for example smtp.example.com.</source>
        <translation>Copy the host name exactly from your provider&apos;s instructions, for example smtp.example.com.</translation>
    </message>
    <message>
        <source>Leave out any http://, slashes or port number.</source>
        <translation>Leave out any http://, slashes or port number.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing is listening there.</source>
        <translation>%1 refused the connection on port %2: nothing is listening there.</translation>
    </message>
    <message>
        <source>Check the port</source>
        <translation>Check the port</translation>
    </message>
    <message>
        <source>Your provider&apos;s instructions name the port: usually 587 with TLS, or 465 with SSL.</source>
        <translation>Your provider&apos;s instructions name the port: usually 587 with TLS, or 465 with SSL.</translation>
    </message>
    <message>
        <source>If the port is right, the server may be down; try again later.</source>
        <translation>If the port is right, the server may be down; try again later.</translation>
    </message>
    <message>
        <source>The server closed the connection before the conversation started.</source>
        <translation>The server closed the connection before the conversation started.</translation>
    </message>
    <message>
        <source>Check the encryption setting</source>
        <translation>Check the encryption setting</translation>
    </message>
    <message>
        <source>Port 465 expects SSL, port 587 expects TLS (STARTTLS): make sure the encryption matches the port.</source>
        <translation>Port 465 expects SSL, port 587 expects TLS (STARTTLS): make sure the encryption matches the port.</translation>
    </message>
    <message>
        <source>Some servers refuse connections from addresses on a blocklist; ask your provider whether your address is allowed.</source>
        <translation>Some servers refuse connections from addresses on a blocklist; ask your provider whether your address is allowed.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Send the test again; if it keeps happening, ask your provider why the server drops the connection.</source>
        <translation>Send the test again; if it keeps happening, ask your provider why the server drops the connection.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>A network error occurred: %1</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <source>Make sure this computer is online and no firewall or security software blocks port %1.</source>
        <translation>Make sure this computer is online and no firewall or security software blocks port %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>The server&apos;s certificate expired on %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>The server&apos;s certificate has expired</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator or your provider: the certificate must be renewed.</source>
        <translation>Tell the server&apos;s administrator or your provider: the certificate must be renewed.</translation>
    </message>
    <message>
        <source>Postino does not send passwords to a server it cannot verify.</source>
        <translation>Postino does not send passwords to a server it cannot verify.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>The server&apos;s certificate is for %1, not for %2.</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for</source>
        <translation>Use the host name the certificate was issued for</translation>
    </message>
    <message>
        <source>Many hosts want their own server name (for example mail.yourhost.com) rather than your domain: check your provider&apos;s instructions.</source>
        <translation>Many hosts want their own server name (for example mail.yourhost.com) rather than your domain: check your provider&apos;s instructions.</translation>
    </message>
    <message>
        <source>Postino does not send passwords to a server whose name does not match.</source>
        <translation>Postino does not send passwords to a server whose name does not match.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed.</source>
        <translation>The server&apos;s certificate is self-signed.</translation>
    </message>
    <message>
        <source>The server&apos;s identity cannot be verified</source>
        <translation>The server&apos;s identity cannot be verified</translation>
    </message>
    <message>
        <source>Use your provider&apos;s official host name, which usually has a valid certificate.</source>
        <translation>Use your provider&apos;s official host name, which usually has a valid certificate.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust.</source>
        <translation>The server&apos;s certificate was issued by an authority this computer does not trust.</translation>
    </message>
    <message>
        <source>Check that the host name is your provider&apos;s official one.</source>
        <translation>Check that the host name is your provider&apos;s official one.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>The secure connection could not be set up: %1</translation>
    </message>
    <message>
        <source>Old servers may only speak outdated TLS versions, which Postino refuses; ask your provider for a current server.</source>
        <translation>Old servers may only speak outdated TLS versions, which Postino refuses; ask your provider for a current server.</translation>
    </message>
    <message>
        <source>The port is probably blocked by a firewall</source>
        <translation>The port is probably blocked by a firewall</translation>
    </message>
    <message>
        <source>Check any firewall or security plugin on the server, and your own network.</source>
        <translation>Check any firewall or security plugin on the server, and your own network.</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <source>The server may be overloaded or slowing down connections on purpose; try again in a few minutes.</source>
        <translation>The server may be overloaded or slowing down connections on purpose; try again in a few minutes.</translation>
    </message>
    <message>
        <source>If it keeps happening, check the encryption setting matches the port.</source>
        <translation>If it keeps happening, check the encryption setting matches the port.</translation>
    </message>
    <message>
        <source>You asked for TLS, but %1 does not offer STARTTLS. Postino stopped before sending your password.</source>
        <translation>You asked for TLS, but %1 does not offer STARTTLS. Postino stopped before sending your password.</translation>
    </message>
    <message>
        <source>The connection cannot be secured</source>
        <translation>The connection cannot be secured</translation>
    </message>
    <message>
        <source>If the port is 465, choose SSL instead of TLS.</source>
        <translation>If the port is 465, choose SSL instead of TLS.</translation>
    </message>
    <message>
        <source>Otherwise ask your provider for a port that supports TLS (usually 587).</source>
        <translation>Otherwise ask your provider for a port that supports TLS (usually 587).</translation>
    </message>
    <message>
        <source>Something on the network may be removing STARTTLS; try another network.</source>
        <translation>Something on the network may be removing STARTTLS; try another network.</translation>
    </message>
    <message>
        <source>Many servers only offer login on an encrypted connection: choose TLS (port 587) or SSL (port 465).</source>
        <translation>Many servers only offer login on an encrypted connection: choose TLS (port 587) or SSL (port 465).</translation>
    </message>
    <message>
        <source>If this server does not need a login (for example your host&apos;s own relay), turn Authentication off.</source>
        <translation>If this server does not need a login (for example your host&apos;s own relay), turn Authentication off.</translation>
    </message>
    <message>
        <source>The server does not offer a way to log in on this connection.</source>
        <translation>The server does not offer a way to log in on this connection.</translation>
    </message>
    <message>
        <source>Login is not available here</source>
        <translation>Login is not available here</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so Postino did not send your password.</source>
        <translation>The connection is not encrypted, so Postino did not send your password.</translation>
    </message>
    <message>
        <source>Use an encrypted connection</source>
        <translation>Use an encrypted connection</translation>
    </message>
    <message>
        <source>Choose TLS (port 587) or SSL (port 465).</source>
        <translation>Choose TLS (port 587) or SSL (port 465).</translation>
    </message>
    <message>
        <source>Only choose None if you trust every network between you and the server.</source>
        <translation>Only choose None if you trust every network between you and the server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not follow the SMTP protocol: %1</source>
        <translation>The server&apos;s answer did not follow the SMTP protocol: %1</translation>
    </message>
    <message>
        <source>Check that this is a mail server</source>
        <translation>Check that this is a mail server</translation>
    </message>
    <message>
        <source>Make sure the host and port are those of an SMTP server, not a web or IMAP server.</source>
        <translation>Make sure the host and port are those of an SMTP server, not a web or IMAP server.</translation>
    </message>
    <message>
        <source>The message is %1 bytes; the server accepts at most %2.</source>
        <translation>The message is %1 bytes; the server accepts at most %2.</translation>
    </message>
    <message>
        <source>Send a smaller message</source>
        <translation>Send a smaller message</translation>
    </message>
    <message>
        <source>Remove attachments or ask your provider about the limit.</source>
        <translation>Remove attachments or ask your provider about the limit.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>The server answered: %1</translation>
    </message>
    <message>
        <source>The server is busy or closing the connection</source>
        <translation>The server is busy or closing the connection</translation>
    </message>
    <message>
        <source>Wait a few minutes and send the test again.</source>
        <translation>Wait a few minutes and send the test again.</translation>
    </message>
    <message>
        <source>If it persists, your server&apos;s address may be rate-limited or blocklisted; ask your provider.</source>
        <translation>If it persists, your server&apos;s address may be rate-limited or blocklisted; ask your provider.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>The server refused the connection</translation>
    </message>
    <message>
        <source>Your address may be blocked by this server; ask your provider.</source>
        <translation>Your address may be blocked by this server; ask your provider.</translation>
    </message>
    <message>
        <source>Try again later if the message mentions a temporary problem.</source>
        <translation>Try again later if the message mentions a temporary problem.</translation>
    </message>
    <message>
        <source>The server refused the greeting</source>
        <translation>The server refused the greeting</translation>
    </message>
    <message>
        <source>Ask your provider whether connections from your address are allowed.</source>
        <translation>Ask your provider whether connections from your address are allowed.</translation>
    </message>
    <message>
        <source>The server could not start TLS</source>
        <translation>The server could not start TLS</translation>
    </message>
    <message>
        <source>Try SSL on port 465 instead.</source>
        <translation>Try SSL on port 465 instead.</translation>
    </message>
    <message>
        <source>If the server&apos;s TLS is broken and you trust the network, turn Auto TLS off.</source>
        <translation>If the server&apos;s TLS is broken and you trust the network, turn Auto TLS off.</translation>
    </message>
    <message>
        <source>This account needs an app password</source>
        <translation>This account needs an app password</translation>
    </message>
    <message>
        <source>Turn on 2-step verification for the account, then create an app password.</source>
        <translation>Turn on 2-step verification for the account, then create an app password.</translation>
    </message>
    <message>
        <source>Enter the app password here instead of your normal password.</source>
        <translation>Enter the app password here instead of your normal password.</translation>
    </message>
    <message>
        <source>Login needs an encrypted connection</source>
        <translation>Login needs an encrypted connection</translation>
    </message>
    <message>
        <source>Login failed for a temporary reason</source>
        <translation>Login failed for a temporary reason</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>The username or password was not accepted</source>
        <translation>The username or password was not accepted</translation>
    </message>
    <message>
        <source>Check the username: it is often the full email address.</source>
        <translation>Check the username: it is often the full email address.</translation>
    </message>
    <message>
        <source>Type the password again; copying can add spaces.</source>
        <translation>Type the password again; copying can add spaces.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and Yahoo accounts with 2-step verification need an app password.</source>
        <translation>Gmail, Outlook and Yahoo accounts with 2-step verification need an app password.</translation>
    </message>
    <message>
        <source>Some providers lock an account after several failures; check its security page.</source>
        <translation>Some providers lock an account after several failures; check its security page.</translation>
    </message>
    <message>
        <source>The server wants a login before sending</source>
        <translation>The server wants a login before sending</translation>
    </message>
    <message>
        <source>Turn Authentication on and enter your username and password.</source>
        <translation>Turn Authentication on and enter your username and password.</translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation>The server refused the From address</translation>
    </message>
    <message>
        <source>Use a From address the account may send as: usually its own address or one on a domain you verified with the provider.</source>
        <translation>Use a From address the account may send as: usually its own address or one on a domain you verified with the provider.</translation>
    </message>
    <message>
        <source>The server will not relay mail for you</source>
        <translation>The server will not relay mail for you</translation>
    </message>
    <message>
        <source>Turn Authentication on and enter the account&apos;s username and password: servers only pass mail on for users who log in.</source>
        <translation>Turn Authentication on and enter the account&apos;s username and password: servers only pass mail on for users who log in.</translation>
    </message>
    <message>
        <source>If you already log in, the account may not be allowed to send from this address; check the From email.</source>
        <translation>If you already log in, the account may not be allowed to send from this address; check the From email.</translation>
    </message>
    <message>
        <source>The server refused the recipient</source>
        <translation>The server refused the recipient</translation>
    </message>
    <message>
        <source>Check the test recipient&apos;s address for typos.</source>
        <translation>Check the test recipient&apos;s address for typos.</translation>
    </message>
    <message>
        <source>If the message mentions a limit, you may have hit a sending quota.</source>
        <translation>If the message mentions a limit, you may have hit a sending quota.</translation>
    </message>
    <message>
        <source>The message is too large for this server</source>
        <translation>The message is too large for this server</translation>
    </message>
    <message>
        <source>Ask your provider about its size limit.</source>
        <translation>Ask your provider about its size limit.</translation>
    </message>
    <message>
        <source>The server refused the message by policy</source>
        <translation>The server refused the message by policy</translation>
    </message>
    <message>
        <source>Check that the From address belongs to your account or a verified domain.</source>
        <translation>Check that the From address belongs to your account or a verified domain.</translation>
    </message>
    <message>
        <source>The message may have been taken for spam; read the server&apos;s answer above.</source>
        <translation>The message may have been taken for spam; read the server&apos;s answer above.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>The server refused the message</translation>
    </message>
    <message>
        <source>Read the server&apos;s answer above; if it mentions a limit, wait and try again.</source>
        <translation>Read the server&apos;s answer above; if it mentions a limit, wait and try again.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Temporary failure</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unexpected answer</translation>
    </message>
    <message>
        <source>Read the server&apos;s answer above and check your settings.</source>
        <translation>Read the server&apos;s answer above and check your settings.</translation>
    </message>
    <message>
        <source>The server accepted the test email for delivery.</source>
        <translation>The server accepted the test email for delivery.</translation>
    </message>
    <message>
        <source>Its queue id is %1.</source>
        <translation>Its queue id is %1.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s inbox</source>
        <translation>Check the recipient&apos;s inbox</translation>
    </message>
    <message>
        <source>The message should arrive within a few minutes; look in the spam folder too.</source>
        <translation>The message should arrive within a few minutes; look in the spam folder too.</translation>
    </message>
    <message>
        <source>If it does not arrive, check the From domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>If it does not arrive, check the From domain&apos;s SPF, DKIM and DMARC records.</translation>
    </message>
    <message>
        <source>Connected securely and logged in; nothing was sent.</source>
        <translation>Connected securely and logged in; nothing was sent.</translation>
    </message>
    <message>
        <source>Connected; login is turned off, so no password was checked.</source>
        <translation>Connected; login is turned off, so no password was checked.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1.</source>
        <translation>Certificate fingerprint (SHA-256): %1.</translation>
    </message>
    <message>
        <source>Only if the server&apos;s administrator confirms this exact fingerprint, choose &quot;Trust this certificate&quot; for this server.</source>
        <translation>Only if the server&apos;s administrator confirms this exact fingerprint, choose &quot;Trust this certificate&quot; for this server.</translation>
    </message>
    <message>
        <source>Postino spoke TLS from the first byte, but the server on port %1 answered in plain text (%2).</source>
        <translation>Postino spoke TLS from the first byte, but the server on port %1 answered in plain text (%2).</translation>
    </message>
    <message>
        <source>The encryption does not match the port</source>
        <translation>The encryption does not match the port</translation>
    </message>
    <message>
        <source>SSL (TLS from the start) belongs on port 465; for ports 587, 25 and 2525 choose TLS (STARTTLS).</source>
        <translation>SSL (TLS from the start) belongs on port 465; for ports 587, 25 and 2525 choose TLS (STARTTLS).</translation>
    </message>
    <message>
        <source>Check your provider&apos;s instructions for the right pair of port and encryption.</source>
        <translation>Check your provider&apos;s instructions for the right pair of port and encryption.</translation>
    </message>
    <message>
        <source>Port %1 expects SSL</source>
        <translation>Port %1 expects SSL</translation>
    </message>
    <message>
        <source>Set the encryption to SSL for port %1.</source>
        <translation>Set the encryption to SSL for port %1.</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>The server is not answering</translation>
    </message>
    <message>
        <source>The server may be overloaded or deliberately slow with new connections; try again in a few minutes.</source>
        <translation>The server may be overloaded or deliberately slow with new connections; try again in a few minutes.</translation>
    </message>
    <message>
        <source>If the port is 465, choose SSL; if it is 587 or 25, choose TLS.</source>
        <translation>If the port is 465, choose SSL; if it is 587 or 25, choose TLS.</translation>
    </message>
    <message>
        <source>Some firewalls accept connections and then block the traffic; try another port your provider offers.</source>
        <translation>Some firewalls accept connections and then block the traffic; try another port your provider offers.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its website first</source>
        <translation>The provider wants you to sign in through its website first</translation>
    </message>
    <message>
        <source>Sign in to the account in a web browser and confirm any security prompt.</source>
        <translation>Sign in to the account in a web browser and confirm any security prompt.</translation>
    </message>
    <message>
        <source>Then create an app password and use it here.</source>
        <translation>Then create an app password and use it here.</translation>
    </message>
    <message>
        <source>Login over SMTP is turned off for this account</source>
        <translation>Login over SMTP is turned off for this account</translation>
    </message>
    <message>
        <source>Or choose the Microsoft 365 / Outlook mailer, which signs in without SMTP login.</source>
        <translation>Or choose the Microsoft 365 / Outlook mailer, which signs in without SMTP login.</translation>
    </message>
    <message>
        <source>The server does not accept this way of logging in</source>
        <translation>The server does not accept this way of logging in</translation>
    </message>
    <message>
        <source>If the server relays by address instead of by login, turn Authentication off.</source>
        <translation>If the server relays by address instead of by login, turn Authentication off.</translation>
    </message>
    <message>
        <source>Otherwise ask your provider which login methods its SMTP server supports.</source>
        <translation>Otherwise ask your provider which login methods its SMTP server supports.</translation>
    </message>
    <message>
        <source>This account may not send as the From address</source>
        <translation>This account may not send as the From address</translation>
    </message>
    <message>
        <source>Use the account&apos;s own address as the From email.</source>
        <translation>Use the account&apos;s own address as the From email.</translation>
    </message>
    <message>
        <source>Or have the administrator grant &quot;Send As&quot; permission for the From address.</source>
        <translation>Or have the administrator grant &quot;Send As&quot; permission for the From address.</translation>
    </message>
    <message>
        <source>The account has reached its sending limit</source>
        <translation>The account has reached its sending limit</translation>
    </message>
    <message>
        <source>Wait until the limit resets (usually 24 hours).</source>
        <translation>Wait until the limit resets (usually 24 hours).</translation>
    </message>
    <message>
        <source>For a website, a transactional mail service has far higher limits than a mailbox.</source>
        <translation>For a website, a transactional mail service has far higher limits than a mailbox.</translation>
    </message>
    <message>
        <source>The server offers login only by %1, which Postino cannot use here (it knows %2).</source>
        <translation>The server offers login only by %1, which Postino cannot use here (it knows %2).</translation>
    </message>
    <message>
        <source>No common way to log in</source>
        <translation>No common way to log in</translation>
    </message>
    <message>
        <source>Otherwise ask your provider for an SMTP server that accepts a password login.</source>
        <translation>Otherwise ask your provider for an SMTP server that accepts a password login.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, and the server does not support them (SMTPUTF8).</source>
        <translation>An address contains non-ASCII characters, and the server does not support them (SMTPUTF8).</translation>
    </message>
    <message>
        <source>Use a plain ASCII address</source>
        <translation>Use a plain ASCII address</translation>
    </message>
    <message>
        <source>Use an address without accented letters, or one in its ASCII (xn--) form.</source>
        <translation>Use an address without accented letters, or one in its ASCII (xn--) form.</translation>
    </message>
    <message>
        <source>Authentication is off, but the server offers a login: it probably expects one.</source>
        <translation>Authentication is off, but the server offers a login: it probably expects one.</translation>
    </message>
    <message>
        <source>Consider turning Authentication on</source>
        <translation>Consider turning Authentication on</translation>
    </message>
    <message>
        <source>Without a login, most servers refuse to pass mail on to other domains.</source>
        <translation>Without a login, most servers refuse to pass mail on to other domains.</translation>
    </message>
    <message>
        <source>The server is extremely slow</source>
        <translation>The server is extremely slow</translation>
    </message>
    <message>
        <source>Some servers slow down connections from addresses they distrust; try again later.</source>
        <translation>Some servers slow down connections from addresses they distrust; try again later.</translation>
    </message>
    <message>
        <source>If it keeps happening, ask your provider whether your server&apos;s address is blocklisted.</source>
        <translation>If it keeps happening, ask your provider whether your server&apos;s address is blocklisted.</translation>
    </message>
    <message>
        <source>You connected to %1, but the server introduced itself as %2.</source>
        <translation>You connected to %1, but the server introduced itself as %2.</translation>
    </message>
    <message>
        <source>Something may be answering in the server&apos;s place</source>
        <translation>Something may be answering in the server&apos;s place</translation>
    </message>
    <message>
        <source>Antivirus software or your network provider may be intercepting mail traffic; if sending fails, try port 465 with SSL or another network.</source>
        <translation>Antivirus software or your network provider may be intercepting mail traffic; if sending fails, try port 465 with SSL or another network.</translation>
    </message>
    <message>
        <source>Many providers name their servers differently from their website: if this name belongs to your provider, all is well.</source>
        <translation>Many providers name their servers differently from their website: if this name belongs to your provider, all is well.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 on port %2 within %n second(s).</source>
        <translation>
            <numerusform>No answer from %1 on port %2 within %n second.</numerusform>
            <numerusform>No answer from %1 on port %2 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the server said nothing for %n second(s): it is waiting for TLS.</source>
        <translation>
            <numerusform>Connected, but the server said nothing for %n second: it is waiting for TLS.</numerusform>
            <numerusform>Connected, but the server said nothing for %n seconds: it is waiting for TLS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the server sent no greeting within %n second(s).</source>
        <translation>
            <numerusform>Connected, but the server sent no greeting within %n second.</numerusform>
            <numerusform>Connected, but the server sent no greeting within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering while %1 (waited %n second(s)).</source>
        <translation>
            <numerusform>The server stopped answering while %1 (waited %n second).</numerusform>
            <numerusform>The server stopped answering while %1 (waited %n seconds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server started its greeting but did not finish it within %n second(s).</source>
        <translation>
            <numerusform>The server started its greeting but did not finish it within %n second.</numerusform>
            <numerusform>The server started its greeting but did not finish it within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the account&apos;s own address as the From email, or an alias the provider lets it use.</source>
        <translation>Use the account&apos;s own address as the From email, or an alias the provider lets it use.</translation>
    </message>
    <message>
        <source>If the address is on your own domain, add the domain to the account at your provider.</source>
        <translation>If the address is on your own domain, add the domain to the account at your provider.</translation>
    </message>
    <message>
        <source>The message failed the receiver&apos;s authentication checks</source>
        <translation>The message failed the receiver&apos;s authentication checks</translation>
    </message>
    <message>
        <source>Your domain&apos;s SPF or DKIM records do not cover this server: add the records your provider lists.</source>
        <translation>Your domain&apos;s SPF or DKIM records do not cover this server: add the records your provider lists.</translation>
    </message>
    <message>
        <source>Check that the From address is on the domain those records belong to.</source>
        <translation>Check that the From address is on the domain those records belong to.</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, turn on &quot;Authenticated SMTP&quot; for this mailbox (and for the organization, if it is off there).</source>
        <translation>In the Microsoft 365 admin center, turn on &quot;Authenticated SMTP&quot; for this mailbox (and for the organization, if it is off there).</translation>
    </message>
    <message>
        <source>The From address is not one this account owns</source>
        <translation>The From address is not one this account owns</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly while %1.</source>
        <translation>The server closed the connection unexpectedly while %1.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to install a certificate from a recognized authority.</source>
        <translation>Ask the server&apos;s administrator to install a certificate from a recognized authority.</translation>
    </message>
    <message>
        <source>If this is your own server, install a certificate from a recognized authority.</source>
        <translation>If this is your own server, install a certificate from a recognized authority.</translation>
    </message>
    <message>
        <source>Hosting companies often block some mail ports: try the other ports your provider offers (587, 465 or 2525).</source>
        <translation>Hosting companies often block some mail ports: try the other ports your provider offers (587, 465 or 2525).</translation>
    </message>
</context>
<context>
    <name>SmtpCheck</name>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <source>Trying the other usual ports at the same time…</source>
        <translation>Trying the other usual ports at the same time…</translation>
    </message>
    <message>
        <source>port %1 with %2</source>
        <translation>port %1 with %2</translation>
    </message>
    <message>
        <source>Port %1 does not work from here, but %2 answers.</source>
        <translation>Port %1 does not work from here, but %2 answers.</translation>
    </message>
    <message>
        <source>Switch to a port that works</source>
        <translation>Switch to a port that works</translation>
    </message>
    <message>
        <source>Set the port to %1 and the encryption to %2, then check again.</source>
        <translation>Set the port to %1 and the encryption to %2, then check again.</translation>
    </message>
    <message>
        <source>Your web server&apos;s host may block different ports: run the same check there with postino-cli.</source>
        <translation>Your web server&apos;s host may block different ports: run the same check there with postino-cli.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Postino test email: sending through %1 works</source>
        <translation>Postino test email: sending through %1 works</translation>
    </message>
    <message>
        <source>Hello,

This is a test email sent by Postino to check that your website can send email through %1.
If you are reading it, the message left the server and reached this mailbox.

Sent: %2
From: %3
Server: %4
Test run: %5

You do not need to reply.
</source>
        <translation>Hello,

This is a test email sent by Postino to check that your website can send email through %1.
If you are reading it, the message left the server and reached this mailbox.

Sent: %2
From: %3
Server: %4
Test run: %5

You do not need to reply.
</translation>
    </message>
</context>
<context>
    <name>postino::ChecksPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Can this computer reach your mail service?</source>
        <translation>Can this computer reach your mail service?</translation>
    </message>
    <message>
        <source>Checking your domain&apos;s SPF, DKIM and DMARC records is not available in this version yet. The test email on the next page shows whether sending works.</source>
        <translation>Checking your domain&apos;s SPF, DKIM and DMARC records is not available in this version yet. The test email on the next page shows whether sending works.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Ports tested</source>
        <translation>Ports tested</translation>
    </message>
    <message>
        <source>%1 is reached through its own sign-in; there is no server to test from here.</source>
        <translation>%1 is reached through its own sign-in; there is no server to test from here.</translation>
    </message>
    <message>
        <source>Testing HTTPS to %1…</source>
        <translation>Testing HTTPS to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Testing every mail port of %1 at once; this takes at most %n second(s).</source>
        <translation>
            <numerusform>Testing every mail port of %1 at once; this takes at most %n second.</numerusform>
            <numerusform>Testing every mail port of %1 at once; this takes at most %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>testing…</translation>
    </message>
    <message numerus="yes">
        <source>Tested %n port(s) in %1 seconds.</source>
        <translation>
            <numerusform>Tested %n port in %1 seconds.</numerusform>
            <numerusform>Tested %n ports in %1 seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use port %1</source>
        <translation>&amp;Use port %1</translation>
    </message>
    <message>
        <source>The mailer now uses port %1.</source>
        <translation>The mailer now uses port %1.</translation>
    </message>
</context>
<context>
    <name>postino::ChooseMailerPage</name>
    <message>
        <source>Choose how your website sends email</source>
        <translation>Choose how your website sends email</translation>
    </message>
    <message>
        <source>Services marked &quot;API&quot; send over HTTPS (port 443) and keep working where hosts block mail ports. &quot;SMTP&quot; means a mail server login you already have.</source>
        <translation>Services marked &quot;API&quot; send over HTTPS (port 443) and keep working where hosts block mail ports. &quot;SMTP&quot; means a mail server login you already have.</translation>
    </message>
    <message>
        <source>Mailers</source>
        <translation>Mailers</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>In this version Postino saves this mailer&apos;s settings; sending its test email is coming in a later version.</source>
        <translation>In this version Postino saves this mailer&apos;s settings; sending its test email is coming in a later version.</translation>
    </message>
</context>
<context>
    <name>postino::CliRunner</name>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Read settings from a Postino profile.</source>
        <translation>Read settings from a Postino profile.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The mailer id (see &quot;mailers&quot;).</source>
        <translation>The mailer id (see &quot;mailers&quot;).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>SMTP server host name.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>SMTP server port.</source>
        <translation>SMTP server port.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>none, ssl or tls (STARTTLS).</source>
        <translation>none, ssl or tls (STARTTLS).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>With --encryption none, do not upgrade with STARTTLS.</source>
        <translation>With --encryption none, do not upgrade with STARTTLS.</translation>
    </message>
    <message>
        <source>SMTP username.</source>
        <translation>SMTP username.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Do not log in.</source>
        <translation>Do not log in.</translation>
    </message>
    <message>
        <source>From email address.</source>
        <translation>From email address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>From name.</source>
        <translation>From name.</translation>
    </message>
    <message>
        <source>Test recipient (default: the From address).</source>
        <translation>Test recipient (default: the From address).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Also trust the CA certificates in this PEM file.</translation>
    </message>
    <message>
        <source>Read NAME=VALUE secrets from a file only you can read (chmod 600).</source>
        <translation>Read NAME=VALUE secrets from a file only you can read (chmod 600).</translation>
    </message>
    <message>
        <source>Seconds to wait for each step.</source>
        <translation>Seconds to wait for each step.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Language of the output (en, it).</source>
        <translation>Language of the output (en, it).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Print the SMTP conversation as it happens.</source>
        <translation>Print the SMTP conversation as it happens.</translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>The profile %1 does not exist.</translation>
    </message>
    <message>
        <source>Unknown mailer &quot;%1&quot;. Run &quot;postino-cli mailers&quot; for the list.</source>
        <translation>Unknown mailer &quot;%1&quot;. Run &quot;postino-cli mailers&quot; for the list.</translation>
    </message>
    <message>
        <source>--encryption must be none, ssl or tls.</source>
        <translation>--encryption must be none, ssl or tls.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>No PEM certificate could be read from %1.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout must be a positive number of seconds.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;postino-cli --help&quot;.</source>
        <translation>Unknown command &quot;%1&quot;. Run &quot;postino-cli --help&quot;.</translation>
    </message>
    <message>
        <source>The profile&apos;s settings are complete.</source>
        <translation>The profile&apos;s settings are complete.</translation>
    </message>
    <message>
        <source>No password given: set POSTINO_PASSWORD or use --secrets-file, or pass --no-auth.</source>
        <translation>No password given: set POSTINO_PASSWORD or use --secrets-file, or pass --no-auth.</translation>
    </message>
    <message>
        <source>Postino report</source>
        <translation>Postino report</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Could not save the report to %1: %2</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>Also save a report for your host&apos;s support (.html or .txt).</source>
        <translation>Also save a report for your host&apos;s support (.html or .txt).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, even though it cannot be verified.</source>
        <translation>Trust the server certificate with this SHA-256 fingerprint, even though it cannot be verified.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--trust-cert takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--trust-cert takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Set one of the mailer&apos;s settings, e.g. --set domain=mg.example.com --set region=EU (repeatable; not for secrets).</source>
        <translation>Set one of the mailer&apos;s settings, e.g. --set domain=mg.example.com --set region=EU (repeatable; not for secrets).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Send API requests to this HTTPS server instead of the provider&apos;s (for testing against a local server).</source>
        <translation>Send API requests to this HTTPS server instead of the provider&apos;s (for testing against a local server).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony or profile.</source>
        <translation>Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony or profile.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Put passwords and keys into the export (the file is made readable only by you).</source>
        <translation>Put passwords and keys into the export (the file is made readable only by you).</translation>
    </message>
    <message>
        <source>Write the export to this file.</source>
        <translation>Write the export to this file.</translation>
    </message>
    <message>
        <source>--set %1: %2 has no setting of that name.</source>
        <translation>--set %1: %2 has no setting of that name.</translation>
    </message>
    <message>
        <source>--set %1: secrets never go on the command line; use %2 or --secrets-file.</source>
        <translation>--set %1: secrets never go on the command line; use %2 or --secrets-file.</translation>
    </message>
    <message>
        <source>--api-base must be an https:// URL.</source>
        <translation>--api-base must be an https:// URL.</translation>
    </message>
    <message>
        <source>--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, profile.</source>
        <translation>--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, profile.</translation>
    </message>
    <message>
        <source>Note: %1 will contain passwords or keys; it is made readable only by you.</source>
        <translation>Note: %1 will contain passwords or keys; it is made readable only by you.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Then run: %1</source>
        <translation>Then run: %1</translation>
    </message>
    <message>
        <source>Replace the placeholders for: %1</source>
        <translation>Replace the placeholders for: %1</translation>
    </message>
    <message>
        <source>Usage: postino-cli import FILE</source>
        <translation>Usage: postino-cli import FILE</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Could not save the profile: %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Imported from %1: %2.</translation>
    </message>
    <message>
        <source>Secrets are never stored in a profile</source>
        <translation>Secrets are never stored in a profile</translation>
    </message>
    <message>
        <source>Set %1 (or use --secrets-file) when you send or check.</source>
        <translation>Set %1 (or use --secrets-file) when you send or check.</translation>
    </message>
    <message>
        <source>%1 signs in with OAuth; there is no key to check here.</source>
        <translation>%1 signs in with OAuth; there is no key to check here.</translation>
    </message>
    <message>
        <source>No %1 given: set %2 or use --secrets-file.</source>
        <translation>No %1 given: set %2 or use --secrets-file.</translation>
    </message>
    <message>
        <source>Postino checks and tests a website&apos;s email sending from the command line.

Commands:
  mailers            list the mailers Postino knows
  validate           check a profile&apos;s settings
  smtp check         connect, secure and log in to an SMTP server without sending
  smtp send          send a test email through an SMTP server
  send               send a test email through the profile&apos;s mailer
  check-credentials  check the mailer&apos;s key or login without sending
  export             write the configuration for your server (--format)
  import FILE        take over settings from wp-config.php, a plugin export or a profile
  probe              test which mail ports this network can reach (--mailer, --host)

Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),
POSTINO_API_KEY, or POSTINO_SECRET_&lt;MAILER&gt;_&lt;FIELD&gt;, or use --secrets-file.</source>
        <translation>Postino checks and tests a website&apos;s email sending from the command line.

Commands:
  mailers            list the mailers Postino knows
  validate           check a profile&apos;s settings
  smtp check         connect, secure and log in to an SMTP server without sending
  smtp send          send a test email through an SMTP server
  send               send a test email through the profile&apos;s mailer
  check-credentials  check the mailer&apos;s key or login without sending
  export             write the configuration for your server (--format)
  import FILE        take over settings from wp-config.php, a plugin export or a profile
  probe              test which mail ports this network can reach (--mailer, --host)

Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),
POSTINO_API_KEY, or POSTINO_SECRET_&lt;MAILER&gt;_&lt;FIELD&gt;, or use --secrets-file.</translation>
    </message>
    <message>
        <source>Nothing to probe: give the SMTP server with --host, or a mailer with --mailer.</source>
        <translation>Nothing to probe: give the SMTP server with --host, or a mailer with --mailer.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>probe: write a PHP probe script into this folder, for a web server without a shell.</source>
        <translation>probe: write a PHP probe script into this folder, for a web server without a shell.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>probe: read the result the PHP probe script printed.</source>
        <translation>probe: read the result the PHP probe script printed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Upload %1 to your website, open its address once in a browser, and save what it prints; then run: postino-cli probe --php-result FILE. The script deletes itself after that run.</source>
        <translation>Upload %1 to your website, open its address once in a browser, and save what it prints; then run: postino-cli probe --php-result FILE. The script deletes itself after that run.</translation>
    </message>
</context>
<context>
    <name>postino::ConfigurePage</name>
    <message>
        <source>Check &amp;credentials</source>
        <translation>Check &amp;credentials</translation>
    </message>
    <message>
        <source>Connects and logs in without sending anything.</source>
        <translation>Connects and logs in without sending anything.</translation>
    </message>
    <message>
        <source>Configure %1</source>
        <translation>Configure %1</translation>
    </message>
    <message>
        <source>Where do I find these details? &lt;a href=&quot;%1&quot;&gt;Open %2&lt;/a&gt;</source>
        <translation>Where do I find these details? &lt;a href=&quot;%1&quot;&gt;Open %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>To continue, fill in: %1.</source>
        <translation>To continue, fill in: %1.</translation>
    </message>
    <message>
        <source>Correct the highlighted fields to continue.</source>
        <translation>Correct the highlighted fields to continue.</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords and keys are kept only while Postino is open. You will need to enter them again next time.</source>
        <translation>No system keychain is available, so passwords and keys are kept only while Postino is open. You will need to enter them again next time.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
</context>
<context>
    <name>postino::ExportPage</name>
    <message>
        <source>Include &amp;passwords and keys</source>
        <translation>Include &amp;passwords and keys</translation>
    </message>
    <message>
        <source>&amp;Insert into wp-config.php…</source>
        <translation>&amp;Insert into wp-config.php…</translation>
    </message>
    <message>
        <source>Put the configuration on your server</source>
        <translation>Put the configuration on your server</translation>
    </message>
    <message>
        <source>WordPress: wp-config.php constants (WP Mail SMTP)</source>
        <translation>WordPress: wp-config.php constants (WP Mail SMTP)</translation>
    </message>
    <message>
        <source>WordPress: WP Mail SMTP settings for wp-cli</source>
        <translation>WordPress: WP Mail SMTP settings for wp-cli</translation>
    </message>
    <message>
        <source>msmtp, for PHP&apos;s sendmail_path</source>
        <translation>msmtp, for PHP&apos;s sendmail_path</translation>
    </message>
    <message>
        <source>Postfix relay host</source>
        <translation>Postfix relay host</translation>
    </message>
    <message>
        <source>Laravel .env</source>
        <translation>Laravel .env</translation>
    </message>
    <message>
        <source>Symfony .env (MAILER_DSN)</source>
        <translation>Symfony .env (MAILER_DSN)</translation>
    </message>
    <message>
        <source>Postino profile (no passwords)</source>
        <translation>Postino profile (no passwords)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Your settings for %1 are saved in %2. Pick where they should go on your server.</source>
        <translation>Your settings for %1 are saved in %2. Pick where they should go on your server.</translation>
    </message>
    <message>
        <source>Then run: %1</source>
        <translation>Then run: %1</translation>
    </message>
    <message>
        <source>This text contains your passwords or keys. Files are saved readable only by you; do not paste it where others can read it.</source>
        <translation>This text contains your passwords or keys. Files are saved readable only by you; do not paste it where others can read it.</translation>
    </message>
    <message>
        <source>Replace the placeholders for %1 with the real values on the server, or include them above.</source>
        <translation>Replace the placeholders for %1 with the real values on the server, or include them above.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Save configuration</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you.</source>
        <translation>Saved to %1, readable only by you.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s wp-config.php</source>
        <translation>Choose the site&apos;s wp-config.php</translation>
    </message>
    <message>
        <source>WordPress configuration (wp-config.php);;PHP files (*.php)</source>
        <translation>WordPress configuration (wp-config.php);;PHP files (*.php)</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 was not changed.</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Could not change %1: %2</translation>
    </message>
    <message>
        <source>The settings are in %1. The original is kept as %2.</source>
        <translation>The settings are in %1. The original is kept as %2.</translation>
    </message>
</context>
<context>
    <name>postino::FeaturesPage</name>
    <message>
        <source>What your website should keep track of</source>
        <translation>What your website should keep track of</translation>
    </message>
    <message>
        <source>These settings travel with the configuration you export to your server.</source>
        <translation>These settings travel with the configuration you export to your server.</translation>
    </message>
    <message>
        <source>Email &amp;logs</source>
        <translation>Email &amp;logs</translation>
    </message>
    <message>
        <source>Keep a record of every email the site sends, to see what went out and when.</source>
        <translation>Keep a record of every email the site sends, to see what went out and when.</translation>
    </message>
    <message>
        <source>&amp;Error tracking</source>
        <translation>&amp;Error tracking</translation>
    </message>
    <message>
        <source>Remember failed emails and why they failed, so problems do not go unnoticed.</source>
        <translation>Remember failed emails and why they failed, so problems do not go unnoticed.</translation>
    </message>
    <message>
        <source>&amp;Weekly summary</source>
        <translation>&amp;Weekly summary</translation>
    </message>
    <message>
        <source>A weekly email with how many messages were sent and how many failed.</source>
        <translation>A weekly email with how many messages were sent and how many failed.</translation>
    </message>
    <message>
        <source>Failure &amp;alerts</source>
        <translation>Failure &amp;alerts</translation>
    </message>
    <message>
        <source>Be told at once when an email fails to send. Channels (Slack, Discord, Teams, SMS, webhook, email) are set up on the server.</source>
        <translation>Be told at once when an email fails to send. Channels (Slack, Discord, Teams, SMS, webhook, email) are set up on the server.</translation>
    </message>
</context>
<context>
    <name>postino::PostinoWizard</name>
    <message>
        <source>Postino — email setup</source>
        <translation>Postino — email setup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Choose mailer</source>
        <translation>Choose mailer</translation>
    </message>
    <message>
        <source>Configure mailer</source>
        <translation>Configure mailer</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Test email</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>postino::SenderPage</name>
    <message>
        <source>Force From &amp;email</source>
        <translation>Force From &amp;email</translation>
    </message>
    <message>
        <source>Force From n&amp;ame</source>
        <translation>Force From n&amp;ame</translation>
    </message>
    <message>
        <source>Set the &amp;return path to the From email</source>
        <translation>Set the &amp;return path to the From email</translation>
    </message>
    <message>
        <source>Who your emails come from</source>
        <translation>Who your emails come from</translation>
    </message>
    <message>
        <source>Recipients see this name and address. Use an address on your website&apos;s own domain, so the domain&apos;s SPF, DKIM and DMARC records can vouch for it.</source>
        <translation>Recipients see this name and address. Use an address on your website&apos;s own domain, so the domain&apos;s SPF, DKIM and DMARC records can vouch for it.</translation>
    </message>
    <message>
        <source>hello@example.com</source>
        <translation>hello@example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s name</source>
        <translation>Your website&apos;s name</translation>
    </message>
    <message>
        <source>From e&amp;mail address:</source>
        <translation>From e&amp;mail address:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>From &amp;name:</translation>
    </message>
    <message>
        <source>Every email uses this address, even when another plugin asks for a different one. Recommended: mail services only accept addresses you verified.</source>
        <translation>Every email uses this address, even when another plugin asks for a different one. Recommended: mail services only accept addresses you verified.</translation>
    </message>
    <message>
        <source>Every email uses this name, even when a form or plugin sets its own.</source>
        <translation>Every email uses this name, even when a form or plugin sets its own.</translation>
    </message>
    <message>
        <source>Bounces (messages that could not be delivered) come back to the From address, so you notice them.</source>
        <translation>Bounces (messages that could not be delivered) come back to the From address, so you notice them.</translation>
    </message>
    <message>
        <source>Enter the From email address to continue.</source>
        <translation>Enter the From email address to continue.</translation>
    </message>
    <message>
        <source>Fix the From email address to continue.</source>
        <translation>Fix the From email address to continue.</translation>
    </message>
</context>
<context>
    <name>postino::SmtpClient</name>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>waiting for the greeting</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>starting TLS</translation>
    </message>
    <message>
        <source>setting up encryption</source>
        <translation>setting up encryption</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>logging in</translation>
    </message>
    <message>
        <source>starting the message (DATA)</source>
        <translation>starting the message (DATA)</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>sending the message</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>SSL/TLS from the start</source>
        <translation>SSL/TLS from the start</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)…</source>
        <translation>Connecting to %1 port %2 (%3)…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>a reply line longer than %1 bytes</source>
        <translation>a reply line longer than %1 bytes</translation>
    </message>
    <message>
        <source>the server sent data before encryption started</source>
        <translation>the server sent data before encryption started</translation>
    </message>
    <message>
        <source>an unexpected reply: %1</source>
        <translation>an unexpected reply: %1</translation>
    </message>
    <message>
        <source>(credentials hidden)</source>
        <translation>(credentials hidden)</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Logged in as %1 (%2).</translation>
    </message>
    <message>
        <source>(username, base64)</source>
        <translation>(username, base64)</translation>
    </message>
    <message>
        <source>(password hidden)</source>
        <translation>(password hidden)</translation>
    </message>
    <message>
        <source>(message: %1 bytes, ending with &quot;.&quot;)</source>
        <translation>(message: %1 bytes, ending with &quot;.&quot;)</translation>
    </message>
    <message>
        <source>Encrypted with %1, cipher %2.</source>
        <translation>Encrypted with %1, cipher %2.</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Certificate for %1, issued by %2, valid until %3.</translation>
    </message>
    <message>
        <source>The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).</source>
        <translation>The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation>The server rejected the token: %1</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(empty response)</translation>
    </message>
    <message numerus="yes">
        <source> …(incomplete, %n byte(s) so far)</source>
        <translation>
            <numerusform> …(incomplete, %n byte so far)</numerusform>
            <numerusform> …(incomplete, %n bytes so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>introducing Postino (EHLO)</source>
        <translation>introducing Postino (EHLO)</translation>
    </message>
    <message>
        <source>sending the sender address (MAIL FROM)</source>
        <translation>sending the sender address (MAIL FROM)</translation>
    </message>
    <message>
        <source>sending the recipient address (RCPT TO)</source>
        <translation>sending the recipient address (RCPT TO)</translation>
    </message>
    <message>
        <source>(message: %1 bytes)</source>
        <translation>(message: %1 bytes)</translation>
    </message>
</context>
<context>
    <name>postino::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>postino::TestEmailPage</name>
    <message>
        <source>&amp;Send test email</source>
        <translation>&amp;Send test email</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Send a test email</translation>
    </message>
    <message>
        <source>Postino sends a real email with your settings and shows the conversation with the server as it happens. Passwords are hidden.</source>
        <translation>Postino sends a real email with your settings and shows the conversation with the server as it happens. Passwords are hidden.</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>Conversation with the server</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>Sending a test email through %1 is not available in this version of Postino yet, so nothing will be sent. Your settings are kept and can be saved on the next page.</source>
        <translation>Sending a test email through %1 is not available in this version of Postino yet, so nothing will be sent. Your settings are kept and can be saved on the next page.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>It works: the test email was sent to %1.</source>
        <translation>It works: the test email was sent to %1.</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>The test email was not sent.</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>&amp;Copy conversation</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>A text or HTML file to send to your host&apos;s support. It contains no passwords.</source>
        <translation>A text or HTML file to send to your host&apos;s support. It contains no passwords.</translation>
    </message>
    <message>
        <source>Trust this certificate for this server (SHA-256 %1…)</source>
        <translation>Trust this certificate for this server (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>The conversation is on the clipboard.</source>
        <translation>The conversation is on the clipboard.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text file (*.txt)</source>
        <translation>Web page (*.html);;Text file (*.txt)</translation>
    </message>
    <message>
        <source>Postino test email report</source>
        <translation>Postino test email report</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no passwords.</source>
        <translation>Report saved to %1. It contains no passwords.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>This certificate is now trusted for this server. Send the test again.</source>
        <translation>This certificate is now trusted for this server. Send the test again.</translation>
    </message>
    <message>
        <source>The conversation with the server appears here when you send.</source>
        <translation>The conversation with the server appears here when you send.</translation>
    </message>
</context>
<context>
    <name>postino::TestEmailSender</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient address.</source>
        <translation>&quot;%1&quot; is not a valid recipient address.</translation>
    </message>
    <message>
        <source>Enter the address that should receive the test email.</source>
        <translation>Enter the address that should receive the test email.</translation>
    </message>
    <message>
        <source>Sending a test email through %1 is not available in this version of Postino yet.</source>
        <translation>Sending a test email through %1 is not available in this version of Postino yet.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nothing was sent</translation>
    </message>
    <message>
        <source>Your settings are saved and can be exported.</source>
        <translation>Your settings are saved and can be exported.</translation>
    </message>
    <message>
        <source>To test sending now, choose Other SMTP with your provider&apos;s SMTP details.</source>
        <translation>To test sending now, choose Other SMTP with your provider&apos;s SMTP details.</translation>
    </message>
</context>
<context>
    <name>postino::WelcomePage</name>
    <message>
        <source>Get your website&apos;s email working</source>
        <translation>Get your website&apos;s email working</translation>
    </message>
    <message>
        <source>Postino sets up how your website sends email — contact forms, order confirmations, password resets — and proves that it works by sending a real test email.</source>
        <translation>Postino sets up how your website sends email — contact forms, order confirmations, password resets — and proves that it works by sending a real test email.</translation>
    </message>
    <message>
        <source>Your passwords and keys are kept in your system&apos;s keychain, never in Postino&apos;s settings file.</source>
        <translation>Your passwords and keys are kept in your system&apos;s keychain, never in Postino&apos;s settings file.</translation>
    </message>
    <message>
        <source>Your earlier answers for %1 are filled in; press Next to review them.</source>
        <translation>Your earlier answers for %1 are filled in; press Next to review them.</translation>
    </message>
    <message>
        <source>In a few steps you will choose an email service, enter its details, pick the address your emails come from, check that this computer can reach the service, and send a test. At the end Postino saves the configuration so you can put it on your server.</source>
        <translation>In a few steps you will choose an email service, enter its details, pick the address your emails come from, check that this computer can reach the service, and send a test. At the end Postino saves the configuration so you can put it on your server.</translation>
    </message>
    <message>
        <source>&amp;Import existing settings…</source>
        <translation>&amp;Import existing settings…</translation>
    </message>
    <message>
        <source>From a wp-config.php, a WP Mail SMTP, Post SMTP, FluentSMTP, Easy WP SMTP, WP SMTP or SMTP Mailer settings export, or a Postino profile.</source>
        <translation>From a wp-config.php, a WP Mail SMTP, Post SMTP, FluentSMTP, Easy WP SMTP, WP SMTP or SMTP Mailer settings export, or a Postino profile.</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Import settings</translation>
    </message>
    <message>
        <source>Settings files (*.php *.json *.txt);;All files (*)</source>
        <translation>Settings files (*.php *.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1; your settings are unchanged.</source>
        <translation>Nothing was imported from %1; your settings are unchanged.</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Imported from %1: %2.</translation>
    </message>
    <message>
        <source>Enter these again on the Configure mailer page: %1.</source>
        <translation>Enter these again on the Configure mailer page: %1.</translation>
    </message>
</context>
</TS>
