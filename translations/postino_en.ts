<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Alerts</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>An email to up to three addresses.</source>
        <translation>An email to up to three addresses.</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Up to three addresses, separated by commas. Use an address that does not depend on this website&apos;s mail.</source>
        <translation>Up to three addresses, separated by commas. Use an address that does not depend on this website&apos;s mail.</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>A message in a Slack channel, through an incoming webhook.</source>
        <translation>A message in a Slack channel, through an incoming webhook.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>In Slack, add the Incoming Webhooks app to the channel and copy its webhook URL.</source>
        <translation>In Slack, add the Incoming Webhooks app to the channel and copy its webhook URL.</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>A message in a Discord channel, through a webhook.</source>
        <translation>A message in a Discord channel, through a webhook.</translation>
    </message>
    <message>
        <source>In Discord: channel settings, Integrations, Webhooks, New Webhook, Copy Webhook URL.</source>
        <translation>In Discord: channel settings, Integrations, Webhooks, New Webhook, Copy Webhook URL.</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>A card in a Teams channel, through a Workflows (Power Automate) URL or an incoming webhook.</source>
        <translation>A card in a Teams channel, through a Workflows (Power Automate) URL or an incoming webhook.</translation>
    </message>
    <message>
        <source>Workflow or webhook URL</source>
        <translation>Workflow or webhook URL</translation>
    </message>
    <message>
        <source>In Teams, add the workflow &quot;Post to a channel when a webhook request is received&quot; and copy its URL.</source>
        <translation>In Teams, add the workflow &quot;Post to a channel when a webhook request is received&quot; and copy its URL.</translation>
    </message>
    <message>
        <source>Twilio SMS</source>
        <translation>Twilio SMS</translation>
    </message>
    <message>
        <source>A text message to a phone, sent by Twilio.</source>
        <translation>A text message to a phone, sent by Twilio.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>On the front page of your Twilio Console.</source>
        <translation>On the front page of your Twilio Console.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <source>Next to the Account SID in the Twilio Console.</source>
        <translation>Next to the Account SID in the Twilio Console.</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>From number</translation>
    </message>
    <message>
        <source>A Twilio number of your account that can send SMS, in international format.</source>
        <translation>A Twilio number of your account that can send SMS, in international format.</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>To number</translation>
    </message>
    <message>
        <source>Your mobile number in international format: +, country code, number.</source>
        <translation>Your mobile number in international format: +, country code, number.</translation>
    </message>
    <message>
        <source>Custom webhook</source>
        <translation>Custom webhook</translation>
    </message>
    <message>
        <source>A JSON POST to an address of your own, for your monitoring or scripts.</source>
        <translation>A JSON POST to an address of your own, for your monitoring or scripts.</translation>
    </message>
    <message>
        <source>Postino sends a JSON object describing the failure; any 2xx answer counts as received.</source>
        <translation>Postino sends a JSON object describing the failure; any 2xx answer counts as received.</translation>
    </message>
    <message>
        <source>ntfy push</source>
        <translation>ntfy push</translation>
    </message>
    <message>
        <source>A push notification on your phone through ntfy (ntfy.sh or your own server).</source>
        <translation>A push notification on your phone through ntfy (ntfy.sh or your own server).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leave as it is for ntfy.sh.</source>
        <translation>Leave as it is for ntfy.sh.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Subscribe to this topic in the ntfy app. On ntfy.sh anyone who guesses it can read it: pick something hard to guess.</source>
        <translation>Subscribe to this topic in the ntfy app. On ntfy.sh anyone who guesses it can read it: pick something hard to guess.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Only for a protected topic.</source>
        <translation>Only for a protected topic.</translation>
    </message>
    <message>
        <source>Pushover</source>
        <translation>Pushover</translation>
    </message>
    <message>
        <source>A push notification on your phone through Pushover.</source>
        <translation>A push notification on your phone through Pushover.</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>User key</translation>
    </message>
    <message>
        <source>At the top of your Pushover dashboard.</source>
        <translation>At the top of your Pushover dashboard.</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Application token</translation>
    </message>
    <message>
        <source>Create an application in Pushover and copy its API token.</source>
        <translation>Create an application in Pushover and copy its API token.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of alert Postino knows.</source>
        <translation>&quot;%1&quot; is not a kind of alert Postino knows.</translation>
    </message>
    <message>
        <source>Choose one of: email, slack, discord, teams, twilio, webhook, ntfy, pushover.</source>
        <translation>Choose one of: email, slack, discord, teams, twilio, webhook, ntfy, pushover.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is not a web address (https://…).</source>
        <translation>%1 is not a web address (https://…).</translation>
    </message>
    <message>
        <source>%1 is not a %2 address: it should look like %3.</source>
        <translation>%1 is not a %2 address: it should look like %3.</translation>
    </message>
    <message>
        <source>At most %1 addresses can receive alerts; %2 were given.</source>
        <translation>At most %1 addresses can receive alerts; %2 were given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in international format.</source>
        <translation>%1 &quot;%2&quot; is not in international format.</translation>
    </message>
    <message>
        <source>Write it as + and the country code, then the number without spaces or a leading 0, e.g. +393401234567.</source>
        <translation>Write it as + and the country code, then the number without spaces or a leading 0, e.g. +393401234567.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1 does not have the expected form.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the expected form.</source>
        <translation>%1 &quot;%2&quot; does not have the expected form.</translation>
    </message>
    <message>
        <source>Your order #1042 is confirmed</source>
        <translation>Your order #1042 is confirmed</translation>
    </message>
    <message>
        <source>The web server cannot reach the mail server: the host probably blocks mail ports. Use an email API mailer (HTTPS, port 443) or ask the host which port is open.</source>
        <translation>The web server cannot reach the mail server: the host probably blocks mail ports. Use an email API mailer (HTTPS, port 443) or ask the host which port is open.</translation>
    </message>
    <message>
        <source>[%1] TEST alert from Postino: an email failed to send. Subject: %2</source>
        <translation>[%1] TEST alert from Postino: an email failed to send. Subject: %2</translation>
    </message>
    <message>
        <source>Test alert: an email from %1 failed to send</source>
        <translation>Test alert: an email from %1 failed to send</translation>
    </message>
    <message>
        <source>This is a test alert sent by Postino; no email actually failed.</source>
        <translation>This is a test alert sent by Postino; no email actually failed.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Mailer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
Error: %3

%4

%5</source>
        <translation>To: %1
Subject: %2
Error: %3

%4

%5</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
Error: %3

%4</source>
        <translation>To: %1
Subject: %2
Error: %3

%4</translation>
    </message>
    <message>
        <source>Alerts of this kind are not sent over HTTP.</source>
        <translation>Alerts of this kind are not sent over HTTP.</translation>
    </message>
    <message>
        <source>Slack no longer accepts this webhook URL (%1): its app was removed or the URL was revoked.</source>
        <translation>Slack no longer accepts this webhook URL (%1): its app was removed or the URL was revoked.</translation>
    </message>
    <message>
        <source>In Slack, open the Incoming Webhooks app of the channel, make a new webhook URL and enter it here.</source>
        <translation>In Slack, open the Incoming Webhooks app of the channel, make a new webhook URL and enter it here.</translation>
    </message>
    <message>
        <source>Slack does not know this webhook (%1): it was disabled, or the URL is incomplete.</source>
        <translation>Slack does not know this webhook (%1): it was disabled, or the URL is incomplete.</translation>
    </message>
    <message>
        <source>Copy the whole webhook URL again from Slack, or make a new one.</source>
        <translation>Copy the whole webhook URL again from Slack, or make a new one.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook is gone or archived (%1).</source>
        <translation>The Slack channel of this webhook is gone or archived (%1).</translation>
    </message>
    <message>
        <source>Make a webhook for a channel that exists, or unarchive the channel.</source>
        <translation>Make a webhook for a channel that exists, or unarchive the channel.</translation>
    </message>
    <message>
        <source>The Slack workspace does not let this webhook post (%1).</source>
        <translation>The Slack workspace does not let this webhook post (%1).</translation>
    </message>
    <message>
        <source>Ask a workspace admin to allow the app to post in the channel, or pick another channel.</source>
        <translation>Ask a workspace admin to allow the app to post in the channel, or pick another channel.</translation>
    </message>
    <message>
        <source>Slack refused the message (%1).</source>
        <translation>Slack refused the message (%1).</translation>
    </message>
    <message>
        <source>Please report this to Postino&apos;s developers with the transcript.</source>
        <translation>Please report this to Postino&apos;s developers with the transcript.</translation>
    </message>
    <message>
        <source>Discord says the webhook&apos;s token is wrong (%1).</source>
        <translation>Discord says the webhook&apos;s token is wrong (%1).</translation>
    </message>
    <message>
        <source>Copy the whole webhook URL again from the channel&apos;s Integrations settings.</source>
        <translation>Copy the whole webhook URL again from the channel&apos;s Integrations settings.</translation>
    </message>
    <message>
        <source>Discord does not know this webhook (%1): it was deleted.</source>
        <translation>Discord does not know this webhook (%1): it was deleted.</translation>
    </message>
    <message>
        <source>Create a new webhook in the channel&apos;s Integrations settings and enter its URL here.</source>
        <translation>Create a new webhook in the channel&apos;s Integrations settings and enter its URL here.</translation>
    </message>
    <message>
        <source>Discord refused the message: %1</source>
        <translation>Discord refused the message: %1</translation>
    </message>
    <message>
        <source>Teams refused the URL (%1): its signature is wrong or the workflow needs a sign-in.</source>
        <translation>Teams refused the URL (%1): its signature is wrong or the workflow needs a sign-in.</translation>
    </message>
    <message>
        <source>Copy the URL again from the workflow&apos;s trigger &quot;When a Teams webhook request is received&quot;; anyone with the link must be allowed to trigger it.</source>
        <translation>Copy the URL again from the workflow&apos;s trigger &quot;When a Teams webhook request is received&quot;; anyone with the link must be allowed to trigger it.</translation>
    </message>
    <message>
        <source>Teams does not know this URL any more (%1): the workflow or connector was deleted or retired.</source>
        <translation>Teams does not know this URL any more (%1): the workflow or connector was deleted or retired.</translation>
    </message>
    <message>
        <source>Microsoft retires the old Office 365 connectors: create a workflow from the template &quot;Post to a channel when a webhook request is received&quot; and use its URL.</source>
        <translation>Microsoft retires the old Office 365 connectors: create a workflow from the template &quot;Post to a channel when a webhook request is received&quot; and use its URL.</translation>
    </message>
    <message>
        <source>Teams refused the card: %1</source>
        <translation>Teams refused the card: %1</translation>
    </message>
    <message>
        <source>Check that the workflow posts an Adaptive Card from the webhook request.</source>
        <translation>Check that the workflow posts an Adaptive Card from the webhook request.</translation>
    </message>
    <message>
        <source>Twilio did not accept the Account SID and auth token (%1).</source>
        <translation>Twilio did not accept the Account SID and auth token (%1).</translation>
    </message>
    <message>
        <source>Copy both again from the Twilio Console; a test-credentials SID cannot send real messages.</source>
        <translation>Copy both again from the Twilio Console; a test-credentials SID cannot send real messages.</translation>
    </message>
    <message>
        <source>Twilio says the To number cannot receive SMS (%1).</source>
        <translation>Twilio says the To number cannot receive SMS (%1).</translation>
    </message>
    <message>
        <source>Check the number: + and the country code, then the mobile number.</source>
        <translation>Check the number: + and the country code, then the mobile number.</translation>
    </message>
    <message>
        <source>Twilio cannot send from the From number (%1).</source>
        <translation>Twilio cannot send from the From number (%1).</translation>
    </message>
    <message>
        <source>Use a number bought in this Twilio account that is able to send SMS.</source>
        <translation>Use a number bought in this Twilio account that is able to send SMS.</translation>
    </message>
    <message>
        <source>A Twilio trial account can only text verified numbers (%1).</source>
        <translation>A Twilio trial account can only text verified numbers (%1).</translation>
    </message>
    <message>
        <source>Verify the To number in the Twilio Console, or upgrade the account.</source>
        <translation>Verify the To number in the Twilio Console, or upgrade the account.</translation>
    </message>
    <message>
        <source>SMS to this country are not enabled in the Twilio account (%1).</source>
        <translation>SMS to this country are not enabled in the Twilio account (%1).</translation>
    </message>
    <message>
        <source>In the Twilio Console, allow the country under Messaging, Geo permissions.</source>
        <translation>In the Twilio Console, allow the country under Messaging, Geo permissions.</translation>
    </message>
    <message>
        <source>The ntfy server does not let Postino publish to this topic (%1).</source>
        <translation>The ntfy server does not let Postino publish to this topic (%1).</translation>
    </message>
    <message>
        <source>Enter an access token allowed to write to the topic, or pick a topic that is open for publishing.</source>
        <translation>Enter an access token allowed to write to the topic, or pick a topic that is open for publishing.</translation>
    </message>
    <message>
        <source>Pushover did not accept the application token (%1).</source>
        <translation>Pushover did not accept the application token (%1).</translation>
    </message>
    <message>
        <source>Copy the API token of your Pushover application again.</source>
        <translation>Copy the API token of your Pushover application again.</translation>
    </message>
    <message>
        <source>Pushover did not accept the user key (%1).</source>
        <translation>Pushover did not accept the user key (%1).</translation>
    </message>
    <message>
        <source>Copy the user key from the top of your Pushover dashboard again.</source>
        <translation>Copy the user key from the top of your Pushover dashboard again.</translation>
    </message>
    <message>
        <source>The email alert goes through the mailer you configured (%1).</source>
        <translation>The email alert goes through the mailer you configured (%1).</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>The name %1 could not be found.</translation>
    </message>
    <message>
        <source>Check the address for typos.</source>
        <translation>Check the address for typos.</translation>
    </message>
    <message>
        <source>Make sure this computer can reach the internet and resolve names.</source>
        <translation>Make sure this computer can reach the internet and resolve names.</translation>
    </message>
    <message>
        <source>%1 is %2; connecting to %3 only.</source>
        <translation>%1 is %2; connecting to %3 only.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was cut off; that is not what %3 answers.</source>
        <translation>The answer from %1 was larger than %2 bytes and was cut off; that is not what %3 answers.</translation>
    </message>
    <message>
        <source>Check that the address belongs to %1.</source>
        <translation>Check that the address belongs to %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>A firewall may hold the connection; try again later or from another network.</source>
        <translation>A firewall may hold the connection; try again later or from another network.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>%1 could not be reached (%2).</translation>
    </message>
    <message>
        <source>Check the address and that outgoing HTTPS is allowed.</source>
        <translation>Check the address and that outgoing HTTPS is allowed.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>The secure connection to %1 could not be verified: %2</translation>
    </message>
    <message>
        <source>Something may intercept the connection (antivirus, proxy); try another network.</source>
        <translation>Something may intercept the connection (antivirus, proxy); try another network.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>The request to %1 failed: %2</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <source>%1 redirected the alert to another server (%2); Postino does not follow redirects, so nothing was sent there.</source>
        <translation>%1 redirected the alert to another server (%2); Postino does not follow redirects, so nothing was sent there.</translation>
    </message>
    <message>
        <source>%1 answered that the address moved (HTTP %2); Postino does not follow redirects.</source>
        <translation>%1 answered that the address moved (HTTP %2); Postino does not follow redirects.</translation>
    </message>
    <message>
        <source>Copy the webhook address again from %1.</source>
        <translation>Copy the webhook address again from %1.</translation>
    </message>
    <message>
        <source>%1 accepted the test alert (HTTP %2).</source>
        <translation>%1 accepted the test alert (HTTP %2).</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Check that it arrived</translation>
    </message>
    <message>
        <source>Look for the test alert where %1 delivers it.</source>
        <translation>Look for the test alert where %1 delivers it.</translation>
    </message>
    <message>
        <source>Wait a minute and send the test again.</source>
        <translation>Wait a minute and send the test again.</translation>
    </message>
    <message>
        <source>Check the channel&apos;s settings against what %1 shows.</source>
        <translation>Check the channel&apos;s settings against what %1 shows.</translation>
    </message>
    <message>
        <source>A test email went to %1 through your mailer.</source>
        <translation>A test email went to %1 through your mailer.</translation>
    </message>
    <message>
        <source>Look in each inbox, and in the spam folder too.</source>
        <translation>Look in each inbox, and in the spam folder too.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>To %1: %2</translation>
    </message>
    <message>
        <source>Alerts go only to https:// addresses; %1 is not one.</source>
        <translation>Alerts go only to https:// addresses; %1 is not one.</translation>
    </message>
    <message>
        <source>Use the https:// address the service gives you.</source>
        <translation>Use the https:// address the service gives you.</translation>
    </message>
    <message>
        <source>http:// is accepted only for a test server on this computer, with local targets allowed.</source>
        <translation>http:// is accepted only for a test server on this computer, with local targets allowed.</translation>
    </message>
    <message>
        <source>%1 is the cloud&apos;s instance-metadata service; Postino never sends alerts there.</source>
        <translation>%1 is the cloud&apos;s instance-metadata service; Postino never sends alerts there.</translation>
    </message>
    <message>
        <source>Check the webhook address: it should name the service&apos;s server.</source>
        <translation>Check the webhook address: it should name the service&apos;s server.</translation>
    </message>
    <message>
        <source>%1 is a link-local address; Postino does not send alerts there.</source>
        <translation>%1 is a link-local address; Postino does not send alerts there.</translation>
    </message>
    <message>
        <source>%1 is this computer itself; alerts to it are refused unless local targets are allowed.</source>
        <translation>%1 is this computer itself; alerts to it are refused unless local targets are allowed.</translation>
    </message>
    <message>
        <source>Use the service&apos;s public address.</source>
        <translation>Use the service&apos;s public address.</translation>
    </message>
    <message>
        <source>For a test server on this computer, allow local targets (in the CLI: --allow-local-targets).</source>
        <translation>For a test server on this computer, allow local targets (in the CLI: --allow-local-targets).</translation>
    </message>
    <message>
        <source>%1 is a private network address; alerts to it are refused unless local targets are allowed.</source>
        <translation>%1 is a private network address; alerts to it are refused unless local targets are allowed.</translation>
    </message>
    <message>
        <source>For a server on your own network, allow local targets (in the CLI: --allow-local-targets).</source>
        <translation>For a server on your own network, allow local targets (in the CLI: --allow-local-targets).</translation>
    </message>
    <message>
        <source>%1 is limiting how often alerts can be sent (HTTP 429: %2).</source>
        <translation>%1 is limiting how often alerts can be sent (HTTP 429: %2).</translation>
    </message>
    <message>
        <source>%1 is limiting how often alerts can be sent (HTTP 429).</source>
        <translation>%1 is limiting how often alerts can be sent (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2: %3).</source>
        <translation>%1 had a problem of its own (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2).</source>
        <translation>%1 had a problem of its own (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the test alert (HTTP %2: %3).</source>
        <translation>%1 refused the test alert (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>%1 refused the test alert (HTTP %2).</source>
        <translation>%1 refused the test alert (HTTP %2).</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Check the alert channel&apos;s settings</source>
        <translation>Check the alert channel&apos;s settings</translation>
    </message>
    <message>
        <source>Fill in the field as the service shows it, then send a test alert.</source>
        <translation>Fill in the field as the service shows it, then send a test alert.</translation>
    </message>
    <message>
        <source>Choose another alert channel</source>
        <translation>Choose another alert channel</translation>
    </message>
    <message>
        <source>On the Features page, pick one of the listed channels: email, Slack, Discord, Microsoft Teams, Twilio SMS, a webhook, ntfy or Pushover.</source>
        <translation>On the Features page, pick one of the listed channels: email, Slack, Discord, Microsoft Teams, Twilio SMS, a webhook, ntfy or Pushover.</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Check the address</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <source>Check what answers in the service&apos;s place</source>
        <translation>Check what answers in the service&apos;s place</translation>
    </message>
    <message>
        <source>Copy the address again</source>
        <translation>Copy the address again</translation>
    </message>
    <message>
        <source>Check the channel&apos;s settings</source>
        <translation>Check the channel&apos;s settings</translation>
    </message>
    <message>
        <source>Wait a little</source>
        <translation>Wait a little</translation>
    </message>
    <message>
        <source>Use an https:// address</source>
        <translation>Use an https:// address</translation>
    </message>
    <message>
        <source>Check the webhook address</source>
        <translation>Check the webhook address</translation>
    </message>
    <message>
        <source>Use the service&apos;s public address</source>
        <translation>Use the service&apos;s public address</translation>
    </message>
</context>
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
    <message>
        <source>The provider did not accept the sign-in</source>
        <translation>The provider did not accept the sign-in</translation>
    </message>
    <message>
        <source>Sign out and sign in again on the Configure mailer page (or run &quot;postino-cli oauth sign-in&quot;).</source>
        <translation>Sign out and sign in again on the Configure mailer page (or run &quot;postino-cli oauth sign-in&quot;).</translation>
    </message>
    <message>
        <source>If it keeps happening, check that the OAuth client still exists and its secret has not expired.</source>
        <translation>If it keeps happening, check that the OAuth client still exists and its secret has not expired.</translation>
    </message>
    <message>
        <source>The sign-in does not allow sending mail</source>
        <translation>The sign-in does not allow sending mail</translation>
    </message>
    <message>
        <source>Sign out, sign in again and leave every permission on the consent page ticked.</source>
        <translation>Sign out, sign in again and leave every permission on the consent page ticked.</translation>
    </message>
    <message>
        <source>For a work account, your administrator may have to grant the app the mail-sending permission.</source>
        <translation>For a work account, your administrator may have to grant the app the mail-sending permission.</translation>
    </message>
    <message>
        <source>The Gmail API is not enabled</source>
        <translation>The Gmail API is not enabled</translation>
    </message>
    <message>
        <source>Enable the Gmail API in the Google Cloud project of your OAuth client (APIs &amp; Services, Library).</source>
        <translation>Enable the Gmail API in the Google Cloud project of your OAuth client (APIs &amp; Services, Library).</translation>
    </message>
    <message>
        <source>For Google Workspace, check that Gmail is turned on for the account.</source>
        <translation>For Google Workspace, check that Gmail is turned on for the account.</translation>
    </message>
    <message>
        <source>This account may not send as the From address</source>
        <translation>This account may not send as the From address</translation>
    </message>
    <message>
        <source>Use the signed-in mailbox&apos;s own address as the From email.</source>
        <translation>Use the signed-in mailbox&apos;s own address as the From email.</translation>
    </message>
    <message>
        <source>Or have your Microsoft 365 administrator grant &quot;Send As&quot; on that address to the signed-in user.</source>
        <translation>Or have your Microsoft 365 administrator grant &quot;Send As&quot; on that address to the signed-in user.</translation>
    </message>
    <message>
        <source>Mailtrap refused the token for this From address</source>
        <translation>Mailtrap refused the token for this From address</translation>
    </message>
    <message>
        <source>Check that the API token was copied whole and has Admin access to the sending domain (Settings &gt; API Tokens in Mailtrap).</source>
        <translation>Check that the API token was copied whole and has Admin access to the sending domain (Settings &gt; API Tokens in Mailtrap).</translation>
    </message>
    <message>
        <source>Check that the From address&apos;s domain is verified in Mailtrap (Sending Domains) and matches it exactly: Mailtrap gives the same answer for both problems.</source>
        <translation>Check that the From address&apos;s domain is verified in Mailtrap (Sending Domains) and matches it exactly: Mailtrap gives the same answer for both problems.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
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
    <message>
        <source>(answer body: %1 bytes, not shown: it may hold a token)</source>
        <translation>(answer body: %1 bytes, not shown: it may hold a token)</translation>
    </message>
    <message>
        <source>The answer did not finish within %1 s.</source>
        <translation>The answer did not finish within %1 s.</translation>
    </message>
    <message>
        <source>Use another way to send</source>
        <translation>Use another way to send</translation>
    </message>
    <message>
        <source>This version of Postino cannot make that request to this mailer: check for a newer Postino.</source>
        <translation>This version of Postino cannot make that request to this mailer: check for a newer Postino.</translation>
    </message>
    <message>
        <source>Meanwhile use the mailer&apos;s SMTP relay if it offers one (choose Other SMTP with its server and login).</source>
        <translation>Meanwhile use the mailer&apos;s SMTP relay if it offers one (choose Other SMTP with its server and login).</translation>
    </message>
    <message>
        <source>Check the API address</source>
        <translation>Check the API address</translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; leave the API address setting empty for the default.</source>
        <translation>Use the provider&apos;s https:// address; leave the API address setting empty for the default.</translation>
    </message>
    <message>
        <source>Check what answers in the provider&apos;s place</source>
        <translation>Check what answers in the provider&apos;s place</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status, then try again</source>
        <translation>Check the provider&apos;s status, then try again</translation>
    </message>
    <message>
        <source>Look at the provider&apos;s status page for an outage, and try again in a few minutes.</source>
        <translation>Look at the provider&apos;s status page for an outage, and try again in a few minutes.</translation>
    </message>
    <message>
        <source>If it keeps happening, save the report and send it to the provider&apos;s support.</source>
        <translation>If it keeps happening, save the report and send it to the provider&apos;s support.</translation>
    </message>
</context>
<context>
    <name>Autoconfig</name>
    <message>
        <source>Correct the autoconfig file, or leave it</source>
        <translation>Correct the autoconfig file, or leave it</translation>
    </message>
    <message>
        <source>If you publish this file for %1, correct it at %2: it follows Thunderbird&apos;s config-v1.1.xml format, and email programs that read it stumble over the same mistake.</source>
        <translation>If you publish this file for %1, correct it at %2: it follows Thunderbird&apos;s config-v1.1.xml format, and email programs that read it stumble over the same mistake.</translation>
    </message>
    <message>
        <source>If someone else publishes it, nothing is needed here: Postino takes the settings from its other sources (SRV records, its table of providers, the usual server names).</source>
        <translation>If someone else publishes it, nothing is needed here: Postino takes the settings from its other sources (SRV records, its table of providers, the usual server names).</translation>
    </message>
    <message>
        <source>The address answers with a web page, not an autoconfig file.</source>
        <translation>The address answers with a web page, not an autoconfig file.</translation>
    </message>
    <message>
        <source>The autoconfig file starts with a DOCTYPE declaration, which the format does not have and which can declare entities that expand without end. Postino did not read the file.</source>
        <translation>The autoconfig file starts with a DOCTYPE declaration, which the format does not have and which can declare entities that expand without end. Postino did not read the file.</translation>
    </message>
    <message>
        <source>The address answers with a document that is no autoconfig file.</source>
        <translation>The address answers with a document that is no autoconfig file.</translation>
    </message>
    <message>
        <source>The address answers with an XML document &lt;%1&gt;, not an autoconfig file &lt;clientConfig&gt;.</source>
        <translation>The address answers with an XML document &lt;%1&gt;, not an autoconfig file &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <source>The autoconfig file names no outgoing server of type &quot;smtp&quot;: it gives nothing to send with.</source>
        <translation>The autoconfig file names no outgoing server of type &quot;smtp&quot;: it gives nothing to send with.</translation>
    </message>
    <message>
        <source>The autoconfig file lists %1 SMTP servers; Postino took the first %2.</source>
        <translation>The autoconfig file lists %1 SMTP servers; Postino took the first %2.</translation>
    </message>
    <message>
        <source>The autoconfig file is not well-formed XML (line %1, column %2: %3). Postino did not use it.</source>
        <translation>The autoconfig file is not well-formed XML (line %1, column %2: %3). Postino did not use it.</translation>
    </message>
    <message>
        <source>SMTP server entry %1</source>
        <translation>SMTP server entry %1</translation>
    </message>
    <message>
        <source>%1 has no host name; Postino skipped it.</source>
        <translation>%1 has no host name; Postino skipped it.</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not a server name; Postino skipped it.</source>
        <translation>%1 names &quot;%2&quot;, which is not a server name; Postino skipped it.</translation>
    </message>
    <message>
        <source>%1 (%2) has no port; Postino skipped it.</source>
        <translation>%1 (%2) has no port; Postino skipped it.</translation>
    </message>
    <message>
        <source>%1 (%2) gives the port &quot;%3&quot;, which is not a port number from 1 to 65535; Postino skipped it.</source>
        <translation>%1 (%2) gives the port &quot;%3&quot;, which is not a port number from 1 to 65535; Postino skipped it.</translation>
    </message>
    <message>
        <source>%1 (%2:%3) does not say how to connect (socketType SSL, STARTTLS or plain); Postino skipped it.</source>
        <translation>%1 (%2:%3) does not say how to connect (socketType SSL, STARTTLS or plain); Postino skipped it.</translation>
    </message>
    <message>
        <source>%1 (%2:%3) gives the socketType &quot;%4&quot;; the format knows SSL, STARTTLS and plain. Postino skipped it.</source>
        <translation>%1 (%2:%3) gives the socketType &quot;%4&quot;; the format knows SSL, STARTTLS and plain. Postino skipped it.</translation>
    </message>
    <message>
        <source>The autoconfig file gives %1:%2 the fixed user name &quot;%3&quot; rather than one made from the address.</source>
        <translation>The autoconfig file gives %1:%2 the fixed user name &quot;%3&quot; rather than one made from the address.</translation>
    </message>
    <message>
        <source>The autoconfig file says %1:%2 signs in with %3, not with a password.</source>
        <translation>The autoconfig file says %1:%2 signs in with %3, not with a password.</translation>
    </message>
    <message>
        <source>The autoconfig file is larger than %1 KiB, far more than a list of servers needs. Postino did not read it.</source>
        <translation>The autoconfig file is larger than %1 KiB, far more than a list of servers needs. Postino did not read it.</translation>
    </message>
    <message>
        <source>The address answers with an empty document.</source>
        <translation>The address answers with an empty document.</translation>
    </message>
    <message>
        <source>The address answers with a web page or text, not an autoconfig file.</source>
        <translation>The address answers with a web page or text, not an autoconfig file.</translation>
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
        <source>The Zoho data center of your account; it matches the address you use to sign in to Zoho.</source>
        <translation>The Zoho data center of your account; it matches the address you use to sign in to Zoho.</translation>
    </message>
    <message>
        <source>Send through a Gmail or Google Workspace account: sign in with Google (Gmail API over HTTPS, port 443, or SMTP with XOAUTH2), or use an app password over SMTP. Google limits how much you can send.</source>
        <translation>Send through a Gmail or Google Workspace account: sign in with Google (Gmail API over HTTPS, port 443, or SMTP with XOAUTH2), or use an app password over SMTP. Google limits how much you can send.</translation>
    </message>
    <message>
        <source>For signing in from Postino, create an OAuth client of type &quot;Desktop app&quot; in your Google Cloud project (with the Gmail API enabled). WP Mail SMTP on your site needs a client of type &quot;Web application&quot; instead.</source>
        <translation>For signing in from Postino, create an OAuth client of type &quot;Desktop app&quot; in your Google Cloud project (with the Gmail API enabled). WP Mail SMTP on your site needs a client of type &quot;Web application&quot; instead.</translation>
    </message>
    <message>
        <source>How Postino signs in</source>
        <translation>How Postino signs in</translation>
    </message>
    <message>
        <source>Sign in with OAuth uses your own OAuth client and the provider&apos;s sign-in page; an app password is a separate password for this one program, sent over SMTP.</source>
        <translation>Sign in with OAuth uses your own OAuth client and the provider&apos;s sign-in page; an app password is a separate password for this one program, sent over SMTP.</translation>
    </message>
    <message>
        <source>Sign in with OAuth</source>
        <translation>Sign in with OAuth</translation>
    </message>
    <message>
        <source>App password (SMTP)</source>
        <translation>App password (SMTP)</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Send through</translation>
    </message>
    <message>
        <source>The API works over HTTPS (port 443), which hosts rarely block; XOAUTH2 signs in to the provider&apos;s SMTP server with the same sign-in.</source>
        <translation>The API works over HTTPS (port 443), which hosts rarely block; XOAUTH2 signs in to the provider&apos;s SMTP server with the same sign-in.</translation>
    </message>
    <message>
        <source>Gmail API (HTTPS)</source>
        <translation>Gmail API (HTTPS)</translation>
    </message>
    <message>
        <source>SMTP with XOAUTH2 (smtp.gmail.com)</source>
        <translation>SMTP with XOAUTH2 (smtp.gmail.com)</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect port</translation>
    </message>
    <message>
        <source>Leave empty to use a random free port. Clients that accept only an exact redirect address need a fixed one: enter a port here and register http://127.0.0.1:PORT/ with the client.</source>
        <translation>Leave empty to use a random free port. Clients that accept only an exact redirect address need a fixed one: enter a port here and register http://127.0.0.1:PORT/ with the client.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Your full Gmail or Google Workspace address.</source>
        <translation>Your full Gmail or Google Workspace address.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>A 16-letter app password from your Google Account (Security, 2-Step Verification, App passwords), not your normal password.</source>
        <translation>A 16-letter app password from your Google Account (Security, 2-Step Verification, App passwords), not your normal password.</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <source>587 with STARTTLS is the usual choice; 465 when your network blocks 587.</source>
        <translation>587 with STARTTLS is the usual choice; 465 when your network blocks 587.</translation>
    </message>
    <message>
        <source>587 (STARTTLS)</source>
        <translation>587 (STARTTLS)</translation>
    </message>
    <message>
        <source>465 (SSL/TLS)</source>
        <translation>465 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Send through a Microsoft 365 or Outlook.com account: sign in with Microsoft (Microsoft Graph over HTTPS, port 443, or SMTP with XOAUTH2), or use an app password over SMTP where your organisation still allows SMTP AUTH.</source>
        <translation>Send through a Microsoft 365 or Outlook.com account: sign in with Microsoft (Microsoft Graph over HTTPS, port 443, or SMTP with XOAUTH2), or use an app password over SMTP where your organisation still allows SMTP AUTH.</translation>
    </message>
    <message>
        <source>Register an app in Microsoft Entra, add the redirect URI http://127.0.0.1 (Microsoft ignores the port of loopback addresses), and copy its application (client) ID and a client secret.</source>
        <translation>Register an app in Microsoft Entra, add the redirect URI http://127.0.0.1 (Microsoft ignores the port of loopback addresses), and copy its application (client) ID and a client secret.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>&quot;common&quot; for any account; &quot;organizations&quot; or your directory (tenant) ID for a work account only; &quot;consumers&quot; for Outlook.com only.</source>
        <translation>&quot;common&quot; for any account; &quot;organizations&quot; or your directory (tenant) ID for a work account only; &quot;consumers&quot; for Outlook.com only.</translation>
    </message>
    <message>
        <source>Microsoft Graph (HTTPS)</source>
        <translation>Microsoft Graph (HTTPS)</translation>
    </message>
    <message>
        <source>SMTP with XOAUTH2 (smtp.office365.com)</source>
        <translation>SMTP with XOAUTH2 (smtp.office365.com)</translation>
    </message>
    <message>
        <source>Your full Microsoft 365 or Outlook.com address.</source>
        <translation>Your full Microsoft 365 or Outlook.com address.</translation>
    </message>
    <message>
        <source>An app password from your Microsoft account&apos;s security settings (it needs two-step verification). Many Microsoft 365 organisations turn SMTP AUTH off: then only OAuth works.</source>
        <translation>An app password from your Microsoft account&apos;s security settings (it needs two-step verification). Many Microsoft 365 organisations turn SMTP AUTH off: then only OAuth works.</translation>
    </message>
    <message>
        <source>Send through a Zoho Mail account: sign in with Zoho (Zoho Mail API over HTTPS, port 443), or use an app password over SMTP. Mail always goes out from the connected account&apos;s address.</source>
        <translation>Send through a Zoho Mail account: sign in with Zoho (Zoho Mail API over HTTPS, port 443), or use an app password over SMTP. Mail always goes out from the connected account&apos;s address.</translation>
    </message>
    <message>
        <source>Create a &quot;Server-based Applications&quot; client in the Zoho API Console of your region, register the redirect URI Postino shows (a fixed port), and copy its client ID and secret.</source>
        <translation>Create a &quot;Server-based Applications&quot; client in the Zoho API Console of your region, register the redirect URI Postino shows (a fixed port), and copy its client ID and secret.</translation>
    </message>
    <message>
        <source>Canada (zohocloud.ca)</source>
        <translation>Canada (zohocloud.ca)</translation>
    </message>
    <message>
        <source>Saudi Arabia (zoho.sa)</source>
        <translation>Saudi Arabia (zoho.sa)</translation>
    </message>
    <message>
        <source>China (zoho.com.cn)</source>
        <translation>China (zoho.com.cn)</translation>
    </message>
    <message>
        <source>Your full Zoho Mail address.</source>
        <translation>Your full Zoho Mail address.</translation>
    </message>
    <message>
        <source>An application-specific password from Zoho Accounts (Security, App Passwords); with two-factor authentication on, your normal password is refused.</source>
        <translation>An application-specific password from Zoho Accounts (Security, App Passwords); with two-factor authentication on, your normal password is refused.</translation>
    </message>
    <message>
        <source>The SMTP password of Amazon SES is derived from the secret access key for the chosen region. It works only if the key belongs to an IAM user that may send email with SES.</source>
        <translation>The SMTP password of Amazon SES is derived from the secret access key for the chosen region. It works only if the key belongs to an IAM user that may send email with SES.</translation>
    </message>
    <message>
        <source>Microsoft 365: many organisations turn SMTP AUTH off (reply 535 5.7.139); then ask the administrator to allow it for this mailbox, or use OAuth.</source>
        <translation>Microsoft 365: many organisations turn SMTP AUTH off (reply 535 5.7.139); then ask the administrator to allow it for this mailbox, or use OAuth.</translation>
    </message>
    <message>
        <source>SparkPost accepts an API key as SMTP password only if the key has the &quot;Send via SMTP&quot; permission.</source>
        <translation>SparkPost accepts an API key as SMTP password only if the key has the &quot;Send via SMTP&quot; permission.</translation>
    </message>
    <message>
        <source>Mailtrap</source>
        <translation>Mailtrap</translation>
    </message>
    <message>
        <source>An email sending service for developers with a free plan for small sites. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>An email sending service for developers with a free plan for small sites. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</translation>
    </message>
    <message>
        <source>Create an API token under Settings &gt; API Tokens in Mailtrap. It needs Admin access to your sending domain.</source>
        <translation>Create an API token under Settings &gt; API Tokens in Mailtrap. It needs Admin access to your sending domain.</translation>
    </message>
    <message>
        <source>An API token from your Mailtrap account with Admin access to the sending domain. It is also the password of Mailtrap&apos;s SMTP relay.</source>
        <translation>An API token from your Mailtrap account with Admin access to the sending domain. It is also the password of Mailtrap&apos;s SMTP relay.</translation>
    </message>
    <message>
        <source>Two CNAME records, rwmt1._domainkey and rwmt2._domainkey, pointing to rwmt1.dkim.smtp.mailtrap.live and rwmt2.dkim.smtp.mailtrap.live; Mailtrap shows them when you add your domain.</source>
        <translation>Two CNAME records, rwmt1._domainkey and rwmt2._domainkey, pointing to rwmt1.dkim.smtp.mailtrap.live and rwmt2.dkim.smtp.mailtrap.live; Mailtrap shows them when you add your domain.</translation>
    </message>
    <message>
        <source>WP Mail SMTP has no Mailtrap mailer: WordPress sends through Mailtrap&apos;s SMTP relay (live.smtp.mailtrap.io, user api, the API token as password).</source>
        <translation>WP Mail SMTP has no Mailtrap mailer: WordPress sends through Mailtrap&apos;s SMTP relay (live.smtp.mailtrap.io, user api, the API token as password).</translation>
    </message>
    <message>
        <source>A CNAME record with a short name that Mailtrap chooses, pointing to smtp.mailtrap.live.</source>
        <translation>A CNAME record with a short name that Mailtrap chooses, pointing to smtp.mailtrap.live.</translation>
    </message>
    <message>
        <source>Mailtrap&apos;s SMTP relay signs in with the user name api and the API token as the password.</source>
        <translation>Mailtrap&apos;s SMTP relay signs in with the user name api and the API token as the password.</translation>
    </message>
    <message>
        <source>If Google warns that the app is not verified, click &quot;Advanced&quot; and continue: the app is your own OAuth client. For a Workspace account, the administrator may have to allow the app.</source>
        <translation>If Google warns that the app is not verified, click &quot;Advanced&quot; and continue: the app is your own OAuth client. For a Workspace account, the administrator may have to allow the app.</translation>
    </message>
    <message>
        <source>Google ends sign-ins after 7 days while the OAuth consent screen is in &quot;Testing&quot;; publish the app to keep it.</source>
        <translation>Google ends sign-ins after 7 days while the OAuth consent screen is in &quot;Testing&quot;; publish the app to keep it.</translation>
    </message>
    <message>
        <source>Use an OAuth client of type &quot;Desktop app&quot; for Postino: it accepts http://127.0.0.1 on any port. A &quot;Web application&quot; client accepts only the exact addresses listed under &quot;Authorized redirect URIs&quot;.</source>
        <translation>Use an OAuth client of type &quot;Desktop app&quot; for Postino: it accepts http://127.0.0.1 on any port. A &quot;Web application&quot; client accepts only the exact addresses listed under &quot;Authorized redirect URIs&quot;.</translation>
    </message>
    <message>
        <source>To keep a &quot;Web application&quot; client, set a fixed Redirect port and add http://127.0.0.1:PORT/ to its authorized redirect URIs.</source>
        <translation>To keep a &quot;Web application&quot; client, set a fixed Redirect port and add http://127.0.0.1:PORT/ to its authorized redirect URIs.</translation>
    </message>
    <message>
        <source>Check that the client still exists and is enabled in the Google Cloud console.</source>
        <translation>Check that the client still exists and is enabled in the Google Cloud console.</translation>
    </message>
    <message>
        <source>Enable the Gmail API in the client&apos;s Google Cloud project.</source>
        <translation>Enable the Gmail API in the client&apos;s Google Cloud project.</translation>
    </message>
    <message>
        <source>Postino forgot the sign-in. Microsoft has no way for an app to give its access back.</source>
        <translation>Postino forgot the sign-in. Microsoft has no way for an app to give its access back.</translation>
    </message>
    <message>
        <source>To end it everywhere, remove the app under &quot;Apps&quot; at https://myapps.microsoft.com (work accounts) or https://account.live.com/consent/Manage (personal accounts).</source>
        <translation>To end it everywhere, remove the app under &quot;Apps&quot; at https://myapps.microsoft.com (work accounts) or https://account.live.com/consent/Manage (personal accounts).</translation>
    </message>
    <message>
        <source>In Microsoft Entra, open the app&apos;s Authentication page and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (or &quot;Web&quot;); Microsoft ignores the port of loopback addresses.</source>
        <translation>In Microsoft Entra, open the app&apos;s Authentication page and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (or &quot;Web&quot;); Microsoft ignores the port of loopback addresses.</translation>
    </message>
    <message>
        <source>Microsoft refuses a client secret for an app registered as a public client (&quot;Allow public client flows&quot;): leave the secret empty then, or register the redirect under &quot;Web&quot;.</source>
        <translation>Microsoft refuses a client secret for an app registered as a public client (&quot;Allow public client flows&quot;): leave the secret empty then, or register the redirect under &quot;Web&quot;.</translation>
    </message>
    <message>
        <source>Zoho keeps clients per data centre: pick the Region in which you created the client.</source>
        <translation>Zoho keeps clients per data centre: pick the Region in which you created the client.</translation>
    </message>
    <message>
        <source>Use an app password if the account has two-step verification, and make sure IMAP access is turned on in the mailbox settings.</source>
        <translation>Use an app password if the account has two-step verification, and make sure IMAP access is turned on in the mailbox settings.</translation>
    </message>
    <message>
        <source>Microsoft turned off password logins for IMAP on most accounts; it may only work with an OAuth token.</source>
        <translation>Microsoft turned off password logins for IMAP on most accounts; it may only work with an OAuth token.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password, and the user name without @icloud.com.</source>
        <translation>iCloud needs an app-specific password, and the user name without @icloud.com.</translation>
    </message>
    <message>
        <source>Fastmail needs an app password for SMTP; the normal account password does not work there.</source>
        <translation>Fastmail needs an app password for SMTP; the normal account password does not work there.</translation>
    </message>
    <message>
        <source>Proton Mail accepts SMTP only with an SMTP token, on business plans and on Visionary and Family plans with a custom domain; other plans cannot send from a website.</source>
        <translation>Proton Mail accepts SMTP only with an SMTP token, on business plans and on Visionary and Family plans with a custom domain; other plans cannot send from a website.</translation>
    </message>
    <message>
        <source>GoDaddy&apos;s shared hosting blocks outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>GoDaddy&apos;s shared hosting blocks outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</translation>
    </message>
    <message>
        <source>HostGator&apos;s shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>HostGator&apos;s shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</translation>
    </message>
    <message>
        <source>Bluehost&apos;s basic shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>Bluehost&apos;s basic shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</translation>
    </message>
    <message>
        <source>InMotion&apos;s shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>InMotion&apos;s shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</translation>
    </message>
    <message>
        <source>Linode restricts outgoing ports 25, 465 and 587 on new accounts until its support lifts the restriction.</source>
        <translation>Linode restricts outgoing ports 25, 465 and 587 on new accounts until its support lifts the restriction.</translation>
    </message>
    <message>
        <source>Amazon EC2 restricts outgoing port 25 by default; ports 465 and 587 or an API mailer are not affected.</source>
        <translation>Amazon EC2 restricts outgoing port 25 by default; ports 465 and 587 or an API mailer are not affected.</translation>
    </message>
    <message>
        <source>Google Cloud always blocks outgoing port 25; ports 465 and 587 or an API mailer still work.</source>
        <translation>Google Cloud always blocks outgoing port 25; ports 465 and 587 or an API mailer still work.</translation>
    </message>
    <message>
        <source>Hetzner Cloud blocks outgoing ports 25 and 465 by default; port 587 or an API mailer still work.</source>
        <translation>Hetzner Cloud blocks outgoing ports 25 and 465 by default; port 587 or an API mailer still work.</translation>
    </message>
    <message>
        <source>DKIM was not checked.</source>
        <translation>DKIM was not checked.</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>DMARC was not checked.</translation>
    </message>
    <message>
        <source>Alignment could not be judged without SPF, DKIM and DMARC answers.</source>
        <translation>Alignment could not be judged without SPF, DKIM and DMARC answers.</translation>
    </message>
    <message>
        <source>Reverse DNS was not checked: Postino only checks the servers it knows send your mail (an SMTP server you set, or your website&apos;s server with --site).</source>
        <translation>Reverse DNS was not checked: Postino only checks the servers it knows send your mail (an SMTP server you set, or your website&apos;s server with --site).</translation>
    </message>
    <message>
        <source>Your mail leaves from the mailer&apos;s own servers; their reverse DNS is the mailer&apos;s to keep, and Postino did not check it.</source>
        <translation>Your mail leaves from the mailer&apos;s own servers; their reverse DNS is the mailer&apos;s to keep, and Postino did not check it.</translation>
    </message>
    <message>
        <source>No blocklist was asked: Postino only checks the servers it knows send your mail (an SMTP server you set, or your website&apos;s server with --site).</source>
        <translation>No blocklist was asked: Postino only checks the servers it knows send your mail (an SMTP server you set, or your website&apos;s server with --site).</translation>
    </message>
    <message>
        <source>Your mail leaves from the mailer&apos;s own servers; their reputation is the mailer&apos;s to keep, and Postino did not check it.</source>
        <translation>Your mail leaves from the mailer&apos;s own servers; their reputation is the mailer&apos;s to keep, and Postino did not check it.</translation>
    </message>
    <message>
        <source>How the message is handed over was not known.</source>
        <translation>How the message is handed over was not known.</translation>
    </message>
    <message>
        <source>No test message has been checked yet: send the test email.</source>
        <translation>No test message has been checked yet: send the test email.</translation>
    </message>
    <message>
        <source>Whether the From domain receives mail was not checked.</source>
        <translation>Whether the From domain receives mail was not checked.</translation>
    </message>
    <message>
        <source>Only the provider can see it: Google Postmaster Tools, Yahoo Sender Hub and Microsoft SNDS show your rate.</source>
        <translation>Only the provider can see it: Google Postmaster Tools, Yahoo Sender Hub and Microsoft SNDS show your rate.</translation>
    </message>
    <message>
        <source>Applies to marketing and subscribed mail: add a List-Unsubscribe header with one-click (RFC 8058) there. A site&apos;s notifications, orders and password resets need none.</source>
        <translation>Applies to marketing and subscribed mail: add a List-Unsubscribe header with one-click (RFC 8058) there. A site&apos;s notifications, orders and password resets need none.</translation>
    </message>
    <message>
        <source>SPF or DKIM passes for your domain</source>
        <translation>SPF or DKIM passes for your domain</translation>
    </message>
    <message>
        <source>Both SPF and DKIM pass</source>
        <translation>Both SPF and DKIM pass</translation>
    </message>
    <message>
        <source>SPF passes</source>
        <translation>SPF passes</translation>
    </message>
    <message>
        <source>DKIM passes</source>
        <translation>DKIM passes</translation>
    </message>
    <message>
        <source>A DMARC record is published (p=none at least)</source>
        <translation>A DMARC record is published (p=none at least)</translation>
    </message>
    <message>
        <source>DMARC passes: SPF or DKIM lines up with the From domain</source>
        <translation>DMARC passes: SPF or DKIM lines up with the From domain</translation>
    </message>
    <message>
        <source>Sending servers have forward-confirmed reverse DNS</source>
        <translation>Sending servers have forward-confirmed reverse DNS</translation>
    </message>
    <message>
        <source>Mail is handed over with TLS</source>
        <translation>Mail is handed over with TLS</translation>
    </message>
    <message>
        <source>Messages follow RFC 5322</source>
        <translation>Messages follow RFC 5322</translation>
    </message>
    <message>
        <source>Spam complaint rate below 0.3%</source>
        <translation>Spam complaint rate below 0.3%</translation>
    </message>
    <message>
        <source>One-click unsubscribe on marketing mail</source>
        <translation>One-click unsubscribe on marketing mail</translation>
    </message>
    <message>
        <source>The From address can receive replies</source>
        <translation>The From address can receive replies</translation>
    </message>
    <message>
        <source>Sending servers are not on public blocklists</source>
        <translation>Sending servers are not on public blocklists</translation>
    </message>
    <message>
        <source>senders under 5,000 messages a day</source>
        <translation>senders under 5,000 messages a day</translation>
    </message>
    <message>
        <source>bulk senders (5,000 or more messages a day)</source>
        <translation>bulk senders (5,000 or more messages a day)</translation>
    </message>
    <message>
        <source>all senders</source>
        <translation>all senders</translation>
    </message>
    <message>
        <source>bulk senders</source>
        <translation>bulk senders</translation>
    </message>
    <message>
        <source>senders of more than 5,000 messages a day (rejected with 550 5.7.515)</source>
        <translation>senders of more than 5,000 messages a day (rejected with 550 5.7.515)</translation>
    </message>
    <message>
        <source>200 free emails</source>
        <translation>200 free emails</translation>
    </message>
    <message>
        <source>Whether SPF passes could not be told: Postino knows no address your mail leaves from (set the SMTP server, or give one with postino-cli dns --ip).</source>
        <translation>Whether SPF passes could not be told: Postino knows no address your mail leaves from (set the SMTP server, or give one with postino-cli dns --ip).</translation>
    </message>
</context>
<context>
    <name>DeliveryAuth</name>
    <message>
        <source>The receiving mailbox added no Authentication-Results of its own, so Postino cannot say how it judged SPF, DKIM and DMARC.</source>
        <translation>The receiving mailbox added no Authentication-Results of its own, so Postino cannot say how it judged SPF, DKIM and DMARC.</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s) from other servers (%1) were ignored: anyone on the way can write one.</source>
        <translation>
            <numerusform>%n header from other servers (%1) was ignored: anyone on the way can write one.</numerusform>
            <numerusform>%n headers from other servers (%1) were ignored: anyone on the way can write one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS checks on the Checks page still show whether SPF, DKIM and DMARC are published for %1.</source>
        <translation>The DNS checks on the Checks page still show whether SPF, DKIM and DMARC are published for %1.</translation>
    </message>
    <message>
        <source>%1 reported no %2 result.</source>
        <translation>%1 reported no %2 result.</translation>
    </message>
    <message>
        <source>%1: %2 (as judged by %3).</source>
        <translation>%1: %2 (as judged by %3).</translation>
    </message>
    <message>
        <source>%1: %2, as judged by %3.</source>
        <translation>%1: %2, as judged by %3.</translation>
    </message>
    <message>
        <source>Reason given: %1.</source>
        <translation>Reason given: %1.</translation>
    </message>
    <message>
        <source>Fix %1 for %2</source>
        <translation>Fix %1 for %2</translation>
    </message>
    <message>
        <source>The SPF record of %1 must allow the servers your mailer sends from; the DNS check on the Checks page (or postino-cli dns) shows the record to publish.</source>
        <translation>The SPF record of %1 must allow the servers your mailer sends from; the DNS check on the Checks page (or postino-cli dns) shows the record to publish.</translation>
    </message>
    <message>
        <source>With an API mailer, also check that the mailer&apos;s return-path (bounce) domain is set up.</source>
        <translation>With an API mailer, also check that the mailer&apos;s return-path (bounce) domain is set up.</translation>
    </message>
    <message>
        <source>Publish the DKIM key your mailer gives you for %1; the DNS check lists the selector and the record to add.</source>
        <translation>Publish the DKIM key your mailer gives you for %1; the DNS check lists the selector and the record to add.</translation>
    </message>
    <message>
        <source>A &quot;fail&quot; with the key published usually means the message was changed on the way, or the key in DNS is an old one.</source>
        <translation>A &quot;fail&quot; with the key published usually means the message was changed on the way, or the key in DNS is an old one.</translation>
    </message>
    <message>
        <source>DMARC passes when SPF or DKIM passes for a domain aligned with the From address %1.</source>
        <translation>DMARC passes when SPF or DKIM passes for a domain aligned with the From address %1.</translation>
    </message>
    <message>
        <source>Fix SPF or DKIM first; the DNS check shows the DMARC record of %1.</source>
        <translation>Fix SPF or DKIM first; the DNS check shows the DMARC record of %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n Authentication-Results header(s) from other servers were ignored; only the receiving provider&apos;s own counts.</source>
        <translation>
            <numerusform>%n Authentication-Results header from other servers was ignored; only the receiving provider&apos;s own counts.</numerusform>
            <numerusform>%n Authentication-Results headers from other servers were ignored; only the receiving provider&apos;s own counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The receiving server reported no %1 result.</source>
        <translation>The receiving server reported no %1 result.</translation>
    </message>
    <message>
        <source>%1: %2 (as judged by the receiving server).</source>
        <translation>%1: %2 (as judged by the receiving server).</translation>
    </message>
    <message>
        <source>%1: %2, as judged by the receiving server.</source>
        <translation>%1: %2, as judged by the receiving server.</translation>
    </message>
    <message>
        <source>a comment or quoted string is not closed</source>
        <translation>a comment or quoted string is not closed</translation>
    </message>
    <message>
        <source>the header names no receiving server (authserv-id)</source>
        <translation>the header names no receiving server (authserv-id)</translation>
    </message>
    <message>
        <source>Check the domain&apos;s records</source>
        <translation>Check the domain&apos;s records</translation>
    </message>
</context>
<context>
    <name>DeliveryVerifier</name>
    <message>
        <source>An SMTP server does not tell anyone what happened to a message after it accepted it, so Postino cannot ask whether it was delivered.</source>
        <translation>An SMTP server does not tell anyone what happened to a message after it accepted it, so Postino cannot ask whether it was delivered.</translation>
    </message>
    <message>
        <source>%1 has no delivery status API that Postino can ask, so whether the message was delivered cannot be checked here.</source>
        <translation>%1 has no delivery status API that Postino can ask, so whether the message was delivered cannot be checked here.</translation>
    </message>
    <message>
        <source>Let Postino look in the recipient&apos;s mailbox (IMAP) to see whether it arrived.</source>
        <translation>Let Postino look in the recipient&apos;s mailbox (IMAP) to see whether it arrived.</translation>
    </message>
    <message>
        <source>The provider&apos;s own dashboard or log shows what happened to the message.</source>
        <translation>The provider&apos;s own dashboard or log shows what happened to the message.</translation>
    </message>
    <message>
        <source>%1 gave no message id, so its status API cannot be asked about this message.</source>
        <translation>%1 gave no message id, so its status API cannot be asked about this message.</translation>
    </message>
    <message>
        <source>Stopped asking %1 about the message.</source>
        <translation>Stopped asking %1 about the message.</translation>
    </message>
    <message>
        <source>Postino only talks to email APIs over HTTPS.</source>
        <translation>Postino only talks to email APIs over HTTPS.</translation>
    </message>
    <message>
        <source>%1 did not let this key read the message&apos;s status (HTTP %2).</source>
        <translation>%1 did not let this key read the message&apos;s status (HTTP %2).</translation>
    </message>
    <message>
        <source>Give the API key read access to events or activity, or check the message in the provider&apos;s dashboard.</source>
        <translation>Give the API key read access to events or activity, or check the message in the provider&apos;s dashboard.</translation>
    </message>
    <message>
        <source>SendGrid shows a message&apos;s status over its API only with the paid Email Activity add-on, and with a key that has Email Activity access.</source>
        <translation>SendGrid shows a message&apos;s status over its API only with the paid Email Activity add-on, and with a key that has Email Activity access.</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>The status could not be read</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in a form Postino does not know.</source>
        <translation>%1 answered HTTP %2 in a form Postino does not know.</translation>
    </message>
    <message>
        <source>%1 says the receiving server accepted the message.</source>
        <translation>%1 says the receiving server accepted the message.</translation>
    </message>
    <message>
        <source>%1 says the receiving server accepted the message: %2</source>
        <translation>%1 says the receiving server accepted the message: %2</translation>
    </message>
    <message>
        <source>%1 says the receiving server refused the message for good: %2</source>
        <translation>%1 says the receiving server refused the message for good: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The message bounced</source>
        <translation>The message bounced</translation>
    </message>
    <message>
        <source>Check the recipient address for typos.</source>
        <translation>Check the recipient address for typos.</translation>
    </message>
    <message>
        <source>A bounce that mentions SPF, DKIM, DMARC or &quot;policy&quot; means the From domain is not authenticated: run the DNS checks on the Checks page.</source>
        <translation>A bounce that mentions SPF, DKIM, DMARC or &quot;policy&quot; means the From domain is not authenticated: run the DNS checks on the Checks page.</translation>
    </message>
    <message>
        <source>The provider may now suppress this address: remove it from its suppression list before testing again.</source>
        <translation>The provider may now suppress this address: remove it from its suppression list before testing again.</translation>
    </message>
    <message>
        <source>The provider held the message back</source>
        <translation>The provider held the message back</translation>
    </message>
    <message>
        <source>Check the provider&apos;s suppression or block list for the recipient.</source>
        <translation>Check the provider&apos;s suppression or block list for the recipient.</translation>
    </message>
    <message>
        <source>Check that the From address&apos;s domain is verified with the provider.</source>
        <translation>Check that the From address&apos;s domain is verified with the provider.</translation>
    </message>
    <message>
        <source>%1 could not deliver the message yet; the receiving server deferred it: %2. It keeps trying.</source>
        <translation>%1 could not deliver the message yet; the receiving server deferred it: %2. It keeps trying.</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>Delivery is delayed</translation>
    </message>
    <message>
        <source>Temporary refusals often clear within an hour (greylisting, rate limits).</source>
        <translation>Temporary refusals often clear within an hour (greylisting, rate limits).</translation>
    </message>
    <message>
        <source>If it mentions authentication or reputation, run the DNS checks.</source>
        <translation>If it mentions authentication or reputation, run the DNS checks.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still had the message queued after %n second(s).</source>
        <translation>
            <numerusform>%1 still had the message queued after %n second.</numerusform>
            <numerusform>%1 still had the message queued after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the message in the provider&apos;s dashboard a little later.</source>
        <translation>Look at the message in the provider&apos;s dashboard a little later.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reported nothing about the message within %n second(s).</source>
        <translation>
            <numerusform>%1 reported nothing about the message within %n second.</numerusform>
            <numerusform>%1 reported nothing about the message within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers can take a few minutes to list a message; look in its dashboard later.</source>
        <translation>Providers can take a few minutes to list a message; look in its dashboard later.</translation>
    </message>
    <message>
        <source>Accepted by %1 (it gave no message id).</source>
        <translation>Accepted by %1 (it gave no message id).</translation>
    </message>
    <message>
        <source>Accepted by %1, message id %2.</source>
        <translation>Accepted by %1, message id %2.</translation>
    </message>
    <message>
        <source>%1 has the message queued…</source>
        <translation>%1 has the message queued…</translation>
    </message>
    <message>
        <source>%1 reports a delay; still asking…</source>
        <translation>%1 reports a delay; still asking…</translation>
    </message>
    <message>
        <source>Asking %1 whether the message was delivered…</source>
        <translation>Asking %1 whether the message was delivered…</translation>
    </message>
    <message>
        <source>It landed in spam</source>
        <translation>It landed in spam</translation>
    </message>
    <message>
        <source>Spam filters trust mail whose SPF, DKIM and DMARC pass: see the results below and the DNS checks.</source>
        <translation>Spam filters trust mail whose SPF, DKIM and DMARC pass: see the results below and the DNS checks.</translation>
    </message>
    <message>
        <source>Mark it as &quot;not spam&quot; to teach this mailbox, but fix authentication for everyone else.</source>
        <translation>Mark it as &quot;not spam&quot; to teach this mailbox, but fix authentication for everyone else.</translation>
    </message>
    <message numerus="yes">
        <source>The test email was not found in %1 after %n second(s) (searched: %2).</source>
        <translation>
            <numerusform>The test email was not found in %1 after %n second (searched: %2).</numerusform>
            <numerusform>The test email was not found in %1 after %n seconds (searched: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not arrived</source>
        <translation>It has not arrived</translation>
    </message>
    <message>
        <source>Check that the IMAP account is the mailbox the test was sent to.</source>
        <translation>Check that the IMAP account is the mailbox the test was sent to.</translation>
    </message>
    <message>
        <source>The receiving server may still be holding it back (greylisting); try again in a few minutes.</source>
        <translation>The receiving server may still be holding it back (greylisting); try again in a few minutes.</translation>
    </message>
    <message>
        <source>If the provider reports it delivered, the receiving side filtered it out: check its quarantine and the DNS checks.</source>
        <translation>If the provider reports it delivered, the receiving side filtered it out: check its quarantine and the DNS checks.</translation>
    </message>
    <message>
        <source>Looking up the DNS records of %1 to see what to fix…</source>
        <translation>Looking up the DNS records of %1 to see what to fix…</translation>
    </message>
    <message>
        <source>The DNS records of %1 look right from here; if they were changed recently, the receiver may still have the old ones cached.</source>
        <translation>The DNS records of %1 look right from here; if they were changed recently, the receiver may still have the old ones cached.</translation>
    </message>
    <message>
        <source>%1 did not send the message (rejected, blocked or suppressed).</source>
        <translation>%1 did not send the message (rejected, blocked or suppressed).</translation>
    </message>
    <message>
        <source>%1 did not send the message (rejected, blocked or suppressed): %2</source>
        <translation>%1 did not send the message (rejected, blocked or suppressed): %2</translation>
    </message>
    <message>
        <source>The test email arrived, but in the spam folder &quot;%1&quot;, %2 s after it was sent.</source>
        <translation>The test email arrived, but in the spam folder &quot;%1&quot;, %2 s after it was sent.</translation>
    </message>
    <message>
        <source>The test email arrived, but in the spam folder &quot;%1&quot;.</source>
        <translation>The test email arrived, but in the spam folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The test email arrived in &quot;%1&quot;, %2 s after it was sent.</source>
        <translation>The test email arrived in &quot;%1&quot;, %2 s after it was sent.</translation>
    </message>
    <message>
        <source>The test email arrived in &quot;%1&quot;.</source>
        <translation>The test email arrived in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Look the message up in the provider&apos;s dashboard</source>
        <translation>Look the message up in the provider&apos;s dashboard</translation>
    </message>
    <message>
        <source>The message may well be fine; Postino only cannot read this answer. Please report it to Postino&apos;s developers with the transcript.</source>
        <translation>The message may well be fine; Postino only cannot read this answer. Please report it to Postino&apos;s developers with the transcript.</translation>
    </message>
    <message>
        <source>the answer was larger than %1 bytes</source>
        <translation>the answer was larger than %1 bytes</translation>
    </message>
    <message>
        <source>Postino could not check the message&apos;s status: %1&apos;s status API did not answer in time or could not be reached (%2).</source>
        <translation>Postino could not check the message&apos;s status: %1&apos;s status API did not answer in time or could not be reached (%2).</translation>
    </message>
    <message>
        <source>The status could not be checked</source>
        <translation>The status could not be checked</translation>
    </message>
    <message>
        <source>The message may well be fine: look it up in the provider&apos;s dashboard or log.</source>
        <translation>The message may well be fine: look it up in the provider&apos;s dashboard or log.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps failing, a firewall or proxy may be slowing or blocking HTTPS to %1.</source>
        <translation>Try again later; if it keeps failing, a firewall or proxy may be slowing or blocking HTTPS to %1.</translation>
    </message>
    <message>
        <source>Look the message up in %1&apos;s dashboard</source>
        <translation>Look the message up in %1&apos;s dashboard</translation>
    </message>
    <message>
        <source>Open %1&apos;s activity or logs page and search for the recipient&apos;s address.</source>
        <translation>Open %1&apos;s activity or logs page and search for the recipient&apos;s address.</translation>
    </message>
    <message>
        <source>Check the API address</source>
        <translation>Check the API address</translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; leave the API address setting empty for the default.</source>
        <translation>Use the provider&apos;s https:// address; leave the API address setting empty for the default.</translation>
    </message>
    <message>
        <source>Look again a little later</source>
        <translation>Look again a little later</translation>
    </message>
</context>
<context>
    <name>Discover</name>
    <message>
        <source>“%1” has no domain Postino can look up.</source>
        <translation>“%1” has no domain Postino can look up.</translation>
    </message>
    <message>
        <source>Type the whole From address</source>
        <translation>Type the whole From address</translation>
    </message>
    <message>
        <source>Discovery starts from the part after the @, for example you@example.com.</source>
        <translation>Discovery starts from the part after the @, for example you@example.com.</translation>
    </message>
    <message>
        <source>Looking up %1 in DNS and asking it for its mail settings…</source>
        <translation>Looking up %1 in DNS and asking it for its mail settings…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n mail server(s)…</source>
        <translation>
            <numerusform>Checking %n mail server…</numerusform>
            <numerusform>Checking %n mail servers…</numerusform>
        </translation>
    </message>
    <message>
        <source>answers with a valid certificate (%1) and offers sign-in (%2)</source>
        <translation>answers with a valid certificate (%1) and offers sign-in (%2)</translation>
    </message>
    <message>
        <source>answers with a valid certificate but offers no sign-in</source>
        <translation>answers with a valid certificate but offers no sign-in</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n submission server(s) found for %1 could be verified from this computer.</source>
        <translation>
            <numerusform>None of the %n submission server found for %1 could be verified from this computer.</numerusform>
            <numerusform>None of the %n submission servers found for %1 could be verified from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the servers from where the site runs</source>
        <translation>Check the servers from where the site runs</translation>
    </message>
    <message>
        <source>This network may block mail ports: run postino-cli discover on the web server, or test from your web server on the Checks page.</source>
        <translation>This network may block mail ports: run postino-cli discover on the web server, or test from your web server on the Checks page.</translation>
    </message>
    <message>
        <source>Or choose a mailer with an HTTPS API, which needs no mail port.</source>
        <translation>Or choose a mailer with an HTTPS API, which needs no mail port.</translation>
    </message>
    <message>
        <source>Suggested mailer: %1. %2</source>
        <translation>Suggested mailer: %1. %2</translation>
    </message>
    <message>
        <source>Your domain already authorises %1: %2.</source>
        <translation>Your domain already authorises %1: %2.</translation>
    </message>
    <message>
        <source>Your mailboxes are on %1 (%2): %3 sends as your own account.</source>
        <translation>Your mailboxes are on %1 (%2): %3 sends as your own account.</translation>
    </message>
    <message>
        <source>the probe did not run.</source>
        <translation>the probe did not run.</translation>
    </message>
    <message>
        <source>blocks SMTP ports %1 by default</source>
        <translation>blocks SMTP ports %1 by default</translation>
    </message>
    <message>
        <source>blocks SMTP ports %1</source>
        <translation>blocks SMTP ports %1</translation>
    </message>
    <message>
        <source>Your site is likely on %1 (%2), which %3: use a mailer with an HTTPS API.</source>
        <translation>Your site is likely on %1 (%2), which %3: use a mailer with an HTTPS API.</translation>
    </message>
    <message>
        <source>Nothing in your domain&apos;s DNS points at a sending service yet: a mailer with an HTTPS API works from any web host.</source>
        <translation>Nothing in your domain&apos;s DNS points at a sending service yet: a mailer with an HTTPS API works from any web host.</translation>
    </message>
    <message>
        <source>your domain&apos;s autoconfig file</source>
        <translation>your domain&apos;s autoconfig file</translation>
    </message>
    <message>
        <source>your domain&apos;s SRV record %1</source>
        <translation>your domain&apos;s SRV record %1</translation>
    </message>
    <message>
        <source>your mail provider&apos;s help page</source>
        <translation>your mail provider&apos;s help page</translation>
    </message>
    <message>
        <source>%1 answered with a valid certificate and offers sign-in (from %2).</source>
        <translation>%1 answered with a valid certificate and offers sign-in (from %2).</translation>
    </message>
    <message>
        <source>%1 comes from %2, but Postino could not verify it: %3</source>
        <translation>%1 comes from %2, but Postino could not verify it: %3</translation>
    </message>
    <message>
        <source>guessing your domain&apos;s server name</source>
        <translation>guessing your domain&apos;s server name</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>Some DNS answers did not arrive within %1 seconds; the report below is incomplete.</source>
        <translation>Some DNS answers did not arrive within %1 seconds; the report below is incomplete.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>If it happens again, the domain&apos;s name servers or your network&apos;s resolver may be slow or unreachable.</source>
        <translation>If it happens again, the domain&apos;s name servers or your network&apos;s resolver may be slow or unreachable.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name that can be checked.</source>
        <translation>“%1” is not a domain name that can be checked.</translation>
    </message>
    <message>
        <source>Enter the From address first</source>
        <translation>Enter the From address first</translation>
    </message>
    <message>
        <source>The domain is the part after the @ of the From address.</source>
        <translation>The domain is the part after the @ of the From address.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces to the From address cannot be delivered, and some receivers refuse mail from domains that cannot receive any.</source>
        <translation>%1 has no MX record: replies and bounces to the From address cannot be delivered, and some receivers refuse mail from domains that cannot receive any.</translation>
    </message>
    <message>
        <source>Add an MX record, or send from an address that can receive mail</source>
        <translation>Add an MX record, or send from an address that can receive mail</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”): it declares that it receives no mail, so replies to your test and to site mail will bounce.</source>
        <translation>%1 publishes a null MX (“0 .”): it declares that it receives no mail, so replies to your test and to site mail will bounce.</translation>
    </message>
    <message>
        <source>Use a From address that can receive replies, or set a Reply-To</source>
        <translation>Use a From address that can receive replies, or set a Reply-To</translation>
    </message>
    <message>
        <source>The MX record of %1 names %2, which has no IPv4 or IPv6 address, so mail for the domain cannot be delivered there.</source>
        <translation>The MX record of %1 names %2, which has no IPv4 or IPv6 address, so mail for the domain cannot be delivered there.</translation>
    </message>
    <message>
        <source>Correct the MX host name, or give the host an address</source>
        <translation>Correct the MX host name, or give the host an address</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 receives mail at %2.</translation>
    </message>
    <message>
        <source>%1 sends bounces through a subdomain whose name you chose in your %1 account; enter it to have it checked.</source>
        <translation>%1 sends bounces through a subdomain whose name you chose in your %1 account; enter it to have it checked.</translation>
    </message>
    <message>
        <source>%1 sends bounces through a subdomain named %2 followed by digits, shown in your %1 account; enter it to have it checked.</source>
        <translation>%1 sends bounces through a subdomain named %2 followed by digits, shown in your %1 account; enter it to have it checked.</translation>
    </message>
    <message>
        <source>The return-path record %1 could not be read (%2).</source>
        <translation>The return-path record %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>Check again in a minute</source>
        <translation>Check again in a minute</translation>
    </message>
    <message>
        <source>Bounces go to %1 through %2, so SPF lines up with your domain.</source>
        <translation>Bounces go to %1 through %2, so SPF lines up with your domain.</translation>
    </message>
    <message>
        <source>The return-path record %1 for %2 is missing, so SPF will not line up with your domain for DMARC (DKIM still can).</source>
        <translation>The return-path record %1 for %2 is missing, so SPF will not line up with your domain for DMARC (DKIM still can).</translation>
    </message>
    <message>
        <source>%1 points to %2, not to %3 as %4 expects.</source>
        <translation>%1 points to %2, not to %3 as %4 expects.</translation>
    </message>
    <message>
        <source>Add the CNAME record from your %1 account</source>
        <translation>Add the CNAME record from your %1 account</translation>
    </message>
    <message>
        <source>Copy the exact target from %1&apos;s domain settings; it can be specific to your account.</source>
        <translation>Copy the exact target from %1&apos;s domain settings; it can be specific to your account.</translation>
    </message>
    <message>
        <source>&lt;target shown by %1&gt;</source>
        <translation>&lt;target shown by %1&gt;</translation>
    </message>
    <message>
        <source>The %1 ownership record (%2…) is in place.</source>
        <translation>The %1 ownership record (%2…) is in place.</translation>
    </message>
    <message>
        <source>No %1 ownership record (%2…) was found; %1 asks for one before it sends for your domain.</source>
        <translation>No %1 ownership record (%2…) was found; %1 asks for one before it sends for your domain.</translation>
    </message>
    <message>
        <source>Copy the TXT record from your %1 account</source>
        <translation>Copy the TXT record from your %1 account</translation>
    </message>
    <message>
        <source>DKIM lines up: %1 signs with your domain, so DMARC passes on DKIM.</source>
        <translation>DKIM lines up: %1 signs with your domain, so DMARC passes on DKIM.</translation>
    </message>
    <message>
        <source>SPF lines up: the envelope sender %1 belongs to your domain, so DMARC passes on SPF.</source>
        <translation>SPF lines up: the envelope sender %1 belongs to your domain, so DMARC passes on SPF.</translation>
    </message>
    <message>
        <source>Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC fails and receivers apply your policy (%3) to it.</source>
        <translation>Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC fails and receivers apply your policy (%3) to it.</translation>
    </message>
    <message>
        <source>Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC would fail; Gmail and Yahoo already expect it to pass for bulk mail.</source>
        <translation>Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC would fail; Gmail and Yahoo already expect it to pass for bulk mail.</translation>
    </message>
    <message>
        <source>Publish the DKIM records %1 gives you</source>
        <translation>Publish the DKIM records %1 gives you</translation>
    </message>
    <message>
        <source>DKIM is the sure way: once the key is published, %1 signs with your domain.</source>
        <translation>DKIM is the sure way: once the key is published, %1 signs with your domain.</translation>
    </message>
    <message>
        <source>A return-path (bounce) record under your domain lines SPF up as well, where %1 offers one.</source>
        <translation>A return-path (bounce) record under your domain lines SPF up as well, where %1 offers one.</translation>
    </message>
    <message>
        <source>Mail from %1 gets “pass” from the SPF of %2 (%3).</source>
        <translation>Mail from %1 gets “pass” from the SPF of %2 (%3).</translation>
    </message>
    <message>
        <source>Mail from %1 would get “%2” from the SPF of %3, not “pass”.</source>
        <translation>Mail from %1 would get “%2” from the SPF of %3, not “pass”.</translation>
    </message>
    <message>
        <source>Authorise %1 in the SPF record</source>
        <translation>Authorise %1 in the SPF record</translation>
    </message>
    <message>
        <source>Add ip4:%1 (or ip6:) before the all term, or the include of the service that owns the address.</source>
        <translation>Add ip4:%1 (or ip6:) before the all term, or the include of the service that owns the address.</translation>
    </message>
    <message>
        <source>The SPF record of %1 lists a:%2, but %2 has no address, so it never matches.</source>
        <translation>The SPF record of %1 lists a:%2, but %2 has no address, so it never matches.</translation>
    </message>
    <message>
        <source>Remove the term or correct the host name</source>
        <translation>Remove the term or correct the host name</translation>
    </message>
    <message>
        <source>The SPF record of %1 lists mx:%2, but %2 has no MX record, so it never matches.</source>
        <translation>The SPF record of %1 lists mx:%2, but %2 has no MX record, so it never matches.</translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; SPF allows at most 10 for an mx term, so receivers return an error.</source>
        <translation>%1 has %2 MX hosts; SPF allows at most 10 for an mx term, so receivers return an error.</translation>
    </message>
    <message>
        <source>List the sending servers with ip4:/ip6: instead of mx</source>
        <translation>List the sending servers with ip4:/ip6: instead of mx</translation>
    </message>
    <message>
        <source>SPF includes loop back on themselves: %1.</source>
        <translation>SPF includes loop back on themselves: %1.</translation>
    </message>
    <message>
        <source>Remove the include that points back</source>
        <translation>Remove the include that points back</translation>
    </message>
    <message>
        <source>Receivers stop with an error (permerror) when they meet a loop, so SPF fails for every message.</source>
        <translation>Receivers stop with an error (permerror) when they meet a loop, so SPF fails for every message.</translation>
    </message>
    <message>
        <source>include:%1 appears more than once in the SPF tree of %2; each copy costs lookups.</source>
        <translation>include:%1 appears more than once in the SPF tree of %2; each copy costs lookups.</translation>
    </message>
    <message>
        <source>Keep one include:%1</source>
        <translation>Keep one include:%1</translation>
    </message>
    <message>
        <source>The SPF record of %1 includes %2, which could not be looked up (%3).</source>
        <translation>The SPF record of %1 includes %2, which could not be looked up (%3).</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask whoever runs %1</source>
        <translation>Check again later; if it persists, ask whoever runs %1</translation>
    </message>
    <message>
        <source>%1 points to %2, which has no SPF record; receivers stop with an error (permerror).</source>
        <translation>%1 points to %2, which has no SPF record; receivers stop with an error (permerror).</translation>
    </message>
    <message>
        <source>%1 points to %2, which has more than one SPF record; receivers stop with an error (permerror).</source>
        <translation>%1 points to %2, which has more than one SPF record; receivers stop with an error (permerror).</translation>
    </message>
    <message>
        <source>Correct or remove %1</source>
        <translation>Correct or remove %1</translation>
    </message>
    <message>
        <source>Check the spelling against your provider&apos;s instructions.</source>
        <translation>Check the spelling against your provider&apos;s instructions.</translation>
    </message>
    <message>
        <source>%1 points to %2, whose SPF record is invalid (%3).</source>
        <translation>%1 points to %2, whose SPF record is invalid (%3).</translation>
    </message>
    <message>
        <source>%1 still publishes a record of the obsolete SPF type (99). Receivers only read TXT records.</source>
        <translation>%1 still publishes a record of the obsolete SPF type (99). Receivers only read TXT records.</translation>
    </message>
    <message>
        <source>Delete the SPF-type record and keep the TXT record</source>
        <translation>Delete the SPF-type record and keep the TXT record</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS, so no receiver can check its mail.</source>
        <translation>The domain %1 does not exist in DNS, so no receiver can check its mail.</translation>
    </message>
    <message>
        <source>Check the spelling of the From address</source>
        <translation>Check the spelling of the From address</translation>
    </message>
    <message>
        <source>Use an address at a domain you own and that is registered.</source>
        <translation>Use an address at a domain you own and that is registered.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be read (%2).</source>
        <translation>The SPF record of %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>If it keeps failing, the domain&apos;s name servers may be down or blocking queries.</source>
        <translation>If it keeps failing, the domain&apos;s name servers may be down or blocking queries.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so receivers cannot tell which servers may send its mail.</source>
        <translation>%1 has no SPF record, so receivers cannot tell which servers may send its mail.</translation>
    </message>
    <message>
        <source>Add an SPF record</source>
        <translation>Add an SPF record</translation>
    </message>
    <message>
        <source>Create a TXT record on the domain itself (the name is often written @).</source>
        <translation>Create a TXT record on the domain itself (the name is often written @).</translation>
    </message>
    <message>
        <source>List the servers that send your mail; ask your mail provider for its include.</source>
        <translation>List the servers that send your mail; ask your mail provider for its include.</translation>
    </message>
    <message>
        <source>Use the value shown below; it authorises %1.</source>
        <translation>Use the value shown below; it authorises %1.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records. A domain may have only one; with more, receivers stop with an error (permerror) and SPF fails for every message.</source>
        <translation>%1 has %2 SPF records. A domain may have only one; with more, receivers stop with an error (permerror) and SPF fails for every message.</translation>
    </message>
    <message>
        <source>Merge them into one record</source>
        <translation>Merge them into one record</translation>
    </message>
    <message>
        <source>Delete all the v=spf1 TXT records and add the single record below instead.</source>
        <translation>Delete all the v=spf1 TXT records and add the single record below instead.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an error at character %2: %3. Receivers stop with an error (permerror), so SPF fails for every message.</source>
        <translation>The SPF record of %1 has an error at character %2: %3. Receivers stop with an error (permerror), so SPF fails for every message.</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>Correct the record</translation>
    </message>
    <message>
        <source>The marker » in the record below shows where the problem starts.</source>
        <translation>The marker » in the record below shows where the problem starts.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is %2 characters long; above about 450, some receivers cannot read it reliably.</source>
        <translation>The SPF record of %1 is %2 characters long; above about 450, some receivers cannot read it reliably.</translation>
    </message>
    <message>
        <source>Shorten it</source>
        <translation>Shorten it</translation>
    </message>
    <message>
        <source>Remove services you no longer use, or replace long ip4 lists with an include managed by your provider.</source>
        <translation>Remove services you no longer use, or replace long ip4 lists with an include managed by your provider.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it authorises every server on the internet to send as your domain.</source>
        <translation>The SPF record of %1 ends in +all: it authorises every server on the internet to send as your domain.</translation>
    </message>
    <message>
        <source>Change +all to ~all</source>
        <translation>Change +all to ~all</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in ?all, which says nothing about other servers; it gives almost no protection.</source>
        <translation>The SPF record of %1 ends in ?all, which says nothing about other servers; it gives almost no protection.</translation>
    </message>
    <message>
        <source>Change ?all to ~all once all your senders are listed</source>
        <translation>Change ?all to ~all once all your senders are listed</translation>
    </message>
    <message>
        <source>The SPF record of %1 has no all at the end, so servers not listed get a neutral result.</source>
        <translation>The SPF record of %1 has no all at the end, so servers not listed get a neutral result.</translation>
    </message>
    <message>
        <source>End the record with ~all</source>
        <translation>End the record with ~all</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses ptr, which is slow, unreliable and ignored by some receivers (RFC 7208 discourages it).</source>
        <translation>The SPF record of %1 uses ptr, which is slow, unreliable and ignored by some receivers (RFC 7208 discourages it).</translation>
    </message>
    <message>
        <source>Replace ptr with ip4:/ip6: or the provider&apos;s include</source>
        <translation>Replace ptr with ip4:/ip6: or the provider&apos;s include</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS lookups; the limit is 10, so receivers stop with an error (permerror) and SPF fails.</source>
        <translation>The SPF record of %1 needs %2 DNS lookups; the limit is 10, so receivers stop with an error (permerror) and SPF fails.</translation>
    </message>
    <message>
        <source>Reduce the lookups to 10 or fewer</source>
        <translation>Reduce the lookups to 10 or fewer</translation>
    </message>
    <message>
        <source>Remove includes of services you no longer use.</source>
        <translation>Remove includes of services you no longer use.</translation>
    </message>
    <message>
        <source>Replace a and mx terms with the ip4:/ip6: addresses they stand for.</source>
        <translation>Replace a and mx terms with the ip4:/ip6: addresses they stand for.</translation>
    </message>
    <message>
        <source>Ask providers for a smaller include, or use a subdomain for one of them.</source>
        <translation>Ask providers for a smaller include, or use a subdomain for one of them.</translation>
    </message>
    <message>
        <source>%1 terms in the SPF tree of %2 point to names that do not exist or have no records; above 2, receivers stop with an error (permerror).</source>
        <translation>%1 terms in the SPF tree of %2 point to names that do not exist or have no records; above 2, receivers stop with an error (permerror).</translation>
    </message>
    <message>
        <source>Remove the terms that point nowhere</source>
        <translation>Remove the terms that point nowhere</translation>
    </message>
    <message>
        <source>%1 asks customers not to add its include to SPF; its records on your domain cover it.</source>
        <translation>%1 asks customers not to add its include to SPF; its records on your domain cover it.</translation>
    </message>
    <message>
        <source>Remove the %1 include from the SPF record</source>
        <translation>Remove the %1 include from the SPF record</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not include %2, so mail sent through %3 fails SPF.</source>
        <translation>The SPF record of %1 does not include %2, so mail sent through %3 fails SPF.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not include %2. %3 covers SPF with its own return path, so this is optional.</source>
        <translation>The SPF record of %1 does not include %2. %3 covers SPF with its own return path, so this is optional.</translation>
    </message>
    <message>
        <source>Add include:%1 before the all term</source>
        <translation>Add include:%1 before the all term</translation>
    </message>
    <message>
        <source>The SPF record of %1 includes %2.</source>
        <translation>The SPF record of %1 includes %2.</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record using %2 of the 10 DNS lookups allowed.</source>
        <translation>%1 has one valid SPF record using %2 of the 10 DNS lookups allowed.</translation>
    </message>
    <message>
        <source>Mail from %1&apos;s server %2 gets “pass” from the SPF of %3.</source>
        <translation>Mail from %1&apos;s server %2 gets “pass” from the SPF of %3.</translation>
    </message>
    <message>
        <source>Mail from %1&apos;s server %2 would get “%3” from the SPF of %4, not “pass”.</source>
        <translation>Mail from %1&apos;s server %2 would get “%3” from the SPF of %4, not “pass”.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain %1 for %2 is not complete (%3), so SPF will not line up with your domain for DMARC (DKIM still can).</source>
        <translation>The MAIL FROM domain %1 for %2 is not complete (%3), so SPF will not line up with your domain for DMARC (DKIM still can).</translation>
    </message>
    <message>
        <source>no MX and no SPF record</source>
        <translation>no MX and no SPF record</translation>
    </message>
    <message>
        <source>no MX record pointing to %1</source>
        <translation>no MX record pointing to %1</translation>
    </message>
    <message>
        <source>no SPF record with include:%1</source>
        <translation>no SPF record with include:%1</translation>
    </message>
    <message>
        <source>Publish both records below</source>
        <translation>Publish both records below</translation>
    </message>
    <message>
        <source>Set the same subdomain as the custom MAIL FROM domain in %1; use the MX host of the region your account sends from.</source>
        <translation>Set the same subdomain as the custom MAIL FROM domain in %1; use the MX host of the region your account sends from.</translation>
    </message>
    <message>
        <source>DNS report for %1 (%2), checked with %3 in %4 ms</source>
        <translation>DNS report for %1 (%2), checked with %3 in %4 ms</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s own domain: %2 publishes and looks after its SPF, DKIM and DMARC records, so there is nothing for you to add.</source>
        <translation>%1 is %2&apos;s own domain: %2 publishes and looks after its SPF, DKIM and DMARC records, so there is nothing for you to add.</translation>
    </message>
    <message>
        <source>Authorise %1 in the SPF record of %2</source>
        <translation>Authorise %1 in the SPF record of %2</translation>
    </message>
    <message>
        <source>Make the change where your domain&apos;s DNS records are edited (often your domain registrar or host), then check again.</source>
        <translation>Make the change where your domain&apos;s DNS records are edited (often your domain registrar or host), then check again.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, ask your DNS provider.</source>
        <translation>Run the check again in a few minutes; if it keeps failing, ask your DNS provider.</translation>
    </message>
    <message>
        <source>Mail from your SMTP server %1 gets “pass” from the SPF of %2.</source>
        <translation>Mail from your SMTP server %1 gets “pass” from the SPF of %2.</translation>
    </message>
    <message>
        <source>Mail from your SMTP server %1 would get “%2” from the SPF of %3, not “pass”.</source>
        <translation>Mail from your SMTP server %1 would get “%2” from the SPF of %3, not “pass”.</translation>
    </message>
</context>
<context>
    <name>Dnsbl</name>
    <message>
        <source>Free for low-volume, non-commercial use through its public servers, which refuse queries sent through public or shared DNS resolvers.</source>
        <translation>Free for low-volume, non-commercial use through its public servers, which refuse queries sent through public or shared DNS resolvers.</translation>
    </message>
    <message>
        <source>Spamhaus SBL: the address is a known source of spam or serves a spam operation.</source>
        <translation>Spamhaus SBL: the address is a known source of spam or serves a spam operation.</translation>
    </message>
    <message>
        <source>Spamhaus CSS: an automatic listing of an address seen sending spam.</source>
        <translation>Spamhaus CSS: an automatic listing of an address seen sending spam.</translation>
    </message>
    <message>
        <source>Spamhaus XBL: the address behaves like a hijacked or infected machine (malware, an open proxy).</source>
        <translation>Spamhaus XBL: the address behaves like a hijacked or infected machine (malware, an open proxy).</translation>
    </message>
    <message>
        <source>Spamhaus DROP: the address belongs to a network run or taken over by criminals.</source>
        <translation>Spamhaus DROP: the address belongs to a network run or taken over by criminals.</translation>
    </message>
    <message>
        <source>Spamhaus PBL, set by the network&apos;s owner: the address should not send mail straight to other mail servers, only through its provider&apos;s mail server.</source>
        <translation>Spamhaus PBL, set by the network&apos;s owner: the address should not send mail straight to other mail servers, only through its provider&apos;s mail server.</translation>
    </message>
    <message>
        <source>Spamhaus PBL, set by Spamhaus: the address looks like an end-user or dynamic address that should not send mail straight to other mail servers.</source>
        <translation>Spamhaus PBL, set by Spamhaus: the address looks like an end-user or dynamic address that should not send mail straight to other mail servers.</translation>
    </message>
    <message>
        <source>Spamhaus BCL: the address runs the controller of a botnet.</source>
        <translation>Spamhaus BCL: the address runs the controller of a botnet.</translation>
    </message>
    <message>
        <source>Spamhaus did not answer the question: the list&apos;s name in the query was mistyped.</source>
        <translation>Spamhaus did not answer the question: the list&apos;s name in the query was mistyped.</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries sent through public or shared DNS resolvers (such as 8.8.8.8 or 1.1.1.1), so it did not say whether the address is listed.</source>
        <translation>Spamhaus refuses queries sent through public or shared DNS resolvers (such as 8.8.8.8 or 1.1.1.1), so it did not say whether the address is listed.</translation>
    </message>
    <message>
        <source>Spamhaus refuses this DNS resolver because it sent too many queries, so it did not say whether the address is listed.</source>
        <translation>Spamhaus refuses this DNS resolver because it sent too many queries, so it did not say whether the address is listed.</translation>
    </message>
    <message>
        <source>Free to query, provided as is without warranty.</source>
        <translation>Free to query, provided as is without warranty.</translation>
    </message>
    <message>
        <source>SpamCop: recipients or spam traps recently reported mail from this address as spam; the listing ends by itself once the reports stop.</source>
        <translation>SpamCop: recipients or spam traps recently reported mail from this address as spam; the listing ends by itself once the reports stop.</translation>
    </message>
    <message>
        <source>Free, but it answers only DNS servers registered with Barracuda.</source>
        <translation>Free, but it answers only DNS servers registered with Barracuda.</translation>
    </message>
    <message>
        <source>Barracuda: the address sent mail to Barracuda&apos;s spam traps or was rated a source of spam.</source>
        <translation>Barracuda: the address sent mail to Barracuda&apos;s spam traps or was rated a source of spam.</translation>
    </message>
    <message>
        <source>Free for anybody to use.</source>
        <translation>Free for anybody to use.</translation>
    </message>
    <message>
        <source>PSBL: the address sent mail to PSBL&apos;s spam traps; anyone may remove it through the list&apos;s website.</source>
        <translation>PSBL: the address sent mail to PSBL&apos;s spam traps; anyone may remove it through the list&apos;s website.</translation>
    </message>
    <message>
        <source>Free for sites under 100,000 messages and 100,000 DNS queries a day.</source>
        <translation>Free for sites under 100,000 messages and 100,000 DNS queries a day.</translation>
    </message>
    <message>
        <source>Mailspike: the address took part in a wave of spam seen in the last hours.</source>
        <translation>Mailspike: the address took part in a wave of spam seen in the last hours.</translation>
    </message>
    <message>
        <source>Mailspike reputation L5: the worst possible reputation.</source>
        <translation>Mailspike reputation L5: the worst possible reputation.</translation>
    </message>
    <message>
        <source>Mailspike reputation L4: a very bad reputation.</source>
        <translation>Mailspike reputation L4: a very bad reputation.</translation>
    </message>
    <message>
        <source>Mailspike reputation L3: a bad reputation.</source>
        <translation>Mailspike reputation L3: a bad reputation.</translation>
    </message>
    <message>
        <source>%1 lists only IPv4 addresses, so it was not asked about this one.</source>
        <translation>%1 lists only IPv4 addresses, so it was not asked about this one.</translation>
    </message>
    <message>
        <source>%1 lists only IPv6 addresses, so it was not asked about this one.</source>
        <translation>%1 lists only IPv6 addresses, so it was not asked about this one.</translation>
    </message>
    <message>
        <source>the list&apos;s DNS server did not answer in time</source>
        <translation>the list&apos;s DNS server did not answer in time</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>the DNS server failed to answer (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query (some lists answer only registered or private resolvers)</source>
        <translation>the DNS server refused the query (some lists answer only registered or private resolvers)</translation>
    </message>
    <message>
        <source>the name to ask cannot be built from this address and zone</source>
        <translation>the name to ask cannot be built from this address and zone</translation>
    </message>
    <message>
        <source>the list gave an empty answer, which it does not document</source>
        <translation>the list gave an empty answer, which it does not document</translation>
    </message>
    <message>
        <source>the list answered %1, which is not one of the answers it documents, so the answer cannot be trusted either way</source>
        <translation>the list answered %1, which is not one of the answers it documents, so the answer cannot be trusted either way</translation>
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
    <message>
        <source>No %1 is stored for the %2 alert, so the file has a placeholder in its place.</source>
        <translation>No %1 is stored for the %2 alert, so the file has a placeholder in its place.</translation>
    </message>
    <message>
        <source>WP Mail SMTP has no %1 alerts; that channel is only in the &quot;alerts&quot; JSON export.</source>
        <translation>WP Mail SMTP has no %1 alerts; that channel is only in the &quot;alerts&quot; JSON export.</translation>
    </message>
    <message>
        <source>wp-config.php constants hold one %1 alert; add the others in WP Mail SMTP&apos;s Alerts settings, or use the option export.</source>
        <translation>wp-config.php constants hold one %1 alert; add the others in WP Mail SMTP&apos;s Alerts settings, or use the option export.</translation>
    </message>
    <message>
        <source>WPMS_ALERT_EMAIL_SEND_TO holds one address; add the others in WP Mail SMTP&apos;s Alerts settings, or use the option export.</source>
        <translation>WPMS_ALERT_EMAIL_SEND_TO holds one address; add the others in WP Mail SMTP&apos;s Alerts settings, or use the option export.</translation>
    </message>
    <message>
        <source>No alert channel is set up, so the list is empty.</source>
        <translation>No alert channel is set up, so the list is empty.</translation>
    </message>
    <message>
        <source>Failure alerts are turned off; the channels are written with &quot;enabled&quot;: false.</source>
        <translation>Failure alerts are turned off; the channels are written with &quot;enabled&quot;: false.</translation>
    </message>
    <message>
        <source>Add channels with the Alert channels… button on the Features page.</source>
        <translation>Add channels with the Alert channels… button on the Features page.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, open the OAuth client (type &quot;Web application&quot;; a &quot;Desktop app&quot; client gives redirect_uri_mismatch) and add exactly %1 under &quot;Authorized redirect URIs&quot;. Sites that use their own redirect show https://YOUR-SITE/wp-admin/options-general.php?page=wp-mail-smtp&amp;tab=auth there instead.</source>
        <translation>In the Google Cloud console, open the OAuth client (type &quot;Web application&quot;; a &quot;Desktop app&quot; client gives redirect_uri_mismatch) and add exactly %1 under &quot;Authorized redirect URIs&quot;. Sites that use their own redirect show https://YOUR-SITE/wp-admin/options-general.php?page=wp-mail-smtp&amp;tab=auth there instead.</translation>
    </message>
    <message>
        <source>Copy the Redirect URI that WP Mail SMTP shows next to the client secret and add it, exactly, to the app registration (%1).</source>
        <translation>Copy the Redirect URI that WP Mail SMTP shows next to the client secret and add it, exactly, to the app registration (%1).</translation>
    </message>
    <message>
        <source>Load these settings on the site, open WP Mail SMTP &gt; Settings and click the button that connects the account (&quot;Allow plugin to send emails using your account&quot;).</source>
        <translation>Load these settings on the site, open WP Mail SMTP &gt; Settings and click the button that connects the account (&quot;Allow plugin to send emails using your account&quot;).</translation>
    </message>
    <message>
        <source>On the provider&apos;s page, sign in with the sending account and click &quot;Allow&quot;; WordPress shows the account as connected afterwards.</source>
        <translation>On the provider&apos;s page, sign in with the sending account and click &quot;Allow&quot;; WordPress shows the account as connected afterwards.</translation>
    </message>
    <message>
        <source>Send a test email from WP Mail SMTP &gt; Tools &gt; Email Test.</source>
        <translation>Send a test email from WP Mail SMTP &gt; Tools &gt; Email Test.</translation>
    </message>
    <message>
        <source>The OAuth client needs WP Mail SMTP&apos;s redirect address for your site, not Postino&apos;s.</source>
        <translation>The OAuth client needs WP Mail SMTP&apos;s redirect address for your site, not Postino&apos;s.</translation>
    </message>
    <message>
        <source>The OAuth client needs the redirect address %1 for WP Mail SMTP.</source>
        <translation>The OAuth client needs the redirect address %1 for WP Mail SMTP.</translation>
    </message>
    <message>
        <source>Connect the account in WordPress</source>
        <translation>Connect the account in WordPress</translation>
    </message>
    <message>
        <source>%1 sends through %2 with the app password: a server cannot open a browser to sign in, and an OAuth token would need the client secret on the server and expire.</source>
        <translation>%1 sends through %2 with the app password: a server cannot open a browser to sign in, and an OAuth token would need the client secret on the server and expire.</translation>
    </message>
    <message>
        <source>%1 with an app password is WP Mail SMTP&apos;s &quot;Other SMTP&quot; mailer with %2; the file sets that up.</source>
        <translation>%1 with an app password is WP Mail SMTP&apos;s &quot;Other SMTP&quot; mailer with %2; the file sets that up.</translation>
    </message>
    <message>
        <source>These constants say where failure alerts go, but they cannot switch WP Mail SMTP&apos;s alerts on: the plugin has no constant for that. Alerts also need WP Mail SMTP Pro.</source>
        <translation>These constants say where failure alerts go, but they cannot switch WP Mail SMTP&apos;s alerts on: the plugin has no constant for that. Alerts also need WP Mail SMTP Pro.</translation>
    </message>
    <message>
        <source>After loading the settings, turn each alert on in WP Mail SMTP &gt; Settings &gt; Alerts, or use the export for wp-cli (WP Mail SMTP settings), which switches them on.</source>
        <translation>After loading the settings, turn each alert on in WP Mail SMTP &gt; Settings &gt; Alerts, or use the export for wp-cli (WP Mail SMTP settings), which switches them on.</translation>
    </message>
    <message>
        <source>The settings switch WP Mail SMTP&apos;s failure alerts on; the plugin sends them only in its Pro edition.</source>
        <translation>The settings switch WP Mail SMTP&apos;s failure alerts on; the plugin sends them only in its Pro edition.</translation>
    </message>
    <message>
        <source>Change the setting in Postino, then export again.</source>
        <translation>Change the setting in Postino, then export again.</translation>
    </message>
    <message>
        <source>Check the exported settings</source>
        <translation>Check the exported settings</translation>
    </message>
    <message>
        <source>Choose a mailer</source>
        <translation>Choose a mailer</translation>
    </message>
    <message>
        <source>wp-config.php was left unchanged</source>
        <translation>wp-config.php was left unchanged</translation>
    </message>
    <message>
        <source>Copy the settings from Export and paste them into wp-config.php by hand, above the line that says to stop editing.</source>
        <translation>Copy the settings from Export and paste them into wp-config.php by hand, above the line that says to stop editing.</translation>
    </message>
    <message>
        <source>WP Mail SMTP has no %1 mailer, so the file sets up its &quot;Other SMTP&quot; mailer with %1&apos;s SMTP relay %2 (user name %3).</source>
        <translation>WP Mail SMTP has no %1 mailer, so the file sets up its &quot;Other SMTP&quot; mailer with %1&apos;s SMTP relay %2 (user name %3).</translation>
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
    <message>
        <source>There are already 999 backups from the same second.</source>
        <translation>There are already 999 backups from the same second.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>To add the settings to a site&apos;s wp-config.php, insert them instead (postino-cli export --format wp-config --insert FILE, or Insert into wp-config.php… in the wizard): the rest of the file stays, and a backup is made first.</source>
        <translation>To add the settings to a site&apos;s wp-config.php, insert them instead (postino-cli export --format wp-config --insert FILE, or Insert into wp-config.php… in the wizard): the rest of the file stays, and a backup is made first.</translation>
    </message>
    <message>
        <source>Or write the export to a new file with another name.</source>
        <translation>Or write the export to a new file with another name.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a file Postino wrote for this format, so it was left as it is: replacing it would lose what it holds.</source>
        <translation>%1 already exists and is not a file Postino wrote for this format, so it was left as it is: replacing it would lose what it holds.</translation>
    </message>
    <message>
        <source>The settings still hold placeholders (%1). WordPress would try to log in with the placeholder and stop sending email, so %2 was not changed.</source>
        <translation>The settings still hold placeholders (%1). WordPress would try to log in with the placeholder and stop sending email, so %2 was not changed.</translation>
    </message>
    <message>
        <source>Enter the passwords and keys in Postino and include them in the export, then insert again.</source>
        <translation>Enter the passwords and keys in Postino and include them in the export, then insert again.</translation>
    </message>
    <message>
        <source>To insert anyway and replace the placeholders by hand on the server at once, confirm it (postino-cli: --allow-placeholders).</source>
        <translation>To insert anyway and replace the placeholders by hand on the server at once, confirm it (postino-cli: --allow-placeholders).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Postino cannot give the rewritten file its owner and group (%1:%2) as this user, and the site might not be able to read it otherwise. Nothing was changed.</source>
        <translation>Postino cannot give the rewritten file its owner and group (%1:%2) as this user, and the site might not be able to read it otherwise. Nothing was changed.</translation>
    </message>
    <message>
        <source>Run Postino as the file&apos;s owner, or with sudo.</source>
        <translation>Run Postino as the file&apos;s owner, or with sudo.</translation>
    </message>
    <message>
        <source>No backup could be made (%1), so nothing was changed.</source>
        <translation>No backup could be made (%1), so nothing was changed.</translation>
    </message>
    <message>
        <source>The original file is kept as %1. Like wp-config.php itself, it holds the site&apos;s database password and secret keys.</source>
        <translation>The original file is kept as %1. Like wp-config.php itself, it holds the site&apos;s database password and secret keys.</translation>
    </message>
    <message>
        <source>Keep the backup safe</source>
        <translation>Keep the backup safe</translation>
    </message>
    <message>
        <source>Once the site sends email, delete the backup or move it out of the website&apos;s folders.</source>
        <translation>Once the site sends email, delete the backup or move it out of the website&apos;s folders.</translation>
    </message>
    <message>
        <source>To undo the change, rename the backup to %1.</source>
        <translation>To undo the change, rename the backup to %1.</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Keep the existing file</translation>
    </message>
    <message>
        <source>Fill in the placeholders first</source>
        <translation>Fill in the placeholders first</translation>
    </message>
    <message>
        <source>Pick the right file</source>
        <translation>Pick the right file</translation>
    </message>
    <message>
        <source>Insert as the file&apos;s owner</source>
        <translation>Insert as the file&apos;s owner</translation>
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
    <message>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>Publish:</source>
        <translation>Publish:</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>Copy this report and send it to your provider&apos;s support: the id %1 tells them what Postino found.</source>
        <translation>Copy this report and send it to your provider&apos;s support: the id %1 tells them what Postino found.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix; %1</source>
        <translation>
            <numerusform>%n thing to fix; %1</numerusform>
            <numerusform>%n things to fix; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run</source>
        <translation>
            <numerusform>%n check could not run</numerusform>
            <numerusform>%n checks could not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before you send</source>
        <translation>
            <numerusform>%n thing to fix before you send</numerusform>
            <numerusform>%n things to fix before you send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to fix so far; %n check(s) could not run</source>
        <translation>
            <numerusform>Nothing to fix so far; %n check could not run</numerusform>
            <numerusform>Nothing to fix so far; %n checks could not run</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is fine</source>
        <translation>Everything checked is fine</translation>
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
    <message>
        <source>Alert channels (%1)</source>
        <translation>Alert channels (%1)</translation>
    </message>
    <message>
        <source>Alerts to this computer and private networks</source>
        <translation>Alerts to this computer and private networks</translation>
    </message>
    <message>
        <source>The profile lets failure alerts go to this computer and to private networks (allowLocalTargets), which is meant only for a test server.</source>
        <translation>The profile lets failure alerts go to this computer and to private networks (allowLocalTargets), which is meant only for a test server.</translation>
    </message>
    <message>
        <source>Unless the alerts go to a test server on your network, clear &quot;Allow alerts to this computer and private networks&quot; in the Failure alerts window on the Features page.</source>
        <translation>Unless the alerts go to a test server on your network, clear &quot;Allow alerts to this computer and private networks&quot; in the Failure alerts window on the Features page.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text, so Postino did not read it.</source>
        <translation>%1 holds binary data, not text, so Postino did not read it.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; Postino read it as %2 text.</source>
        <translation>%1 is not UTF-8; Postino read it as %2 text.</translation>
    </message>
    <message>
        <source>Compare it with the plugin&apos;s settings page and set it on the Configure mailer page.</source>
        <translation>Compare it with the plugin&apos;s settings page and set it on the Configure mailer page.</translation>
    </message>
    <message>
        <source>Check this setting after the import</source>
        <translation>Check this setting after the import</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>test message</source>
        <translation>test message</translation>
    </message>
    <message>
        <source>arrived copy</source>
        <translation>arrived copy</translation>
    </message>
    <message>
        <source>Postino builds this message itself: report it, with the message, to Postino&apos;s developers.</source>
        <translation>Postino builds this message itself: report it, with the message, to Postino&apos;s developers.</translation>
    </message>
    <message>
        <source>Something on the way (the mailer, a plugin, a relay) rewrote the message: send it again through the mailer alone and compare.</source>
        <translation>Something on the way (the mailer, a plugin, a relay) rewrote the message: send it again through the mailer alone and compare.</translation>
    </message>
    <message>
        <source>The message has line ends other than CR LF; receivers may refuse or alter it.</source>
        <translation>The message has line ends other than CR LF; receivers may refuse or alter it.</translation>
    </message>
    <message>
        <source>End every line with CR LF</source>
        <translation>End every line with CR LF</translation>
    </message>
    <message>
        <source>A line of the message is %1 characters long; RFC 5322 allows at most 998.</source>
        <translation>A line of the message is %1 characters long; RFC 5322 allows at most 998.</translation>
    </message>
    <message>
        <source>Keep lines within 998 characters</source>
        <translation>Keep lines within 998 characters</translation>
    </message>
    <message>
        <source>Long text must be wrapped or sent quoted-printable or base64.</source>
        <translation>Long text must be wrapped or sent quoted-printable or base64.</translation>
    </message>
    <message>
        <source>The header holds raw 8-bit bytes; without SMTPUTF8 they must be encoded (RFC 2047).</source>
        <translation>The header holds raw 8-bit bytes; without SMTPUTF8 they must be encoded (RFC 2047).</translation>
    </message>
    <message>
        <source>Encode non-ASCII header text</source>
        <translation>Encode non-ASCII header text</translation>
    </message>
    <message>
        <source>The header field %1 appears %2 times; RFC 5322 allows it once.</source>
        <translation>The header field %1 appears %2 times; RFC 5322 allows it once.</translation>
    </message>
    <message>
        <source>Send each of these fields once</source>
        <translation>Send each of these fields once</translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation>The message has no From field.</translation>
    </message>
    <message>
        <source>Set a From address</source>
        <translation>Set a From address</translation>
    </message>
    <message>
        <source>The From field names %1 mailboxes; Gmail and Yahoo expect exactly one.</source>
        <translation>The From field names %1 mailboxes; Gmail and Yahoo expect exactly one.</translation>
    </message>
    <message>
        <source>Use one From address</source>
        <translation>Use one From address</translation>
    </message>
    <message>
        <source>Put other addresses in Reply-To or Cc instead.</source>
        <translation>Put other addresses in Reply-To or Cc instead.</translation>
    </message>
    <message>
        <source>The From field has no usable address: “%1”.</source>
        <translation>The From field has no usable address: “%1”.</translation>
    </message>
    <message>
        <source>The message has no Date field.</source>
        <translation>The message has no Date field.</translation>
    </message>
    <message>
        <source>Add a Date field</source>
        <translation>Add a Date field</translation>
    </message>
    <message>
        <source>The Date field “%1” is not an RFC 5322 date.</source>
        <translation>The Date field “%1” is not an RFC 5322 date.</translation>
    </message>
    <message>
        <source>Write the date as RFC 5322 says</source>
        <translation>Write the date as RFC 5322 says</translation>
    </message>
    <message>
        <source>The message has no Message-ID; Gmail counts it against the sender.</source>
        <translation>The message has no Message-ID; Gmail counts it against the sender.</translation>
    </message>
    <message>
        <source>Add a Message-ID</source>
        <translation>Add a Message-ID</translation>
    </message>
    <message>
        <source>The Message-ID “%1” is not of the form &lt;unique@domain&gt;.</source>
        <translation>The Message-ID “%1” is not of the form &lt;unique@domain&gt;.</translation>
    </message>
    <message>
        <source>Write the Message-ID as &lt;unique@domain&gt;</source>
        <translation>Write the Message-ID as &lt;unique@domain&gt;</translation>
    </message>
    <message>
        <source>The Message-ID is on %1, not on the From domain %2.</source>
        <translation>The Message-ID is on %1, not on the From domain %2.</translation>
    </message>
    <message>
        <source>The mailer replaced the Message-ID with one on %1; receivers accept that, it is common.</source>
        <translation>The mailer replaced the Message-ID with one on %1; receivers accept that, it is common.</translation>
    </message>
    <message>
        <source>The message is multipart but has no MIME-Version field.</source>
        <translation>The message is multipart but has no MIME-Version field.</translation>
    </message>
    <message>
        <source>The message&apos;s multipart body does not open and close its boundary.</source>
        <translation>The message&apos;s multipart body does not open and close its boundary.</translation>
    </message>
    <message>
        <source>Send well-formed MIME</source>
        <translation>Send well-formed MIME</translation>
    </message>
    <message>
        <source>The test message follows RFC 5322: one From, a valid Date, a Message-ID, lines within 998 characters and complete MIME.</source>
        <translation>The test message follows RFC 5322: one From, a valid Date, a Message-ID, lines within 998 characters and complete MIME.</translation>
    </message>
    <message>
        <source>The copy that arrived has one From, a valid Date and a Message-ID.</source>
        <translation>The copy that arrived has one From, a valid Date and a Message-ID.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Postino does not know how %1 signs in with these settings (check the region or tenant).</source>
        <translation>Postino does not know how %1 signs in with these settings (check the region or tenant).</translation>
    </message>
    <message>
        <source>The OAuth client ID is missing.</source>
        <translation>The OAuth client ID is missing.</translation>
    </message>
    <message>
        <source>Create an OAuth client with %1 and copy its client ID and secret into Postino.</source>
        <translation>Create an OAuth client with %1 and copy its client ID and secret into Postino.</translation>
    </message>
    <message>
        <source>%1 did not grant access (%2).</source>
        <translation>%1 did not grant access (%2).</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Allow access</translation>
    </message>
    <message>
        <source>Sign in again and click &quot;Allow&quot; (or &quot;Accept&quot;) on %1&apos;s page.</source>
        <translation>Sign in again and click &quot;Allow&quot; (or &quot;Accept&quot;) on %1&apos;s page.</translation>
    </message>
    <message>
        <source>For a work or school account, your administrator may have to approve the app first.</source>
        <translation>For a work or school account, your administrator may have to approve the app first.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved sign-in (%2): it was revoked or has expired.</source>
        <translation>%1 no longer accepts the saved sign-in (%2): it was revoked or has expired.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Click Sign out, then Sign in on the Configure mailer page (or run &quot;postino-cli oauth sign-in&quot;).</source>
        <translation>Click Sign out, then Sign in on the Configure mailer page (or run &quot;postino-cli oauth sign-in&quot;).</translation>
    </message>
    <message>
        <source>Changing the account&apos;s password can end earlier sign-ins.</source>
        <translation>Changing the account&apos;s password can end earlier sign-ins.</translation>
    </message>
    <message>
        <source>%1 refused the authorization code (%2).</source>
        <translation>%1 refused the authorization code (%2).</translation>
    </message>
    <message>
        <source>Codes are valid for a few minutes and only once: start the sign-in again and finish it without waiting.</source>
        <translation>Codes are valid for a few minutes and only once: start the sign-in again and finish it without waiting.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct.</source>
        <translation>Check that this computer&apos;s clock is correct.</translation>
    </message>
    <message>
        <source>%1 does not accept Postino&apos;s redirect address (%2).</source>
        <translation>%1 does not accept Postino&apos;s redirect address (%2).</translation>
    </message>
    <message>
        <source>Set a fixed Redirect port in Postino and register exactly http://127.0.0.1:PORT/ as the client&apos;s redirect URI.</source>
        <translation>Set a fixed Redirect port in Postino and register exactly http://127.0.0.1:PORT/ as the client&apos;s redirect URI.</translation>
    </message>
    <message>
        <source>Copy the address exactly: the scheme, the port and the final slash all count.</source>
        <translation>Copy the address exactly: the scheme, the port and the final slash all count.</translation>
    </message>
    <message>
        <source>Register the redirect address</source>
        <translation>Register the redirect address</translation>
    </message>
    <message>
        <source>%1 does not accept the OAuth client (%2).</source>
        <translation>%1 does not accept the OAuth client (%2).</translation>
    </message>
    <message>
        <source>Copy the client ID and the client secret again, without spaces; create a new secret if the old one has expired.</source>
        <translation>Copy the client ID and the client secret again, without spaces; create a new secret if the old one has expired.</translation>
    </message>
    <message>
        <source>Check the OAuth client</source>
        <translation>Check the OAuth client</translation>
    </message>
    <message>
        <source>%1 refused the permissions Postino asked for (%2).</source>
        <translation>%1 refused the permissions Postino asked for (%2).</translation>
    </message>
    <message>
        <source>Enable the API</source>
        <translation>Enable the API</translation>
    </message>
    <message>
        <source>Add the mail-sending permission to the client, then sign in again.</source>
        <translation>Add the mail-sending permission to the client, then sign in again.</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (%2).</source>
        <translation>%1 had a problem of its own (%2).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation>Wait a few minutes and sign in again.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with an error (%2).</source>
        <translation>%1 answered the sign-in with an error (%2).</translation>
    </message>
    <message>
        <source>Check the client ID, the secret and the redirect address, then sign in again.</source>
        <translation>Check the client ID, the secret and the redirect address, then sign in again.</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Not understood</translation>
    </message>
    <message>
        <source>Postino only expects the sign-in answer here.</source>
        <translation>Postino only expects the sign-in answer here.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Already done</translation>
    </message>
    <message>
        <source>Postino already has an answer for this sign-in; you can close this tab.</source>
        <translation>Postino already has an answer for this sign-in; you can close this tab.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Sign-in not completed</translation>
    </message>
    <message>
        <source>The provider answered &quot;%1&quot;. Go back to Postino to see what to do.</source>
        <translation>The provider answered &quot;%1&quot;. Go back to Postino to see what to do.</translation>
    </message>
    <message>
        <source>Back to Postino</source>
        <translation>Back to Postino</translation>
    </message>
    <message>
        <source>Postino received the answer. You can close this tab and go back to Postino.</source>
        <translation>Postino received the answer. You can close this tab and go back to Postino.</translation>
    </message>
    <message>
        <source>%1 answered with far more data than a sign-in answer holds.</source>
        <translation>%1 answered with far more data than a sign-in answer holds.</translation>
    </message>
    <message>
        <source>Check that no proxy or captive portal answers in the provider&apos;s place.</source>
        <translation>Check that no proxy or captive portal answers in the provider&apos;s place.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 could not be reached: %2</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Check the network</translation>
    </message>
    <message>
        <source>Make sure this computer can reach %1 over HTTPS (port 443).</source>
        <translation>Make sure this computer can reach %1 over HTTPS (port 443).</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Check that this computer&apos;s date and time are correct.</translation>
    </message>
    <message>
        <source>%1&apos;s token endpoint answered HTTP %2 without a token.</source>
        <translation>%1&apos;s token endpoint answered HTTP %2 without a token.</translation>
    </message>
    <message>
        <source>Check the region or tenant, then sign in again.</source>
        <translation>Check the region or tenant, then sign in again.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser</source>
        <translation>Finish the sign-in in the browser</translation>
    </message>
    <message>
        <source>Start again and complete every step on %1&apos;s page.</source>
        <translation>Start again and complete every step on %1&apos;s page.</translation>
    </message>
    <message>
        <source>If the page showed &quot;redirect_uri_mismatch&quot; (Google) or AADSTS50011 (Microsoft), the client does not accept %1: register it, or use a client type that accepts loopback addresses.</source>
        <translation>If the page showed &quot;redirect_uri_mismatch&quot; (Google) or AADSTS50011 (Microsoft), the client does not accept %1: register it, or use a client type that accepts loopback addresses.</translation>
    </message>
    <message>
        <source>A firewall or security program must let the browser reach 127.0.0.1.</source>
        <translation>A firewall or security program must let the browser reach 127.0.0.1.</translation>
    </message>
    <message>
        <source>Postino could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Postino could not listen on 127.0.0.1 for the browser&apos;s answer: %1</translation>
    </message>
    <message>
        <source>Port %1 is in use; choose another Redirect port (and register it with the client).</source>
        <translation>Port %1 is in use; choose another Redirect port (and register it with the client).</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Close other programs and try again.</translation>
    </message>
    <message>
        <source>Waiting for the browser on %1 (PKCE S256)…</source>
        <translation>Waiting for the browser on %1 (PKCE S256)…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <source>The answer that reached Postino does not belong to this sign-in (its &quot;state&quot; does not match), so it was ignored.</source>
        <translation>The answer that reached Postino does not belong to this sign-in (its &quot;state&quot; does not match), so it was ignored.</translation>
    </message>
    <message>
        <source>Start the sign-in again from Postino and use only the page it opens.</source>
        <translation>Start the sign-in again from Postino and use only the page it opens.</translation>
    </message>
    <message>
        <source>If this repeats, another program may be answering on 127.0.0.1.</source>
        <translation>If this repeats, another program may be answering on 127.0.0.1.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>The browser came back without an authorization code.</translation>
    </message>
    <message>
        <source>Sign in again and allow access on the provider&apos;s page.</source>
        <translation>Sign in again and allow access on the provider&apos;s page.</translation>
    </message>
    <message>
        <source>The browser came back with an authorization code.</source>
        <translation>The browser came back with an authorization code.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token, so the sign-in lasts only about an hour.</source>
        <translation>%1 gave no refresh token, so the sign-in lasts only about an hour.</translation>
    </message>
    <message>
        <source>Remove Postino&apos;s access in your account&apos;s security settings, then sign in again: providers hand out a refresh token only on the first consent.</source>
        <translation>Remove Postino&apos;s access in your account&apos;s security settings, then sign in again: providers hand out a refresh token only on the first consent.</translation>
    </message>
    <message>
        <source>The sign-in did not grant the permission &quot;%1&quot;, which sending needs.</source>
        <translation>The sign-in did not grant the permission &quot;%1&quot;, which sending needs.</translation>
    </message>
    <message>
        <source>Grant every permission</source>
        <translation>Grant every permission</translation>
    </message>
    <message>
        <source>Sign in again and leave every box on the consent page ticked.</source>
        <translation>Sign in again and leave every box on the consent page ticked.</translation>
    </message>
    <message>
        <source>Signed in, but %1 would not say which account (HTTP %2).</source>
        <translation>Signed in, but %1 would not say which account (HTTP %2).</translation>
    </message>
    <message>
        <source>Signed in, but asking which account failed: %1</source>
        <translation>Signed in, but asking which account failed: %1</translation>
    </message>
    <message>
        <source>Sending will ask again; if it fails too, check the permissions the client has.</source>
        <translation>Sending will ask again; if it fails too, check the permissions the client has.</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Signed in with %1.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation>Signed in with %1 as %2.</translation>
    </message>
    <message>
        <source>Postino holds no sign-in for %1.</source>
        <translation>Postino holds no sign-in for %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Click Sign in on the Configure mailer page, or run &quot;postino-cli oauth sign-in --mailer %1&quot;.</source>
        <translation>Click Sign in on the Configure mailer page, or run &quot;postino-cli oauth sign-in --mailer %1&quot;.</translation>
    </message>
    <message>
        <source>%1 would not say which account signed in (HTTP %2).</source>
        <translation>%1 would not say which account signed in (HTTP %2).</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>Sign out and sign in again.</translation>
    </message>
    <message>
        <source>Postino forgot the sign-in anyway.</source>
        <translation>Postino forgot the sign-in anyway.</translation>
    </message>
    <message>
        <source>%1 ended Postino&apos;s access.</source>
        <translation>%1 ended Postino&apos;s access.</translation>
    </message>
    <message>
        <source>%1 no longer knew the sign-in (HTTP %2); Postino forgot it.</source>
        <translation>%1 no longer knew the sign-in (HTTP %2); Postino forgot it.</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back to Postino within %n minute(s).</source>
        <translation>
            <numerusform>The browser did not come back to Postino within %n minute.</numerusform>
            <numerusform>The browser did not come back to Postino within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Not this sign-in</translation>
    </message>
    <message>
        <source>This page only takes the answer to the sign-in Postino started, and this request is not it, so Postino ignored it. Finish the sign-in in the window Postino opened.</source>
        <translation>This page only takes the answer to the sign-in Postino started, and this request is not it, so Postino ignored it. Finish the sign-in in the window Postino opened.</translation>
    </message>
    <message>
        <source>Ignored an answer on 127.0.0.1 that does not belong to this sign-in (its &quot;state&quot; is wrong or missing); still waiting for the browser.</source>
        <translation>Ignored an answer on 127.0.0.1 that does not belong to this sign-in (its &quot;state&quot; is wrong or missing); still waiting for the browser.</translation>
    </message>
    <message>
        <source>Check the region or tenant</source>
        <translation>Check the region or tenant</translation>
    </message>
    <message>
        <source>Pick the region (or tenant) in which your %1 account lives, then sign in again.</source>
        <translation>Pick the region (or tenant) in which your %1 account lives, then sign in again.</translation>
    </message>
    <message>
        <source>Create an OAuth client</source>
        <translation>Create an OAuth client</translation>
    </message>
    <message>
        <source>Check what answers in the provider&apos;s place</source>
        <translation>Check what answers in the provider&apos;s place</translation>
    </message>
    <message>
        <source>Free the redirect port</source>
        <translation>Free the redirect port</translation>
    </message>
    <message>
        <source>Check the client&apos;s permissions</source>
        <translation>Check the client&apos;s permissions</translation>
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
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Upload %1 to your website&apos;s main folder (where wp-config.php is), with your hosting control panel&apos;s file manager or FTP.</source>
        <translation>Upload %1 to your website&apos;s main folder (where wp-config.php is), with your hosting control panel&apos;s file manager or FTP.</translation>
    </message>
    <message>
        <source>Copy everything the page shows and paste it below, or enter the address here and let Postino fetch it.</source>
        <translation>Copy everything the page shows and paste it below, or enter the address here and let Postino fetch it.</translation>
    </message>
    <message>
        <source>Enter the full address of the probe script, starting with https://.</source>
        <translation>Enter the full address of the probe script, starting with https://.</translation>
    </message>
    <message>
        <source>Use the script&apos;s https:// address: Postino fetches results over HTTPS only.</source>
        <translation>Use the script&apos;s https:// address: Postino fetches results over HTTPS only.</translation>
    </message>
    <message>
        <source>The answer is larger than 1 MB: this is not the output of Postino&apos;s probe script.</source>
        <translation>The answer is larger than 1 MB: this is not the output of Postino&apos;s probe script.</translation>
    </message>
    <message>
        <source>The address redirects to %1. Postino does not follow redirects here: enter the final address of the script.</source>
        <translation>The address redirects to %1. Postino does not follow redirects here: enter the final address of the script.</translation>
    </message>
    <message>
        <source>The web server has no script at this address (HTTP 404). If it ran once already, it has deleted itself: write a new one, or paste what the page showed.</source>
        <translation>The web server has no script at this address (HTTP 404). If it ran once already, it has deleted itself: write a new one, or paste what the page showed.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer from the web server within %n second(s).</source>
        <translation>
            <numerusform>No complete answer from the web server within %n second.</numerusform>
            <numerusform>No complete answer from the web server within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch the result: %1</source>
        <translation>Could not fetch the result: %1</translation>
    </message>
    <message>
        <source>The web server answered HTTP %1 instead of the probe&apos;s result.</source>
        <translation>The web server answered HTTP %1 instead of the probe&apos;s result.</translation>
    </message>
    <message>
        <source>Delete the script from your website when you are done: it only tests these ports, yet there is no reason to leave it there.</source>
        <translation>Delete the script from your website when you are done: it only tests these ports, yet there is no reason to leave it there.</translation>
    </message>
    <message>
        <source>Open its address once in a browser, for example https://your-site.example/%1. It takes at most %2 seconds.</source>
        <translation>Open its address once in a browser, for example https://your-site.example/%1. It takes at most %2 seconds.</translation>
    </message>
    <message>
        <source>The script deletes itself as soon as it starts, so it runs only once. Its random name keeps others from finding it before.</source>
        <translation>The script deletes itself as soon as it starts, so it runs only once. Its random name keeps others from finding it before.</translation>
    </message>
</context>
<context>
    <name>Policies</name>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;;&quot; before the next field, not by %2.</source>
        <translation>&quot;%1&quot; must be followed by &quot;;&quot; before the next field, not by %2.</translation>
    </message>
    <message>
        <source>The record has an empty field (two &quot;;&quot; in a row).</source>
        <translation>The record has an empty field (two &quot;;&quot; in a row).</translation>
    </message>
    <message>
        <source>The field %1 is not a name=value pair.</source>
        <translation>The field %1 is not a name=value pair.</translation>
    </message>
    <message>
        <source>The field %1 has spaces around &quot;=&quot;, which the record&apos;s syntax does not allow.</source>
        <translation>The field %1 has spaces around &quot;=&quot;, which the record&apos;s syntax does not allow.</translation>
    </message>
    <message>
        <source>%1 is not a valid field name.</source>
        <translation>%1 is not a valid field name.</translation>
    </message>
    <message>
        <source>The id %1 must be 1 to 32 letters and digits (no dots, dashes or spaces).</source>
        <translation>The id %1 must be 1 to 32 letters and digits (no dots, dashes or spaces).</translation>
    </message>
    <message>
        <source>The field %1 has an empty or unusable value.</source>
        <translation>The field %1 has an empty or unusable value.</translation>
    </message>
    <message>
        <source>The record has no id=, which senders need to notice a new policy.</source>
        <translation>The record has no id=, which senders need to notice a new policy.</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark, which some senders read as part of the first field&apos;s name.</source>
        <translation>The file starts with a byte order mark, which some senders read as part of the first field&apos;s name.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is not a &quot;key: value&quot; pair.</source>
        <translation>Line %1 (%2) is not a &quot;key: value&quot; pair.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid field name.</source>
        <translation>Line %1: %2 is not a valid field name.</translation>
    </message>
    <message>
        <source>Line %1: spaces around the field name %2; write &quot;%3: value&quot; from the start of the line.</source>
        <translation>Line %1: spaces around the field name %2; write &quot;%3: value&quot; from the start of the line.</translation>
    </message>
    <message>
        <source>Line %1: field names are case-sensitive, so senders ignore %2; write &quot;%3&quot;.</source>
        <translation>Line %1: field names are case-sensitive, so senders ignore %2; write &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is given more than once; senders use the first value and ignore %3.</source>
        <translation>Line %1: &quot;%2&quot; is given more than once; senders use the first value and ignore %3.</translation>
    </message>
    <message>
        <source>The version is %1; it must be &quot;STSv1&quot;.</source>
        <translation>The version is %1; it must be &quot;STSv1&quot;.</translation>
    </message>
    <message>
        <source>The mode %1 is not one of enforce, testing or none (in lower case).</source>
        <translation>The mode %1 is not one of enforce, testing or none (in lower case).</translation>
    </message>
    <message>
        <source>max_age %1 must be a whole number of seconds from 0 to %2 (about a year).</source>
        <translation>max_age %1 must be a whole number of seconds from 0 to %2 (about a year).</translation>
    </message>
    <message>
        <source>max_age is %1 seconds, under a day: senders forget the policy that soon, which leaves gaps an attacker can use. A week (604800) or more is usual.</source>
        <translation>max_age is %1 seconds, under a day: senders forget the policy that soon, which leaves gaps an attacker can use. A week (604800) or more is usual.</translation>
    </message>
    <message>
        <source>The mx value %1 is not a host name or a &quot;*.&quot; pattern.</source>
        <translation>The mx value %1 is not a host name or a &quot;*.&quot; pattern.</translation>
    </message>
    <message>
        <source>The policy has no &quot;version: STSv1&quot; line.</source>
        <translation>The policy has no &quot;version: STSv1&quot; line.</translation>
    </message>
    <message>
        <source>The policy has no &quot;mode:&quot; line (enforce, testing or none).</source>
        <translation>The policy has no &quot;mode:&quot; line (enforce, testing or none).</translation>
    </message>
    <message>
        <source>The policy has no &quot;max_age:&quot; line.</source>
        <translation>The policy has no &quot;max_age:&quot; line.</translation>
    </message>
    <message>
        <source>The mode is %1 but no &quot;mx:&quot; line names the mail servers it covers.</source>
        <translation>The mode is %1 but no &quot;mx:&quot; line names the mail servers it covers.</translation>
    </message>
    <message>
        <source>rua= is given more than once; list every address in one rua=, separated by commas.</source>
        <translation>rua= is given more than once; list every address in one rua=, separated by commas.</translation>
    </message>
    <message>
        <source>rua= has an empty address (a comma too many).</source>
        <translation>rua= has an empty address (a comma too many).</translation>
    </message>
    <message>
        <source>The report address %1 is not a usable mailto: or https: address.</source>
        <translation>The report address %1 is not a usable mailto: or https: address.</translation>
    </message>
    <message>
        <source>The report address %1 must start with mailto: or https:.</source>
        <translation>The report address %1 must start with mailto: or https:.</translation>
    </message>
    <message>
        <source>The record has no rua= saying where reports go.</source>
        <translation>The record has no rua= saying where reports go.</translation>
    </message>
    <message>
        <source>The record must begin with &quot;v=BIMI1&quot; exactly as written here; mail providers skip %1.</source>
        <translation>The record must begin with &quot;v=BIMI1&quot; exactly as written here; mail providers skip %1.</translation>
    </message>
    <message>
        <source>The tag %1 is given more than once.</source>
        <translation>The tag %1 is given more than once.</translation>
    </message>
    <message>
        <source>The tag v= is given more than once.</source>
        <translation>The tag v= is given more than once.</translation>
    </message>
    <message>
        <source>l= must hold one logo address, not a list: %1.</source>
        <translation>l= must hold one logo address, not a list: %1.</translation>
    </message>
    <message>
        <source>a= must hold one certificate address, not a list: %1.</source>
        <translation>a= must hold one certificate address, not a list: %1.</translation>
    </message>
    <message>
        <source>The logo address %1 is not a full https:// address.</source>
        <translation>The logo address %1 is not a full https:// address.</translation>
    </message>
    <message>
        <source>The certificate address (a=) %1 must be a full https:// address.</source>
        <translation>The certificate address (a=) %1 must be a full https:// address.</translation>
    </message>
    <message>
        <source>The record has no l= tag (the logo&apos;s address, or empty to take no part).</source>
        <translation>The record has no l= tag (the logo&apos;s address, or empty to take no part).</translation>
    </message>
    <message>
        <source>The record must begin with exactly &quot;%1&quot; (this case, no space before it or around &quot;=&quot;); senders skip %2.</source>
        <translation>The record must begin with exactly &quot;%1&quot; (this case, no space before it or around &quot;=&quot;); senders skip %2.</translation>
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
    <message>
        <source>No address of %1 connected: tried %2.</source>
        <translation>No address of %1 connected: tried %2.</translation>
    </message>
    <message>
        <source>%1 answered at %2.</source>
        <translation>%1 answered at %2.</translation>
    </message>
    <message>
        <source>%1 answered at %2; no connection to %3 first.</source>
        <translation>%1 answered at %2; no connection to %3 first.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up within %2 s.</source>
        <translation>The name %1 could not be looked up within %2 s.</translation>
    </message>
    <message>
        <source>The connection opened, but no server said a word within %1 s: something between this computer and the server (a firewall or proxy) is holding it.</source>
        <translation>The connection opened, but no server said a word within %1 s: something between this computer and the server (a firewall or proxy) is holding it.</translation>
    </message>
    <message>
        <source>Let this computer reach the mailer over HTTPS</source>
        <translation>Let this computer reach the mailer over HTTPS</translation>
    </message>
    <message>
        <source>Check that other HTTPS sites open from here; a proxy or firewall may allow only some of them.</source>
        <translation>Check that other HTTPS sites open from here; a proxy or firewall may allow only some of them.</translation>
    </message>
    <message>
        <source>Run the same check on your web server (&quot;Test from your web server&quot; or postino-cli probe there): that is where the mail leaves from.</source>
        <translation>Run the same check on your web server (&quot;Test from your web server&quot; or postino-cli probe there): that is where the mail leaves from.</translation>
    </message>
    <message>
        <source>Use a port marked usable in this list; if none is, send through an API mailer over HTTPS (port 443) instead.</source>
        <translation>Use a port marked usable in this list; if none is, send through an API mailer over HTTPS (port 443) instead.</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Run the check again</translation>
    </message>
    <message>
        <source>The check stopped before this port finished; run it again, and allow more time if the network is slow.</source>
        <translation>The check stopped before this port finished; run it again, and allow more time if the network is slow.</translation>
    </message>
    <message>
        <source>Use another port or ask for this one to be opened</source>
        <translation>Use another port or ask for this one to be opened</translation>
    </message>
    <message>
        <source>Ask your hosting provider or network administrator whether outgoing port %1 can be opened.</source>
        <translation>Ask your hosting provider or network administrator whether outgoing port %1 can be opened.</translation>
    </message>
    <message>
        <source>Check the port</source>
        <translation>Check the port</translation>
    </message>
    <message>
        <source>Check in your provider&apos;s instructions that %1 takes mail on port %2.</source>
        <translation>Check in your provider&apos;s instructions that %1 takes mail on port %2.</translation>
    </message>
    <message>
        <source>Check the encryption for this port</source>
        <translation>Check the encryption for this port</translation>
    </message>
    <message>
        <source>Port 465 expects SSL from the start; ports 587, 25 and 2525 expect STARTTLS.</source>
        <translation>Port 465 expects SSL from the start; ports 587, 25 and 2525 expect STARTTLS.</translation>
    </message>
    <message>
        <source>Postino never sends a password without encryption: use a port that offers it.</source>
        <translation>Postino never sends a password without encryption: use a port that offers it.</translation>
    </message>
    <message>
        <source>Check the host and port</source>
        <translation>Check the host and port</translation>
    </message>
    <message>
        <source>Copy the SMTP host and port again from your provider&apos;s instructions.</source>
        <translation>Copy the SMTP host and port again from your provider&apos;s instructions.</translation>
    </message>
    <message>
        <source>Check the host name</source>
        <translation>Check the host name</translation>
    </message>
    <message>
        <source>Copy the host name exactly from your provider&apos;s instructions, for example smtp.example.com.</source>
        <translation>Copy the host name exactly from your provider&apos;s instructions, for example smtp.example.com.</translation>
    </message>
    <message>
        <source>On port %1 the server %2 answered instead of %3, and it could not prove to be %3: the network (often the hosting provider) redirects mail connections to its own server.</source>
        <translation>On port %1 the server %2 answered instead of %3, and it could not prove to be %3: the network (often the hosting provider) redirects mail connections to its own server.</translation>
    </message>
    <message>
        <source>Try another port or network</source>
        <translation>Try another port or network</translation>
    </message>
    <message>
        <source>Use a port marked usable in this list; a firewall often drops the others.</source>
        <translation>Use a port marked usable in this list; a firewall often drops the others.</translation>
    </message>
    <message>
        <source>Run the same check on your web server: that is where the mail leaves from.</source>
        <translation>Run the same check on your web server: that is where the mail leaves from.</translation>
    </message>
    <message>
        <source>Check what answers in the API&apos;s place</source>
        <translation>Check what answers in the API&apos;s place</translation>
    </message>
    <message>
        <source>A proxy, antivirus or captive portal on this network may answer for the API host; try another network.</source>
        <translation>A proxy, antivirus or captive portal on this network may answer for the API host; try another network.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Check that this computer&apos;s date and time are correct.</translation>
    </message>
    <message>
        <source>Check the connection to the API host</source>
        <translation>Check the connection to the API host</translation>
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
        <source>An alert channel without an id, or with the id of another, was ignored.</source>
        <translation>An alert channel without an id, or with the id of another, was ignored.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a group of settings</source>
        <translation>a group of settings</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the profile is %2, but it must be %3; Postino ignored it and uses the default (%4).</source>
        <translation>&quot;%1&quot; in the profile is %2, but it must be %3; Postino ignored it and uses the default (%4).</translation>
    </message>
    <message>
        <source>Write %1 as %2 in the file, or set it again in Postino and save the profile.</source>
        <translation>Write %1 as %2 in the file, or set it again in Postino and save the profile.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Postino (format version %1; this one reads version %2). Settings it does not know are kept as they are.</source>
        <translation>This profile was written by a newer Postino (format version %1; this one reads version %2). Settings it does not know are kept as they are.</translation>
    </message>
    <message>
        <source>Update Postino to the version that wrote the profile, and check the settings before sending.</source>
        <translation>Update Postino to the version that wrote the profile, and check the settings before sending.</translation>
    </message>
    <message>
        <source>The file contained a secret (%1); Postino ignored it.</source>
        <translation>The file contained a secret (%1); Postino ignored it.</translation>
    </message>
    <message>
        <source>Give each channel in the file its own &quot;id&quot;, or add the channel again in Postino.</source>
        <translation>Give each channel in the file its own &quot;id&quot;, or add the channel again in Postino.</translation>
    </message>
    <message>
        <source>Choose a mailer</source>
        <translation>Choose a mailer</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Fill in %1</translation>
    </message>
    <message>
        <source>Copy it from your mailer&apos;s account page or its setup instructions.</source>
        <translation>Copy it from your mailer&apos;s account page or its setup instructions.</translation>
    </message>
    <message>
        <source>Correct the port</source>
        <translation>Correct the port</translation>
    </message>
    <message>
        <source>Correct the server name</source>
        <translation>Correct the server name</translation>
    </message>
    <message>
        <source>Correct the address</source>
        <translation>Correct the address</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>Choose a value from the list</translation>
    </message>
    <message>
        <source>Pick one of the values %1 offers.</source>
        <translation>Pick one of the values %1 offers.</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <source>Copy it again from your mailer&apos;s account page, without spaces before or after.</source>
        <translation>Copy it again from your mailer&apos;s account page, without spaces before or after.</translation>
    </message>
    <message>
        <source>Fill in the From address</source>
        <translation>Fill in the From address</translation>
    </message>
    <message>
        <source>Correct the From address</source>
        <translation>Correct the From address</translation>
    </message>
    <message>
        <source>Correct the From name</source>
        <translation>Correct the From name</translation>
    </message>
    <message>
        <source>Write the name on one line, as recipients should see it.</source>
        <translation>Write the name on one line, as recipients should see it.</translation>
    </message>
    <message>
        <source>Correct the value in the profile</source>
        <translation>Correct the value in the profile</translation>
    </message>
    <message>
        <source>Enter the secret in Postino and delete it from the file</source>
        <translation>Enter the secret in Postino and delete it from the file</translation>
    </message>
    <message>
        <source>Type it into its field in the wizard, or give it to postino-cli through the environment or --secrets-file.</source>
        <translation>Type it into its field in the wizard, or give it to postino-cli through the environment or --secrets-file.</translation>
    </message>
    <message>
        <source>Remove it from the profile file and from any copies of it.</source>
        <translation>Remove it from the profile file and from any copies of it.</translation>
    </message>
    <message>
        <source>Update Postino</source>
        <translation>Update Postino</translation>
    </message>
    <message>
        <source>Check the failure alerts</source>
        <translation>Check the failure alerts</translation>
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
    <name>Reputation</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the DNS server failed to answer</source>
        <translation>the DNS server failed to answer</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>the DNS server refused the query</translation>
    </message>
    <message>
        <source>the name cannot be looked up</source>
        <translation>the name cannot be looked up</translation>
    </message>
    <message>
        <source>no answer before the check&apos;s time ran out</source>
        <translation>no answer before the check&apos;s time ran out</translation>
    </message>
</context>
<context>
    <name>ReverseDns</name>
    <message>
        <source>the DNS server did not answer in time</source>
        <translation>the DNS server did not answer in time</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>the DNS server failed to answer (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>the DNS server refused the query</translation>
    </message>
    <message>
        <source>the name cannot be looked up</source>
        <translation>the name cannot be looked up</translation>
    </message>
    <message>
        <source>the reverse DNS (PTR) lookup failed: %1</source>
        <translation>the reverse DNS (PTR) lookup failed: %1</translation>
    </message>
    <message>
        <source>%1: no answer in time</source>
        <translation>%1: no answer in time</translation>
    </message>
    <message>
        <source>the address of the reverse DNS name could not be looked up (%1)</source>
        <translation>the address of the reverse DNS name could not be looked up (%1)</translation>
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
    <message>
        <source>Or, with the Microsoft 365 / Outlook mailer, choose &quot;Sign in with OAuth&quot; instead of an app password: that sends without an SMTP login.</source>
        <translation>Or, with the Microsoft 365 / Outlook mailer, choose &quot;Sign in with OAuth&quot; instead of an app password: that sends without an SMTP login.</translation>
    </message>
    <message>
        <source>Google did not accept this app password</source>
        <translation>Google did not accept this app password</translation>
    </message>
    <message>
        <source>Google takes only an app password here, never the account&apos;s normal password: turn on 2-Step Verification, then create one under Google Account, Security, App passwords.</source>
        <translation>Google takes only an app password here, never the account&apos;s normal password: turn on 2-Step Verification, then create one under Google Account, Security, App passwords.</translation>
    </message>
    <message>
        <source>An app password stops working when the Google password changes or the app password is revoked: create a new one and enter it without spaces.</source>
        <translation>An app password stops working when the Google password changes or the app password is revoked: create a new one and enter it without spaces.</translation>
    </message>
    <message>
        <source>Check the username: the full Gmail or Google Workspace address.</source>
        <translation>Check the username: the full Gmail or Google Workspace address.</translation>
    </message>
    <message>
        <source>The server&apos;s answer went on past %1 lines or %2 KB; Postino ended the connection. No mail server answers at such length.</source>
        <translation>The server&apos;s answer went on past %1 lines or %2 KB; Postino ended the connection. No mail server answers at such length.</translation>
    </message>
    <message>
        <source>If they are, something between this computer and the server (a proxy or security software) garbles the connection: try another network.</source>
        <translation>If they are, something between this computer and the server (a proxy or security software) garbles the connection: try another network.</translation>
    </message>
    <message>
        <source>The server at %1 introduced itself as %2. Providers often name their machines differently from their website; the certificate check decides whether it is really %1.</source>
        <translation>The server at %1 introduced itself as %2. Providers often name their machines differently from their website; the certificate check decides whether it is really %1.</translation>
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
    <name>SmtpReply</name>
    <message>
        <source>not an SMTP reply line: &quot;%1&quot;</source>
        <translation>not an SMTP reply line: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reply code %1 is outside 2xx-5xx</source>
        <translation>reply code %1 is outside 2xx-5xx</translation>
    </message>
    <message>
        <source>reply lines disagree on the code (%1, then %2)</source>
        <translation>reply lines disagree on the code (%1, then %2)</translation>
    </message>
    <message>
        <source>a reply longer than %1 lines or %2 KB</source>
        <translation>a reply longer than %1 lines or %2 KB</translation>
    </message>
</context>
<context>
    <name>Spf</name>
    <message>
        <source>more than %1 lookups returned nothing (RFC 7208 limit)</source>
        <translation>more than %1 lookups returned nothing (RFC 7208 limit)</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length /%1</source>
        <translation>invalid IPv6 prefix length /%1</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length /%1</source>
        <translation>invalid IPv4 prefix length /%1</translation>
    </message>
    <message>
        <source>the record contains a character that is not printable ASCII</source>
        <translation>the record contains a character that is not printable ASCII</translation>
    </message>
    <message>
        <source>the record does not start with v=spf1</source>
        <translation>the record does not start with v=spf1</translation>
    </message>
    <message>
        <source>%1= appears twice</source>
        <translation>%1= appears twice</translation>
    </message>
    <message>
        <source>%1= has no domain</source>
        <translation>%1= has no domain</translation>
    </message>
    <message>
        <source>invalid domain in %1=</source>
        <translation>invalid domain in %1=</translation>
    </message>
    <message>
        <source>invalid macro in a modifier</source>
        <translation>invalid macro in a modifier</translation>
    </message>
    <message>
        <source>all takes no value</source>
        <translation>all takes no value</translation>
    </message>
    <message>
        <source>%1 needs a domain</source>
        <translation>%1 needs a domain</translation>
    </message>
    <message>
        <source>invalid domain in %1</source>
        <translation>invalid domain in %1</translation>
    </message>
    <message>
        <source>unexpected text after %1</source>
        <translation>unexpected text after %1</translation>
    </message>
    <message>
        <source>invalid domain in ptr</source>
        <translation>invalid domain in ptr</translation>
    </message>
    <message>
        <source>unexpected text after ptr</source>
        <translation>unexpected text after ptr</translation>
    </message>
    <message>
        <source>%1 needs an address</source>
        <translation>%1 needs an address</translation>
    </message>
    <message>
        <source>invalid prefix length in %1</source>
        <translation>invalid prefix length in %1</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address</source>
        <translation>%1 is not a valid %2 address</translation>
    </message>
    <message>
        <source>unknown mechanism %1</source>
        <translation>unknown mechanism %1</translation>
    </message>
    <message>
        <source>records nest too deeply</source>
        <translation>records nest too deeply</translation>
    </message>
    <message>
        <source>%1 is not a valid domain name</source>
        <translation>%1 is not a valid domain name</translation>
    </message>
    <message>
        <source>the TXT lookup for %1 failed (%2)</source>
        <translation>the TXT lookup for %1 failed (%2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 has no SPF record</translation>
    </message>
    <message>
        <source>%1 has more than one SPF record</source>
        <translation>%1 has more than one SPF record</translation>
    </message>
    <message>
        <source>the SPF record of %1 is invalid: %2 (at character %3)</source>
        <translation>the SPF record of %1 is invalid: %2 (at character %3)</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups (RFC 7208 limit)</source>
        <translation>more than %1 DNS lookups (RFC 7208 limit)</translation>
    </message>
    <message>
        <source>redirect=%1 leads to a domain without an SPF record</source>
        <translation>redirect=%1 leads to a domain without an SPF record</translation>
    </message>
    <message>
        <source>the address lookup for %1 failed (%2)</source>
        <translation>the address lookup for %1 failed (%2)</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record</source>
        <translation>include:%1 has no SPF record</translation>
    </message>
    <message>
        <source>the lookup for %1 failed (%2)</source>
        <translation>the lookup for %1 failed (%2)</translation>
    </message>
    <message>
        <source>the MX lookup for %1 failed (%2)</source>
        <translation>the MX lookup for %1 failed (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 MX hosts</source>
        <translation>%1 has more than %2 MX hosts</translation>
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
    <name>Verdict</name>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between requirement titles</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>for %1, not met: %2</source>
        <translation>for %1, not met: %2</translation>
    </message>
    <message>
        <source>meets every rule Postino can check for %1</source>
        <translation>meets every rule Postino can check for %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Will the big mailbox providers accept it?</source>
        <translation>Will the big mailbox providers accept it?</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>(not a written rule; their filters check it)</source>
        <translation>(not a written rule; their filters check it)</translation>
    </message>
    <message>
        <source>No SMTP server is set yet, so how mail is handed over is not known.</source>
        <translation>No SMTP server is set yet, so how mail is handed over is not known.</translation>
    </message>
    <message>
        <source>Mail goes to %1 without encryption: anyone on the way can read it, and receivers such as Gmail expect TLS.</source>
        <translation>Mail goes to %1 without encryption: anyone on the way can read it, and receivers such as Gmail expect TLS.</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Turn encryption on</translation>
    </message>
    <message>
        <source>On Configure, choose SSL/TLS (port 465) or STARTTLS (port 587), whichever the Checks page found open.</source>
        <translation>On Configure, choose SSL/TLS (port 465) or STARTTLS (port 587), whichever the Checks page found open.</translation>
    </message>
    <message>
        <source>Mail goes to %1 with STARTTLS whenever the server offers it.</source>
        <translation>Mail goes to %1 with STARTTLS whenever the server offers it.</translation>
    </message>
    <message>
        <source>Mail goes to %1&apos;s API over HTTPS, and %1 delivers it on.</source>
        <translation>Mail goes to %1&apos;s API over HTTPS, and %1 delivers it on.</translation>
    </message>
    <message>
        <source>Mail goes to %1 over TLS.</source>
        <translation>Mail goes to %1 over TLS.</translation>
    </message>
    <message numerus="yes">
        <source>for %1, not met: %2 (and %n more cannot be told yet)</source>
        <translation>
            <numerusform>for %1, not met: %2 (and %n more cannot be told yet)</numerusform>
            <numerusform>for %1, not met: %2 (and %n more cannot be told yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %1, %n rule(s) cannot be told yet</source>
        <translation>
            <numerusform>for %1, %n rule cannot be told yet</numerusform>
            <numerusform>for %1, %n rules cannot be told yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail goes to %1 encrypted with STARTTLS.</source>
        <translation>Mail goes to %1 encrypted with STARTTLS.</translation>
    </message>
    <message>
        <source>Mail goes to %1 encrypted with SSL/TLS.</source>
        <translation>Mail goes to %1 encrypted with SSL/TLS.</translation>
    </message>
</context>
<context>
    <name>postino::AboutDialog</name>
    <message>
        <source>Postino sets up a website&apos;s email sending and proves it works.</source>
        <translation>Postino sets up a website&apos;s email sending and proves it works.</translation>
    </message>
    <message>
        <source>About Postino</source>
        <translation>About Postino</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, change and share it. Copyright © 2026 The Postino authors.</source>
        <translation>Free software under the MIT licence: you may use, change and share it. Copyright © 2026 The Postino authors.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <source>In the system keychain, never in the profile or the settings.</source>
        <translation>In the system keychain, never in the profile or the settings.</translation>
    </message>
    <message>
        <source>For this session only: there is no system keychain to keep them in.</source>
        <translation>For this session only: there is no system keychain to keep them in.</translation>
    </message>
    <message>
        <source>Passwords and keys:</source>
        <translation>Passwords and keys:</translation>
    </message>
    <message>
        <source>Where Postino keeps what it saves:</source>
        <translation>Where Postino keeps what it saves:</translation>
    </message>
    <message>
        <source>Version %1 (revision %2)</source>
        <translation>Version %1 (revision %2)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>postino::AcceptanceView</name>
    <message>
        <source>Provider and rule</source>
        <translation>Provider and rule</translation>
    </message>
    <message>
        <source>Everyday sending</source>
        <translation>Everyday sending</translation>
    </message>
    <message>
        <source>Bulk sending</source>
        <translation>Bulk sending</translation>
    </message>
    <message>
        <source>Will mailbox providers accept your mail</source>
        <translation>Will mailbox providers accept your mail</translation>
    </message>
    <message>
        <source>%1 (checked by their filters)</source>
        <translation>%1 (checked by their filters)</translation>
    </message>
    <message>
        <source>evidence for the rule above</source>
        <translation>evidence for the rule above</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
</context>
<context>
    <name>postino::AlertChannelDialog</name>
    <message>
        <source>%1 alert</source>
        <translation>%1 alert</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>postino::AlertsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Send &amp;test alert</translation>
    </message>
    <message>
        <source>Failure alerts</source>
        <translation>Failure alerts</translation>
    </message>
    <message>
        <source>Where the website tells you when an email fails to send. Each channel can send a test alert now, so you know it works before you need it.</source>
        <translation>Where the website tells you when an email fails to send. Each channel can send a test alert now, so you know it works before you need it.</translation>
    </message>
    <message>
        <source>No channel yet: pick a kind and press Add.</source>
        <translation>No channel yet: pick a kind and press Add.</translation>
    </message>
    <message>
        <source>Sending a test alert to %1…</source>
        <translation>Sending a test alert to %1…</translation>
    </message>
    <message>
        <source>The test alert was sent.</source>
        <translation>The test alert was sent.</translation>
    </message>
    <message>
        <source>The test alert did not go through.</source>
        <translation>The test alert did not go through.</translation>
    </message>
    <message>
        <source>Alert channels</source>
        <translation>Alert channels</translation>
    </message>
    <message>
        <source>Test alert transcript</source>
        <translation>Test alert transcript</translation>
    </message>
    <message>
        <source>Allow alerts to this computer and &amp;private networks (for a test server)</source>
        <translation>Allow alerts to this computer and &amp;private networks (for a test server)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stops sending the test alert.</source>
        <translation>Stops sending the test alert.</translation>
    </message>
    <message>
        <source>Stopped. The test alert may not have been sent.</source>
        <translation>Stopped. The test alert may not have been sent.</translation>
    </message>
</context>
<context>
    <name>postino::ChecksPage</name>
    <message>
        <source>Can this computer reach your mail service, and is your domain ready?</source>
        <translation>Can this computer reach your mail service, and is your domain ready?</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
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
        <source>&amp;Ports</source>
        <translation>&amp;Ports</translation>
    </message>
    <message>
        <source>&amp;Domain: SPF, DKIM, DMARC</source>
        <translation>&amp;Domain: SPF, DKIM, DMARC</translation>
    </message>
    <message>
        <source>Shows a record you added a minute ago, without waiting for other servers&apos; caches to expire.</source>
        <translation>Shows a record you added a minute ago, without waiting for other servers&apos; caches to expire.</translation>
    </message>
    <message>
        <source>Other DKIM selector (optional)</source>
        <translation>Other DKIM selector (optional)</translation>
    </message>
    <message>
        <source>Other DKIM selector</source>
        <translation>Other DKIM selector</translation>
    </message>
    <message>
        <source>Bounce host, e.g. em1234</source>
        <translation>Bounce host, e.g. em1234</translation>
    </message>
    <message>
        <source>Bounce (return-path) host</source>
        <translation>Bounce (return-path) host</translation>
    </message>
    <message>
        <source>&amp;Copy the records to add</source>
        <translation>&amp;Copy the records to add</translation>
    </message>
    <message>
        <source>Enter a From address on the Sender page to check its domain.</source>
        <translation>Enter a From address on the Sender page to check its domain.</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1 for %2…</source>
        <translation>Checking the DNS records of %1 for %2…</translation>
    </message>
    <message>
        <source>&amp;Domain: all good</source>
        <translation>&amp;Domain: all good</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Domain: %n to fix</source>
        <translation>
            <numerusform>&amp;Domain: %n to fix</numerusform>
            <numerusform>&amp;Domain: %n to fix</numerusform>
        </translation>
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
    <message>
        <source>Test from your &amp;web server…</source>
        <translation>Test from your &amp;web server…</translation>
    </message>
    <message>
        <source>Your website&apos;s server may block ports this computer can use: a small PHP script tests them from there.</source>
        <translation>Your website&apos;s server may block ports this computer can use: a small PHP script tests them from there.</translation>
    </message>
    <message numerus="yes">
        <source>Tested %n port(s) of %1.</source>
        <translation>
            <numerusform>Tested %n port of %1.</numerusform>
            <numerusform>Tested %n ports of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These results come from your web server, not from this computer. Check again to test from here.</source>
        <translation>These results come from your web server, not from this computer. Check again to test from here.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stops the test; ports not finished are shown as not tested.</source>
        <translation>Stops the test; ports not finished are shown as not tested.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Domain check results</source>
        <translation>Domain check results</translation>
    </message>
    <message>
        <source>Will mail be acc&amp;epted?</source>
        <translation>Will mail be acc&amp;epted?</translation>
    </message>
    <message>
        <source>What Gmail, Yahoo and Outlook.com ask of senders, against what Postino found. Send the test email to add the message itself and how it arrived.</source>
        <translation>What Gmail, Yahoo and Outlook.com ask of senders, against what Postino found. Send the test email to add the message itself and how it arrived.</translation>
    </message>
    <message>
        <source>Waiting for the DNS checks…</source>
        <translation>Waiting for the DNS checks…</translation>
    </message>
    <message>
        <source>Port check results</source>
        <translation>Port check results</translation>
    </message>
    <message>
        <source>Ask the domain&apos;s own name ser&amp;vers</source>
        <translation>Ask the domain&apos;s own name ser&amp;vers</translation>
    </message>
    <message>
        <source>Check DNS a&amp;gain</source>
        <translation>Check DNS a&amp;gain</translation>
    </message>
    <message>
        <source>Stops the DNS check; nothing is reported for the records not checked.</source>
        <translation>Stops the DNS check; nothing is reported for the records not checked.</translation>
    </message>
    <message>
        <source>%1: checked with %2 in %3 ms.</source>
        <translation>%1: checked with %2 in %3 ms.</translation>
    </message>
    <message>
        <source>&amp;Domain: not all checked</source>
        <translation>&amp;Domain: not all checked</translation>
    </message>
    <message>
        <source>Stopped. The DNS records were not checked; press Check DNS again to check them.</source>
        <translation>Stopped. The DNS records were not checked; press Check DNS again to check them.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Stopped. Ports not finished are shown as not tested; press Check again to test them.</source>
        <translation>Stopped. Ports not finished are shown as not tested; press Check again to test them.</translation>
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
        <source>Two ways to connect: sign in with your own OAuth client in the browser, or use an app password over SMTP. You choose on the next page.</source>
        <translation>Two ways to connect: sign in with your own OAuth client in the browser, or use an app password over SMTP. You choose on the next page.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Your email address</translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation>https://www.example.com (optional)</translation>
    </message>
    <message>
        <source>Your website&apos;s address</source>
        <translation>Your website&apos;s address</translation>
    </message>
    <message>
        <source>&amp;Find the right setup for me</source>
        <translation>&amp;Find the right setup for me</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Your email &amp;address:</source>
        <translation>Your email &amp;address:</translation>
    </message>
    <message>
        <source>Your &amp;website:</source>
        <translation>Your &amp;website:</translation>
    </message>
    <message>
        <source>Suggested setup</source>
        <translation>Suggested setup</translation>
    </message>
    <message>
        <source>Type your whole email address, for example you@example.com.</source>
        <translation>Type your whole email address, for example you@example.com.</translation>
    </message>
    <message>
        <source>Stopped. Choose a mailer from the list, or search again.</source>
        <translation>Stopped. Choose a mailer from the list, or search again.</translation>
    </message>
    <message>
        <source>Nothing found for %1: choose a mailer from the list.</source>
        <translation>Nothing found for %1: choose a mailer from the list.</translation>
    </message>
    <message>
        <source>Suggested for %1: %2</source>
        <translation>Suggested for %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also fits:</source>
        <translation>Also fits:</translation>
    </message>
    <message>
        <source>Done in %1 ms. The suggested mailer is selected below; its settings are filled in.</source>
        <translation>Done in %1 ms. The suggested mailer is selected below; its settings are filled in.</translation>
    </message>
    <message>
        <source>Why it fits your domain:</source>
        <translation>Why it fits your domain:</translation>
    </message>
    <message>
        <source>Filter: a name, API, SMTP…</source>
        <translation>Filter: a name, API, SMTP…</translation>
    </message>
    <message>
        <source>Filter the mailers</source>
        <translation>Filter the mailers</translation>
    </message>
    <message>
        <source>HTTPS (port 443): works where hosts block mail ports</source>
        <translation>HTTPS (port 443): works where hosts block mail ports</translation>
    </message>
    <message>
        <source>Sign in with your %1 account; sends over HTTPS (port 443)</source>
        <translation>Sign in with your %1 account; sends over HTTPS (port 443)</translation>
    </message>
    <message>
        <source>Uses a mail server login you already have (SMTP ports)</source>
        <translation>Uses a mail server login you already have (SMTP ports)</translation>
    </message>
    <message>
        <source>Stops the search; nothing is chosen or filled in.</source>
        <translation>Stops the search; nothing is chosen or filled in.</translation>
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
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Put passwords and keys into the export (the file is made readable only by you).</source>
        <translation>Put passwords and keys into the export (the file is made readable only by you).</translation>
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
        <source>Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony, profile or alerts.</source>
        <translation>Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony, profile or alerts.</translation>
    </message>
    <message>
        <source>send: after sending, follow the message: the provider&apos;s status and, with --imap, the mailbox.</source>
        <translation>send: after sending, follow the message: the provider&apos;s status and, with --imap, the mailbox.</translation>
    </message>
    <message>
        <source>verify-delivery: the provider&apos;s message id (or SMTP queue id).</source>
        <translation>verify-delivery: the provider&apos;s message id (or SMTP queue id).</translation>
    </message>
    <message>
        <source>verify-delivery: the test run id (the X-Postino-Test header) to look for in the mailbox.</source>
        <translation>verify-delivery: the test run id (the X-Postino-Test header) to look for in the mailbox.</translation>
    </message>
    <message>
        <source>IMAP user name (default: the recipient address).</source>
        <translation>IMAP user name (default: the recipient address).</translation>
    </message>
    <message>
        <source>IMAP encryption: ssl (993, default), starttls (143) or none.</source>
        <translation>IMAP encryption: ssl (993, default), starttls (143) or none.</translation>
    </message>
    <message>
        <source>Delete the test message from the mailbox once found.</source>
        <translation>Delete the test message from the mailbox once found.</translation>
    </message>
    <message>
        <source>Seconds to keep asking the provider and looking in the mailbox (default 120).</source>
        <translation>Seconds to keep asking the provider and looking in the mailbox (default 120).</translation>
    </message>
    <message>
        <source>dns: ask this DNS server (address, optionally :port) instead of the system&apos;s.</source>
        <translation>dns: ask this DNS server (address, optionally :port) instead of the system&apos;s.</translation>
    </message>
    <message>
        <source>dns: ask the domain&apos;s own name servers, so records added a minute ago show.</source>
        <translation>dns: ask the domain&apos;s own name servers, so records added a minute ago show.</translation>
    </message>
    <message>
        <source>dns: also check this DKIM selector (repeatable).</source>
        <translation>dns: also check this DKIM selector (repeatable).</translation>
    </message>
    <message>
        <source>dns: the mailer&apos;s bounce host under your domain, e.g. em1234.</source>
        <translation>dns: the mailer&apos;s bounce host under your domain, e.g. em1234.</translation>
    </message>
    <message>
        <source>alert test: the channel&apos;s type, or the id of a channel in the profile.</source>
        <translation>alert test: the channel&apos;s type, or the id of a channel in the profile.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>alert test: allow alerts to this computer and private networks (for a local test server).</source>
        <translation>alert test: allow alerts to this computer and private networks (for a local test server).</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 1 to 3600.</source>
        <translation>--wait must be a number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>--imap takes HOST[:PORT] with a port from 1 to 65535.</source>
        <translation>--imap takes HOST[:PORT] with a port from 1 to 65535.</translation>
    </message>
    <message>
        <source>--imap-security must be ssl, starttls or none.</source>
        <translation>--imap-security must be ssl, starttls or none.</translation>
    </message>
    <message>
        <source>--imap needs a host name.</source>
        <translation>--imap needs a host name.</translation>
    </message>
    <message>
        <source>--imap needs the mailbox password in POSTINO_IMAP_PASSWORD (or a token in POSTINO_IMAP_TOKEN); it is never taken from the command line.</source>
        <translation>--imap needs the mailbox password in POSTINO_IMAP_PASSWORD (or a token in POSTINO_IMAP_TOKEN); it is never taken from the command line.</translation>
    </message>
    <message>
        <source>--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, profile, alerts.</source>
        <translation>--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, profile, alerts.</translation>
    </message>
    <message>
        <source>verify-delivery needs --message-id (the provider&apos;s id), or --imap with --run-id.</source>
        <translation>verify-delivery needs --message-id (the provider&apos;s id), or --imap with --run-id.</translation>
    </message>
    <message>
        <source>Which domain? Give it after &quot;dns&quot;, or a profile with a From address.</source>
        <translation>Which domain? Give it after &quot;dns&quot;, or a profile with a From address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (use 192.0.2.53 or 192.0.2.53:5353).</source>
        <translation>&quot;%1&quot; is not a DNS server address (use 192.0.2.53 or 192.0.2.53:5353).</translation>
    </message>
    <message>
        <source>DNS report for %1 (%2 ms, %3 queries to %4)
</source>
        <translation>DNS report for %1 (%2 ms, %3 queries to %4)
</translation>
    </message>
    <message>
        <source>alert test needs --channel: email, slack, discord, teams, twilio, webhook, ntfy or pushover.</source>
        <translation>alert test needs --channel: email, slack, discord, teams, twilio, webhook, ntfy or pushover.</translation>
    </message>
    <message>
        <source>Unknown alert channel &quot;%1&quot;: use email, slack, discord, teams, twilio, webhook, ntfy or pushover, or the id of a channel in the profile.</source>
        <translation>Unknown alert channel &quot;%1&quot;: use email, slack, discord, teams, twilio, webhook, ntfy or pushover, or the id of a channel in the profile.</translation>
    </message>
    <message>
        <source>--set %1: %2 alerts have the settings %3.</source>
        <translation>--set %1: %2 alerts have the settings %3.</translation>
    </message>
    <message>
        <source>oauth sign-in: do not open a browser; print the address to open (on any computer that can reach this one&apos;s 127.0.0.1, e.g. through an SSH tunnel).</source>
        <translation>oauth sign-in: do not open a browser; print the address to open (on any computer that can reach this one&apos;s 127.0.0.1, e.g. through an SSH tunnel).</translation>
    </message>
    <message>
        <source>The profile&apos;s %1 settings use an app password, not OAuth (method=app_password).</source>
        <translation>The profile&apos;s %1 settings use an app password, not OAuth (method=app_password).</translation>
    </message>
    <message>
        <source>oauth sign-in keeps the tokens in --secrets-file FILE (created readable only by you); they are never printed.</source>
        <translation>oauth sign-in keeps the tokens in --secrets-file FILE (created readable only by you); they are never printed.</translation>
    </message>
    <message>
        <source>No client secret given: set %1 or use --secrets-file.</source>
        <translation>No client secret given: set %1 or use --secrets-file.</translation>
    </message>
    <message>
        <source>The tokens could not be removed from %1: %2</source>
        <translation>The tokens could not be removed from %1: %2</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in (Postino waits for the answer on 127.0.0.1):</source>
        <translation>Open this address in a browser to sign in (Postino waits for the answer on 127.0.0.1):</translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>No browser could be opened; open the address above yourself.</translation>
    </message>
    <message>
        <source>The tokens could not be saved to %1: %2</source>
        <translation>The tokens could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>The tokens were saved as %1 in %2 (readable only by you).</source>
        <translation>The tokens were saved as %1 in %2 (readable only by you).</translation>
    </message>
    <message>
        <source>dns: also tell whether mail from this server address passes SPF. spf: the sending server&apos;s address.</source>
        <translation>dns: also tell whether mail from this server address passes SPF. spf: the sending server&apos;s address.</translation>
    </message>
    <message>
        <source>spf: the envelope sender (MAIL FROM) address to check.</source>
        <translation>spf: the envelope sender (MAIL FROM) address to check.</translation>
    </message>
    <message>
        <source>spf: the name the sending server gives in HELO / EHLO.</source>
        <translation>spf: the name the sending server gives in HELO / EHLO.</translation>
    </message>
    <message>
        <source>spf needs --ip: the address of the server that sends the mail.</source>
        <translation>spf needs --ip: the address of the server that sends the mail.</translation>
    </message>
    <message>
        <source>spf needs --sender (the MAIL FROM address) or --helo (the server&apos;s HELO name).</source>
        <translation>spf needs --sender (the MAIL FROM address) or --helo (the server&apos;s HELO name).</translation>
    </message>
    <message>
        <source>HELO %1</source>
        <translation>HELO %1</translation>
    </message>
    <message>
        <source>%1 may send as %2: “pass”, decided by %3.</source>
        <translation>%1 may send as %2: “pass”, decided by %3.</translation>
    </message>
    <message>
        <source>%1 may not send as %2: “fail”, decided by %3.</source>
        <translation>%1 may not send as %2: “fail”, decided by %3.</translation>
    </message>
    <message>
        <source>%1 sending as %2 gets “%3” (%4): receivers will not trust it, and many file it as spam.</source>
        <translation>%1 sending as %2 gets “%3” (%4): receivers will not trust it, and many file it as spam.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so receivers cannot tell whether %2 may send as %3.</source>
        <translation>%1 has no SPF record, so receivers cannot tell whether %2 may send as %3.</translation>
    </message>
    <message>
        <source>Publish an SPF record for %1</source>
        <translation>Publish an SPF record for %1</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli dns %1 --mailer ID&quot; for the record your mailer needs.</source>
        <translation>Run &quot;postino-cli dns %1 --mailer ID&quot; for the record your mailer needs.</translation>
    </message>
    <message>
        <source>The SPF check for %1 could not finish: %2</source>
        <translation>The SPF check for %1 could not finish: %2</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server</source>
        <translation>Try again, or ask another DNS server</translation>
    </message>
    <message>
        <source>A DNS server did not answer in time; --nameserver asks a different one.</source>
        <translation>A DNS server did not answer in time; --nameserver asks a different one.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken, so every check of it fails: %2</source>
        <translation>The SPF record of %1 is broken, so every check of it fails: %2</translation>
    </message>
    <message>
        <source>Fix the SPF record of %1</source>
        <translation>Fix the SPF record of %1</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli dns %1&quot; to see where the record goes wrong.</source>
        <translation>Run &quot;postino-cli dns %1&quot; to see where the record goes wrong.</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explanation: %1</translation>
    </message>
    <message>
        <source>Write the export to this file (a file Postino did not write is never replaced).</source>
        <translation>Write the export to this file (a file Postino did not write is never replaced).</translation>
    </message>
    <message>
        <source>export --format wp-config: put the settings into this wp-config.php, above the &quot;stop editing&quot; line, after making a backup of it.</source>
        <translation>export --format wp-config: put the settings into this wp-config.php, above the &quot;stop editing&quot; line, after making a backup of it.</translation>
    </message>
    <message>
        <source>wp-config.php</source>
        <translation>wp-config.php</translation>
    </message>
    <message>
        <source>export --insert: insert even when the settings still hold placeholders (PUT-YOUR-…-HERE).</source>
        <translation>export --insert: insert even when the settings still hold placeholders (PUT-YOUR-…-HERE).</translation>
    </message>
    <message>
        <source>--insert works with --format wp-config only, and not together with --out.</source>
        <translation>--insert works with --format wp-config only, and not together with --out.</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Could not change %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain name; --sender takes the MAIL FROM address, or its domain.</source>
        <translation>&quot;%1&quot; is neither an email address nor a domain name; --sender takes the MAIL FROM address, or its domain.</translation>
    </message>
    <message>
        <source>Give the secret in the environment or a file</source>
        <translation>Give the secret in the environment or a file</translation>
    </message>
    <message>
        <source>Set it in the environment before the command: export %1=&apos;…&apos;</source>
        <translation>Set it in the environment before the command: export %1=&apos;…&apos;</translation>
    </message>
    <message>
        <source>Or put the line %1=… in a file only you can read (chmod 600) and add --secrets-file FILE.</source>
        <translation>Or put the line %1=… in a file only you can read (chmod 600) and add --secrets-file FILE.</translation>
    </message>
    <message>
        <source>Check the secrets file</source>
        <translation>Check the secrets file</translation>
    </message>
    <message>
        <source>Make sure %1 is yours, writable by you and readable by nobody else (chmod 600), and that its folder exists.</source>
        <translation>Make sure %1 is yours, writable by you and readable by nobody else (chmod 600), and that its folder exists.</translation>
    </message>
    <message>
        <source>No SMTP username given, and this server is set to need a login.</source>
        <translation>No SMTP username given, and this server is set to need a login.</translation>
    </message>
    <message>
        <source>Give the login, or say the server needs none</source>
        <translation>Give the login, or say the server needs none</translation>
    </message>
    <message>
        <source>If the server needs a login (most do), add --user with your SMTP username, often your full email address, and set POSTINO_PASSWORD.</source>
        <translation>If the server needs a login (most do), add --user with your SMTP username, often your full email address, and set POSTINO_PASSWORD.</translation>
    </message>
    <message>
        <source>If it accepts mail without a login (a relay that trusts your server&apos;s address), add --no-auth instead.</source>
        <translation>If it accepts mail without a login (a relay that trusts your server&apos;s address), add --no-auth instead.</translation>
    </message>
    <message>
        <source>Check the sign-in instead</source>
        <translation>Check the sign-in instead</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli oauth sign-in --mailer %1&quot; to sign in, then &quot;postino-cli send&quot; to test it.</source>
        <translation>Run &quot;postino-cli oauth sign-in --mailer %1&quot; to sign in, then &quot;postino-cli send&quot; to test it.</translation>
    </message>
    <message>
        <source>Upload %1 to your website, open its address once in a browser, and save what it prints; then run: postino-cli probe --php-result FILE. The script deletes itself as soon as it starts.</source>
        <translation>Upload %1 to your website, open its address once in a browser, and save what it prints; then run: postino-cli probe --php-result FILE. The script deletes itself as soon as it starts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2. Run &quot;postino-cli %1 --help&quot; for the options it takes.</source>
        <translation>&quot;%1&quot; does not take --%2. Run &quot;postino-cli %1 --help&quot; for the options it takes.</translation>
    </message>
    <message>
        <source>Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),
POSTINO_API_KEY, or POSTINO_SECRET_&lt;MAILER&gt;_&lt;FIELD&gt; (alerts: POSTINO_SECRET_ALERT_&lt;CHANNEL&gt;_&lt;FIELD&gt;,
e.g. POSTINO_SECRET_ALERT_SLACK_URL), or use --secrets-file.
The IMAP password comes from POSTINO_IMAP_PASSWORD (or POSTINO_SECRET_IMAP_PASSWORD),
an OAuth token for XOAUTH2 from POSTINO_IMAP_TOKEN.</source>
        <translation>Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),
POSTINO_API_KEY, or POSTINO_SECRET_&lt;MAILER&gt;_&lt;FIELD&gt; (alerts: POSTINO_SECRET_ALERT_&lt;CHANNEL&gt;_&lt;FIELD&gt;,
e.g. POSTINO_SECRET_ALERT_SLACK_URL), or use --secrets-file.
The IMAP password comes from POSTINO_IMAP_PASSWORD (or POSTINO_SECRET_IMAP_PASSWORD),
an OAuth token for XOAUTH2 from POSTINO_IMAP_TOKEN.</translation>
    </message>
    <message>
        <source>send a test failure alert (--channel slack|discord|teams|twilio|webhook|ntfy|pushover|email, --set key=value)</source>
        <translation>send a test failure alert (--channel slack|discord|teams|twilio|webhook|ntfy|pushover|email, --set key=value)</translation>
    </message>
    <message>
        <source>Set one of the alert channel&apos;s settings, e.g. --set to=you@example.org (repeatable; not for secrets).</source>
        <translation>Set one of the alert channel&apos;s settings, e.g. --set to=you@example.org (repeatable; not for secrets).</translation>
    </message>
    <message>
        <source>check the mailer&apos;s key or login without sending</source>
        <translation>check the mailer&apos;s key or login without sending</translation>
    </message>
    <message>
        <source>check SPF, DKIM, DMARC and MX of the From domain for the mailer</source>
        <translation>check SPF, DKIM, DMARC and MX of the From domain for the mailer</translation>
    </message>
    <message>
        <source>The domain to check (default: the domain of the From address).</source>
        <translation>The domain to check (default: the domain of the From address).</translation>
    </message>
    <message>
        <source>write the configuration for your server (--format)</source>
        <translation>write the configuration for your server (--format)</translation>
    </message>
    <message>
        <source>take over settings from wp-config.php, a plugin export or a profile</source>
        <translation>take over settings from wp-config.php, a plugin export or a profile</translation>
    </message>
    <message>
        <source>wp-config.php, a plugin&apos;s settings export or a Postino profile.</source>
        <translation>wp-config.php, a plugin&apos;s settings export or a Postino profile.</translation>
    </message>
    <message>
        <source>list the mailers Postino knows</source>
        <translation>list the mailers Postino knows</translation>
    </message>
    <message>
        <source>sign in to Gmail, Microsoft 365 or Zoho (--mailer) in the browser; the tokens go to --secrets-file (--no-browser: only print the address)</source>
        <translation>sign in to Gmail, Microsoft 365 or Zoho (--mailer) in the browser; the tokens go to --secrets-file (--no-browser: only print the address)</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Seconds to wait for the sign-in in the browser (default 300).</translation>
    </message>
    <message>
        <source>end the sign-in at the provider and forget its tokens</source>
        <translation>end the sign-in at the provider and forget its tokens</translation>
    </message>
    <message>
        <source>test which mail ports this network can reach (--mailer, --host)</source>
        <translation>test which mail ports this network can reach (--mailer, --host)</translation>
    </message>
    <message>
        <source>send a test email through the profile&apos;s mailer</source>
        <translation>send a test email through the profile&apos;s mailer</translation>
    </message>
    <message>
        <source>connect, secure and log in to an SMTP server without sending</source>
        <translation>connect, secure and log in to an SMTP server without sending</translation>
    </message>
    <message>
        <source>send a test email through an SMTP server</source>
        <translation>send a test email through an SMTP server</translation>
    </message>
    <message>
        <source>the SPF result for one server sending as one address (--ip, --sender and/or --helo): pass, fail, softfail, ...</source>
        <translation>the SPF result for one server sending as one address (--ip, --sender and/or --helo): pass, fail, softfail, ...</translation>
    </message>
    <message>
        <source>check a profile&apos;s settings</source>
        <translation>check a profile&apos;s settings</translation>
    </message>
    <message>
        <source>follow a sent message: the provider&apos;s status (--message-id) and the recipient&apos;s mailbox over IMAP (--imap, --run-id)</source>
        <translation>follow a sent message: the provider&apos;s status (--message-id) and the recipient&apos;s mailbox over IMAP (--imap, --run-id)</translation>
    </message>
    <message>
        <source>Postino checks and tests a website&apos;s email sending from the command line.</source>
        <translation>Postino checks and tests a website&apos;s email sending from the command line.</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli COMMAND --help&quot; for the options a command takes.</source>
        <translation>Run &quot;postino-cli COMMAND --help&quot; for the options a command takes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>oauth works with the mailers that sign in: %1 (--mailer).</source>
        <translation>oauth works with the mailers that sign in: %1 (--mailer).</translation>
    </message>
    <message>
        <source>Look for the message in this IMAP mailbox: HOST[:PORT], or one of %1 (in the data centre of the profile&apos;s mailer where the provider has several).</source>
        <translation>Look for the message in this IMAP mailbox: HOST[:PORT], or one of %1 (in the data centre of the profile&apos;s mailer where the provider has several).</translation>
    </message>
    <message>
        <source>autoconfig file</source>
        <translation>autoconfig file</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>SRV record</translation>
    </message>
    <message>
        <source>provider&apos;s help page</source>
        <translation>provider&apos;s help page</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>guess</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Discovery for %1 (%2 ms, %3 DNS queries)</source>
        <translation>Discovery for %1 (%2 ms, %3 DNS queries)</translation>
    </message>
    <message>
        <source>Mailboxes: %1</source>
        <translation>Mailboxes: %1</translation>
    </message>
    <message>
        <source>no known provider</source>
        <translation>no known provider</translation>
    </message>
    <message>
        <source>Already authorised: %1 (%2)</source>
        <translation>Already authorised: %1 (%2)</translation>
    </message>
    <message>
        <source>SMTP: %1:%2 %3, from the %4, %5</source>
        <translation>SMTP: %1:%2 %3, from the %4, %5</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>not verified (%1)</source>
        <translation>not verified (%1)</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>not probed</translation>
    </message>
    <message>
        <source>Website: likely on %1 (%2)</source>
        <translation>Website: likely on %1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>find the right mailer and its settings from an email address</source>
        <translation>find the right mailer and its settings from an email address</translation>
    </message>
    <message>
        <source>The From address (default: the profile&apos;s From address).</source>
        <translation>The From address (default: the profile&apos;s From address).</translation>
    </message>
    <message>
        <source>discover: the website&apos;s address, to find its host and the ports it blocks.</source>
        <translation>discover: the website&apos;s address, to find its host and the ports it blocks.</translation>
    </message>
    <message>
        <source>discover: list the servers found without connecting to them.</source>
        <translation>discover: list the servers found without connecting to them.</translation>
    </message>
    <message>
        <source>discover: fetch autoconfig files from this port (for testing).</source>
        <translation>discover: fetch autoconfig files from this port (for testing).</translation>
    </message>
    <message>
        <source>Which address? Give it after &quot;discover&quot;, or a profile with a From address.</source>
        <translation>Which address? Give it after &quot;discover&quot;, or a profile with a From address.</translation>
    </message>
    <message>
        <source>--autoconfig-port needs a port between 1 and 65535.</source>
        <translation>--autoconfig-port needs a port between 1 and 65535.</translation>
    </message>
    <message>
        <source>dns: the website&apos;s address: its server&apos;s blocklist entries and reverse DNS are checked too, as the SMTP server&apos;s are.</source>
        <translation>dns: the website&apos;s address: its server&apos;s blocklist entries and reverse DNS are checked too, as the SMTP server&apos;s are.</translation>
    </message>
    <message>
        <source>dns: fetch the MTA-STS policy and the BIMI logo from this port (for testing).</source>
        <translation>dns: fetch the MTA-STS policy and the BIMI logo from this port (for testing).</translation>
    </message>
    <message>
        <source>--policies-port needs a port between 1 and 65535.</source>
        <translation>--policies-port needs a port between 1 and 65535.</translation>
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
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser.</source>
        <translation>Opens the provider&apos;s sign-in page in your browser.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in with OAuth:&lt;/b&gt; you create your own OAuth client with %1, enter its ID and secret here, then sign in once in your browser. Postino never sees your password; it keeps the sign-in in the system keychain and renews it by itself.</source>
        <translation>&lt;b&gt;Sign in with OAuth:&lt;/b&gt; you create your own OAuth client with %1, enter its ID and secret here, then sign in once in your browser. Postino never sees your password; it keeps the sign-in in the system keychain and renews it by itself.</translation>
    </message>
    <message>
        <source>While you sign in, Postino waits for the browser on http://127.0.0.1 (this computer only).</source>
        <translation>While you sign in, Postino waits for the browser on http://127.0.0.1 (this computer only).</translation>
    </message>
    <message>
        <source>Turn on two-step verification for the account first: without it there is no app password.</source>
        <translation>Turn on two-step verification for the account first: without it there is no app password.</translation>
    </message>
    <message>
        <source>Create an app password (name it &quot;Postino&quot; or after your website) and copy it.</source>
        <translation>Create an app password (name it &quot;Postino&quot; or after your website) and copy it.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s full address and the app password here; spaces in it do not matter to the provider but copy it exactly.</source>
        <translation>Enter the account&apos;s full address and the app password here; spaces in it do not matter to the provider but copy it exactly.</translation>
    </message>
    <message>
        <source>&lt;b&gt;App password (SMTP):&lt;/b&gt; a separate password for this one program, sent over SMTP to %1. Simple, and it works on servers without a browser.</source>
        <translation>&lt;b&gt;App password (SMTP):&lt;/b&gt; a separate password for this one program, sent over SMTP to %1. Simple, and it works on servers without a browser.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the app password page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Open the app password page&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Cancel sign-in</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>the sign-in page</source>
        <translation>the sign-in page</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and click &quot;Allow&quot; in the browser…</source>
        <translation>Waiting for you to sign in and click &quot;Allow&quot; in the browser…</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>No browser could be opened.</translation>
    </message>
    <message>
        <source>You can also open %1 yourself.</source>
        <translation>You can also open %1 yourself.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Fill in %1</translation>
    </message>
    <message>
        <source>Copy it from your mailer&apos;s account page and paste it into the field.</source>
        <translation>Copy it from your mailer&apos;s account page and paste it into the field.</translation>
    </message>
    <message>
        <source>Mailer settings</source>
        <translation>Mailer settings</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <source>Stops checking the credentials; nothing is changed.</source>
        <translation>Stops checking the credentials; nothing is changed.</translation>
    </message>
    <message>
        <source>Si&amp;gn out</source>
        <translation>Si&amp;gn out</translation>
    </message>
    <message>
        <source>Stopped. The credentials were not checked; press Check credentials to try again.</source>
        <translation>Stopped. The credentials were not checked; press Check credentials to try again.</translation>
    </message>
    <message>
        <source>How signing in works</source>
        <translation>How signing in works</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
</context>
<context>
    <name>postino::ExpanderButton</name>
    <message>
        <source>Details shown below.</source>
        <translation>Details shown below.</translation>
    </message>
    <message>
        <source>Details hidden; press Space to show them.</source>
        <translation>Details hidden; press Space to show them.</translation>
    </message>
</context>
<context>
    <name>postino::ExportPage</name>
    <message>
        <source>Put the configuration on your server</source>
        <translation>Put the configuration on your server</translation>
    </message>
    <message>
        <source>Include &amp;passwords and keys</source>
        <translation>Include &amp;passwords and keys</translation>
    </message>
    <message>
        <source>&amp;Insert into wp-config.php…</source>
        <translation>&amp;Insert into wp-config.php…</translation>
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
        <source>Failure alert channels (JSON, without WordPress)</source>
        <translation>Failure alert channels (JSON, without WordPress)</translation>
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
        <source>Insert placeholders into the site?</source>
        <translation>Insert placeholders into the site?</translation>
    </message>
    <message>
        <source>The settings still hold placeholders: %1.</source>
        <translation>The settings still hold placeholders: %1.</translation>
    </message>
    <message>
        <source>WordPress would try to log in with the placeholder and stop sending email until you replace it in %1 by hand. To avoid this, tick &quot;Include passwords and keys&quot; first.</source>
        <translation>WordPress would try to log in with the placeholder and stop sending email until you replace it in %1 by hand. To avoid this, tick &quot;Include passwords and keys&quot; first.</translation>
    </message>
    <message>
        <source>Insert &amp;anyway</source>
        <translation>Insert &amp;anyway</translation>
    </message>
    <message>
        <source>The settings are in %1. The original is kept as %2; it holds the site&apos;s database password and keys, so delete it once the site sends email.</source>
        <translation>The settings are in %1. The original is kept as %2; it holds the site&apos;s database password and keys, so delete it once the site sends email.</translation>
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
        <source>Be told at once when an email fails to send: by email, Slack, Discord, Microsoft Teams, SMS, a webhook or a push notification.</source>
        <translation>Be told at once when an email fails to send: by email, Slack, Discord, Microsoft Teams, SMS, a webhook or a push notification.</translation>
    </message>
    <message>
        <source>Alert &amp;channels…</source>
        <translation>Alert &amp;channels…</translation>
    </message>
    <message>
        <source>No channel set up yet.</source>
        <translation>No channel set up yet.</translation>
    </message>
    <message>
        <source>Alerts go to: %1</source>
        <translation>Alerts go to: %1</translation>
    </message>
</context>
<context>
    <name>postino::FindingRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Show or hide the details</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>Record to add:</source>
        <translation>Record to add:</translation>
    </message>
</context>
<context>
    <name>postino::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>postino::ImapClient</name>
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
        <source>Connecting to the mailbox at %1…</source>
        <translation>Connecting to the mailbox at %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Encrypted with %1, cipher %2.</source>
        <translation>Encrypted with %1, cipher %2.</translation>
    </message>
    <message>
        <source>The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).</source>
        <translation>The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The secure connection to the mailbox server %1 failed: %2</source>
        <translation>The secure connection to the mailbox server %1 failed: %2</translation>
    </message>
    <message>
        <source>Check the mailbox server&apos;s name and security</source>
        <translation>Check the mailbox server&apos;s name and security</translation>
    </message>
    <message>
        <source>Use the IMAP host name your provider publishes: the certificate must match it.</source>
        <translation>Use the IMAP host name your provider publishes: the certificate must match it.</translation>
    </message>
    <message>
        <source>Port 993 uses SSL/TLS from the start; port 143 uses STARTTLS.</source>
        <translation>Port 993 uses SSL/TLS from the start; port 143 uses STARTTLS.</translation>
    </message>
    <message>
        <source>The mailbox server %1 could not be found.</source>
        <translation>The mailbox server %1 could not be found.</translation>
    </message>
    <message>
        <source>Check the IMAP server name</source>
        <translation>Check the IMAP server name</translation>
    </message>
    <message>
        <source>Choose your provider from the list, or copy the IMAP server name from its help pages.</source>
        <translation>Choose your provider from the list, or copy the IMAP server name from its help pages.</translation>
    </message>
    <message>
        <source>The mailbox server %1 refused the connection on port %2.</source>
        <translation>The mailbox server %1 refused the connection on port %2.</translation>
    </message>
    <message>
        <source>Check the IMAP port</source>
        <translation>Check the IMAP port</translation>
    </message>
    <message>
        <source>IMAP uses port 993 (SSL/TLS) or 143 (STARTTLS).</source>
        <translation>IMAP uses port 993 (SSL/TLS) or 143 (STARTTLS).</translation>
    </message>
    <message>
        <source>A firewall on this network may block the port.</source>
        <translation>A firewall on this network may block the port.</translation>
    </message>
    <message>
        <source>The mailbox server %1 could not be reached on port %2: %3</source>
        <translation>The mailbox server %1 could not be reached on port %2: %3</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Check the network</translation>
    </message>
    <message>
        <source>The mailbox server %1 did not answer within %2 seconds on port %3.</source>
        <translation>The mailbox server %1 did not answer within %2 seconds on port %3.</translation>
    </message>
    <message>
        <source>The mailbox server %1 stopped answering for %2 seconds.</source>
        <translation>The mailbox server %1 stopped answering for %2 seconds.</translation>
    </message>
    <message>
        <source>Check the server and the network</source>
        <translation>Check the server and the network</translation>
    </message>
    <message>
        <source>A firewall may drop the connection silently; check the host name and port.</source>
        <translation>A firewall may drop the connection silently; check the host name and port.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The mailbox server sent a line longer than %1 bytes; that is not IMAP.</source>
        <translation>The mailbox server sent a line longer than %1 bytes; that is not IMAP.</translation>
    </message>
    <message>
        <source>The mailbox server announced %1 bytes for a message header; Postino reads at most %2, so it stopped.</source>
        <translation>The mailbox server announced %1 bytes for a message header; Postino reads at most %2, so it stopped.</translation>
    </message>
    <message>
        <source>This is not a normal answer</source>
        <translation>This is not a normal answer</translation>
    </message>
    <message>
        <source>Check that the IMAP host and port are your mailbox provider&apos;s; something else may be answering.</source>
        <translation>Check that the IMAP host and port are your mailbox provider&apos;s; something else may be answering.</translation>
    </message>
    <message numerus="yes">
        <source> (%n byte(s) follow)</source>
        <translation>
            <numerusform> (%n byte follow)</numerusform>
            <numerusform> (%n bytes follow)</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox server sent something Postino did not ask for: %1</source>
        <translation>The mailbox server sent something Postino did not ask for: %1</translation>
    </message>
    <message>
        <source>The mailbox server logged in without encryption (PREAUTH), so STARTTLS is impossible.</source>
        <translation>The mailbox server logged in without encryption (PREAUTH), so STARTTLS is impossible.</translation>
    </message>
    <message>
        <source>The mailbox server refused the connection: %1</source>
        <translation>The mailbox server refused the connection: %1</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <source>The server may be busy or limiting connections from this address.</source>
        <translation>The server may be busy or limiting connections from this address.</translation>
    </message>
    <message>
        <source>The mailbox server ended the session: %1</source>
        <translation>The mailbox server ended the session: %1</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation>The server rejected the token: %1</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(empty response)</translation>
    </message>
    <message>
        <source>The mailbox server asked for more input where none was due.</source>
        <translation>The mailbox server asked for more input where none was due.</translation>
    </message>
    <message>
        <source>The mailbox server %1 does not offer STARTTLS on port %2, so Postino did not log in.</source>
        <translation>The mailbox server %1 does not offer STARTTLS on port %2, so Postino did not log in.</translation>
    </message>
    <message>
        <source>Use SSL/TLS</source>
        <translation>Use SSL/TLS</translation>
    </message>
    <message>
        <source>Try port 993 with SSL/TLS from the start.</source>
        <translation>Try port 993 with SSL/TLS from the start.</translation>
    </message>
    <message>
        <source>Postino does not send a mailbox password over an unencrypted connection.</source>
        <translation>Postino does not send a mailbox password over an unencrypted connection.</translation>
    </message>
    <message>
        <source>Logging in to the mailbox as %1…</source>
        <translation>Logging in to the mailbox as %1…</translation>
    </message>
    <message>
        <source>(credentials hidden)</source>
        <translation>(credentials hidden)</translation>
    </message>
    <message>
        <source>The mailbox server does not accept a password login here.</source>
        <translation>The mailbox server does not accept a password login here.</translation>
    </message>
    <message>
        <source>(password hidden)</source>
        <translation>(password hidden)</translation>
    </message>
    <message>
        <source>Check the user name (usually the full email address) and the password.</source>
        <translation>Check the user name (usually the full email address) and the password.</translation>
    </message>
    <message>
        <source>Many providers (Gmail, Yahoo, iCloud, Zoho) need an app password for IMAP; create one in the account&apos;s security settings.</source>
        <translation>Many providers (Gmail, Yahoo, iCloud, Zoho) need an app password for IMAP; create one in the account&apos;s security settings.</translation>
    </message>
    <message>
        <source>Make sure IMAP access is turned on in the mailbox&apos;s settings.</source>
        <translation>Make sure IMAP access is turned on in the mailbox&apos;s settings.</translation>
    </message>
    <message>
        <source>The server asks for an app password: use one instead of the account password.</source>
        <translation>The server asks for an app password: use one instead of the account password.</translation>
    </message>
    <message>
        <source>The mailbox server did not accept the login for %1: %2</source>
        <translation>The mailbox server did not accept the login for %1: %2</translation>
    </message>
    <message>
        <source>Check the mailbox login</source>
        <translation>Check the mailbox login</translation>
    </message>
    <message>
        <source>The mailbox server refused CAPABILITY: %1</source>
        <translation>The mailbox server refused CAPABILITY: %1</translation>
    </message>
    <message>
        <source>The mailbox server refused STARTTLS: %1</source>
        <translation>The mailbox server refused STARTTLS: %1</translation>
    </message>
    <message>
        <source>The mailbox server sent data before encryption started.</source>
        <translation>The mailbox server sent data before encryption started.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Logged in as %1.</translation>
    </message>
    <message>
        <source>The mailbox server accepted the login for %1.</source>
        <translation>The mailbox server accepted the login for %1.</translation>
    </message>
    <message>
        <source>The folder list is not available; only INBOX is searched.</source>
        <translation>The folder list is not available; only INBOX is searched.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened; skipped.</source>
        <translation>The folder %1 cannot be opened; skipped.</translation>
    </message>
    <message>
        <source>The mailbox server could not search %1: %2</source>
        <translation>The mailbox server could not search %1: %2</translation>
    </message>
    <message>
        <source>The mailbox server could not read the message&apos;s header: %1</source>
        <translation>The mailbox server could not read the message&apos;s header: %1</translation>
    </message>
    <message>
        <source>The test message could not be deleted: %1</source>
        <translation>The test message could not be deleted: %1</translation>
    </message>
    <message>
        <source>The test message is marked as deleted; your mail program removes it when it cleans up the folder.</source>
        <translation>The test message is marked as deleted; your mail program removes it when it cleans up the folder.</translation>
    </message>
    <message>
        <source>The test message was deleted from %1, as you asked.</source>
        <translation>The test message was deleted from %1, as you asked.</translation>
    </message>
    <message>
        <source>An unexpected answer: %1</source>
        <translation>An unexpected answer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not in the mailbox yet; looking again in %n second(s)…</source>
        <translation>
            <numerusform>Not in the mailbox yet; looking again in %n second…</numerusform>
            <numerusform>Not in the mailbox yet; looking again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking in %1…</source>
        <translation>Looking in %1…</translation>
    </message>
    <message>
        <source>The mailbox server %1 closed the connection before greeting.</source>
        <translation>The mailbox server %1 closed the connection before greeting.</translation>
    </message>
    <message>
        <source>The mailbox server %1 closed the connection in the middle of a reply.</source>
        <translation>The mailbox server %1 closed the connection in the middle of a reply.</translation>
    </message>
    <message>
        <source>(%1 more parts of this answer not shown)</source>
        <translation>(%1 more parts of this answer not shown)</translation>
    </message>
    <message>
        <source>One answer of the mailbox server grew past %1 bytes, in many parts; Postino reads at most that much of one answer, so it stopped.</source>
        <translation>One answer of the mailbox server grew past %1 bytes, in many parts; Postino reads at most that much of one answer, so it stopped.</translation>
    </message>
    <message>
        <source>The mailbox server did not return the test message it had found, so Postino did not delete anything.</source>
        <translation>The mailbox server did not return the test message it had found, so Postino did not delete anything.</translation>
    </message>
    <message>
        <source>Delete it by hand if it is still there</source>
        <translation>Delete it by hand if it is still there</translation>
    </message>
    <message>
        <source>Look for the message with the test&apos;s subject in %1.</source>
        <translation>Look for the message with the test&apos;s subject in %1.</translation>
    </message>
    <message>
        <source>Check the IMAP host and port</source>
        <translation>Check the IMAP host and port</translation>
    </message>
    <message>
        <source>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993), not a web or SMTP server; if they are, try again later.</source>
        <translation>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993), not a web or SMTP server; if they are, try again later.</translation>
    </message>
    <message>
        <source>Use SSL instead</source>
        <translation>Use SSL instead</translation>
    </message>
    <message>
        <source>Set the IMAP encryption to SSL, usually on port 993.</source>
        <translation>Set the IMAP encryption to SSL, usually on port 993.</translation>
    </message>
    <message>
        <source>The mailbox server may be busy; if it keeps happening, look for the message in your mail program.</source>
        <translation>The mailbox server may be busy; if it keeps happening, look for the message in your mail program.</translation>
    </message>
    <message>
        <source>Check the mailbox server&apos;s settings</source>
        <translation>Check the mailbox server&apos;s settings</translation>
    </message>
    <message>
        <source>Check the IMAP host, port and encryption: port 993 expects SSL, port 143 STARTTLS.</source>
        <translation>Check the IMAP host, port and encryption: port 993 expects SSL, port 143 STARTTLS.</translation>
    </message>
    <message>
        <source>If they are right, the server may be busy; try again in a few minutes.</source>
        <translation>If they are right, the server may be busy; try again in a few minutes.</translation>
    </message>
    <message>
        <source>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993), not a web or SMTP server.</source>
        <translation>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993), not a web or SMTP server.</translation>
    </message>
    <message>
        <source>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993); if they are, try again later.</source>
        <translation>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993); if they are, try again later.</translation>
    </message>
    <message>
        <source>The server may be busy or limiting connections from this address; if it keeps happening, ask your mailbox provider.</source>
        <translation>The server may be busy or limiting connections from this address; if it keeps happening, ask your mailbox provider.</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Turn encryption on</translation>
    </message>
    <message>
        <source>Set the IMAP encryption to SSL (port 993) or STARTTLS (port 143).</source>
        <translation>Set the IMAP encryption to SSL (port 993) or STARTTLS (port 143).</translation>
    </message>
    <message>
        <source>Use an encrypted connection or an app password</source>
        <translation>Use an encrypted connection or an app password</translation>
    </message>
    <message>
        <source>Set the IMAP encryption to SSL on port 993; many servers allow a login only there.</source>
        <translation>Set the IMAP encryption to SSL on port 993; many servers allow a login only there.</translation>
    </message>
    <message>
        <source>Some providers need IMAP turned on, or an app password, in the mailbox&apos;s settings.</source>
        <translation>Some providers need IMAP turned on, or an app password, in the mailbox&apos;s settings.</translation>
    </message>
    <message>
        <source>Delete the test message yourself</source>
        <translation>Delete the test message yourself</translation>
    </message>
    <message>
        <source>Open the mailbox in your mail program and delete the Postino test message.</source>
        <translation>Open the mailbox in your mail program and delete the Postino test message.</translation>
    </message>
</context>
<context>
    <name>postino::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n second(s): the whole check took longer than allowed.</source>
        <translation>
            <numerusform>Stopped after %n second: the whole check took longer than allowed.</numerusform>
            <numerusform>Stopped after %n seconds: the whole check took longer than allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Run it again; a server or network that is only slow at the moment often answers in time on the next try.</source>
        <translation>Run it again; a server or network that is only slow at the moment often answers in time on the next try.</translation>
    </message>
    <message>
        <source>If it keeps happening, check the network connection and the server&apos;s address, or allow more time.</source>
        <translation>If it keeps happening, check the network connection and the server&apos;s address, or allow more time.</translation>
    </message>
</context>
<context>
    <name>postino::PostinoWizard</name>
    <message>
        <source>Postino — email setup</source>
        <translation>Postino — email setup</translation>
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
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>Abo&amp;ut</translation>
    </message>
</context>
<context>
    <name>postino::SenderPage</name>
    <message>
        <source>Who your emails come from</source>
        <translation>Who your emails come from</translation>
    </message>
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
        <source>Send a test email</source>
        <translation>Send a test email</translation>
    </message>
    <message>
        <source>&amp;Send test email</source>
        <translation>&amp;Send test email</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
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
        <source>Postino sends a real email with your settings and shows the conversation with the server as it happens. Passwords are hidden.</source>
        <translation>Postino sends a real email with your settings and shows the conversation with the server as it happens. Passwords are hidden.</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>Conversation with the server</translation>
    </message>
    <message>
        <source>The conversation with the server appears here when you send.</source>
        <translation>The conversation with the server appears here when you send.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>A text or HTML file to send to your host&apos;s support. It contains no passwords.</source>
        <translation>A text or HTML file to send to your host&apos;s support. It contains no passwords.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Also check that it &amp;arrived: look in the recipient&apos;s mailbox (IMAP)</source>
        <translation>Also check that it &amp;arrived: look in the recipient&apos;s mailbox (IMAP)</translation>
    </message>
    <message>
        <source>Postino only reads: it finds the test email by its test-run header and reads its headers. The password is used for this check only and never saved.</source>
        <translation>Postino only reads: it finds the test email by its test-run header and reads its headers. The password is used for this check only and never saved.</translation>
    </message>
    <message>
        <source>Other mailbox</source>
        <translation>Other mailbox</translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>None (not recommended)</source>
        <translation>None (not recommended)</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Password or app password</translation>
    </message>
    <message>
        <source>&amp;Delete the test email from the mailbox once found</source>
        <translation>&amp;Delete the test email from the mailbox once found</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP &amp;server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>1. Accepted: not sent yet.</source>
        <translation>1. Accepted: not sent yet.</translation>
    </message>
    <message>
        <source>2. Delivered (as the provider reports it): waiting.</source>
        <translation>2. Delivered (as the provider reports it): waiting.</translation>
    </message>
    <message>
        <source>3. Arrived in the mailbox: %1</source>
        <translation>3. Arrived in the mailbox: %1</translation>
    </message>
    <message>
        <source>waiting.</source>
        <translation>waiting.</translation>
    </message>
    <message>
        <source>not checked.</source>
        <translation>not checked.</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC as the receiving mailbox judged them: waiting.</source>
        <translation>SPF, DKIM and DMARC as the receiving mailbox judged them: waiting.</translation>
    </message>
    <message>
        <source>1. Accepted:</source>
        <translation>1. Accepted:</translation>
    </message>
    <message>
        <source>2. Delivered:</source>
        <translation>2. Delivered:</translation>
    </message>
    <message>
        <source>3. Arrived:</source>
        <translation>3. Arrived:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
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
        <source>Trust this certificate for this server (SHA-256 %1…)</source>
        <translation>Trust this certificate for this server (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>1. Accepted: no, see below.</source>
        <translation>1. Accepted: no, see below.</translation>
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
        <source>Will Gmail, Yahoo and Outlook.com accept it?</source>
        <translation>Will Gmail, Yahoo and Outlook.com accept it?</translation>
    </message>
    <message>
        <source>Run the domain checks on the Checks page for the full answer.</source>
        <translation>Run the domain checks on the Checks page for the full answer.</translation>
    </message>
    <message>
        <source>Stops sending the test email, or stops following it once sent.</source>
        <translation>Stops sending the test email, or stops following it once sent.</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>What the test found</translation>
    </message>
    <message>
        <source>S&amp;how the conversation with the server</source>
        <translation>S&amp;how the conversation with the server</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>Show the conversation with the server</translation>
    </message>
    <message>
        <source>Stopped before the server accepted the test email</source>
        <translation>Stopped before the server accepted the test email</translation>
    </message>
    <message>
        <source>Nothing was sent. Send it again when you are ready.</source>
        <translation>Nothing was sent. Send it again when you are ready.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Open the conversation with the server below to see where it stopped.</source>
        <translation>Open the conversation with the server below to see where it stopped.</translation>
    </message>
    <message>
        <source>Sent, but not delivered</source>
        <translation>Sent, but not delivered</translation>
    </message>
    <message>
        <source>Look at the delivery details below.</source>
        <translation>Look at the delivery details below.</translation>
    </message>
    <message>
        <source>Sent and delivered</source>
        <translation>Sent and delivered</translation>
    </message>
    <message>
        <source>Go on to the next page to save these settings to your server.</source>
        <translation>Go on to the next page to save these settings to your server.</translation>
    </message>
    <message>
        <source>Sent, not yet confirmed</source>
        <translation>Sent, not yet confirmed</translation>
    </message>
    <message>
        <source>Look for the test email in the recipient&apos;s inbox, and in the spam folder.</source>
        <translation>Look for the test email in the recipient&apos;s inbox, and in the spam folder.</translation>
    </message>
    <message>
        <source>Stopped following the test email; send it again to follow it.</source>
        <translation>Stopped following the test email; send it again to follow it.</translation>
    </message>
    <message>
        <source>1. Accepted: stopped before the server answered.</source>
        <translation>1. Accepted: stopped before the server answered.</translation>
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
    <message>
        <source>Postino holds no sign-in for %1.</source>
        <translation>Postino holds no sign-in for %1.</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Sign in first</translation>
    </message>
    <message>
        <source>Click Sign in on the Configure mailer page, or run &quot;postino-cli oauth sign-in --mailer %1&quot; (or set POSTINO_SECRET_%2_REFRESH_TOKEN).</source>
        <translation>Click Sign in on the Configure mailer page, or run &quot;postino-cli oauth sign-in --mailer %1&quot; (or set POSTINO_SECRET_%2_REFRESH_TOKEN).</translation>
    </message>
    <message>
        <source>Refreshing the sign-in…</source>
        <translation>Refreshing the sign-in…</translation>
    </message>
    <message>
        <source>The provider refused the access token; refreshing it once…</source>
        <translation>The provider refused the access token; refreshing it once…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Fill in %1</translation>
    </message>
    <message>
        <source>Copy it from your mailer&apos;s account page; Postino keeps it in the system keychain, never in the profile.</source>
        <translation>Copy it from your mailer&apos;s account page; Postino keeps it in the system keychain, never in the profile.</translation>
    </message>
    <message>
        <source>Correct the recipient</source>
        <translation>Correct the recipient</translation>
    </message>
</context>
<context>
    <name>postino::WebProbeDialog</name>
    <message>
        <source>Test from your web server</source>
        <translation>Test from your web server</translation>
    </message>
    <message>
        <source>Hosting companies often block mail ports that this computer can use. Postino writes a small PHP script that tests the same ports of %1 from your web server. It reads no parameters, so nobody can aim it anywhere else.</source>
        <translation>Hosting companies often block mail ports that this computer can use. Postino writes a small PHP script that tests the same ports of %1 from your web server. It reads no parameters, so nobody can aim it anywhere else.</translation>
    </message>
    <message>
        <source>Folder for the script</source>
        <translation>Folder for the script</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Delete the script after its first run</source>
        <translation>&amp;Delete the script after its first run</translation>
    </message>
    <message>
        <source>&amp;Write the script</source>
        <translation>&amp;Write the script</translation>
    </message>
    <message>
        <source>Address of the script</source>
        <translation>Address of the script</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>…or paste here what the page showed</source>
        <translation>…or paste here what the page showed</translation>
    </message>
    <message>
        <source>Result from the web server</source>
        <translation>Result from the web server</translation>
    </message>
    <message>
        <source>&amp;Show results</source>
        <translation>&amp;Show results</translation>
    </message>
    <message>
        <source>1. Save it in:</source>
        <translation>1. Save it in:</translation>
    </message>
    <message>
        <source>2. Its address:</source>
        <translation>2. Its address:</translation>
    </message>
    <message>
        <source>Where to save the probe script</source>
        <translation>Where to save the probe script</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Fetching the result…</source>
        <translation>Fetching the result…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stops fetching the result from the script.</source>
        <translation>Stops fetching the result from the script.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was fetched; press Fetch to try again, or paste the result below.</source>
        <translation>Stopped. Nothing was fetched; press Fetch to try again, or paste the result below.</translation>
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
<context>
    <name>postino::acceptance::DomainPoliciesCheck</name>
    <message>
        <source>&quot;%1&quot; is not a domain name, so it has no MTA-STS, TLS-RPT or BIMI records to check.</source>
        <translation>&quot;%1&quot; is not a domain name, so it has no MTA-STS, TLS-RPT or BIMI records to check.</translation>
    </message>
    <message>
        <source>No DNS resolver was given, so the records could not be looked up.</source>
        <translation>No DNS resolver was given, so the records could not be looked up.</translation>
    </message>
    <message>
        <source>Check the domain</source>
        <translation>Check the domain</translation>
    </message>
    <message>
        <source>Enter the domain of the From address, e.g. example.com.</source>
        <translation>Enter the domain of the From address, e.g. example.com.</translation>
    </message>
    <message>
        <source>Check again later</source>
        <translation>Check again later</translation>
    </message>
    <message>
        <source>The lookup of %1 got no answer within %2 s, so Postino could not check it.</source>
        <translation>The lookup of %1 got no answer within %2 s, so Postino could not check it.</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2), so Postino could not check it; that says nothing about whether the record exists.</source>
        <translation>The lookup of %1 failed (%2), so Postino could not check it; that says nothing about whether the record exists.</translation>
    </message>
    <message>
        <source>mx: (your mail server&apos;s name, as in your MX record)</source>
        <translation>mx: (your mail server&apos;s name, as in your MX record)</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy, so servers sending mail to it may fall back to an unencrypted connection when an attacker strips STARTTLS. Optional: no mailbox provider&apos;s rules for senders ask for it.</source>
        <translation>%1 publishes no MTA-STS policy, so servers sending mail to it may fall back to an unencrypted connection when an attacker strips STARTTLS. Optional: no mailbox provider&apos;s rules for senders ask for it.</translation>
    </message>
    <message>
        <source>Publish an MTA-STS policy (optional)</source>
        <translation>Publish an MTA-STS policy (optional)</translation>
    </message>
    <message>
        <source>Serve this file at %1 from a web server with a valid HTTPS certificate for %2, as text/plain, without any redirect:
%3</source>
        <translation>Serve this file at %1 from a web server with a valid HTTPS certificate for %2, as text/plain, without any redirect:
%3</translation>
    </message>
    <message>
        <source>Then publish the TXT record shown; change its id whenever you change the file.</source>
        <translation>Then publish the TXT record shown; change its id whenever you change the file.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record too, and after a few weeks of reports without failures change &quot;mode: testing&quot; to &quot;mode: enforce&quot;.</source>
        <translation>Publish a TLS-RPT record too, and after a few weeks of reports without failures change &quot;mode: testing&quot; to &quot;mode: enforce&quot;.</translation>
    </message>
    <message>
        <source>Correct the _mta-sts record</source>
        <translation>Correct the _mta-sts record</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1 of the form shown (&quot;v=STSv1; id=&quot; and 1 to 32 letters and digits).</source>
        <translation>Keep exactly one TXT record at %1 of the form shown (&quot;v=STSv1; id=&quot; and 1 to 32 letters and digits).</translation>
    </message>
    <message>
        <source>The MTA-STS record is written so that senders skip it: %1</source>
        <translation>The MTA-STS record is written so that senders skip it: %1</translation>
    </message>
    <message>
        <source>%1 has %2 MTA-STS records; senders then use none of them, as if the domain had no MTA-STS.</source>
        <translation>%1 has %2 MTA-STS records; senders then use none of them, as if the domain had no MTA-STS.</translation>
    </message>
    <message>
        <source>Senders ignore the MTA-STS record: %1</source>
        <translation>Senders ignore the MTA-STS record: %1</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy file</source>
        <translation>Serve the MTA-STS policy file</translation>
    </message>
    <message>
        <source>Put the policy file at %1 on a web server with a valid HTTPS certificate for %2; %2 needs an A or CNAME record pointing at that server.</source>
        <translation>Put the policy file at %1 on a web server with a valid HTTPS certificate for %2; %2 needs an A or CNAME record pointing at that server.</translation>
    </message>
    <message>
        <source>If you no longer use MTA-STS, delete the TXT record at %1 instead.</source>
        <translation>If you no longer use MTA-STS, delete the TXT record at %1 instead.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s, so Postino could not read the MTA-STS policy.</source>
        <translation>%1 did not answer within %2 s, so Postino could not read the MTA-STS policy.</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up (%2), so Postino could not read the MTA-STS policy.</source>
        <translation>The address of %1 could not be looked up (%2), so Postino could not read the MTA-STS policy.</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record), so no sender can fetch the MTA-STS policy; they treat %2 as having none.</source>
        <translation>%1 has no address (no A or AAAA record), so no sender can fetch the MTA-STS policy; they treat %2 as having none.</translation>
    </message>
    <message>
        <source>The MTA-STS policy at %1 is larger than %2 KiB; a policy is a few lines. Senders refuse such an answer and treat %3 as having no policy.</source>
        <translation>The MTA-STS policy at %1 is larger than %2 KiB; a policy is a few lines. Senders refuse such an answer and treat %3 as having no policy.</translation>
    </message>
    <message>
        <source>Serve only the policy at this address</source>
        <translation>Serve only the policy at this address</translation>
    </message>
    <message>
        <source>Check what the web server sends at %1: it should be the four or five &quot;key: value&quot; lines of the policy and nothing else.</source>
        <translation>Check what the web server sends at %1: it should be the four or five &quot;key: value&quot; lines of the policy and nothing else.</translation>
    </message>
    <message>
        <source>%1 answers with a certificate that does not check out (%2). RFC 8461 requires a valid certificate for %1, so senders refuse the policy and treat %3 as having none.</source>
        <translation>%1 answers with a certificate that does not check out (%2). RFC 8461 requires a valid certificate for %1, so senders refuse the policy and treat %3 as having none.</translation>
    </message>
    <message>
        <source>Give %1 a valid certificate</source>
        <translation>Give %1 a valid certificate</translation>
    </message>
    <message>
        <source>Install a certificate valid for the name %1 on the server that answers for it (a free Let&apos;s Encrypt certificate will do); a certificate for the main site alone does not cover it.</source>
        <translation>Install a certificate valid for the name %1 on the server that answers for it (a free Let&apos;s Encrypt certificate will do); a certificate for the main site alone does not cover it.</translation>
    </message>
    <message>
        <source>Postino could not read the MTA-STS policy from %1: %2.</source>
        <translation>Postino could not read the MTA-STS policy from %1: %2.</translation>
    </message>
    <message>
        <source>%1 answers with a redirect (HTTP %2). RFC 8461 forbids following redirects for the policy, so senders ignore it.</source>
        <translation>%1 answers with a redirect (HTTP %2). RFC 8461 forbids following redirects for the policy, so senders ignore it.</translation>
    </message>
    <message>
        <source>%1 answers with a redirect (HTTP %2) to %3. RFC 8461 forbids following redirects for the policy, so senders ignore it.</source>
        <translation>%1 answers with a redirect (HTTP %2) to %3. RFC 8461 forbids following redirects for the policy, so senders ignore it.</translation>
    </message>
    <message>
        <source>Serve the policy without a redirect</source>
        <translation>Serve the policy without a redirect</translation>
    </message>
    <message>
        <source>Make %1 answer the file itself with HTTP 200; a redirect to another address or to &quot;www&quot; is not followed.</source>
        <translation>Make %1 answer the file itself with HTTP 200; a redirect to another address or to &quot;www&quot; is not followed.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 instead of the MTA-STS policy, so senders treat %3 as having none.</source>
        <translation>%1 answers HTTP %2 instead of the MTA-STS policy, so senders treat %3 as having none.</translation>
    </message>
    <message>
        <source>What %1 serves is not text (it holds NUL bytes or bytes that are not UTF-8), so it cannot be an MTA-STS policy; senders ignore it.</source>
        <translation>What %1 serves is not text (it holds NUL bytes or bytes that are not UTF-8), so it cannot be an MTA-STS policy; senders ignore it.</translation>
    </message>
    <message>
        <source>Serve the policy as plain text</source>
        <translation>Serve the policy as plain text</translation>
    </message>
    <message>
        <source>Save the policy as a plain text file (UTF-8 or ASCII) and serve it at %1.</source>
        <translation>Save the policy as a plain text file (UTF-8 or ASCII) and serve it at %1.</translation>
    </message>
    <message>
        <source>%1 is served without a Content-Type; RFC 8461 asks for text/plain and senders that check it ignore the policy.</source>
        <translation>%1 is served without a Content-Type; RFC 8461 asks for text/plain and senders that check it ignore the policy.</translation>
    </message>
    <message>
        <source>%1 is served as %2; RFC 8461 asks for text/plain and senders that check it ignore the policy.</source>
        <translation>%1 is served as %2; RFC 8461 asks for text/plain and senders that check it ignore the policy.</translation>
    </message>
    <message>
        <source>Serve the policy as text/plain</source>
        <translation>Serve the policy as text/plain</translation>
    </message>
    <message>
        <source>Configure the web server to send &quot;Content-Type: text/plain&quot; for %1.</source>
        <translation>Configure the web server to send &quot;Content-Type: text/plain&quot; for %1.</translation>
    </message>
    <message>
        <source>Senders ignore the MTA-STS policy at %1: %2</source>
        <translation>Senders ignore the MTA-STS policy at %1: %2</translation>
    </message>
    <message>
        <source>Correct the MTA-STS policy</source>
        <translation>Correct the MTA-STS policy</translation>
    </message>
    <message>
        <source>The file needs one line each of &quot;version: STSv1&quot;, &quot;mode: enforce&quot; (or testing or none) and &quot;max_age:&quot; with a number of seconds, and an &quot;mx:&quot; line for each mail server.</source>
        <translation>The file needs one line each of &quot;version: STSv1&quot;, &quot;mode: enforce&quot; (or testing or none) and &quot;max_age:&quot; with a number of seconds, and an &quot;mx:&quot; line for each mail server.</translation>
    </message>
    <message>
        <source>After changing the file, change the id in the TXT record at %1 so senders fetch it again.</source>
        <translation>After changing the file, change the id in the TXT record at %1 so senders fetch it again.</translation>
    </message>
    <message>
        <source>Tidy up the MTA-STS policy</source>
        <translation>Tidy up the MTA-STS policy</translation>
    </message>
    <message>
        <source>Give each field once, in lower case, from the start of its line; after changing the file, change the id in the TXT record at %1.</source>
        <translation>Give each field once, in lower case, from the start of its line; after changing the file, change the id in the TXT record at %1.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (enforce) does not cover the mail server(s) %1 of %2: senders that honour it refuse to deliver there. Its mx lines: %3.</source>
        <translation>The MTA-STS policy (enforce) does not cover the mail server(s) %1 of %2: senders that honour it refuse to deliver there. Its mx lines: %3.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (%4) does not cover the mail server(s) %1 of %2; once it is in force in enforce mode, senders would refuse to deliver there. Its mx lines: %3.</source>
        <translation>The MTA-STS policy (%4) does not cover the mail server(s) %1 of %2; once it is in force in enforce mode, senders would refuse to deliver there. Its mx lines: %3.</translation>
    </message>
    <message>
        <source>List every MX host in the MTA-STS policy</source>
        <translation>List every MX host in the MTA-STS policy</translation>
    </message>
    <message>
        <source>Change the file at %1 to:
%2</source>
        <translation>Change the file at %1 to:
%2</translation>
    </message>
    <message>
        <source>Then change the id in the TXT record at %1 so senders fetch the new policy.</source>
        <translation>Then change the id in the TXT record at %1 so senders fetch the new policy.</translation>
    </message>
    <message numerus="yes">
        <source>MTA-STS is on in enforce mode and covers every MX host (%1): senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n day(s).</source>
        <translation>
            <numerusform>MTA-STS is on in enforce mode and covers every MX host (%1): senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n day.</numerusform>
            <numerusform>MTA-STS is on in enforce mode and covers every MX host (%1): senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MTA-STS is on in enforce mode: senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n day(s).</source>
        <translation>
            <numerusform>MTA-STS is on in enforce mode: senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n day.</numerusform>
            <numerusform>MTA-STS is on in enforce mode: senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>MTA-STS is in testing mode: senders report TLS problems (to the TLS-RPT address) but still deliver without TLS when it fails.</source>
        <translation>MTA-STS is in testing mode: senders report TLS problems (to the TLS-RPT address) but still deliver without TLS when it fails.</translation>
    </message>
    <message>
        <source>Switch MTA-STS to enforce when ready</source>
        <translation>Switch MTA-STS to enforce when ready</translation>
    </message>
    <message>
        <source>When TLS reports show no failures for a few weeks, change &quot;mode: testing&quot; to &quot;mode: enforce&quot; in %1 and change the id in the TXT record at %2.</source>
        <translation>When TLS reports show no failures for a few weeks, change &quot;mode: testing&quot; to &quot;mode: enforce&quot; in %1 and change the id in the TXT record at %2.</translation>
    </message>
    <message>
        <source>The MTA-STS policy says &quot;mode: none&quot;: MTA-STS is switched off for %1.</source>
        <translation>The MTA-STS policy says &quot;mode: none&quot;: MTA-STS is switched off for %1.</translation>
    </message>
    <message>
        <source>%1 publishes no TLS-RPT record, so nobody tells you when servers fail to deliver to it over TLS. Optional.</source>
        <translation>%1 publishes no TLS-RPT record, so nobody tells you when servers fail to deliver to it over TLS. Optional.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record (optional)</source>
        <translation>Publish a TLS-RPT record (optional)</translation>
    </message>
    <message>
        <source>Publish the TXT record shown. Reports are JSON files sent daily; use a mailbox that exists (replace tls-reports@%1 if needed) or a report service&apos;s address.</source>
        <translation>Publish the TXT record shown. Reports are JSON files sent daily; use a mailbox that exists (replace tls-reports@%1 if needed) or a report service&apos;s address.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is written so that senders skip it: %1</source>
        <translation>The TLS-RPT record is written so that senders skip it: %1</translation>
    </message>
    <message>
        <source>%1 has %2 TLS-RPT records; senders then use none of them.</source>
        <translation>%1 has %2 TLS-RPT records; senders then use none of them.</translation>
    </message>
    <message>
        <source>Senders ignore the TLS-RPT record: %1</source>
        <translation>Senders ignore the TLS-RPT record: %1</translation>
    </message>
    <message>
        <source>Correct the TLS-RPT record</source>
        <translation>Correct the TLS-RPT record</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1: &quot;v=TLSRPTv1; rua=&quot; followed by mailto: or https: addresses separated by commas.</source>
        <translation>Keep exactly one TXT record at %1: &quot;v=TLSRPTv1; rua=&quot; followed by mailto: or https: addresses separated by commas.</translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1.</source>
        <translation>TLS-RPT reports go to %1.</translation>
    </message>
    <message>
        <source>%1 publishes no BIMI record, so mailbox providers show no brand logo next to its mail. Optional.</source>
        <translation>%1 publishes no BIMI record, so mailbox providers show no brand logo next to its mail. Optional.</translation>
    </message>
    <message>
        <source>Publish a BIMI record (optional)</source>
        <translation>Publish a BIMI record (optional)</translation>
    </message>
    <message>
        <source>First bring DMARC to p=quarantine or p=reject: BIMI logos only show for mail under an enforced DMARC policy.</source>
        <translation>First bring DMARC to p=quarantine or p=reject: BIMI logos only show for mail under an enforced DMARC policy.</translation>
    </message>
    <message>
        <source>Make the logo a square SVG in the SVG Tiny PS profile, at most 32 KiB, and serve it over HTTPS as image/svg+xml (the record shown assumes %1).</source>
        <translation>Make the logo a square SVG in the SVG Tiny PS profile, at most 32 KiB, and serve it over HTTPS as image/svg+xml (the record shown assumes %1).</translation>
    </message>
    <message>
        <source>Publish the TXT record shown. Gmail and Apple Mail show the logo only with a mark certificate (VMC or CMC): put its https:// address in a=.</source>
        <translation>Publish the TXT record shown. Gmail and Apple Mail show the logo only with a mark certificate (VMC or CMC): put its https:// address in a=.</translation>
    </message>
    <message>
        <source>Correct the BIMI record</source>
        <translation>Correct the BIMI record</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1 of the form &quot;v=BIMI1; l=&lt;logo&apos;s https:// address&gt;; a=&lt;certificate&apos;s https:// address, or empty&gt;&quot;.</source>
        <translation>Keep exactly one TXT record at %1 of the form &quot;v=BIMI1; l=&lt;logo&apos;s https:// address&gt;; a=&lt;certificate&apos;s https:// address, or empty&gt;&quot;.</translation>
    </message>
    <message>
        <source>The BIMI record is written so that mail providers skip it: %1</source>
        <translation>The BIMI record is written so that mail providers skip it: %1</translation>
    </message>
    <message>
        <source>%1 has %2 BIMI records; mail providers then use none of them.</source>
        <translation>%1 has %2 BIMI records; mail providers then use none of them.</translation>
    </message>
    <message>
        <source>The BIMI logo address %1 is not https://; mail providers fetch logos over HTTPS only, so no logo shows.</source>
        <translation>The BIMI logo address %1 is not https://; mail providers fetch logos over HTTPS only, so no logo shows.</translation>
    </message>
    <message>
        <source>Serve the logo over HTTPS</source>
        <translation>Serve the logo over HTTPS</translation>
    </message>
    <message>
        <source>Serve the SVG logo from a web server with a valid certificate and change l= to its https:// address.</source>
        <translation>Serve the SVG logo from a web server with a valid certificate and change l= to its https:// address.</translation>
    </message>
    <message>
        <source>Mail providers ignore the BIMI record: %1</source>
        <translation>Mail providers ignore the BIMI record: %1</translation>
    </message>
    <message>
        <source>%1&apos;s BIMI record has empty l= and a=: the domain says it shows no logo.</source>
        <translation>%1&apos;s BIMI record has empty l= and a=: the domain says it shows no logo.</translation>
    </message>
    <message>
        <source>There is no mark certificate (a=): Gmail and Apple Mail show a logo only with one; other providers may show it without.</source>
        <translation>There is no mark certificate (a=): Gmail and Apple Mail show a logo only with one; other providers may show it without.</translation>
    </message>
    <message>
        <source>Mark certificate: %1.</source>
        <translation>Mark certificate: %1.</translation>
    </message>
    <message>
        <source>%1 publishes BIMI with a mark certificate and no separate logo address. %2</source>
        <translation>%1 publishes BIMI with a mark certificate and no separate logo address. %2</translation>
    </message>
    <message>
        <source>Make the BIMI logo reachable</source>
        <translation>Make the BIMI logo reachable</translation>
    </message>
    <message>
        <source>Serve the SVG logo at %1 (HTTP 200, no redirect) from a server with a valid certificate for its name, or change l= in %2 to where it is.</source>
        <translation>Serve the SVG logo at %1 (HTTP 200, no redirect) from a server with a valid certificate for its name, or change l= in %2 to where it is.</translation>
    </message>
    <message>
        <source>Serve the logo as a small SVG</source>
        <translation>Serve the logo as a small SVG</translation>
    </message>
    <message>
        <source>The logo must be an SVG (SVG Tiny PS profile) of at most 32 KiB, served as image/svg+xml.</source>
        <translation>The logo must be an SVG (SVG Tiny PS profile) of at most 32 KiB, served as image/svg+xml.</translation>
    </message>
    <message>
        <source>The logo&apos;s server did not answer within %1 s, so Postino could not check the BIMI logo.</source>
        <translation>The logo&apos;s server did not answer within %1 s, so Postino could not check the BIMI logo.</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up (%2), so Postino could not check the BIMI logo.</source>
        <translation>The address of %1 could not be looked up (%2), so Postino could not check the BIMI logo.</translation>
    </message>
    <message>
        <source>The logo&apos;s host %1 has no address, so no mail provider can fetch the BIMI logo.</source>
        <translation>The logo&apos;s host %1 has no address, so no mail provider can fetch the BIMI logo.</translation>
    </message>
    <message>
        <source>The BIMI logo is larger than %1 KiB, the limit mail providers apply.</source>
        <translation>The BIMI logo is larger than %1 KiB, the limit mail providers apply.</translation>
    </message>
    <message>
        <source>%1 answers with a certificate that does not check out (%2), so mail providers do not fetch the BIMI logo.</source>
        <translation>%1 answers with a certificate that does not check out (%2), so mail providers do not fetch the BIMI logo.</translation>
    </message>
    <message>
        <source>Postino could not fetch the BIMI logo from %1: %2.</source>
        <translation>Postino could not fetch the BIMI logo from %1: %2.</translation>
    </message>
    <message>
        <source>The logo address answers with a redirect (HTTP %1) to %2; Postino does not follow it and mail providers may not either.</source>
        <translation>The logo address answers with a redirect (HTTP %1) to %2; Postino does not follow it and mail providers may not either.</translation>
    </message>
    <message>
        <source>The logo address answers HTTP %1, so no mail provider can show the BIMI logo.</source>
        <translation>The logo address answers HTTP %1, so no mail provider can show the BIMI logo.</translation>
    </message>
    <message>
        <source>The logo is served as %1, not image/svg+xml; mail providers accept only SVG logos.</source>
        <translation>The logo is served as %1, not image/svg+xml; mail providers accept only SVG logos.</translation>
    </message>
    <message>
        <source>(no Content-Type)</source>
        <translation>(no Content-Type)</translation>
    </message>
    <message>
        <source>What the logo address serves is not an SVG image (no &lt;svg&gt; element).</source>
        <translation>What the logo address serves is not an SVG image (no &lt;svg&gt; element).</translation>
    </message>
    <message>
        <source>%1 publishes BIMI; its logo %2 is an SVG served over HTTPS (%3 bytes). %4</source>
        <translation>%1 publishes BIMI; its logo %2 is an SVG served over HTTPS (%3 bytes). %4</translation>
    </message>
    <message>
        <source>%1 has no DMARC record</source>
        <translation>%1 has no DMARC record</translation>
    </message>
    <message>
        <source>the DMARC record at %1 is not usable</source>
        <translation>the DMARC record at %1 is not usable</translation>
    </message>
    <message>
        <source>the DMARC policy is %1 with t=y (testing), which receivers apply as %2</source>
        <translation>the DMARC policy is %1 with t=y (testing), which receivers apply as %2</translation>
    </message>
    <message>
        <source>the DMARC policy is %1</source>
        <translation>the DMARC policy is %1</translation>
    </message>
    <message>
        <source>the DMARC policy quarantine applies to only %1% of mail (pct=%1)</source>
        <translation>the DMARC policy quarantine applies to only %1% of mail (pct=%1)</translation>
    </message>
    <message>
        <source>the subdomain policy is sp=none</source>
        <translation>the subdomain policy is sp=none</translation>
    </message>
    <message>
        <source>DMARC is enforced for %1 (%2), as BIMI requires.</source>
        <translation>DMARC is enforced for %1 (%2), as BIMI requires.</translation>
    </message>
    <message>
        <source>%1 publishes BIMI, but %2: mail providers show the logo only under DMARC quarantine (for all mail) or reject.</source>
        <translation>%1 publishes BIMI, but %2: mail providers show the logo only under DMARC quarantine (for all mail) or reject.</translation>
    </message>
    <message>
        <source>BIMI would need DMARC quarantine (for all mail) or reject, but %1.</source>
        <translation>BIMI would need DMARC quarantine (for all mail) or reject, but %1.</translation>
    </message>
    <message>
        <source>Enforce DMARC before relying on BIMI</source>
        <translation>Enforce DMARC before relying on BIMI</translation>
    </message>
    <message>
        <source>Read your DMARC reports first: every service that sends as %1 must pass DMARC, or its mail will be quarantined or refused.</source>
        <translation>Read your DMARC reports first: every service that sends as %1 must pass DMARC, or its mail will be quarantined or refused.</translation>
    </message>
    <message>
        <source>Then publish the DMARC record shown (p=quarantine with no pct below 100 and no t=y, or p=reject).</source>
        <translation>Then publish the DMARC record shown (p=quarantine with no pct below 100 and no t=y, or p=reject).</translation>
    </message>
</context>
<context>
    <name>postino::acceptance::SenderReputationCheck</name>
    <message numerus="yes">
        <source>Some answers did not arrive within %n second(s); what they would have shown is marked as not checked.</source>
        <translation>
            <numerusform>Some answers did not arrive within %n second; what they would has shown is marked as not checked.</numerusform>
            <numerusform>Some answers did not arrive within %n seconds; what they would have shown is marked as not checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Run the check again</translation>
    </message>
    <message>
        <source>Run it again in a few minutes; a DNS server that is only slow at the moment often answers in time on the next try.</source>
        <translation>Run it again in a few minutes; a DNS server that is only slow at the moment often answers in time on the next try.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS, so the reputation of its addresses could not be checked.</source>
        <translation>%1 does not exist in DNS, so the reputation of its addresses could not be checked.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS (no A or AAAA record), so the reputation of its addresses could not be checked.</source>
        <translation>%1 has no address in DNS (no A or AAAA record), so the reputation of its addresses could not be checked.</translation>
    </message>
    <message>
        <source>Check the server&apos;s name</source>
        <translation>Check the server&apos;s name</translation>
    </message>
    <message>
        <source>Check the spelling of %1 in the settings; a name without an address cannot receive connections either.</source>
        <translation>Check the spelling of %1 in the settings; a name without an address cannot receive connections either.</translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up (%2), so their blocklist listings and reverse DNS were not checked.</source>
        <translation>The addresses of %1 could not be looked up (%2), so their blocklist listings and reverse DNS were not checked.</translation>
    </message>
    <message>
        <source>The %1 addresses of %2 could not be looked up (%3), so only its other addresses were checked.</source>
        <translation>The %1 addresses of %2 could not be looked up (%3), so only its other addresses were checked.</translation>
    </message>
    <message>
        <source>Run it again in a few minutes; if it keeps failing, check the network connection and the DNS resolver.</source>
        <translation>Run it again in a few minutes; if it keeps failing, check the network connection and the DNS resolver.</translation>
    </message>
    <message>
        <source>no answer before the check&apos;s time ran out</source>
        <translation>no answer before the check&apos;s time ran out</translation>
    </message>
    <message numerus="yes">
        <source>the list&apos;s DNS server did not answer within %n second(s)</source>
        <translation>
            <numerusform>the list&apos;s DNS server did not answer within %n second</numerusform>
            <numerusform>the list&apos;s DNS server did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Look the address up on %1: the page says why it is listed and how to ask for its removal, which works once the cause (an infected machine, a hacked account, a form that sends spam) is fixed.</source>
        <translation>Look the address up on %1: the page says why it is listed and how to ask for its removal, which works once the cause (an infected machine, a hacked account, a form that sends spam) is fixed.</translation>
    </message>
    <message>
        <source>If %1 is your hosting company&apos;s shared mail server, you cannot fix this yourself: ask the host to have it delisted, or send through an API mailer over HTTPS so that this server no longer carries your mail.</source>
        <translation>If %1 is your hosting company&apos;s shared mail server, you cannot fix this yourself: ask the host to have it delisted, or send through an API mailer over HTTPS so that this server no longer carries your mail.</translation>
    </message>
    <message>
        <source>This is your website&apos;s server: it matters when the site sends mail itself. Sending through a mailer&apos;s API or SMTP server avoids this address; on shared hosting, ask the host to have it delisted.</source>
        <translation>This is your website&apos;s server: it matters when the site sends mail itself. Sending through a mailer&apos;s API or SMTP server avoids this address; on shared hosting, ask the host to have it delisted.</translation>
    </message>
    <message>
        <source>%1 is on the %2 blocklist (answer %3): %4 Mailbox providers that consult this list may refuse or junk mail sent from this address.</source>
        <translation>%1 is on the %2 blocklist (answer %3): %4 Mailbox providers that consult this list may refuse or junk mail sent from this address.</translation>
    </message>
    <message>
        <source>Get %1 off %2</source>
        <translation>Get %1 off %2</translation>
    </message>
    <message>
        <source>%1 could not be checked against %2: %3.</source>
        <translation>%1 could not be checked against %2: %3.</translation>
    </message>
    <message>
        <source>Could not check: the answer may not come from the list</source>
        <translation>Could not check: the answer may not come from the list</translation>
    </message>
    <message>
        <source>Some DNS resolvers (an Internet provider&apos;s, a filtering service&apos;s) put an address of their own in place of answers they do not like. Run the check on the server with a DNS resolver of its own.</source>
        <translation>Some DNS resolvers (an Internet provider&apos;s, a filtering service&apos;s) put an address of their own in place of answers they do not like. Run the check on the server with a DNS resolver of its own.</translation>
    </message>
    <message>
        <source>Or look the address up on %1.</source>
        <translation>Or look the address up on %1.</translation>
    </message>
    <message>
        <source>Check %1 another way</source>
        <translation>Check %1 another way</translation>
    </message>
    <message>
        <source>Run the check on your server with a DNS resolver of its own, not a public one such as 8.8.8.8 or 1.1.1.1: blocklists often refuse queries from public or busy resolvers.</source>
        <translation>Run the check on your server with a DNS resolver of its own, not a public one such as 8.8.8.8 or 1.1.1.1: blocklists often refuse queries from public or busy resolvers.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; a blocklist&apos;s servers are sometimes slow or down.</source>
        <translation>Run the check again in a few minutes; a blocklist&apos;s servers are sometimes slow or down.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not on any of the %n blocklist(s) that answered: %2.</source>
        <translation>
            <numerusform>%1 is not on any of the %n blocklist that answered: %2.</numerusform>
            <numerusform>%1 is not on any of the %n blocklists that answered: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked, as they do not cover this kind of address: %1.</source>
        <translation>Not asked, as they do not cover this kind of address: %1.</translation>
    </message>
    <message>
        <source>None of the blocklists covers IPv6 addresses, so %1 was not checked.</source>
        <translation>None of the blocklists covers IPv6 addresses, so %1 was not checked.</translation>
    </message>
    <message>
        <source>None of the blocklists covers IPv4 addresses, so %1 was not checked.</source>
        <translation>None of the blocklists covers IPv4 addresses, so %1 was not checked.</translation>
    </message>
    <message>
        <source>Check the address another way</source>
        <translation>Check the address another way</translation>
    </message>
    <message>
        <source>Look the address up on the blocklists&apos; own websites.</source>
        <translation>Look the address up on the blocklists&apos; own websites.</translation>
    </message>
    <message>
        <source>Reverse DNS is set by whoever owns the address, your hosting company or network provider, not in your domain&apos;s DNS. Ask them to set the PTR record of %1 to a name such as mail.example.com whose A (or AAAA) record points back to %1.</source>
        <translation>Reverse DNS is set by whoever owns the address, your hosting company or network provider, not in your domain&apos;s DNS. Ask them to set the PTR record of %1 to a name such as mail.example.com whose A (or AAAA) record points back to %1.</translation>
    </message>
    <message>
        <source>If %1 is your host&apos;s shared mail server, ask the host to fix it, or send through an API mailer over HTTPS instead.</source>
        <translation>If %1 is your host&apos;s shared mail server, ask the host to fix it, or send through an API mailer over HTTPS instead.</translation>
    </message>
    <message>
        <source>This matters when the website sends mail itself; sending through a mailer&apos;s API or SMTP server avoids it.</source>
        <translation>This matters when the website sends mail itself; sending through a mailer&apos;s API or SMTP server avoids it.</translation>
    </message>
    <message>
        <source>%1 has the reverse DNS name %2, and %2 points back to %1.</source>
        <translation>%1 has the reverse DNS name %2, and %2 points back to %1.</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 is %2, but it does not point back to %1 (%3). Gmail, Yahoo and Outlook.com expect a sending server&apos;s name to resolve to its address.</source>
        <translation>The reverse DNS name of %1 is %2, but it does not point back to %1 (%3). Gmail, Yahoo and Outlook.com expect a sending server&apos;s name to resolve to its address.</translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation>it has no address</translation>
    </message>
    <message>
        <source>it points to %1</source>
        <translation>it points to %1</translation>
    </message>
    <message>
        <source>Make the reverse DNS name point back</source>
        <translation>Make the reverse DNS name point back</translation>
    </message>
    <message>
        <source>If %1 is a name in a domain you control, add an A (or AAAA) record for it pointing to %2.</source>
        <translation>If %1 is a name in a domain you control, add an A (or AAAA) record for it pointing to %2.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name (PTR record). Gmail, Yahoo and Outlook.com expect every server that sends them mail to have one that points back to its address.</source>
        <translation>%1 has no reverse DNS name (PTR record). Gmail, Yahoo and Outlook.com expect every server that sends them mail to have one that points back to its address.</translation>
    </message>
    <message>
        <source>Ask for a reverse DNS name</source>
        <translation>Ask for a reverse DNS name</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: %2.</source>
        <translation>The reverse DNS of %1 could not be checked: %2.</translation>
    </message>
    <message>
        <source>Run it again in a few minutes; if it keeps failing, ask whoever owns the address (your hosting company or network provider) whether its reverse DNS works.</source>
        <translation>Run it again in a few minutes; if it keeps failing, ask whoever owns the address (your hosting company or network provider) whether its reverse DNS works.</translation>
    </message>
    <message>
        <source>The reverse DNS name %2 of %1 looks like a name given automatically to a pool of addresses (home or dynamic connections, default hosting names), which mailbox providers trust less than a name of its own.</source>
        <translation>The reverse DNS name %2 of %1 looks like a name given automatically to a pool of addresses (home or dynamic connections, default hosting names), which mailbox providers trust less than a name of its own.</translation>
    </message>
    <message>
        <source>Use a name of your own</source>
        <translation>Use a name of your own</translation>
    </message>
    <message>
        <source>Ask whoever owns the address (your hosting company or network provider) to set a specific name, such as mail.example.com, as the PTR record of %1, with an A or AAAA record pointing back.</source>
        <translation>Ask whoever owns the address (your hosting company or network provider) to set a specific name, such as mail.example.com, as the PTR record of %1, with an A or AAAA record pointing back.</translation>
    </message>
    <message>
        <source>Or send through your mailer&apos;s servers or API instead of from this address.</source>
        <translation>Or send through your mailer&apos;s servers or API instead of from this address.</translation>
    </message>
</context>
<context>
    <name>postino::discovery::AutoconfigFetch</name>
    <message>
        <source>&quot;%1&quot; is not a domain name, so there is no autoconfig file to look for.</source>
        <translation>&quot;%1&quot; is not a domain name, so there is no autoconfig file to look for.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2); Postino could not check whether it publishes an autoconfig file.</source>
        <translation>The name %1 could not be looked up (%2); Postino could not check whether it publishes an autoconfig file.</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 has no address</translation>
    </message>
    <message>
        <source>The autoconfig file is larger than %1 KiB, far more than a list of servers needs. Postino stopped reading it.</source>
        <translation>The autoconfig file is larger than %1 KiB, far more than a list of servers needs. Postino stopped reading it.</translation>
    </message>
    <message>
        <source>Correct the autoconfig file, or leave it</source>
        <translation>Correct the autoconfig file, or leave it</translation>
    </message>
    <message>
        <source>If you publish this file for %1, check what the server sends at %2: an autoconfig file is a few kilobytes.</source>
        <translation>If you publish this file for %1, check what the server sends at %2: an autoconfig file is a few kilobytes.</translation>
    </message>
    <message>
        <source>If someone else publishes it, nothing is needed here: Postino takes the settings from its other sources.</source>
        <translation>If someone else publishes it, nothing is needed here: Postino takes the settings from its other sources.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; Postino could not check whether it publishes an autoconfig file.</source>
        <translation>%1 did not answer in time; Postino could not check whether it publishes an autoconfig file.</translation>
    </message>
    <message>
        <source>%1 has no web server</source>
        <translation>%1 has no web server</translation>
    </message>
    <message>
        <source>%1 answers with a certificate that does not check out (%2), so Postino did not read the autoconfig file there.</source>
        <translation>%1 answers with a certificate that does not check out (%2), so Postino did not read the autoconfig file there.</translation>
    </message>
    <message>
        <source>Give the autoconfig host a valid certificate, or leave it</source>
        <translation>Give the autoconfig host a valid certificate, or leave it</translation>
    </message>
    <message>
        <source>If you publish an autoconfig file for %1, the server %2 needs a certificate valid for that name (a free Let&apos;s Encrypt certificate will do): email programs refuse the file as Postino did.</source>
        <translation>If you publish an autoconfig file for %1, the server %2 needs a certificate valid for that name (a free Let&apos;s Encrypt certificate will do): email programs refuse the file as Postino did.</translation>
    </message>
    <message>
        <source>If you publish none, nothing is needed: the name probably points at a web host that answers for many sites, and Postino takes the settings from its other sources.</source>
        <translation>If you publish none, nothing is needed: the name probably points at a web host that answers for many sites, and Postino takes the settings from its other sources.</translation>
    </message>
    <message>
        <source>The autoconfig address could not be read: %1.</source>
        <translation>The autoconfig address could not be read: %1.</translation>
    </message>
    <message>
        <source>%1 is not an autoconfig file</source>
        <translation>%1 is not an autoconfig file</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2</source>
        <translation>%1 answers HTTP %2</translation>
    </message>
    <message>
        <source>The autoconfig address answered HTTP %1; Postino could not check whether it publishes a file.</source>
        <translation>The autoconfig address answered HTTP %1; Postino could not check whether it publishes a file.</translation>
    </message>
    <message>
        <source>The autoconfig address answers with a redirect (HTTP %1) that says nowhere to go.</source>
        <translation>The autoconfig address answers with a redirect (HTTP %1) that says nowhere to go.</translation>
    </message>
    <message>
        <source>The autoconfig address redirects to %1. Postino follows redirects only on the same host over HTTPS, so it did not read the file there.</source>
        <translation>The autoconfig address redirects to %1. Postino follows redirects only on the same host over HTTPS, so it did not read the file there.</translation>
    </message>
    <message>
        <source>The autoconfig address redirects more than once; Postino follows one redirect and did not read the file.</source>
        <translation>The autoconfig address redirects more than once; Postino follows one redirect and did not read the file.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; Postino could not check whether it publishes an autoconfig file.</source>
        <translation>%1 did not answer within %2 s; Postino could not check whether it publishes an autoconfig file.</translation>
    </message>
    <message numerus="yes">
        <source>The domain&apos;s autoconfig file lists %n SMTP server(s).</source>
        <translation>
            <numerusform>The domain&apos;s autoconfig file lists %n SMTP server.</numerusform>
            <numerusform>The domain&apos;s autoconfig file lists %n SMTP servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes no autoconfig file (%2; %3). That is usual: few domains do.</source>
        <translation>%1 publishes no autoconfig file (%2; %3). That is usual: few domains do.</translation>
    </message>
</context>
<context>
    <name>postino::discovery::DnsDiscovery</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>no answer from the DNS server</source>
        <translation>no answer from the DNS server</translation>
    </message>
    <message>
        <source>a CNAME loop</source>
        <translation>a CNAME loop</translation>
    </message>
    <message>
        <source>the DNS server failed</source>
        <translation>the DNS server failed</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>the DNS server refused to answer</translation>
    </message>
    <message>
        <source>the name cannot be looked up</source>
        <translation>the name cannot be looked up</translation>
    </message>
    <message numerus="yes">
        <source>Some DNS answers did not arrive within %n second(s); what they would have shown is marked as not checked.</source>
        <translation>
            <numerusform>Some DNS answers did not arrive within %n second; what they would has shown is marked as not checked.</numerusform>
            <numerusform>Some DNS answers did not arrive within %n seconds; what they would have shown is marked as not checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run discovery again</source>
        <translation>Run discovery again</translation>
    </message>
    <message>
        <source>There is no address to start from.</source>
        <translation>There is no address to start from.</translation>
    </message>
    <message>
        <source>“%1” has no domain that can be looked up.</source>
        <translation>“%1” has no domain that can be looked up.</translation>
    </message>
    <message>
        <source>Enter the whole From address</source>
        <translation>Enter the whole From address</translation>
    </message>
    <message>
        <source>The domain is the part after the @, such as example.com in info@example.com.</source>
        <translation>The domain is the part after the @, such as example.com in info@example.com.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS, so nothing can be found for it.</source>
        <translation>The domain %1 does not exist in DNS, so nothing can be found for it.</translation>
    </message>
    <message>
        <source>Check the spelling of the address</source>
        <translation>Check the spelling of the address</translation>
    </message>
    <message>
        <source>The domain is the part after the @; a domain bought minutes ago may take a while to appear.</source>
        <translation>The domain is the part after the @; a domain bought minutes ago may take a while to appear.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read (%2), so who hosts its mailboxes is not known.</source>
        <translation>The MX records of %1 could not be read (%2), so who hosts its mailboxes is not known.</translation>
    </message>
    <message>
        <source>Could not check: try again</source>
        <translation>Could not check: try again</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”): it declares that it receives no mail, so it has no mailbox provider, and replies to this address will bounce.</source>
        <translation>%1 publishes a null MX (“0 .”): it declares that it receives no mail, so it has no mailbox provider, and replies to this address will bounce.</translation>
    </message>
    <message>
        <source>Use a From address that can receive replies, or set a Reply-To</source>
        <translation>Use a From address that can receive replies, or set a Reply-To</translation>
    </message>
    <message>
        <source>%1 has no MX record: it cannot receive mail, so replies to this address will bounce, and who hosts its mailboxes cannot be told.</source>
        <translation>%1 has no MX record: it cannot receive mail, so replies to this address will bounce, and who hosts its mailboxes cannot be told.</translation>
    </message>
    <message>
        <source>Use an address that receives mail, or add the domain&apos;s MX records</source>
        <translation>Use an address that receives mail, or add the domain&apos;s MX records</translation>
    </message>
    <message>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <source>The mailboxes of %1 are at %2 (MX %3).</source>
        <translation>The mailboxes of %1 are at %2 (MX %3).</translation>
    </message>
    <message>
        <source>The mailboxes of %1 are at %2, data centre “%3” (MX %4).</source>
        <translation>The mailboxes of %1 are at %2, data centre “%3” (MX %4).</translation>
    </message>
    <message>
        <source>Mail for %1 goes to %2, which is not one of the mailbox providers Postino knows.</source>
        <translation>Mail for %1 goes to %2, which is not one of the mailbox providers Postino knows.</translation>
    </message>
    <message>
        <source>the SPF record</source>
        <translation>the SPF record</translation>
    </message>
    <message>
        <source>SPF redirects to %1</source>
        <translation>SPF redirects to %1</translation>
    </message>
    <message>
        <source>SPF includes %1</source>
        <translation>SPF includes %1</translation>
    </message>
    <message>
        <source>%1 leads into a CNAME loop (%2), so no DKIM key can be read there.</source>
        <translation>%1 leads into a CNAME loop (%2), so no DKIM key can be read there.</translation>
    </message>
    <message>
        <source>Correct the CNAME record of %1</source>
        <translation>Correct the CNAME record of %1</translation>
    </message>
    <message>
        <source>DKIM %1 → %2</source>
        <translation>DKIM %1 → %2</translation>
    </message>
    <message>
        <source>DKIM key at %1</source>
        <translation>DKIM key at %1</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>the return path %1</source>
        <translation>the return path %1</translation>
    </message>
    <message>
        <source>Return path %1 → %2</source>
        <translation>Return path %1 → %2</translation>
    </message>
    <message>
        <source>%1 already authorises %2: %3.</source>
        <translation>%1 already authorises %2: %3.</translation>
    </message>
    <message>
        <source>Could not check which sending services %1 already uses: %2 could not be read (%3).</source>
        <translation>Could not check which sending services %1 already uses: %2 could not be read (%3).</translation>
    </message>
    <message>
        <source>Some records that show which sending services %1 uses could not be read (%2: %3); there may be more than the ones listed.</source>
        <translation>Some records that show which sending services %1 uses could not be read (%2: %3); there may be more than the ones listed.</translation>
    </message>
    <message>
        <source>%1 does not authorise any of the sending services Postino knows yet (no SPF include, DKIM record or return path of theirs).</source>
        <translation>%1 does not authorise any of the sending services Postino knows yet (no SPF include, DKIM record or return path of theirs).</translation>
    </message>
    <message>
        <source>The SRV record %1 could not be read (%2), so whether the domain publishes its submission server there is not known.</source>
        <translation>The SRV record %1 could not be read (%2), so whether the domain publishes its submission server there is not known.</translation>
    </message>
    <message>
        <source>%1 says that it offers no mail submission with implicit TLS (its SRV record %2 points to “.”).</source>
        <translation>%1 says that it offers no mail submission with implicit TLS (its SRV record %2 points to “.”).</translation>
    </message>
    <message>
        <source>%1 says that it offers no mail submission with STARTTLS (its SRV record %2 points to “.”).</source>
        <translation>%1 says that it offers no mail submission with STARTTLS (its SRV record %2 points to “.”).</translation>
    </message>
    <message>
        <source>%1 publishes its submission server: %2, port %3, implicit TLS.</source>
        <translation>%1 publishes its submission server: %2, port %3, implicit TLS.</translation>
    </message>
    <message>
        <source>%1 publishes its submission server: %2, port %3, STARTTLS.</source>
        <translation>%1 publishes its submission server: %2, port %3, STARTTLS.</translation>
    </message>
    <message>
        <source>%1 publishes no SRV records for mail submission (few domains do).</source>
        <translation>%1 publishes no SRV records for mail submission (few domains do).</translation>
    </message>
    <message>
        <source>“%1” is not a website address that can be looked up.</source>
        <translation>“%1” is not a website address that can be looked up.</translation>
    </message>
    <message>
        <source>Check the website address</source>
        <translation>Check the website address</translation>
    </message>
    <message>
        <source>Enter it as the browser shows it, such as https://www.example.com.</source>
        <translation>Enter it as the browser shows it, such as https://www.example.com.</translation>
    </message>
    <message>
        <source>Enter the address visitors use, such as www.example.com.</source>
        <translation>Enter the address visitors use, such as www.example.com.</translation>
    </message>
    <message>
        <source>Without it, Postino cannot tell which hosting company runs the site; the web-server test on the Checks page still shows which ports are open.</source>
        <translation>Without it, Postino cannot tell which hosting company runs the site; the web-server test on the Checks page still shows which ports are open.</translation>
    </message>
    <message>
        <source>%1 leads into a CNAME loop (%2), so it does not resolve to an address.</source>
        <translation>%1 leads into a CNAME loop (%2), so it does not resolve to an address.</translation>
    </message>
    <message>
        <source>Correct the CNAME records of %1</source>
        <translation>Correct the CNAME records of %1</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up (%2), so its hosting company is not known.</source>
        <translation>The address of %1 could not be looked up (%2), so its hosting company is not known.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS, so the website cannot be found there.</source>
        <translation>%1 does not exist in DNS, so the website cannot be found there.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 or IPv6 address, so the website cannot be found there.</source>
        <translation>%1 has no IPv4 or IPv6 address, so the website cannot be found there.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>Run the web-server test on the Checks page (postino-cli probe --write-php) to see which ports the site can really reach.</source>
        <translation>Run the web-server test on the Checks page (postino-cli probe --write-php) to see which ports the site can really reach.</translation>
    </message>
    <message>
        <source>If the SMTP ports are blocked, choose an API mailer: it sends over HTTPS (port 443).</source>
        <translation>If the SMTP ports are blocked, choose an API mailer: it sends over HTTPS (port 443).</translation>
    </message>
    <message>
        <source>%1 lifts the block on request, usually through its support.</source>
        <translation>%1 lifts the block on request, usually through its support.</translation>
    </message>
    <message numerus="yes">
        <source>The website %1 is likely hosted at %2 (reverse DNS: %3), which blocks outgoing connections to %n mail port(s): %4.</source>
        <translation>
            <numerusform>The website %1 is likely hosted at %2 (reverse DNS: %3), which blocks outgoing connections to %n mail port: %4.</numerusform>
            <numerusform>The website %1 is likely hosted at %2 (reverse DNS: %3), which blocks outgoing connections to %n mail ports: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm it from the web server</source>
        <translation>Confirm it from the web server</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 (%2) could not be read, so its hosting company is not known.</source>
        <translation>The reverse DNS of %1 (%2) could not be read, so its hosting company is not known.</translation>
    </message>
    <message>
        <source>The addresses of %1 (%2) have no reverse DNS name, so its hosting company cannot be told; the web-server test on the Checks page shows which ports are open.</source>
        <translation>The addresses of %1 (%2) have no reverse DNS name, so its hosting company cannot be told; the web-server test on the Checks page shows which ports are open.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 names %2, which is not a hosting company Postino knows to block mail ports; the web-server test on the Checks page shows which ports are open.</source>
        <translation>The reverse DNS of %1 names %2, which is not a hosting company Postino knows to block mail ports; the web-server test on the Checks page shows which ports are open.</translation>
    </message>
</context>
<context>
    <name>postino::dns::AuthoritativeResolver</name>
    <message>
        <source>the name servers of %1: %2</source>
        <translation>the name servers of %1: %2</translation>
    </message>
</context>
<context>
    <name>postino::dns::DkimCheck</name>
    <message>
        <source>character %1 is not allowed in a DKIM record (only plain ASCII is).</source>
        <translation>character %1 is not allowed in a DKIM record (only plain ASCII is).</translation>
    </message>
    <message>
        <source>at character %1, &quot;%2&quot; has no &quot;=&quot; (every tag is written name=value).</source>
        <translation>at character %1, &quot;%2&quot; has no &quot;=&quot; (every tag is written name=value).</translation>
    </message>
    <message>
        <source>at character %1, &quot;%2&quot; is not a tag name.</source>
        <translation>at character %1, &quot;%2&quot; is not a tag name.</translation>
    </message>
    <message>
        <source>the tag %1= appears twice.</source>
        <translation>the tag %1= appears twice.</translation>
    </message>
    <message>
        <source>the p= value is not valid base64.</source>
        <translation>the p= value is not valid base64.</translation>
    </message>
    <message>
        <source>k=ed25519, but p= holds an RSA key.</source>
        <translation>k=ed25519, but p= holds an RSA key.</translation>
    </message>
    <message>
        <source>the Ed25519 key is wrapped in a SubjectPublicKeyInfo structure; DKIM expects the bare 32 bytes (RFC 8463).</source>
        <translation>the Ed25519 key is wrapped in a SubjectPublicKeyInfo structure; DKIM expects the bare 32 bytes (RFC 8463).</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes long, this one is %1 bytes.</source>
        <translation>an Ed25519 key is 32 bytes long, this one is %1 bytes.</translation>
    </message>
    <message>
        <source>k=rsa, but p= holds an Ed25519 key.</source>
        <translation>k=rsa, but p= holds an Ed25519 key.</translation>
    </message>
    <message>
        <source>there is no k= tag, so the key is read as RSA, but p= holds an Ed25519 key (add k=ed25519).</source>
        <translation>there is no k= tag, so the key is read as RSA, but p= holds an Ed25519 key (add k=ed25519).</translation>
    </message>
    <message>
        <source>p= holds a key that is neither RSA nor Ed25519.</source>
        <translation>p= holds a key that is neither RSA nor Ed25519.</translation>
    </message>
    <message>
        <source>p= is valid base64 but not a public key; it may have been cut short when it was copied.</source>
        <translation>p= is valid base64 but not a public key; it may have been cut short when it was copied.</translation>
    </message>
    <message>
        <source>there is no p= tag, which holds the key.</source>
        <translation>there is no p= tag, which holds the key.</translation>
    </message>
    <message>
        <source>v= must be the first tag.</source>
        <translation>v= must be the first tag.</translation>
    </message>
    <message>
        <source>v=%1 is not v=DKIM1.</source>
        <translation>v=%1 is not v=DKIM1.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type mail servers know (rsa or ed25519).</source>
        <translation>k=%1 is not a key type mail servers know (rsa or ed25519).</translation>
    </message>
    <message>
        <source>h=%1 names no hash algorithm mail servers know (sha256).</source>
        <translation>h=%1 names no hash algorithm mail servers know (sha256).</translation>
    </message>
    <message>
        <source>p= is empty, which means the key was revoked.</source>
        <translation>p= is empty, which means the key was revoked.</translation>
    </message>
    <message>
        <source> (%1 bytes in all)</source>
        <translation> (%1 bytes in all)</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>%1-bit RSA</source>
        <translation>%1-bit RSA</translation>
    </message>
    <message>
        <source>your mailer</source>
        <translation>your mailer</translation>
    </message>
    <message>
        <source>What %1 asks you to publish: %2</source>
        <translation>What %1 asks you to publish: %2</translation>
    </message>
    <message>
        <source>Copy the DKIM record(s) from %1&apos;s dashboard into your domain&apos;s DNS, exactly as shown (name, type and value).</source>
        <translation>Copy the DKIM record(s) from %1&apos;s dashboard into your domain&apos;s DNS, exactly as shown (name, type and value).</translation>
    </message>
    <message>
        <source>If you already publish a DKIM key under another selector, type that selector so Postino checks it too.</source>
        <translation>If you already publish a DKIM key under another selector, type that selector so Postino checks it too.</translation>
    </message>
    <message>
        <source>New records can take a while to appear; check again in a few minutes.</source>
        <translation>New records can take a while to appear; check again in a few minutes.</translation>
    </message>
    <message>
        <source>%1 is delegated to %2 with a CNAME record, so the key is published there, not in your DNS.</source>
        <translation>%1 is delegated to %2 with a CNAME record, so the key is published there, not in your DNS.</translation>
    </message>
    <message>
        <source>Check in your mailer&apos;s dashboard that the CNAME target is exactly the one it shows, and ask its support if the key there is wrong.</source>
        <translation>Check in your mailer&apos;s dashboard that the CNAME target is exactly the one it shows, and ask its support if the key there is wrong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can be checked.</source>
        <translation>&quot;%1&quot; is not a domain name that can be checked.</translation>
    </message>
    <message>
        <source>Check the From address</source>
        <translation>Check the From address</translation>
    </message>
    <message>
        <source>The domain is the part of the From address after the @.</source>
        <translation>The domain is the part of the From address after the @.</translation>
    </message>
    <message>
        <source>Postino does not know which DKIM selector %1 uses, so it could not check the DKIM key of %2.</source>
        <translation>Postino does not know which DKIM selector %1 uses, so it could not check the DKIM key of %2.</translation>
    </message>
    <message>
        <source>Type the selector to check it</source>
        <translation>Type the selector to check it</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1 (looked at %2). Without it, receivers cannot tell that mail sent through %3 really comes from your domain, and DMARC can only pass through SPF.</source>
        <translation>No DKIM key was found for %1 (looked at %2). Without it, receivers cannot tell that mail sent through %3 really comes from your domain, and DMARC can only pass through SPF.</translation>
    </message>
    <message>
        <source>Publish the DKIM record %1 gives you</source>
        <translation>Publish the DKIM record %1 gives you</translation>
    </message>
    <message>
        <source>None of the DKIM records %1 usually asks for is published (%2). A key was found under another selector; that is fine only if %1 signs with it.</source>
        <translation>None of the DKIM records %1 usually asks for is published (%2). A key was found under another selector; that is fine only if %1 signs with it.</translation>
    </message>
    <message>
        <source>Check which selector %1 signs with</source>
        <translation>Check which selector %1 signs with</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DKIM selector: a selector is made of letters, digits, hyphens and dots, and the name it forms must be a valid DNS name.</source>
        <translation>&quot;%1&quot; cannot be a DKIM selector: a selector is made of letters, digits, hyphens and dots, and the name it forms must be a valid DNS name.</translation>
    </message>
    <message>
        <source>Check the selector</source>
        <translation>Check the selector</translation>
    </message>
    <message>
        <source>Copy the selector from your mailer&apos;s DKIM settings: it is the part of the record name before ._domainkey.</source>
        <translation>Copy the selector from your mailer&apos;s DKIM settings: it is the part of the record name before ._domainkey.</translation>
    </message>
    <message>
        <source>The CNAME records for %1 point back to themselves (%2), so no DKIM key can be found and signatures with selector %3 fail.</source>
        <translation>The CNAME records for %1 point back to themselves (%2), so no DKIM key can be found and signatures with selector %3 fail.</translation>
    </message>
    <message>
        <source>Point the CNAME to the target your mailer gives</source>
        <translation>Point the CNAME to the target your mailer gives</translation>
    </message>
    <message>
        <source>The DKIM record at %1 could not be checked: the DNS lookup failed (%2). This does not mean the record is missing.</source>
        <translation>The DKIM record at %1 could not be checked: the DNS lookup failed (%2). This does not mean the record is missing.</translation>
    </message>
    <message>
        <source>Check again in a moment</source>
        <translation>Check again in a moment</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, your DNS provider may be having trouble, or the name may point to itself in a CNAME loop.</source>
        <translation>Run the check again; if it keeps failing, your DNS provider may be having trouble, or the name may point to itself in a CNAME loop.</translation>
    </message>
    <message>
        <source>%1 points to %2 with a CNAME record, but there is no DKIM key at %2, so signatures with selector %3 fail.</source>
        <translation>%1 points to %2 with a CNAME record, but there is no DKIM key at %2, so signatures with selector %3 fail.</translation>
    </message>
    <message>
        <source>Fix the CNAME target</source>
        <translation>Fix the CNAME target</translation>
    </message>
    <message>
        <source>There is no DKIM record at %1 (selector %2).</source>
        <translation>There is no DKIM record at %1 (selector %2).</translation>
    </message>
    <message>
        <source>Publish the record for selector %1</source>
        <translation>Publish the record for selector %1</translation>
    </message>
    <message>
        <source>Copy the DKIM record again from %1&apos;s dashboard and replace the one published at %2.</source>
        <translation>Copy the DKIM record again from %1&apos;s dashboard and replace the one published at %2.</translation>
    </message>
    <message>
        <source>Paste the whole value, without extra quotes, spaces or line breaks.</source>
        <translation>Paste the whole value, without extra quotes, spaces or line breaks.</translation>
    </message>
    <message>
        <source>There are %1 TXT records at %2. Receivers pick one of them, so signatures can pass or fail depending on which one they get.</source>
        <translation>There are %1 TXT records at %2. Receivers pick one of them, so signatures can pass or fail depending on which one they get.</translation>
    </message>
    <message>
        <source>Keep only one DKIM record per selector</source>
        <translation>Keep only one DKIM record per selector</translation>
    </message>
    <message>
        <source>Delete the old or extra TXT records at %1 and keep the one %2 shows.</source>
        <translation>Delete the old or extra TXT records at %1 and keep the one %2 shows.</translation>
    </message>
    <message>
        <source>The record at %1 is not a valid DKIM key record: %2</source>
        <translation>The record at %1 is not a valid DKIM key record: %2</translation>
    </message>
    <message>
        <source>Publish the record exactly as your mailer shows it</source>
        <translation>Publish the record exactly as your mailer shows it</translation>
    </message>
    <message>
        <source>Receivers ignore the DKIM key at %1: %2</source>
        <translation>Receivers ignore the DKIM key at %1: %2</translation>
    </message>
    <message>
        <source>Start the record with v=DKIM1</source>
        <translation>Start the record with v=DKIM1</translation>
    </message>
    <message>
        <source>Change the record so that it starts with v=DKIM1; (or remove the v= tag).</source>
        <translation>Change the record so that it starts with v=DKIM1; (or remove the v= tag).</translation>
    </message>
    <message>
        <source>Receivers cannot use the DKIM key at %1: %2</source>
        <translation>Receivers cannot use the DKIM key at %1: %2</translation>
    </message>
    <message>
        <source>Use k=rsa or k=ed25519</source>
        <translation>Use k=rsa or k=ed25519</translation>
    </message>
    <message>
        <source>Remove the h= tag or set it to sha256</source>
        <translation>Remove the h= tag or set it to sha256</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has been revoked (p= is empty), so every message signed with selector %2 fails DKIM.</source>
        <translation>The DKIM key at %1 has been revoked (p= is empty), so every message signed with selector %2 fails DKIM.</translation>
    </message>
    <message>
        <source>Publish the current key, or stop signing with this selector</source>
        <translation>Publish the current key, or stop signing with this selector</translation>
    </message>
    <message>
        <source>If %1 still signs with selector %2, publish the key it shows for it now.</source>
        <translation>If %1 still signs with selector %2, publish the key it shows for it now.</translation>
    </message>
    <message>
        <source>If you moved to a new selector on purpose, make sure %1 signs with the new one.</source>
        <translation>If you moved to a new selector on purpose, make sure %1 signs with the new one.</translation>
    </message>
    <message>
        <source>The key in the DKIM record at %1 cannot be read: %2</source>
        <translation>The key in the DKIM record at %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Publish the key again</source>
        <translation>Publish the key again</translation>
    </message>
    <message>
        <source>The DKIM record at %1 does not match its key: %2</source>
        <translation>The DKIM record at %1 does not match its key: %2</translation>
    </message>
    <message>
        <source>Set k= to the key&apos;s type</source>
        <translation>Set k= to the key&apos;s type</translation>
    </message>
    <message>
        <source>Change k= to k=%1, or publish the key your mailer shows.</source>
        <translation>Change k= to k=%1, or publish the key your mailer shows.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is limited to s=%2, which excludes email, so receivers do not use it for mail.</source>
        <translation>The DKIM key at %1 is limited to s=%2, which excludes email, so receivers do not use it for mail.</translation>
    </message>
    <message>
        <source>Remove the s= tag</source>
        <translation>Remove the s= tag</translation>
    </message>
    <message>
        <source>Remove s= from the record, or set it to s=email.</source>
        <translation>Remove s= from the record, or set it to s=email.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 allows only SHA-1 signatures (h=sha1). Receivers no longer accept SHA-1 (RFC 8301), so signatures with this key fail.</source>
        <translation>The DKIM key at %1 allows only SHA-1 signatures (h=sha1). Receivers no longer accept SHA-1 (RFC 8301), so signatures with this key fail.</translation>
    </message>
    <message>
        <source>Allow SHA-256</source>
        <translation>Allow SHA-256</translation>
    </message>
    <message>
        <source>Remove the h= tag or set it to h=sha256.</source>
        <translation>Remove the h= tag or set it to h=sha256.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is only %2 bits long. Receivers treat RSA keys under 1024 bits as no key at all, so signatures with it fail.</source>
        <translation>The DKIM key at %1 is only %2 bits long. Receivers treat RSA keys under 1024 bits as no key at all, so signatures with it fail.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit key</source>
        <translation>Create a new 2048-bit key</translation>
    </message>
    <message>
        <source>Generate a new DKIM key of 2048 bits in %1 (or in your mail server) and publish the record it gives you.</source>
        <translation>Generate a new DKIM key of 2048 bits in %1 (or in your mail server) and publish the record it gives you.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is 1024 bits long. It works, but 2048 bits is the size recommended today.</source>
        <translation>The DKIM key at %1 is 1024 bits long. It works, but 2048 bits is the size recommended today.</translation>
    </message>
    <message>
        <source>Move to a 2048-bit key when you can</source>
        <translation>Move to a 2048-bit key when you can</translation>
    </message>
    <message>
        <source>If %1 offers 2048-bit keys, create one and publish its record; keep the old record until mail is signed with the new key.</source>
        <translation>If %1 offers 2048-bit keys, create one and publish its record; keep the old record until mail is signed with the new key.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is marked as a test (t=y): receivers may treat signed and unsigned mail alike.</source>
        <translation>The DKIM key at %1 is marked as a test (t=y): receivers may treat signed and unsigned mail alike.</translation>
    </message>
    <message>
        <source>Remove the testing flag once DKIM works</source>
        <translation>Remove the testing flag once DKIM works</translation>
    </message>
    <message>
        <source>Remove y from the t= tag (or the whole t=y tag) when your test mail passes DKIM.</source>
        <translation>Remove y from the t= tag (or the whole t=y tag) when your test mail passes DKIM.</translation>
    </message>
    <message>
        <source>Selector %1 has a valid %2 key, published by %3.</source>
        <translation>Selector %1 has a valid %2 key, published by %3.</translation>
    </message>
    <message>
        <source>Selector %1 has a valid %2 key.</source>
        <translation>Selector %1 has a valid %2 key.</translation>
    </message>
    <message>
        <source>The DKIM check was stopped before every selector was checked.</source>
        <translation>The DKIM check was stopped before every selector was checked.</translation>
    </message>
    <message>
        <source>%1 points to %2, which is not one of %3&apos;s names (%4): the key there is not the one %3 signs with, unless you set it up that way.</source>
        <translation>%1 points to %2, which is not one of %3&apos;s names (%4): the key there is not the one %3 signs with, unless you set it up that way.</translation>
    </message>
    <message>
        <source>Point the selector at %1</source>
        <translation>Point the selector at %1</translation>
    </message>
    <message>
        <source>Copy the CNAME record for selector %1 again from %2&apos;s dashboard and replace the one published at %3.</source>
        <translation>Copy the CNAME record for selector %1 again from %2&apos;s dashboard and replace the one published at %3.</translation>
    </message>
</context>
<context>
    <name>postino::dns::DmarcCheck</name>
    <message>
        <source>The DMARC record is empty, so receivers ignore it.</source>
        <translation>The DMARC record is empty, so receivers ignore it.</translation>
    </message>
    <message>
        <source>Publish a complete DMARC record</source>
        <translation>Publish a complete DMARC record</translation>
    </message>
    <message>
        <source>A minimal record is: v=DMARC1; p=none; rua=mailto:&lt;your address&gt;</source>
        <translation>A minimal record is: v=DMARC1; p=none; rua=mailto:&lt;your address&gt;</translation>
    </message>
    <message>
        <source>The DMARC record has a character that is not allowed at position %1 (only plain ASCII letters, digits and punctuation are): %2</source>
        <translation>The DMARC record has a character that is not allowed at position %1 (only plain ASCII letters, digits and punctuation are): %2</translation>
    </message>
    <message>
        <source>Retype the record</source>
        <translation>Retype the record</translation>
    </message>
    <message>
        <source>Type the record again by hand, or copy it from a plain-text source; word processors add curly quotes and invisible characters.</source>
        <translation>Type the record again by hand, or copy it from a plain-text source; word processors add curly quotes and invisible characters.</translation>
    </message>
    <message>
        <source>The DMARC record cannot be read from position %1 on (&quot;%2&quot;): every part must be written name=value and parts are separated by &apos;;&apos;.</source>
        <translation>The DMARC record cannot be read from position %1 on (&quot;%2&quot;): every part must be written name=value and parts are separated by &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Correct the record&apos;s syntax</source>
        <translation>Correct the record&apos;s syntax</translation>
    </message>
    <message>
        <source>Write each tag as name=value, separated by semicolons, for example: v=DMARC1; p=none; rua=mailto:dmarc@example.com</source>
        <translation>Write each tag as name=value, separated by semicolons, for example: v=DMARC1; p=none; rua=mailto:dmarc@example.com</translation>
    </message>
    <message>
        <source>The record starts with &quot;%1&quot; instead of v=DMARC1, so receivers do not treat it as a DMARC record.</source>
        <translation>The record starts with &quot;%1&quot; instead of v=DMARC1, so receivers do not treat it as a DMARC record.</translation>
    </message>
    <message>
        <source>Start the record with v=DMARC1</source>
        <translation>Start the record with v=DMARC1</translation>
    </message>
    <message>
        <source>Write v=DMARC1 exactly like this (capital DMARC) as the first tag, followed by a semicolon.</source>
        <translation>Write v=DMARC1 exactly like this (capital DMARC) as the first tag, followed by a semicolon.</translation>
    </message>
    <message>
        <source>The tag %1= appears more than once; receivers reject such a record.</source>
        <translation>The tag %1= appears more than once; receivers reject such a record.</translation>
    </message>
    <message>
        <source>Keep each tag once</source>
        <translation>Keep each tag once</translation>
    </message>
    <message>
        <source>Delete the repeated %1= and keep the value you mean.</source>
        <translation>Delete the repeated %1= and keep the value you mean.</translation>
    </message>
    <message>
        <source>The record does not start with v=DMARC1, so receivers do not treat it as a DMARC record.</source>
        <translation>The record does not start with v=DMARC1, so receivers do not treat it as a DMARC record.</translation>
    </message>
    <message>
        <source>The record starts with a space before v=DMARC1; many receivers then do not recognise it as a DMARC record.</source>
        <translation>The record starts with a space before v=DMARC1; many receivers then do not recognise it as a DMARC record.</translation>
    </message>
    <message>
        <source>Remove the leading space</source>
        <translation>Remove the leading space</translation>
    </message>
    <message>
        <source>Edit the record so that it begins directly with v=DMARC1.</source>
        <translation>Edit the record so that it begins directly with v=DMARC1.</translation>
    </message>
    <message>
        <source>The record starts with V=DMARC1 (capital V). It is valid, but some receivers only recognise a record that starts with v=DMARC1.</source>
        <translation>The record starts with V=DMARC1 (capital V). It is valid, but some receivers only recognise a record that starts with v=DMARC1.</translation>
    </message>
    <message>
        <source>Write the version as v=DMARC1</source>
        <translation>Write the version as v=DMARC1</translation>
    </message>
    <message>
        <source>Change the first tag to v=DMARC1 with a lower-case v.</source>
        <translation>Change the first tag to v=DMARC1 with a lower-case v.</translation>
    </message>
    <message>
        <source>%1=%2 is not a valid value; allowed: %3. Receivers may ignore the record.</source>
        <translation>%1=%2 is not a valid value; allowed: %3. Receivers may ignore the record.</translation>
    </message>
    <message>
        <source>Correct %1=</source>
        <translation>Correct %1=</translation>
    </message>
    <message>
        <source>Set %1= to one of: %2.</source>
        <translation>Set %1= to one of: %2.</translation>
    </message>
    <message>
        <source>fo=%1 asks for failure reports both when all checks fail (0) and when any fails (1); 1 already covers 0.</source>
        <translation>fo=%1 asks for failure reports both when all checks fail (0) and when any fails (1); 1 already covers 0.</translation>
    </message>
    <message>
        <source>Remove the 0 from fo=</source>
        <translation>Remove the 0 from fo=</translation>
    </message>
    <message>
        <source>t=y marks the policy as a test: receivers apply one step less (reject as quarantine, quarantine as none).</source>
        <translation>t=y marks the policy as a test: receivers apply one step less (reject as quarantine, quarantine as none).</translation>
    </message>
    <message>
        <source>Remove t=y when you are ready to enforce</source>
        <translation>Remove t=y when you are ready to enforce</translation>
    </message>
    <message>
        <source>Once the reports show your mail passes, remove t=y or set t=n.</source>
        <translation>Once the reports show your mail passes, remove t=y or set t=n.</translation>
    </message>
    <message>
        <source>%1=%2: reports are only sent to mailto: addresses, so nothing arrives at this one.</source>
        <translation>%1=%2: reports are only sent to mailto: addresses, so nothing arrives at this one.</translation>
    </message>
    <message>
        <source>%1=%2 is missing mailto: in front of the address, so reports are not sent.</source>
        <translation>%1=%2 is missing mailto: in front of the address, so reports are not sent.</translation>
    </message>
    <message>
        <source>Use a mailto: address for reports</source>
        <translation>Use a mailto: address for reports</translation>
    </message>
    <message>
        <source>Write report addresses as mailto:name@example.com.</source>
        <translation>Write report addresses as mailto:name@example.com.</translation>
    </message>
    <message>
        <source>%1=%2 is not a usable email address, so reports are not sent.</source>
        <translation>%1=%2 is not a usable email address, so reports are not sent.</translation>
    </message>
    <message>
        <source>Correct the report address</source>
        <translation>Correct the report address</translation>
    </message>
    <message>
        <source>%1 ends with a size limit (%2). RFC 9989 dropped size limits; receivers that still honour them may send incomplete reports.</source>
        <translation>%1 ends with a size limit (%2). RFC 9989 dropped size limits; receivers that still honour them may send incomplete reports.</translation>
    </message>
    <message>
        <source>Remove the size limit</source>
        <translation>Remove the size limit</translation>
    </message>
    <message>
        <source>Delete the part from &apos;!&apos; to the end of the address.</source>
        <translation>Delete the part from &apos;!&apos; to the end of the address.</translation>
    </message>
    <message>
        <source>%1= lists %2 addresses; some receivers send reports to the first two only.</source>
        <translation>%1= lists %2 addresses; some receivers send reports to the first two only.</translation>
    </message>
    <message>
        <source>Keep at most two report addresses</source>
        <translation>Keep at most two report addresses</translation>
    </message>
    <message>
        <source>%1= is no longer part of DMARC (RFC 9989) and new receivers ignore it.</source>
        <translation>%1= is no longer part of DMARC (RFC 9989) and new receivers ignore it.</translation>
    </message>
    <message>
        <source>Remove %1=</source>
        <translation>Remove %1=</translation>
    </message>
    <message>
        <source>pct=%1 asks older receivers to apply the policy to part of your mail only; t=y is the new way to test.</source>
        <translation>pct=%1 asks older receivers to apply the policy to part of your mail only; t=y is the new way to test.</translation>
    </message>
    <message>
        <source>%1=%2 is not valid. The tag is obsolete (RFC 9989), but older receivers still check it and reject the whole record over it.</source>
        <translation>%1=%2 is not valid. The tag is obsolete (RFC 9989), but older receivers still check it and reject the whole record over it.</translation>
    </message>
    <message>
        <source>%1= is not a DMARC tag; receivers ignore it. Check it is not a misspelt one.</source>
        <translation>%1= is not a DMARC tag; receivers ignore it. Check it is not a misspelt one.</translation>
    </message>
    <message>
        <source>Remove or correct %1=</source>
        <translation>Remove or correct %1=</translation>
    </message>
    <message>
        <source>The record has no p= policy. Current receivers treat it as p=none (nothing is enforced); older ones ignore the whole record.</source>
        <translation>The record has no p= policy. Current receivers treat it as p=none (nothing is enforced); older ones ignore the whole record.</translation>
    </message>
    <message>
        <source>Add a policy</source>
        <translation>Add a policy</translation>
    </message>
    <message>
        <source>Add p=none right after v=DMARC1, and move to quarantine or reject once the reports show your mail passes.</source>
        <translation>Add p=none right after v=DMARC1, and move to quarantine or reject once the reports show your mail passes.</translation>
    </message>
    <message>
        <source>p= is not right after v=DMARC1. That is allowed, but some older receivers expect it there.</source>
        <translation>p= is not right after v=DMARC1. That is allowed, but some older receivers expect it there.</translation>
    </message>
    <message>
        <source>Move p= after v=DMARC1</source>
        <translation>Move p= after v=DMARC1</translation>
    </message>
    <message>
        <source>The policy is p=none: receivers report on mail that fails, but deliver it anyway, so others can still send in your domain&apos;s name.</source>
        <translation>The policy is p=none: receivers report on mail that fails, but deliver it anyway, so others can still send in your domain&apos;s name.</translation>
    </message>
    <message>
        <source>Enforce the policy once your mail passes</source>
        <translation>Enforce the policy once your mail passes</translation>
    </message>
    <message>
        <source>Read the reports for a couple of weeks; when all of your own mail passes, change p=none to p=quarantine, later to p=reject.</source>
        <translation>Read the reports for a couple of weeks; when all of your own mail passes, change p=none to p=quarantine, later to p=reject.</translation>
    </message>
    <message>
        <source>sp=none: nothing is enforced for subdomains, so mail forged from any subdomain is still delivered.</source>
        <translation>sp=none: nothing is enforced for subdomains, so mail forged from any subdomain is still delivered.</translation>
    </message>
    <message>
        <source>Enforce the policy for subdomains too</source>
        <translation>Enforce the policy for subdomains too</translation>
    </message>
    <message>
        <source>Remove sp=none (subdomains then follow p=), or set sp=quarantine or sp=reject.</source>
        <translation>Remove sp=none (subdomains then follow p=), or set sp=quarantine or sp=reject.</translation>
    </message>
    <message>
        <source>The record has no rua= address, so you get no reports and cannot see who sends mail in your domain&apos;s name.</source>
        <translation>The record has no rua= address, so you get no reports and cannot see who sends mail in your domain&apos;s name.</translation>
    </message>
    <message>
        <source>Add a report address</source>
        <translation>Add a report address</translation>
    </message>
    <message>
        <source>Add rua=mailto: followed by a mailbox that you read, or a DMARC report service&apos;s address.</source>
        <translation>Add rua=mailto: followed by a mailbox that you read, or a DMARC report service&apos;s address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can be checked.</source>
        <translation>&quot;%1&quot; is not a domain name that can be checked.</translation>
    </message>
    <message>
        <source>Check the From address</source>
        <translation>Check the From address</translation>
    </message>
    <message>
        <source>The domain is the part of the From address after the @.</source>
        <translation>The domain is the part of the From address after the @.</translation>
    </message>
    <message>
        <source>The DMARC check was stopped before it finished.</source>
        <translation>The DMARC check was stopped before it finished.</translation>
    </message>
    <message>
        <source>The DMARC record at %1 could not be checked: the DNS lookup failed (%2). This does not mean there is no record.</source>
        <translation>The DMARC record at %1 could not be checked: the DNS lookup failed (%2). This does not mean there is no record.</translation>
    </message>
    <message>
        <source>Check again in a moment</source>
        <translation>Check again in a moment</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, your DNS provider may be having trouble, or the name may point to itself in a CNAME loop.</source>
        <translation>Run the check again; if it keeps failing, your DNS provider may be having trouble, or the name may point to itself in a CNAME loop.</translation>
    </message>
    <message>
        <source>%1 holds an SPF record. SPF belongs on the domain itself; at %1 it is ignored (often a wildcard record answers here).</source>
        <translation>%1 holds an SPF record. SPF belongs on the domain itself; at %1 it is ignored (often a wildcard record answers here).</translation>
    </message>
    <message>
        <source>Remove the SPF record from %1</source>
        <translation>Remove the SPF record from %1</translation>
    </message>
    <message>
        <source>Delete the v=spf1 record at %1, or the wildcard (*) TXT record that produces it, and publish the DMARC record there.</source>
        <translation>Delete the v=spf1 record at %1, or the wildcard (*) TXT record that produces it, and publish the DMARC record there.</translation>
    </message>
    <message>
        <source>%1 holds a TXT record that is not DMARC; receivers skip it, but it is probably a mistake.</source>
        <translation>%1 holds a TXT record that is not DMARC; receivers skip it, but it is probably a mistake.</translation>
    </message>
    <message>
        <source>Remove the extra record</source>
        <translation>Remove the extra record</translation>
    </message>
    <message>
        <source>Only the v=DMARC1 record belongs at %1.</source>
        <translation>Only the v=DMARC1 record belongs at %1.</translation>
    </message>
    <message>
        <source>A DMARC record is published on %1 itself, where receivers never look; it must be at %2.</source>
        <translation>A DMARC record is published on %1 itself, where receivers never look; it must be at %2.</translation>
    </message>
    <message>
        <source>Move the record to %1</source>
        <translation>Move the record to %1</translation>
    </message>
    <message>
        <source>Create a TXT record named _dmarc on %1 with the same value, then delete the one on the domain itself.</source>
        <translation>Create a TXT record named _dmarc on %1 with the same value, then delete the one on the domain itself.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record (nor has any parent domain). Large mailbox providers expect one from every domain that sends mail, and without it nobody is told what to do with mail forged in its name.</source>
        <translation>%1 has no DMARC record (nor has any parent domain). Large mailbox providers expect one from every domain that sends mail, and without it nobody is told what to do with mail forged in its name.</translation>
    </message>
    <message>
        <source>Publish a DMARC record</source>
        <translation>Publish a DMARC record</translation>
    </message>
    <message>
        <source>Add the TXT record below. It only asks for reports and changes nothing for delivery yet.</source>
        <translation>Add the TXT record below. It only asks for reports and changes nothing for delivery yet.</translation>
    </message>
    <message>
        <source>Create the mailbox dmarc-reports@%1 (or use a DMARC report service&apos;s address instead).</source>
        <translation>Create the mailbox dmarc-reports@%1 (or use a DMARC report service&apos;s address instead).</translation>
    </message>
    <message>
        <source>Read the reports for a couple of weeks; when all of your own mail passes, change p=none to p=quarantine, and later to p=reject.</source>
        <translation>Read the reports for a couple of weeks; when all of your own mail passes, change p=none to p=quarantine, and later to p=reject.</translation>
    </message>
    <message>
        <source>There are %1 DMARC records at %2. Receivers then use none of them, as if there were no DMARC record at all.</source>
        <translation>There are %1 DMARC records at %2. Receivers then use none of them, as if there were no DMARC record at all.</translation>
    </message>
    <message>
        <source>Keep exactly one DMARC record</source>
        <translation>Keep exactly one DMARC record</translation>
    </message>
    <message>
        <source>Delete all but one of the v=DMARC1 records at %1; merge what you need into the one you keep.</source>
        <translation>Delete all but one of the v=DMARC1 records at %1; merge what you need into the one you keep.</translation>
    </message>
    <message>
        <source>Besides %1, the domain %2 itself has a v=DMARC1 record. Receivers ignore it; it only causes confusion.</source>
        <translation>Besides %1, the domain %2 itself has a v=DMARC1 record. Receivers ignore it; it only causes confusion.</translation>
    </message>
    <message>
        <source>Delete the record on %1</source>
        <translation>Delete the record on %1</translation>
    </message>
    <message>
        <source>A DMARC record is published on %1 itself, where receivers never look; %2 applies instead.</source>
        <translation>A DMARC record is published on %1 itself, where receivers never look; %2 applies instead.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record at %2 covers it, with the policy %3 for subdomains.</source>
        <translation>%1 has no DMARC record of its own; the record at %2 covers it, with the policy %3 for subdomains.</translation>
    </message>
    <message>
        <source>%1 has a DMARC record with the policy %2.</source>
        <translation>%1 has a DMARC record with the policy %2.</translation>
    </message>
    <message>
        <source>Could not check whether %1 receives mail: the DNS lookup failed (%2).</source>
        <translation>Could not check whether %1 receives mail: the DNS lookup failed (%2).</translation>
    </message>
    <message>
        <source>Reports are to be sent to %1, but that domain has no mail server (MX record), so they will probably not arrive.</source>
        <translation>Reports are to be sent to %1, but that domain has no mail server (MX record), so they will probably not arrive.</translation>
    </message>
    <message>
        <source>Use a report address that receives mail</source>
        <translation>Use a report address that receives mail</translation>
    </message>
    <message>
        <source>Change rua= (and ruf=) to an address whose mailbox you can read.</source>
        <translation>Change rua= (and ruf=) to an address whose mailbox you can read.</translation>
    </message>
    <message>
        <source>%1 accepts DMARC reports for %2.</source>
        <translation>%1 accepts DMARC reports for %2.</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts reports for %2: the DNS lookup failed (%3).</source>
        <translation>Could not check whether %1 accepts reports for %2: the DNS lookup failed (%3).</translation>
    </message>
    <message>
        <source>Reports are to be sent to %1, outside your domain, but %1 does not say it accepts reports for %2, so receivers will not send them there.</source>
        <translation>Reports are to be sent to %1, outside your domain, but %1 does not say it accepts reports for %2, so receivers will not send them there.</translation>
    </message>
    <message>
        <source>Have %1 authorise your reports, or use your own address</source>
        <translation>Have %1 authorise your reports, or use your own address</translation>
    </message>
    <message>
        <source>Whoever runs %1 must publish the TXT record below (report services usually do this when you add your domain to your account there).</source>
        <translation>Whoever runs %1 must publish the TXT record below (report services usually do this when you add your domain to your account there).</translation>
    </message>
    <message>
        <source>Or change rua= to an address at %1.</source>
        <translation>Or change rua= to an address at %1.</translation>
    </message>
    <message>
        <source>0, 1, d, s (separated by &apos;:&apos;)</source>
        <translation>0, 1, d, s (separated by &apos;:&apos;)</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, ask your DNS provider.</source>
        <translation>Run the check again in a few minutes; if it keeps failing, ask your DNS provider.</translation>
    </message>
    <message>
        <source>Make the change where your domain&apos;s DNS records are edited (often your domain registrar or host), then check again.</source>
        <translation>Make the change where your domain&apos;s DNS records are edited (often your domain registrar or host), then check again.</translation>
    </message>
</context>
<context>
    <name>postino::dns::QtResolver</name>
    <message>
        <source>system resolver</source>
        <translation>system resolver</translation>
    </message>
    <message>
        <source>system resolver (%1)</source>
        <translation>system resolver (%1)</translation>
    </message>
</context>
</TS>
