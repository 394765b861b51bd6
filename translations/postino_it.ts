<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Alerts</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>An email to up to three addresses.</source>
        <translation>Un&apos;email a un massimo di tre indirizzi.</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Invia a</translation>
    </message>
    <message>
        <source>Up to three addresses, separated by commas. Use an address that does not depend on this website&apos;s mail.</source>
        <translation>Fino a tre indirizzi, separati da virgole. Usa un indirizzo che non dipenda dalla posta di questo sito web.</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>A message in a Slack channel, through an incoming webhook.</source>
        <translation>Un messaggio in un canale Slack, tramite un webhook in entrata (incoming webhook).</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>In Slack, add the Incoming Webhooks app to the channel and copy its webhook URL.</source>
        <translation>In Slack, aggiungi al canale l&apos;app Incoming Webhooks e copiane l&apos;URL del webhook.</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>A message in a Discord channel, through a webhook.</source>
        <translation>Un messaggio in un canale Discord, tramite un webhook.</translation>
    </message>
    <message>
        <source>In Discord: channel settings, Integrations, Webhooks, New Webhook, Copy Webhook URL.</source>
        <translation>In Discord: impostazioni del canale, Integrazioni, Webhook, Nuovo webhook, Copia URL webhook.</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>A card in a Teams channel, through a Workflows (Power Automate) URL or an incoming webhook.</source>
        <translation>Una scheda (card) in un canale Teams, tramite un URL di Workflows (Power Automate) o un webhook in entrata.</translation>
    </message>
    <message>
        <source>Workflow or webhook URL</source>
        <translation>URL del workflow o del webhook</translation>
    </message>
    <message>
        <source>In Teams, add the workflow &quot;Post to a channel when a webhook request is received&quot; and copy its URL.</source>
        <translation>In Teams, aggiungi il workflow &quot;Post to a channel when a webhook request is received&quot; e copiane l&apos;URL.</translation>
    </message>
    <message>
        <source>Twilio SMS</source>
        <translation>SMS Twilio</translation>
    </message>
    <message>
        <source>A text message to a phone, sent by Twilio.</source>
        <translation>Un SMS a un telefono, inviato da Twilio.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>On the front page of your Twilio Console.</source>
        <translation>Nella pagina iniziale della tua Twilio Console.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <source>Next to the Account SID in the Twilio Console.</source>
        <translation>Accanto all&apos;Account SID nella Twilio Console.</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Numero del mittente</translation>
    </message>
    <message>
        <source>A Twilio number of your account that can send SMS, in international format.</source>
        <translation>Un numero Twilio del tuo account abilitato all&apos;invio di SMS, in formato internazionale.</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Numero del destinatario</translation>
    </message>
    <message>
        <source>Your mobile number in international format: +, country code, number.</source>
        <translation>Il tuo numero di cellulare in formato internazionale: +, prefisso del paese, numero.</translation>
    </message>
    <message>
        <source>Custom webhook</source>
        <translation>Webhook personalizzato</translation>
    </message>
    <message>
        <source>A JSON POST to an address of your own, for your monitoring or scripts.</source>
        <translation>Una richiesta POST in JSON a un tuo indirizzo, per il tuo sistema di monitoraggio o i tuoi script.</translation>
    </message>
    <message>
        <source>Postino sends a JSON object describing the failure; any 2xx answer counts as received.</source>
        <translation>Postino invia un oggetto JSON che descrive l&apos;errore; qualsiasi risposta 2xx vale come ricevuta.</translation>
    </message>
    <message>
        <source>ntfy push</source>
        <translation>Notifica push ntfy</translation>
    </message>
    <message>
        <source>A push notification on your phone through ntfy (ntfy.sh or your own server).</source>
        <translation>Una notifica push sul tuo telefono tramite ntfy (ntfy.sh o un tuo server).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leave as it is for ntfy.sh.</source>
        <translation>Lascialo così com&apos;è per ntfy.sh.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Subscribe to this topic in the ntfy app. On ntfy.sh anyone who guesses it can read it: pick something hard to guess.</source>
        <translation>Iscriviti a questo topic nell&apos;app ntfy. Su ntfy.sh chiunque lo indovini può leggerlo: scegli un nome difficile da indovinare.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>Only for a protected topic.</source>
        <translation>Solo per un topic protetto.</translation>
    </message>
    <message>
        <source>Pushover</source>
        <translation>Pushover</translation>
    </message>
    <message>
        <source>A push notification on your phone through Pushover.</source>
        <translation>Una notifica push sul tuo telefono tramite Pushover.</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Chiave utente</translation>
    </message>
    <message>
        <source>At the top of your Pushover dashboard.</source>
        <translation>In alto nel tuo pannello di controllo di Pushover.</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Token dell&apos;applicazione</translation>
    </message>
    <message>
        <source>Create an application in Pushover and copy its API token.</source>
        <translation>Crea un&apos;applicazione in Pushover e copiane il token API.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of alert Postino knows.</source>
        <translation>Postino non conosce il tipo di avviso &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose one of: email, slack, discord, teams, twilio, webhook, ntfy, pushover.</source>
        <translation>Scegli uno tra: email, slack, discord, teams, twilio, webhook, ntfy, pushover.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Il campo %1 è obbligatorio.</translation>
    </message>
    <message>
        <source>%1 is not a web address (https://…).</source>
        <translation>Il campo %1 non contiene un indirizzo web (https://…).</translation>
    </message>
    <message>
        <source>%1 is not a %2 address: it should look like %3.</source>
        <translation>Il campo %1 non contiene un indirizzo %2: dovrebbe avere la forma %3.</translation>
    </message>
    <message>
        <source>At most %1 addresses can receive alerts; %2 were given.</source>
        <translation>Gli avvisi possono andare al massimo a %1 indirizzi; ne hai indicati %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; non è un indirizzo email valido.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in international format.</source>
        <translation>Il campo %1 (&quot;%2&quot;) non è in formato internazionale.</translation>
    </message>
    <message>
        <source>Write it as + and the country code, then the number without spaces or a leading 0, e.g. +393401234567.</source>
        <translation>Scrivilo con il + e il prefisso del paese, poi il numero senza spazi né 0 iniziale, ad es. +393401234567.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>Il campo %1 non ha il formato previsto.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the expected form.</source>
        <translation>Il campo %1 (&quot;%2&quot;) non ha il formato previsto.</translation>
    </message>
    <message>
        <source>Your order #1042 is confirmed</source>
        <translation>Il tuo ordine n. 1042 è confermato</translation>
    </message>
    <message>
        <source>The web server cannot reach the mail server: the host probably blocks mail ports. Use an email API mailer (HTTPS, port 443) or ask the host which port is open.</source>
        <translation>Il server web non riesce a raggiungere il server di posta: probabilmente l&apos;hosting blocca le porte di posta. Usa un servizio di invio via API (HTTPS, porta 443) oppure chiedi all&apos;hosting quale porta è aperta.</translation>
    </message>
    <message>
        <source>[%1] TEST alert from Postino: an email failed to send. Subject: %2</source>
        <translation>[%1] Avviso di PROVA da Postino: un&apos;email non è stata inviata. Oggetto: %2</translation>
    </message>
    <message>
        <source>Test alert: an email from %1 failed to send</source>
        <translation>Avviso di prova: un&apos;email di %1 non è stata inviata</translation>
    </message>
    <message>
        <source>This is a test alert sent by Postino; no email actually failed.</source>
        <translation>Questo è un avviso di prova inviato da Postino; in realtà nessun invio è fallito.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Servizio di invio</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
Error: %3

%4

%5</source>
        <translation>Destinatario: %1
Oggetto: %2
Errore: %3

%4

%5</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
Error: %3

%4</source>
        <translation>Destinatario: %1
Oggetto: %2
Errore: %3

%4</translation>
    </message>
    <message>
        <source>Alerts of this kind are not sent over HTTP.</source>
        <translation>Gli avvisi di questo tipo non vengono inviati tramite HTTP.</translation>
    </message>
    <message>
        <source>Slack no longer accepts this webhook URL (%1): its app was removed or the URL was revoked.</source>
        <translation>Slack non accetta più questo URL del webhook (%1): la sua app è stata rimossa o l&apos;URL è stato revocato.</translation>
    </message>
    <message>
        <source>In Slack, open the Incoming Webhooks app of the channel, make a new webhook URL and enter it here.</source>
        <translation>In Slack, apri l&apos;app Incoming Webhooks del canale, crea un nuovo URL del webhook e inseriscilo qui.</translation>
    </message>
    <message>
        <source>Slack does not know this webhook (%1): it was disabled, or the URL is incomplete.</source>
        <translation>Slack non riconosce questo webhook (%1): è stato disattivato oppure l&apos;URL è incompleto.</translation>
    </message>
    <message>
        <source>Copy the whole webhook URL again from Slack, or make a new one.</source>
        <translation>Copia di nuovo da Slack l&apos;intero URL del webhook, oppure creane uno nuovo.</translation>
    </message>
    <message>
        <source>The Slack channel of this webhook is gone or archived (%1).</source>
        <translation>Il canale Slack di questo webhook non esiste più o è stato archiviato (%1).</translation>
    </message>
    <message>
        <source>Make a webhook for a channel that exists, or unarchive the channel.</source>
        <translation>Crea un webhook per un canale esistente, oppure togli il canale dall&apos;archivio.</translation>
    </message>
    <message>
        <source>The Slack workspace does not let this webhook post (%1).</source>
        <translation>Il workspace Slack non consente a questo webhook di pubblicare messaggi (%1).</translation>
    </message>
    <message>
        <source>Ask a workspace admin to allow the app to post in the channel, or pick another channel.</source>
        <translation>Chiedi a un amministratore del workspace di consentire all&apos;app di pubblicare nel canale, oppure scegli un altro canale.</translation>
    </message>
    <message>
        <source>Slack refused the message (%1).</source>
        <translation>Slack ha rifiutato il messaggio (%1).</translation>
    </message>
    <message>
        <source>Please report this to Postino&apos;s developers with the transcript.</source>
        <translation>Segnala il problema agli sviluppatori di Postino, allegando la trascrizione della conversazione.</translation>
    </message>
    <message>
        <source>Discord says the webhook&apos;s token is wrong (%1).</source>
        <translation>Secondo Discord il token del webhook è errato (%1).</translation>
    </message>
    <message>
        <source>Copy the whole webhook URL again from the channel&apos;s Integrations settings.</source>
        <translation>Copia di nuovo l&apos;intero URL del webhook dalle impostazioni Integrazioni del canale.</translation>
    </message>
    <message>
        <source>Discord does not know this webhook (%1): it was deleted.</source>
        <translation>Discord non riconosce questo webhook (%1): è stato eliminato.</translation>
    </message>
    <message>
        <source>Create a new webhook in the channel&apos;s Integrations settings and enter its URL here.</source>
        <translation>Crea un nuovo webhook nelle impostazioni Integrazioni del canale e inserisci qui il suo URL.</translation>
    </message>
    <message>
        <source>Discord refused the message: %1</source>
        <translation>Discord ha rifiutato il messaggio: %1</translation>
    </message>
    <message>
        <source>Teams refused the URL (%1): its signature is wrong or the workflow needs a sign-in.</source>
        <translation>Teams ha rifiutato l&apos;URL (%1): la firma non è valida oppure il workflow richiede un accesso.</translation>
    </message>
    <message>
        <source>Copy the URL again from the workflow&apos;s trigger &quot;When a Teams webhook request is received&quot;; anyone with the link must be allowed to trigger it.</source>
        <translation>Copia di nuovo l&apos;URL dal trigger del workflow &quot;When a Teams webhook request is received&quot;; deve poterlo avviare chiunque abbia il link.</translation>
    </message>
    <message>
        <source>Teams does not know this URL any more (%1): the workflow or connector was deleted or retired.</source>
        <translation>Teams non riconosce più questo URL (%1): il workflow o il connettore è stato eliminato o dismesso.</translation>
    </message>
    <message>
        <source>Microsoft retires the old Office 365 connectors: create a workflow from the template &quot;Post to a channel when a webhook request is received&quot; and use its URL.</source>
        <translation>Microsoft sta dismettendo i vecchi connettori di Office 365: crea un workflow dal modello &quot;Post to a channel when a webhook request is received&quot; e usa il suo URL.</translation>
    </message>
    <message>
        <source>Teams refused the card: %1</source>
        <translation>Teams ha rifiutato la scheda: %1</translation>
    </message>
    <message>
        <source>Check that the workflow posts an Adaptive Card from the webhook request.</source>
        <translation>Verifica che il workflow pubblichi una Adaptive Card a partire dalla richiesta del webhook.</translation>
    </message>
    <message>
        <source>Twilio did not accept the Account SID and auth token (%1).</source>
        <translation>Twilio non ha accettato l&apos;Account SID e l&apos;auth token (%1).</translation>
    </message>
    <message>
        <source>Copy both again from the Twilio Console; a test-credentials SID cannot send real messages.</source>
        <translation>Copiali di nuovo entrambi dalla Twilio Console; il SID di credenziali di test non può inviare messaggi reali.</translation>
    </message>
    <message>
        <source>Twilio says the To number cannot receive SMS (%1).</source>
        <translation>Secondo Twilio il numero del destinatario non può ricevere SMS (%1).</translation>
    </message>
    <message>
        <source>Check the number: + and the country code, then the mobile number.</source>
        <translation>Controlla il numero: + e il prefisso del paese, poi il numero di cellulare.</translation>
    </message>
    <message>
        <source>Twilio cannot send from the From number (%1).</source>
        <translation>Twilio non può inviare dal numero del mittente (%1).</translation>
    </message>
    <message>
        <source>Use a number bought in this Twilio account that is able to send SMS.</source>
        <translation>Usa un numero acquistato in questo account Twilio e abilitato all&apos;invio di SMS.</translation>
    </message>
    <message>
        <source>A Twilio trial account can only text verified numbers (%1).</source>
        <translation>Un account di prova Twilio può inviare SMS solo a numeri verificati (%1).</translation>
    </message>
    <message>
        <source>Verify the To number in the Twilio Console, or upgrade the account.</source>
        <translation>Verifica il numero del destinatario nella Twilio Console, oppure passa a un account a pagamento.</translation>
    </message>
    <message>
        <source>SMS to this country are not enabled in the Twilio account (%1).</source>
        <translation>Gli SMS verso questo paese non sono abilitati nell&apos;account Twilio (%1).</translation>
    </message>
    <message>
        <source>In the Twilio Console, allow the country under Messaging, Geo permissions.</source>
        <translation>Nella Twilio Console, abilita il paese in Messaging, Geo permissions.</translation>
    </message>
    <message>
        <source>The ntfy server does not let Postino publish to this topic (%1).</source>
        <translation>Il server ntfy non consente a Postino di pubblicare su questo topic (%1).</translation>
    </message>
    <message>
        <source>Enter an access token allowed to write to the topic, or pick a topic that is open for publishing.</source>
        <translation>Inserisci un token di accesso autorizzato a scrivere sul topic, oppure scegli un topic aperto alla pubblicazione.</translation>
    </message>
    <message>
        <source>Pushover did not accept the application token (%1).</source>
        <translation>Pushover non ha accettato il token dell&apos;applicazione (%1).</translation>
    </message>
    <message>
        <source>Copy the API token of your Pushover application again.</source>
        <translation>Copia di nuovo il token API della tua applicazione Pushover.</translation>
    </message>
    <message>
        <source>Pushover did not accept the user key (%1).</source>
        <translation>Pushover non ha accettato la chiave utente (%1).</translation>
    </message>
    <message>
        <source>Copy the user key from the top of your Pushover dashboard again.</source>
        <translation>Copia di nuovo la chiave utente dalla parte alta del tuo pannello di controllo di Pushover.</translation>
    </message>
    <message>
        <source>The email alert goes through the mailer you configured (%1).</source>
        <translation>L&apos;avviso via email passa attraverso il servizio di invio che hai configurato (%1).</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Ricerca di %1…</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Il nome %1 non è stato trovato.</translation>
    </message>
    <message>
        <source>Check the address for typos.</source>
        <translation>Controlla che l&apos;indirizzo non contenga errori di battitura.</translation>
    </message>
    <message>
        <source>Make sure this computer can reach the internet and resolve names.</source>
        <translation>Assicurati che questo computer possa accedere a Internet e risolvere i nomi.</translation>
    </message>
    <message>
        <source>%1 is %2; connecting to %3 only.</source>
        <translation>%1 corrisponde a %2; connessione solo a %3.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was cut off; that is not what %3 answers.</source>
        <translation>La risposta di %1 superava i %2 byte ed è stata troncata: non è il tipo di risposta che dà %3.</translation>
    </message>
    <message>
        <source>Check that the address belongs to %1.</source>
        <translation>Verifica che l&apos;indirizzo appartenga a %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 non ha risposto entro %2 secondi.</translation>
    </message>
    <message>
        <source>A firewall may hold the connection; try again later or from another network.</source>
        <translation>Un firewall potrebbe bloccare la connessione; riprova più tardi o da un&apos;altra rete.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2).</source>
        <translation>Impossibile raggiungere %1 (%2).</translation>
    </message>
    <message>
        <source>Check the address and that outgoing HTTPS is allowed.</source>
        <translation>Controlla l&apos;indirizzo e verifica che le connessioni HTTPS in uscita siano consentite.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>Impossibile verificare la connessione sicura a %1: %2</translation>
    </message>
    <message>
        <source>Something may intercept the connection (antivirus, proxy); try another network.</source>
        <translation>Qualcosa potrebbe intercettare la connessione (antivirus, proxy); prova con un&apos;altra rete.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La richiesta a %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>%1 redirected the alert to another server (%2); Postino does not follow redirects, so nothing was sent there.</source>
        <translation>%1 ha reindirizzato l&apos;avviso a un altro server (%2); Postino non segue i reindirizzamenti, quindi lì non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>%1 answered that the address moved (HTTP %2); Postino does not follow redirects.</source>
        <translation>%1 ha risposto che l&apos;indirizzo è stato spostato (HTTP %2); Postino non segue i reindirizzamenti.</translation>
    </message>
    <message>
        <source>Copy the webhook address again from %1.</source>
        <translation>Copia di nuovo l&apos;indirizzo del webhook da %1.</translation>
    </message>
    <message>
        <source>%1 accepted the test alert (HTTP %2).</source>
        <translation>%1 ha accettato l&apos;avviso di prova (HTTP %2).</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Verifica l&apos;arrivo</translation>
    </message>
    <message>
        <source>Look for the test alert where %1 delivers it.</source>
        <translation>Cerca l&apos;avviso di prova nel punto in cui %1 lo recapita.</translation>
    </message>
    <message>
        <source>Wait a minute and send the test again.</source>
        <translation>Attendi un minuto e invia di nuovo la prova.</translation>
    </message>
    <message>
        <source>Check the channel&apos;s settings against what %1 shows.</source>
        <translation>Confronta le impostazioni del canale con quelle mostrate da %1.</translation>
    </message>
    <message>
        <source>A test email went to %1 through your mailer.</source>
        <translation>È stata inviata un&apos;email di prova a %1 tramite il tuo servizio di invio.</translation>
    </message>
    <message>
        <source>Look in each inbox, and in the spam folder too.</source>
        <translation>Controlla ogni casella di posta, compresa la cartella dello spam.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Destinatario %1: %2</translation>
    </message>
    <message>
        <source>Alerts go only to https:// addresses; %1 is not one.</source>
        <translation>Gli avvisi vengono inviati solo a indirizzi https://; %1 non lo è.</translation>
    </message>
    <message>
        <source>Use the https:// address the service gives you.</source>
        <translation>Usa l&apos;indirizzo https:// che ti fornisce il servizio.</translation>
    </message>
    <message>
        <source>http:// is accepted only for a test server on this computer, with local targets allowed.</source>
        <translation>http:// è accettato solo per un server di prova su questo computer, con le destinazioni locali consentite.</translation>
    </message>
    <message>
        <source>%1 is the cloud&apos;s instance-metadata service; Postino never sends alerts there.</source>
        <translation>%1 è il servizio di metadati dell&apos;istanza cloud; Postino non invia mai avvisi a questo indirizzo.</translation>
    </message>
    <message>
        <source>Check the webhook address: it should name the service&apos;s server.</source>
        <translation>Controlla l&apos;indirizzo del webhook: deve indicare il server del servizio.</translation>
    </message>
    <message>
        <source>%1 is a link-local address; Postino does not send alerts there.</source>
        <translation>%1 è un indirizzo link-local; Postino non invia avvisi a questo indirizzo.</translation>
    </message>
    <message>
        <source>%1 is this computer itself; alerts to it are refused unless local targets are allowed.</source>
        <translation>%1 è questo stesso computer; gli avvisi verso questo indirizzo vengono rifiutati, a meno che le destinazioni locali non siano consentite.</translation>
    </message>
    <message>
        <source>Use the service&apos;s public address.</source>
        <translation>Usa l&apos;indirizzo pubblico del servizio.</translation>
    </message>
    <message>
        <source>For a test server on this computer, allow local targets (in the CLI: --allow-local-targets).</source>
        <translation>Per un server di prova su questo computer, consenti le destinazioni locali (nella CLI: --allow-local-targets).</translation>
    </message>
    <message>
        <source>%1 is a private network address; alerts to it are refused unless local targets are allowed.</source>
        <translation>%1 è un indirizzo di una rete privata; gli avvisi verso questo indirizzo vengono rifiutati, a meno che le destinazioni locali non siano consentite.</translation>
    </message>
    <message>
        <source>For a server on your own network, allow local targets (in the CLI: --allow-local-targets).</source>
        <translation>Per un server sulla tua rete, consenti le destinazioni locali (nella CLI: --allow-local-targets).</translation>
    </message>
    <message>
        <source>%1 is limiting how often alerts can be sent (HTTP 429: %2).</source>
        <translation>%1 sta limitando la frequenza di invio degli avvisi (HTTP 429: %2).</translation>
    </message>
    <message>
        <source>%1 is limiting how often alerts can be sent (HTTP 429).</source>
        <translation>%1 sta limitando la frequenza di invio degli avvisi (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2: %3).</source>
        <translation>%1 ha avuto un problema interno (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2).</source>
        <translation>%1 ha avuto un problema interno (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the test alert (HTTP %2: %3).</source>
        <translation>%1 ha rifiutato l&apos;avviso di prova (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>%1 refused the test alert (HTTP %2).</source>
        <translation>%1 ha rifiutato l&apos;avviso di prova (HTTP %2).</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <source>Check the alert channel&apos;s settings</source>
        <translation>Controlla le impostazioni del canale di avviso</translation>
    </message>
    <message>
        <source>Fill in the field as the service shows it, then send a test alert.</source>
        <translation>Compila il campo come lo mostra il servizio, poi invia un avviso di prova.</translation>
    </message>
    <message>
        <source>Choose another alert channel</source>
        <translation>Scegli un altro canale di avviso</translation>
    </message>
    <message>
        <source>On the Features page, pick one of the listed channels: email, Slack, Discord, Microsoft Teams, Twilio SMS, a webhook, ntfy or Pushover.</source>
        <translation>Nella pagina Funzioni scegli uno dei canali elencati: email, Slack, Discord, Microsoft Teams, SMS Twilio, un webhook, ntfy o Pushover.</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Controlla l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Riprova più tardi</translation>
    </message>
    <message>
        <source>Check what answers in the service&apos;s place</source>
        <translation>Controlla chi risponde al posto del servizio</translation>
    </message>
    <message>
        <source>Copy the address again</source>
        <translation>Copia di nuovo l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Check the channel&apos;s settings</source>
        <translation>Controlla le impostazioni del canale</translation>
    </message>
    <message>
        <source>Wait a little</source>
        <translation>Aspetta un po&apos;</translation>
    </message>
    <message>
        <source>Use an https:// address</source>
        <translation>Usa un indirizzo https://</translation>
    </message>
    <message>
        <source>Check the webhook address</source>
        <translation>Controlla l&apos;indirizzo del webhook</translation>
    </message>
    <message>
        <source>Use the service&apos;s public address</source>
        <translation>Usa l&apos;indirizzo pubblico del servizio</translation>
    </message>
</context>
<context>
    <name>ApiAdvice</name>
    <message>
        <source>The provider is limiting how fast you can send</source>
        <translation>Il provider sta limitando la velocità di invio</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Attendi un minuto e riprova.</translation>
    </message>
    <message>
        <source>If it keeps happening, check your plan&apos;s sending rate at the provider.</source>
        <translation>Se continua a succedere, controlla presso il provider il limite di velocità di invio del tuo piano.</translation>
    </message>
    <message>
        <source>The provider is having trouble</source>
        <translation>Il provider ha dei problemi</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page for an outage.</source>
        <translation>Controlla nella pagina di stato del provider se è in corso un disservizio.</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La chiave API non è stata accettata</translation>
    </message>
    <message>
        <source>Copy the key again from the provider&apos;s website; a missing character or an extra space is enough to break it.</source>
        <translation>Copia di nuovo la chiave dal sito del provider: basta un carattere mancante o uno spazio in più per renderla inutilizzabile.</translation>
    </message>
    <message>
        <source>Check that the key has not been deleted or revoked.</source>
        <translation>Verifica che la chiave non sia stata eliminata o revocata.</translation>
    </message>
    <message>
        <source>Some providers show a key only once: if you lost it, create a new one.</source>
        <translation>Alcuni provider mostrano la chiave una sola volta: se l&apos;hai persa, creane una nuova.</translation>
    </message>
    <message>
        <source>The server API token was not accepted</source>
        <translation>Il token API del server non è stato accettato</translation>
    </message>
    <message>
        <source>Copy the Server API token (not the Account token) from your Postmark server&apos;s API Tokens tab.</source>
        <translation>Copia il token API del server (Server API token, non l&apos;Account token) dalla scheda API Tokens del tuo server Postmark.</translation>
    </message>
    <message>
        <source>Check that the token belongs to the server you want to send from.</source>
        <translation>Verifica che il token appartenga al server da cui vuoi inviare.</translation>
    </message>
    <message>
        <source>The API key or secret key was not accepted</source>
        <translation>La chiave API o la chiave segreta non è stata accettata</translation>
    </message>
    <message>
        <source>Copy both the API key and the secret key again from your Mailjet account.</source>
        <translation>Copia di nuovo sia la chiave API sia la chiave segreta dal tuo account Mailjet.</translation>
    </message>
    <message>
        <source>Make sure the two belong to the same key pair.</source>
        <translation>Assicurati che entrambe appartengano alla stessa coppia di chiavi.</translation>
    </message>
    <message>
        <source>AWS does not know this access key ID</source>
        <translation>AWS non riconosce questo ID chiave di accesso</translation>
    </message>
    <message>
        <source>Copy the access key ID again from the IAM user&apos;s security credentials.</source>
        <translation>Copia di nuovo l&apos;ID chiave di accesso dalle credenziali di sicurezza dell&apos;utente IAM.</translation>
    </message>
    <message>
        <source>Check that the key is active and not deleted.</source>
        <translation>Verifica che la chiave sia attiva e non sia stata eliminata.</translation>
    </message>
    <message>
        <source>The secret access key does not match the access key ID</source>
        <translation>La chiave di accesso segreta non corrisponde all&apos;ID chiave di accesso</translation>
    </message>
    <message>
        <source>Copy the secret access key again: it is shown only when the key is created.</source>
        <translation>Copia di nuovo la chiave di accesso segreta: viene mostrata solo al momento della creazione della chiave.</translation>
    </message>
    <message>
        <source>If it is lost, create a new access key for the IAM user.</source>
        <translation>Se l&apos;hai persa, crea una nuova chiave di accesso per l&apos;utente IAM.</translation>
    </message>
    <message>
        <source>The key is valid but is not allowed to send email</source>
        <translation>La chiave è valida ma non è autorizzata a inviare email</translation>
    </message>
    <message>
        <source>Give the key permission to send mail at the provider (for example &quot;Mail Send&quot; or &quot;Transmissions: Read/Write&quot;), or create a key with full sending access.</source>
        <translation>Dai alla chiave il permesso di inviare email presso il provider (per esempio &quot;Mail Send&quot; o &quot;Transmissions: Read/Write&quot;), oppure crea una chiave con accesso completo all&apos;invio.</translation>
    </message>
    <message>
        <source>Then enter the new key here.</source>
        <translation>Poi inserisci qui la nuova chiave.</translation>
    </message>
    <message>
        <source>The From address or its domain is not verified with the provider</source>
        <translation>L&apos;indirizzo del mittente o il suo dominio non è verificato presso il provider</translation>
    </message>
    <message>
        <source>Verify the From address, or better its whole domain, in the provider&apos;s dashboard.</source>
        <translation>Verifica l&apos;indirizzo del mittente, o meglio l&apos;intero dominio, nel pannello di controllo del provider.</translation>
    </message>
    <message>
        <source>Add the DNS records the provider shows for the domain, then wait for it to confirm.</source>
        <translation>Aggiungi i record DNS che il provider indica per il dominio, poi attendi la sua conferma.</translation>
    </message>
    <message>
        <source>Or change the From email to an address the provider already shows as verified.</source>
        <translation>Oppure cambia l&apos;email del mittente con un indirizzo che il provider mostra già come verificato.</translation>
    </message>
    <message>
        <source>The account is in test mode and may only send to approved addresses</source>
        <translation>L&apos;account è in modalità di prova e può inviare solo a indirizzi approvati</translation>
    </message>
    <message>
        <source>For now, send the test to your own verified address.</source>
        <translation>Per ora invia la prova a un tuo indirizzo già verificato.</translation>
    </message>
    <message>
        <source>Ask the provider to take the account out of test mode (sandbox), or add the recipient as an authorized address in the provider&apos;s dashboard.</source>
        <translation>Chiedi al provider di far uscire l&apos;account dalla modalità di prova (sandbox), oppure aggiungi il destinatario tra gli indirizzi autorizzati.</translation>
    </message>
    <message>
        <source>The account is not active yet</source>
        <translation>L&apos;account non è ancora attivo</translation>
    </message>
    <message>
        <source>Finish the provider&apos;s activation (confirm your email address, complete the profile or the review).</source>
        <translation>Completa l&apos;attivazione presso il provider (conferma il tuo indirizzo email, completa il profilo o la procedura di verifica).</translation>
    </message>
    <message>
        <source>If the account was suspended, contact the provider&apos;s support.</source>
        <translation>Se l&apos;account è stato sospeso, contatta l&apos;assistenza del provider.</translation>
    </message>
    <message>
        <source>The account has used up its sending allowance</source>
        <translation>L&apos;account ha esaurito la sua quota di invio</translation>
    </message>
    <message>
        <source>Wait until the allowance resets, or raise it with the provider (a paid plan or a quota increase).</source>
        <translation>Attendi che la quota si rinnovi, oppure aumentala presso il provider (con un piano a pagamento o un aumento della quota).</translation>
    </message>
    <message>
        <source>The provider does not know this sending domain</source>
        <translation>Il provider non riconosce questo dominio di invio</translation>
    </message>
    <message>
        <source>Enter the domain exactly as it appears in the provider&apos;s domain list (for example mg.example.com).</source>
        <translation>Inserisci il dominio esattamente come compare nell&apos;elenco dei domini del provider (per esempio mg.example.com).</translation>
    </message>
    <message>
        <source>Check that the domain was added to this account and this region.</source>
        <translation>Verifica che il dominio sia stato aggiunto a questo account e in questa regione.</translation>
    </message>
    <message>
        <source>The message stream does not exist on this Postmark server</source>
        <translation>Il flusso di messaggi non esiste su questo server Postmark</translation>
    </message>
    <message>
        <source>Leave the stream empty to use the default transactional stream (outbound), or copy its ID from the server&apos;s Message Streams tab.</source>
        <translation>Lascia vuoto il campo del flusso per usare quello transazionale predefinito (outbound), oppure copia il suo ID dalla scheda Message Streams del server.</translation>
    </message>
    <message>
        <source>SMTP.com does not know this sender name</source>
        <translation>SMTP.com non riconosce questo nome del mittente</translation>
    </message>
    <message>
        <source>Copy the sender (channel) name exactly from the Senders page of your SMTP.com account.</source>
        <translation>Copia il nome del mittente (canale) esattamente come compare nella pagina Senders del tuo account SMTP.com.</translation>
    </message>
    <message>
        <source>The provider refused the recipient</source>
        <translation>Il provider ha rifiutato il destinatario</translation>
    </message>
    <message>
        <source>Check the test recipient&apos;s address for typos.</source>
        <translation>Controlla che l&apos;indirizzo del destinatario della prova non contenga errori di battitura.</translation>
    </message>
    <message>
        <source>Addresses that bounced before may be on the provider&apos;s suppression list; remove them there.</source>
        <translation>Gli indirizzi che in passato hanno respinto dei messaggi potrebbero essere nella lista di soppressione del provider: rimuovili da lì.</translation>
    </message>
    <message>
        <source>The provider answered in an unexpected way</source>
        <translation>Il provider ha dato una risposta inattesa</translation>
    </message>
    <message>
        <source>Read the provider&apos;s answer above.</source>
        <translation>Leggi la risposta del provider qui sopra.</translation>
    </message>
    <message>
        <source>Check the settings on the Configure mailer page, then try again.</source>
        <translation>Controlla le impostazioni nella pagina di configurazione, poi riprova.</translation>
    </message>
    <message>
        <source>The provider did not accept the sign-in</source>
        <translation>Il provider non ha accettato l&apos;accesso</translation>
    </message>
    <message>
        <source>Sign out and sign in again on the Configure mailer page (or run &quot;postino-cli oauth sign-in&quot;).</source>
        <translation>Disconnettiti e accedi di nuovo nella pagina di configurazione (oppure esegui &quot;postino-cli oauth sign-in&quot;).</translation>
    </message>
    <message>
        <source>If it keeps happening, check that the OAuth client still exists and its secret has not expired.</source>
        <translation>Se continua a succedere, verifica che il client OAuth esista ancora e che il suo segreto non sia scaduto.</translation>
    </message>
    <message>
        <source>The sign-in does not allow sending mail</source>
        <translation>L&apos;accesso non consente di inviare posta</translation>
    </message>
    <message>
        <source>Sign out, sign in again and leave every permission on the consent page ticked.</source>
        <translation>Disconnettiti, accedi di nuovo e lascia selezionate tutte le autorizzazioni nella schermata di consenso.</translation>
    </message>
    <message>
        <source>For a work account, your administrator may have to grant the app the mail-sending permission.</source>
        <translation>Per un account aziendale, potrebbe essere necessario che l&apos;amministratore conceda all&apos;app l&apos;autorizzazione a inviare posta.</translation>
    </message>
    <message>
        <source>The Gmail API is not enabled</source>
        <translation>L&apos;API Gmail non è abilitata</translation>
    </message>
    <message>
        <source>Enable the Gmail API in the Google Cloud project of your OAuth client (APIs &amp; Services, Library).</source>
        <translation>Abilita l&apos;API Gmail nel progetto Google Cloud del tuo client OAuth (API e servizi, Libreria).</translation>
    </message>
    <message>
        <source>For Google Workspace, check that Gmail is turned on for the account.</source>
        <translation>Per Google Workspace, verifica che Gmail sia attivo per l&apos;account.</translation>
    </message>
    <message>
        <source>This account may not send as the From address</source>
        <translation>Questo account non può inviare con questo indirizzo del mittente</translation>
    </message>
    <message>
        <source>Use the signed-in mailbox&apos;s own address as the From email.</source>
        <translation>Usa come email del mittente l&apos;indirizzo della casella di posta con cui hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Or have your Microsoft 365 administrator grant &quot;Send As&quot; on that address to the signed-in user.</source>
        <translation>Oppure chiedi all&apos;amministratore di Microsoft 365 di concedere all&apos;utente con cui hai effettuato l&apos;accesso l&apos;autorizzazione &quot;Invia come&quot; su quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Mailtrap refused the token for this From address</source>
        <translation>Mailtrap ha rifiutato il token per questo indirizzo mittente</translation>
    </message>
    <message>
        <source>Check that the API token was copied whole and has Admin access to the sending domain (Settings &gt; API Tokens in Mailtrap).</source>
        <translation>Verifica di aver copiato il token API per intero e che abbia accesso Admin al dominio di invio (Settings &gt; API Tokens in Mailtrap).</translation>
    </message>
    <message>
        <source>Check that the From address&apos;s domain is verified in Mailtrap (Sending Domains) and matches it exactly: Mailtrap gives the same answer for both problems.</source>
        <translation>Verifica che il dominio dell&apos;indirizzo mittente sia verificato in Mailtrap (Sending Domains) e corrisponda esattamente: Mailtrap dà la stessa risposta per entrambi i problemi.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Postino only talks to email APIs over HTTPS.</source>
        <translation>Postino comunica con le API email solo tramite HTTPS.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <source>(request body: %1 bytes)</source>
        <translation>(corpo della richiesta: %1 byte)</translation>
    </message>
    <message>
        <source>The answer was larger than %1 bytes; that is not an email API&apos;s answer.</source>
        <translation>La risposta superava i %1 byte: non è la risposta di un&apos;API email.</translation>
    </message>
    <message>
        <source>Check that nothing between you and the provider (a proxy or a captive portal) answers in its place.</source>
        <translation>Verifica che nulla tra te e il provider (un proxy o un captive portal) risponda al suo posto.</translation>
    </message>
    <message>
        <source>The name %1 could not be found: this computer cannot look up the provider&apos;s server.</source>
        <translation>Il nome %1 non è stato trovato: questo computer non riesce a trovare il server del provider.</translation>
    </message>
    <message>
        <source>Check the internet connection</source>
        <translation>Controlla la connessione a Internet</translation>
    </message>
    <message>
        <source>Make sure this computer (or the server running postino-cli) can reach the internet and resolve names.</source>
        <translation>Assicurati che questo computer (o il server su cui gira postino-cli) possa accedere a Internet e risolvere i nomi.</translation>
    </message>
    <message>
        <source>%1 could not be reached on port %2 (%3). This is a network problem, not a problem with your key.</source>
        <translation>Impossibile raggiungere %1 sulla porta %2 (%3). È un problema di rete, non della tua chiave.</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Controlla la rete</translation>
    </message>
    <message>
        <source>A firewall or proxy may block HTTPS to the provider; ask your host or network administrator to allow outgoing connections to %1 on port %2.</source>
        <translation>Un firewall o un proxy potrebbe bloccare le connessioni HTTPS verso il provider; chiedi al tuo hosting o all&apos;amministratore di rete di consentire le connessioni in uscita verso %1 sulla porta %2.</translation>
    </message>
    <message>
        <source>Try again in a few minutes in case the provider is down.</source>
        <translation>Riprova tra qualche minuto, nel caso il provider sia fuori servizio.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>Impossibile verificare la connessione sicura a %1: %2</translation>
    </message>
    <message>
        <source>Something is intercepting the connection</source>
        <translation>Qualcosa sta intercettando la connessione</translation>
    </message>
    <message>
        <source>Antivirus software, a company proxy or a captive portal may be in the way; try another network.</source>
        <translation>Potrebbe interferire un antivirus, un proxy aziendale o un captive portal; prova con un&apos;altra rete.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Verifica che data e ora di questo computer siano corrette.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La richiesta a %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>The connection dropped before the provider answered; try again in a few minutes.</source>
        <translation>La connessione si è interrotta prima che il provider rispondesse; riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>Your %1 account is in the %2 region, not the one selected.</source>
        <translation>Il tuo account %1 si trova nella regione %2, non in quella selezionata.</translation>
    </message>
    <message>
        <source>Choose the right region</source>
        <translation>Scegli la regione giusta</translation>
    </message>
    <message>
        <source>Set the region to %1 on the Configure mailer page.</source>
        <translation>Imposta la regione su %1 nella pagina di configurazione.</translation>
    </message>
    <message>
        <source>%1 accepted the test email.</source>
        <translation>%1 ha accettato l&apos;email di prova.</translation>
    </message>
    <message>
        <source>Its message id is %1.</source>
        <translation>L&apos;ID del messaggio è %1.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s inbox</source>
        <translation>Controlla la posta in arrivo del destinatario</translation>
    </message>
    <message>
        <source>The message should arrive within a few minutes; look in the spam folder too.</source>
        <translation>Il messaggio dovrebbe arrivare entro pochi minuti; controlla anche la cartella dello spam.</translation>
    </message>
    <message>
        <source>%1 accepted the key; nothing was sent.</source>
        <translation>%1 ha accettato la chiave; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Trying the %1 region too…</source>
        <translation>Tentativo anche con la regione %1…</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 ha risposto con HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 ha risposto con HTTP %2: %3</translation>
    </message>
    <message>
        <source>(answer body: %1 bytes, not shown: it may hold a token)</source>
        <translation>(corpo della risposta: %1 byte, non mostrato perché potrebbe contenere un token)</translation>
    </message>
    <message>
        <source>The answer did not finish within %1 s.</source>
        <translation>La risposta non si è conclusa entro %1 s.</translation>
    </message>
    <message>
        <source>Use another way to send</source>
        <translation>Usa un altro modo di invio</translation>
    </message>
    <message>
        <source>This version of Postino cannot make that request to this mailer: check for a newer Postino.</source>
        <translation>Questa versione di Postino non sa fare questa richiesta a questo servizio di invio: verifica se c&apos;è una versione più recente di Postino.</translation>
    </message>
    <message>
        <source>Meanwhile use the mailer&apos;s SMTP relay if it offers one (choose Other SMTP with its server and login).</source>
        <translation>Nel frattempo usa il relay SMTP del servizio di invio, se ne offre uno (scegli Altro SMTP con il suo server e le sue credenziali).</translation>
    </message>
    <message>
        <source>Check the API address</source>
        <translation>Controlla l&apos;indirizzo dell&apos;API</translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; leave the API address setting empty for the default.</source>
        <translation>Usa l&apos;indirizzo https:// del provider; lascia vuota l&apos;impostazione dell&apos;indirizzo API per usare quello predefinito.</translation>
    </message>
    <message>
        <source>Check what answers in the provider&apos;s place</source>
        <translation>Controlla chi risponde al posto del provider</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status, then try again</source>
        <translation>Controlla lo stato del provider, poi riprova</translation>
    </message>
    <message>
        <source>Look at the provider&apos;s status page for an outage, and try again in a few minutes.</source>
        <translation>Guarda nella pagina di stato del provider se c&apos;è un disservizio e riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>If it keeps happening, save the report and send it to the provider&apos;s support.</source>
        <translation>Se succede ancora, salva il rapporto e invialo all&apos;assistenza del provider.</translation>
    </message>
</context>
<context>
    <name>Autoconfig</name>
    <message>
        <source>Correct the autoconfig file, or leave it</source>
        <translation>Correggi il file autoconfig, oppure lascialo così</translation>
    </message>
    <message>
        <source>If you publish this file for %1, correct it at %2: it follows Thunderbird&apos;s config-v1.1.xml format, and email programs that read it stumble over the same mistake.</source>
        <translation>Se sei tu a pubblicare questo file per %1, correggilo su %2: segue il formato config-v1.1.xml di Thunderbird, e i programmi di posta che lo leggono inciampano nello stesso errore.</translation>
    </message>
    <message>
        <source>If someone else publishes it, nothing is needed here: Postino takes the settings from its other sources (SRV records, its table of providers, the usual server names).</source>
        <translation>Se lo pubblica qualcun altro, qui non serve fare nulla: Postino prende le impostazioni dalle sue altre fonti (record SRV, la sua tabella dei provider, i nomi di server più comuni).</translation>
    </message>
    <message>
        <source>The address answers with a web page, not an autoconfig file.</source>
        <translation>L&apos;indirizzo risponde con una pagina web, non con un file autoconfig.</translation>
    </message>
    <message>
        <source>The autoconfig file starts with a DOCTYPE declaration, which the format does not have and which can declare entities that expand without end. Postino did not read the file.</source>
        <translation>Il file autoconfig inizia con una dichiarazione DOCTYPE, che il formato non prevede e che può dichiarare entità che si espandono all&apos;infinito. Postino non ha letto il file.</translation>
    </message>
    <message>
        <source>The address answers with a document that is no autoconfig file.</source>
        <translation>L&apos;indirizzo risponde con un documento che non è un file autoconfig.</translation>
    </message>
    <message>
        <source>The address answers with an XML document &lt;%1&gt;, not an autoconfig file &lt;clientConfig&gt;.</source>
        <translation>L&apos;indirizzo risponde con un documento XML &lt;%1&gt;, non con un file autoconfig &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <source>The autoconfig file names no outgoing server of type &quot;smtp&quot;: it gives nothing to send with.</source>
        <translation>Il file autoconfig non indica nessun server in uscita di tipo &quot;smtp&quot;: non fornisce nulla con cui inviare.</translation>
    </message>
    <message>
        <source>The autoconfig file lists %1 SMTP servers; Postino took the first %2.</source>
        <translation>Il file autoconfig elenca %1 server SMTP; Postino ha preso i primi %2.</translation>
    </message>
    <message>
        <source>The autoconfig file is not well-formed XML (line %1, column %2: %3). Postino did not use it.</source>
        <translation>Il file autoconfig non è XML ben formato (riga %1, colonna %2: %3). Postino non l&apos;ha usato.</translation>
    </message>
    <message>
        <source>SMTP server entry %1</source>
        <translation>Il server SMTP n. %1</translation>
    </message>
    <message>
        <source>%1 has no host name; Postino skipped it.</source>
        <translation>%1 non ha un nome host; Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not a server name; Postino skipped it.</source>
        <translation>%1 indica &quot;%2&quot;, che non è un nome di server; Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>%1 (%2) has no port; Postino skipped it.</source>
        <translation>%1 (%2) non ha una porta; Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>%1 (%2) gives the port &quot;%3&quot;, which is not a port number from 1 to 65535; Postino skipped it.</source>
        <translation>%1 (%2) indica la porta &quot;%3&quot;, che non è un numero di porta da 1 a 65535; Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>%1 (%2:%3) does not say how to connect (socketType SSL, STARTTLS or plain); Postino skipped it.</source>
        <translation>%1 (%2:%3) non indica come connettersi (socketType SSL, STARTTLS o plain); Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>%1 (%2:%3) gives the socketType &quot;%4&quot;; the format knows SSL, STARTTLS and plain. Postino skipped it.</source>
        <translation>%1 (%2:%3) indica il socketType &quot;%4&quot;; il formato prevede SSL, STARTTLS e plain. Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>The autoconfig file gives %1:%2 the fixed user name &quot;%3&quot; rather than one made from the address.</source>
        <translation>Il file autoconfig assegna a %1:%2 il nome utente fisso &quot;%3&quot;, invece di uno ricavato dall&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The autoconfig file says %1:%2 signs in with %3, not with a password.</source>
        <translation>Secondo il file autoconfig, su %1:%2 l&apos;accesso avviene con %3, non con una password.</translation>
    </message>
    <message>
        <source>The autoconfig file is larger than %1 KiB, far more than a list of servers needs. Postino did not read it.</source>
        <translation>Il file autoconfig supera %1 KiB, molto più di quanto serva per un elenco di server. Postino non l&apos;ha letto.</translation>
    </message>
    <message>
        <source>The address answers with an empty document.</source>
        <translation>L&apos;indirizzo risponde con un documento vuoto.</translation>
    </message>
    <message>
        <source>The address answers with a web page or text, not an autoconfig file.</source>
        <translation>L&apos;indirizzo risponde con una pagina web o con del testo, non con un file autoconfig.</translation>
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
        <translation>Un servizio di invio email pensato per i siti web. Invia tramite HTTPS (porta 443), quindi continua a funzionare anche se il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>Copy the API key from the API page of your SendLayer account settings.</source>
        <translation>Copia la chiave API dalla pagina API nelle impostazioni del tuo account SendLayer.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>The key that lets Postino send email through your SendLayer account.</source>
        <translation>La chiave che permette a Postino di inviare email tramite il tuo account SendLayer.</translation>
    </message>
    <message>
        <source>A CNAME record named sl._domainkey on your domain, pointing to SendLayer.</source>
        <translation>Un record CNAME chiamato sl._domainkey sul tuo dominio, che punta a SendLayer.</translation>
    </message>
    <message>
        <source>SendLayer also asks for a tracking CNAME (track.sl), a DMARC CNAME (_dmarc.sl) and a TXT record that proves you own the domain; copy them from your SendLayer dashboard.</source>
        <translation>SendLayer richiede anche un CNAME di tracciamento (track.sl), un CNAME DMARC (_dmarc.sl) e un record TXT che dimostra che il dominio è tuo: copiali dal pannello di controllo di SendLayer.</translation>
    </message>
    <message>
        <source>A CNAME record named sl on your domain sends bounces to SendLayer, so no SPF change is needed on the main domain.</source>
        <translation>Un record CNAME chiamato sl sul tuo dominio fa arrivare i messaggi non recapitati a SendLayer, quindi non serve modificare l&apos;SPF del dominio principale.</translation>
    </message>
    <message>
        <source>SMTP.com</source>
        <translation>SMTP.com</translation>
    </message>
    <message>
        <source>A long-standing email delivery service. It sends over HTTPS (port 443), so blocked SMTP ports on your host do not matter.</source>
        <translation>Un servizio di recapito email presente sul mercato da molti anni. Invia tramite HTTPS (porta 443), quindi non importa se il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>You need an API key and the name of a sender (channel) from the Senders page of your SMTP.com account.</source>
        <translation>Ti servono una chiave API e il nome di un mittente (canale), che trovi nella pagina Senders del tuo account SMTP.com.</translation>
    </message>
    <message>
        <source>The key from the API settings of your SMTP.com account.</source>
        <translation>La chiave che trovi nelle impostazioni API del tuo account SMTP.com.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>The name of the sender (SMTP.com calls it a channel) that these emails should go through.</source>
        <translation>Il nome del mittente (SMTP.com lo chiama canale) attraverso cui devono passare queste email.</translation>
    </message>
    <message>
        <source>Add the DKIM record that SMTP.com shows for your domain.</source>
        <translation>Aggiungi il record DKIM che SMTP.com mostra per il tuo dominio.</translation>
    </message>
    <message>
        <source>Brevo</source>
        <translation>Brevo</translation>
    </message>
    <message>
        <source>Brevo (once called Sendinblue) is an email and marketing platform. It sends over HTTPS (port 443), so it works even where SMTP ports are blocked.</source>
        <translation>Brevo (in passato Sendinblue) è una piattaforma di email e marketing. Invia tramite HTTPS (porta 443), quindi funziona anche dove le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>Create an API key in your Brevo account settings. If you limit the key to certain IP addresses, include your web server&apos;s address.</source>
        <translation>Crea una chiave API nelle impostazioni del tuo account Brevo. Se limiti la chiave a determinati indirizzi IP, includi l&apos;indirizzo del tuo server web.</translation>
    </message>
    <message>
        <source>The API key from your Brevo account (not the SMTP password).</source>
        <translation>La chiave API del tuo account Brevo (non la password SMTP).</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>Dominio di invio</translation>
    </message>
    <message>
        <source>Optional: the domain you send from, used when checking its DNS records.</source>
        <translation>Facoltativo: il dominio da cui invii, usato per controllarne i record DNS.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Two CNAME records, brevo1._domainkey and brevo2._domainkey, pointing to Brevo (Brevo may offer a TXT record instead).</source>
        <translation>Due record CNAME, brevo1._domainkey e brevo2._domainkey, che puntano a Brevo (Brevo potrebbe proporti invece un record TXT).</translation>
    </message>
    <message>
        <source>Brevo also asks for a brevo-code TXT record on your domain to prove you own it, and suggests a DMARC record. Older accounts may use include:spf.sendinblue.com for SPF.</source>
        <translation>Brevo richiede anche un record TXT brevo-code sul tuo dominio per dimostrare che è tuo e consiglia un record DMARC. Gli account meno recenti potrebbero usare include:spf.sendinblue.com per l&apos;SPF.</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Amazon Web Services&apos; email sending service. It needs an AWS access key and a verified address or domain, and sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Il servizio di invio email di Amazon Web Services. Richiede una chiave di accesso AWS e un indirizzo o dominio verificato, e invia tramite HTTPS (porta 443), quindi non importa se le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>Use an AWS access key (key ID and secret) that may send email with SES. Your From address or its domain must be verified in SES in the region you pick.</source>
        <translation>Usa una chiave di accesso AWS (ID chiave e chiave segreta) autorizzata a inviare email con SES. L&apos;indirizzo del mittente o il suo dominio deve essere verificato in SES nella regione che scegli.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID chiave di accesso</translation>
    </message>
    <message>
        <source>The ID half of your AWS access key.</source>
        <translation>La parte identificativa (ID) della tua chiave di accesso AWS.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Chiave di accesso segreta</translation>
    </message>
    <message>
        <source>The secret half of your AWS access key; AWS shows it only once, when the key is created.</source>
        <translation>La parte segreta della tua chiave di accesso AWS; AWS la mostra una sola volta, quando la chiave viene creata.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>The AWS region where your sending address or domain is verified.</source>
        <translation>La regione AWS in cui è verificato il tuo indirizzo o dominio di invio.</translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>Stati Uniti orientali (Virginia settentrionale)</translation>
    </message>
    <message>
        <source>US East (Ohio)</source>
        <translation>Stati Uniti orientali (Ohio)</translation>
    </message>
    <message>
        <source>US West (N. California)</source>
        <translation>Stati Uniti occidentali (California settentrionale)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>Stati Uniti occidentali (Oregon)</translation>
    </message>
    <message>
        <source>Canada (Central)</source>
        <translation>Canada (Centrale)</translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation>Europa (Irlanda)</translation>
    </message>
    <message>
        <source>Europe (London)</source>
        <translation>Europa (Londra)</translation>
    </message>
    <message>
        <source>Europe (Paris)</source>
        <translation>Europa (Parigi)</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>Europa (Francoforte)</translation>
    </message>
    <message>
        <source>Europe (Milan)</source>
        <translation>Europa (Milano)</translation>
    </message>
    <message>
        <source>Europe (Stockholm)</source>
        <translation>Europa (Stoccolma)</translation>
    </message>
    <message>
        <source>Asia Pacific (Mumbai)</source>
        <translation>Asia Pacifico (Mumbai)</translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation>Asia Pacifico (Tokyo)</translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation>Asia Pacifico (Seul)</translation>
    </message>
    <message>
        <source>Asia Pacific (Osaka)</source>
        <translation>Asia Pacifico (Osaka)</translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation>Asia Pacifico (Singapore)</translation>
    </message>
    <message>
        <source>Asia Pacific (Sydney)</source>
        <translation>Asia Pacifico (Sydney)</translation>
    </message>
    <message>
        <source>Asia Pacific (Jakarta)</source>
        <translation>Asia Pacifico (Giacarta)</translation>
    </message>
    <message>
        <source>South America (São Paulo)</source>
        <translation>Sud America (San Paolo)</translation>
    </message>
    <message>
        <source>Africa (Cape Town)</source>
        <translation>Africa (Città del Capo)</translation>
    </message>
    <message>
        <source>Middle East (Bahrain)</source>
        <translation>Medio Oriente (Bahrein)</translation>
    </message>
    <message>
        <source>Israel (Tel Aviv)</source>
        <translation>Israele (Tel Aviv)</translation>
    </message>
    <message>
        <source>AWS GovCloud (US-West)</source>
        <translation>AWS GovCloud (Stati Uniti occidentali)</translation>
    </message>
    <message>
        <source>Three CNAME records that SES generates when you verify your domain (Easy DKIM), each pointing to a name under dkim.amazonses.com.</source>
        <translation>Tre record CNAME che SES genera quando verifichi il dominio (Easy DKIM), ognuno dei quali punta a un nome sotto dkim.amazonses.com.</translation>
    </message>
    <message>
        <source>Without a custom MAIL FROM domain, SPF passes on Amazon&apos;s own domain but does not line up with yours for DMARC; DKIM covers it.</source>
        <translation>Senza un dominio MAIL FROM personalizzato, l&apos;SPF viene superato sul dominio di Amazon ma non risulta allineato al tuo ai fini del DMARC; a questo provvede il DKIM.</translation>
    </message>
    <message>
        <source>Optional: a custom MAIL FROM subdomain with an MX record pointing to SES&apos;s feedback server for your region and an SPF TXT record containing include:amazonses.com.</source>
        <translation>Facoltativo: un sottodominio MAIL FROM personalizzato, con un record MX che punta al server di feedback di SES per la tua regione e un record TXT SPF che contiene include:amazonses.com.</translation>
    </message>
    <message>
        <source>Google / Gmail</source>
        <translation>Google / Gmail</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The ID of the OAuth client you created in Google Cloud.</source>
        <translation>L&apos;ID del client OAuth che hai creato in Google Cloud.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>The secret that belongs to that OAuth client.</source>
        <translation>Il client secret associato a quel client OAuth.</translation>
    </message>
    <message>
        <source>A TXT record at google._domainkey, generated in the Google Workspace admin console (the selector can be changed there).</source>
        <translation>Un record TXT su google._domainkey, generato nella Console di amministrazione di Google Workspace (dove puoi anche cambiare il selettore).</translation>
    </message>
    <message>
        <source>Only a Google Workspace domain needs these records; a plain @gmail.com address is covered by Google. Gmail replaces the From address with your account&apos;s address unless it is one of your &quot;Send mail as&quot; aliases.</source>
        <translation>Questi record servono solo per un dominio Google Workspace; per un normale indirizzo @gmail.com ci pensa Google. Gmail sostituisce l&apos;indirizzo del mittente con quello del tuo account, a meno che non sia uno dei tuoi alias &quot;Invia messaggio come&quot;.</translation>
    </message>
    <message>
        <source>Mailgun</source>
        <translation>Mailgun</translation>
    </message>
    <message>
        <source>An email delivery service popular with developers. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>Un servizio di recapito email molto diffuso tra gli sviluppatori. Invia tramite HTTPS (porta 443), quindi continua a funzionare anche se il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>You need a Mailgun API key and the sending domain you added to Mailgun (for example mg.example.com).</source>
        <translation>Ti servono una chiave API di Mailgun e il dominio di invio che hai aggiunto a Mailgun (per esempio mg.example.com).</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Chiave API di Mailgun</translation>
    </message>
    <message>
        <source>A private API key from the API security page of your Mailgun account.</source>
        <translation>Una chiave API privata, presa dalla pagina API Security del tuo account Mailgun.</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nome di dominio</translation>
    </message>
    <message>
        <source>The sending domain exactly as it is listed in Mailgun.</source>
        <translation>Il dominio di invio, scritto esattamente come compare in Mailgun.</translation>
    </message>
    <message>
        <source>mg.example.com</source>
        <translation>mg.example.com</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unione Europea</translation>
    </message>
    <message>
        <source>With automatic sender security, two CNAME records, pdk1._domainkey and pdk2._domainkey; otherwise the TXT record shown in your Mailgun dashboard.</source>
        <translation>Con la sicurezza automatica del mittente, due record CNAME, pdk1._domainkey e pdk2._domainkey; altrimenti il record TXT mostrato nel pannello di controllo di Mailgun.</translation>
    </message>
    <message>
        <source>Add the SPF record on the sending domain. Mailgun also lists MX records (mxa.mailgun.org and mxb.mailgun.org) and a tracking CNAME (email) for that domain.</source>
        <translation>Aggiungi il record SPF sul dominio di invio. Mailgun indica anche dei record MX (mxa.mailgun.org e mxb.mailgun.org) e un CNAME di tracciamento (email) per quel dominio.</translation>
    </message>
    <message>
        <source>Bounces go to the sending domain itself (usually a subdomain such as mg.example.com).</source>
        <translation>I messaggi non recapitati tornano al dominio di invio stesso (di solito un sottodominio come mg.example.com).</translation>
    </message>
    <message>
        <source>Mailjet</source>
        <translation>Mailjet</translation>
    </message>
    <message>
        <source>An email delivery service. It sends over HTTPS (port 443), so it works where your host blocks SMTP ports.</source>
        <translation>Un servizio di recapito email. Invia tramite HTTPS (porta 443), quindi funziona anche dove il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>Mailjet gives you a pair of keys: an API key and a secret key. You need both.</source>
        <translation>Mailjet ti fornisce una coppia di chiavi: una chiave API e una chiave segreta. Ti servono entrambe.</translation>
    </message>
    <message>
        <source>The API key (the first half of the key pair).</source>
        <translation>La chiave API (la prima metà della coppia di chiavi).</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chiave segreta</translation>
    </message>
    <message>
        <source>The secret key that belongs to the same key pair.</source>
        <translation>La chiave segreta che fa parte della stessa coppia di chiavi.</translation>
    </message>
    <message>
        <source>A TXT record at mailjet._domainkey with the key Mailjet shows you.</source>
        <translation>Un record TXT su mailjet._domainkey con la chiave che ti mostra Mailjet.</translation>
    </message>
    <message>
        <source>Mailjet also asks for a TXT record that proves you own the domain.</source>
        <translation>Mailjet richiede anche un record TXT che dimostra che il dominio è tuo.</translation>
    </message>
    <message>
        <source>MailerSend</source>
        <translation>MailerSend</translation>
    </message>
    <message>
        <source>An email delivery service for website and app messages. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Un servizio di recapito per le email di siti web e app. Invia tramite HTTPS (porta 443), quindi non importa se le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>An API token from your MailerSend account.</source>
        <translation>Un token API del tuo account MailerSend.</translation>
    </message>
    <message>
        <source>Paid plan features</source>
        <translation>Funzioni dei piani a pagamento</translation>
    </message>
    <message>
        <source>Turn on if your MailerSend plan allows custom email headers.</source>
        <translation>Attivalo se il tuo piano MailerSend consente intestazioni email personalizzate.</translation>
    </message>
    <message>
        <source>Add the DKIM records that MailerSend shows when you add your domain there.</source>
        <translation>Aggiungi i record DKIM che MailerSend ti mostra quando aggiungi il tuo dominio.</translation>
    </message>
    <message>
        <source>Mandrill (Mailchimp Transactional)</source>
        <translation>Mandrill (Mailchimp Transactional)</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s service for one-to-one emails such as receipts and password resets. It sends over HTTPS (port 443), so it works where SMTP ports are blocked.</source>
        <translation>Il servizio di Mailchimp per le email inviate a un singolo destinatario, come ricevute e reimpostazioni della password. Invia tramite HTTPS (porta 443), quindi funziona anche dove le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>Use an API key from your Mailchimp Transactional (Mandrill) account.</source>
        <translation>Usa una chiave API del tuo account Mailchimp Transactional (Mandrill).</translation>
    </message>
    <message>
        <source>Any active API key of your Mandrill account.</source>
        <translation>Una qualsiasi chiave API attiva del tuo account Mandrill.</translation>
    </message>
    <message>
        <source>Add the DKIM records that Mandrill shows when you add your domain there.</source>
        <translation>Aggiungi i record DKIM che Mandrill ti mostra quando aggiungi il tuo dominio.</translation>
    </message>
    <message>
        <source>Microsoft 365 / Outlook</source>
        <translation>Microsoft 365 / Outlook</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID applicazione</translation>
    </message>
    <message>
        <source>The application (client) ID of the app you registered with Microsoft.</source>
        <translation>L&apos;ID applicazione (client) dell&apos;app che hai registrato presso Microsoft.</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Password dell&apos;applicazione</translation>
    </message>
    <message>
        <source>A client secret created for that app.</source>
        <translation>Un segreto client creato per quell&apos;app.</translation>
    </message>
    <message>
        <source>Two CNAME records, selector1._domainkey and selector2._domainkey, pointing to the targets shown in the Microsoft 365 admin center.</source>
        <translation>Due record CNAME, selector1._domainkey e selector2._domainkey, che puntano alle destinazioni indicate nell&apos;interfaccia di amministrazione di Microsoft 365.</translation>
    </message>
    <message>
        <source>Only your own Microsoft 365 domain needs these; a personal Outlook.com address is covered by Microsoft.</source>
        <translation>Questi record servono solo per un tuo dominio Microsoft 365; per un indirizzo personale Outlook.com ci pensa Microsoft.</translation>
    </message>
    <message>
        <source>Postmark</source>
        <translation>Postmark</translation>
    </message>
    <message>
        <source>An email delivery service for transactional messages. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>Un servizio di recapito per le email transazionali. Invia tramite HTTPS (porta 443), quindi continua a funzionare anche se il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>Use the server API token of the Postmark server you send from (not the account token).</source>
        <translation>Usa il token API del server Postmark da cui invii (non il token dell&apos;account).</translation>
    </message>
    <message>
        <source>Server API token</source>
        <translation>Token API del server</translation>
    </message>
    <message>
        <source>Found on the API Tokens tab of your Postmark server.</source>
        <translation>Si trova nella scheda API Tokens del tuo server Postmark.</translation>
    </message>
    <message>
        <source>Message stream ID</source>
        <translation>ID del flusso di messaggi</translation>
    </message>
    <message>
        <source>Optional: leave empty to use the default transactional stream.</source>
        <translation>Facoltativo: lascia vuoto il campo per usare il flusso transazionale predefinito.</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>A TXT record whose name ends in pm._domainkey, with the key Postmark shows you.</source>
        <translation>Un record TXT il cui nome termina con pm._domainkey, con la chiave che ti mostra Postmark.</translation>
    </message>
    <message>
        <source>With the custom Return-Path CNAME in place, no SPF change is needed; older setups used include:spf.mtasv.net.</source>
        <translation>Con il CNAME Return-Path personalizzato configurato non serve modificare l&apos;SPF; le configurazioni meno recenti usavano include:spf.mtasv.net.</translation>
    </message>
    <message>
        <source>A CNAME record (pm-bounces by default) pointing to pm.mtasv.net.</source>
        <translation>Un record CNAME (pm-bounces per impostazione predefinita) che punta a pm.mtasv.net.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>An email sending service for developers. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Un servizio di invio email per sviluppatori. Invia tramite HTTPS (porta 443), quindi non importa se le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>An API key from your Resend account.</source>
        <translation>Una chiave API del tuo account Resend.</translation>
    </message>
    <message>
        <source>Add the DKIM records that Resend shows when you add your domain there.</source>
        <translation>Aggiungi i record DKIM che Resend ti mostra quando aggiungi il tuo dominio.</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>Twilio&apos;s email delivery service. It sends over HTTPS (port 443), so it works where your host blocks SMTP ports.</source>
        <translation>Il servizio di recapito email di Twilio. Invia tramite HTTPS (porta 443), quindi funziona anche dove il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>A key with only the &quot;Mail Send&quot; permission is enough.</source>
        <translation>Basta una chiave con il solo permesso &quot;Mail Send&quot;.</translation>
    </message>
    <message>
        <source>An API key from your SendGrid account.</source>
        <translation>Una chiave API del tuo account SendGrid.</translation>
    </message>
    <message>
        <source>Optional: the domain you authenticated in SendGrid, used when checking its DNS records.</source>
        <translation>Facoltativo: il dominio che hai autenticato in SendGrid, usato per controllarne i record DNS.</translation>
    </message>
    <message>
        <source>Two CNAME records, s1._domainkey and s2._domainkey, pointing to SendGrid.</source>
        <translation>Due record CNAME, s1._domainkey e s2._domainkey, che puntano a SendGrid.</translation>
    </message>
    <message>
        <source>With SendGrid&apos;s automated security no SPF change is needed; if you turned it off, add include:sendgrid.net to SPF and the TXT records SendGrid shows.</source>
        <translation>Con la sicurezza automatica di SendGrid non serve modificare l&apos;SPF; se l&apos;hai disattivata, aggiungi include:sendgrid.net all&apos;SPF e i record TXT che SendGrid ti mostra.</translation>
    </message>
    <message>
        <source>A CNAME record (named em followed by digits) pointing to SendGrid; it also covers SPF.</source>
        <translation>Un record CNAME (chiamato em seguito da alcune cifre) che punta a SendGrid; copre anche l&apos;SPF.</translation>
    </message>
    <message>
        <source>SparkPost</source>
        <translation>SparkPost</translation>
    </message>
    <message>
        <source>An email delivery service with separate US and EU regions. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Un servizio di recapito email con regioni separate per Stati Uniti e UE. Invia tramite HTTPS (porta 443), quindi non importa se le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>The key needs the &quot;Transmissions: Read/Write&quot; permission. EU accounts create keys at app.eu.sparkpost.com.</source>
        <translation>La chiave deve avere il permesso &quot;Transmissions: Read/Write&quot;. Gli account UE creano le chiavi su app.eu.sparkpost.com.</translation>
    </message>
    <message>
        <source>An API key from your SparkPost account.</source>
        <translation>Una chiave API del tuo account SparkPost.</translation>
    </message>
    <message>
        <source>A TXT record at the selector SparkPost generates for your domain (shown in its dashboard).</source>
        <translation>Un record TXT sul selettore che SparkPost genera per il tuo dominio (lo trovi nel suo pannello di controllo).</translation>
    </message>
    <message>
        <source>A CNAME record for a bounce subdomain pointing to sparkpostmail.com (eu.sparkpostmail.com for EU accounts); with it, no SPF change is needed.</source>
        <translation>Un record CNAME per un sottodominio dei messaggi non recapitati che punta a sparkpostmail.com (eu.sparkpostmail.com per gli account UE); con questo record non serve modificare l&apos;SPF.</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Zoho Mail</translation>
    </message>
    <message>
        <source>Global (zoho.com)</source>
        <translation>Globale (zoho.com)</translation>
    </message>
    <message>
        <source>Europe (zoho.eu)</source>
        <translation>Europa (zoho.eu)</translation>
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
        <translation>Giappone (zoho.jp)</translation>
    </message>
    <message>
        <source>The ID of the API client you created in Zoho.</source>
        <translation>L&apos;ID del client API che hai creato in Zoho.</translation>
    </message>
    <message>
        <source>The secret that belongs to that API client.</source>
        <translation>Il client secret associato a quel client API.</translation>
    </message>
    <message>
        <source>A TXT record at a selector you choose in the Zoho Mail admin console.</source>
        <translation>Un record TXT su un selettore che scegli nella console di amministrazione di Zoho Mail.</translation>
    </message>
    <message>
        <source>For SPF, copy the exact value your Zoho Mail admin console shows; it differs between accounts and regions.</source>
        <translation>Per l&apos;SPF, copia il valore esatto mostrato dalla console di amministrazione di Zoho Mail: cambia da account ad account e da regione a regione.</translation>
    </message>
    <message>
        <source>Elastic Email</source>
        <translation>Elastic Email</translation>
    </message>
    <message>
        <source>An email delivery and marketing service. It sends over HTTPS (port 443), so it keeps working when your host blocks SMTP ports.</source>
        <translation>Un servizio di recapito email e di marketing. Invia tramite HTTPS (porta 443), quindi continua a funzionare anche se il tuo hosting blocca le porte SMTP.</translation>
    </message>
    <message>
        <source>An API key from your Elastic Email account settings.</source>
        <translation>Una chiave API presa dalle impostazioni del tuo account Elastic Email.</translation>
    </message>
    <message>
        <source>Add the DKIM records that Elastic Email shows when you add your domain there.</source>
        <translation>Aggiungi i record DKIM che Elastic Email ti mostra quando aggiungi il tuo dominio.</translation>
    </message>
    <message>
        <source>SMTP2GO</source>
        <translation>SMTP2GO</translation>
    </message>
    <message>
        <source>An email delivery service. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Un servizio di recapito email. Invia tramite HTTPS (porta 443), quindi non importa se le porte SMTP sono bloccate.</translation>
    </message>
    <message>
        <source>Create an API key under Sending &gt; API Keys in your SMTP2GO account.</source>
        <translation>Crea una chiave API in Sending &gt; API Keys nel tuo account SMTP2GO.</translation>
    </message>
    <message>
        <source>An API key from your SMTP2GO account.</source>
        <translation>Una chiave API del tuo account SMTP2GO.</translation>
    </message>
    <message>
        <source>A CNAME record (named s followed by your account number, under _domainkey) pointing to dkim.smtp2go.net.</source>
        <translation>Un record CNAME (chiamato s seguito dal numero del tuo account, sotto _domainkey) che punta a dkim.smtp2go.net.</translation>
    </message>
    <message>
        <source>Do not add SMTP2GO to your SPF record: the CNAME records replace it, so remove an old SMTP2GO include if you have one.</source>
        <translation>Non aggiungere SMTP2GO al tuo record SPF: lo sostituiscono i record CNAME, quindi rimuovi l&apos;eventuale vecchio include di SMTP2GO.</translation>
    </message>
    <message>
        <source>A CNAME record (named em followed by your account number) pointing to return.smtp2go.net.</source>
        <translation>Un record CNAME (chiamato em seguito dal numero del tuo account) che punta a return.smtp2go.net.</translation>
    </message>
    <message>
        <source>Other SMTP</source>
        <translation>Altro SMTP</translation>
    </message>
    <message>
        <source>Use any mail server: your host&apos;s, your mailbox provider&apos;s or a relay service. It connects over SMTP ports (25, 465 or 587), which many hosts block.</source>
        <translation>Usa un qualsiasi server di posta: quello del tuo hosting, del tuo provider di posta o di un servizio di relay. Si collega tramite le porte SMTP (25, 465 o 587), che molti hosting bloccano.</translation>
    </message>
    <message>
        <source>Your host or mail provider gives you the server name, port, username and password.</source>
        <translation>Il tuo hosting o il tuo provider di posta ti fornisce nome del server, porta, nome utente e password.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>The name of the mail server, as given by your host or mail provider.</source>
        <translation>Il nome del server di posta, come indicato dal tuo hosting o dal tuo provider di posta.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Crittografia</translation>
    </message>
    <message>
        <source>TLS is the best choice when the server offers it; picking an option also sets the usual port.</source>
        <translation>TLS è la scelta migliore, se disponibile; ogni opzione imposta anche la porta abituale.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>Usually 587 for TLS, 465 for SSL and 25 without encryption.</source>
        <translation>Di solito 587 per TLS, 465 per SSL e 25 senza crittografia.</translation>
    </message>
    <message>
        <source>Auto TLS</source>
        <translation>TLS automatico</translation>
    </message>
    <message>
        <source>Switch to an encrypted connection when the server offers it; turn off only if the server&apos;s TLS is broken.</source>
        <translation>Passa a una connessione crittografata quando il server lo consente; disattivalo solo se il TLS del server non funziona.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>Sign in to the server with a username and password; almost every server needs this.</source>
        <translation>Accedi al server con nome utente e password; quasi tutti i server lo richiedono.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Often your full email address.</source>
        <translation>Spesso è il tuo indirizzo email completo.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The mailbox password, or an app password if your provider uses two-step sign-in.</source>
        <translation>La password della casella, o una password per le app se usi la verifica in due passaggi.</translation>
    </message>
    <message>
        <source>Depends on your mail server; ask your host or mail provider which DKIM record to publish.</source>
        <translation>Dipende dal tuo server di posta: chiedi al tuo hosting o al tuo provider di posta quale record DKIM pubblicare.</translation>
    </message>
    <message>
        <source>Pick European Union if your Mailgun account and domain were created in the EU region.</source>
        <translation>Scegli Unione Europea se il tuo account e il tuo dominio Mailgun sono stati creati nella regione UE.</translation>
    </message>
    <message>
        <source>Pick European Union if you sign in to SparkPost at app.eu.sparkpost.com.</source>
        <translation>Scegli Unione Europea se accedi a SparkPost da app.eu.sparkpost.com.</translation>
    </message>
    <message>
        <source>The Zoho data center of your account; it matches the address you use to sign in to Zoho.</source>
        <translation>Il data center Zoho del tuo account; corrisponde all&apos;indirizzo che usi per accedere a Zoho.</translation>
    </message>
    <message>
        <source>Send through a Gmail or Google Workspace account: sign in with Google (Gmail API over HTTPS, port 443, or SMTP with XOAUTH2), or use an app password over SMTP. Google limits how much you can send.</source>
        <translation>Invia tramite un account Gmail o Google Workspace: accedi con Google (API Gmail tramite HTTPS sulla porta 443, o SMTP con XOAUTH2), oppure usa una password per le app via SMTP. Google limita la quantità di email che puoi inviare.</translation>
    </message>
    <message>
        <source>For signing in from Postino, create an OAuth client of type &quot;Desktop app&quot; in your Google Cloud project (with the Gmail API enabled). WP Mail SMTP on your site needs a client of type &quot;Web application&quot; instead.</source>
        <translation>Per accedere da Postino, crea nel tuo progetto Google Cloud (con l&apos;API Gmail abilitata) un client OAuth di tipo &quot;App desktop&quot;. WP Mail SMTP sul tuo sito richiede invece un client di tipo &quot;Applicazione web&quot;.</translation>
    </message>
    <message>
        <source>How Postino signs in</source>
        <translation>Come accede Postino</translation>
    </message>
    <message>
        <source>Sign in with OAuth uses your own OAuth client and the provider&apos;s sign-in page; an app password is a separate password for this one program, sent over SMTP.</source>
        <translation>Con Accedi con OAuth usi il tuo client OAuth e la pagina di accesso del provider; la password per le app è una password separata, solo per questo programma, inviata tramite SMTP.</translation>
    </message>
    <message>
        <source>Sign in with OAuth</source>
        <translation>Accedi con OAuth</translation>
    </message>
    <message>
        <source>App password (SMTP)</source>
        <translation>Password per le app (SMTP)</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Invia tramite</translation>
    </message>
    <message>
        <source>The API works over HTTPS (port 443), which hosts rarely block; XOAUTH2 signs in to the provider&apos;s SMTP server with the same sign-in.</source>
        <translation>L&apos;API funziona tramite HTTPS (porta 443), che raramente l&apos;hosting blocca; XOAUTH2 accede al server SMTP del provider con lo stesso accesso.</translation>
    </message>
    <message>
        <source>Gmail API (HTTPS)</source>
        <translation>API Gmail (HTTPS)</translation>
    </message>
    <message>
        <source>SMTP with XOAUTH2 (smtp.gmail.com)</source>
        <translation>SMTP con XOAUTH2 (smtp.gmail.com)</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Porta di reindirizzamento</translation>
    </message>
    <message>
        <source>Leave empty to use a random free port. Clients that accept only an exact redirect address need a fixed one: enter a port here and register http://127.0.0.1:PORT/ with the client.</source>
        <translation>Lascia vuoto per usare una porta libera a caso. I client che accettano solo un indirizzo di reindirizzamento esatto ne richiedono una fissa: inserisci qui una porta e registra http://127.0.0.1:PORT/ nel client.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>Your full Gmail or Google Workspace address.</source>
        <translation>Il tuo indirizzo Gmail o Google Workspace completo.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Password per le app</translation>
    </message>
    <message>
        <source>A 16-letter app password from your Google Account (Security, 2-Step Verification, App passwords), not your normal password.</source>
        <translation>Una password per le app di 16 lettere, creata nel tuo Account Google (Sicurezza, Verifica in due passaggi, Password per le app), non la tua password normale.</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <source>587 with STARTTLS is the usual choice; 465 when your network blocks 587.</source>
        <translation>587 con STARTTLS è la scelta abituale; 465 se la tua rete blocca la 587.</translation>
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
        <translation>Invia tramite un account Microsoft 365 o Outlook.com: accedi con Microsoft (Microsoft Graph tramite HTTPS sulla porta 443, o SMTP con XOAUTH2), oppure usa una password per le app via SMTP, se la tua organizzazione consente ancora SMTP AUTH.</translation>
    </message>
    <message>
        <source>Register an app in Microsoft Entra, add the redirect URI http://127.0.0.1 (Microsoft ignores the port of loopback addresses), and copy its application (client) ID and a client secret.</source>
        <translation>Registra un&apos;app in Microsoft Entra, aggiungi l&apos;URI di reindirizzamento http://127.0.0.1 (Microsoft ignora la porta degli indirizzi di loopback) e copia l&apos;ID applicazione (client) e un segreto client.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>&quot;common&quot; for any account; &quot;organizations&quot; or your directory (tenant) ID for a work account only; &quot;consumers&quot; for Outlook.com only.</source>
        <translation>&quot;common&quot; per qualsiasi account; &quot;organizations&quot; o l&apos;ID directory (tenant) solo per un account aziendale; &quot;consumers&quot; solo per Outlook.com.</translation>
    </message>
    <message>
        <source>Microsoft Graph (HTTPS)</source>
        <translation>Microsoft Graph (HTTPS)</translation>
    </message>
    <message>
        <source>SMTP with XOAUTH2 (smtp.office365.com)</source>
        <translation>SMTP con XOAUTH2 (smtp.office365.com)</translation>
    </message>
    <message>
        <source>Your full Microsoft 365 or Outlook.com address.</source>
        <translation>Il tuo indirizzo Microsoft 365 o Outlook.com completo.</translation>
    </message>
    <message>
        <source>An app password from your Microsoft account&apos;s security settings (it needs two-step verification). Many Microsoft 365 organisations turn SMTP AUTH off: then only OAuth works.</source>
        <translation>Una password per le app creata nelle impostazioni di sicurezza del tuo account Microsoft (richiede la verifica in due passaggi). Molte organizzazioni Microsoft 365 disattivano SMTP AUTH: in quel caso funziona solo OAuth.</translation>
    </message>
    <message>
        <source>Send through a Zoho Mail account: sign in with Zoho (Zoho Mail API over HTTPS, port 443), or use an app password over SMTP. Mail always goes out from the connected account&apos;s address.</source>
        <translation>Invia tramite un account Zoho Mail: accedi con Zoho (API di Zoho Mail tramite HTTPS, porta 443), oppure usa una password per le app via SMTP. La posta parte sempre dall&apos;indirizzo dell&apos;account collegato.</translation>
    </message>
    <message>
        <source>Create a &quot;Server-based Applications&quot; client in the Zoho API Console of your region, register the redirect URI Postino shows (a fixed port), and copy its client ID and secret.</source>
        <translation>Crea un client &quot;Server-based Applications&quot; nella Zoho API Console della tua regione, registra l&apos;URI di reindirizzamento indicato da Postino (con una porta fissa) e copia l&apos;ID client e il segreto client.</translation>
    </message>
    <message>
        <source>Canada (zohocloud.ca)</source>
        <translation>Canada (zohocloud.ca)</translation>
    </message>
    <message>
        <source>Saudi Arabia (zoho.sa)</source>
        <translation>Arabia Saudita (zoho.sa)</translation>
    </message>
    <message>
        <source>China (zoho.com.cn)</source>
        <translation>Cina (zoho.com.cn)</translation>
    </message>
    <message>
        <source>Your full Zoho Mail address.</source>
        <translation>Il tuo indirizzo Zoho Mail completo.</translation>
    </message>
    <message>
        <source>An application-specific password from Zoho Accounts (Security, App Passwords); with two-factor authentication on, your normal password is refused.</source>
        <translation>Una password specifica per l&apos;applicazione, creata in Zoho Accounts (Sicurezza, App Passwords); con l&apos;autenticazione a due fattori attiva, la tua password normale viene rifiutata.</translation>
    </message>
    <message>
        <source>The SMTP password of Amazon SES is derived from the secret access key for the chosen region. It works only if the key belongs to an IAM user that may send email with SES.</source>
        <translation>La password SMTP di Amazon SES viene ricavata dalla chiave di accesso segreta per la regione scelta. Funziona solo se la chiave appartiene a un utente IAM autorizzato a inviare email con SES.</translation>
    </message>
    <message>
        <source>Microsoft 365: many organisations turn SMTP AUTH off (reply 535 5.7.139); then ask the administrator to allow it for this mailbox, or use OAuth.</source>
        <translation>Microsoft 365: molte organizzazioni disattivano SMTP AUTH (risposta 535 5.7.139); in quel caso chiedi all&apos;amministratore di abilitarlo per questa casella di posta, oppure usa OAuth.</translation>
    </message>
    <message>
        <source>SparkPost accepts an API key as SMTP password only if the key has the &quot;Send via SMTP&quot; permission.</source>
        <translation>SparkPost accetta una chiave API come password SMTP solo se la chiave ha il permesso &quot;Send via SMTP&quot;.</translation>
    </message>
    <message>
        <source>Mailtrap</source>
        <translation>Mailtrap</translation>
    </message>
    <message>
        <source>An email sending service for developers with a free plan for small sites. It sends over HTTPS (port 443), so blocked SMTP ports do not matter.</source>
        <translation>Un servizio di invio email pensato per sviluppatori, con un piano gratuito per i siti piccoli. Invia tramite HTTPS (porta 443), quindi le porte SMTP bloccate non sono un problema.</translation>
    </message>
    <message>
        <source>Create an API token under Settings &gt; API Tokens in Mailtrap. It needs Admin access to your sending domain.</source>
        <translation>Crea un token API in Mailtrap, in Settings &gt; API Tokens. Deve avere accesso Admin al tuo dominio di invio.</translation>
    </message>
    <message>
        <source>An API token from your Mailtrap account with Admin access to the sending domain. It is also the password of Mailtrap&apos;s SMTP relay.</source>
        <translation>Un token API del tuo account Mailtrap con accesso Admin al dominio di invio. È anche la password del relay SMTP di Mailtrap.</translation>
    </message>
    <message>
        <source>Two CNAME records, rwmt1._domainkey and rwmt2._domainkey, pointing to rwmt1.dkim.smtp.mailtrap.live and rwmt2.dkim.smtp.mailtrap.live; Mailtrap shows them when you add your domain.</source>
        <translation>Due record CNAME, rwmt1._domainkey e rwmt2._domainkey, che puntano a rwmt1.dkim.smtp.mailtrap.live e rwmt2.dkim.smtp.mailtrap.live; Mailtrap li mostra quando aggiungi il tuo dominio.</translation>
    </message>
    <message>
        <source>WP Mail SMTP has no Mailtrap mailer: WordPress sends through Mailtrap&apos;s SMTP relay (live.smtp.mailtrap.io, user api, the API token as password).</source>
        <translation>WP Mail SMTP non ha un servizio di invio Mailtrap: WordPress invia tramite il relay SMTP di Mailtrap (live.smtp.mailtrap.io, utente api, il token API come password).</translation>
    </message>
    <message>
        <source>A CNAME record with a short name that Mailtrap chooses, pointing to smtp.mailtrap.live.</source>
        <translation>Un record CNAME con un nome breve scelto da Mailtrap, che punta a smtp.mailtrap.live.</translation>
    </message>
    <message>
        <source>Mailtrap&apos;s SMTP relay signs in with the user name api and the API token as the password.</source>
        <translation>Il relay SMTP di Mailtrap accetta l&apos;accesso con il nome utente api e il token API come password.</translation>
    </message>
    <message>
        <source>If Google warns that the app is not verified, click &quot;Advanced&quot; and continue: the app is your own OAuth client. For a Workspace account, the administrator may have to allow the app.</source>
        <translation>Se Google avvisa che l&apos;app non è verificata, fai clic su &quot;Avanzate&quot; e continua: l&apos;app è il tuo client OAuth. Per un account Workspace, potrebbe essere necessario che l&apos;amministratore consenta l&apos;app.</translation>
    </message>
    <message>
        <source>Google ends sign-ins after 7 days while the OAuth consent screen is in &quot;Testing&quot;; publish the app to keep it.</source>
        <translation>Google fa scadere gli accessi dopo 7 giorni finché la schermata di consenso OAuth è in stato &quot;Test&quot;; pubblica l&apos;app perché l&apos;accesso resti valido.</translation>
    </message>
    <message>
        <source>Use an OAuth client of type &quot;Desktop app&quot; for Postino: it accepts http://127.0.0.1 on any port. A &quot;Web application&quot; client accepts only the exact addresses listed under &quot;Authorized redirect URIs&quot;.</source>
        <translation>Per Postino usa un client OAuth di tipo &quot;App desktop&quot;: accetta http://127.0.0.1 su qualsiasi porta. Un client &quot;Applicazione web&quot; accetta solo gli indirizzi esatti elencati in &quot;URI di reindirizzamento autorizzati&quot;.</translation>
    </message>
    <message>
        <source>To keep a &quot;Web application&quot; client, set a fixed Redirect port and add http://127.0.0.1:PORT/ to its authorized redirect URIs.</source>
        <translation>Per continuare a usare un client &quot;Applicazione web&quot;, imposta una porta fissa nel campo Porta di reindirizzamento e aggiungi http://127.0.0.1:PORT/ ai suoi URI di reindirizzamento autorizzati.</translation>
    </message>
    <message>
        <source>Check that the client still exists and is enabled in the Google Cloud console.</source>
        <translation>Verifica che il client esista ancora e sia abilitato nella console di Google Cloud.</translation>
    </message>
    <message>
        <source>Enable the Gmail API in the client&apos;s Google Cloud project.</source>
        <translation>Abilita l&apos;API Gmail nel progetto Google Cloud del client.</translation>
    </message>
    <message>
        <source>Postino forgot the sign-in. Microsoft has no way for an app to give its access back.</source>
        <translation>Postino ha dimenticato l&apos;accesso. Microsoft non offre alle app un modo per rinunciare da sé all&apos;accesso ricevuto.</translation>
    </message>
    <message>
        <source>To end it everywhere, remove the app under &quot;Apps&quot; at https://myapps.microsoft.com (work accounts) or https://account.live.com/consent/Manage (personal accounts).</source>
        <translation>Per revocarlo ovunque, rimuovi l&apos;app nella sezione &quot;App&quot; su https://myapps.microsoft.com (account aziendali) o su https://account.live.com/consent/Manage (account personali).</translation>
    </message>
    <message>
        <source>In Microsoft Entra, open the app&apos;s Authentication page and add the redirect URI http://127.0.0.1 under &quot;Mobile and desktop applications&quot; (or &quot;Web&quot;); Microsoft ignores the port of loopback addresses.</source>
        <translation>In Microsoft Entra, apri la pagina Autenticazione dell&apos;app e aggiungi l&apos;URI di reindirizzamento http://127.0.0.1 in &quot;Applicazioni per dispositivi mobili e desktop&quot; (o &quot;Web&quot;); Microsoft ignora la porta degli indirizzi di loopback.</translation>
    </message>
    <message>
        <source>Microsoft refuses a client secret for an app registered as a public client (&quot;Allow public client flows&quot;): leave the secret empty then, or register the redirect under &quot;Web&quot;.</source>
        <translation>Microsoft rifiuta un segreto client per un&apos;app registrata come client pubblico (&quot;Consenti flussi client pubblici&quot;): in quel caso lascia vuoto il segreto, oppure registra il reindirizzamento in &quot;Web&quot;.</translation>
    </message>
    <message>
        <source>Zoho keeps clients per data centre: pick the Region in which you created the client.</source>
        <translation>Zoho gestisce i client separatamente per ogni data center: nel campo Regione scegli quella in cui hai creato il client.</translation>
    </message>
    <message>
        <source>Use an app password if the account has two-step verification, and make sure IMAP access is turned on in the mailbox settings.</source>
        <translation>Usa una password per le app se l&apos;account ha la verifica in due passaggi, e assicurati che l&apos;accesso IMAP sia attivato nelle impostazioni della casella di posta.</translation>
    </message>
    <message>
        <source>Microsoft turned off password logins for IMAP on most accounts; it may only work with an OAuth token.</source>
        <translation>Microsoft ha disattivato l&apos;accesso IMAP con password sulla maggior parte degli account; potrebbe funzionare solo con un token OAuth.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password, and the user name without @icloud.com.</source>
        <translation>iCloud richiede una password specifica per app e il nome utente senza @icloud.com.</translation>
    </message>
    <message>
        <source>Fastmail needs an app password for SMTP; the normal account password does not work there.</source>
        <translation>Per l&apos;SMTP Fastmail richiede una password per le app: lì la normale password dell&apos;account non funziona.</translation>
    </message>
    <message>
        <source>Proton Mail accepts SMTP only with an SMTP token, on business plans and on Visionary and Family plans with a custom domain; other plans cannot send from a website.</source>
        <translation>Proton Mail accetta l&apos;SMTP solo con un token SMTP, sui piani business e sui piani Visionary e Family con un dominio personalizzato; con gli altri piani non si può inviare da un sito web.</translation>
    </message>
    <message>
        <source>GoDaddy&apos;s shared hosting blocks outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>L&apos;hosting condiviso di GoDaddy blocca le connessioni SMTP in uscita: la scelta affidabile è un servizio di invio via API, che passa per HTTPS.</translation>
    </message>
    <message>
        <source>HostGator&apos;s shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>I piani condivisi di HostGator bloccano le connessioni SMTP in uscita: la scelta affidabile è un servizio di invio via API, che passa per HTTPS.</translation>
    </message>
    <message>
        <source>Bluehost&apos;s basic shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>I piani condivisi base di Bluehost bloccano le connessioni SMTP in uscita: la scelta affidabile è un servizio di invio via API, che passa per HTTPS.</translation>
    </message>
    <message>
        <source>InMotion&apos;s shared plans block outgoing SMTP connections, so an API mailer that sends over HTTPS is the reliable choice.</source>
        <translation>I piani condivisi di InMotion bloccano le connessioni SMTP in uscita: la scelta affidabile è un servizio di invio via API, che passa per HTTPS.</translation>
    </message>
    <message>
        <source>Linode restricts outgoing ports 25, 465 and 587 on new accounts until its support lifts the restriction.</source>
        <translation>Linode limita le porte in uscita 25, 465 e 587 sui nuovi account, finché il suo supporto non toglie la limitazione.</translation>
    </message>
    <message>
        <source>Amazon EC2 restricts outgoing port 25 by default; ports 465 and 587 or an API mailer are not affected.</source>
        <translation>Amazon EC2 limita la porta 25 in uscita per impostazione predefinita; le porte 465 e 587 e i servizi di invio via API non ne risentono.</translation>
    </message>
    <message>
        <source>Google Cloud always blocks outgoing port 25; ports 465 and 587 or an API mailer still work.</source>
        <translation>Google Cloud blocca sempre la porta 25 in uscita; le porte 465 e 587 e i servizi di invio via API funzionano comunque.</translation>
    </message>
    <message>
        <source>Hetzner Cloud blocks outgoing ports 25 and 465 by default; port 587 or an API mailer still work.</source>
        <translation>Hetzner Cloud blocca per impostazione predefinita le porte in uscita 25 e 465; la porta 587 e i servizi di invio via API funzionano comunque.</translation>
    </message>
    <message>
        <source>DKIM was not checked.</source>
        <translation>Il DKIM non è stato controllato.</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>Il DMARC non è stato controllato.</translation>
    </message>
    <message>
        <source>Alignment could not be judged without SPF, DKIM and DMARC answers.</source>
        <translation>Non è stato possibile valutare l&apos;allineamento senza le risposte di SPF, DKIM e DMARC.</translation>
    </message>
    <message>
        <source>Reverse DNS was not checked: Postino only checks the servers it knows send your mail (an SMTP server you set, or your website&apos;s server with --site).</source>
        <translation>Il DNS inverso non è stato controllato: Postino controlla solo i server da cui sa che parte la tua posta (un server SMTP che hai impostato, oppure il server del tuo sito web con --site).</translation>
    </message>
    <message>
        <source>Your mail leaves from the mailer&apos;s own servers; their reverse DNS is the mailer&apos;s to keep, and Postino did not check it.</source>
        <translation>La tua posta parte dai server del servizio di invio; il loro DNS inverso è compito del servizio di invio, e Postino non l&apos;ha controllato.</translation>
    </message>
    <message>
        <source>No blocklist was asked: Postino only checks the servers it knows send your mail (an SMTP server you set, or your website&apos;s server with --site).</source>
        <translation>Nessuna lista di blocco è stata interrogata: Postino controlla solo i server da cui sa che parte la tua posta (un server SMTP che hai impostato, oppure il server del tuo sito web con --site).</translation>
    </message>
    <message>
        <source>Your mail leaves from the mailer&apos;s own servers; their reputation is the mailer&apos;s to keep, and Postino did not check it.</source>
        <translation>La tua posta parte dai server del servizio di invio; la loro reputazione è compito del servizio di invio, e Postino non l&apos;ha controllata.</translation>
    </message>
    <message>
        <source>How the message is handed over was not known.</source>
        <translation>Non si sa come viene trasmesso il messaggio.</translation>
    </message>
    <message>
        <source>No test message has been checked yet: send the test email.</source>
        <translation>Nessun messaggio di prova è stato ancora controllato: invia l&apos;email di prova.</translation>
    </message>
    <message>
        <source>Whether the From domain receives mail was not checked.</source>
        <translation>Non è stato controllato se il dominio del mittente riceve posta.</translation>
    </message>
    <message>
        <source>Only the provider can see it: Google Postmaster Tools, Yahoo Sender Hub and Microsoft SNDS show your rate.</source>
        <translation>Solo il provider può vederlo: Google Postmaster Tools, Yahoo Sender Hub e Microsoft SNDS mostrano il tuo tasso di segnalazioni.</translation>
    </message>
    <message>
        <source>Applies to marketing and subscribed mail: add a List-Unsubscribe header with one-click (RFC 8058) there. A site&apos;s notifications, orders and password resets need none.</source>
        <translation>Vale per le email di marketing e per quelle a cui ci si iscrive: lì aggiungi un&apos;intestazione List-Unsubscribe con disiscrizione in un clic (RFC 8058). Le notifiche di un sito, gli ordini e i ripristini della password non ne hanno bisogno.</translation>
    </message>
    <message>
        <source>SPF or DKIM passes for your domain</source>
        <translation>SPF o DKIM superato per il tuo dominio</translation>
    </message>
    <message>
        <source>Both SPF and DKIM pass</source>
        <translation>SPF e DKIM entrambi superati</translation>
    </message>
    <message>
        <source>SPF passes</source>
        <translation>SPF superato</translation>
    </message>
    <message>
        <source>DKIM passes</source>
        <translation>DKIM superato</translation>
    </message>
    <message>
        <source>A DMARC record is published (p=none at least)</source>
        <translation>Record DMARC pubblicato (almeno p=none)</translation>
    </message>
    <message>
        <source>DMARC passes: SPF or DKIM lines up with the From domain</source>
        <translation>DMARC superato: SPF o DKIM allineato con il dominio del mittente</translation>
    </message>
    <message>
        <source>Sending servers have forward-confirmed reverse DNS</source>
        <translation>Server di invio con DNS inverso confermato (forward-confirmed)</translation>
    </message>
    <message>
        <source>Mail is handed over with TLS</source>
        <translation>Posta trasmessa con TLS</translation>
    </message>
    <message>
        <source>Messages follow RFC 5322</source>
        <translation>Messaggi conformi all&apos;RFC 5322</translation>
    </message>
    <message>
        <source>Spam complaint rate below 0.3%</source>
        <translation>Tasso di segnalazioni di spam sotto lo 0,3%</translation>
    </message>
    <message>
        <source>One-click unsubscribe on marketing mail</source>
        <translation>Disiscrizione in un clic nelle email di marketing</translation>
    </message>
    <message>
        <source>The From address can receive replies</source>
        <translation>Indirizzo del mittente in grado di ricevere risposte</translation>
    </message>
    <message>
        <source>Sending servers are not on public blocklists</source>
        <translation>Server di invio assenti dalle liste di blocco pubbliche</translation>
    </message>
    <message>
        <source>senders under 5,000 messages a day</source>
        <translation>mittenti sotto i 5.000 messaggi al giorno</translation>
    </message>
    <message>
        <source>bulk senders (5,000 or more messages a day)</source>
        <translation>mittenti di grandi volumi (5.000 o più messaggi al giorno)</translation>
    </message>
    <message>
        <source>all senders</source>
        <translation>tutti i mittenti</translation>
    </message>
    <message>
        <source>bulk senders</source>
        <translation>mittenti di grandi volumi</translation>
    </message>
    <message>
        <source>senders of more than 5,000 messages a day (rejected with 550 5.7.515)</source>
        <translation>mittenti di oltre 5.000 messaggi al giorno (rifiutati con 550 5.7.515)</translation>
    </message>
    <message>
        <source>200 free emails</source>
        <translation>200 email gratuite</translation>
    </message>
    <message>
        <source>Whether SPF passes could not be told: Postino knows no address your mail leaves from (set the SMTP server, or give one with postino-cli dns --ip).</source>
        <translation>Non si può dire se SPF passa: Postino non conosce alcun indirizzo da cui parte la tua posta (imposta il server SMTP, oppure indicane uno con postino-cli dns --ip).</translation>
    </message>
</context>
<context>
    <name>DeliveryAuth</name>
    <message>
        <source>The receiving mailbox added no Authentication-Results of its own, so Postino cannot say how it judged SPF, DKIM and DMARC.</source>
        <translation>La casella di posta del destinatario non ha aggiunto una propria intestazione Authentication-Results, quindi Postino non può dire come ha valutato SPF, DKIM e DMARC.</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s) from other servers (%1) were ignored: anyone on the way can write one.</source>
        <translation>
            <numerusform>È stata ignorata %n intestazione di altri server (%1): chiunque lungo il percorso può scriverne una.</numerusform>
            <numerusform>Sono state ignorate %n intestazioni di altri server (%1): chiunque lungo il percorso può scriverne una.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS checks on the Checks page still show whether SPF, DKIM and DMARC are published for %1.</source>
        <translation>I controlli DNS nella pagina Controlli mostrano comunque se SPF, DKIM e DMARC sono pubblicati per %1.</translation>
    </message>
    <message>
        <source>%1 reported no %2 result.</source>
        <translation>%2: %1 non ha indicato alcun risultato.</translation>
    </message>
    <message>
        <source>%1: %2 (as judged by %3).</source>
        <translation>%1: %2 (secondo %3).</translation>
    </message>
    <message>
        <source>%1: %2, as judged by %3.</source>
        <translation>%1: %2, secondo %3.</translation>
    </message>
    <message>
        <source>Reason given: %1.</source>
        <translation>Motivo indicato: %1.</translation>
    </message>
    <message>
        <source>Fix %1 for %2</source>
        <translation>Sistema %1 per %2</translation>
    </message>
    <message>
        <source>The SPF record of %1 must allow the servers your mailer sends from; the DNS check on the Checks page (or postino-cli dns) shows the record to publish.</source>
        <translation>Il record SPF di %1 deve autorizzare i server da cui invia il tuo servizio di invio; il controllo DNS nella pagina Controlli (o postino-cli dns) mostra il record da pubblicare.</translation>
    </message>
    <message>
        <source>With an API mailer, also check that the mailer&apos;s return-path (bounce) domain is set up.</source>
        <translation>Con un servizio di invio via API, verifica anche che il dominio di return-path (bounce) del servizio sia configurato.</translation>
    </message>
    <message>
        <source>Publish the DKIM key your mailer gives you for %1; the DNS check lists the selector and the record to add.</source>
        <translation>Pubblica la chiave DKIM che il tuo servizio di invio ti fornisce per %1; il controllo DNS indica il selettore e il record da aggiungere.</translation>
    </message>
    <message>
        <source>A &quot;fail&quot; with the key published usually means the message was changed on the way, or the key in DNS is an old one.</source>
        <translation>Un risultato &quot;fail&quot; con la chiave pubblicata di solito significa che il messaggio è stato modificato lungo il percorso, oppure che la chiave nel DNS è vecchia.</translation>
    </message>
    <message>
        <source>DMARC passes when SPF or DKIM passes for a domain aligned with the From address %1.</source>
        <translation>Il DMARC viene superato quando SPF o DKIM vengono superati per un dominio allineato con quello dell&apos;indirizzo del mittente, %1.</translation>
    </message>
    <message>
        <source>Fix SPF or DKIM first; the DNS check shows the DMARC record of %1.</source>
        <translation>Correggi prima SPF o DKIM; il controllo DNS mostra il record DMARC di %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n Authentication-Results header(s) from other servers were ignored; only the receiving provider&apos;s own counts.</source>
        <translation>
            <numerusform>È stata ignorata %n intestazione Authentication-Results di altri server; conta solo quella del provider che riceve il messaggio.</numerusform>
            <numerusform>Sono state ignorate %n intestazioni Authentication-Results di altri server; conta solo quella del provider che riceve il messaggio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The receiving server reported no %1 result.</source>
        <translation>Il server ricevente non ha riportato alcun risultato %1.</translation>
    </message>
    <message>
        <source>%1: %2 (as judged by the receiving server).</source>
        <translation>%1: %2 (secondo il server di destinazione).</translation>
    </message>
    <message>
        <source>%1: %2, as judged by the receiving server.</source>
        <translation>%1: %2, secondo il server di destinazione.</translation>
    </message>
    <message>
        <source>a comment or quoted string is not closed</source>
        <translation>un commento o un testo tra virgolette non è chiuso</translation>
    </message>
    <message>
        <source>the header names no receiving server (authserv-id)</source>
        <translation>l&apos;intestazione non indica il server che l&apos;ha ricevuta (authserv-id)</translation>
    </message>
    <message>
        <source>Check the domain&apos;s records</source>
        <translation>Controlla i record del dominio</translation>
    </message>
</context>
<context>
    <name>DeliveryVerifier</name>
    <message>
        <source>An SMTP server does not tell anyone what happened to a message after it accepted it, so Postino cannot ask whether it was delivered.</source>
        <translation>Un server SMTP non comunica a nessuno che cosa è successo a un messaggio dopo averlo accettato, quindi Postino non può chiedere se è stato consegnato.</translation>
    </message>
    <message>
        <source>%1 has no delivery status API that Postino can ask, so whether the message was delivered cannot be checked here.</source>
        <translation>%1 non ha un&apos;API sullo stato di consegna che Postino possa interrogare, quindi da qui non è possibile verificare se il messaggio è stato consegnato.</translation>
    </message>
    <message>
        <source>Let Postino look in the recipient&apos;s mailbox (IMAP) to see whether it arrived.</source>
        <translation>Lascia che Postino controlli la casella di posta del destinatario (IMAP) per vedere se il messaggio è arrivato.</translation>
    </message>
    <message>
        <source>The provider&apos;s own dashboard or log shows what happened to the message.</source>
        <translation>Il pannello di controllo o il registro del provider mostra che cosa è successo al messaggio.</translation>
    </message>
    <message>
        <source>%1 gave no message id, so its status API cannot be asked about this message.</source>
        <translation>%1 non ha fornito un ID del messaggio, quindi non è possibile interrogare la sua API di stato su questo messaggio.</translation>
    </message>
    <message>
        <source>Stopped asking %1 about the message.</source>
        <translation>Interrotte le richieste a %1 sul messaggio.</translation>
    </message>
    <message>
        <source>Postino only talks to email APIs over HTTPS.</source>
        <translation>Postino comunica con le API email solo tramite HTTPS.</translation>
    </message>
    <message>
        <source>%1 did not let this key read the message&apos;s status (HTTP %2).</source>
        <translation>%1 non ha consentito a questa chiave di leggere lo stato del messaggio (HTTP %2).</translation>
    </message>
    <message>
        <source>Give the API key read access to events or activity, or check the message in the provider&apos;s dashboard.</source>
        <translation>Concedi alla chiave API l&apos;accesso in lettura agli eventi o all&apos;attività, oppure controlla il messaggio nel pannello di controllo del provider.</translation>
    </message>
    <message>
        <source>SendGrid shows a message&apos;s status over its API only with the paid Email Activity add-on, and with a key that has Email Activity access.</source>
        <translation>SendGrid mostra lo stato di un messaggio tramite la sua API solo con il componente aggiuntivo a pagamento Email Activity e con una chiave che ha accesso a Email Activity.</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Impossibile leggere lo stato</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in a form Postino does not know.</source>
        <translation>%1 ha risposto con HTTP %2 in un formato che Postino non conosce.</translation>
    </message>
    <message>
        <source>%1 says the receiving server accepted the message.</source>
        <translation>Secondo %1 il server di destinazione ha accettato il messaggio.</translation>
    </message>
    <message>
        <source>%1 says the receiving server accepted the message: %2</source>
        <translation>Secondo %1 il server di destinazione ha accettato il messaggio: %2</translation>
    </message>
    <message>
        <source>%1 says the receiving server refused the message for good: %2</source>
        <translation>Secondo %1 il server di destinazione ha rifiutato definitivamente il messaggio: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>The message bounced</source>
        <translation>Il messaggio è stato respinto</translation>
    </message>
    <message>
        <source>Check the recipient address for typos.</source>
        <translation>Controlla che l&apos;indirizzo del destinatario non contenga errori di battitura.</translation>
    </message>
    <message>
        <source>A bounce that mentions SPF, DKIM, DMARC or &quot;policy&quot; means the From domain is not authenticated: run the DNS checks on the Checks page.</source>
        <translation>Se il messaggio di mancato recapito (bounce) cita SPF, DKIM, DMARC o &quot;policy&quot;, il dominio del mittente non è autenticato: esegui i controlli DNS nella pagina Controlli.</translation>
    </message>
    <message>
        <source>The provider may now suppress this address: remove it from its suppression list before testing again.</source>
        <translation>Ora il provider potrebbe escludere questo indirizzo dagli invii: rimuovilo dalla sua lista di soppressione prima di riprovare.</translation>
    </message>
    <message>
        <source>The provider held the message back</source>
        <translation>Il provider ha trattenuto il messaggio</translation>
    </message>
    <message>
        <source>Check the provider&apos;s suppression or block list for the recipient.</source>
        <translation>Controlla se il destinatario è nella lista di soppressione o di blocco del provider.</translation>
    </message>
    <message>
        <source>Check that the From address&apos;s domain is verified with the provider.</source>
        <translation>Verifica che il dominio dell&apos;indirizzo del mittente sia verificato presso il provider.</translation>
    </message>
    <message>
        <source>%1 could not deliver the message yet; the receiving server deferred it: %2. It keeps trying.</source>
        <translation>%1 non è ancora riuscito a consegnare il messaggio; il server di destinazione lo ha rimandato: %2. I tentativi continuano.</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>La consegna è in ritardo</translation>
    </message>
    <message>
        <source>Temporary refusals often clear within an hour (greylisting, rate limits).</source>
        <translation>I rifiuti temporanei spesso si risolvono entro un&apos;ora (greylisting, limiti di invio).</translation>
    </message>
    <message>
        <source>If it mentions authentication or reputation, run the DNS checks.</source>
        <translation>Se il messaggio parla di autenticazione o di reputazione, esegui i controlli DNS.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still had the message queued after %n second(s).</source>
        <translation>
            <numerusform>Dopo %n secondo, %1 aveva ancora il messaggio in coda.</numerusform>
            <numerusform>Dopo %n secondi, %1 aveva ancora il messaggio in coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the message in the provider&apos;s dashboard a little later.</source>
        <translation>Controlla il messaggio nel pannello di controllo del provider tra un po&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reported nothing about the message within %n second(s).</source>
        <translation>
            <numerusform>%1 non ha comunicato nulla sul messaggio entro %n secondo.</numerusform>
            <numerusform>%1 non ha comunicato nulla sul messaggio entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers can take a few minutes to list a message; look in its dashboard later.</source>
        <translation>I provider possono impiegare qualche minuto per mostrare un messaggio; controlla più tardi nel pannello di controllo.</translation>
    </message>
    <message>
        <source>Accepted by %1 (it gave no message id).</source>
        <translation>Accettato da %1 (senza ID del messaggio).</translation>
    </message>
    <message>
        <source>Accepted by %1, message id %2.</source>
        <translation>Accettato da %1, ID del messaggio %2.</translation>
    </message>
    <message>
        <source>%1 has the message queued…</source>
        <translation>%1 ha il messaggio in coda…</translation>
    </message>
    <message>
        <source>%1 reports a delay; still asking…</source>
        <translation>%1 segnala un ritardo; le richieste continuano…</translation>
    </message>
    <message>
        <source>Asking %1 whether the message was delivered…</source>
        <translation>Richiesta a %1 sull&apos;avvenuta consegna del messaggio…</translation>
    </message>
    <message>
        <source>It landed in spam</source>
        <translation>È finita nello spam</translation>
    </message>
    <message>
        <source>Spam filters trust mail whose SPF, DKIM and DMARC pass: see the results below and the DNS checks.</source>
        <translation>I filtri antispam si fidano della posta che supera SPF, DKIM e DMARC: guarda i risultati qui sotto e i controlli DNS.</translation>
    </message>
    <message>
        <source>Mark it as &quot;not spam&quot; to teach this mailbox, but fix authentication for everyone else.</source>
        <translation>Segnalala come &quot;non spam&quot; per istruire questa casella di posta, ma sistema l&apos;autenticazione per tutti gli altri destinatari.</translation>
    </message>
    <message numerus="yes">
        <source>The test email was not found in %1 after %n second(s) (searched: %2).</source>
        <translation>
            <numerusform>Dopo %n secondo l&apos;email di prova non è stata trovata in %1 (ricerca in: %2).</numerusform>
            <numerusform>Dopo %n secondi l&apos;email di prova non è stata trovata in %1 (ricerca in: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not arrived</source>
        <translation>Non è arrivata</translation>
    </message>
    <message>
        <source>Check that the IMAP account is the mailbox the test was sent to.</source>
        <translation>Verifica che l&apos;account IMAP sia la casella di posta a cui è stata inviata la prova.</translation>
    </message>
    <message>
        <source>The receiving server may still be holding it back (greylisting); try again in a few minutes.</source>
        <translation>Il server di destinazione potrebbe ancora trattenerla (greylisting); riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>If the provider reports it delivered, the receiving side filtered it out: check its quarantine and the DNS checks.</source>
        <translation>Se il provider la indica come consegnata, è stata filtrata dal lato del destinatario: controlla la quarantena e i controlli DNS.</translation>
    </message>
    <message>
        <source>Looking up the DNS records of %1 to see what to fix…</source>
        <translation>Controllo i record DNS di %1 per capire cosa correggere…</translation>
    </message>
    <message>
        <source>The DNS records of %1 look right from here; if they were changed recently, the receiver may still have the old ones cached.</source>
        <translation>Da qui i record DNS di %1 sembrano corretti; se li hai modificati da poco, il server ricevente potrebbe avere ancora in memoria quelli vecchi.</translation>
    </message>
    <message>
        <source>%1 did not send the message (rejected, blocked or suppressed).</source>
        <translation>%1 non ha inviato il messaggio (rifiutato, bloccato o soppresso).</translation>
    </message>
    <message>
        <source>%1 did not send the message (rejected, blocked or suppressed): %2</source>
        <translation>%1 non ha inviato il messaggio (rifiutato, bloccato o soppresso): %2</translation>
    </message>
    <message>
        <source>The test email arrived, but in the spam folder &quot;%1&quot;, %2 s after it was sent.</source>
        <translation>L&apos;email di prova è arrivata, ma nella cartella spam &quot;%1&quot;, %2 s dopo l&apos;invio.</translation>
    </message>
    <message>
        <source>The test email arrived, but in the spam folder &quot;%1&quot;.</source>
        <translation>L&apos;email di prova è arrivata, ma nella cartella spam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The test email arrived in &quot;%1&quot;, %2 s after it was sent.</source>
        <translation>L&apos;email di prova è arrivata in &quot;%1&quot;, %2 s dopo l&apos;invio.</translation>
    </message>
    <message>
        <source>The test email arrived in &quot;%1&quot;.</source>
        <translation>L&apos;email di prova è arrivata in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Look the message up in the provider&apos;s dashboard</source>
        <translation>Cerca il messaggio nel pannello di controllo del provider</translation>
    </message>
    <message>
        <source>The message may well be fine; Postino only cannot read this answer. Please report it to Postino&apos;s developers with the transcript.</source>
        <translation>Il messaggio potrebbe essere a posto: è Postino che non sa leggere questa risposta. Segnalala agli sviluppatori di Postino, allegando la trascrizione.</translation>
    </message>
    <message>
        <source>the answer was larger than %1 bytes</source>
        <translation>la risposta superava i %1 byte</translation>
    </message>
    <message>
        <source>Postino could not check the message&apos;s status: %1&apos;s status API did not answer in time or could not be reached (%2).</source>
        <translation>Postino non è riuscito a verificare lo stato del messaggio: l&apos;API di stato di %1 non ha risposto in tempo o non era raggiungibile (%2).</translation>
    </message>
    <message>
        <source>The status could not be checked</source>
        <translation>Impossibile verificare lo stato</translation>
    </message>
    <message>
        <source>The message may well be fine: look it up in the provider&apos;s dashboard or log.</source>
        <translation>Il messaggio potrebbe essere stato consegnato senza problemi: cercalo nella dashboard o nel registro del provider.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps failing, a firewall or proxy may be slowing or blocking HTTPS to %1.</source>
        <translation>Riprova più tardi; se continua a non riuscire, un firewall o un proxy potrebbe rallentare o bloccare le connessioni HTTPS verso %1.</translation>
    </message>
    <message>
        <source>Look the message up in %1&apos;s dashboard</source>
        <translation>Cerca il messaggio nella dashboard di %1</translation>
    </message>
    <message>
        <source>Open %1&apos;s activity or logs page and search for the recipient&apos;s address.</source>
        <translation>Apri la pagina delle attività o dei log di %1 e cerca l&apos;indirizzo del destinatario.</translation>
    </message>
    <message>
        <source>Check the API address</source>
        <translation>Controlla l&apos;indirizzo dell&apos;API</translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; leave the API address setting empty for the default.</source>
        <translation>Usa l&apos;indirizzo https:// del provider; lascia vuota l&apos;impostazione dell&apos;indirizzo API per usare quello predefinito.</translation>
    </message>
    <message>
        <source>Look again a little later</source>
        <translation>Controlla di nuovo tra poco</translation>
    </message>
</context>
<context>
    <name>Discover</name>
    <message>
        <source>“%1” has no domain Postino can look up.</source>
        <translation>“%1” non contiene un dominio che Postino possa cercare.</translation>
    </message>
    <message>
        <source>Type the whole From address</source>
        <translation>Scrivi l&apos;indirizzo del mittente completo</translation>
    </message>
    <message>
        <source>Discovery starts from the part after the @, for example you@example.com.</source>
        <translation>La ricerca parte da ciò che segue la @, come in nome@example.com.</translation>
    </message>
    <message>
        <source>Looking up %1 in DNS and asking it for its mail settings…</source>
        <translation>Ricerca di %1 nel DNS e richiesta delle sue impostazioni di posta…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n mail server(s)…</source>
        <translation>
            <numerusform>Verifica di %n server di posta…</numerusform>
            <numerusform>Verifica di %n server di posta…</numerusform>
        </translation>
    </message>
    <message>
        <source>answers with a valid certificate (%1) and offers sign-in (%2)</source>
        <translation>risponde con un certificato valido (%1) e offre l&apos;accesso (%2)</translation>
    </message>
    <message>
        <source>answers with a valid certificate but offers no sign-in</source>
        <translation>risponde con un certificato valido ma non offre l&apos;accesso</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n submission server(s) found for %1 could be verified from this computer.</source>
        <translation>
            <numerusform>Da questo computer non è stato possibile verificare %n server di invio trovato per %1.</numerusform>
            <numerusform>Da questo computer non è stato possibile verificare nessuno dei %n server di invio trovati per %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the servers from where the site runs</source>
        <translation>Verifica i server dal luogo in cui è ospitato il sito</translation>
    </message>
    <message>
        <source>This network may block mail ports: run postino-cli discover on the web server, or test from your web server on the Checks page.</source>
        <translation>Questa rete potrebbe bloccare le porte di posta: esegui postino-cli discover sul server web, oppure fai la verifica dal tuo server web nella pagina Controlli.</translation>
    </message>
    <message>
        <source>Or choose a mailer with an HTTPS API, which needs no mail port.</source>
        <translation>Oppure scegli un servizio di invio con un&apos;API HTTPS, che non ha bisogno di porte di posta.</translation>
    </message>
    <message>
        <source>Suggested mailer: %1. %2</source>
        <translation>Servizio di invio consigliato: %1. %2</translation>
    </message>
    <message>
        <source>Your domain already authorises %1: %2.</source>
        <translation>Il tuo dominio autorizza già %1: %2.</translation>
    </message>
    <message>
        <source>Your mailboxes are on %1 (%2): %3 sends as your own account.</source>
        <translation>Le tue caselle di posta sono su %1 (%2): %3 invia con il tuo stesso account.</translation>
    </message>
    <message>
        <source>the probe did not run.</source>
        <translation>la verifica non è stata eseguita.</translation>
    </message>
    <message>
        <source>blocks SMTP ports %1 by default</source>
        <translation>blocca per impostazione predefinita le porte SMTP %1</translation>
    </message>
    <message>
        <source>blocks SMTP ports %1</source>
        <translation>blocca le porte SMTP %1</translation>
    </message>
    <message>
        <source>Your site is likely on %1 (%2), which %3: use a mailer with an HTTPS API.</source>
        <translation>Il tuo sito è probabilmente ospitato da %1 (%2), che %3: usa un servizio di invio con un&apos;API HTTPS.</translation>
    </message>
    <message>
        <source>Nothing in your domain&apos;s DNS points at a sending service yet: a mailer with an HTTPS API works from any web host.</source>
        <translation>Nel DNS del tuo dominio non c&apos;è ancora nulla che rimandi a un servizio di invio: un servizio con un&apos;API HTTPS funziona da qualsiasi hosting.</translation>
    </message>
    <message>
        <source>your domain&apos;s autoconfig file</source>
        <translation>il file autoconfig del tuo dominio</translation>
    </message>
    <message>
        <source>your domain&apos;s SRV record %1</source>
        <translation>il record SRV %1 del tuo dominio</translation>
    </message>
    <message>
        <source>your mail provider&apos;s help page</source>
        <translation>la pagina di aiuto del tuo provider di posta</translation>
    </message>
    <message>
        <source>%1 answered with a valid certificate and offers sign-in (from %2).</source>
        <translation>%1 ha risposto con un certificato valido e permette l&apos;accesso (fonte: %2).</translation>
    </message>
    <message>
        <source>%1 comes from %2, but Postino could not verify it: %3</source>
        <translation>%1 viene da %2, ma Postino non è riuscito a verificarlo: %3</translation>
    </message>
    <message>
        <source>guessing your domain&apos;s server name</source>
        <translation>un&apos;ipotesi sul nome del server del tuo dominio</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>Some DNS answers did not arrive within %1 seconds; the report below is incomplete.</source>
        <translation>Alcune risposte DNS non sono arrivate entro %1 secondi; il rapporto qui sotto è incompleto.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Ricontrolla</translation>
    </message>
    <message>
        <source>If it happens again, the domain&apos;s name servers or your network&apos;s resolver may be slow or unreachable.</source>
        <translation>Se succede di nuovo, i name server del dominio o il resolver della tua rete potrebbero essere lenti o irraggiungibili.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name that can be checked.</source>
        <translation>“%1” non è un nome di dominio che si possa controllare.</translation>
    </message>
    <message>
        <source>Enter the From address first</source>
        <translation>Inserisci prima l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>The domain is the part after the @ of the From address.</source>
        <translation>Il dominio è la parte dell&apos;indirizzo del mittente che segue la @.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces to the From address cannot be delivered, and some receivers refuse mail from domains that cannot receive any.</source>
        <translation>%1 non ha un record MX: le risposte e i messaggi di mancato recapito (bounce) diretti all&apos;indirizzo del mittente non possono essere consegnati, e alcuni server riceventi rifiutano la posta dei domini che non possono riceverne.</translation>
    </message>
    <message>
        <source>Add an MX record, or send from an address that can receive mail</source>
        <translation>Aggiungi un record MX, oppure invia da un indirizzo che possa ricevere posta</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”): it declares that it receives no mail, so replies to your test and to site mail will bounce.</source>
        <translation>%1 pubblica un MX nullo (“0 .”): dichiara di non ricevere posta, quindi le risposte alla tua prova e alle email del sito verranno respinte.</translation>
    </message>
    <message>
        <source>Use a From address that can receive replies, or set a Reply-To</source>
        <translation>Usa un indirizzo del mittente che possa ricevere risposte, oppure imposta un Reply-To</translation>
    </message>
    <message>
        <source>The MX record of %1 names %2, which has no IPv4 or IPv6 address, so mail for the domain cannot be delivered there.</source>
        <translation>Il record MX di %1 indica %2, che non ha un indirizzo IPv4 o IPv6, quindi la posta per il dominio non può essere consegnata lì.</translation>
    </message>
    <message>
        <source>Correct the MX host name, or give the host an address</source>
        <translation>Correggi il nome host dell&apos;MX, oppure assegna un indirizzo all&apos;host</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 riceve la posta su %2.</translation>
    </message>
    <message>
        <source>%1 sends bounces through a subdomain whose name you chose in your %1 account; enter it to have it checked.</source>
        <translation>%1 gestisce i messaggi non recapitati (bounce) tramite un sottodominio il cui nome hai scelto nel tuo account %1; inseriscilo per farlo controllare.</translation>
    </message>
    <message>
        <source>%1 sends bounces through a subdomain named %2 followed by digits, shown in your %1 account; enter it to have it checked.</source>
        <translation>%1 gestisce i messaggi non recapitati (bounce) tramite un sottodominio chiamato %2 seguito da alcune cifre, indicato nel tuo account %1; inseriscilo per farlo controllare.</translation>
    </message>
    <message>
        <source>The return-path record %1 could not be read (%2).</source>
        <translation>Impossibile leggere il record return-path %1 (%2).</translation>
    </message>
    <message>
        <source>Check again in a minute</source>
        <translation>Ricontrolla tra un minuto</translation>
    </message>
    <message>
        <source>Bounces go to %1 through %2, so SPF lines up with your domain.</source>
        <translation>I messaggi non recapitati tornano a %1 tramite %2, quindi l&apos;SPF è allineato con il tuo dominio.</translation>
    </message>
    <message>
        <source>The return-path record %1 for %2 is missing, so SPF will not line up with your domain for DMARC (DKIM still can).</source>
        <translation>Manca il record return-path %1 per %2, quindi ai fini del DMARC l&apos;SPF non sarà allineato con il tuo dominio (il DKIM invece può esserlo).</translation>
    </message>
    <message>
        <source>%1 points to %2, not to %3 as %4 expects.</source>
        <translation>%1 punta a %2, non a %3 come previsto da %4.</translation>
    </message>
    <message>
        <source>Add the CNAME record from your %1 account</source>
        <translation>Aggiungi il record CNAME indicato nel tuo account %1</translation>
    </message>
    <message>
        <source>Copy the exact target from %1&apos;s domain settings; it can be specific to your account.</source>
        <translation>Copia la destinazione esatta dalle impostazioni del dominio in %1; può essere specifica per il tuo account.</translation>
    </message>
    <message>
        <source>&lt;target shown by %1&gt;</source>
        <translation>&lt;destinazione indicata da %1&gt;</translation>
    </message>
    <message>
        <source>The %1 ownership record (%2…) is in place.</source>
        <translation>Il record di verifica della proprietà di %1 (%2…) è presente.</translation>
    </message>
    <message>
        <source>No %1 ownership record (%2…) was found; %1 asks for one before it sends for your domain.</source>
        <translation>Non è stato trovato il record di verifica della proprietà di %1 (%2…); %1 lo richiede prima di inviare per il tuo dominio.</translation>
    </message>
    <message>
        <source>Copy the TXT record from your %1 account</source>
        <translation>Copia il record TXT dal tuo account %1</translation>
    </message>
    <message>
        <source>DKIM lines up: %1 signs with your domain, so DMARC passes on DKIM.</source>
        <translation>Il DKIM è allineato: %1 firma con il tuo dominio, quindi il DMARC viene superato grazie al DKIM.</translation>
    </message>
    <message>
        <source>SPF lines up: the envelope sender %1 belongs to your domain, so DMARC passes on SPF.</source>
        <translation>L&apos;SPF è allineato: il mittente della busta (envelope sender) %1 appartiene al tuo dominio, quindi il DMARC viene superato grazie all&apos;SPF.</translation>
    </message>
    <message>
        <source>Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC fails and receivers apply your policy (%3) to it.</source>
        <translation>Per la posta inviata tramite %2 né il DKIM né l&apos;SPF sono allineati con %1, quindi il DMARC non viene superato e i server riceventi le applicano la tua policy (%3).</translation>
    </message>
    <message>
        <source>Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC would fail; Gmail and Yahoo already expect it to pass for bulk mail.</source>
        <translation>Per la posta inviata tramite %2 né il DKIM né l&apos;SPF sono allineati con %1, quindi il DMARC non verrebbe superato; Gmail e Yahoo richiedono già che venga superato per gli invii massivi.</translation>
    </message>
    <message>
        <source>Publish the DKIM records %1 gives you</source>
        <translation>Pubblica i record DKIM che ti fornisce %1</translation>
    </message>
    <message>
        <source>DKIM is the sure way: once the key is published, %1 signs with your domain.</source>
        <translation>Il DKIM è la strada sicura: una volta pubblicata la chiave, %1 firma con il tuo dominio.</translation>
    </message>
    <message>
        <source>A return-path (bounce) record under your domain lines SPF up as well, where %1 offers one.</source>
        <translation>Anche un record return-path (bounce) sotto il tuo dominio allinea l&apos;SPF, se %1 lo prevede.</translation>
    </message>
    <message>
        <source>Mail from %1 gets “pass” from the SPF of %2 (%3).</source>
        <translation>La posta inviata da %1 ottiene “pass” dall&apos;SPF di %2 (%3).</translation>
    </message>
    <message>
        <source>Mail from %1 would get “%2” from the SPF of %3, not “pass”.</source>
        <translation>La posta inviata da %1 otterrebbe “%2” dall&apos;SPF di %3, non “pass”.</translation>
    </message>
    <message>
        <source>Authorise %1 in the SPF record</source>
        <translation>Autorizza %1 nel record SPF</translation>
    </message>
    <message>
        <source>Add ip4:%1 (or ip6:) before the all term, or the include of the service that owns the address.</source>
        <translation>Aggiungi ip4:%1 (o ip6:) prima del termine all, oppure l&apos;include del servizio a cui appartiene l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The SPF record of %1 lists a:%2, but %2 has no address, so it never matches.</source>
        <translation>Il record SPF di %1 contiene a:%2, ma %2 non ha un indirizzo, quindi non corrisponde mai.</translation>
    </message>
    <message>
        <source>Remove the term or correct the host name</source>
        <translation>Rimuovi il termine o correggi il nome host</translation>
    </message>
    <message>
        <source>The SPF record of %1 lists mx:%2, but %2 has no MX record, so it never matches.</source>
        <translation>Il record SPF di %1 contiene mx:%2, ma %2 non ha un record MX, quindi non corrisponde mai.</translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; SPF allows at most 10 for an mx term, so receivers return an error.</source>
        <translation>%1 ha %2 host MX; l&apos;SPF ne consente al massimo 10 per un termine mx, quindi i server riceventi restituiscono un errore.</translation>
    </message>
    <message>
        <source>List the sending servers with ip4:/ip6: instead of mx</source>
        <translation>Elenca i server di invio con ip4:/ip6: invece di mx</translation>
    </message>
    <message>
        <source>SPF includes loop back on themselves: %1.</source>
        <translation>Gli include dell&apos;SPF formano un ciclo e rimandano a sé stessi: %1.</translation>
    </message>
    <message>
        <source>Remove the include that points back</source>
        <translation>Rimuovi l&apos;include che rimanda indietro</translation>
    </message>
    <message>
        <source>Receivers stop with an error (permerror) when they meet a loop, so SPF fails for every message.</source>
        <translation>Quando incontrano un ciclo, i server riceventi si fermano con un errore (permerror), quindi l&apos;SPF non viene superato per nessun messaggio.</translation>
    </message>
    <message>
        <source>include:%1 appears more than once in the SPF tree of %2; each copy costs lookups.</source>
        <translation>include:%1 compare più di una volta nell&apos;albero SPF di %2; ogni copia consuma ricerche DNS.</translation>
    </message>
    <message>
        <source>Keep one include:%1</source>
        <translation>Mantieni un solo include:%1</translation>
    </message>
    <message>
        <source>The SPF record of %1 includes %2, which could not be looked up (%3).</source>
        <translation>Il record SPF di %1 include %2, la cui ricerca DNS non è riuscita (%3).</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask whoever runs %1</source>
        <translation>Ricontrolla più tardi; se il problema persiste, chiedi a chi gestisce %1</translation>
    </message>
    <message>
        <source>%1 points to %2, which has no SPF record; receivers stop with an error (permerror).</source>
        <translation>%1 punta a %2, che non ha un record SPF; i server riceventi si fermano con un errore (permerror).</translation>
    </message>
    <message>
        <source>%1 points to %2, which has more than one SPF record; receivers stop with an error (permerror).</source>
        <translation>%1 punta a %2, che ha più di un record SPF; i server riceventi si fermano con un errore (permerror).</translation>
    </message>
    <message>
        <source>Correct or remove %1</source>
        <translation>Correggi o rimuovi %1</translation>
    </message>
    <message>
        <source>Check the spelling against your provider&apos;s instructions.</source>
        <translation>Controlla che sia scritto come nelle istruzioni del tuo provider.</translation>
    </message>
    <message>
        <source>%1 points to %2, whose SPF record is invalid (%3).</source>
        <translation>%1 punta a %2, il cui record SPF non è valido (%3).</translation>
    </message>
    <message>
        <source>%1 still publishes a record of the obsolete SPF type (99). Receivers only read TXT records.</source>
        <translation>%1 pubblica ancora un record del tipo SPF obsoleto (99). I server riceventi leggono solo i record TXT.</translation>
    </message>
    <message>
        <source>Delete the SPF-type record and keep the TXT record</source>
        <translation>Elimina il record di tipo SPF e mantieni il record TXT</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS, so no receiver can check its mail.</source>
        <translation>Il dominio %1 non esiste nel DNS, quindi nessun server ricevente può verificarne la posta.</translation>
    </message>
    <message>
        <source>Check the spelling of the From address</source>
        <translation>Controlla come è scritto l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Use an address at a domain you own and that is registered.</source>
        <translation>Usa un indirizzo su un dominio registrato di tua proprietà.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be read (%2).</source>
        <translation>Impossibile leggere il record SPF di %1 (%2).</translation>
    </message>
    <message>
        <source>If it keeps failing, the domain&apos;s name servers may be down or blocking queries.</source>
        <translation>Se il problema continua, i name server del dominio potrebbero essere fuori servizio o bloccare le richieste.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so receivers cannot tell which servers may send its mail.</source>
        <translation>%1 non ha un record SPF, quindi i server riceventi non possono sapere quali server sono autorizzati a inviarne la posta.</translation>
    </message>
    <message>
        <source>Add an SPF record</source>
        <translation>Aggiungi un record SPF</translation>
    </message>
    <message>
        <source>Create a TXT record on the domain itself (the name is often written @).</source>
        <translation>Crea un record TXT sul dominio stesso (il nome spesso si scrive @).</translation>
    </message>
    <message>
        <source>List the servers that send your mail; ask your mail provider for its include.</source>
        <translation>Elenca i server che inviano la tua posta; chiedi al tuo provider di posta qual è il suo include.</translation>
    </message>
    <message>
        <source>Use the value shown below; it authorises %1.</source>
        <translation>Usa il valore indicato qui sotto; autorizza %1.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records. A domain may have only one; with more, receivers stop with an error (permerror) and SPF fails for every message.</source>
        <translation>%1 ha %2 record SPF. Un dominio può averne uno solo; se ce ne sono di più, i server riceventi si fermano con un errore (permerror) e l&apos;SPF non viene superato per nessun messaggio.</translation>
    </message>
    <message>
        <source>Merge them into one record</source>
        <translation>Uniscili in un solo record</translation>
    </message>
    <message>
        <source>Delete all the v=spf1 TXT records and add the single record below instead.</source>
        <translation>Elimina tutti i record TXT v=spf1 e aggiungi al loro posto l&apos;unico record indicato qui sotto.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an error at character %2: %3. Receivers stop with an error (permerror), so SPF fails for every message.</source>
        <translation>Il record SPF di %1 ha un errore al carattere %2: %3. I server riceventi si fermano con un errore (permerror), quindi l&apos;SPF non viene superato per nessun messaggio.</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>Correggi il record</translation>
    </message>
    <message>
        <source>The marker » in the record below shows where the problem starts.</source>
        <translation>Il segno » nel record qui sotto indica dove inizia il problema.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is %2 characters long; above about 450, some receivers cannot read it reliably.</source>
        <translation>Il record SPF di %1 è lungo %2 caratteri; oltre i 450 circa, alcuni server riceventi non riescono a leggerlo in modo affidabile.</translation>
    </message>
    <message>
        <source>Shorten it</source>
        <translation>Accorcialo</translation>
    </message>
    <message>
        <source>Remove services you no longer use, or replace long ip4 lists with an include managed by your provider.</source>
        <translation>Rimuovi i servizi che non usi più, oppure sostituisci i lunghi elenchi ip4 con un include gestito dal tuo provider.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it authorises every server on the internet to send as your domain.</source>
        <translation>Il record SPF di %1 termina con +all: autorizza qualsiasi server su Internet a inviare a nome del tuo dominio.</translation>
    </message>
    <message>
        <source>Change +all to ~all</source>
        <translation>Cambia +all in ~all</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in ?all, which says nothing about other servers; it gives almost no protection.</source>
        <translation>Il record SPF di %1 termina con ?all, che non dice nulla sugli altri server; non offre quasi nessuna protezione.</translation>
    </message>
    <message>
        <source>Change ?all to ~all once all your senders are listed</source>
        <translation>Cambia ?all in ~all dopo aver elencato tutti i server che inviano per te</translation>
    </message>
    <message>
        <source>The SPF record of %1 has no all at the end, so servers not listed get a neutral result.</source>
        <translation>Il record SPF di %1 non termina con all, quindi i server non elencati ottengono un risultato neutro.</translation>
    </message>
    <message>
        <source>End the record with ~all</source>
        <translation>Termina il record con ~all</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses ptr, which is slow, unreliable and ignored by some receivers (RFC 7208 discourages it).</source>
        <translation>Il record SPF di %1 usa ptr, che è lento, inaffidabile e ignorato da alcuni server riceventi (l&apos;RFC 7208 ne sconsiglia l&apos;uso).</translation>
    </message>
    <message>
        <source>Replace ptr with ip4:/ip6: or the provider&apos;s include</source>
        <translation>Sostituisci ptr con ip4:/ip6: o con l&apos;include del provider</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS lookups; the limit is 10, so receivers stop with an error (permerror) and SPF fails.</source>
        <translation>Il record SPF di %1 richiede %2 ricerche DNS; il limite è 10, quindi i server riceventi si fermano con un errore (permerror) e l&apos;SPF non viene superato.</translation>
    </message>
    <message>
        <source>Reduce the lookups to 10 or fewer</source>
        <translation>Riduci le ricerche DNS a 10 o meno</translation>
    </message>
    <message>
        <source>Remove includes of services you no longer use.</source>
        <translation>Rimuovi gli include dei servizi che non usi più.</translation>
    </message>
    <message>
        <source>Replace a and mx terms with the ip4:/ip6: addresses they stand for.</source>
        <translation>Sostituisci i termini a e mx con gli indirizzi ip4:/ip6: che rappresentano.</translation>
    </message>
    <message>
        <source>Ask providers for a smaller include, or use a subdomain for one of them.</source>
        <translation>Chiedi ai provider un include più piccolo, oppure usa un sottodominio per uno di essi.</translation>
    </message>
    <message>
        <source>%1 terms in the SPF tree of %2 point to names that do not exist or have no records; above 2, receivers stop with an error (permerror).</source>
        <translation>%1 termini nell&apos;albero SPF di %2 puntano a nomi che non esistono o non hanno record; oltre 2, i server riceventi si fermano con un errore (permerror).</translation>
    </message>
    <message>
        <source>Remove the terms that point nowhere</source>
        <translation>Rimuovi i termini che non puntano a nulla</translation>
    </message>
    <message>
        <source>%1 asks customers not to add its include to SPF; its records on your domain cover it.</source>
        <translation>%1 chiede ai clienti di non aggiungere il suo include all&apos;SPF; i suoi record sul tuo dominio coprono già l&apos;SPF.</translation>
    </message>
    <message>
        <source>Remove the %1 include from the SPF record</source>
        <translation>Rimuovi l&apos;include di %1 dal record SPF</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not include %2, so mail sent through %3 fails SPF.</source>
        <translation>Il record SPF di %1 non include %2, quindi la posta inviata tramite %3 non supera l&apos;SPF.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not include %2. %3 covers SPF with its own return path, so this is optional.</source>
        <translation>Il record SPF di %1 non include %2. %3 copre l&apos;SPF con il proprio return-path, quindi è facoltativo.</translation>
    </message>
    <message>
        <source>Add include:%1 before the all term</source>
        <translation>Aggiungi include:%1 prima del termine all</translation>
    </message>
    <message>
        <source>The SPF record of %1 includes %2.</source>
        <translation>Il record SPF di %1 include %2.</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record using %2 of the 10 DNS lookups allowed.</source>
        <translation>%1 ha un record SPF valido che usa %2 delle 10 ricerche DNS consentite.</translation>
    </message>
    <message>
        <source>Mail from %1&apos;s server %2 gets “pass” from the SPF of %3.</source>
        <translation>La posta dal server %2 di %1 ottiene “pass” dall&apos;SPF di %3.</translation>
    </message>
    <message>
        <source>Mail from %1&apos;s server %2 would get “%3” from the SPF of %4, not “pass”.</source>
        <translation>La posta dal server %2 di %1 otterrebbe “%3” dall&apos;SPF di %4, non “pass”.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain %1 for %2 is not complete (%3), so SPF will not line up with your domain for DMARC (DKIM still can).</source>
        <translation>Il dominio MAIL FROM %1 per %2 non è completo (%3), quindi l&apos;SPF non sarà allineato con il tuo dominio per il DMARC (il DKIM invece può esserlo).</translation>
    </message>
    <message>
        <source>no MX and no SPF record</source>
        <translation>nessun record MX e nessun record SPF</translation>
    </message>
    <message>
        <source>no MX record pointing to %1</source>
        <translation>nessun record MX che punta a %1</translation>
    </message>
    <message>
        <source>no SPF record with include:%1</source>
        <translation>nessun record SPF con include:%1</translation>
    </message>
    <message>
        <source>Publish both records below</source>
        <translation>Pubblica entrambi i record qui sotto</translation>
    </message>
    <message>
        <source>Set the same subdomain as the custom MAIL FROM domain in %1; use the MX host of the region your account sends from.</source>
        <translation>Imposta lo stesso sottodominio come dominio MAIL FROM personalizzato in %1; usa l&apos;host MX della regione da cui invia il tuo account.</translation>
    </message>
    <message>
        <source>DNS report for %1 (%2), checked with %3 in %4 ms</source>
        <translation>Rapporto DNS per %1 (%2), controllato con %3 in %4 ms</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s own domain: %2 publishes and looks after its SPF, DKIM and DMARC records, so there is nothing for you to add.</source>
        <translation>%1 è il dominio di %2: è %2 a pubblicare e gestire i suoi record SPF, DKIM e DMARC, quindi non devi aggiungere nulla.</translation>
    </message>
    <message>
        <source>Authorise %1 in the SPF record of %2</source>
        <translation>Autorizza %1 nel record SPF di %2</translation>
    </message>
    <message>
        <source>Make the change where your domain&apos;s DNS records are edited (often your domain registrar or host), then check again.</source>
        <translation>Fai la modifica dove si gestiscono i record DNS del tuo dominio (spesso il registrar o l&apos;hosting), poi ripeti la verifica.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, ask your DNS provider.</source>
        <translation>Ripeti la verifica tra qualche minuto; se continua a non riuscire, chiedi al tuo provider DNS.</translation>
    </message>
    <message>
        <source>Mail from your SMTP server %1 gets “pass” from the SPF of %2.</source>
        <translation>La posta inviata dal tuo server SMTP %1 ottiene “pass” dall&apos;SPF di %2.</translation>
    </message>
    <message>
        <source>Mail from your SMTP server %1 would get “%2” from the SPF of %3, not “pass”.</source>
        <translation>La posta inviata dal tuo server SMTP %1 otterrebbe “%2” dall&apos;SPF di %3, non “pass”.</translation>
    </message>
</context>
<context>
    <name>Dnsbl</name>
    <message>
        <source>Free for low-volume, non-commercial use through its public servers, which refuse queries sent through public or shared DNS resolvers.</source>
        <translation>Gratuita per un uso non commerciale e con bassi volumi tramite i suoi server pubblici, che rifiutano le richieste inviate tramite resolver DNS pubblici o condivisi.</translation>
    </message>
    <message>
        <source>Spamhaus SBL: the address is a known source of spam or serves a spam operation.</source>
        <translation>Spamhaus SBL: l&apos;indirizzo è una fonte di spam nota o è al servizio di un&apos;attività di spam.</translation>
    </message>
    <message>
        <source>Spamhaus CSS: an automatic listing of an address seen sending spam.</source>
        <translation>Spamhaus CSS: inserimento automatico di un indirizzo che è stato visto inviare spam.</translation>
    </message>
    <message>
        <source>Spamhaus XBL: the address behaves like a hijacked or infected machine (malware, an open proxy).</source>
        <translation>Spamhaus XBL: l&apos;indirizzo si comporta come un computer compromesso o infetto (malware, un proxy aperto).</translation>
    </message>
    <message>
        <source>Spamhaus DROP: the address belongs to a network run or taken over by criminals.</source>
        <translation>Spamhaus DROP: l&apos;indirizzo appartiene a una rete gestita da criminali o finita sotto il loro controllo.</translation>
    </message>
    <message>
        <source>Spamhaus PBL, set by the network&apos;s owner: the address should not send mail straight to other mail servers, only through its provider&apos;s mail server.</source>
        <translation>Spamhaus PBL, inserito dal proprietario della rete: l&apos;indirizzo non dovrebbe inviare posta direttamente ad altri server di posta, ma solo tramite il server di posta del suo provider.</translation>
    </message>
    <message>
        <source>Spamhaus PBL, set by Spamhaus: the address looks like an end-user or dynamic address that should not send mail straight to other mail servers.</source>
        <translation>Spamhaus PBL, inserito da Spamhaus: l&apos;indirizzo sembra quello di un utente finale o un indirizzo dinamico, che non dovrebbe inviare posta direttamente ad altri server di posta.</translation>
    </message>
    <message>
        <source>Spamhaus BCL: the address runs the controller of a botnet.</source>
        <translation>Spamhaus BCL: l&apos;indirizzo ospita il server di comando di una botnet.</translation>
    </message>
    <message>
        <source>Spamhaus did not answer the question: the list&apos;s name in the query was mistyped.</source>
        <translation>Spamhaus non ha risposto alla domanda: il nome della lista nella richiesta era scritto male.</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries sent through public or shared DNS resolvers (such as 8.8.8.8 or 1.1.1.1), so it did not say whether the address is listed.</source>
        <translation>Spamhaus rifiuta le richieste inviate tramite resolver DNS pubblici o condivisi (come 8.8.8.8 o 1.1.1.1), quindi non ha detto se l&apos;indirizzo è in lista.</translation>
    </message>
    <message>
        <source>Spamhaus refuses this DNS resolver because it sent too many queries, so it did not say whether the address is listed.</source>
        <translation>Spamhaus rifiuta questo resolver DNS perché ha inviato troppe richieste, quindi non ha detto se l&apos;indirizzo è in lista.</translation>
    </message>
    <message>
        <source>Free to query, provided as is without warranty.</source>
        <translation>Consultabile gratuitamente, fornita così com&apos;è, senza garanzie.</translation>
    </message>
    <message>
        <source>SpamCop: recipients or spam traps recently reported mail from this address as spam; the listing ends by itself once the reports stop.</source>
        <translation>SpamCop: di recente destinatari o trappole antispam (spam trap) hanno segnalato come spam la posta proveniente da questo indirizzo; l&apos;inserimento scade da solo quando le segnalazioni cessano.</translation>
    </message>
    <message>
        <source>Free, but it answers only DNS servers registered with Barracuda.</source>
        <translation>Gratuita, ma risponde solo ai server DNS registrati presso Barracuda.</translation>
    </message>
    <message>
        <source>Barracuda: the address sent mail to Barracuda&apos;s spam traps or was rated a source of spam.</source>
        <translation>Barracuda: l&apos;indirizzo ha inviato posta alle trappole antispam di Barracuda o è stato classificato come fonte di spam.</translation>
    </message>
    <message>
        <source>Free for anybody to use.</source>
        <translation>Gratuita per chiunque.</translation>
    </message>
    <message>
        <source>PSBL: the address sent mail to PSBL&apos;s spam traps; anyone may remove it through the list&apos;s website.</source>
        <translation>PSBL: l&apos;indirizzo ha inviato posta alle trappole antispam di PSBL; chiunque può rimuoverlo tramite il sito web della lista.</translation>
    </message>
    <message>
        <source>Free for sites under 100,000 messages and 100,000 DNS queries a day.</source>
        <translation>Gratuita per i siti sotto i 100.000 messaggi e le 100.000 richieste DNS al giorno.</translation>
    </message>
    <message>
        <source>Mailspike: the address took part in a wave of spam seen in the last hours.</source>
        <translation>Mailspike: l&apos;indirizzo ha partecipato a un&apos;ondata di spam rilevata nelle ultime ore.</translation>
    </message>
    <message>
        <source>Mailspike reputation L5: the worst possible reputation.</source>
        <translation>Mailspike, reputazione L5: la peggiore reputazione possibile.</translation>
    </message>
    <message>
        <source>Mailspike reputation L4: a very bad reputation.</source>
        <translation>Mailspike, reputazione L4: una reputazione molto negativa.</translation>
    </message>
    <message>
        <source>Mailspike reputation L3: a bad reputation.</source>
        <translation>Mailspike, reputazione L3: una reputazione negativa.</translation>
    </message>
    <message>
        <source>%1 lists only IPv4 addresses, so it was not asked about this one.</source>
        <translation>%1 elenca solo indirizzi IPv4, quindi non è stata interrogata su questo indirizzo.</translation>
    </message>
    <message>
        <source>%1 lists only IPv6 addresses, so it was not asked about this one.</source>
        <translation>%1 elenca solo indirizzi IPv6, quindi non è stata interrogata su questo indirizzo.</translation>
    </message>
    <message>
        <source>the list&apos;s DNS server did not answer in time</source>
        <translation>il server DNS della lista non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>il server DNS non è riuscito a rispondere (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query (some lists answer only registered or private resolvers)</source>
        <translation>il server DNS ha rifiutato la richiesta (alcune liste rispondono solo a resolver registrati o privati)</translation>
    </message>
    <message>
        <source>the name to ask cannot be built from this address and zone</source>
        <translation>non è possibile costruire il nome da interrogare a partire da questo indirizzo e da questa zona</translation>
    </message>
    <message>
        <source>the list gave an empty answer, which it does not document</source>
        <translation>la lista ha dato una risposta vuota, che non è prevista dalla sua documentazione</translation>
    </message>
    <message>
        <source>the list answered %1, which is not one of the answers it documents, so the answer cannot be trusted either way</source>
        <translation>la lista ha risposto %1, che non è tra le risposte previste dalla sua documentazione, quindi la risposta non è affidabile né in un senso né nell&apos;altro</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecrets</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossibile leggere il file dei segreti %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users; run &quot;chmod 600 %1&quot; first.</source>
        <translation>Il file dei segreti %1 è leggibile da altri utenti; esegui prima &quot;chmod 600 %1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not NAME=VALUE.</source>
        <translation>La riga %1 di %2 non è nel formato NOME=VALORE.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>A value contains a line break, which this file cannot hold; a placeholder stands in its place.</source>
        <translation>Un valore contiene un&apos;interruzione di riga, che questo file non può contenere; al suo posto c&apos;è un segnaposto.</translation>
    </message>
    <message>
        <source>Correct the value in Postino, then export again.</source>
        <translation>Correggi il valore in Postino, poi esporta di nuovo.</translation>
    </message>
    <message>
        <source>No %1 is stored for %2, so the file has a placeholder in its place.</source>
        <translation>Nessun valore memorizzato per il campo %1 di %2, quindi nel file al suo posto c&apos;è un segnaposto.</translation>
    </message>
    <message>
        <source>Enter it in Postino and export again, or replace the placeholder by hand.</source>
        <translation>Inseriscilo in Postino ed esporta di nuovo, oppure sostituisci il segnaposto a mano.</translation>
    </message>
    <message>
        <source>The %1 contains a line break, which this file cannot hold; a placeholder stands in its place.</source>
        <translation>Il campo %1 contiene un&apos;interruzione di riga, che questo file non può contenere; al suo posto c&apos;è un segnaposto.</translation>
    </message>
    <message>
        <source>Check the value stored in Postino.</source>
        <translation>Controlla il valore memorizzato in Postino.</translation>
    </message>
    <message>
        <source>%1 signs in through the provider&apos;s own page: the sign-in itself cannot be exported.</source>
        <translation>%1 effettua l&apos;accesso tramite la pagina del provider: l&apos;accesso in sé non può essere esportato.</translation>
    </message>
    <message>
        <source>After loading these settings, open WP Mail SMTP&apos;s settings in WordPress and connect the account again.</source>
        <translation>Dopo aver caricato queste impostazioni, apri le impostazioni di WP Mail SMTP in WordPress e collega di nuovo l&apos;account.</translation>
    </message>
    <message>
        <source>WP Mail SMTP offers %1 only in its Pro edition.</source>
        <translation>WP Mail SMTP offre %1 solo nell&apos;edizione Pro.</translation>
    </message>
    <message>
        <source>&quot;wp option update&quot; replaces the whole wp_mail_smtp option: WP Mail SMTP settings that are not in this file (a licence key, alerts, log options, a connected account) are lost.</source>
        <translation>&quot;wp option update&quot; sostituisce l&apos;intera opzione wp_mail_smtp: le impostazioni di WP Mail SMTP che non sono in questo file (una chiave di licenza, gli avvisi, le opzioni del registro, un account collegato) vanno perse.</translation>
    </message>
    <message>
        <source>The command first saves the current option with &quot;wp option get wp_mail_smtp --format=json&quot; to wp-mail-smtp-backup.json; keep that file until the site sends mail.</source>
        <translation>Il comando salva prima l&apos;opzione attuale in wp-mail-smtp-backup.json con &quot;wp option get wp_mail_smtp --format=json&quot;; conserva quel file finché il sito non invia le email correttamente.</translation>
    </message>
    <message>
        <source>WP Mail SMTP keeps the SMTP password encrypted in the database; written this way it stays readable there until the plugin&apos;s settings page is saved once.</source>
        <translation>WP Mail SMTP conserva la password SMTP crittografata nel database; scritta in questo modo, resta leggibile lì finché la pagina delle impostazioni del plugin non viene salvata almeno una volta.</translation>
    </message>
    <message>
        <source>%1 cannot be expressed as %2: it sends only through its own API and has no SMTP relay.</source>
        <translation>Non è possibile esportare %1 come configurazione %2: invia solo tramite la propria API e non ha un relay SMTP.</translation>
    </message>
    <message>
        <source>Pick a mailer with an SMTP relay, or a WordPress format.</source>
        <translation>Scegli un servizio di invio con un relay SMTP, oppure un formato WordPress.</translation>
    </message>
    <message>
        <source>%1 signs in with the provider&apos;s own page in WP Mail SMTP, which %2 cannot do. This file sends through %3 with the account&apos;s address and an app password instead.</source>
        <translation>In WP Mail SMTP, %1 effettua l&apos;accesso tramite la pagina del provider, cosa che %2 non può fare. Questo file invia invece tramite %3, con l&apos;indirizzo dell&apos;account e una password per le app.</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings (it needs two-step verification) and put it in place of %1.</source>
        <translation>Crea una password per le app nelle impostazioni di sicurezza dell&apos;account (richiede la verifica in due passaggi) e inseriscila al posto di %1.</translation>
    </message>
    <message>
        <source>%1&apos;s SMTP relay (%2) signs in with SMTP credentials of its own, not with the API key Postino holds.</source>
        <translation>Il relay SMTP di %1 (%2) accede con credenziali SMTP proprie, non con la chiave API memorizzata in Postino.</translation>
    </message>
    <message>
        <source>Create SMTP credentials in your %1 account and put them in place of the placeholders.</source>
        <translation>Crea delle credenziali SMTP nel tuo account %1 e inseriscile al posto dei segnaposto.</translation>
    </message>
    <message>
        <source>WP Mail SMTP sends through %1&apos;s API; %2 sends through its SMTP relay %3 instead, with the same key.</source>
        <translation>WP Mail SMTP invia tramite l&apos;API di %1; %2 invece invia tramite il suo relay SMTP %3, con la stessa chiave.</translation>
    </message>
    <message>
        <source>No encryption is set: the password is protected only when the server offers STARTTLS.</source>
        <translation>Non è impostata alcuna crittografia: la password è protetta solo se il server offre STARTTLS.</translation>
    </message>
    <message>
        <source>No encryption is set: the password travels unencrypted.</source>
        <translation>Non è impostata alcuna crittografia: la password viaggia in chiaro.</translation>
    </message>
    <message>
        <source>Choose TLS (port 587) if the server supports it.</source>
        <translation>Scegli TLS (porta 587) se il server lo supporta.</translation>
    </message>
    <message>
        <source>A line of the file is longer than msmtp reads (500 bytes).</source>
        <translation>Una riga del file supera la lunghezza che msmtp riesce a leggere (500 byte).</translation>
    </message>
    <message>
        <source>Postfix cannot hold this username or password in sasl_passwd: the username must not contain &apos;:&apos; or start with a space, and the password must not end with a space.</source>
        <translation>Postfix non può memorizzare questo nome utente o questa password in sasl_passwd: il nome utente non deve contenere &apos;:&apos; né iniziare con uno spazio, e la password non deve terminare con uno spazio.</translation>
    </message>
    <message>
        <source>Use msmtp instead, or change the password.</source>
        <translation>Usa invece msmtp, oppure cambia la password.</translation>
    </message>
    <message>
        <source>Laravel&apos;s env() changes the value of %1 (it reads true, false, empty, null and values wrapped in quotes specially), so the app would not get it as written.</source>
        <translation>La funzione env() di Laravel modifica il valore di %1 (interpreta in modo speciale true, false, empty, null e i valori racchiusi tra virgolette), quindi l&apos;app non lo riceverebbe così come è scritto.</translation>
    </message>
    <message>
        <source>Change the value, or set it in config/mail.php instead of .env.</source>
        <translation>Cambia il valore, oppure impostalo in config/mail.php invece che in .env.</translation>
    </message>
    <message>
        <source>A Postino profile never holds passwords or keys; enter them again where the profile is opened.</source>
        <translation>Un profilo Postino non contiene mai password o chiavi; inseriscile di nuovo dove apri il profilo.</translation>
    </message>
    <message>
        <source>The mailer &quot;%1&quot; is not one Postino knows, so there is nothing to export.</source>
        <translation>Postino non conosce il servizio di invio &quot;%1&quot;, quindi non c&apos;è nulla da esportare.</translation>
    </message>
    <message>
        <source>Choose a mailer from the list.</source>
        <translation>Scegli un servizio di invio dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Check that you picked the site&apos;s wp-config.php.</source>
        <translation>Verifica di aver scelto il file wp-config.php del sito.</translation>
    </message>
    <message>
        <source>The file is %1 bytes long, more than a wp-config.php ever is (the limit is 2 MiB). Nothing was changed.</source>
        <translation>Il file è lungo %1 byte, più di quanto lo sia mai un wp-config.php (il limite è 2 MiB). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The file holds binary data, so it is not a wp-config.php. Nothing was changed.</source>
        <translation>Il file contiene dati binari, quindi non è un wp-config.php. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The file does not load wp-settings.php, so it is not a wp-config.php. Nothing was changed.</source>
        <translation>Il file non carica wp-settings.php, quindi non è un wp-config.php. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>A quote or comment opened on line %1 is never closed, so Postino cannot tell where it is safe to add lines. Nothing was changed.</source>
        <translation>Una virgoletta o un commento aperto alla riga %1 non viene mai chiuso, quindi Postino non riesce a capire dove può aggiungere righe senza rischi. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Fix the file (PHP reports the error when the site loads), or paste the block by hand.</source>
        <translation>Correggi il file (PHP segnala l&apos;errore quando il sito viene caricato), oppure incolla il blocco a mano.</translation>
    </message>
    <message>
        <source>The quotes or brackets of the file do not pair up (first seen on line %1), so Postino cannot tell where it is safe to add lines. Nothing was changed.</source>
        <translation>Le virgolette o le parentesi del file non si chiudono correttamente (il primo problema è alla riga %1), quindi Postino non riesce a capire dove può aggiungere righe senza rischi. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The quotes or brackets of the file do not pair up, so Postino cannot tell where it is safe to add lines. Nothing was changed.</source>
        <translation>Le virgolette o le parentesi del file non si chiudono correttamente, quindi Postino non riesce a capire dove può aggiungere righe senza rischi. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The lines to add have a quote or comment that is never closed. Nothing was changed.</source>
        <translation>Le righe da aggiungere contengono una virgoletta o un commento che non viene mai chiuso. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Export the settings again instead of editing the text by hand.</source>
        <translation>Esporta di nuovo le impostazioni invece di modificare il testo a mano.</translation>
    </message>
    <message>
        <source>The file has a damaged Postino block: its &quot;%1&quot; and &quot;%2&quot; lines do not pair up. Nothing was changed.</source>
        <translation>Il file contiene un blocco di Postino danneggiato: le righe &quot;%1&quot; e &quot;%2&quot; non corrispondono. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Remove the old Postino lines by hand, then try again.</source>
        <translation>Rimuovi a mano le vecchie righe di Postino, poi riprova.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (riga %2)</translation>
    </message>
    <message>
        <source>The file already sets WP Mail SMTP constants outside Postino&apos;s block: %1. Adding Postino&apos;s block would define them twice. Nothing was changed.</source>
        <translation>Il file imposta già delle costanti di WP Mail SMTP fuori dal blocco di Postino: %1. Aggiungendo il blocco di Postino verrebbero definite due volte. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Delete or comment out those lines, then try again.</source>
        <translation>Elimina quelle righe o trasformale in commenti, poi riprova.</translation>
    </message>
    <message>
        <source>Postino&apos;s earlier block was replaced by the new settings.</source>
        <translation>Il blocco precedente di Postino è stato sostituito con le nuove impostazioni.</translation>
    </message>
    <message>
        <source>Postino found no line at the top level of the file, before wp-settings.php is loaded, where the settings can safely go. Nothing was changed.</source>
        <translation>Postino non ha trovato nel file una riga al livello principale, prima del caricamento di wp-settings.php, in cui inserire le impostazioni senza rischi. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Paste the block by hand just above the line that loads wp-settings.php.</source>
        <translation>Incolla a mano il blocco subito sopra la riga che carica wp-settings.php.</translation>
    </message>
    <message>
        <source>The settings were added above the &quot;That&apos;s all, stop editing!&quot; line (line %1).</source>
        <translation>Le impostazioni sono state aggiunte sopra la riga &quot;That&apos;s all, stop editing!&quot; (riga %1).</translation>
    </message>
    <message>
        <source>The settings were added above the line that loads wp-settings.php (line %1).</source>
        <translation>Le impostazioni sono state aggiunte sopra la riga che carica wp-settings.php (riga %1).</translation>
    </message>
    <message>
        <source>No %1 is stored for the %2 alert, so the file has a placeholder in its place.</source>
        <translation>Nessun valore memorizzato per il campo %1 dell&apos;avviso %2, quindi nel file al suo posto c&apos;è un segnaposto.</translation>
    </message>
    <message>
        <source>WP Mail SMTP has no %1 alerts; that channel is only in the &quot;alerts&quot; JSON export.</source>
        <translation>WP Mail SMTP non supporta gli avvisi %1; quel canale è presente solo nell&apos;esportazione JSON &quot;alerts&quot;.</translation>
    </message>
    <message>
        <source>wp-config.php constants hold one %1 alert; add the others in WP Mail SMTP&apos;s Alerts settings, or use the option export.</source>
        <translation>Le costanti di wp-config.php possono contenere un solo avviso %1; aggiungi gli altri nelle impostazioni degli avvisi (Alerts) di WP Mail SMTP, oppure usa l&apos;esportazione dell&apos;opzione wp_mail_smtp.</translation>
    </message>
    <message>
        <source>WPMS_ALERT_EMAIL_SEND_TO holds one address; add the others in WP Mail SMTP&apos;s Alerts settings, or use the option export.</source>
        <translation>WPMS_ALERT_EMAIL_SEND_TO contiene un solo indirizzo; aggiungi gli altri nelle impostazioni degli avvisi (Alerts) di WP Mail SMTP, oppure usa l&apos;esportazione dell&apos;opzione wp_mail_smtp.</translation>
    </message>
    <message>
        <source>No alert channel is set up, so the list is empty.</source>
        <translation>Non è configurato nessun canale di avviso, quindi l&apos;elenco è vuoto.</translation>
    </message>
    <message>
        <source>Failure alerts are turned off; the channels are written with &quot;enabled&quot;: false.</source>
        <translation>Gli avvisi di mancato invio sono disattivati; i canali vengono scritti con &quot;enabled&quot;: false.</translation>
    </message>
    <message>
        <source>Add channels with the Alert channels… button on the Features page.</source>
        <translation>Aggiungi i canali con il pulsante Canali di avviso… nella pagina Funzioni.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, open the OAuth client (type &quot;Web application&quot;; a &quot;Desktop app&quot; client gives redirect_uri_mismatch) and add exactly %1 under &quot;Authorized redirect URIs&quot;. Sites that use their own redirect show https://YOUR-SITE/wp-admin/options-general.php?page=wp-mail-smtp&amp;tab=auth there instead.</source>
        <translation>Nella console di Google Cloud, apri il client OAuth (di tipo &quot;Applicazione web&quot;; un client &quot;App desktop&quot; dà redirect_uri_mismatch) e aggiungi esattamente %1 in &quot;URI di reindirizzamento autorizzati&quot;. Per i siti che usano un reindirizzamento proprio, lì va invece https://YOUR-SITE/wp-admin/options-general.php?page=wp-mail-smtp&amp;tab=auth.</translation>
    </message>
    <message>
        <source>Copy the Redirect URI that WP Mail SMTP shows next to the client secret and add it, exactly, to the app registration (%1).</source>
        <translation>Copia l&apos;URI di reindirizzamento che WP Mail SMTP mostra accanto al segreto client e aggiungilo, esattamente com&apos;è, alla registrazione dell&apos;app (%1).</translation>
    </message>
    <message>
        <source>Load these settings on the site, open WP Mail SMTP &gt; Settings and click the button that connects the account (&quot;Allow plugin to send emails using your account&quot;).</source>
        <translation>Carica queste impostazioni sul sito, apri WP Mail SMTP &gt; Impostazioni e fai clic sul pulsante che collega l&apos;account (&quot;Consenti al plugin di inviare email utilizzando il tuo account&quot;).</translation>
    </message>
    <message>
        <source>On the provider&apos;s page, sign in with the sending account and click &quot;Allow&quot;; WordPress shows the account as connected afterwards.</source>
        <translation>Nella pagina del provider, accedi con l&apos;account di invio e fai clic su &quot;Consenti&quot;; dopodiché WordPress mostra l&apos;account come collegato.</translation>
    </message>
    <message>
        <source>Send a test email from WP Mail SMTP &gt; Tools &gt; Email Test.</source>
        <translation>Invia un&apos;email di prova da WP Mail SMTP &gt; Strumenti &gt; Test email.</translation>
    </message>
    <message>
        <source>The OAuth client needs WP Mail SMTP&apos;s redirect address for your site, not Postino&apos;s.</source>
        <translation>Il client OAuth ha bisogno dell&apos;indirizzo di reindirizzamento di WP Mail SMTP per il tuo sito, non di quello di Postino.</translation>
    </message>
    <message>
        <source>The OAuth client needs the redirect address %1 for WP Mail SMTP.</source>
        <translation>Il client OAuth ha bisogno dell&apos;indirizzo di reindirizzamento %1 per WP Mail SMTP.</translation>
    </message>
    <message>
        <source>Connect the account in WordPress</source>
        <translation>Collega l&apos;account in WordPress</translation>
    </message>
    <message>
        <source>%1 sends through %2 with the app password: a server cannot open a browser to sign in, and an OAuth token would need the client secret on the server and expire.</source>
        <translation>%1 invia tramite %2 con la password per le app: un server non può aprire un browser per accedere, e un token OAuth richiederebbe il segreto client sul server e scadrebbe.</translation>
    </message>
    <message>
        <source>%1 with an app password is WP Mail SMTP&apos;s &quot;Other SMTP&quot; mailer with %2; the file sets that up.</source>
        <translation>In WP Mail SMTP, %1 con una password per le app corrisponde al servizio di invio &quot;Altro SMTP&quot; con %2; il file lo configura così.</translation>
    </message>
    <message>
        <source>These constants say where failure alerts go, but they cannot switch WP Mail SMTP&apos;s alerts on: the plugin has no constant for that. Alerts also need WP Mail SMTP Pro.</source>
        <translation>Queste costanti dicono dove vanno gli avvisi di mancato invio, ma non possono attivare gli avvisi di WP Mail SMTP: il plugin non ha una costante per farlo. Inoltre gli avvisi richiedono WP Mail SMTP Pro.</translation>
    </message>
    <message>
        <source>After loading the settings, turn each alert on in WP Mail SMTP &gt; Settings &gt; Alerts, or use the export for wp-cli (WP Mail SMTP settings), which switches them on.</source>
        <translation>Dopo aver caricato le impostazioni, attiva ogni avviso in WP Mail SMTP &gt; Impostazioni &gt; Avvisi, oppure usa l&apos;esportazione per wp-cli (impostazioni di WP Mail SMTP), che li attiva.</translation>
    </message>
    <message>
        <source>The settings switch WP Mail SMTP&apos;s failure alerts on; the plugin sends them only in its Pro edition.</source>
        <translation>Le impostazioni attivano gli avvisi di mancato invio di WP Mail SMTP; il plugin li invia solo nella versione Pro.</translation>
    </message>
    <message>
        <source>Change the setting in Postino, then export again.</source>
        <translation>Cambia l&apos;impostazione in Postino, poi esporta di nuovo.</translation>
    </message>
    <message>
        <source>Check the exported settings</source>
        <translation>Controlla le impostazioni esportate</translation>
    </message>
    <message>
        <source>Choose a mailer</source>
        <translation>Scegli un servizio di invio</translation>
    </message>
    <message>
        <source>wp-config.php was left unchanged</source>
        <translation>wp-config.php non è stato modificato</translation>
    </message>
    <message>
        <source>Copy the settings from Export and paste them into wp-config.php by hand, above the line that says to stop editing.</source>
        <translation>Copia le impostazioni da Esporta e incollale a mano in wp-config.php, sopra la riga che dice di smettere di modificare.</translation>
    </message>
    <message>
        <source>WP Mail SMTP has no %1 mailer, so the file sets up its &quot;Other SMTP&quot; mailer with %1&apos;s SMTP relay %2 (user name %3).</source>
        <translation>WP Mail SMTP non ha un servizio di invio %1, quindi il file configura il suo servizio &quot;Altro SMTP&quot; con il relay SMTP di %1, %2 (nome utente %3).</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The file is %1 bytes long; a wp-config.php is a few kilobytes. Nothing was changed.</source>
        <translation>Il file è lungo %1 byte; un wp-config.php è di pochi kilobyte. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Check that you picked the site&apos;s wp-config.php.</source>
        <translation>Verifica di aver scelto il file wp-config.php del sito.</translation>
    </message>
    <message>
        <source>There are already 999 backups from the same second.</source>
        <translation>Ci sono già 999 copie di sicurezza dello stesso secondo.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 è una cartella.</translation>
    </message>
    <message>
        <source>To add the settings to a site&apos;s wp-config.php, insert them instead (postino-cli export --format wp-config --insert FILE, or Insert into wp-config.php… in the wizard): the rest of the file stays, and a backup is made first.</source>
        <translation>Per aggiungere le impostazioni al wp-config.php di un sito, inseriscile invece (postino-cli export --format wp-config --insert FILE, oppure Inserisci in wp-config.php… nella procedura guidata): il resto del file rimane com&apos;è e prima viene fatta una copia di sicurezza.</translation>
    </message>
    <message>
        <source>Or write the export to a new file with another name.</source>
        <translation>Oppure scrivi l&apos;esportazione in un nuovo file con un altro nome.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a file Postino wrote for this format, so it was left as it is: replacing it would lose what it holds.</source>
        <translation>%1 esiste già e non è un file scritto da Postino per questo formato, quindi è stato lasciato com&apos;è: sostituirlo farebbe perdere ciò che contiene.</translation>
    </message>
    <message>
        <source>The settings still hold placeholders (%1). WordPress would try to log in with the placeholder and stop sending email, so %2 was not changed.</source>
        <translation>Le impostazioni contengono ancora dei segnaposto (%1). WordPress proverebbe ad accedere con il segnaposto e smetterebbe di inviare email, quindi %2 non è stato modificato.</translation>
    </message>
    <message>
        <source>Enter the passwords and keys in Postino and include them in the export, then insert again.</source>
        <translation>Inserisci password e chiavi in Postino e includile nell&apos;esportazione, poi ripeti l&apos;inserimento.</translation>
    </message>
    <message>
        <source>To insert anyway and replace the placeholders by hand on the server at once, confirm it (postino-cli: --allow-placeholders).</source>
        <translation>Per inserire comunque e sostituire subito a mano i segnaposto sul server, confermalo (postino-cli: --allow-placeholders).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Il file non esiste.</translation>
    </message>
    <message>
        <source>Postino cannot give the rewritten file its owner and group (%1:%2) as this user, and the site might not be able to read it otherwise. Nothing was changed.</source>
        <translation>Con questo utente Postino non può dare al file riscritto il suo proprietario e il suo gruppo (%1:%2), e senza di essi il sito potrebbe non riuscire a leggerlo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Run Postino as the file&apos;s owner, or with sudo.</source>
        <translation>Avvia Postino come proprietario del file, oppure con sudo.</translation>
    </message>
    <message>
        <source>No backup could be made (%1), so nothing was changed.</source>
        <translation>Non è stato possibile fare una copia di sicurezza (%1), quindi non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The original file is kept as %1. Like wp-config.php itself, it holds the site&apos;s database password and secret keys.</source>
        <translation>Il file originale è conservato come %1. Come lo stesso wp-config.php, contiene la password del database del sito e le chiavi segrete.</translation>
    </message>
    <message>
        <source>Keep the backup safe</source>
        <translation>Custodisci la copia di sicurezza</translation>
    </message>
    <message>
        <source>Once the site sends email, delete the backup or move it out of the website&apos;s folders.</source>
        <translation>Appena hai verificato che il sito invia le email, elimina la copia di sicurezza o spostala fuori dalle cartelle del sito.</translation>
    </message>
    <message>
        <source>To undo the change, rename the backup to %1.</source>
        <translation>Per annullare la modifica, rinomina la copia di sicurezza in %1.</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Mantieni il file esistente</translation>
    </message>
    <message>
        <source>Fill in the placeholders first</source>
        <translation>Prima sostituisci i segnaposto</translation>
    </message>
    <message>
        <source>Pick the right file</source>
        <translation>Scegli il file giusto</translation>
    </message>
    <message>
        <source>Insert as the file&apos;s owner</source>
        <translation>Inserisci come proprietario del file</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trovato:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Previsto:</translation>
    </message>
    <message>
        <source>Publish:</source>
        <translation>Da pubblicare:</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Chiedi aiuto</translation>
    </message>
    <message>
        <source>Copy this report and send it to your provider&apos;s support: the id %1 tells them what Postino found.</source>
        <translation>Copia questo rapporto e invialo all&apos;assistenza del tuo provider: l&apos;identificativo %1 dice loro che cosa ha trovato Postino.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix; %1</source>
        <translation>
            <numerusform>%n cosa da sistemare; %1</numerusform>
            <numerusform>%n cose da sistemare; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run</source>
        <translation>
            <numerusform>%n controllo non è stato eseguito</numerusform>
            <numerusform>%n controlli non sono stati eseguiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before you send</source>
        <translation>
            <numerusform>%n cosa da sistemare prima di inviare</numerusform>
            <numerusform>%n cose da sistemare prima di inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to fix so far; %n check(s) could not run</source>
        <translation>
            <numerusform>Niente da sistemare finora; %n controllo non è stato eseguito</numerusform>
            <numerusform>Niente da sistemare finora; %n controlli non sono stati eseguiti</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is fine</source>
        <translation>Tutto ciò che è stato controllato va bene</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(a list of values)</source>
        <translation>(un elenco di valori)</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Servizio di invio</translation>
    </message>
    <message>
        <source>The source sends with PHP&apos;s built-in mail function (&quot;mail&quot;), which Postino does not set up.</source>
        <translation>La configurazione importata invia con la funzione mail integrata in PHP (&quot;mail&quot;), che Postino non configura.</translation>
    </message>
    <message>
        <source>The mailer &quot;%1&quot; is not one Postino knows; its settings were not imported.</source>
        <translation>Postino non conosce il servizio di invio &quot;%1&quot;; le sue impostazioni non sono state importate.</translation>
    </message>
    <message>
        <source>Choose a mailer in the wizard.</source>
        <translation>Scegli un servizio di invio nella procedura guidata.</translation>
    </message>
    <message>
        <source>The value for %1 is not text; it was not imported.</source>
        <translation>Il valore del campo %1 non è un testo; non è stato importato.</translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2; it was not imported.</source>
        <translation>%1 non è un valore valido per %2; non è stato importato.</translation>
    </message>
    <message>
        <source>The From email is not text; it was not imported.</source>
        <translation>L&apos;email del mittente non è un testo; non è stata importata.</translation>
    </message>
    <message>
        <source>From email</source>
        <translation>Email del mittente</translation>
    </message>
    <message>
        <source>The From name is not text; it was not imported.</source>
        <translation>Il nome del mittente non è un testo; non è stato importato.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>Test recipient</source>
        <translation>Destinatario della prova</translation>
    </message>
    <message>
        <source>%1: Postino does not use these settings, so they were not imported: %2.</source>
        <translation>%1: Postino non usa queste impostazioni, quindi non sono state importate: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No email settings were found in %1.</source>
        <translation>Nessuna impostazione email trovata in %1.</translation>
    </message>
    <message>
        <source>Check that you picked the right file, or enter the settings in the wizard.</source>
        <translation>Verifica di aver scelto il file giusto, oppure inserisci le impostazioni nella procedura guidata.</translation>
    </message>
    <message>
        <source>A comment that starts on line %1 is never closed with */.</source>
        <translation>Un commento che inizia alla riga %1 non viene mai chiuso con */.</translation>
    </message>
    <message>
        <source>A quoted text that starts on line %1 runs on to the next lines, and the one that starts on line %2 is never closed: a quote is probably missing on line %1.</source>
        <translation>Un testo tra virgolette che inizia alla riga %1 prosegue nelle righe successive, e quello che inizia alla riga %2 non viene mai chiuso: probabilmente manca una virgoletta alla riga %1.</translation>
    </message>
    <message>
        <source>A quoted text that starts on line %1 is never closed.</source>
        <translation>Un testo tra virgolette che inizia alla riga %1 non viene mai chiuso.</translation>
    </message>
    <message>
        <source>A block of text (&lt;&lt;&lt;%1) that starts on line %2 is never closed.</source>
        <translation>Un blocco di testo (&lt;&lt;&lt;%1) che inizia alla riga %2 non viene mai chiuso.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source>a function call (%1)</source>
        <translation>una chiamata di funzione (%1)</translation>
    </message>
    <message>
        <source>another constant (%1)</source>
        <translation>un&apos;altra costante (%1)</translation>
    </message>
    <message>
        <source>a variable (%1)</source>
        <translation>una variabile (%1)</translation>
    </message>
    <message>
        <source>a text that includes variables</source>
        <translation>un testo che contiene variabili</translation>
    </message>
    <message>
        <source>a text block PHP computes</source>
        <translation>un blocco di testo calcolato da PHP</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>un&apos;espressione</translation>
    </message>
    <message>
        <source>The define( on line %1 is not closed with a ).</source>
        <translation>Il define( alla riga %1 non è chiuso con una ).</translation>
    </message>
    <message>
        <source>wp-config.php</source>
        <translation>wp-config.php</translation>
    </message>
    <message>
        <source>Line %1: %2 PHP itself stops at this error, so nothing was imported.</source>
        <translation>Riga %1: %2 PHP stesso si ferma su questo errore, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Fix the quotes or comment near that line, or import a copy of the file that works on the site.</source>
        <translation>Correggi le virgolette o il commento vicino a quella riga, oppure importa una copia del file che funziona sul sito.</translation>
    </message>
    <message>
        <source>%1 defines no WP Mail SMTP constants (WPMS_...).</source>
        <translation>%1 non definisce alcuna costante di WP Mail SMTP (WPMS_...).</translation>
    </message>
    <message>
        <source>If the site keeps its email settings in the database, import the output of &quot;wp option get wp_mail_smtp --format=json&quot; instead.</source>
        <translation>Se il sito conserva le impostazioni email nel database, importa invece l&apos;output di &quot;wp option get wp_mail_smtp --format=json&quot;.</translation>
    </message>
    <message>
        <source>wp-config.php (Easy WP SMTP)</source>
        <translation>wp-config.php (Easy WP SMTP)</translation>
    </message>
    <message>
        <source>The file also defines Easy WP SMTP constants (EASY_WP_SMTP_...); only the WP Mail SMTP ones were imported.</source>
        <translation>Il file definisce anche costanti di Easy WP SMTP (EASY_WP_SMTP_...); sono state importate solo quelle di WP Mail SMTP.</translation>
    </message>
    <message>
        <source>%1 is defined a second time on line %2; PHP keeps the first value, and so did Postino.</source>
        <translation>%1 viene definita una seconda volta alla riga %2; PHP mantiene il primo valore, e lo stesso ha fatto Postino.</translation>
    </message>
    <message>
        <source>Line %1: %2 is set to %3, which only PHP can work out. Postino reads plain values only, so nothing was imported.</source>
        <translation>Riga %1: %2 è impostata su %3, che solo PHP può calcolare. Postino legge solo valori semplici, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Replace the value with the plain text or number it stands for, or enter the settings in the wizard.</source>
        <translation>Sostituisci il valore con il testo o il numero che rappresenta, oppure inserisci le impostazioni nella procedura guidata.</translation>
    </message>
    <message>
        <source>Line %1: %2 is set to %3, which only PHP can work out; enter this secret in the wizard.</source>
        <translation>Riga %1: %2 è impostata su %3, che solo PHP può calcolare; inserisci questo segreto nella procedura guidata.</translation>
    </message>
    <message>
        <source>Line %1: %2 is set to %3, which only PHP can work out; it was not imported.</source>
        <translation>Riga %1: %2 è impostata su %3, che solo PHP può calcolare; non è stata importata.</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>Indirizzo di ritorno</translation>
    </message>
    <message>
        <source>Force From email</source>
        <translation>Forza l&apos;email del mittente</translation>
    </message>
    <message>
        <source>Force From name</source>
        <translation>Forza il nome del mittente</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;; WP Mail SMTP only accepts true or &apos;true&apos; here, so it was not imported.</source>
        <translation>%1 è impostata su &quot;%2&quot;; qui WP Mail SMTP accetta solo true o &apos;true&apos;, quindi non è stata importata.</translation>
    </message>
    <message>
        <source>%1 is the text &apos;false&apos;, which PHP counts as true; it was imported as on. Write false without quotes to turn it off.</source>
        <translation>%1 è il testo &apos;false&apos;, che PHP considera vero; è stata importata come attivata. Scrivi false senza virgolette per disattivarla.</translation>
    </message>
    <message>
        <source>Email logs</source>
        <translation>Registro delle email</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Riepilogo settimanale</translation>
    </message>
    <message>
        <source>%1 is on: this site&apos;s WP Mail SMTP blocks every email. Postino&apos;s profile has no such switch; remove the constant when emails should go out.</source>
        <translation>%1 è attivata: WP Mail SMTP di questo sito blocca tutte le email. Il profilo di Postino non ha un&apos;opzione del genere; rimuovi la costante quando le email devono partire.</translation>
    </message>
    <message>
        <source>%1 belongs to Pepipost, a retired mailer Postino does not set up; it was not imported.</source>
        <translation>%1 appartiene a Pepipost, un servizio di invio dismesso che Postino non configura; non è stata importata.</translation>
    </message>
    <message>
        <source>%1 is not a constant WP Mail SMTP reads; it was not imported.</source>
        <translation>%1 non è una costante letta da WP Mail SMTP; non è stata importata.</translation>
    </message>
    <message>
        <source>Failure alerts</source>
        <translation>Avvisi di mancato invio</translation>
    </message>
    <message>
        <source>Failure alerts are turned on; where they are sent (addresses, webhooks) is not part of a Postino profile and was not imported.</source>
        <translation>Gli avvisi di mancato invio sono attivati; le loro destinazioni (indirizzi, webhook) non fanno parte di un profilo Postino e non sono state importate.</translation>
    </message>
    <message>
        <source>Postino does not use these constants: %1.</source>
        <translation>Postino non usa queste costanti: %1.</translation>
    </message>
    <message>
        <source>%1 is not defined, so the plugin ignores all these constants and uses the settings saved in WordPress. They were imported anyway.</source>
        <translation>%1 non è definita, quindi il plugin ignora tutte queste costanti e usa le impostazioni salvate in WordPress. Sono state importate comunque.</translation>
    </message>
    <message>
        <source>Add define( &apos;%1&apos;, true ); above these constants if they should apply.</source>
        <translation>Aggiungi define( &apos;%1&apos;, true ); sopra queste costanti se vuoi che vengano applicate.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not true, so the plugin ignores all these constants. They were imported anyway.</source>
        <translation>%1 vale &quot;%2&quot;, non true, quindi il plugin ignora tutte queste costanti. Sono state importate comunque.</translation>
    </message>
    <message>
        <source>Write define( &apos;%1&apos;, true ); (true without quotes) if they should apply.</source>
        <translation>Scrivi define( &apos;%1&apos;, true ); (true senza virgolette) se vuoi che vengano applicate.</translation>
    </message>
    <message>
        <source>wp_mail_smtp option</source>
        <translation>opzione wp_mail_smtp</translation>
    </message>
    <message>
        <source>The SMTP password is stored encrypted in WordPress and cannot be read from here; enter it in the wizard.</source>
        <translation>La password SMTP è memorizzata crittografata in WordPress e non può essere letta da qui; inseriscila nella procedura guidata.</translation>
    </message>
    <message>
        <source>&quot;Do not send&quot; is on: this site&apos;s WP Mail SMTP blocks every email. Postino&apos;s profile has no such switch.</source>
        <translation>L&apos;opzione &quot;Do not send&quot; è attiva: WP Mail SMTP di questo sito blocca tutte le email. Il profilo di Postino non ha un&apos;opzione del genere.</translation>
    </message>
    <message>
        <source>Error tracking</source>
        <translation>Tracciamento degli errori</translation>
    </message>
    <message>
        <source>Postino does not use these groups of settings, so they were not imported: %1.</source>
        <translation>Postino non usa questi gruppi di impostazioni, quindi non sono stati importati: %1.</translation>
    </message>
    <message>
        <source>Postino profile</source>
        <translation>profilo Postino</translation>
    </message>
    <message>
        <source>Easy WP SMTP</source>
        <translation>Easy WP SMTP</translation>
    </message>
    <message>
        <source>Easy WP SMTP keeps the SMTP password in a form Postino cannot read back; enter it in the wizard.</source>
        <translation>Easy WP SMTP conserva la password SMTP in una forma che Postino non riesce a rileggere; inseriscila nella procedura guidata.</translation>
    </message>
    <message>
        <source>%1 is not in the encoded form Post SMTP uses; it was not imported.</source>
        <translation>Il valore di %1 non è nel formato codificato usato da Post SMTP; non è stato importato.</translation>
    </message>
    <message>
        <source>SMTP Mailer</source>
        <translation>SMTP Mailer</translation>
    </message>
    <message>
        <source>The password is not in the encoded form SMTP Mailer uses; it was not imported.</source>
        <translation>La password non è nel formato codificato usato da SMTP Mailer; non è stata importata.</translation>
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
        <translation>Le impostazioni di FluentSMTP non indicano una connessione predefinita, quindi non c&apos;è nulla da importare.</translation>
    </message>
    <message>
        <source>Pick a default connection in FluentSMTP, or enter the settings in the wizard.</source>
        <translation>Scegli una connessione predefinita in FluentSMTP, oppure inserisci le impostazioni nella procedura guidata.</translation>
    </message>
    <message>
        <source>FluentSMTP has %1 connections; only the default one was imported.</source>
        <translation>FluentSMTP ha %1 connessioni; è stata importata solo quella predefinita.</translation>
    </message>
    <message>
        <source>FluentSMTP reads this connection&apos;s secrets from FLUENTMAIL_* constants in wp-config.php; enter them in the wizard.</source>
        <translation>FluentSMTP legge i segreti di questa connessione dalle costanti FLUENTMAIL_* in wp-config.php; inseriscili nella procedura guidata.</translation>
    </message>
    <message>
        <source>Postino reads a wp-config.php, a Postino profile, and the JSON that &quot;wp option get &lt;option&gt; --format=json&quot; prints for WP Mail SMTP, Easy WP SMTP, Post SMTP, SMTP Mailer, WP SMTP or FluentSMTP.</source>
        <translation>Postino legge un file wp-config.php, un profilo Postino e il JSON stampato da &quot;wp option get &lt;opzione&gt; --format=json&quot; per WP Mail SMTP, Easy WP SMTP, Post SMTP, SMTP Mailer, WP SMTP o FluentSMTP.</translation>
    </message>
    <message>
        <source>Post SMTP&apos;s own settings export (a long line of letters) works too.</source>
        <translation>Funziona anche l&apos;esportazione delle impostazioni di Post SMTP (una lunga riga di lettere).</translation>
    </message>
    <message>
        <source>%1 holds JSON, but not the settings of a plugin Postino knows.</source>
        <translation>%1 contiene JSON, ma non le impostazioni di un plugin che Postino conosce.</translation>
    </message>
    <message>
        <source>Post SMTP settings export</source>
        <translation>esportazione delle impostazioni di Post SMTP</translation>
    </message>
    <message>
        <source>This encoded text is %1 characters long; a Post SMTP settings export is a few thousand.</source>
        <translation>Questo testo codificato è lungo %1 caratteri; un&apos;esportazione delle impostazioni di Post SMTP ne ha qualche migliaio.</translation>
    </message>
    <message>
        <source>%1 is neither JSON nor a Post SMTP settings export.</source>
        <translation>%1 non è né JSON né un&apos;esportazione delle impostazioni di Post SMTP.</translation>
    </message>
    <message>
        <source>%1 looks like a Post SMTP settings export, but it could not be unpacked; it may have been cut short when copied.</source>
        <translation>%1 sembra un&apos;esportazione delle impostazioni di Post SMTP, ma non è stato possibile decomprimerla; potrebbe essere stata troncata durante la copia.</translation>
    </message>
    <message>
        <source>The unpacked settings are larger than 10 MB.</source>
        <translation>Le impostazioni decompresse superano i 10 MB.</translation>
    </message>
    <message>
        <source>%1 unpacks to something other than Post SMTP settings.</source>
        <translation>%1, una volta decompresso, non contiene impostazioni di Post SMTP.</translation>
    </message>
    <message>
        <source>the imported text</source>
        <translation>il testo importato</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export is a few kilobytes.</source>
        <translation>%1 è lungo %2 byte; Postino legge al massimo 10 MB. Un wp-config.php o un&apos;esportazione delle impostazioni è di pochi kilobyte.</translation>
    </message>
    <message>
        <source>Check that you picked the right file.</source>
        <translation>Verifica di aver scelto il file giusto.</translation>
    </message>
    <message>
        <source>Pick the wp-config.php or the settings export itself, not an archive or a backup.</source>
        <translation>Scegli il file wp-config.php o l&apos;esportazione delle impostazioni vera e propria, non un archivio o un backup.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 è vuoto: non c&apos;è nulla da importare.</translation>
    </message>
    <message>
        <source>Line %1: the JSON is not valid (%2).</source>
        <translation>Riga %1: il JSON non è valido (%2).</translation>
    </message>
    <message>
        <source>Copy the whole output of the command again; it may have been cut short.</source>
        <translation>Copia di nuovo l&apos;intero output del comando; potrebbe essere stato troncato.</translation>
    </message>
    <message>
        <source>%1 holds a JSON list, not a plugin&apos;s settings.</source>
        <translation>%1 contiene un elenco JSON, non le impostazioni di un plugin.</translation>
    </message>
    <message>
        <source>Post SMTP</source>
        <translation>Post SMTP</translation>
    </message>
    <message>
        <source>Postino does not recognise the content of %1.</source>
        <translation>Postino non riconosce il contenuto di %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>Alert channels (%1)</source>
        <translation>Canali di avviso (%1)</translation>
    </message>
    <message>
        <source>Alerts to this computer and private networks</source>
        <translation>Avvisi verso questo computer e verso reti private</translation>
    </message>
    <message>
        <source>The profile lets failure alerts go to this computer and to private networks (allowLocalTargets), which is meant only for a test server.</source>
        <translation>Il profilo consente di inviare gli avvisi di mancato invio a questo computer e a reti private (allowLocalTargets), cosa pensata solo per un server di prova.</translation>
    </message>
    <message>
        <source>Unless the alerts go to a test server on your network, clear &quot;Allow alerts to this computer and private networks&quot; in the Failure alerts window on the Features page.</source>
        <translation>A meno che gli avvisi non vadano a un server di prova della tua rete, togli la spunta a &quot;Consenti avvisi verso questo computer e verso reti private&quot; nella finestra Avvisi di mancato invio della pagina Funzioni.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text, so Postino did not read it.</source>
        <translation>%1 contiene dati binari, non testo, quindi Postino non l&apos;ha letto.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; Postino read it as %2 text.</source>
        <translation>%1 non è in UTF-8; Postino l&apos;ha letto come testo %2.</translation>
    </message>
    <message>
        <source>Compare it with the plugin&apos;s settings page and set it on the Configure mailer page.</source>
        <translation>Confrontala con la pagina delle impostazioni del plugin e impostala nella pagina Configura il servizio.</translation>
    </message>
    <message>
        <source>Check this setting after the import</source>
        <translation>Controlla questa impostazione dopo l&apos;importazione</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>test message</source>
        <translation>messaggio di prova</translation>
    </message>
    <message>
        <source>arrived copy</source>
        <translation>copia arrivata</translation>
    </message>
    <message>
        <source>Postino builds this message itself: report it, with the message, to Postino&apos;s developers.</source>
        <translation>È Postino stesso a creare questo messaggio: segnala il problema agli sviluppatori di Postino, allegando il messaggio.</translation>
    </message>
    <message>
        <source>Something on the way (the mailer, a plugin, a relay) rewrote the message: send it again through the mailer alone and compare.</source>
        <translation>Qualcosa lungo il percorso (il servizio di invio, un plugin, un relay) ha riscritto il messaggio: invialo di nuovo solo tramite il servizio di invio e confronta.</translation>
    </message>
    <message>
        <source>The message has line ends other than CR LF; receivers may refuse or alter it.</source>
        <translation>Il messaggio ha terminazioni di riga diverse da CR LF; i server riceventi potrebbero rifiutarlo o modificarlo.</translation>
    </message>
    <message>
        <source>End every line with CR LF</source>
        <translation>Termina ogni riga con CR LF</translation>
    </message>
    <message>
        <source>A line of the message is %1 characters long; RFC 5322 allows at most 998.</source>
        <translation>Una riga del messaggio è lunga %1 caratteri; l&apos;RFC 5322 ne consente al massimo 998.</translation>
    </message>
    <message>
        <source>Keep lines within 998 characters</source>
        <translation>Mantieni le righe entro i 998 caratteri</translation>
    </message>
    <message>
        <source>Long text must be wrapped or sent quoted-printable or base64.</source>
        <translation>Il testo lungo va mandato a capo oppure inviato in quoted-printable o base64.</translation>
    </message>
    <message>
        <source>The header holds raw 8-bit bytes; without SMTPUTF8 they must be encoded (RFC 2047).</source>
        <translation>L&apos;intestazione contiene byte a 8 bit non codificati; senza SMTPUTF8 devono essere codificati (RFC 2047).</translation>
    </message>
    <message>
        <source>Encode non-ASCII header text</source>
        <translation>Codifica il testo non ASCII delle intestazioni</translation>
    </message>
    <message>
        <source>The header field %1 appears %2 times; RFC 5322 allows it once.</source>
        <translation>Il campo di intestazione %1 compare %2 volte; l&apos;RFC 5322 ne consente uno solo.</translation>
    </message>
    <message>
        <source>Send each of these fields once</source>
        <translation>Invia ciascuno di questi campi una sola volta</translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation>Il messaggio non ha un campo From.</translation>
    </message>
    <message>
        <source>Set a From address</source>
        <translation>Imposta un indirizzo del mittente</translation>
    </message>
    <message>
        <source>The From field names %1 mailboxes; Gmail and Yahoo expect exactly one.</source>
        <translation>Il campo From indica %1 caselle di posta; Gmail e Yahoo se ne aspettano esattamente una.</translation>
    </message>
    <message>
        <source>Use one From address</source>
        <translation>Usa un solo indirizzo del mittente</translation>
    </message>
    <message>
        <source>Put other addresses in Reply-To or Cc instead.</source>
        <translation>Metti invece gli altri indirizzi in Reply-To o in Cc.</translation>
    </message>
    <message>
        <source>The From field has no usable address: “%1”.</source>
        <translation>Il campo From non contiene un indirizzo utilizzabile: “%1”.</translation>
    </message>
    <message>
        <source>The message has no Date field.</source>
        <translation>Il messaggio non ha un campo Date.</translation>
    </message>
    <message>
        <source>Add a Date field</source>
        <translation>Aggiungi un campo Date</translation>
    </message>
    <message>
        <source>The Date field “%1” is not an RFC 5322 date.</source>
        <translation>Il campo Date “%1” non è una data nel formato RFC 5322.</translation>
    </message>
    <message>
        <source>Write the date as RFC 5322 says</source>
        <translation>Scrivi la data come prescrive l&apos;RFC 5322</translation>
    </message>
    <message>
        <source>The message has no Message-ID; Gmail counts it against the sender.</source>
        <translation>Il messaggio non ha un Message-ID; Gmail lo considera a sfavore del mittente.</translation>
    </message>
    <message>
        <source>Add a Message-ID</source>
        <translation>Aggiungi un Message-ID</translation>
    </message>
    <message>
        <source>The Message-ID “%1” is not of the form &lt;unique@domain&gt;.</source>
        <translation>Il Message-ID “%1” non ha la forma &lt;univoco@dominio&gt;.</translation>
    </message>
    <message>
        <source>Write the Message-ID as &lt;unique@domain&gt;</source>
        <translation>Scrivi il Message-ID nella forma &lt;univoco@dominio&gt;</translation>
    </message>
    <message>
        <source>The Message-ID is on %1, not on the From domain %2.</source>
        <translation>Il Message-ID è su %1, non sul dominio del mittente %2.</translation>
    </message>
    <message>
        <source>The mailer replaced the Message-ID with one on %1; receivers accept that, it is common.</source>
        <translation>Il servizio di invio ha sostituito il Message-ID con uno su %1; i server riceventi lo accettano, è una pratica comune.</translation>
    </message>
    <message>
        <source>The message is multipart but has no MIME-Version field.</source>
        <translation>Il messaggio è multipart ma non ha un campo MIME-Version.</translation>
    </message>
    <message>
        <source>The message&apos;s multipart body does not open and close its boundary.</source>
        <translation>Il corpo multipart del messaggio non apre e chiude correttamente il suo delimitatore (boundary).</translation>
    </message>
    <message>
        <source>Send well-formed MIME</source>
        <translation>Invia un MIME ben formato</translation>
    </message>
    <message>
        <source>The test message follows RFC 5322: one From, a valid Date, a Message-ID, lines within 998 characters and complete MIME.</source>
        <translation>Il messaggio di prova è conforme all&apos;RFC 5322: un solo From, un Date valido, un Message-ID, righe entro i 998 caratteri e un MIME completo.</translation>
    </message>
    <message>
        <source>The copy that arrived has one From, a valid Date and a Message-ID.</source>
        <translation>La copia arrivata ha un solo From, un Date valido e un Message-ID.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Postino does not know how %1 signs in with these settings (check the region or tenant).</source>
        <translation>Postino non sa come accedere a %1 con queste impostazioni (controlla la regione o il tenant).</translation>
    </message>
    <message>
        <source>The OAuth client ID is missing.</source>
        <translation>Manca l&apos;ID client OAuth.</translation>
    </message>
    <message>
        <source>Create an OAuth client with %1 and copy its client ID and secret into Postino.</source>
        <translation>Crea un client OAuth presso %1 e copia in Postino il suo ID client e il segreto client.</translation>
    </message>
    <message>
        <source>%1 did not grant access (%2).</source>
        <translation>%1 non ha concesso l&apos;accesso (%2).</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Consenti l&apos;accesso</translation>
    </message>
    <message>
        <source>Sign in again and click &quot;Allow&quot; (or &quot;Accept&quot;) on %1&apos;s page.</source>
        <translation>Accedi di nuovo e fai clic su &quot;Consenti&quot; (o &quot;Accetta&quot;) nella pagina di %1.</translation>
    </message>
    <message>
        <source>For a work or school account, your administrator may have to approve the app first.</source>
        <translation>Per un account aziendale o dell&apos;istituto di istruzione, potrebbe essere necessario che l&apos;amministratore approvi prima l&apos;app.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved sign-in (%2): it was revoked or has expired.</source>
        <translation>%1 non accetta più l&apos;accesso salvato (%2): è stato revocato o è scaduto.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Click Sign out, then Sign in on the Configure mailer page (or run &quot;postino-cli oauth sign-in&quot;).</source>
        <translation>Fai clic su Disconnetti, poi su Accedi nella pagina di configurazione (oppure esegui &quot;postino-cli oauth sign-in&quot;).</translation>
    </message>
    <message>
        <source>Changing the account&apos;s password can end earlier sign-ins.</source>
        <translation>Cambiare la password dell&apos;account può far scadere gli accessi precedenti.</translation>
    </message>
    <message>
        <source>%1 refused the authorization code (%2).</source>
        <translation>%1 ha rifiutato il codice di autorizzazione (%2).</translation>
    </message>
    <message>
        <source>Codes are valid for a few minutes and only once: start the sign-in again and finish it without waiting.</source>
        <translation>I codici valgono pochi minuti e una sola volta: avvia di nuovo l&apos;accesso e completalo senza aspettare.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct.</source>
        <translation>Verifica che l&apos;orologio di questo computer sia corretto.</translation>
    </message>
    <message>
        <source>%1 does not accept Postino&apos;s redirect address (%2).</source>
        <translation>%1 non accetta l&apos;indirizzo di reindirizzamento di Postino (%2).</translation>
    </message>
    <message>
        <source>Set a fixed Redirect port in Postino and register exactly http://127.0.0.1:PORT/ as the client&apos;s redirect URI.</source>
        <translation>Imposta in Postino una porta fissa nel campo Porta di reindirizzamento e registra esattamente http://127.0.0.1:PORT/ come URI di reindirizzamento del client.</translation>
    </message>
    <message>
        <source>Copy the address exactly: the scheme, the port and the final slash all count.</source>
        <translation>Copia l&apos;indirizzo esattamente com&apos;è: contano lo schema, la porta e la barra finale.</translation>
    </message>
    <message>
        <source>Register the redirect address</source>
        <translation>Registra l&apos;indirizzo di reindirizzamento</translation>
    </message>
    <message>
        <source>%1 does not accept the OAuth client (%2).</source>
        <translation>%1 non accetta il client OAuth (%2).</translation>
    </message>
    <message>
        <source>Copy the client ID and the client secret again, without spaces; create a new secret if the old one has expired.</source>
        <translation>Copia di nuovo l&apos;ID client e il segreto client, senza spazi; crea un nuovo segreto se quello vecchio è scaduto.</translation>
    </message>
    <message>
        <source>Check the OAuth client</source>
        <translation>Controlla il client OAuth</translation>
    </message>
    <message>
        <source>%1 refused the permissions Postino asked for (%2).</source>
        <translation>%1 ha rifiutato le autorizzazioni richieste da Postino (%2).</translation>
    </message>
    <message>
        <source>Enable the API</source>
        <translation>Abilita l&apos;API</translation>
    </message>
    <message>
        <source>Add the mail-sending permission to the client, then sign in again.</source>
        <translation>Aggiungi al client l&apos;autorizzazione a inviare posta, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (%2).</source>
        <translation>%1 ha avuto un problema interno (%2).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation>Attendi qualche minuto e accedi di nuovo.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with an error (%2).</source>
        <translation>%1 ha risposto all&apos;accesso con un errore (%2).</translation>
    </message>
    <message>
        <source>Check the client ID, the secret and the redirect address, then sign in again.</source>
        <translation>Controlla l&apos;ID client, il segreto e l&apos;indirizzo di reindirizzamento, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Richiesta non compresa</translation>
    </message>
    <message>
        <source>Postino only expects the sign-in answer here.</source>
        <translation>Qui Postino attende solo la risposta all&apos;accesso.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Già fatto</translation>
    </message>
    <message>
        <source>Postino already has an answer for this sign-in; you can close this tab.</source>
        <translation>Postino ha già ricevuto una risposta per questo accesso; puoi chiudere questa scheda.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Accesso non completato</translation>
    </message>
    <message>
        <source>The provider answered &quot;%1&quot;. Go back to Postino to see what to do.</source>
        <translation>Il provider ha risposto &quot;%1&quot;. Torna a Postino per sapere cosa fare.</translation>
    </message>
    <message>
        <source>Back to Postino</source>
        <translation>Torna a Postino</translation>
    </message>
    <message>
        <source>Postino received the answer. You can close this tab and go back to Postino.</source>
        <translation>Postino ha ricevuto la risposta. Puoi chiudere questa scheda e tornare a Postino.</translation>
    </message>
    <message>
        <source>%1 answered with far more data than a sign-in answer holds.</source>
        <translation>%1 ha risposto con molti più dati di quanti ne contenga una risposta di accesso.</translation>
    </message>
    <message>
        <source>Check that no proxy or captive portal answers in the provider&apos;s place.</source>
        <translation>Verifica che nessun proxy o captive portal risponda al posto del provider.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Controlla la rete</translation>
    </message>
    <message>
        <source>Make sure this computer can reach %1 over HTTPS (port 443).</source>
        <translation>Assicurati che questo computer possa raggiungere %1 tramite HTTPS (porta 443).</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Verifica che data e ora di questo computer siano corrette.</translation>
    </message>
    <message>
        <source>%1&apos;s token endpoint answered HTTP %2 without a token.</source>
        <translation>L&apos;endpoint dei token di %1 ha risposto con HTTP %2 senza restituire un token.</translation>
    </message>
    <message>
        <source>Check the region or tenant, then sign in again.</source>
        <translation>Controlla la regione o il tenant, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser</source>
        <translation>Completa l&apos;accesso nel browser</translation>
    </message>
    <message>
        <source>Start again and complete every step on %1&apos;s page.</source>
        <translation>Ricomincia e completa tutti i passaggi nella pagina di %1.</translation>
    </message>
    <message>
        <source>If the page showed &quot;redirect_uri_mismatch&quot; (Google) or AADSTS50011 (Microsoft), the client does not accept %1: register it, or use a client type that accepts loopback addresses.</source>
        <translation>Se la pagina mostrava &quot;redirect_uri_mismatch&quot; (Google) o AADSTS50011 (Microsoft), il client non accetta %1: registralo, oppure usa un tipo di client che accetti gli indirizzi di loopback.</translation>
    </message>
    <message>
        <source>A firewall or security program must let the browser reach 127.0.0.1.</source>
        <translation>Un firewall o un programma di sicurezza deve consentire al browser di raggiungere 127.0.0.1.</translation>
    </message>
    <message>
        <source>Postino could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Postino non è riuscito a mettersi in ascolto su 127.0.0.1 per la risposta del browser: %1</translation>
    </message>
    <message>
        <source>Port %1 is in use; choose another Redirect port (and register it with the client).</source>
        <translation>La porta %1 è in uso; scegli un&apos;altra porta di reindirizzamento (e registrala nel client).</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Chiudi gli altri programmi e riprova.</translation>
    </message>
    <message>
        <source>Waiting for the browser on %1 (PKCE S256)…</source>
        <translation>In attesa del browser su %1 (PKCE S256)…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Accesso annullato.</translation>
    </message>
    <message>
        <source>The answer that reached Postino does not belong to this sign-in (its &quot;state&quot; does not match), so it was ignored.</source>
        <translation>La risposta arrivata a Postino non appartiene a questo accesso (il suo &quot;state&quot; non corrisponde), quindi è stata ignorata.</translation>
    </message>
    <message>
        <source>Start the sign-in again from Postino and use only the page it opens.</source>
        <translation>Avvia di nuovo l&apos;accesso da Postino e usa solo la pagina che apre.</translation>
    </message>
    <message>
        <source>If this repeats, another program may be answering on 127.0.0.1.</source>
        <translation>Se succede di nuovo, potrebbe esserci un altro programma che risponde su 127.0.0.1.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Il browser è tornato senza un codice di autorizzazione.</translation>
    </message>
    <message>
        <source>Sign in again and allow access on the provider&apos;s page.</source>
        <translation>Accedi di nuovo e consenti l&apos;accesso nella pagina del provider.</translation>
    </message>
    <message>
        <source>The browser came back with an authorization code.</source>
        <translation>Il browser è tornato con un codice di autorizzazione.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token, so the sign-in lasts only about an hour.</source>
        <translation>%1 non ha fornito un refresh token, quindi l&apos;accesso dura solo un&apos;ora circa.</translation>
    </message>
    <message>
        <source>Remove Postino&apos;s access in your account&apos;s security settings, then sign in again: providers hand out a refresh token only on the first consent.</source>
        <translation>Rimuovi l&apos;accesso di Postino nelle impostazioni di sicurezza del tuo account, poi accedi di nuovo: i provider rilasciano un refresh token solo al primo consenso.</translation>
    </message>
    <message>
        <source>The sign-in did not grant the permission &quot;%1&quot;, which sending needs.</source>
        <translation>L&apos;accesso non ha concesso l&apos;autorizzazione &quot;%1&quot;, necessaria per l&apos;invio.</translation>
    </message>
    <message>
        <source>Grant every permission</source>
        <translation>Concedi tutte le autorizzazioni</translation>
    </message>
    <message>
        <source>Sign in again and leave every box on the consent page ticked.</source>
        <translation>Accedi di nuovo e lascia selezionate tutte le caselle nella schermata di consenso.</translation>
    </message>
    <message>
        <source>Signed in, but %1 would not say which account (HTTP %2).</source>
        <translation>Accesso effettuato, ma %1 non ha indicato con quale account (HTTP %2).</translation>
    </message>
    <message>
        <source>Signed in, but asking which account failed: %1</source>
        <translation>Accesso effettuato, ma non è stato possibile sapere con quale account: %1</translation>
    </message>
    <message>
        <source>Sending will ask again; if it fails too, check the permissions the client has.</source>
        <translation>L&apos;invio lo chiederà di nuovo; se non riesce neanche allora, controlla le autorizzazioni del client.</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Accesso effettuato con %1.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation>Accesso effettuato con %1 come %2.</translation>
    </message>
    <message>
        <source>Postino holds no sign-in for %1.</source>
        <translation>Postino non ha nessun accesso salvato per %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Click Sign in on the Configure mailer page, or run &quot;postino-cli oauth sign-in --mailer %1&quot;.</source>
        <translation>Fai clic su Accedi nella pagina di configurazione, oppure esegui &quot;postino-cli oauth sign-in --mailer %1&quot;.</translation>
    </message>
    <message>
        <source>%1 would not say which account signed in (HTTP %2).</source>
        <translation>%1 non ha indicato con quale account è stato effettuato l&apos;accesso (HTTP %2).</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>Disconnettiti e accedi di nuovo.</translation>
    </message>
    <message>
        <source>Postino forgot the sign-in anyway.</source>
        <translation>Postino ha comunque dimenticato l&apos;accesso.</translation>
    </message>
    <message>
        <source>%1 ended Postino&apos;s access.</source>
        <translation>%1 ha revocato l&apos;accesso di Postino.</translation>
    </message>
    <message>
        <source>%1 no longer knew the sign-in (HTTP %2); Postino forgot it.</source>
        <translation>%1 non riconosceva più l&apos;accesso (HTTP %2); Postino lo ha dimenticato.</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back to Postino within %n minute(s).</source>
        <translation>
            <numerusform>Il browser non è tornato a Postino entro %n minuto.</numerusform>
            <numerusform>Il browser non è tornato a Postino entro %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Richiesta non valida per questo accesso</translation>
    </message>
    <message>
        <source>This page only takes the answer to the sign-in Postino started, and this request is not it, so Postino ignored it. Finish the sign-in in the window Postino opened.</source>
        <translation>Questa pagina accetta solo la risposta all&apos;accesso avviato da Postino, e questa richiesta non lo è: Postino l&apos;ha ignorata. Completa l&apos;accesso nella finestra aperta da Postino.</translation>
    </message>
    <message>
        <source>Ignored an answer on 127.0.0.1 that does not belong to this sign-in (its &quot;state&quot; is wrong or missing); still waiting for the browser.</source>
        <translation>Ignorata una risposta su 127.0.0.1 che non appartiene a questo accesso (il suo &quot;state&quot; è errato o assente); in attesa del browser.</translation>
    </message>
    <message>
        <source>Check the region or tenant</source>
        <translation>Controlla la regione o il tenant</translation>
    </message>
    <message>
        <source>Pick the region (or tenant) in which your %1 account lives, then sign in again.</source>
        <translation>Scegli la regione (o il tenant) in cui si trova il tuo account %1, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>Create an OAuth client</source>
        <translation>Crea un client OAuth</translation>
    </message>
    <message>
        <source>Check what answers in the provider&apos;s place</source>
        <translation>Controlla chi risponde al posto del provider</translation>
    </message>
    <message>
        <source>Free the redirect port</source>
        <translation>Libera la porta di reindirizzamento</translation>
    </message>
    <message>
        <source>Check the client&apos;s permissions</source>
        <translation>Controlla i permessi del client</translation>
    </message>
</context>
<context>
    <name>PhpProbe</name>
    <message>
        <source>The probe result is larger than 1 MB: this is not the output of Postino&apos;s probe script.</source>
        <translation>Il risultato della verifica supera 1 MB: non è l&apos;output dello script di verifica di Postino.</translation>
    </message>
    <message>
        <source>The probe result is not valid JSON: copy the whole page the probe script printed, and nothing else.</source>
        <translation>Il risultato della verifica non è un JSON valido: copia tutta la pagina stampata dallo script di verifica, e nient&apos;altro.</translation>
    </message>
    <message>
        <source>The probe result does not have the expected fields: it is not the output of Postino&apos;s probe script.</source>
        <translation>Il risultato della verifica non ha i campi previsti: non è l&apos;output dello script di verifica di Postino.</translation>
    </message>
    <message>
        <source>Port %1 from the web server: %2.</source>
        <translation>Porta %1 dal server web: %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Upload %1 to your website&apos;s main folder (where wp-config.php is), with your hosting control panel&apos;s file manager or FTP.</source>
        <translation>Carica %1 nella cartella principale del tuo sito web (quella in cui si trova wp-config.php) con il file manager del pannello di controllo del tuo hosting oppure via FTP.</translation>
    </message>
    <message>
        <source>Copy everything the page shows and paste it below, or enter the address here and let Postino fetch it.</source>
        <translation>Copia tutto ciò che mostra la pagina e incollalo qui sotto, oppure inserisci qui l&apos;indirizzo e lascia che sia Postino a recuperarlo.</translation>
    </message>
    <message>
        <source>Enter the full address of the probe script, starting with https://.</source>
        <translation>Inserisci l&apos;indirizzo completo dello script di verifica, che inizia con https://.</translation>
    </message>
    <message>
        <source>Use the script&apos;s https:// address: Postino fetches results over HTTPS only.</source>
        <translation>Usa l&apos;indirizzo https:// dello script: Postino recupera i risultati solo tramite HTTPS.</translation>
    </message>
    <message>
        <source>The answer is larger than 1 MB: this is not the output of Postino&apos;s probe script.</source>
        <translation>La risposta supera 1 MB: non è l&apos;output dello script di verifica di Postino.</translation>
    </message>
    <message>
        <source>The address redirects to %1. Postino does not follow redirects here: enter the final address of the script.</source>
        <translation>L&apos;indirizzo reindirizza a %1. Qui Postino non segue i reindirizzamenti: inserisci l&apos;indirizzo finale dello script.</translation>
    </message>
    <message>
        <source>The web server has no script at this address (HTTP 404). If it ran once already, it has deleted itself: write a new one, or paste what the page showed.</source>
        <translation>Il server web non ha nessuno script a questo indirizzo (HTTP 404). Se è già stato eseguito una volta, si è cancellato da solo: creane uno nuovo, oppure incolla ciò che la pagina aveva mostrato.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer from the web server within %n second(s).</source>
        <translation>
            <numerusform>Nessuna risposta completa dal server web entro %n secondo.</numerusform>
            <numerusform>Nessuna risposta completa dal server web entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch the result: %1</source>
        <translation>Impossibile recuperare il risultato: %1</translation>
    </message>
    <message>
        <source>The web server answered HTTP %1 instead of the probe&apos;s result.</source>
        <translation>Il server web ha risposto con HTTP %1 invece che con il risultato della verifica.</translation>
    </message>
    <message>
        <source>Delete the script from your website when you are done: it only tests these ports, yet there is no reason to leave it there.</source>
        <translation>Quando hai finito, elimina lo script dal tuo sito web: verifica soltanto queste porte, ma non c&apos;è motivo di lasciarlo lì.</translation>
    </message>
    <message>
        <source>Open its address once in a browser, for example https://your-site.example/%1. It takes at most %2 seconds.</source>
        <translation>Apri una volta il suo indirizzo in un browser, per esempio https://tuo-sito.example/%1. Ci vogliono al massimo %2 secondi.</translation>
    </message>
    <message>
        <source>The script deletes itself as soon as it starts, so it runs only once. Its random name keeps others from finding it before.</source>
        <translation>Lo script si cancella appena parte, quindi funziona una volta sola. Il suo nome casuale impedisce ad altri di trovarlo prima.</translation>
    </message>
</context>
<context>
    <name>Policies</name>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;;&quot; before the next field, not by %2.</source>
        <translation>&quot;%1&quot; deve essere seguito da &quot;;&quot; prima del campo successivo, non da %2.</translation>
    </message>
    <message>
        <source>The record has an empty field (two &quot;;&quot; in a row).</source>
        <translation>Il record ha un campo vuoto (due &quot;;&quot; di seguito).</translation>
    </message>
    <message>
        <source>The field %1 is not a name=value pair.</source>
        <translation>Il campo %1 non è una coppia nome=valore.</translation>
    </message>
    <message>
        <source>The field %1 has spaces around &quot;=&quot;, which the record&apos;s syntax does not allow.</source>
        <translation>Il campo %1 ha degli spazi intorno a &quot;=&quot;, che la sintassi del record non consente.</translation>
    </message>
    <message>
        <source>%1 is not a valid field name.</source>
        <translation>%1 non è un nome di campo valido.</translation>
    </message>
    <message>
        <source>The id %1 must be 1 to 32 letters and digits (no dots, dashes or spaces).</source>
        <translation>L&apos;id %1 deve essere composto da 1 a 32 lettere e cifre (senza punti, trattini o spazi).</translation>
    </message>
    <message>
        <source>The field %1 has an empty or unusable value.</source>
        <translation>Il campo %1 ha un valore vuoto o non utilizzabile.</translation>
    </message>
    <message>
        <source>The record has no id=, which senders need to notice a new policy.</source>
        <translation>Il record non ha id=, che serve ai server mittenti per accorgersi di una nuova policy.</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark, which some senders read as part of the first field&apos;s name.</source>
        <translation>Il file inizia con un byte order mark (BOM), che alcuni server mittenti leggono come parte del nome del primo campo.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is not a &quot;key: value&quot; pair.</source>
        <translation>La riga %1 (%2) non è una coppia &quot;chiave: valore&quot;.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid field name.</source>
        <translation>Riga %1: %2 non è un nome di campo valido.</translation>
    </message>
    <message>
        <source>Line %1: spaces around the field name %2; write &quot;%3: value&quot; from the start of the line.</source>
        <translation>Riga %1: spazi intorno al nome del campo %2; scrivi &quot;%3: valore&quot; dall&apos;inizio della riga.</translation>
    </message>
    <message>
        <source>Line %1: field names are case-sensitive, so senders ignore %2; write &quot;%3&quot;.</source>
        <translation>Riga %1: i nomi dei campi distinguono tra maiuscole e minuscole, quindi i server mittenti ignorano %2; scrivi &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is given more than once; senders use the first value and ignore %3.</source>
        <translation>Riga %1: &quot;%2&quot; compare più di una volta; i server mittenti usano il primo valore e ignorano %3.</translation>
    </message>
    <message>
        <source>The version is %1; it must be &quot;STSv1&quot;.</source>
        <translation>La versione è %1; deve essere &quot;STSv1&quot;.</translation>
    </message>
    <message>
        <source>The mode %1 is not one of enforce, testing or none (in lower case).</source>
        <translation>La modalità %1 non è una tra enforce, testing o none (in minuscolo).</translation>
    </message>
    <message>
        <source>max_age %1 must be a whole number of seconds from 0 to %2 (about a year).</source>
        <translation>max_age %1 deve essere un numero intero di secondi da 0 a %2 (circa un anno).</translation>
    </message>
    <message>
        <source>max_age is %1 seconds, under a day: senders forget the policy that soon, which leaves gaps an attacker can use. A week (604800) or more is usual.</source>
        <translation>max_age è di %1 secondi, meno di un giorno: i server mittenti dimenticano la policy così presto da lasciare dei vuoti che un malintenzionato può sfruttare. Di solito si usa una settimana (604800) o più.</translation>
    </message>
    <message>
        <source>The mx value %1 is not a host name or a &quot;*.&quot; pattern.</source>
        <translation>Il valore mx %1 non è un nome host né un modello &quot;*.&quot;.</translation>
    </message>
    <message>
        <source>The policy has no &quot;version: STSv1&quot; line.</source>
        <translation>La policy non ha una riga &quot;version: STSv1&quot;.</translation>
    </message>
    <message>
        <source>The policy has no &quot;mode:&quot; line (enforce, testing or none).</source>
        <translation>La policy non ha una riga &quot;mode:&quot; (enforce, testing o none).</translation>
    </message>
    <message>
        <source>The policy has no &quot;max_age:&quot; line.</source>
        <translation>La policy non ha una riga &quot;max_age:&quot;.</translation>
    </message>
    <message>
        <source>The mode is %1 but no &quot;mx:&quot; line names the mail servers it covers.</source>
        <translation>La modalità è %1, ma nessuna riga &quot;mx:&quot; indica i server di posta a cui si applica.</translation>
    </message>
    <message>
        <source>rua= is given more than once; list every address in one rua=, separated by commas.</source>
        <translation>rua= compare più di una volta; elenca tutti gli indirizzi in un solo rua=, separati da virgole.</translation>
    </message>
    <message>
        <source>rua= has an empty address (a comma too many).</source>
        <translation>rua= contiene un indirizzo vuoto (una virgola di troppo).</translation>
    </message>
    <message>
        <source>The report address %1 is not a usable mailto: or https: address.</source>
        <translation>L&apos;indirizzo per i report %1 non è un indirizzo mailto: o https: utilizzabile.</translation>
    </message>
    <message>
        <source>The report address %1 must start with mailto: or https:.</source>
        <translation>L&apos;indirizzo per i report %1 deve iniziare con mailto: o https:.</translation>
    </message>
    <message>
        <source>The record has no rua= saying where reports go.</source>
        <translation>Il record non ha un rua= che indichi dove inviare i report.</translation>
    </message>
    <message>
        <source>The record must begin with &quot;v=BIMI1&quot; exactly as written here; mail providers skip %1.</source>
        <translation>Il record deve iniziare con &quot;v=BIMI1&quot;, scritto esattamente così; i provider di posta saltano %1.</translation>
    </message>
    <message>
        <source>The tag %1 is given more than once.</source>
        <translation>Il tag %1 compare più di una volta.</translation>
    </message>
    <message>
        <source>The tag v= is given more than once.</source>
        <translation>Il tag v= compare più di una volta.</translation>
    </message>
    <message>
        <source>l= must hold one logo address, not a list: %1.</source>
        <translation>l= deve contenere un solo indirizzo del logo, non un elenco: %1.</translation>
    </message>
    <message>
        <source>a= must hold one certificate address, not a list: %1.</source>
        <translation>a= deve contenere un solo indirizzo del certificato, non un elenco: %1.</translation>
    </message>
    <message>
        <source>The logo address %1 is not a full https:// address.</source>
        <translation>L&apos;indirizzo del logo %1 non è un indirizzo https:// completo.</translation>
    </message>
    <message>
        <source>The certificate address (a=) %1 must be a full https:// address.</source>
        <translation>L&apos;indirizzo del certificato (a=) %1 deve essere un indirizzo https:// completo.</translation>
    </message>
    <message>
        <source>The record has no l= tag (the logo&apos;s address, or empty to take no part).</source>
        <translation>Il record non ha il tag l= (l&apos;indirizzo del logo, oppure vuoto per non aderire).</translation>
    </message>
    <message>
        <source>The record must begin with exactly &quot;%1&quot; (this case, no space before it or around &quot;=&quot;); senders skip %2.</source>
        <translation>Il record deve iniziare esattamente con &quot;%1&quot; (maiuscole e minuscole come qui, senza spazi prima né attorno a &quot;=&quot;); i server mittenti ignorano %2.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>HTTPS to %1 works (%2).</source>
        <translation>HTTPS verso %1 funziona (%2).</translation>
    </message>
    <message>
        <source>Port %1 works: %2 answered, encrypted with %3.</source>
        <translation>La porta %1 funziona: ha risposto %2, con crittografia %3.</translation>
    </message>
    <message>
        <source>Port %1 is blocked: no answer at all, most likely a firewall on this network drops the connection.</source>
        <translation>La porta %1 è bloccata: nessuna risposta, molto probabilmente un firewall su questa rete scarta la connessione.</translation>
    </message>
    <message>
        <source>Port %1 was refused: nothing listens there, or a firewall rejects it.</source>
        <translation>La porta %1 ha rifiutato la connessione: non c&apos;è nessun servizio in ascolto, oppure un firewall la respinge.</translation>
    </message>
    <message>
        <source>Port %1 answers, but encryption does not work there.</source>
        <translation>La porta %1 risponde, ma lì la crittografia non funziona.</translation>
    </message>
    <message>
        <source>%1 answers, but not with HTTPS.</source>
        <translation>%1 risponde, ma non in HTTPS.</translation>
    </message>
    <message>
        <source>Something answers on port %1, but it is not an SMTP server.</source>
        <translation>Sulla porta %1 risponde qualcosa, ma non è un server SMTP.</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Il nome %1 non è stato trovato.</translation>
    </message>
    <message>
        <source>Port %1 was not tested to the end.</source>
        <translation>La porta %1 non è stata verificata fino in fondo.</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>utilizzabile</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>intercepted</source>
        <translation>intercettata</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>problema TLS</translation>
    </message>
    <message>
        <source>not SMTP</source>
        <translation>non SMTP</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host non trovato</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non verificata</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The server on port %1 does not offer encryption (STARTTLS).</source>
        <translation>Il server sulla porta %1 non offre la crittografia (STARTTLS).</translation>
    </message>
    <message>
        <source>Use an encrypted port</source>
        <translation>Usa una porta cifrata</translation>
    </message>
    <message>
        <source>Passwords must never travel in clear text: use a port that offers TLS.</source>
        <translation>Le password non devono mai viaggiare in chiaro: usa una porta che offre TLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>Il certificato di %1 non è valido: %2</translation>
    </message>
    <message>
        <source>No answer to the connection within %1 s.</source>
        <translation>Nessuna risposta alla connessione entro %1 s.</translation>
    </message>
    <message>
        <source>The encryption handshake did not finish within %1 s.</source>
        <translation>La negoziazione della crittografia non si è conclusa entro %1 s.</translation>
    </message>
    <message>
        <source>Connected, but no complete answer within %1 s.</source>
        <translation>Connesso, ma nessuna risposta completa entro %1 s.</translation>
    </message>
    <message>
        <source>SSL/TLS from the start</source>
        <translation>SSL/TLS fin dall&apos;inizio</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Use port %1 with %2: it works from this network.</source>
        <translation>Usa la porta %1 con %2: da questa rete funziona.</translation>
    </message>
    <message>
        <source>Set the port</source>
        <translation>Imposta la porta</translation>
    </message>
    <message>
        <source>Set Port to %1 and Encryption to %2.</source>
        <translation>Imposta Porta su %1 e Crittografia su %2.</translation>
    </message>
    <message>
        <source>The API host answers on HTTPS: this network can reach the mailer.</source>
        <translation>L&apos;host delle API risponde in HTTPS: questa rete raggiunge il servizio di invio.</translation>
    </message>
    <message>
        <source>The API host could not be reached over HTTPS from this network.</source>
        <translation>L&apos;host delle API non è raggiungibile in HTTPS da questa rete.</translation>
    </message>
    <message>
        <source>Use a mailer that sends over HTTPS (port 443) instead of SMTP: %1.</source>
        <translation>Usa un servizio di invio che invia tramite HTTPS (porta 443) invece che SMTP: %1.</translation>
    </message>
    <message>
        <source>Or ask your hosting provider for its own mail relay (SMTP server) and send through it.</source>
        <translation>Oppure chiedi al tuo provider di hosting il suo relay di posta (server SMTP) e invia tramite quello.</translation>
    </message>
    <message>
        <source>Check the SMTP host name</source>
        <translation>Controlla il nome host SMTP</translation>
    </message>
    <message>
        <source>Copy the host name exactly from your provider&apos;s instructions.</source>
        <translation>Copia il nome dell&apos;host esattamente come appare nelle istruzioni del tuo provider.</translation>
    </message>
    <message>
        <source>This network redirects mail connections to another server: %1 cannot be reached directly.</source>
        <translation>Questa rete dirotta le connessioni di posta verso un altro server: %1 non è raggiungibile direttamente.</translation>
    </message>
    <message>
        <source>Use your host&apos;s relay or an API mailer</source>
        <translation>Usa il relay del tuo hosting o un servizio di invio via API</translation>
    </message>
    <message>
        <source>Ask your hosting provider for its mail relay and use it as the SMTP server.</source>
        <translation>Chiedi al tuo provider di hosting il suo relay di posta e usalo come server SMTP.</translation>
    </message>
    <message>
        <source>This network blocks outgoing SMTP: none of the ports %1 on %2 could be reached.</source>
        <translation>Questa rete blocca l&apos;SMTP in uscita: nessuna delle porte %1 di %2 è raggiungibile.</translation>
    </message>
    <message>
        <source>The API host %1 answers on HTTPS: this mailer&apos;s API works from here.</source>
        <translation>L&apos;host delle API %1 risponde in HTTPS: da qui le API di questo servizio di invio funzionano.</translation>
    </message>
    <message>
        <source>Send over HTTPS instead</source>
        <translation>Invia invece tramite HTTPS</translation>
    </message>
    <message>
        <source>No SMTP port on %1 works from this network; see each port for the reason.</source>
        <translation>Nessuna porta SMTP di %1 funziona da questa rete; per il motivo guarda ciascuna porta.</translation>
    </message>
    <message>
        <source>Check the server name and its certificate</source>
        <translation>Controlla il nome del server e il suo certificato</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>No address of %1 connected: tried %2.</source>
        <translation>Nessun indirizzo di %1 ha accettato la connessione: provati %2.</translation>
    </message>
    <message>
        <source>%1 answered at %2.</source>
        <translation>%1 ha risposto all&apos;indirizzo %2.</translation>
    </message>
    <message>
        <source>%1 answered at %2; no connection to %3 first.</source>
        <translation>%1 ha risposto all&apos;indirizzo %2; prima, nessuna connessione a %3.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up within %2 s.</source>
        <translation>Impossibile risolvere il nome %1 entro %2 s.</translation>
    </message>
    <message>
        <source>The connection opened, but no server said a word within %1 s: something between this computer and the server (a firewall or proxy) is holding it.</source>
        <translation>La connessione si è aperta, ma nessun server ha detto una parola entro %1 s: qualcosa tra questo computer e il server (un firewall o un proxy) la sta trattenendo.</translation>
    </message>
    <message>
        <source>Let this computer reach the mailer over HTTPS</source>
        <translation>Fai in modo che questo computer raggiunga il servizio di invio via HTTPS</translation>
    </message>
    <message>
        <source>Check that other HTTPS sites open from here; a proxy or firewall may allow only some of them.</source>
        <translation>Verifica che da qui si aprano altri siti HTTPS; un proxy o un firewall potrebbe consentirne solo alcuni.</translation>
    </message>
    <message>
        <source>Run the same check on your web server (&quot;Test from your web server&quot; or postino-cli probe there): that is where the mail leaves from.</source>
        <translation>Esegui lo stesso controllo sul tuo server web (&quot;Verifica dal tuo server web&quot; oppure postino-cli probe lì): è da lì che parte la posta.</translation>
    </message>
    <message>
        <source>Use a port marked usable in this list; if none is, send through an API mailer over HTTPS (port 443) instead.</source>
        <translation>Usa una porta segnata come utilizzabile in questo elenco; se non ce n&apos;è nessuna, invia invece tramite un servizio di invio con API su HTTPS (porta 443).</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Ripeti la verifica</translation>
    </message>
    <message>
        <source>The check stopped before this port finished; run it again, and allow more time if the network is slow.</source>
        <translation>La verifica si è fermata prima che questa porta finisse; ripetila e concedi più tempo se la rete è lenta.</translation>
    </message>
    <message>
        <source>Use another port or ask for this one to be opened</source>
        <translation>Usa un&apos;altra porta o chiedi di aprire questa</translation>
    </message>
    <message>
        <source>Ask your hosting provider or network administrator whether outgoing port %1 can be opened.</source>
        <translation>Chiedi al tuo provider di hosting o all&apos;amministratore di rete se è possibile aprire la porta in uscita %1.</translation>
    </message>
    <message>
        <source>Check the port</source>
        <translation>Controlla la porta</translation>
    </message>
    <message>
        <source>Check in your provider&apos;s instructions that %1 takes mail on port %2.</source>
        <translation>Verifica nelle istruzioni del tuo provider che %1 accetti posta sulla porta %2.</translation>
    </message>
    <message>
        <source>Check the encryption for this port</source>
        <translation>Controlla la cifratura per questa porta</translation>
    </message>
    <message>
        <source>Port 465 expects SSL from the start; ports 587, 25 and 2525 expect STARTTLS.</source>
        <translation>La porta 465 richiede SSL fin dall&apos;inizio; le porte 587, 25 e 2525 richiedono STARTTLS.</translation>
    </message>
    <message>
        <source>Postino never sends a password without encryption: use a port that offers it.</source>
        <translation>Postino non invia mai una password senza cifratura: usa una porta che la offre.</translation>
    </message>
    <message>
        <source>Check the host and port</source>
        <translation>Controlla host e porta</translation>
    </message>
    <message>
        <source>Copy the SMTP host and port again from your provider&apos;s instructions.</source>
        <translation>Copia di nuovo host SMTP e porta dalle istruzioni del tuo provider.</translation>
    </message>
    <message>
        <source>Check the host name</source>
        <translation>Controlla il nome host</translation>
    </message>
    <message>
        <source>Copy the host name exactly from your provider&apos;s instructions, for example smtp.example.com.</source>
        <translation>Copia il nome host esattamente come compare nelle istruzioni del tuo provider, per esempio smtp.example.com.</translation>
    </message>
    <message>
        <source>On port %1 the server %2 answered instead of %3, and it could not prove to be %3: the network (often the hosting provider) redirects mail connections to its own server.</source>
        <translation>Sulla porta %1 ha risposto il server %2 invece di %3, e non ha potuto dimostrare di essere %3: la rete (spesso il provider di hosting) dirotta le connessioni di posta verso un proprio server.</translation>
    </message>
    <message>
        <source>Try another port or network</source>
        <translation>Prova un&apos;altra porta o un&apos;altra rete</translation>
    </message>
    <message>
        <source>Use a port marked usable in this list; a firewall often drops the others.</source>
        <translation>Usa una porta segnata come utilizzabile in questo elenco; spesso un firewall blocca le altre.</translation>
    </message>
    <message>
        <source>Run the same check on your web server: that is where the mail leaves from.</source>
        <translation>Ripeti la stessa verifica sul tuo server web: è da lì che parte la posta.</translation>
    </message>
    <message>
        <source>Check what answers in the API&apos;s place</source>
        <translation>Controlla chi risponde al posto dell&apos;API</translation>
    </message>
    <message>
        <source>A proxy, antivirus or captive portal on this network may answer for the API host; try another network.</source>
        <translation>Un proxy, un antivirus o un captive portal su questa rete potrebbe rispondere al posto dell&apos;host dell&apos;API; prova un&apos;altra rete.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Verifica che data e ora di questo computer siano corrette.</translation>
    </message>
    <message>
        <source>Check the connection to the API host</source>
        <translation>Controlla la connessione all&apos;host dell&apos;API</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The mailer &quot;%1&quot; is not one Postino knows.</source>
        <translation>Postino non conosce il servizio di invio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose a mailer from the list.</source>
        <translation>Scegli un servizio di invio dall&apos;elenco.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Il campo %1 è obbligatorio.</translation>
    </message>
    <message>
        <source>%1 must be a number from 1 to 65535.</source>
        <translation>Il campo %1 deve essere un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Common mail ports are 587, 465, 25 and 2525.</source>
        <translation>Le porte di posta più comuni sono 587, 465, 25 e 2525.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>&quot;%1&quot; non è un nome di server valido.</translation>
    </message>
    <message>
        <source>Enter a name such as smtp.example.com, without http:// or a port.</source>
        <translation>Inserisci un nome come smtp.example.com, senza http:// né numero di porta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; non è un indirizzo email valido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot; non è un valore valido per %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a valid %2.</source>
        <translation>&quot;%1&quot; non sembra un valore valido per %2.</translation>
    </message>
    <message>
        <source>The From email address is required.</source>
        <translation>L&apos;indirizzo email del mittente è obbligatorio.</translation>
    </message>
    <message>
        <source>Use an address on your website&apos;s domain, such as hello@example.com.</source>
        <translation>Usa un indirizzo sul dominio del tuo sito web, come info@example.com.</translation>
    </message>
    <message>
        <source>Check for typos: an address looks like name@example.com.</source>
        <translation>Controlla che non ci siano errori di battitura: un indirizzo ha la forma nome@example.com.</translation>
    </message>
    <message>
        <source>The From name cannot contain line breaks.</source>
        <translation>Il nome del mittente non può contenere interruzioni di riga.</translation>
    </message>
    <message>
        <source>An alert channel without an id, or with the id of another, was ignored.</source>
        <translation>È stato ignorato un canale di avviso senza ID o con l&apos;ID di un altro canale.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>a group of settings</source>
        <translation>un gruppo di impostazioni</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the profile is %2, but it must be %3; Postino ignored it and uses the default (%4).</source>
        <translation>Nel profilo &quot;%1&quot; è %2, ma deve essere %3; Postino l&apos;ha ignorato e usa il valore predefinito (%4).</translation>
    </message>
    <message>
        <source>Write %1 as %2 in the file, or set it again in Postino and save the profile.</source>
        <translation>Scrivi %1 come %2 nel file, oppure impostalo di nuovo in Postino e salva il profilo.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Postino (format version %1; this one reads version %2). Settings it does not know are kept as they are.</source>
        <translation>Questo profilo è stato scritto da una versione più recente di Postino (formato versione %1; questa legge la versione %2). Le impostazioni che non conosce vengono conservate così come sono.</translation>
    </message>
    <message>
        <source>Update Postino to the version that wrote the profile, and check the settings before sending.</source>
        <translation>Aggiorna Postino alla versione che ha scritto il profilo e controlla le impostazioni prima di inviare.</translation>
    </message>
    <message>
        <source>The file contained a secret (%1); Postino ignored it.</source>
        <translation>Il file conteneva un segreto (%1); Postino l&apos;ha ignorato.</translation>
    </message>
    <message>
        <source>Give each channel in the file its own &quot;id&quot;, or add the channel again in Postino.</source>
        <translation>Assegna a ogni canale del file un proprio &quot;id&quot;, oppure aggiungi di nuovo il canale in Postino.</translation>
    </message>
    <message>
        <source>Choose a mailer</source>
        <translation>Scegli un servizio di invio</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Compila %1</translation>
    </message>
    <message>
        <source>Copy it from your mailer&apos;s account page or its setup instructions.</source>
        <translation>Copialo dalla pagina del tuo account presso il servizio di invio o dalle sue istruzioni di configurazione.</translation>
    </message>
    <message>
        <source>Correct the port</source>
        <translation>Correggi la porta</translation>
    </message>
    <message>
        <source>Correct the server name</source>
        <translation>Correggi il nome del server</translation>
    </message>
    <message>
        <source>Correct the address</source>
        <translation>Correggi l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>Scegli un valore dall&apos;elenco</translation>
    </message>
    <message>
        <source>Pick one of the values %1 offers.</source>
        <translation>Scegli uno dei valori che %1 offre.</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Correggi %1</translation>
    </message>
    <message>
        <source>Copy it again from your mailer&apos;s account page, without spaces before or after.</source>
        <translation>Copialo di nuovo dalla pagina del tuo account presso il servizio di invio, senza spazi prima o dopo.</translation>
    </message>
    <message>
        <source>Fill in the From address</source>
        <translation>Compila l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Correct the From address</source>
        <translation>Correggi l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Correct the From name</source>
        <translation>Correggi il nome del mittente</translation>
    </message>
    <message>
        <source>Write the name on one line, as recipients should see it.</source>
        <translation>Scrivi il nome su una sola riga, come dovranno vederlo i destinatari.</translation>
    </message>
    <message>
        <source>Correct the value in the profile</source>
        <translation>Correggi il valore nel profilo</translation>
    </message>
    <message>
        <source>Enter the secret in Postino and delete it from the file</source>
        <translation>Inserisci il segreto in Postino e cancellalo dal file</translation>
    </message>
    <message>
        <source>Type it into its field in the wizard, or give it to postino-cli through the environment or --secrets-file.</source>
        <translation>Scrivilo nel suo campo della procedura guidata, oppure passalo a postino-cli tramite l&apos;ambiente o --secrets-file.</translation>
    </message>
    <message>
        <source>Remove it from the profile file and from any copies of it.</source>
        <translation>Toglilo dal file del profilo e da tutte le sue copie.</translation>
    </message>
    <message>
        <source>Update Postino</source>
        <translation>Aggiorna Postino</translation>
    </message>
    <message>
        <source>Check the failure alerts</source>
        <translation>Controlla gli avvisi di mancato invio</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Your saved settings could not be read</source>
        <translation>Impossibile leggere le impostazioni salvate</translation>
    </message>
    <message>
        <source>Postino starts with empty settings; the unreadable file is kept and renamed with &quot;.broken&quot; when you next save, so nothing is lost.</source>
        <translation>Postino parte con impostazioni vuote; il file illeggibile viene conservato e rinominato con &quot;.broken&quot; al prossimo salvataggio, quindi non si perde nulla.</translation>
    </message>
    <message>
        <source>If you have a copy of the profile elsewhere, import it from the Welcome page.</source>
        <translation>Se hai una copia del profilo altrove, importala dalla pagina di benvenuto.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Impossibile aprire il file: %1</translation>
    </message>
    <message>
        <source>The file is %1 bytes long, far larger than a Postino profile can be.</source>
        <translation>Il file è lungo %1 byte, molto più di quanto possa esserlo un profilo Postino.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Il file non è un JSON valido (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold a Postino profile.</source>
        <translation>Il file non contiene un profilo Postino.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>Reputation</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>nessuna risposta entro %n secondo</numerusform>
            <numerusform>nessuna risposta entro %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>the DNS server failed to answer</source>
        <translation>il server DNS non è riuscito a rispondere</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>il server DNS ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>the name cannot be looked up</source>
        <translation>il nome non può essere risolto</translation>
    </message>
    <message>
        <source>no answer before the check&apos;s time ran out</source>
        <translation>nessuna risposta prima che scadesse il tempo del controllo</translation>
    </message>
</context>
<context>
    <name>ReverseDns</name>
    <message>
        <source>the DNS server did not answer in time</source>
        <translation>il server DNS non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>il server DNS non è riuscito a rispondere (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>il server DNS ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>the name cannot be looked up</source>
        <translation>il nome non può essere risolto</translation>
    </message>
    <message>
        <source>the reverse DNS (PTR) lookup failed: %1</source>
        <translation>la ricerca nel DNS inverso (PTR) non è riuscita: %1</translation>
    </message>
    <message>
        <source>%1: no answer in time</source>
        <translation>%1: nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>the address of the reverse DNS name could not be looked up (%1)</source>
        <translation>non è stato possibile cercare l&apos;indirizzo del nome presente nel DNS inverso (%1)</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Mailer</source>
        <translation>Servizio di invio</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attivato</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Postino %1</source>
        <translation>Postino %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Conversation with the server (seconds since start)</source>
        <translation>Conversazione con il server (secondi dall&apos;inizio)</translation>
    </message>
</context>
<context>
    <name>SmtpAdvice</name>
    <message>
        <source>If your host blocks mail ports, choose an API mailer (such as SendLayer, Brevo or Mailgun): it sends over HTTPS on port 443, which hosts leave open.</source>
        <translation>Se il tuo hosting blocca le porte di posta, scegli un servizio API (come SendLayer, Brevo o Mailgun): invia tramite HTTPS sulla porta 443, che gli hosting lasciano aperta.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2).</source>
        <translation>Il nome del server %1 non è stato trovato (%2).</translation>
    </message>
    <message>
        <source>Check the SMTP host name</source>
        <translation>Controlla il nome host SMTP</translation>
    </message>
    <message>
        <source>Copy the host name exactly from your provider&apos;s instructions, for example smtp.example.com.</source>
        <translation>Copia il nome host esattamente come compare nelle istruzioni del tuo provider, per esempio smtp.example.com.</translation>
    </message>
    <message>
        <source>Leave out any http://, slashes or port number.</source>
        <translation>Togli eventuali http://, barre o numeri di porta.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing is listening there.</source>
        <translation>%1 ha rifiutato la connessione sulla porta %2: non c&apos;è nulla in ascolto.</translation>
    </message>
    <message>
        <source>Check the port</source>
        <translation>Controlla la porta</translation>
    </message>
    <message>
        <source>Your provider&apos;s instructions name the port: usually 587 with TLS, or 465 with SSL.</source>
        <translation>Le istruzioni del tuo provider indicano la porta: di solito 587 con TLS o 465 con SSL.</translation>
    </message>
    <message>
        <source>If the port is right, the server may be down; try again later.</source>
        <translation>Se la porta è corretta, il server potrebbe essere fuori servizio; riprova più tardi.</translation>
    </message>
    <message>
        <source>The server closed the connection before the conversation started.</source>
        <translation>Il server ha chiuso la connessione prima che la comunicazione iniziasse.</translation>
    </message>
    <message>
        <source>Check the encryption setting</source>
        <translation>Controlla l&apos;impostazione della crittografia</translation>
    </message>
    <message>
        <source>Port 465 expects SSL, port 587 expects TLS (STARTTLS): make sure the encryption matches the port.</source>
        <translation>La porta 465 richiede SSL, la porta 587 richiede TLS (STARTTLS): assicurati che la crittografia corrisponda alla porta.</translation>
    </message>
    <message>
        <source>Some servers refuse connections from addresses on a blocklist; ask your provider whether your address is allowed.</source>
        <translation>Alcuni server rifiutano le connessioni da indirizzi presenti in una lista di blocco; chiedi al tuo provider se il tuo indirizzo è consentito.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Send the test again; if it keeps happening, ask your provider why the server drops the connection.</source>
        <translation>Invia di nuovo la prova; se continua a succedere, chiedi al tuo provider perché il server interrompe la connessione.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Si è verificato un errore di rete: %1</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Controlla la connessione</translation>
    </message>
    <message>
        <source>Make sure this computer is online and no firewall or security software blocks port %1.</source>
        <translation>Assicurati che questo computer sia connesso a Internet e che nessun firewall o software di sicurezza blocchi la porta %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Il certificato del server è scaduto il %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Il certificato del server è scaduto</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator or your provider: the certificate must be renewed.</source>
        <translation>Avvisa l&apos;amministratore del server o il tuo provider: il certificato deve essere rinnovato.</translation>
    </message>
    <message>
        <source>Postino does not send passwords to a server it cannot verify.</source>
        <translation>Postino non invia password a un server che non riesce a verificare.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>Il certificato del server è rilasciato per %1, non per %2.</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for</source>
        <translation>Usa il nome host per cui è stato rilasciato il certificato</translation>
    </message>
    <message>
        <source>Many hosts want their own server name (for example mail.yourhost.com) rather than your domain: check your provider&apos;s instructions.</source>
        <translation>Molti hosting richiedono il nome del proprio server (per esempio mail.yourhost.com) anziché il tuo dominio: controlla le istruzioni del tuo provider.</translation>
    </message>
    <message>
        <source>Postino does not send passwords to a server whose name does not match.</source>
        <translation>Postino non invia password a un server il cui nome non corrisponde.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed.</source>
        <translation>Il certificato del server è autofirmato.</translation>
    </message>
    <message>
        <source>The server&apos;s identity cannot be verified</source>
        <translation>Impossibile verificare l&apos;identità del server</translation>
    </message>
    <message>
        <source>Use your provider&apos;s official host name, which usually has a valid certificate.</source>
        <translation>Usa il nome host ufficiale del tuo provider, che di solito ha un certificato valido.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust.</source>
        <translation>Il certificato del server è stato rilasciato da un&apos;autorità che questo computer non considera attendibile.</translation>
    </message>
    <message>
        <source>Check that the host name is your provider&apos;s official one.</source>
        <translation>Verifica che il nome host sia quello ufficiale del tuo provider.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>Impossibile stabilire la connessione sicura: %1</translation>
    </message>
    <message>
        <source>Old servers may only speak outdated TLS versions, which Postino refuses; ask your provider for a current server.</source>
        <translation>I server più vecchi potrebbero supportare solo versioni obsolete di TLS, che Postino rifiuta; chiedi al tuo provider un server aggiornato.</translation>
    </message>
    <message>
        <source>The port is probably blocked by a firewall</source>
        <translation>Probabilmente la porta è bloccata da un firewall</translation>
    </message>
    <message>
        <source>Check any firewall or security plugin on the server, and your own network.</source>
        <translation>Controlla eventuali firewall o plugin di sicurezza sul server, e anche la tua rete.</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Riprova più tardi</translation>
    </message>
    <message>
        <source>The server may be overloaded or slowing down connections on purpose; try again in a few minutes.</source>
        <translation>Il server potrebbe essere sovraccarico o rallentare di proposito le connessioni; riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>If it keeps happening, check the encryption setting matches the port.</source>
        <translation>Se continua a succedere, verifica che l&apos;impostazione della crittografia corrisponda alla porta.</translation>
    </message>
    <message>
        <source>You asked for TLS, but %1 does not offer STARTTLS. Postino stopped before sending your password.</source>
        <translation>Hai scelto TLS, ma %1 non supporta STARTTLS. Postino si è fermato prima di inviare la tua password.</translation>
    </message>
    <message>
        <source>The connection cannot be secured</source>
        <translation>Impossibile rendere sicura la connessione</translation>
    </message>
    <message>
        <source>If the port is 465, choose SSL instead of TLS.</source>
        <translation>Se la porta è la 465, scegli SSL invece di TLS.</translation>
    </message>
    <message>
        <source>Otherwise ask your provider for a port that supports TLS (usually 587).</source>
        <translation>Altrimenti chiedi al tuo provider una porta che supporti TLS (di solito la 587).</translation>
    </message>
    <message>
        <source>Something on the network may be removing STARTTLS; try another network.</source>
        <translation>Qualcosa nella rete potrebbe rimuovere STARTTLS; prova con un&apos;altra rete.</translation>
    </message>
    <message>
        <source>Many servers only offer login on an encrypted connection: choose TLS (port 587) or SSL (port 465).</source>
        <translation>Molti server consentono l&apos;accesso solo su una connessione crittografata: scegli TLS (porta 587) o SSL (porta 465).</translation>
    </message>
    <message>
        <source>If this server does not need a login (for example your host&apos;s own relay), turn Authentication off.</source>
        <translation>Se questo server non richiede l&apos;accesso (per esempio il relay del tuo hosting), disattiva l&apos;opzione Autenticazione.</translation>
    </message>
    <message>
        <source>The server does not offer a way to log in on this connection.</source>
        <translation>Il server non offre un modo per accedere su questa connessione.</translation>
    </message>
    <message>
        <source>Login is not available here</source>
        <translation>L&apos;accesso non è disponibile qui</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so Postino did not send your password.</source>
        <translation>La connessione non è crittografata, quindi Postino non ha inviato la tua password.</translation>
    </message>
    <message>
        <source>Use an encrypted connection</source>
        <translation>Usa una connessione crittografata</translation>
    </message>
    <message>
        <source>Choose TLS (port 587) or SSL (port 465).</source>
        <translation>Scegli TLS (porta 587) o SSL (porta 465).</translation>
    </message>
    <message>
        <source>Only choose None if you trust every network between you and the server.</source>
        <translation>Scegli Nessuna solo se ti fidi di tutte le reti tra te e il server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not follow the SMTP protocol: %1</source>
        <translation>La risposta del server non rispetta il protocollo SMTP: %1</translation>
    </message>
    <message>
        <source>Check that this is a mail server</source>
        <translation>Verifica che sia un server di posta</translation>
    </message>
    <message>
        <source>Make sure the host and port are those of an SMTP server, not a web or IMAP server.</source>
        <translation>Assicurati che host e porta siano quelli di un server SMTP, non di un server web o IMAP.</translation>
    </message>
    <message>
        <source>The message is %1 bytes; the server accepts at most %2.</source>
        <translation>Il messaggio è di %1 byte; il server ne accetta al massimo %2.</translation>
    </message>
    <message>
        <source>Send a smaller message</source>
        <translation>Invia un messaggio più piccolo</translation>
    </message>
    <message>
        <source>Remove attachments or ask your provider about the limit.</source>
        <translation>Rimuovi gli allegati o chiedi al tuo provider qual è il limite.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Il server ha risposto: %1</translation>
    </message>
    <message>
        <source>The server is busy or closing the connection</source>
        <translation>Il server è occupato o sta chiudendo la connessione</translation>
    </message>
    <message>
        <source>Wait a few minutes and send the test again.</source>
        <translation>Attendi qualche minuto e invia di nuovo la prova.</translation>
    </message>
    <message>
        <source>If it persists, your server&apos;s address may be rate-limited or blocklisted; ask your provider.</source>
        <translation>Se il problema persiste, l&apos;indirizzo del tuo server potrebbe essere soggetto a limiti di invio o finito in una lista di blocco; chiedi al tuo provider.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Il server ha rifiutato la connessione</translation>
    </message>
    <message>
        <source>Your address may be blocked by this server; ask your provider.</source>
        <translation>Il tuo indirizzo potrebbe essere bloccato da questo server; chiedi al tuo provider.</translation>
    </message>
    <message>
        <source>Try again later if the message mentions a temporary problem.</source>
        <translation>Riprova più tardi se il messaggio parla di un problema temporaneo.</translation>
    </message>
    <message>
        <source>The server refused the greeting</source>
        <translation>Il server ha rifiutato il saluto</translation>
    </message>
    <message>
        <source>Ask your provider whether connections from your address are allowed.</source>
        <translation>Chiedi al tuo provider se le connessioni dal tuo indirizzo sono consentite.</translation>
    </message>
    <message>
        <source>The server could not start TLS</source>
        <translation>Il server non è riuscito ad avviare TLS</translation>
    </message>
    <message>
        <source>Try SSL on port 465 instead.</source>
        <translation>Prova invece SSL sulla porta 465.</translation>
    </message>
    <message>
        <source>If the server&apos;s TLS is broken and you trust the network, turn Auto TLS off.</source>
        <translation>Se il TLS del server non funziona e ti fidi della rete, disattiva l&apos;opzione TLS automatico.</translation>
    </message>
    <message>
        <source>This account needs an app password</source>
        <translation>Questo account richiede una password per le app</translation>
    </message>
    <message>
        <source>Turn on 2-step verification for the account, then create an app password.</source>
        <translation>Attiva la verifica in due passaggi per l&apos;account, poi crea una password per le app.</translation>
    </message>
    <message>
        <source>Enter the app password here instead of your normal password.</source>
        <translation>Inserisci qui la password per le app invece della tua password normale.</translation>
    </message>
    <message>
        <source>Login needs an encrypted connection</source>
        <translation>L&apos;accesso richiede una connessione crittografata</translation>
    </message>
    <message>
        <source>Login failed for a temporary reason</source>
        <translation>Accesso non riuscito per un problema temporaneo</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Attendi qualche minuto e riprova.</translation>
    </message>
    <message>
        <source>The username or password was not accepted</source>
        <translation>Nome utente o password non accettati</translation>
    </message>
    <message>
        <source>Check the username: it is often the full email address.</source>
        <translation>Controlla il nome utente: spesso è l&apos;indirizzo email completo.</translation>
    </message>
    <message>
        <source>Type the password again; copying can add spaces.</source>
        <translation>Digita di nuovo la password: copiandola si possono aggiungere degli spazi.</translation>
    </message>
    <message>
        <source>Gmail, Outlook and Yahoo accounts with 2-step verification need an app password.</source>
        <translation>Gli account Gmail, Outlook e Yahoo con la verifica in due passaggi richiedono una password per le app.</translation>
    </message>
    <message>
        <source>Some providers lock an account after several failures; check its security page.</source>
        <translation>Alcuni provider bloccano l&apos;account dopo vari tentativi falliti; controlla la sua pagina della sicurezza.</translation>
    </message>
    <message>
        <source>The server wants a login before sending</source>
        <translation>Il server richiede l&apos;accesso prima dell&apos;invio</translation>
    </message>
    <message>
        <source>Turn Authentication on and enter your username and password.</source>
        <translation>Attiva l&apos;opzione Autenticazione e inserisci nome utente e password.</translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation>Il server ha rifiutato l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Use a From address the account may send as: usually its own address or one on a domain you verified with the provider.</source>
        <translation>Usa un indirizzo del mittente con cui l&apos;account può inviare: di solito il suo stesso indirizzo o uno su un dominio che hai verificato presso il provider.</translation>
    </message>
    <message>
        <source>The server will not relay mail for you</source>
        <translation>Il server non inoltra la posta per te</translation>
    </message>
    <message>
        <source>Turn Authentication on and enter the account&apos;s username and password: servers only pass mail on for users who log in.</source>
        <translation>Attiva l&apos;opzione Autenticazione e inserisci nome utente e password dell&apos;account: i server inoltrano la posta solo per gli utenti che hanno effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>If you already log in, the account may not be allowed to send from this address; check the From email.</source>
        <translation>Se hai già effettuato l&apos;accesso, l&apos;account potrebbe non essere autorizzato a inviare da questo indirizzo; controlla l&apos;email del mittente.</translation>
    </message>
    <message>
        <source>The server refused the recipient</source>
        <translation>Il server ha rifiutato il destinatario</translation>
    </message>
    <message>
        <source>Check the test recipient&apos;s address for typos.</source>
        <translation>Controlla che l&apos;indirizzo del destinatario della prova non contenga errori di battitura.</translation>
    </message>
    <message>
        <source>If the message mentions a limit, you may have hit a sending quota.</source>
        <translation>Se il messaggio parla di un limite, potresti aver raggiunto una quota di invio.</translation>
    </message>
    <message>
        <source>The message is too large for this server</source>
        <translation>Il messaggio è troppo grande per questo server</translation>
    </message>
    <message>
        <source>Ask your provider about its size limit.</source>
        <translation>Chiedi al tuo provider qual è il limite di dimensione.</translation>
    </message>
    <message>
        <source>The server refused the message by policy</source>
        <translation>Il server ha rifiutato il messaggio in base alle sue regole</translation>
    </message>
    <message>
        <source>Check that the From address belongs to your account or a verified domain.</source>
        <translation>Verifica che l&apos;indirizzo del mittente appartenga al tuo account o a un dominio verificato.</translation>
    </message>
    <message>
        <source>The message may have been taken for spam; read the server&apos;s answer above.</source>
        <translation>Il messaggio potrebbe essere stato scambiato per spam; leggi la risposta del server qui sopra.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Il server ha rifiutato il messaggio</translation>
    </message>
    <message>
        <source>Read the server&apos;s answer above; if it mentions a limit, wait and try again.</source>
        <translation>Leggi la risposta del server qui sopra; se parla di un limite, attendi e riprova.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Errore temporaneo</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Risposta inattesa</translation>
    </message>
    <message>
        <source>Read the server&apos;s answer above and check your settings.</source>
        <translation>Leggi la risposta del server qui sopra e controlla le impostazioni.</translation>
    </message>
    <message>
        <source>The server accepted the test email for delivery.</source>
        <translation>Il server ha accettato l&apos;email di prova per la consegna.</translation>
    </message>
    <message>
        <source>Its queue id is %1.</source>
        <translation>L&apos;ID del messaggio nella coda del server è %1.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s inbox</source>
        <translation>Controlla la posta in arrivo del destinatario</translation>
    </message>
    <message>
        <source>The message should arrive within a few minutes; look in the spam folder too.</source>
        <translation>Il messaggio dovrebbe arrivare entro pochi minuti; controlla anche la cartella dello spam.</translation>
    </message>
    <message>
        <source>If it does not arrive, check the From domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>Se non arriva, controlla i record SPF, DKIM e DMARC del dominio del mittente.</translation>
    </message>
    <message>
        <source>Connected securely and logged in; nothing was sent.</source>
        <translation>Connessione sicura stabilita e accesso effettuato; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Connected; login is turned off, so no password was checked.</source>
        <translation>Connessione stabilita; l&apos;accesso è disattivato, quindi non è stata verificata nessuna password.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1.</source>
        <translation>Impronta digitale del certificato (SHA-256): %1.</translation>
    </message>
    <message>
        <source>Only if the server&apos;s administrator confirms this exact fingerprint, choose &quot;Trust this certificate&quot; for this server.</source>
        <translation>Scegli &quot;Considera attendibile questo certificato&quot; per questo server solo se l&apos;amministratore del server ti conferma esattamente questa impronta digitale.</translation>
    </message>
    <message>
        <source>Postino spoke TLS from the first byte, but the server on port %1 answered in plain text (%2).</source>
        <translation>Postino ha usato TLS fin dal primo byte, ma il server sulla porta %1 ha risposto in chiaro (%2).</translation>
    </message>
    <message>
        <source>The encryption does not match the port</source>
        <translation>La crittografia non corrisponde alla porta</translation>
    </message>
    <message>
        <source>SSL (TLS from the start) belongs on port 465; for ports 587, 25 and 2525 choose TLS (STARTTLS).</source>
        <translation>SSL (TLS fin dall&apos;inizio) va usato sulla porta 465; per le porte 587, 25 e 2525 scegli TLS (STARTTLS).</translation>
    </message>
    <message>
        <source>Check your provider&apos;s instructions for the right pair of port and encryption.</source>
        <translation>Controlla nelle istruzioni del tuo provider la combinazione corretta di porta e crittografia.</translation>
    </message>
    <message>
        <source>Port %1 expects SSL</source>
        <translation>La porta %1 richiede SSL</translation>
    </message>
    <message>
        <source>Set the encryption to SSL for port %1.</source>
        <translation>Imposta la crittografia su SSL per la porta %1.</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>Il server non risponde</translation>
    </message>
    <message>
        <source>The server may be overloaded or deliberately slow with new connections; try again in a few minutes.</source>
        <translation>Il server potrebbe essere sovraccarico o rallentare di proposito le nuove connessioni; riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>If the port is 465, choose SSL; if it is 587 or 25, choose TLS.</source>
        <translation>Se la porta è la 465, scegli SSL; se è la 587 o la 25, scegli TLS.</translation>
    </message>
    <message>
        <source>Some firewalls accept connections and then block the traffic; try another port your provider offers.</source>
        <translation>Alcuni firewall accettano le connessioni e poi bloccano il traffico; prova un&apos;altra porta offerta dal tuo provider.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its website first</source>
        <translation>Il provider vuole che tu acceda prima dal suo sito web</translation>
    </message>
    <message>
        <source>Sign in to the account in a web browser and confirm any security prompt.</source>
        <translation>Accedi all&apos;account da un browser web e conferma eventuali richieste di sicurezza.</translation>
    </message>
    <message>
        <source>Then create an app password and use it here.</source>
        <translation>Poi crea una password per le app e usala qui.</translation>
    </message>
    <message>
        <source>Login over SMTP is turned off for this account</source>
        <translation>L&apos;accesso tramite SMTP è disattivato per questo account</translation>
    </message>
    <message>
        <source>The server does not accept this way of logging in</source>
        <translation>Il server non accetta questo metodo di accesso</translation>
    </message>
    <message>
        <source>If the server relays by address instead of by login, turn Authentication off.</source>
        <translation>Se il server inoltra la posta in base all&apos;indirizzo anziché all&apos;accesso, disattiva l&apos;opzione Autenticazione.</translation>
    </message>
    <message>
        <source>Otherwise ask your provider which login methods its SMTP server supports.</source>
        <translation>Altrimenti chiedi al tuo provider quali metodi di accesso supporta il suo server SMTP.</translation>
    </message>
    <message>
        <source>This account may not send as the From address</source>
        <translation>Questo account non può inviare con questo indirizzo del mittente</translation>
    </message>
    <message>
        <source>Use the account&apos;s own address as the From email.</source>
        <translation>Usa l&apos;indirizzo dell&apos;account stesso come email del mittente.</translation>
    </message>
    <message>
        <source>Or have the administrator grant &quot;Send As&quot; permission for the From address.</source>
        <translation>Oppure chiedi all&apos;amministratore di concedere l&apos;autorizzazione &quot;Invia come&quot; per l&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <source>The account has reached its sending limit</source>
        <translation>L&apos;account ha raggiunto il limite di invio</translation>
    </message>
    <message>
        <source>Wait until the limit resets (usually 24 hours).</source>
        <translation>Attendi che il limite si azzeri (di solito dopo 24 ore).</translation>
    </message>
    <message>
        <source>For a website, a transactional mail service has far higher limits than a mailbox.</source>
        <translation>Per un sito web, un servizio di email transazionali ha limiti molto più alti di una casella di posta.</translation>
    </message>
    <message>
        <source>The server offers login only by %1, which Postino cannot use here (it knows %2).</source>
        <translation>Il server consente l&apos;accesso solo tramite %1, che Postino qui non può usare (conosce %2).</translation>
    </message>
    <message>
        <source>No common way to log in</source>
        <translation>Nessun metodo di accesso in comune</translation>
    </message>
    <message>
        <source>Otherwise ask your provider for an SMTP server that accepts a password login.</source>
        <translation>Altrimenti chiedi al tuo provider un server SMTP che accetti l&apos;accesso con password.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, and the server does not support them (SMTPUTF8).</source>
        <translation>Un indirizzo contiene caratteri non ASCII e il server non li supporta (SMTPUTF8).</translation>
    </message>
    <message>
        <source>Use a plain ASCII address</source>
        <translation>Usa un indirizzo solo ASCII</translation>
    </message>
    <message>
        <source>Use an address without accented letters, or one in its ASCII (xn--) form.</source>
        <translation>Usa un indirizzo senza lettere accentate, oppure la sua forma ASCII (xn--).</translation>
    </message>
    <message>
        <source>Authentication is off, but the server offers a login: it probably expects one.</source>
        <translation>L&apos;opzione Autenticazione è disattivata, ma il server offre l&apos;accesso: probabilmente lo richiede.</translation>
    </message>
    <message>
        <source>Consider turning Authentication on</source>
        <translation>Valuta di attivare l&apos;opzione Autenticazione</translation>
    </message>
    <message>
        <source>Without a login, most servers refuse to pass mail on to other domains.</source>
        <translation>Senza accesso, la maggior parte dei server si rifiuta di inoltrare la posta verso altri domini.</translation>
    </message>
    <message>
        <source>The server is extremely slow</source>
        <translation>Il server è estremamente lento</translation>
    </message>
    <message>
        <source>Some servers slow down connections from addresses they distrust; try again later.</source>
        <translation>Alcuni server rallentano le connessioni dagli indirizzi di cui non si fidano; riprova più tardi.</translation>
    </message>
    <message>
        <source>If it keeps happening, ask your provider whether your server&apos;s address is blocklisted.</source>
        <translation>Se continua a succedere, chiedi al tuo provider se l&apos;indirizzo del tuo server è in una lista di blocco.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 on port %2 within %n second(s).</source>
        <translation>
            <numerusform>Nessuna risposta da %1 sulla porta %2 entro %n secondo.</numerusform>
            <numerusform>Nessuna risposta da %1 sulla porta %2 entro %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the server said nothing for %n second(s): it is waiting for TLS.</source>
        <translation>
            <numerusform>Connessione stabilita, ma il server non ha risposto per %n secondo: sta aspettando TLS.</numerusform>
            <numerusform>Connessione stabilita, ma il server non ha risposto per %n secondi: sta aspettando TLS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the server sent no greeting within %n second(s).</source>
        <translation>
            <numerusform>Connessione stabilita, ma il server non ha inviato il saluto entro %n secondo.</numerusform>
            <numerusform>Connessione stabilita, ma il server non ha inviato il saluto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering while %1 (waited %n second(s)).</source>
        <translation>
            <numerusform>Il server ha smesso di rispondere durante la fase di %1 (attesa di %n secondo).</numerusform>
            <numerusform>Il server ha smesso di rispondere durante la fase di %1 (attesa di %n secondi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server started its greeting but did not finish it within %n second(s).</source>
        <translation>
            <numerusform>Il server ha iniziato il saluto ma non l&apos;ha completato entro %n secondo.</numerusform>
            <numerusform>Il server ha iniziato il saluto ma non l&apos;ha completato entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the account&apos;s own address as the From email, or an alias the provider lets it use.</source>
        <translation>Usa come email del mittente l&apos;indirizzo dell&apos;account stesso, oppure un alias che il provider gli consente di usare.</translation>
    </message>
    <message>
        <source>If the address is on your own domain, add the domain to the account at your provider.</source>
        <translation>Se l&apos;indirizzo è su un tuo dominio, aggiungi il dominio all&apos;account presso il tuo provider.</translation>
    </message>
    <message>
        <source>The message failed the receiver&apos;s authentication checks</source>
        <translation>Il messaggio non ha superato i controlli di autenticazione del destinatario</translation>
    </message>
    <message>
        <source>Your domain&apos;s SPF or DKIM records do not cover this server: add the records your provider lists.</source>
        <translation>I record SPF o DKIM del tuo dominio non coprono questo server: aggiungi i record indicati dal tuo provider.</translation>
    </message>
    <message>
        <source>Check that the From address is on the domain those records belong to.</source>
        <translation>Verifica che l&apos;indirizzo del mittente sia sul dominio a cui appartengono quei record.</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, turn on &quot;Authenticated SMTP&quot; for this mailbox (and for the organization, if it is off there).</source>
        <translation>Nell&apos;interfaccia di amministrazione di Microsoft 365, attiva &quot;SMTP autenticato&quot; per questa casella di posta (e per l&apos;organizzazione, se lì è disattivato).</translation>
    </message>
    <message>
        <source>The From address is not one this account owns</source>
        <translation>L&apos;indirizzo mittente non appartiene a questo account</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly while %1.</source>
        <translation>Il server ha chiuso la connessione inaspettatamente durante la fase di %1.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to install a certificate from a recognized authority.</source>
        <translation>Chiedi all&apos;amministratore del server di installare un certificato rilasciato da un&apos;autorità riconosciuta.</translation>
    </message>
    <message>
        <source>If this is your own server, install a certificate from a recognized authority.</source>
        <translation>Se il server è tuo, installa un certificato rilasciato da un&apos;autorità riconosciuta.</translation>
    </message>
    <message>
        <source>Hosting companies often block some mail ports: try the other ports your provider offers (587, 465 or 2525).</source>
        <translation>Le società di hosting bloccano spesso alcune porte di posta: prova le altre porte offerte dal tuo provider (587, 465 o 2525).</translation>
    </message>
    <message>
        <source>Or, with the Microsoft 365 / Outlook mailer, choose &quot;Sign in with OAuth&quot; instead of an app password: that sends without an SMTP login.</source>
        <translation>Oppure, con il servizio Microsoft 365 / Outlook, scegli &quot;Accedi con OAuth&quot; invece della password per le app: così l&apos;invio avviene senza login SMTP.</translation>
    </message>
    <message>
        <source>Google did not accept this app password</source>
        <translation>Google non ha accettato questa password per le app</translation>
    </message>
    <message>
        <source>Google takes only an app password here, never the account&apos;s normal password: turn on 2-Step Verification, then create one under Google Account, Security, App passwords.</source>
        <translation>Qui Google accetta solo una password per le app, mai la password normale dell&apos;account: attiva la verifica in due passaggi, poi creane una in Account Google, Sicurezza, Password per le app.</translation>
    </message>
    <message>
        <source>An app password stops working when the Google password changes or the app password is revoked: create a new one and enter it without spaces.</source>
        <translation>Una password per le app smette di funzionare quando cambi la password di Google o quando viene revocata: creane una nuova e inseriscila senza spazi.</translation>
    </message>
    <message>
        <source>Check the username: the full Gmail or Google Workspace address.</source>
        <translation>Controlla il nome utente: l&apos;indirizzo Gmail o Google Workspace completo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer went on past %1 lines or %2 KB; Postino ended the connection. No mail server answers at such length.</source>
        <translation>La risposta del server è andata oltre %1 righe o %2 KB; Postino ha chiuso la connessione. Nessun server di posta risponde così a lungo.</translation>
    </message>
    <message>
        <source>If they are, something between this computer and the server (a proxy or security software) garbles the connection: try another network.</source>
        <translation>Se lo sono, qualcosa tra questo computer e il server (un proxy o un software di sicurezza) altera la connessione: prova un&apos;altra rete.</translation>
    </message>
    <message>
        <source>The server at %1 introduced itself as %2. Providers often name their machines differently from their website; the certificate check decides whether it is really %1.</source>
        <translation>Il server all&apos;indirizzo %1 si è presentato come %2. I provider spesso chiamano le loro macchine in modo diverso dal loro sito; è la verifica del certificato a stabilire se si tratta davvero di %1.</translation>
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
        <translation>nessuna crittografia</translation>
    </message>
    <message>
        <source>Trying the other usual ports at the same time…</source>
        <translation>Verifica in parallelo delle altre porte abituali…</translation>
    </message>
    <message>
        <source>port %1 with %2</source>
        <translation>porta %1 (%2)</translation>
    </message>
    <message>
        <source>Port %1 does not work from here, but %2 answers.</source>
        <translation>La porta %1 non funziona da qui, ma c&apos;è risposta su: %2.</translation>
    </message>
    <message>
        <source>Switch to a port that works</source>
        <translation>Passa a una porta che funziona</translation>
    </message>
    <message>
        <source>Set the port to %1 and the encryption to %2, then check again.</source>
        <translation>Imposta la porta su %1 e la crittografia su %2, poi ripeti il controllo.</translation>
    </message>
    <message>
        <source>Your web server&apos;s host may block different ports: run the same check there with postino-cli.</source>
        <translation>L&apos;hosting del tuo server web potrebbe bloccare porte diverse: esegui lo stesso controllo lì con postino-cli.</translation>
    </message>
</context>
<context>
    <name>SmtpReply</name>
    <message>
        <source>not an SMTP reply line: &quot;%1&quot;</source>
        <translation>non è una riga di risposta SMTP: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reply code %1 is outside 2xx-5xx</source>
        <translation>il codice di risposta %1 è fuori dall&apos;intervallo 2xx-5xx</translation>
    </message>
    <message>
        <source>reply lines disagree on the code (%1, then %2)</source>
        <translation>le righe della risposta non concordano sul codice (%1, poi %2)</translation>
    </message>
    <message>
        <source>a reply longer than %1 lines or %2 KB</source>
        <translation>una risposta più lunga di %1 righe o %2 KB</translation>
    </message>
</context>
<context>
    <name>Spf</name>
    <message>
        <source>more than %1 lookups returned nothing (RFC 7208 limit)</source>
        <translation>più di %1 ricerche non hanno dato alcun risultato (limite di RFC 7208)</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length /%1</source>
        <translation>lunghezza del prefisso IPv6 /%1 non valida</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length /%1</source>
        <translation>lunghezza del prefisso IPv4 /%1 non valida</translation>
    </message>
    <message>
        <source>the record contains a character that is not printable ASCII</source>
        <translation>il record contiene un carattere che non è ASCII stampabile</translation>
    </message>
    <message>
        <source>the record does not start with v=spf1</source>
        <translation>il record non inizia con v=spf1</translation>
    </message>
    <message>
        <source>%1= appears twice</source>
        <translation>%1= compare due volte</translation>
    </message>
    <message>
        <source>%1= has no domain</source>
        <translation>%1= non indica alcun dominio</translation>
    </message>
    <message>
        <source>invalid domain in %1=</source>
        <translation>dominio non valido in %1=</translation>
    </message>
    <message>
        <source>invalid macro in a modifier</source>
        <translation>macro non valida in un modificatore</translation>
    </message>
    <message>
        <source>all takes no value</source>
        <translation>all non accetta valori</translation>
    </message>
    <message>
        <source>%1 needs a domain</source>
        <translation>%1 richiede un dominio</translation>
    </message>
    <message>
        <source>invalid domain in %1</source>
        <translation>dominio non valido in %1</translation>
    </message>
    <message>
        <source>unexpected text after %1</source>
        <translation>testo inatteso dopo %1</translation>
    </message>
    <message>
        <source>invalid domain in ptr</source>
        <translation>dominio non valido in ptr</translation>
    </message>
    <message>
        <source>unexpected text after ptr</source>
        <translation>testo inatteso dopo ptr</translation>
    </message>
    <message>
        <source>%1 needs an address</source>
        <translation>%1 richiede un indirizzo</translation>
    </message>
    <message>
        <source>invalid prefix length in %1</source>
        <translation>lunghezza del prefisso non valida in %1</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address</source>
        <translation>%1 non è un indirizzo %2 valido</translation>
    </message>
    <message>
        <source>unknown mechanism %1</source>
        <translation>meccanismo sconosciuto %1</translation>
    </message>
    <message>
        <source>records nest too deeply</source>
        <translation>i record sono annidati troppo in profondità</translation>
    </message>
    <message>
        <source>%1 is not a valid domain name</source>
        <translation>%1 non è un nome di dominio valido</translation>
    </message>
    <message>
        <source>the TXT lookup for %1 failed (%2)</source>
        <translation>la ricerca TXT di %1 non è riuscita (%2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 non ha un record SPF</translation>
    </message>
    <message>
        <source>%1 has more than one SPF record</source>
        <translation>%1 ha più di un record SPF</translation>
    </message>
    <message>
        <source>the SPF record of %1 is invalid: %2 (at character %3)</source>
        <translation>il record SPF di %1 non è valido: %2 (al carattere %3)</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups (RFC 7208 limit)</source>
        <translation>più di %1 ricerche DNS (limite di RFC 7208)</translation>
    </message>
    <message>
        <source>redirect=%1 leads to a domain without an SPF record</source>
        <translation>redirect=%1 porta a un dominio senza record SPF</translation>
    </message>
    <message>
        <source>the address lookup for %1 failed (%2)</source>
        <translation>la ricerca degli indirizzi di %1 non è riuscita (%2)</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record</source>
        <translation>include:%1 non ha un record SPF</translation>
    </message>
    <message>
        <source>the lookup for %1 failed (%2)</source>
        <translation>la ricerca di %1 non è riuscita (%2)</translation>
    </message>
    <message>
        <source>the MX lookup for %1 failed (%2)</source>
        <translation>la ricerca MX di %1 non è riuscita (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 MX hosts</source>
        <translation>%1 ha più di %2 server MX</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Postino test email: sending through %1 works</source>
        <translation>Email di prova di Postino: l&apos;invio tramite %1 funziona</translation>
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
        <translation>Ciao,

questa è un&apos;email di prova inviata da Postino per verificare che il tuo sito web possa inviare email tramite %1.
Se la stai leggendo, il messaggio è partito dal server ed è arrivato in questa casella di posta.

Inviata il: %2
Mittente: %3
Server: %4
ID della prova: %5

Non è necessario rispondere.
</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>met</source>
        <translation>soddisfatto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non soddisfatto</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>non determinabile</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between requirement titles</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>for %1, not met: %2</source>
        <translation>per %1, requisiti non soddisfatti: %2</translation>
    </message>
    <message>
        <source>meets every rule Postino can check for %1</source>
        <translation>rispetta tutte le regole che Postino può verificare per %1</translation>
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
        <translation>I grandi provider di posta la accetteranno?</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>(not a written rule; their filters check it)</source>
        <translation>(non è una regola scritta; la verificano i loro filtri)</translation>
    </message>
    <message>
        <source>No SMTP server is set yet, so how mail is handed over is not known.</source>
        <translation>Non è ancora impostato alcun server SMTP, quindi non si sa come viene trasmessa la posta.</translation>
    </message>
    <message>
        <source>Mail goes to %1 without encryption: anyone on the way can read it, and receivers such as Gmail expect TLS.</source>
        <translation>La posta viene inviata a %1 senza crittografia: chiunque lungo il percorso può leggerla, e server riceventi come Gmail si aspettano TLS.</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Attiva la crittografia</translation>
    </message>
    <message>
        <source>On Configure, choose SSL/TLS (port 465) or STARTTLS (port 587), whichever the Checks page found open.</source>
        <translation>Nella pagina di configurazione scegli SSL/TLS (porta 465) o STARTTLS (porta 587), a seconda di quale porta la pagina Controlli ha trovato aperta.</translation>
    </message>
    <message>
        <source>Mail goes to %1 with STARTTLS whenever the server offers it.</source>
        <translation>La posta viene inviata a %1 con STARTTLS ogni volta che il server lo offre.</translation>
    </message>
    <message>
        <source>Mail goes to %1&apos;s API over HTTPS, and %1 delivers it on.</source>
        <translation>La posta viene inviata all&apos;API di %1 tramite HTTPS, e %1 la consegna a destinazione.</translation>
    </message>
    <message>
        <source>Mail goes to %1 over TLS.</source>
        <translation>La posta viene inviata a %1 tramite TLS.</translation>
    </message>
    <message numerus="yes">
        <source>for %1, not met: %2 (and %n more cannot be told yet)</source>
        <translation>
            <numerusform>per %1, requisiti non soddisfatti: %2 (e %n altro non ancora determinabile)</numerusform>
            <numerusform>per %1, requisiti non soddisfatti: %2 (e altri %n non ancora determinabili)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %1, %n rule(s) cannot be told yet</source>
        <translation>
            <numerusform>per %1, %n requisito non è ancora determinabile</numerusform>
            <numerusform>per %1, %n requisiti non sono ancora determinabili</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail goes to %1 encrypted with STARTTLS.</source>
        <translation>La posta viene inviata a %1 cifrata con STARTTLS.</translation>
    </message>
    <message>
        <source>Mail goes to %1 encrypted with SSL/TLS.</source>
        <translation>La posta viene inviata a %1 cifrata con SSL/TLS.</translation>
    </message>
</context>
<context>
    <name>postino::AboutDialog</name>
    <message>
        <source>Postino sets up a website&apos;s email sending and proves it works.</source>
        <translation>Postino configura l&apos;invio delle email di un sito web e dimostra che funziona.</translation>
    </message>
    <message>
        <source>About Postino</source>
        <translation>Informazioni su Postino</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, change and share it. Copyright © 2026 The Postino authors.</source>
        <translation>Software libero con licenza MIT: puoi usarlo, modificarlo e condividerlo. Copyright © 2026 gli autori di Postino.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilato con Qt %1, in esecuzione con Qt %2.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Impostazioni:</translation>
    </message>
    <message>
        <source>In the system keychain, never in the profile or the settings.</source>
        <translation>Nel portachiavi di sistema, mai nel profilo né nelle impostazioni.</translation>
    </message>
    <message>
        <source>For this session only: there is no system keychain to keep them in.</source>
        <translation>Solo per questa sessione: non c&apos;è un portachiavi di sistema in cui conservarli.</translation>
    </message>
    <message>
        <source>Passwords and keys:</source>
        <translation>Password e chiavi:</translation>
    </message>
    <message>
        <source>Where Postino keeps what it saves:</source>
        <translation>Dove Postino conserva ciò che salva:</translation>
    </message>
    <message>
        <source>Version %1 (revision %2)</source>
        <translation>Versione %1 (revisione %2)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licenza</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>postino::AcceptanceView</name>
    <message>
        <source>Provider and rule</source>
        <translation>Provider e regola</translation>
    </message>
    <message>
        <source>Everyday sending</source>
        <translation>Invii ordinari</translation>
    </message>
    <message>
        <source>Bulk sending</source>
        <translation>Invii massivi</translation>
    </message>
    <message>
        <source>Will mailbox providers accept your mail</source>
        <translation>I provider di posta accetteranno le tue email</translation>
    </message>
    <message>
        <source>%1 (checked by their filters)</source>
        <translation>%1 (lo verificano i loro filtri)</translation>
    </message>
    <message>
        <source>evidence for the rule above</source>
        <translation>prova a sostegno della regola sopra</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>non si applica</translation>
    </message>
</context>
<context>
    <name>postino::AlertChannelDialog</name>
    <message>
        <source>%1 alert</source>
        <translation>Avviso %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facoltativo)</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Correggi i campi evidenziati in rosso.</translation>
    </message>
</context>
<context>
    <name>postino::AlertsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Invia un avviso di &amp;prova</translation>
    </message>
    <message>
        <source>Failure alerts</source>
        <translation>Avvisi di mancato invio</translation>
    </message>
    <message>
        <source>Where the website tells you when an email fails to send. Each channel can send a test alert now, so you know it works before you need it.</source>
        <translation>Dove il sito web ti avvisa quando un&apos;email non viene inviata. Ogni canale può inviare subito un avviso di prova, così sai che funziona prima che ti serva.</translation>
    </message>
    <message>
        <source>No channel yet: pick a kind and press Add.</source>
        <translation>Ancora nessun canale: scegli un tipo e premi Aggiungi.</translation>
    </message>
    <message>
        <source>Sending a test alert to %1…</source>
        <translation>Invio di un avviso di prova a %1…</translation>
    </message>
    <message>
        <source>The test alert was sent.</source>
        <translation>L&apos;avviso di prova è stato inviato.</translation>
    </message>
    <message>
        <source>The test alert did not go through.</source>
        <translation>L&apos;avviso di prova non è andato a buon fine.</translation>
    </message>
    <message>
        <source>Alert channels</source>
        <translation>Canali di avviso</translation>
    </message>
    <message>
        <source>Test alert transcript</source>
        <translation>Trascrizione dell&apos;avviso di prova</translation>
    </message>
    <message>
        <source>Allow alerts to this computer and &amp;private networks (for a test server)</source>
        <translation>Consenti avvisi a questo computer e alle reti &amp;private (per un server di prova)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stops sending the test alert.</source>
        <translation>Ferma l&apos;invio dell&apos;avviso di prova.</translation>
    </message>
    <message>
        <source>Stopped. The test alert may not have been sent.</source>
        <translation>Fermato. L&apos;avviso di prova potrebbe non essere stato inviato.</translation>
    </message>
</context>
<context>
    <name>postino::ChecksPage</name>
    <message>
        <source>Can this computer reach your mail service, and is your domain ready?</source>
        <translation>Questo computer riesce a raggiungere il tuo servizio di posta? Il tuo dominio è pronto?</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Ricontrolla</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Crittografia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
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
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Ports tested</source>
        <translation>Porte verificate</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>&amp;Porte</translation>
    </message>
    <message>
        <source>&amp;Domain: SPF, DKIM, DMARC</source>
        <translation>&amp;Dominio: SPF, DKIM, DMARC</translation>
    </message>
    <message>
        <source>Shows a record you added a minute ago, without waiting for other servers&apos; caches to expire.</source>
        <translation>Mostra anche un record aggiunto un minuto fa, senza aspettare che scada la cache degli altri server.</translation>
    </message>
    <message>
        <source>Other DKIM selector (optional)</source>
        <translation>Altro selettore DKIM (facoltativo)</translation>
    </message>
    <message>
        <source>Other DKIM selector</source>
        <translation>Altro selettore DKIM</translation>
    </message>
    <message>
        <source>Bounce host, e.g. em1234</source>
        <translation>Host per i bounce, es. em1234</translation>
    </message>
    <message>
        <source>Bounce (return-path) host</source>
        <translation>Host per i bounce (return-path)</translation>
    </message>
    <message>
        <source>&amp;Copy the records to add</source>
        <translation>&amp;Copia i record da aggiungere</translation>
    </message>
    <message>
        <source>Enter a From address on the Sender page to check its domain.</source>
        <translation>Inserisci un indirizzo del mittente nella pagina Mittente per controllarne il dominio.</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1 for %2…</source>
        <translation>Controllo dei record DNS di %1 per %2…</translation>
    </message>
    <message>
        <source>&amp;Domain: all good</source>
        <translation>&amp;Dominio: tutto a posto</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Domain: %n to fix</source>
        <translation>
            <numerusform>&amp;Dominio: %n da correggere</numerusform>
            <numerusform>&amp;Dominio: %n da correggere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is reached through its own sign-in; there is no server to test from here.</source>
        <translation>%1 si raggiunge con il suo accesso dedicato; da qui non c&apos;è un server da verificare.</translation>
    </message>
    <message>
        <source>Testing HTTPS to %1…</source>
        <translation>Verifica di HTTPS verso %1…</translation>
    </message>
    <message numerus="yes">
        <source>Testing every mail port of %1 at once; this takes at most %n second(s).</source>
        <translation>
            <numerusform>Verifica contemporanea di tutte le porte di posta di %1; ci vuole al massimo %n secondo.</numerusform>
            <numerusform>Verifica contemporanea di tutte le porte di posta di %1; ci vogliono al massimo %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>verifica…</translation>
    </message>
    <message numerus="yes">
        <source>Tested %n port(s) in %1 seconds.</source>
        <translation>
            <numerusform>Verificata %n porta in %1 secondi.</numerusform>
            <numerusform>Verificate %n porte in %1 secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use port %1</source>
        <translation>&amp;Usa la porta %1</translation>
    </message>
    <message>
        <source>The mailer now uses port %1.</source>
        <translation>Il servizio di invio ora usa la porta %1.</translation>
    </message>
    <message>
        <source>Test from your &amp;web server…</source>
        <translation>Verifica dal tuo server &amp;web…</translation>
    </message>
    <message>
        <source>Your website&apos;s server may block ports this computer can use: a small PHP script tests them from there.</source>
        <translation>Il server del tuo sito web potrebbe bloccare porte che questo computer riesce a usare: un piccolo script PHP le verifica direttamente da lì.</translation>
    </message>
    <message numerus="yes">
        <source>Tested %n port(s) of %1.</source>
        <translation>
            <numerusform>Verificata %n porta di %1.</numerusform>
            <numerusform>Verificate %n porte di %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These results come from your web server, not from this computer. Check again to test from here.</source>
        <translation>Questi risultati provengono dal tuo server web, non da questo computer. Usa Ricontrolla per verificare da qui.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stops the test; ports not finished are shown as not tested.</source>
        <translation>Ferma il test; le porte non ancora verificate risultano non testate.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Domain check results</source>
        <translation>Risultati del controllo del dominio</translation>
    </message>
    <message>
        <source>Will mail be acc&amp;epted?</source>
        <translation>La posta sarà acc&amp;ettata?</translation>
    </message>
    <message>
        <source>What Gmail, Yahoo and Outlook.com ask of senders, against what Postino found. Send the test email to add the message itself and how it arrived.</source>
        <translation>Che cosa chiedono Gmail, Yahoo e Outlook.com ai mittenti, a confronto con ciò che ha trovato Postino. Invia l&apos;email di prova per aggiungere anche il messaggio stesso e il modo in cui è arrivato.</translation>
    </message>
    <message>
        <source>Waiting for the DNS checks…</source>
        <translation>In attesa dei controlli DNS…</translation>
    </message>
    <message>
        <source>Port check results</source>
        <translation>Risultati della prova delle porte</translation>
    </message>
    <message>
        <source>Ask the domain&apos;s own name ser&amp;vers</source>
        <translation>Chiedi ai name server del domini&amp;o</translation>
    </message>
    <message>
        <source>Check DNS a&amp;gain</source>
        <translation>Controlla di n&amp;uovo il DNS</translation>
    </message>
    <message>
        <source>Stops the DNS check; nothing is reported for the records not checked.</source>
        <translation>Ferma il controllo DNS; per i record non controllati non viene riportato nulla.</translation>
    </message>
    <message>
        <source>%1: checked with %2 in %3 ms.</source>
        <translation>%1: controllato con %2 in %3 ms.</translation>
    </message>
    <message>
        <source>&amp;Domain: not all checked</source>
        <translation>&amp;Dominio: non tutto controllato</translation>
    </message>
    <message>
        <source>Stopped. The DNS records were not checked; press Check DNS again to check them.</source>
        <translation>Fermato. I record DNS non sono stati controllati; premi Controlla di nuovo il DNS per controllarli.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Stopped. Ports not finished are shown as not tested; press Check again to test them.</source>
        <translation>Fermato. Le porte non concluse risultano non provate; premi Controlla di nuovo per provarle.</translation>
    </message>
</context>
<context>
    <name>postino::ChooseMailerPage</name>
    <message>
        <source>Choose how your website sends email</source>
        <translation>Scegli come il tuo sito web invia le email</translation>
    </message>
    <message>
        <source>Services marked &quot;API&quot; send over HTTPS (port 443) and keep working where hosts block mail ports. &quot;SMTP&quot; means a mail server login you already have.</source>
        <translation>I servizi contrassegnati con &quot;API&quot; inviano tramite HTTPS (porta 443) e continuano a funzionare anche dove l&apos;hosting blocca le porte di posta. &quot;SMTP&quot; indica un accesso a un server di posta che hai già.</translation>
    </message>
    <message>
        <source>Mailers</source>
        <translation>Servizi di invio</translation>
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
        <translation>accesso</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>consigliato</translation>
    </message>
    <message>
        <source>Two ways to connect: sign in with your own OAuth client in the browser, or use an app password over SMTP. You choose on the next page.</source>
        <translation>Due modi per collegarti: accedi nel browser con il tuo client OAuth, oppure usa una password per le app via SMTP. La scelta si fa nella pagina successiva.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Il tuo indirizzo email</translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation>https://www.example.com (facoltativo)</translation>
    </message>
    <message>
        <source>Your website&apos;s address</source>
        <translation>L&apos;indirizzo del tuo sito web</translation>
    </message>
    <message>
        <source>&amp;Find the right setup for me</source>
        <translation>&amp;Trova la configurazione giusta per me</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Your email &amp;address:</source>
        <translation>Il tuo indirizzo &amp;email:</translation>
    </message>
    <message>
        <source>Your &amp;website:</source>
        <translation>Il tuo sito &amp;web:</translation>
    </message>
    <message>
        <source>Suggested setup</source>
        <translation>Configurazione consigliata</translation>
    </message>
    <message>
        <source>Type your whole email address, for example you@example.com.</source>
        <translation>Scrivi il tuo indirizzo email completo, per esempio nome@example.com.</translation>
    </message>
    <message>
        <source>Stopped. Choose a mailer from the list, or search again.</source>
        <translation>Interrotto. Scegli un servizio di invio dall&apos;elenco, oppure cerca di nuovo.</translation>
    </message>
    <message>
        <source>Nothing found for %1: choose a mailer from the list.</source>
        <translation>Nessun risultato per %1: scegli un servizio di invio dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Suggested for %1: %2</source>
        <translation>Consigliato per %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also fits:</source>
        <translation>Vanno bene anche:</translation>
    </message>
    <message>
        <source>Done in %1 ms. The suggested mailer is selected below; its settings are filled in.</source>
        <translation>Fatto in %1 ms. Il servizio di invio consigliato è selezionato qui sotto, con le impostazioni già compilate.</translation>
    </message>
    <message>
        <source>Why it fits your domain:</source>
        <translation>Perché è adatto al tuo dominio:</translation>
    </message>
    <message>
        <source>Filter: a name, API, SMTP…</source>
        <translation>Filtra: un nome, API, SMTP…</translation>
    </message>
    <message>
        <source>Filter the mailers</source>
        <translation>Filtra i servizi di invio</translation>
    </message>
    <message>
        <source>HTTPS (port 443): works where hosts block mail ports</source>
        <translation>HTTPS (porta 443): funziona anche dove gli hosting bloccano le porte di posta</translation>
    </message>
    <message>
        <source>Sign in with your %1 account; sends over HTTPS (port 443)</source>
        <translation>Accedi con il tuo account %1; invia via HTTPS (porta 443)</translation>
    </message>
    <message>
        <source>Uses a mail server login you already have (SMTP ports)</source>
        <translation>Usa un accesso a un server di posta che hai già (porte SMTP)</translation>
    </message>
    <message>
        <source>Stops the search; nothing is chosen or filled in.</source>
        <translation>Ferma la ricerca; non viene scelto né compilato nulla.</translation>
    </message>
</context>
<context>
    <name>postino::CliRunner</name>
    <message>
        <source>The command to run.</source>
        <translation>Il comando da eseguire.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Stampa un unico oggetto JSON.</translation>
    </message>
    <message>
        <source>Read settings from a Postino profile.</source>
        <translation>Legge le impostazioni da un profilo Postino.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The mailer id (see &quot;mailers&quot;).</source>
        <translation>L&apos;ID del servizio di invio (vedi &quot;mailers&quot;).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Nome host del server SMTP.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>SMTP server port.</source>
        <translation>Porta del server SMTP.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>none, ssl or tls (STARTTLS).</source>
        <translation>none, ssl o tls (STARTTLS).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalità</translation>
    </message>
    <message>
        <source>With --encryption none, do not upgrade with STARTTLS.</source>
        <translation>Con --encryption none, non passa a una connessione crittografata con STARTTLS.</translation>
    </message>
    <message>
        <source>SMTP username.</source>
        <translation>Nome utente SMTP.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Do not log in.</source>
        <translation>Non effettua l&apos;accesso.</translation>
    </message>
    <message>
        <source>From email address.</source>
        <translation>Indirizzo email del mittente.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>From name.</source>
        <translation>Nome del mittente.</translation>
    </message>
    <message>
        <source>Test recipient (default: the From address).</source>
        <translation>Destinatario della prova (predefinito: l&apos;indirizzo del mittente).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Considera attendibili anche i certificati CA contenuti in questo file PEM.</translation>
    </message>
    <message>
        <source>Read NAME=VALUE secrets from a file only you can read (chmod 600).</source>
        <translation>Legge i segreti NOME=VALORE da un file che solo tu puoi leggere (chmod 600).</translation>
    </message>
    <message>
        <source>Seconds to wait for each step.</source>
        <translation>Secondi di attesa per ogni fase.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>Language of the output (en, it).</source>
        <translation>Lingua dei messaggi (en, it).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Print the SMTP conversation as it happens.</source>
        <translation>Mostra la conversazione SMTP mentre avviene.</translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>Il profilo %1 non esiste.</translation>
    </message>
    <message>
        <source>Unknown mailer &quot;%1&quot;. Run &quot;postino-cli mailers&quot; for the list.</source>
        <translation>Servizio di invio &quot;%1&quot; sconosciuto. Esegui &quot;postino-cli mailers&quot; per l&apos;elenco.</translation>
    </message>
    <message>
        <source>--encryption must be none, ssl or tls.</source>
        <translation>--encryption deve essere none, ssl o tls.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port deve essere un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Impossibile leggere un certificato PEM da %1.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout deve essere un numero di secondi positivo.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;postino-cli --help&quot;.</source>
        <translation>Comando &quot;%1&quot; sconosciuto. Esegui &quot;postino-cli --help&quot;.</translation>
    </message>
    <message>
        <source>The profile&apos;s settings are complete.</source>
        <translation>Le impostazioni del profilo sono complete.</translation>
    </message>
    <message>
        <source>No password given: set POSTINO_PASSWORD or use --secrets-file, or pass --no-auth.</source>
        <translation>Nessuna password fornita: imposta POSTINO_PASSWORD o usa --secrets-file, oppure specifica --no-auth.</translation>
    </message>
    <message>
        <source>Postino report</source>
        <translation>Rapporto di Postino</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Impossibile salvare il rapporto in %1: %2</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Also save a report for your host&apos;s support (.html or .txt).</source>
        <translation>Salva anche un rapporto da inviare all&apos;assistenza del tuo hosting (.html o .txt).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, even though it cannot be verified.</source>
        <translation>Considera attendibile il certificato del server con questa impronta SHA-256, anche se non può essere verificato.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--trust-cert takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--trust-cert richiede un&apos;impronta SHA-256: 64 cifre esadecimali, due punti ammessi.</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviata a</translation>
    </message>
    <message>
        <source>Set one of the mailer&apos;s settings, e.g. --set domain=mg.example.com --set region=EU (repeatable; not for secrets).</source>
        <translation>Imposta un valore del servizio di invio, ad es. --set domain=mg.example.com --set region=EU (si può ripetere; non per i segreti).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>chiave=valore</translation>
    </message>
    <message>
        <source>Send API requests to this HTTPS server instead of the provider&apos;s (for testing against a local server).</source>
        <translation>Invia le richieste API a questo server HTTPS invece che a quello del provider (per fare prove con un server locale).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Put passwords and keys into the export (the file is made readable only by you).</source>
        <translation>Inserisce password e chiavi nell&apos;esportazione (il file viene reso leggibile solo da te).</translation>
    </message>
    <message>
        <source>--set %1: %2 has no setting of that name.</source>
        <translation>--set %1: %2 non ha un&apos;impostazione con questo nome.</translation>
    </message>
    <message>
        <source>--set %1: secrets never go on the command line; use %2 or --secrets-file.</source>
        <translation>--set %1: i segreti non vanno mai sulla riga di comando; usa %2 o --secrets-file.</translation>
    </message>
    <message>
        <source>--api-base must be an https:// URL.</source>
        <translation>--api-base deve essere un URL https://.</translation>
    </message>
    <message>
        <source>Note: %1 will contain passwords or keys; it is made readable only by you.</source>
        <translation>Nota: %1 conterrà password o chiavi; viene reso leggibile solo da te.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Then run: %1</source>
        <translation>Poi esegui: %1</translation>
    </message>
    <message>
        <source>Replace the placeholders for: %1</source>
        <translation>Sostituisci i segnaposto per: %1</translation>
    </message>
    <message>
        <source>Usage: postino-cli import FILE</source>
        <translation>Utilizzo: postino-cli import FILE</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Impossibile salvare il profilo: %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Impostazioni importate da %1: %2.</translation>
    </message>
    <message>
        <source>Secrets are never stored in a profile</source>
        <translation>I segreti non vengono mai salvati in un profilo</translation>
    </message>
    <message>
        <source>Set %1 (or use --secrets-file) when you send or check.</source>
        <translation>Imposta %1 (o usa --secrets-file) quando invii o verifichi.</translation>
    </message>
    <message>
        <source>%1 signs in with OAuth; there is no key to check here.</source>
        <translation>%1 effettua l&apos;accesso con OAuth; qui non c&apos;è nessuna chiave da verificare.</translation>
    </message>
    <message>
        <source>No %1 given: set %2 or use --secrets-file.</source>
        <translation>Nessun valore fornito per %1: imposta %2 o usa --secrets-file.</translation>
    </message>
    <message>
        <source>Nothing to probe: give the SMTP server with --host, or a mailer with --mailer.</source>
        <translation>Niente da verificare: indica il server SMTP con --host, oppure un servizio di invio con --mailer.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Crittografia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome del server</translation>
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
        <translation>probe: scrive in questa cartella uno script PHP di verifica, per un server web senza shell.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>probe: read the result the PHP probe script printed.</source>
        <translation>probe: legge il risultato stampato dallo script PHP di verifica.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony, profile or alerts.</source>
        <translation>Formato di esportazione: wp-config, wp-option, msmtp, postfix, laravel, symfony, profile o alerts.</translation>
    </message>
    <message>
        <source>send: after sending, follow the message: the provider&apos;s status and, with --imap, the mailbox.</source>
        <translation>send: dopo l&apos;invio, segue il messaggio: lo stato presso il provider e, con --imap, la casella di posta.</translation>
    </message>
    <message>
        <source>verify-delivery: the provider&apos;s message id (or SMTP queue id).</source>
        <translation>verify-delivery: l&apos;ID del messaggio presso il provider (o l&apos;ID nella coda SMTP).</translation>
    </message>
    <message>
        <source>verify-delivery: the test run id (the X-Postino-Test header) to look for in the mailbox.</source>
        <translation>verify-delivery: l&apos;ID della prova (l&apos;intestazione X-Postino-Test) da cercare nella casella di posta.</translation>
    </message>
    <message>
        <source>IMAP user name (default: the recipient address).</source>
        <translation>Nome utente IMAP (predefinito: l&apos;indirizzo del destinatario).</translation>
    </message>
    <message>
        <source>IMAP encryption: ssl (993, default), starttls (143) or none.</source>
        <translation>Crittografia IMAP: ssl (993, predefinita), starttls (143) o none.</translation>
    </message>
    <message>
        <source>Delete the test message from the mailbox once found.</source>
        <translation>Elimina il messaggio di prova dalla casella di posta una volta trovato.</translation>
    </message>
    <message>
        <source>Seconds to keep asking the provider and looking in the mailbox (default 120).</source>
        <translation>Per quanti secondi continuare a interrogare il provider e a cercare nella casella di posta (predefinito: 120).</translation>
    </message>
    <message>
        <source>dns: ask this DNS server (address, optionally :port) instead of the system&apos;s.</source>
        <translation>dns: interroga questo server DNS (indirizzo, eventualmente con :porta) invece di quello di sistema.</translation>
    </message>
    <message>
        <source>dns: ask the domain&apos;s own name servers, so records added a minute ago show.</source>
        <translation>dns: interroga direttamente i name server del dominio, così compaiono anche i record aggiunti un minuto fa.</translation>
    </message>
    <message>
        <source>dns: also check this DKIM selector (repeatable).</source>
        <translation>dns: controlla anche questo selettore DKIM (si può ripetere).</translation>
    </message>
    <message>
        <source>dns: the mailer&apos;s bounce host under your domain, e.g. em1234.</source>
        <translation>dns: l&apos;host per i bounce del servizio di invio sotto il tuo dominio, ad es. em1234.</translation>
    </message>
    <message>
        <source>alert test: the channel&apos;s type, or the id of a channel in the profile.</source>
        <translation>alert test: il tipo di canale, oppure l&apos;ID di un canale del profilo.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canale</translation>
    </message>
    <message>
        <source>alert test: allow alerts to this computer and private networks (for a local test server).</source>
        <translation>alert test: consente avvisi verso questo computer e verso reti private (per un server di prova locale).</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 1 to 3600.</source>
        <translation>--wait deve essere un numero di secondi da 1 a 3600.</translation>
    </message>
    <message>
        <source>--imap takes HOST[:PORT] with a port from 1 to 65535.</source>
        <translation>--imap richiede HOST[:PORT] con una porta da 1 a 65535.</translation>
    </message>
    <message>
        <source>--imap-security must be ssl, starttls or none.</source>
        <translation>--imap-security deve essere ssl, starttls o none.</translation>
    </message>
    <message>
        <source>--imap needs a host name.</source>
        <translation>--imap richiede un nome host.</translation>
    </message>
    <message>
        <source>--imap needs the mailbox password in POSTINO_IMAP_PASSWORD (or a token in POSTINO_IMAP_TOKEN); it is never taken from the command line.</source>
        <translation>--imap richiede la password della casella di posta in POSTINO_IMAP_PASSWORD (o un token in POSTINO_IMAP_TOKEN); non viene mai letta dalla riga di comando.</translation>
    </message>
    <message>
        <source>--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, profile, alerts.</source>
        <translation>--format deve essere uno tra wp-config, wp-option, msmtp, postfix, laravel, symfony, profile, alerts.</translation>
    </message>
    <message>
        <source>verify-delivery needs --message-id (the provider&apos;s id), or --imap with --run-id.</source>
        <translation>verify-delivery richiede --message-id (l&apos;ID del provider), oppure --imap con --run-id.</translation>
    </message>
    <message>
        <source>Which domain? Give it after &quot;dns&quot;, or a profile with a From address.</source>
        <translation>Quale dominio? Indicalo dopo &quot;dns&quot;, oppure indica un profilo con un indirizzo del mittente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; non è un indirizzo IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (use 192.0.2.53 or 192.0.2.53:5353).</source>
        <translation>&quot;%1&quot; non è l&apos;indirizzo di un server DNS (usa 192.0.2.53 o 192.0.2.53:5353).</translation>
    </message>
    <message>
        <source>DNS report for %1 (%2 ms, %3 queries to %4)
</source>
        <translation>Rapporto DNS per %1 (%2 ms, %3 interrogazioni verso %4)
</translation>
    </message>
    <message>
        <source>alert test needs --channel: email, slack, discord, teams, twilio, webhook, ntfy or pushover.</source>
        <translation>alert test richiede --channel: email, slack, discord, teams, twilio, webhook, ntfy o pushover.</translation>
    </message>
    <message>
        <source>Unknown alert channel &quot;%1&quot;: use email, slack, discord, teams, twilio, webhook, ntfy or pushover, or the id of a channel in the profile.</source>
        <translation>Canale di avviso &quot;%1&quot; sconosciuto: usa email, slack, discord, teams, twilio, webhook, ntfy o pushover, oppure l&apos;ID di un canale del profilo.</translation>
    </message>
    <message>
        <source>--set %1: %2 alerts have the settings %3.</source>
        <translation>--set %1: gli avvisi %2 hanno le impostazioni %3.</translation>
    </message>
    <message>
        <source>oauth sign-in: do not open a browser; print the address to open (on any computer that can reach this one&apos;s 127.0.0.1, e.g. through an SSH tunnel).</source>
        <translation>oauth sign-in: non apre un browser; stampa l&apos;indirizzo da aprire (su qualsiasi computer che possa raggiungere il 127.0.0.1 di questo, ad es. tramite un tunnel SSH).</translation>
    </message>
    <message>
        <source>The profile&apos;s %1 settings use an app password, not OAuth (method=app_password).</source>
        <translation>Le impostazioni di %1 nel profilo usano una password per le app, non OAuth (method=app_password).</translation>
    </message>
    <message>
        <source>oauth sign-in keeps the tokens in --secrets-file FILE (created readable only by you); they are never printed.</source>
        <translation>oauth sign-in conserva i token in --secrets-file FILE (creato leggibile solo da te); non vengono mai stampati.</translation>
    </message>
    <message>
        <source>No client secret given: set %1 or use --secrets-file.</source>
        <translation>Nessun segreto client fornito: imposta %1 oppure usa --secrets-file.</translation>
    </message>
    <message>
        <source>The tokens could not be removed from %1: %2</source>
        <translation>Impossibile rimuovere i token da %1: %2</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in (Postino waits for the answer on 127.0.0.1):</source>
        <translation>Apri questo indirizzo in un browser per accedere (Postino attende la risposta su 127.0.0.1):</translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>Impossibile aprire un browser; apri tu l&apos;indirizzo qui sopra.</translation>
    </message>
    <message>
        <source>The tokens could not be saved to %1: %2</source>
        <translation>Impossibile salvare i token in %1: %2</translation>
    </message>
    <message>
        <source>The tokens were saved as %1 in %2 (readable only by you).</source>
        <translation>I token sono stati salvati come %1 in %2 (file leggibile solo da te).</translation>
    </message>
    <message>
        <source>dns: also tell whether mail from this server address passes SPF. spf: the sending server&apos;s address.</source>
        <translation>dns: indica anche se la posta inviata da questo indirizzo di server supera l&apos;SPF. spf: l&apos;indirizzo del server che invia.</translation>
    </message>
    <message>
        <source>spf: the envelope sender (MAIL FROM) address to check.</source>
        <translation>spf: l&apos;indirizzo del mittente della busta (MAIL FROM) da verificare.</translation>
    </message>
    <message>
        <source>spf: the name the sending server gives in HELO / EHLO.</source>
        <translation>spf: il nome che il server mittente dichiara in HELO / EHLO.</translation>
    </message>
    <message>
        <source>spf needs --ip: the address of the server that sends the mail.</source>
        <translation>spf richiede --ip: l&apos;indirizzo del server che invia la posta.</translation>
    </message>
    <message>
        <source>spf needs --sender (the MAIL FROM address) or --helo (the server&apos;s HELO name).</source>
        <translation>spf richiede --sender (l&apos;indirizzo MAIL FROM) oppure --helo (il nome HELO del server).</translation>
    </message>
    <message>
        <source>HELO %1</source>
        <translation>HELO %1</translation>
    </message>
    <message>
        <source>%1 may send as %2: “pass”, decided by %3.</source>
        <translation>%1 può inviare come %2: “pass”, deciso da %3.</translation>
    </message>
    <message>
        <source>%1 may not send as %2: “fail”, decided by %3.</source>
        <translation>%1 non può inviare come %2: “fail”, deciso da %3.</translation>
    </message>
    <message>
        <source>%1 sending as %2 gets “%3” (%4): receivers will not trust it, and many file it as spam.</source>
        <translation>%1 che invia come %2 ottiene “%3” (%4): i destinatari non se ne fidano e molti lo mettono nello spam.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so receivers cannot tell whether %2 may send as %3.</source>
        <translation>%1 non ha un record SPF, quindi i destinatari non possono sapere se %2 può inviare come %3.</translation>
    </message>
    <message>
        <source>Publish an SPF record for %1</source>
        <translation>Pubblica un record SPF per %1</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli dns %1 --mailer ID&quot; for the record your mailer needs.</source>
        <translation>Esegui &quot;postino-cli dns %1 --mailer ID&quot; per avere il record che serve al tuo servizio di invio.</translation>
    </message>
    <message>
        <source>The SPF check for %1 could not finish: %2</source>
        <translation>Il controllo SPF per %1 non si è potuto concludere: %2</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server</source>
        <translation>Riprova, oppure interroga un altro server DNS</translation>
    </message>
    <message>
        <source>A DNS server did not answer in time; --nameserver asks a different one.</source>
        <translation>Un server DNS non ha risposto in tempo; con --nameserver ne interroghi un altro.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken, so every check of it fails: %2</source>
        <translation>Il record SPF di %1 è rotto, quindi ogni suo controllo fallisce: %2</translation>
    </message>
    <message>
        <source>Fix the SPF record of %1</source>
        <translation>Correggi il record SPF di %1</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli dns %1&quot; to see where the record goes wrong.</source>
        <translation>Esegui &quot;postino-cli dns %1&quot; per vedere dove il record è sbagliato.</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Spiegazione: %1</translation>
    </message>
    <message>
        <source>Write the export to this file (a file Postino did not write is never replaced).</source>
        <translation>Scrivi l&apos;esportazione in questo file (un file non scritto da Postino non viene mai sostituito).</translation>
    </message>
    <message>
        <source>export --format wp-config: put the settings into this wp-config.php, above the &quot;stop editing&quot; line, after making a backup of it.</source>
        <translation>export --format wp-config: inserisci le impostazioni in questo wp-config.php, sopra la riga &quot;stop editing&quot;, dopo averne fatto una copia di sicurezza.</translation>
    </message>
    <message>
        <source>wp-config.php</source>
        <translation>wp-config.php</translation>
    </message>
    <message>
        <source>export --insert: insert even when the settings still hold placeholders (PUT-YOUR-…-HERE).</source>
        <translation>export --insert: inserisci anche se le impostazioni contengono ancora dei segnaposto (PUT-YOUR-…-HERE).</translation>
    </message>
    <message>
        <source>--insert works with --format wp-config only, and not together with --out.</source>
        <translation>--insert funziona solo con --format wp-config, e non insieme a --out.</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Impossibile modificare %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain name; --sender takes the MAIL FROM address, or its domain.</source>
        <translation>&quot;%1&quot; non è né un indirizzo email né un nome di dominio; --sender vuole l&apos;indirizzo MAIL FROM o il suo dominio.</translation>
    </message>
    <message>
        <source>Give the secret in the environment or a file</source>
        <translation>Passa il segreto tramite l&apos;ambiente o un file</translation>
    </message>
    <message>
        <source>Set it in the environment before the command: export %1=&apos;…&apos;</source>
        <translation>Impostalo nell&apos;ambiente prima del comando: export %1=&apos;…&apos;</translation>
    </message>
    <message>
        <source>Or put the line %1=… in a file only you can read (chmod 600) and add --secrets-file FILE.</source>
        <translation>Oppure metti la riga %1=… in un file leggibile solo da te (chmod 600) e aggiungi --secrets-file FILE.</translation>
    </message>
    <message>
        <source>Check the secrets file</source>
        <translation>Controlla il file dei segreti</translation>
    </message>
    <message>
        <source>Make sure %1 is yours, writable by you and readable by nobody else (chmod 600), and that its folder exists.</source>
        <translation>Verifica che %1 sia tuo, scrivibile da te e non leggibile da nessun altro (chmod 600), e che la sua cartella esista.</translation>
    </message>
    <message>
        <source>No SMTP username given, and this server is set to need a login.</source>
        <translation>Nessun nome utente SMTP indicato, e questo server è impostato per richiedere l&apos;accesso.</translation>
    </message>
    <message>
        <source>Give the login, or say the server needs none</source>
        <translation>Indica le credenziali, oppure specifica che il server non le richiede</translation>
    </message>
    <message>
        <source>If the server needs a login (most do), add --user with your SMTP username, often your full email address, and set POSTINO_PASSWORD.</source>
        <translation>Se il server richiede l&apos;accesso (quasi sempre), aggiungi --user con il tuo nome utente SMTP, spesso l&apos;indirizzo email completo, e imposta POSTINO_PASSWORD.</translation>
    </message>
    <message>
        <source>If it accepts mail without a login (a relay that trusts your server&apos;s address), add --no-auth instead.</source>
        <translation>Se accetta posta senza accesso (un relay che si fida dell&apos;indirizzo del tuo server), aggiungi invece --no-auth.</translation>
    </message>
    <message>
        <source>Check the sign-in instead</source>
        <translation>Verifica invece l&apos;accesso</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli oauth sign-in --mailer %1&quot; to sign in, then &quot;postino-cli send&quot; to test it.</source>
        <translation>Esegui &quot;postino-cli oauth sign-in --mailer %1&quot; per accedere, poi &quot;postino-cli send&quot; per provarlo.</translation>
    </message>
    <message>
        <source>Upload %1 to your website, open its address once in a browser, and save what it prints; then run: postino-cli probe --php-result FILE. The script deletes itself as soon as it starts.</source>
        <translation>Carica %1 sul tuo sito, apri una volta il suo indirizzo in un browser e salva ciò che mostra; poi esegui: postino-cli probe --php-result FILE. Lo script si cancella appena parte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2. Run &quot;postino-cli %1 --help&quot; for the options it takes.</source>
        <translation>&quot;%1&quot; non accetta --%2. Esegui &quot;postino-cli %1 --help&quot; per vedere le opzioni che accetta.</translation>
    </message>
    <message>
        <source>Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),
POSTINO_API_KEY, or POSTINO_SECRET_&lt;MAILER&gt;_&lt;FIELD&gt; (alerts: POSTINO_SECRET_ALERT_&lt;CHANNEL&gt;_&lt;FIELD&gt;,
e.g. POSTINO_SECRET_ALERT_SLACK_URL), or use --secrets-file.
The IMAP password comes from POSTINO_IMAP_PASSWORD (or POSTINO_SECRET_IMAP_PASSWORD),
an OAuth token for XOAUTH2 from POSTINO_IMAP_TOKEN.</source>
        <translation>I segreti non vengono mai letti dalla riga di comando: imposta POSTINO_PASSWORD (SMTP),
POSTINO_API_KEY o POSTINO_SECRET_&lt;MAILER&gt;_&lt;FIELD&gt; (avvisi: POSTINO_SECRET_ALERT_&lt;CHANNEL&gt;_&lt;FIELD&gt;,
ad es. POSTINO_SECRET_ALERT_SLACK_URL), oppure usa --secrets-file.
La password IMAP viene letta da POSTINO_IMAP_PASSWORD (o POSTINO_SECRET_IMAP_PASSWORD),
un token OAuth per XOAUTH2 da POSTINO_IMAP_TOKEN.</translation>
    </message>
    <message>
        <source>send a test failure alert (--channel slack|discord|teams|twilio|webhook|ntfy|pushover|email, --set key=value)</source>
        <translation>invia un avviso di prova di mancato invio (--channel slack|discord|teams|twilio|webhook|ntfy|pushover|email, --set key=value)</translation>
    </message>
    <message>
        <source>Set one of the alert channel&apos;s settings, e.g. --set to=you@example.org (repeatable; not for secrets).</source>
        <translation>Imposta una delle impostazioni del canale di avviso, ad es. --set to=tu@example.org (ripetibile; non per i segreti).</translation>
    </message>
    <message>
        <source>check the mailer&apos;s key or login without sending</source>
        <translation>verifica la chiave o l&apos;accesso del servizio di invio, senza inviare</translation>
    </message>
    <message>
        <source>check SPF, DKIM, DMARC and MX of the From domain for the mailer</source>
        <translation>controlla SPF, DKIM, DMARC e MX del dominio del mittente per il servizio di invio</translation>
    </message>
    <message>
        <source>The domain to check (default: the domain of the From address).</source>
        <translation>Il dominio da controllare (predefinito: il dominio dell&apos;indirizzo del mittente).</translation>
    </message>
    <message>
        <source>write the configuration for your server (--format)</source>
        <translation>scrive la configurazione per il tuo server (--format)</translation>
    </message>
    <message>
        <source>take over settings from wp-config.php, a plugin export or a profile</source>
        <translation>importa le impostazioni da wp-config.php, da un&apos;esportazione o da un profilo</translation>
    </message>
    <message>
        <source>wp-config.php, a plugin&apos;s settings export or a Postino profile.</source>
        <translation>wp-config.php, l&apos;esportazione delle impostazioni di un plugin o un profilo Postino.</translation>
    </message>
    <message>
        <source>list the mailers Postino knows</source>
        <translation>elenca i servizi di invio che Postino conosce</translation>
    </message>
    <message>
        <source>sign in to Gmail, Microsoft 365 or Zoho (--mailer) in the browser; the tokens go to --secrets-file (--no-browser: only print the address)</source>
        <translation>accede a Gmail, Microsoft 365 o Zoho (--mailer) nel browser; i token vanno in --secrets-file (--no-browser: stampa solo l&apos;indirizzo)</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Secondi di attesa per l&apos;accesso nel browser (predefinito 300).</translation>
    </message>
    <message>
        <source>end the sign-in at the provider and forget its tokens</source>
        <translation>revoca l&apos;accesso presso il provider e ne dimentica i token</translation>
    </message>
    <message>
        <source>test which mail ports this network can reach (--mailer, --host)</source>
        <translation>verifica quali porte di posta sono raggiungibili da questa rete (--mailer, --host)</translation>
    </message>
    <message>
        <source>send a test email through the profile&apos;s mailer</source>
        <translation>invia un&apos;email di prova tramite il servizio di invio del profilo</translation>
    </message>
    <message>
        <source>connect, secure and log in to an SMTP server without sending</source>
        <translation>si collega a un server SMTP, attiva la crittografia e accede, senza inviare</translation>
    </message>
    <message>
        <source>send a test email through an SMTP server</source>
        <translation>invia un&apos;email di prova tramite un server SMTP</translation>
    </message>
    <message>
        <source>the SPF result for one server sending as one address (--ip, --sender and/or --helo): pass, fail, softfail, ...</source>
        <translation>il risultato SPF per un server che invia a nome di un indirizzo (--ip, --sender e/o --helo): pass, fail, softfail, ...</translation>
    </message>
    <message>
        <source>check a profile&apos;s settings</source>
        <translation>controlla le impostazioni di un profilo</translation>
    </message>
    <message>
        <source>follow a sent message: the provider&apos;s status (--message-id) and the recipient&apos;s mailbox over IMAP (--imap, --run-id)</source>
        <translation>segue un messaggio inviato: lo stato presso il provider (--message-id) e la casella di posta del destinatario via IMAP (--imap, --run-id)</translation>
    </message>
    <message>
        <source>Postino checks and tests a website&apos;s email sending from the command line.</source>
        <translation>Postino verifica e mette alla prova l&apos;invio delle email di un sito web dalla riga di comando.</translation>
    </message>
    <message>
        <source>Run &quot;postino-cli COMMAND --help&quot; for the options a command takes.</source>
        <translation>Esegui &quot;postino-cli COMANDO --help&quot; per vedere le opzioni che un comando accetta.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>oauth works with the mailers that sign in: %1 (--mailer).</source>
        <translation>oauth funziona con i servizi di invio che usano l&apos;accesso OAuth: %1 (--mailer).</translation>
    </message>
    <message>
        <source>Look for the message in this IMAP mailbox: HOST[:PORT], or one of %1 (in the data centre of the profile&apos;s mailer where the provider has several).</source>
        <translation>Cerca il messaggio in questa casella IMAP: HOST[:PORT], oppure uno tra %1 (nel data center del servizio di invio del profilo, se il fornitore ne ha più di uno).</translation>
    </message>
    <message>
        <source>autoconfig file</source>
        <translation>file autoconfig</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>record SRV</translation>
    </message>
    <message>
        <source>provider&apos;s help page</source>
        <translation>pagina di aiuto del provider</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>ipotesi</translation>
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
        <translation>senza crittografia</translation>
    </message>
    <message>
        <source>Discovery for %1 (%2 ms, %3 DNS queries)</source>
        <translation>Ricerca per %1 (%2 ms, %3 interrogazioni DNS)</translation>
    </message>
    <message>
        <source>Mailboxes: %1</source>
        <translation>Caselle di posta: %1</translation>
    </message>
    <message>
        <source>no known provider</source>
        <translation>nessun provider noto</translation>
    </message>
    <message>
        <source>Already authorised: %1 (%2)</source>
        <translation>Già autorizzato: %1 (%2)</translation>
    </message>
    <message>
        <source>SMTP: %1:%2 %3, from the %4, %5</source>
        <translation>SMTP: %1:%2 %3, fonte: %4, %5</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificato</translation>
    </message>
    <message>
        <source>not verified (%1)</source>
        <translation>non verificato (%1)</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>test non eseguito</translation>
    </message>
    <message>
        <source>Website: likely on %1 (%2)</source>
        <translation>Sito web: probabilmente ospitato da %1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>find the right mailer and its settings from an email address</source>
        <translation>trova il servizio di invio giusto e le sue impostazioni a partire da un indirizzo email</translation>
    </message>
    <message>
        <source>The From address (default: the profile&apos;s From address).</source>
        <translation>L&apos;indirizzo del mittente (predefinito: l&apos;indirizzo del mittente del profilo).</translation>
    </message>
    <message>
        <source>discover: the website&apos;s address, to find its host and the ports it blocks.</source>
        <translation>discover: l&apos;indirizzo del sito web, per individuarne l&apos;hosting e le porte che blocca.</translation>
    </message>
    <message>
        <source>discover: list the servers found without connecting to them.</source>
        <translation>discover: elenca i server trovati, senza connettersi.</translation>
    </message>
    <message>
        <source>discover: fetch autoconfig files from this port (for testing).</source>
        <translation>discover: scarica i file autoconfig da questa porta (per i test).</translation>
    </message>
    <message>
        <source>Which address? Give it after &quot;discover&quot;, or a profile with a From address.</source>
        <translation>Quale indirizzo? Indicalo dopo &quot;discover&quot;, oppure indica un profilo con un indirizzo del mittente.</translation>
    </message>
    <message>
        <source>--autoconfig-port needs a port between 1 and 65535.</source>
        <translation>--autoconfig-port richiede una porta tra 1 e 65535.</translation>
    </message>
    <message>
        <source>dns: the website&apos;s address: its server&apos;s blocklist entries and reverse DNS are checked too, as the SMTP server&apos;s are.</source>
        <translation>dns: l&apos;indirizzo del sito web: anche la presenza del suo server nelle liste di blocco e il suo DNS inverso vengono controllati, come per il server SMTP.</translation>
    </message>
    <message>
        <source>dns: fetch the MTA-STS policy and the BIMI logo from this port (for testing).</source>
        <translation>dns: scarica la policy MTA-STS e il logo BIMI da questa porta (per i test).</translation>
    </message>
    <message>
        <source>--policies-port needs a port between 1 and 65535.</source>
        <translation>--policies-port richiede una porta tra 1 e 65535.</translation>
    </message>
</context>
<context>
    <name>postino::ConfigurePage</name>
    <message>
        <source>Check &amp;credentials</source>
        <translation>Verifica le &amp;credenziali</translation>
    </message>
    <message>
        <source>Connects and logs in without sending anything.</source>
        <translation>Si collega ed effettua l&apos;accesso senza inviare nulla.</translation>
    </message>
    <message>
        <source>Configure %1</source>
        <translation>Configura %1</translation>
    </message>
    <message>
        <source>Where do I find these details? &lt;a href=&quot;%1&quot;&gt;Open %2&lt;/a&gt;</source>
        <translation>Dove trovo questi dati? &lt;a href=&quot;%1&quot;&gt;Apri %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Il campo %1 è obbligatorio.</translation>
    </message>
    <message>
        <source>To continue, fill in: %1.</source>
        <translation>Per continuare, compila: %1.</translation>
    </message>
    <message>
        <source>Correct the highlighted fields to continue.</source>
        <translation>Correggi i campi evidenziati per continuare.</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords and keys are kept only while Postino is open. You will need to enter them again next time.</source>
        <translation>Non è disponibile alcun portachiavi di sistema, quindi password e chiavi vengono conservate solo finché Postino è aperto. Dovrai inserirle di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Richiesta a %1 in corso…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser.</source>
        <translation>Apre nel browser la pagina di accesso del provider.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in with OAuth:&lt;/b&gt; you create your own OAuth client with %1, enter its ID and secret here, then sign in once in your browser. Postino never sees your password; it keeps the sign-in in the system keychain and renews it by itself.</source>
        <translation>&lt;b&gt;Accedi con OAuth:&lt;/b&gt; crei un tuo client OAuth presso %1, ne inserisci qui l&apos;ID e il segreto, poi accedi una volta nel browser. Postino non vede mai la tua password; conserva l&apos;accesso nel portachiavi di sistema e lo rinnova da solo.</translation>
    </message>
    <message>
        <source>While you sign in, Postino waits for the browser on http://127.0.0.1 (this computer only).</source>
        <translation>Durante l&apos;accesso, Postino attende il browser su http://127.0.0.1 (solo su questo computer).</translation>
    </message>
    <message>
        <source>Turn on two-step verification for the account first: without it there is no app password.</source>
        <translation>Prima attiva la verifica in due passaggi per l&apos;account: senza, la password per le app non è disponibile.</translation>
    </message>
    <message>
        <source>Create an app password (name it &quot;Postino&quot; or after your website) and copy it.</source>
        <translation>Crea una password per le app (chiamala &quot;Postino&quot; o con il nome del tuo sito web) e copiala.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s full address and the app password here; spaces in it do not matter to the provider but copy it exactly.</source>
        <translation>Inserisci qui l&apos;indirizzo completo dell&apos;account e la password per le app; per il provider gli spazi non contano, ma copiala esattamente com&apos;è.</translation>
    </message>
    <message>
        <source>&lt;b&gt;App password (SMTP):&lt;/b&gt; a separate password for this one program, sent over SMTP to %1. Simple, and it works on servers without a browser.</source>
        <translation>&lt;b&gt;Password per le app (SMTP):&lt;/b&gt; una password separata, solo per questo programma, inviata tramite SMTP a %1. È semplice e funziona anche sui server senza browser.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the app password page&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Apri la pagina delle password per le app&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>A&amp;nnulla l&apos;accesso</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Accesso effettuato.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso effettuato come %1.</translation>
    </message>
    <message>
        <source>the sign-in page</source>
        <translation>la pagina di accesso</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and click &quot;Allow&quot; in the browser…</source>
        <translation>In attesa che tu acceda e faccia clic su &quot;Consenti&quot; nel browser…</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>Impossibile aprire un browser.</translation>
    </message>
    <message>
        <source>You can also open %1 yourself.</source>
        <translation>Puoi anche aprire direttamente %1.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Compila %1</translation>
    </message>
    <message>
        <source>Copy it from your mailer&apos;s account page and paste it into the field.</source>
        <translation>Copialo dalla pagina del tuo account presso il servizio di invio e incollalo nel campo.</translation>
    </message>
    <message>
        <source>Mailer settings</source>
        <translation>Impostazioni del servizio di invio</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Fer&amp;ma</translation>
    </message>
    <message>
        <source>Stops checking the credentials; nothing is changed.</source>
        <translation>Ferma la verifica delle credenziali; non cambia nulla.</translation>
    </message>
    <message>
        <source>Si&amp;gn out</source>
        <translation>Esci dall&apos;acco&amp;unt</translation>
    </message>
    <message>
        <source>Stopped. The credentials were not checked; press Check credentials to try again.</source>
        <translation>Fermato. Le credenziali non sono state verificate; premi Verifica le credenziali per riprovare.</translation>
    </message>
    <message>
        <source>How signing in works</source>
        <translation>Come funziona l&apos;accesso</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Stato dell&apos;accesso</translation>
    </message>
</context>
<context>
    <name>postino::ExpanderButton</name>
    <message>
        <source>Details shown below.</source>
        <translation>Dettagli mostrati qui sotto.</translation>
    </message>
    <message>
        <source>Details hidden; press Space to show them.</source>
        <translation>Dettagli nascosti; premi Spazio per mostrarli.</translation>
    </message>
</context>
<context>
    <name>postino::ExportPage</name>
    <message>
        <source>Put the configuration on your server</source>
        <translation>Trasferisci la configurazione sul tuo server</translation>
    </message>
    <message>
        <source>Include &amp;passwords and keys</source>
        <translation>&amp;Includi password e chiavi</translation>
    </message>
    <message>
        <source>&amp;Insert into wp-config.php…</source>
        <translation>Inserisci in &amp;wp-config.php…</translation>
    </message>
    <message>
        <source>WordPress: wp-config.php constants (WP Mail SMTP)</source>
        <translation>WordPress: costanti in wp-config.php (WP Mail SMTP)</translation>
    </message>
    <message>
        <source>WordPress: WP Mail SMTP settings for wp-cli</source>
        <translation>WordPress: impostazioni di WP Mail SMTP per wp-cli</translation>
    </message>
    <message>
        <source>msmtp, for PHP&apos;s sendmail_path</source>
        <translation>msmtp, per il sendmail_path di PHP</translation>
    </message>
    <message>
        <source>Postfix relay host</source>
        <translation>Relay host di Postfix</translation>
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
        <translation>Profilo Postino (senza password)</translation>
    </message>
    <message>
        <source>Failure alert channels (JSON, without WordPress)</source>
        <translation>Canali degli avvisi di mancato invio (JSON, senza WordPress)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Salva con &amp;nome…</translation>
    </message>
    <message>
        <source>Your settings for %1 are saved in %2. Pick where they should go on your server.</source>
        <translation>Le tue impostazioni per %1 sono salvate in %2. Scegli dove devono andare sul tuo server.</translation>
    </message>
    <message>
        <source>Then run: %1</source>
        <translation>Poi esegui: %1</translation>
    </message>
    <message>
        <source>This text contains your passwords or keys. Files are saved readable only by you; do not paste it where others can read it.</source>
        <translation>Questo testo contiene le tue password o chiavi. I file vengono salvati in modo che solo tu possa leggerli; non incollarlo dove altri possono leggerlo.</translation>
    </message>
    <message>
        <source>Replace the placeholders for %1 with the real values on the server, or include them above.</source>
        <translation>Sostituisci sul server i segnaposto per %1 con i valori reali, oppure includili qui sopra.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Salva la configurazione</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you.</source>
        <translation>Salvato in %1, leggibile solo da te.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s wp-config.php</source>
        <translation>Scegli il file wp-config.php del sito</translation>
    </message>
    <message>
        <source>WordPress configuration (wp-config.php);;PHP files (*.php)</source>
        <translation>Configurazione di WordPress (wp-config.php);;File PHP (*.php)</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 non è stato modificato.</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Impossibile modificare %1: %2</translation>
    </message>
    <message>
        <source>Insert placeholders into the site?</source>
        <translation>Inserire i segnaposto nel sito?</translation>
    </message>
    <message>
        <source>The settings still hold placeholders: %1.</source>
        <translation>Le impostazioni contengono ancora dei segnaposto: %1.</translation>
    </message>
    <message>
        <source>WordPress would try to log in with the placeholder and stop sending email until you replace it in %1 by hand. To avoid this, tick &quot;Include passwords and keys&quot; first.</source>
        <translation>WordPress proverebbe ad accedere con il segnaposto e smetterebbe di inviare email finché non lo sostituisci a mano in %1. Per evitarlo, spunta prima &quot;Includi password e chiavi&quot;.</translation>
    </message>
    <message>
        <source>Insert &amp;anyway</source>
        <translation>Inserisci &amp;comunque</translation>
    </message>
    <message>
        <source>The settings are in %1. The original is kept as %2; it holds the site&apos;s database password and keys, so delete it once the site sends email.</source>
        <translation>Le impostazioni sono in %1. L&apos;originale è conservato come %2; contiene la password del database del sito e le chiavi, quindi eliminalo appena hai verificato che il sito invia le email.</translation>
    </message>
</context>
<context>
    <name>postino::FeaturesPage</name>
    <message>
        <source>What your website should keep track of</source>
        <translation>Cosa deve tenere sotto controllo il tuo sito web</translation>
    </message>
    <message>
        <source>These settings travel with the configuration you export to your server.</source>
        <translation>Queste impostazioni fanno parte della configurazione che esporti sul tuo server.</translation>
    </message>
    <message>
        <source>Email &amp;logs</source>
        <translation>&amp;Registro delle email</translation>
    </message>
    <message>
        <source>Keep a record of every email the site sends, to see what went out and when.</source>
        <translation>Tiene traccia di ogni email inviata dal sito, così puoi vedere cosa è partito e quando.</translation>
    </message>
    <message>
        <source>&amp;Error tracking</source>
        <translation>&amp;Tracciamento degli errori</translation>
    </message>
    <message>
        <source>Remember failed emails and why they failed, so problems do not go unnoticed.</source>
        <translation>Memorizza le email non inviate e il motivo dell&apos;errore, così i problemi non passano inosservati.</translation>
    </message>
    <message>
        <source>&amp;Weekly summary</source>
        <translation>Ri&amp;epilogo settimanale</translation>
    </message>
    <message>
        <source>A weekly email with how many messages were sent and how many failed.</source>
        <translation>Un&apos;email settimanale con il numero di messaggi inviati e di quelli non riusciti.</translation>
    </message>
    <message>
        <source>Failure &amp;alerts</source>
        <translation>Avvisi di &amp;mancato invio</translation>
    </message>
    <message>
        <source>Be told at once when an email fails to send: by email, Slack, Discord, Microsoft Teams, SMS, a webhook or a push notification.</source>
        <translation>Ricevi subito un avviso quando un&apos;email non viene inviata: via email, Slack, Discord, Microsoft Teams, SMS, webhook o notifica push.</translation>
    </message>
    <message>
        <source>Alert &amp;channels…</source>
        <translation>&amp;Canali di avviso…</translation>
    </message>
    <message>
        <source>No channel set up yet.</source>
        <translation>Ancora nessun canale configurato.</translation>
    </message>
    <message>
        <source>Alerts go to: %1</source>
        <translation>Gli avvisi vanno a: %1</translation>
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
        <translation>Mostra o nascondi i dettagli</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Riguarda: %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trovato:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Atteso:</translation>
    </message>
    <message>
        <source>Record to add:</source>
        <translation>Record da aggiungere:</translation>
    </message>
</context>
<context>
    <name>postino::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
</context>
<context>
    <name>postino::ImapClient</name>
    <message>
        <source>SSL/TLS from the start</source>
        <translation>SSL/TLS fin dall&apos;inizio</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>nessuna crittografia</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)…</source>
        <translation>Connessione a %1 sulla porta %2 (%3)…</translation>
    </message>
    <message>
        <source>Connecting to the mailbox at %1…</source>
        <translation>Connessione alla casella di posta su %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connesso a %1.</translation>
    </message>
    <message>
        <source>Encrypted with %1, cipher %2.</source>
        <translation>Connessione crittografata con %1, cifrario %2.</translation>
    </message>
    <message>
        <source>The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).</source>
        <translation>Il certificato non è verificabile (%1), ma hai scelto di considerarlo attendibile (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The secure connection to the mailbox server %1 failed: %2</source>
        <translation>La connessione sicura al server della casella di posta %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Check the mailbox server&apos;s name and security</source>
        <translation>Controlla il nome del server della casella di posta e la crittografia</translation>
    </message>
    <message>
        <source>Use the IMAP host name your provider publishes: the certificate must match it.</source>
        <translation>Usa il nome host IMAP indicato dal tuo provider: il certificato deve corrispondere a quel nome.</translation>
    </message>
    <message>
        <source>Port 993 uses SSL/TLS from the start; port 143 uses STARTTLS.</source>
        <translation>La porta 993 usa SSL/TLS fin dall&apos;inizio; la porta 143 usa STARTTLS.</translation>
    </message>
    <message>
        <source>The mailbox server %1 could not be found.</source>
        <translation>Il server della casella di posta %1 non è stato trovato.</translation>
    </message>
    <message>
        <source>Check the IMAP server name</source>
        <translation>Controlla il nome del server IMAP</translation>
    </message>
    <message>
        <source>Choose your provider from the list, or copy the IMAP server name from its help pages.</source>
        <translation>Scegli il tuo provider dall&apos;elenco, oppure copia il nome del server IMAP dalle sue pagine di assistenza.</translation>
    </message>
    <message>
        <source>The mailbox server %1 refused the connection on port %2.</source>
        <translation>Il server della casella di posta %1 ha rifiutato la connessione sulla porta %2.</translation>
    </message>
    <message>
        <source>Check the IMAP port</source>
        <translation>Controlla la porta IMAP</translation>
    </message>
    <message>
        <source>IMAP uses port 993 (SSL/TLS) or 143 (STARTTLS).</source>
        <translation>IMAP usa la porta 993 (SSL/TLS) o la 143 (STARTTLS).</translation>
    </message>
    <message>
        <source>A firewall on this network may block the port.</source>
        <translation>Un firewall su questa rete potrebbe bloccare la porta.</translation>
    </message>
    <message>
        <source>The mailbox server %1 could not be reached on port %2: %3</source>
        <translation>Impossibile raggiungere il server della casella di posta %1 sulla porta %2: %3</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Controlla la rete</translation>
    </message>
    <message>
        <source>The mailbox server %1 did not answer within %2 seconds on port %3.</source>
        <translation>Il server della casella di posta %1 non ha risposto entro %2 secondi sulla porta %3.</translation>
    </message>
    <message>
        <source>The mailbox server %1 stopped answering for %2 seconds.</source>
        <translation>Il server della casella di posta %1 non risponde più da %2 secondi.</translation>
    </message>
    <message>
        <source>Check the server and the network</source>
        <translation>Controlla il server e la rete</translation>
    </message>
    <message>
        <source>A firewall may drop the connection silently; check the host name and port.</source>
        <translation>Un firewall potrebbe scartare la connessione senza avvisare; controlla il nome host e la porta.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>The mailbox server sent a line longer than %1 bytes; that is not IMAP.</source>
        <translation>Il server della casella di posta ha inviato una riga più lunga di %1 byte: non è IMAP.</translation>
    </message>
    <message>
        <source>The mailbox server announced %1 bytes for a message header; Postino reads at most %2, so it stopped.</source>
        <translation>Il server della casella di posta ha annunciato %1 byte per l&apos;intestazione di un messaggio; Postino ne legge al massimo %2, quindi si è fermato.</translation>
    </message>
    <message>
        <source>This is not a normal answer</source>
        <translation>Non è una risposta normale</translation>
    </message>
    <message>
        <source>Check that the IMAP host and port are your mailbox provider&apos;s; something else may be answering.</source>
        <translation>Verifica che host e porta IMAP siano quelli del tuo provider di posta; potrebbe rispondere qualcos&apos;altro.</translation>
    </message>
    <message numerus="yes">
        <source> (%n byte(s) follow)</source>
        <translation>
            <numerusform> (segue %n byte)</numerusform>
            <numerusform> (seguono %n byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox server sent something Postino did not ask for: %1</source>
        <translation>Il server della casella di posta ha inviato qualcosa che Postino non ha chiesto: %1</translation>
    </message>
    <message>
        <source>The mailbox server logged in without encryption (PREAUTH), so STARTTLS is impossible.</source>
        <translation>Il server della casella di posta ha effettuato l&apos;accesso senza crittografia (PREAUTH), quindi STARTTLS non è possibile.</translation>
    </message>
    <message>
        <source>The mailbox server refused the connection: %1</source>
        <translation>Il server della casella di posta ha rifiutato la connessione: %1</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Riprova più tardi</translation>
    </message>
    <message>
        <source>The server may be busy or limiting connections from this address.</source>
        <translation>Il server potrebbe essere occupato o limitare le connessioni da questo indirizzo.</translation>
    </message>
    <message>
        <source>The mailbox server ended the session: %1</source>
        <translation>Il server della casella di posta ha chiuso la sessione: %1</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation>Il server ha rifiutato il token: %1</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(risposta vuota)</translation>
    </message>
    <message>
        <source>The mailbox server asked for more input where none was due.</source>
        <translation>Il server della casella di posta ha chiesto altri dati quando non ne erano previsti.</translation>
    </message>
    <message>
        <source>The mailbox server %1 does not offer STARTTLS on port %2, so Postino did not log in.</source>
        <translation>Il server della casella di posta %1 non offre STARTTLS sulla porta %2, quindi Postino non ha effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Use SSL/TLS</source>
        <translation>Usa SSL/TLS</translation>
    </message>
    <message>
        <source>Try port 993 with SSL/TLS from the start.</source>
        <translation>Prova la porta 993 con SSL/TLS fin dall&apos;inizio.</translation>
    </message>
    <message>
        <source>Postino does not send a mailbox password over an unencrypted connection.</source>
        <translation>Postino non invia la password di una casella di posta su una connessione non crittografata.</translation>
    </message>
    <message>
        <source>Logging in to the mailbox as %1…</source>
        <translation>Accesso alla casella di posta come %1…</translation>
    </message>
    <message>
        <source>(credentials hidden)</source>
        <translation>(credenziali nascoste)</translation>
    </message>
    <message>
        <source>The mailbox server does not accept a password login here.</source>
        <translation>Il server della casella di posta qui non accetta l&apos;accesso con password.</translation>
    </message>
    <message>
        <source>(password hidden)</source>
        <translation>(password nascosta)</translation>
    </message>
    <message>
        <source>Check the user name (usually the full email address) and the password.</source>
        <translation>Controlla il nome utente (di solito l&apos;indirizzo email completo) e la password.</translation>
    </message>
    <message>
        <source>Many providers (Gmail, Yahoo, iCloud, Zoho) need an app password for IMAP; create one in the account&apos;s security settings.</source>
        <translation>Molti provider (Gmail, Yahoo, iCloud, Zoho) richiedono una password per le app per IMAP; creane una nelle impostazioni di sicurezza dell&apos;account.</translation>
    </message>
    <message>
        <source>Make sure IMAP access is turned on in the mailbox&apos;s settings.</source>
        <translation>Assicurati che l&apos;accesso IMAP sia attivato nelle impostazioni della casella di posta.</translation>
    </message>
    <message>
        <source>The server asks for an app password: use one instead of the account password.</source>
        <translation>Il server richiede una password per le app: usala al posto della password dell&apos;account.</translation>
    </message>
    <message>
        <source>The mailbox server did not accept the login for %1: %2</source>
        <translation>Il server della casella di posta non ha accettato l&apos;accesso per %1: %2</translation>
    </message>
    <message>
        <source>Check the mailbox login</source>
        <translation>Controlla l&apos;accesso alla casella di posta</translation>
    </message>
    <message>
        <source>The mailbox server refused CAPABILITY: %1</source>
        <translation>Il server della casella di posta ha rifiutato CAPABILITY: %1</translation>
    </message>
    <message>
        <source>The mailbox server refused STARTTLS: %1</source>
        <translation>Il server della casella di posta ha rifiutato STARTTLS: %1</translation>
    </message>
    <message>
        <source>The mailbox server sent data before encryption started.</source>
        <translation>Il server della casella di posta ha inviato dati prima dell&apos;avvio della crittografia.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Accesso effettuato come %1.</translation>
    </message>
    <message>
        <source>The mailbox server accepted the login for %1.</source>
        <translation>Il server della casella di posta ha accettato l&apos;accesso per %1.</translation>
    </message>
    <message>
        <source>The folder list is not available; only INBOX is searched.</source>
        <translation>L&apos;elenco delle cartelle non è disponibile; la ricerca avviene solo in INBOX.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened; skipped.</source>
        <translation>Impossibile aprire la cartella %1; cartella saltata.</translation>
    </message>
    <message>
        <source>The mailbox server could not search %1: %2</source>
        <translation>Il server della casella di posta non è riuscito a cercare in %1: %2</translation>
    </message>
    <message>
        <source>The mailbox server could not read the message&apos;s header: %1</source>
        <translation>Il server della casella di posta non è riuscito a leggere l&apos;intestazione del messaggio: %1</translation>
    </message>
    <message>
        <source>The test message could not be deleted: %1</source>
        <translation>Impossibile eliminare il messaggio di prova: %1</translation>
    </message>
    <message>
        <source>The test message is marked as deleted; your mail program removes it when it cleans up the folder.</source>
        <translation>Il messaggio di prova è contrassegnato come eliminato; il tuo programma di posta lo rimuoverà quando ripulirà la cartella.</translation>
    </message>
    <message>
        <source>The test message was deleted from %1, as you asked.</source>
        <translation>Il messaggio di prova è stato eliminato da %1, come hai chiesto.</translation>
    </message>
    <message>
        <source>An unexpected answer: %1</source>
        <translation>Una risposta inattesa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not in the mailbox yet; looking again in %n second(s)…</source>
        <translation>
            <numerusform>Non ancora presente nella casella di posta; nuova ricerca tra %n secondo…</numerusform>
            <numerusform>Non ancora presente nella casella di posta; nuova ricerca tra %n secondi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking in %1…</source>
        <translation>Ricerca in %1…</translation>
    </message>
    <message>
        <source>The mailbox server %1 closed the connection before greeting.</source>
        <translation>Il server della casella di posta %1 ha chiuso la connessione prima di presentarsi.</translation>
    </message>
    <message>
        <source>The mailbox server %1 closed the connection in the middle of a reply.</source>
        <translation>Il server della casella di posta %1 ha chiuso la connessione a metà di una risposta.</translation>
    </message>
    <message>
        <source>(%1 more parts of this answer not shown)</source>
        <translation>(altre %1 parti di questa risposta non mostrate)</translation>
    </message>
    <message>
        <source>One answer of the mailbox server grew past %1 bytes, in many parts; Postino reads at most that much of one answer, so it stopped.</source>
        <translation>Una risposta del server della casella di posta ha superato i %1 byte, divisa in molte parti; Postino legge al massimo questa quantità per risposta, quindi si è fermato.</translation>
    </message>
    <message>
        <source>The mailbox server did not return the test message it had found, so Postino did not delete anything.</source>
        <translation>Il server della casella di posta non ha restituito il messaggio di prova che aveva trovato, quindi Postino non ha eliminato nulla.</translation>
    </message>
    <message>
        <source>Delete it by hand if it is still there</source>
        <translation>Eliminalo a mano se è ancora lì</translation>
    </message>
    <message>
        <source>Look for the message with the test&apos;s subject in %1.</source>
        <translation>Cerca in %1 il messaggio con l&apos;oggetto della prova.</translation>
    </message>
    <message>
        <source>Check the IMAP host and port</source>
        <translation>Controlla host e porta IMAP</translation>
    </message>
    <message>
        <source>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993), not a web or SMTP server; if they are, try again later.</source>
        <translation>Verifica che host e porta siano quelli del server IMAP della tua casella (di solito la porta 993), non di un server web o SMTP; se lo sono, riprova più tardi.</translation>
    </message>
    <message>
        <source>Use SSL instead</source>
        <translation>Usa invece SSL</translation>
    </message>
    <message>
        <source>Set the IMAP encryption to SSL, usually on port 993.</source>
        <translation>Imposta la cifratura IMAP su SSL, di solito sulla porta 993.</translation>
    </message>
    <message>
        <source>The mailbox server may be busy; if it keeps happening, look for the message in your mail program.</source>
        <translation>Il server della casella potrebbe essere occupato; se succede ancora, cerca il messaggio nel tuo programma di posta.</translation>
    </message>
    <message>
        <source>Check the mailbox server&apos;s settings</source>
        <translation>Controlla le impostazioni del server della casella</translation>
    </message>
    <message>
        <source>Check the IMAP host, port and encryption: port 993 expects SSL, port 143 STARTTLS.</source>
        <translation>Controlla host, porta e cifratura IMAP: la porta 993 richiede SSL, la porta 143 STARTTLS.</translation>
    </message>
    <message>
        <source>If they are right, the server may be busy; try again in a few minutes.</source>
        <translation>Se sono corretti, il server potrebbe essere occupato; riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993), not a web or SMTP server.</source>
        <translation>Verifica che host e porta siano quelli del server IMAP della tua casella (di solito la porta 993), non di un server web o SMTP.</translation>
    </message>
    <message>
        <source>Make sure the host and port are your mailbox&apos;s IMAP server (usually port 993); if they are, try again later.</source>
        <translation>Verifica che host e porta siano quelli del server IMAP della tua casella (di solito la porta 993); se lo sono, riprova più tardi.</translation>
    </message>
    <message>
        <source>The server may be busy or limiting connections from this address; if it keeps happening, ask your mailbox provider.</source>
        <translation>Il server potrebbe essere occupato o limitare le connessioni da questo indirizzo; se succede ancora, chiedi al provider della casella.</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Attiva la cifratura</translation>
    </message>
    <message>
        <source>Set the IMAP encryption to SSL (port 993) or STARTTLS (port 143).</source>
        <translation>Imposta la cifratura IMAP su SSL (porta 993) o STARTTLS (porta 143).</translation>
    </message>
    <message>
        <source>Use an encrypted connection or an app password</source>
        <translation>Usa una connessione cifrata o una password per app</translation>
    </message>
    <message>
        <source>Set the IMAP encryption to SSL on port 993; many servers allow a login only there.</source>
        <translation>Imposta la cifratura IMAP su SSL sulla porta 993; molti server consentono l&apos;accesso solo lì.</translation>
    </message>
    <message>
        <source>Some providers need IMAP turned on, or an app password, in the mailbox&apos;s settings.</source>
        <translation>Alcuni provider richiedono di attivare IMAP, o una password per app, nelle impostazioni della casella.</translation>
    </message>
    <message>
        <source>Delete the test message yourself</source>
        <translation>Cancella tu il messaggio di prova</translation>
    </message>
    <message>
        <source>Open the mailbox in your mail program and delete the Postino test message.</source>
        <translation>Apri la casella nel tuo programma di posta e cancella il messaggio di prova di Postino.</translation>
    </message>
</context>
<context>
    <name>postino::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n second(s): the whole check took longer than allowed.</source>
        <translation>
            <numerusform>Interrotto dopo %n secondo: il controllo nel suo insieme ha richiesto più tempo del consentito.</numerusform>
            <numerusform>Interrotto dopo %n secondi: il controllo nel suo insieme ha richiesto più tempo del consentito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Run it again; a server or network that is only slow at the moment often answers in time on the next try.</source>
        <translation>Eseguilo di nuovo: un server o una rete lenti solo in questo momento spesso rispondono in tempo al tentativo successivo.</translation>
    </message>
    <message>
        <source>If it keeps happening, check the network connection and the server&apos;s address, or allow more time.</source>
        <translation>Se continua a succedere, controlla la connessione di rete e l&apos;indirizzo del server, oppure concedi più tempo.</translation>
    </message>
</context>
<context>
    <name>postino::PostinoWizard</name>
    <message>
        <source>Postino — email setup</source>
        <translation>Postino — configurazione email</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Choose mailer</source>
        <translation>Scegli il servizio</translation>
    </message>
    <message>
        <source>Configure mailer</source>
        <translation>Configura il servizio</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Email di prova</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>Informa&amp;zioni</translation>
    </message>
</context>
<context>
    <name>postino::SenderPage</name>
    <message>
        <source>Who your emails come from</source>
        <translation>Da chi arrivano le tue email</translation>
    </message>
    <message>
        <source>Force From &amp;email</source>
        <translation>&amp;Forza l&apos;email del mittente</translation>
    </message>
    <message>
        <source>Force From n&amp;ame</source>
        <translation>Forza il n&amp;ome del mittente</translation>
    </message>
    <message>
        <source>Set the &amp;return path to the From email</source>
        <translation>Usa l&apos;email del mittente come indirizzo di &amp;ritorno (Return-Path)</translation>
    </message>
    <message>
        <source>Recipients see this name and address. Use an address on your website&apos;s own domain, so the domain&apos;s SPF, DKIM and DMARC records can vouch for it.</source>
        <translation>I destinatari vedono questo nome e questo indirizzo. Usa un indirizzo sul dominio del tuo sito web, così i record SPF, DKIM e DMARC del dominio possono garantirne l&apos;autenticità.</translation>
    </message>
    <message>
        <source>hello@example.com</source>
        <translation>info@example.com</translation>
    </message>
    <message>
        <source>Your website&apos;s name</source>
        <translation>Il nome del tuo sito web</translation>
    </message>
    <message>
        <source>From e&amp;mail address:</source>
        <translation>Indirizzo &amp;email del mittente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nome del mittente:</translation>
    </message>
    <message>
        <source>Every email uses this address, even when another plugin asks for a different one. Recommended: mail services only accept addresses you verified.</source>
        <translation>Tutte le email usano questo indirizzo, anche quando un altro plugin ne richiede uno diverso. Consigliato: i servizi di posta accettano solo indirizzi che hai verificato.</translation>
    </message>
    <message>
        <source>Every email uses this name, even when a form or plugin sets its own.</source>
        <translation>Tutte le email usano questo nome, anche quando un modulo o un plugin ne imposta uno proprio.</translation>
    </message>
    <message>
        <source>Bounces (messages that could not be delivered) come back to the From address, so you notice them.</source>
        <translation>I messaggi respinti (quelli che non è stato possibile recapitare) tornano all&apos;indirizzo del mittente, così te ne accorgi.</translation>
    </message>
    <message>
        <source>Enter the From email address to continue.</source>
        <translation>Inserisci l&apos;indirizzo email del mittente per continuare.</translation>
    </message>
    <message>
        <source>Fix the From email address to continue.</source>
        <translation>Correggi l&apos;indirizzo email del mittente per continuare.</translation>
    </message>
</context>
<context>
    <name>postino::SmtpClient</name>
    <message>
        <source>idle</source>
        <translation>inattività</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>attesa del saluto</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>avvio di TLS</translation>
    </message>
    <message>
        <source>setting up encryption</source>
        <translation>negoziazione della crittografia</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>accesso</translation>
    </message>
    <message>
        <source>starting the message (DATA)</source>
        <translation>avvio del messaggio (DATA)</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>invio del messaggio</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>chiusura</translation>
    </message>
    <message>
        <source>SSL/TLS from the start</source>
        <translation>SSL/TLS fin dall&apos;inizio</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>nessuna crittografia</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)…</source>
        <translation>Connessione a %1 sulla porta %2 (%3)…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connesso a %1.</translation>
    </message>
    <message>
        <source>the server sent data before encryption started</source>
        <translation>il server ha inviato dati prima dell&apos;avvio della crittografia</translation>
    </message>
    <message>
        <source>an unexpected reply: %1</source>
        <translation>una risposta inattesa: %1</translation>
    </message>
    <message>
        <source>(credentials hidden)</source>
        <translation>(credenziali nascoste)</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Accesso effettuato come %1 (%2).</translation>
    </message>
    <message>
        <source>(username, base64)</source>
        <translation>(nome utente, base64)</translation>
    </message>
    <message>
        <source>(password hidden)</source>
        <translation>(password nascosta)</translation>
    </message>
    <message>
        <source>(message: %1 bytes, ending with &quot;.&quot;)</source>
        <translation>(messaggio: %1 byte, terminato con &quot;.&quot;)</translation>
    </message>
    <message>
        <source>Encrypted with %1, cipher %2.</source>
        <translation>Connessione crittografata con %1, cifrario %2.</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid until %3.</source>
        <translation>Certificato per %1, rilasciato da %2, valido fino al %3.</translation>
    </message>
    <message>
        <source>The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).</source>
        <translation>Il certificato non è verificabile (%1), ma hai scelto di considerarlo attendibile (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation>Il server ha rifiutato il token: %1</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(risposta vuota)</translation>
    </message>
    <message numerus="yes">
        <source> …(incomplete, %n byte(s) so far)</source>
        <translation>
            <numerusform> …(incompleto, finora %n byte)</numerusform>
            <numerusform> …(incompleto, finora %n byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>introducing Postino (EHLO)</source>
        <translation>presentazione di Postino (EHLO)</translation>
    </message>
    <message>
        <source>sending the sender address (MAIL FROM)</source>
        <translation>invio dell&apos;indirizzo del mittente (MAIL FROM)</translation>
    </message>
    <message>
        <source>sending the recipient address (RCPT TO)</source>
        <translation>invio dell&apos;indirizzo del destinatario (RCPT TO)</translation>
    </message>
    <message>
        <source>(message: %1 bytes)</source>
        <translation>(messaggio: %1 byte)</translation>
    </message>
</context>
<context>
    <name>postino::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passaggio %1 di %2: %3</translation>
    </message>
</context>
<context>
    <name>postino::TestEmailPage</name>
    <message>
        <source>Send a test email</source>
        <translation>Invia un&apos;email di prova</translation>
    </message>
    <message>
        <source>&amp;Send test email</source>
        <translation>&amp;Invia email di prova</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>&amp;Copia la conversazione</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Salva il &amp;rapporto…</translation>
    </message>
    <message>
        <source>Postino sends a real email with your settings and shows the conversation with the server as it happens. Passwords are hidden.</source>
        <translation>Postino invia un&apos;email vera con le tue impostazioni e mostra in tempo reale la conversazione con il server. Le password sono nascoste.</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>Conversazione con il server</translation>
    </message>
    <message>
        <source>The conversation with the server appears here when you send.</source>
        <translation>La conversazione con il server compare qui quando invii.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>A text or HTML file to send to your host&apos;s support. It contains no passwords.</source>
        <translation>Un file di testo o HTML da inviare all&apos;assistenza del tuo hosting. Non contiene password.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Also check that it &amp;arrived: look in the recipient&apos;s mailbox (IMAP)</source>
        <translation>Verifica anche che sia &amp;arrivata: cerca nella casella di posta del destinatario (IMAP)</translation>
    </message>
    <message>
        <source>Postino only reads: it finds the test email by its test-run header and reads its headers. The password is used for this check only and never saved.</source>
        <translation>Postino si limita a leggere: trova l&apos;email di prova grazie alla sua intestazione di prova e ne legge le intestazioni. La password viene usata solo per questo controllo e non viene mai salvata.</translation>
    </message>
    <message>
        <source>Other mailbox</source>
        <translation>Altra casella di posta</translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (porta 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (porta 143)</translation>
    </message>
    <message>
        <source>None (not recommended)</source>
        <translation>Nessuna (sconsigliata)</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Password o password per le app</translation>
    </message>
    <message>
        <source>&amp;Delete the test email from the mailbox once found</source>
        <translation>&amp;Elimina l&apos;email di prova dalla casella di posta una volta trovata</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Server IMAP:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Cri&amp;ttografia:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>1. Accepted: not sent yet.</source>
        <translation>1. Accettata: non ancora inviata.</translation>
    </message>
    <message>
        <source>2. Delivered (as the provider reports it): waiting.</source>
        <translation>2. Consegnata (secondo il provider): in attesa.</translation>
    </message>
    <message>
        <source>3. Arrived in the mailbox: %1</source>
        <translation>3. Arrivata nella casella di posta: %1</translation>
    </message>
    <message>
        <source>waiting.</source>
        <translation>in attesa.</translation>
    </message>
    <message>
        <source>not checked.</source>
        <translation>non verificato.</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC as the receiving mailbox judged them: waiting.</source>
        <translation>SPF, DKIM e DMARC secondo la casella di posta del destinatario: in attesa.</translation>
    </message>
    <message>
        <source>1. Accepted:</source>
        <translation>1. Accettata:</translation>
    </message>
    <message>
        <source>2. Delivered:</source>
        <translation>2. Consegnata:</translation>
    </message>
    <message>
        <source>3. Arrived:</source>
        <translation>3. Arrivata:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <source>Sending a test email through %1 is not available in this version of Postino yet, so nothing will be sent. Your settings are kept and can be saved on the next page.</source>
        <translation>L&apos;invio di un&apos;email di prova tramite %1 non è ancora disponibile in questa versione di Postino, quindi non verrà inviato nulla. Le tue impostazioni vengono conservate e puoi salvarle nella pagina successiva.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; non è un indirizzo email valido.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Trust this certificate for this server (SHA-256 %1…)</source>
        <translation>Considera attendibile questo certificato per questo server (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>1. Accepted: no, see below.</source>
        <translation>1. Accettata: no, vedi sotto.</translation>
    </message>
    <message>
        <source>The conversation is on the clipboard.</source>
        <translation>La conversazione è stata copiata negli appunti.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva il rapporto</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text file (*.txt)</source>
        <translation>Pagina web (*.html);;File di testo (*.txt)</translation>
    </message>
    <message>
        <source>Postino test email report</source>
        <translation>Rapporto dell&apos;email di prova di Postino</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviata a</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no passwords.</source>
        <translation>Rapporto salvato in %1. Non contiene password.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>This certificate is now trusted for this server. Send the test again.</source>
        <translation>Ora questo certificato è considerato attendibile per questo server. Invia di nuovo la prova.</translation>
    </message>
    <message>
        <source>Will Gmail, Yahoo and Outlook.com accept it?</source>
        <translation>Gmail, Yahoo e Outlook.com la accetteranno?</translation>
    </message>
    <message>
        <source>Run the domain checks on the Checks page for the full answer.</source>
        <translation>Per la risposta completa, esegui i controlli del dominio nella pagina Controlli.</translation>
    </message>
    <message>
        <source>Stops sending the test email, or stops following it once sent.</source>
        <translation>Ferma l&apos;invio dell&apos;email di prova, oppure smette di seguirla una volta inviata.</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>Cosa ha trovato la prova</translation>
    </message>
    <message>
        <source>S&amp;how the conversation with the server</source>
        <translation>Mostra la con&amp;versazione con il server</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>Mostra la conversazione con il server</translation>
    </message>
    <message>
        <source>Stopped before the server accepted the test email</source>
        <translation>Fermato prima che il server accettasse l&apos;email di prova</translation>
    </message>
    <message>
        <source>Nothing was sent. Send it again when you are ready.</source>
        <translation>Non è stato inviato nulla. Inviala di nuovo quando sei pronto.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviata</translation>
    </message>
    <message>
        <source>Open the conversation with the server below to see where it stopped.</source>
        <translation>Apri qui sotto la conversazione con il server per vedere dove si è fermata.</translation>
    </message>
    <message>
        <source>Sent, but not delivered</source>
        <translation>Inviata, ma non consegnata</translation>
    </message>
    <message>
        <source>Look at the delivery details below.</source>
        <translation>Guarda i dettagli della consegna qui sotto.</translation>
    </message>
    <message>
        <source>Sent and delivered</source>
        <translation>Inviata e consegnata</translation>
    </message>
    <message>
        <source>Go on to the next page to save these settings to your server.</source>
        <translation>Vai alla pagina successiva per salvare queste impostazioni sul tuo server.</translation>
    </message>
    <message>
        <source>Sent, not yet confirmed</source>
        <translation>Inviata, non ancora confermata</translation>
    </message>
    <message>
        <source>Look for the test email in the recipient&apos;s inbox, and in the spam folder.</source>
        <translation>Cerca l&apos;email di prova nella posta in arrivo del destinatario, e nella cartella spam.</translation>
    </message>
    <message>
        <source>Stopped following the test email; send it again to follow it.</source>
        <translation>Smesso di seguire l&apos;email di prova; inviala di nuovo per seguirla.</translation>
    </message>
    <message>
        <source>1. Accepted: stopped before the server answered.</source>
        <translation>1. Accettata: fermato prima che il server rispondesse.</translation>
    </message>
</context>
<context>
    <name>postino::TestEmailSender</name>
    <message>
        <source>%1 is required.</source>
        <translation>Il campo %1 è obbligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient address.</source>
        <translation>&quot;%1&quot; non è un indirizzo di destinatario valido.</translation>
    </message>
    <message>
        <source>Enter the address that should receive the test email.</source>
        <translation>Inserisci l&apos;indirizzo che deve ricevere l&apos;email di prova.</translation>
    </message>
    <message>
        <source>Sending a test email through %1 is not available in this version of Postino yet.</source>
        <translation>L&apos;invio di un&apos;email di prova tramite %1 non è ancora disponibile in questa versione di Postino.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Non è stato inviato nulla</translation>
    </message>
    <message>
        <source>Your settings are saved and can be exported.</source>
        <translation>Le tue impostazioni sono salvate e possono essere esportate.</translation>
    </message>
    <message>
        <source>To test sending now, choose Other SMTP with your provider&apos;s SMTP details.</source>
        <translation>Per provare subito l&apos;invio, scegli Altro SMTP e inserisci i dati SMTP del tuo provider.</translation>
    </message>
    <message>
        <source>Postino holds no sign-in for %1.</source>
        <translation>Postino non ha nessun accesso salvato per %1.</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Accedi prima</translation>
    </message>
    <message>
        <source>Click Sign in on the Configure mailer page, or run &quot;postino-cli oauth sign-in --mailer %1&quot; (or set POSTINO_SECRET_%2_REFRESH_TOKEN).</source>
        <translation>Fai clic su Accedi nella pagina di configurazione, oppure esegui &quot;postino-cli oauth sign-in --mailer %1&quot; (o imposta POSTINO_SECRET_%2_REFRESH_TOKEN).</translation>
    </message>
    <message>
        <source>Refreshing the sign-in…</source>
        <translation>Rinnovo dell&apos;accesso in corso…</translation>
    </message>
    <message>
        <source>The provider refused the access token; refreshing it once…</source>
        <translation>Il provider ha rifiutato il token di accesso; rinnovo in corso (un solo tentativo)…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Compila %1</translation>
    </message>
    <message>
        <source>Copy it from your mailer&apos;s account page; Postino keeps it in the system keychain, never in the profile.</source>
        <translation>Copialo dalla pagina del tuo account presso il servizio di invio; Postino lo conserva nel portachiavi di sistema, mai nel profilo.</translation>
    </message>
    <message>
        <source>Correct the recipient</source>
        <translation>Correggi il destinatario</translation>
    </message>
</context>
<context>
    <name>postino::WebProbeDialog</name>
    <message>
        <source>Test from your web server</source>
        <translation>Verifica dal tuo server web</translation>
    </message>
    <message>
        <source>Hosting companies often block mail ports that this computer can use. Postino writes a small PHP script that tests the same ports of %1 from your web server. It reads no parameters, so nobody can aim it anywhere else.</source>
        <translation>Le società di hosting bloccano spesso porte di posta che questo computer riesce a usare. Postino crea un piccolo script PHP che verifica le stesse porte di %1 dal tuo server web. Lo script non legge parametri, quindi nessuno può usarlo per puntare altrove.</translation>
    </message>
    <message>
        <source>Folder for the script</source>
        <translation>Cartella per lo script</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>&amp;Delete the script after its first run</source>
        <translation>&amp;Elimina lo script dopo la prima esecuzione</translation>
    </message>
    <message>
        <source>&amp;Write the script</source>
        <translation>&amp;Crea lo script</translation>
    </message>
    <message>
        <source>Address of the script</source>
        <translation>Indirizzo dello script</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Recupera</translation>
    </message>
    <message>
        <source>…or paste here what the page showed</source>
        <translation>…oppure incolla qui ciò che ha mostrato la pagina</translation>
    </message>
    <message>
        <source>Result from the web server</source>
        <translation>Risultato dal server web</translation>
    </message>
    <message>
        <source>&amp;Show results</source>
        <translation>&amp;Mostra i risultati</translation>
    </message>
    <message>
        <source>1. Save it in:</source>
        <translation>1. Salvalo in:</translation>
    </message>
    <message>
        <source>2. Its address:</source>
        <translation>2. Il suo indirizzo:</translation>
    </message>
    <message>
        <source>Where to save the probe script</source>
        <translation>Dove salvare lo script di verifica</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvato come %1.</translation>
    </message>
    <message>
        <source>Fetching the result…</source>
        <translation>Recupero del risultato…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Fer&amp;ma</translation>
    </message>
    <message>
        <source>Stops fetching the result from the script.</source>
        <translation>Ferma il recupero del risultato dallo script.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was fetched; press Fetch to try again, or paste the result below.</source>
        <translation>Fermato. Non è stato recuperato nulla; premi Recupera per riprovare, oppure incolla il risultato qui sotto.</translation>
    </message>
</context>
<context>
    <name>postino::WelcomePage</name>
    <message>
        <source>Get your website&apos;s email working</source>
        <translation>Fai funzionare le email del tuo sito web</translation>
    </message>
    <message>
        <source>Postino sets up how your website sends email — contact forms, order confirmations, password resets — and proves that it works by sending a real test email.</source>
        <translation>Postino configura il modo in cui il tuo sito web invia le email (moduli di contatto, conferme d&apos;ordine, reimpostazioni della password) e dimostra che funziona inviando una vera email di prova.</translation>
    </message>
    <message>
        <source>Your passwords and keys are kept in your system&apos;s keychain, never in Postino&apos;s settings file.</source>
        <translation>Le tue password e chiavi sono conservate nel portachiavi di sistema, mai nel file delle impostazioni di Postino.</translation>
    </message>
    <message>
        <source>Your earlier answers for %1 are filled in; press Next to review them.</source>
        <translation>Le risposte che hai dato in precedenza per %1 sono già compilate; premi Successivo per rivederle.</translation>
    </message>
    <message>
        <source>In a few steps you will choose an email service, enter its details, pick the address your emails come from, check that this computer can reach the service, and send a test. At the end Postino saves the configuration so you can put it on your server.</source>
        <translation>In pochi passaggi sceglierai un servizio email, ne inserirai i dati, indicherai l&apos;indirizzo da cui partono le tue email, verificherai che questo computer raggiunga il servizio e invierai una prova. Alla fine Postino salva la configurazione, così potrai caricarla sul tuo server.</translation>
    </message>
    <message>
        <source>&amp;Import existing settings…</source>
        <translation>&amp;Importa impostazioni esistenti…</translation>
    </message>
    <message>
        <source>From a wp-config.php, a WP Mail SMTP, Post SMTP, FluentSMTP, Easy WP SMTP, WP SMTP or SMTP Mailer settings export, or a Postino profile.</source>
        <translation>Da un file wp-config.php, da un&apos;esportazione delle impostazioni di WP Mail SMTP, Post SMTP, FluentSMTP, Easy WP SMTP, WP SMTP o SMTP Mailer, oppure da un profilo Postino.</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Importa impostazioni</translation>
    </message>
    <message>
        <source>Settings files (*.php *.json *.txt);;All files (*)</source>
        <translation>File di impostazioni (*.php *.json *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1; your settings are unchanged.</source>
        <translation>Non è stato importato nulla da %1; le tue impostazioni non sono cambiate.</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Impostazioni importate da %1: %2.</translation>
    </message>
    <message>
        <source>Enter these again on the Configure mailer page: %1.</source>
        <translation>Inserisci di nuovo nella pagina di configurazione: %1.</translation>
    </message>
</context>
<context>
    <name>postino::acceptance::DomainPoliciesCheck</name>
    <message>
        <source>&quot;%1&quot; is not a domain name, so it has no MTA-STS, TLS-RPT or BIMI records to check.</source>
        <translation>&quot;%1&quot; non è un nome di dominio, quindi non ha record MTA-STS, TLS-RPT o BIMI da controllare.</translation>
    </message>
    <message>
        <source>No DNS resolver was given, so the records could not be looked up.</source>
        <translation>Non è stato indicato alcun resolver DNS, quindi non è stato possibile cercare i record.</translation>
    </message>
    <message>
        <source>Check the domain</source>
        <translation>Controlla il dominio</translation>
    </message>
    <message>
        <source>Enter the domain of the From address, e.g. example.com.</source>
        <translation>Inserisci il dominio dell&apos;indirizzo del mittente, ad es. example.com.</translation>
    </message>
    <message>
        <source>Check again later</source>
        <translation>Ricontrolla più tardi</translation>
    </message>
    <message>
        <source>The lookup of %1 got no answer within %2 s, so Postino could not check it.</source>
        <translation>La ricerca DNS di %1 non ha avuto risposta entro %2 s, quindi Postino non ha potuto controllarlo.</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2), so Postino could not check it; that says nothing about whether the record exists.</source>
        <translation>La ricerca DNS di %1 non è riuscita (%2), quindi Postino non ha potuto controllarlo; questo non dice nulla sull&apos;esistenza del record.</translation>
    </message>
    <message>
        <source>mx: (your mail server&apos;s name, as in your MX record)</source>
        <translation>mx: (il nome del tuo server di posta, come nel record MX)</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy, so servers sending mail to it may fall back to an unencrypted connection when an attacker strips STARTTLS. Optional: no mailbox provider&apos;s rules for senders ask for it.</source>
        <translation>%1 non pubblica una policy MTA-STS, quindi i server che gli inviano posta potrebbero ripiegare su una connessione non crittografata se un malintenzionato rimuove STARTTLS. Facoltativo: nessuna delle regole dei provider di posta per i mittenti la richiede.</translation>
    </message>
    <message>
        <source>Publish an MTA-STS policy (optional)</source>
        <translation>Pubblica una policy MTA-STS (facoltativo)</translation>
    </message>
    <message>
        <source>Serve this file at %1 from a web server with a valid HTTPS certificate for %2, as text/plain, without any redirect:
%3</source>
        <translation>Fornisci questo file all&apos;indirizzo %1 da un server web con un certificato HTTPS valido per %2, come text/plain, senza alcun reindirizzamento:
%3</translation>
    </message>
    <message>
        <source>Then publish the TXT record shown; change its id whenever you change the file.</source>
        <translation>Poi pubblica il record TXT indicato; cambiane l&apos;id ogni volta che modifichi il file.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record too, and after a few weeks of reports without failures change &quot;mode: testing&quot; to &quot;mode: enforce&quot;.</source>
        <translation>Pubblica anche un record TLS-RPT e, dopo alcune settimane di report senza errori, cambia &quot;mode: testing&quot; in &quot;mode: enforce&quot;.</translation>
    </message>
    <message>
        <source>Correct the _mta-sts record</source>
        <translation>Correggi il record _mta-sts</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1 of the form shown (&quot;v=STSv1; id=&quot; and 1 to 32 letters and digits).</source>
        <translation>Mantieni su %1 un solo record TXT nella forma indicata (&quot;v=STSv1; id=&quot; seguito da 1 a 32 lettere e cifre).</translation>
    </message>
    <message>
        <source>The MTA-STS record is written so that senders skip it: %1</source>
        <translation>Per come è scritto, i server mittenti saltano il record MTA-STS: %1</translation>
    </message>
    <message>
        <source>%1 has %2 MTA-STS records; senders then use none of them, as if the domain had no MTA-STS.</source>
        <translation>%1 ha %2 record MTA-STS; in questo caso i server mittenti non ne usano nessuno, come se il dominio non avesse MTA-STS.</translation>
    </message>
    <message>
        <source>Senders ignore the MTA-STS record: %1</source>
        <translation>I server mittenti ignorano il record MTA-STS: %1</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy file</source>
        <translation>Fornisci il file della policy MTA-STS</translation>
    </message>
    <message>
        <source>Put the policy file at %1 on a web server with a valid HTTPS certificate for %2; %2 needs an A or CNAME record pointing at that server.</source>
        <translation>Metti il file della policy all&apos;indirizzo %1 su un server web con un certificato HTTPS valido per %2; %2 deve avere un record A o CNAME che punti a quel server.</translation>
    </message>
    <message>
        <source>If you no longer use MTA-STS, delete the TXT record at %1 instead.</source>
        <translation>Se non usi più MTA-STS, elimina invece il record TXT su %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s, so Postino could not read the MTA-STS policy.</source>
        <translation>%1 non ha risposto entro %2 s, quindi Postino non ha potuto leggere la policy MTA-STS.</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up (%2), so Postino could not read the MTA-STS policy.</source>
        <translation>Non è stato possibile cercare l&apos;indirizzo di %1 (%2), quindi Postino non ha potuto leggere la policy MTA-STS.</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record), so no sender can fetch the MTA-STS policy; they treat %2 as having none.</source>
        <translation>%1 non ha un indirizzo (nessun record A o AAAA), quindi nessun server mittente può scaricare la policy MTA-STS; trattano %2 come se non ne avesse una.</translation>
    </message>
    <message>
        <source>The MTA-STS policy at %1 is larger than %2 KiB; a policy is a few lines. Senders refuse such an answer and treat %3 as having no policy.</source>
        <translation>La policy MTA-STS all&apos;indirizzo %1 supera i %2 KiB, mentre una policy è di poche righe. I server mittenti rifiutano una risposta del genere e trattano %3 come se non avesse una policy.</translation>
    </message>
    <message>
        <source>Serve only the policy at this address</source>
        <translation>A questo indirizzo fornisci solo la policy</translation>
    </message>
    <message>
        <source>Check what the web server sends at %1: it should be the four or five &quot;key: value&quot; lines of the policy and nothing else.</source>
        <translation>Controlla che cosa invia il server web all&apos;indirizzo %1: dovrebbero essere le quattro o cinque righe &quot;chiave: valore&quot; della policy e nient&apos;altro.</translation>
    </message>
    <message>
        <source>%1 answers with a certificate that does not check out (%2). RFC 8461 requires a valid certificate for %1, so senders refuse the policy and treat %3 as having none.</source>
        <translation>%1 risponde con un certificato che non supera la verifica (%2). L&apos;RFC 8461 richiede un certificato valido per %1, quindi i server mittenti rifiutano la policy e trattano %3 come se non ne avesse una.</translation>
    </message>
    <message>
        <source>Give %1 a valid certificate</source>
        <translation>Installa un certificato valido per %1</translation>
    </message>
    <message>
        <source>Install a certificate valid for the name %1 on the server that answers for it (a free Let&apos;s Encrypt certificate will do); a certificate for the main site alone does not cover it.</source>
        <translation>Installa un certificato valido per il nome %1 sul server che risponde a quel nome (va bene un certificato gratuito di Let&apos;s Encrypt); un certificato solo per il sito principale non lo copre.</translation>
    </message>
    <message>
        <source>Postino could not read the MTA-STS policy from %1: %2.</source>
        <translation>Postino non è riuscito a leggere la policy MTA-STS da %1: %2.</translation>
    </message>
    <message>
        <source>%1 answers with a redirect (HTTP %2). RFC 8461 forbids following redirects for the policy, so senders ignore it.</source>
        <translation>%1 risponde con un reindirizzamento (HTTP %2). L&apos;RFC 8461 vieta di seguire i reindirizzamenti per la policy, quindi i server mittenti la ignorano.</translation>
    </message>
    <message>
        <source>%1 answers with a redirect (HTTP %2) to %3. RFC 8461 forbids following redirects for the policy, so senders ignore it.</source>
        <translation>%1 risponde con un reindirizzamento (HTTP %2) verso %3. L&apos;RFC 8461 vieta di seguire i reindirizzamenti per la policy, quindi i server mittenti la ignorano.</translation>
    </message>
    <message>
        <source>Serve the policy without a redirect</source>
        <translation>Fornisci la policy senza reindirizzamenti</translation>
    </message>
    <message>
        <source>Make %1 answer the file itself with HTTP 200; a redirect to another address or to &quot;www&quot; is not followed.</source>
        <translation>Fai in modo che %1 risponda direttamente con il file e HTTP 200; un reindirizzamento a un altro indirizzo o a &quot;www&quot; non viene seguito.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 instead of the MTA-STS policy, so senders treat %3 as having none.</source>
        <translation>%1 risponde HTTP %2 invece di restituire la policy MTA-STS, quindi i server mittenti trattano %3 come se non ne avesse una.</translation>
    </message>
    <message>
        <source>What %1 serves is not text (it holds NUL bytes or bytes that are not UTF-8), so it cannot be an MTA-STS policy; senders ignore it.</source>
        <translation>Ciò che restituisce %1 non è testo (contiene byte NUL o byte non UTF-8), quindi non può essere una policy MTA-STS; i server mittenti lo ignorano.</translation>
    </message>
    <message>
        <source>Serve the policy as plain text</source>
        <translation>Fornisci la policy come testo semplice</translation>
    </message>
    <message>
        <source>Save the policy as a plain text file (UTF-8 or ASCII) and serve it at %1.</source>
        <translation>Salva la policy come file di testo semplice (UTF-8 o ASCII) e forniscila all&apos;indirizzo %1.</translation>
    </message>
    <message>
        <source>%1 is served without a Content-Type; RFC 8461 asks for text/plain and senders that check it ignore the policy.</source>
        <translation>%1 viene fornito senza Content-Type; l&apos;RFC 8461 richiede text/plain e i server mittenti che lo verificano ignorano la policy.</translation>
    </message>
    <message>
        <source>%1 is served as %2; RFC 8461 asks for text/plain and senders that check it ignore the policy.</source>
        <translation>%1 viene fornito come %2; l&apos;RFC 8461 richiede text/plain e i server mittenti che lo verificano ignorano la policy.</translation>
    </message>
    <message>
        <source>Serve the policy as text/plain</source>
        <translation>Fornisci la policy come text/plain</translation>
    </message>
    <message>
        <source>Configure the web server to send &quot;Content-Type: text/plain&quot; for %1.</source>
        <translation>Configura il server web in modo che invii &quot;Content-Type: text/plain&quot; per %1.</translation>
    </message>
    <message>
        <source>Senders ignore the MTA-STS policy at %1: %2</source>
        <translation>I server mittenti ignorano la policy MTA-STS all&apos;indirizzo %1: %2</translation>
    </message>
    <message>
        <source>Correct the MTA-STS policy</source>
        <translation>Correggi la policy MTA-STS</translation>
    </message>
    <message>
        <source>The file needs one line each of &quot;version: STSv1&quot;, &quot;mode: enforce&quot; (or testing or none) and &quot;max_age:&quot; with a number of seconds, and an &quot;mx:&quot; line for each mail server.</source>
        <translation>Il file deve avere una riga per ciascuno tra &quot;version: STSv1&quot;, &quot;mode: enforce&quot; (o testing o none) e &quot;max_age:&quot; con un numero di secondi, più una riga &quot;mx:&quot; per ogni server di posta.</translation>
    </message>
    <message>
        <source>After changing the file, change the id in the TXT record at %1 so senders fetch it again.</source>
        <translation>Dopo aver modificato il file, cambia l&apos;id nel record TXT su %1, così i server mittenti lo scaricano di nuovo.</translation>
    </message>
    <message>
        <source>Tidy up the MTA-STS policy</source>
        <translation>Riordina la policy MTA-STS</translation>
    </message>
    <message>
        <source>Give each field once, in lower case, from the start of its line; after changing the file, change the id in the TXT record at %1.</source>
        <translation>Indica ogni campo una sola volta, in minuscolo, dall&apos;inizio della riga; dopo aver modificato il file, cambia l&apos;id nel record TXT su %1.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (enforce) does not cover the mail server(s) %1 of %2: senders that honour it refuse to deliver there. Its mx lines: %3.</source>
        <translation>La policy MTA-STS (enforce) non copre %1, server di posta di %2: i server mittenti che la rispettano si rifiutano di consegnare lì. Le sue righe mx: %3.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (%4) does not cover the mail server(s) %1 of %2; once it is in force in enforce mode, senders would refuse to deliver there. Its mx lines: %3.</source>
        <translation>La policy MTA-STS (%4) non copre %1, server di posta di %2; una volta in vigore in modalità enforce, i server mittenti si rifiuterebbero di consegnare lì. Le sue righe mx: %3.</translation>
    </message>
    <message>
        <source>List every MX host in the MTA-STS policy</source>
        <translation>Elenca ogni host MX nella policy MTA-STS</translation>
    </message>
    <message>
        <source>Change the file at %1 to:
%2</source>
        <translation>Modifica il file all&apos;indirizzo %1 così:
%2</translation>
    </message>
    <message>
        <source>Then change the id in the TXT record at %1 so senders fetch the new policy.</source>
        <translation>Poi cambia l&apos;id nel record TXT su %1, così i server mittenti scaricano la nuova policy.</translation>
    </message>
    <message numerus="yes">
        <source>MTA-STS is on in enforce mode and covers every MX host (%1): senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n day(s).</source>
        <translation>
            <numerusform>MTA-STS è attivo in modalità enforce e copre ogni host MX (%1): i server mittenti che lo supportano consegnano solo tramite TLS con un certificato valido. Conservano la policy per %n giorno.</numerusform>
            <numerusform>MTA-STS è attivo in modalità enforce e copre ogni host MX (%1): i server mittenti che lo supportano consegnano solo tramite TLS con un certificato valido. Conservano la policy per %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MTA-STS is on in enforce mode: senders that support it deliver only over TLS with a valid certificate. They keep the policy for %n day(s).</source>
        <translation>
            <numerusform>MTA-STS è attivo in modalità enforce: i server mittenti che lo supportano consegnano solo tramite TLS con un certificato valido. Conservano la policy per %n giorno.</numerusform>
            <numerusform>MTA-STS è attivo in modalità enforce: i server mittenti che lo supportano consegnano solo tramite TLS con un certificato valido. Conservano la policy per %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>MTA-STS is in testing mode: senders report TLS problems (to the TLS-RPT address) but still deliver without TLS when it fails.</source>
        <translation>MTA-STS è in modalità testing: i server mittenti segnalano i problemi TLS (all&apos;indirizzo TLS-RPT), ma se TLS non funziona consegnano comunque senza.</translation>
    </message>
    <message>
        <source>Switch MTA-STS to enforce when ready</source>
        <translation>Passa MTA-STS a enforce quando sei pronto</translation>
    </message>
    <message>
        <source>When TLS reports show no failures for a few weeks, change &quot;mode: testing&quot; to &quot;mode: enforce&quot; in %1 and change the id in the TXT record at %2.</source>
        <translation>Quando i report TLS non mostrano errori per alcune settimane, cambia &quot;mode: testing&quot; in &quot;mode: enforce&quot; in %1 e cambia l&apos;id nel record TXT su %2.</translation>
    </message>
    <message>
        <source>The MTA-STS policy says &quot;mode: none&quot;: MTA-STS is switched off for %1.</source>
        <translation>La policy MTA-STS indica &quot;mode: none&quot;: MTA-STS è disattivato per %1.</translation>
    </message>
    <message>
        <source>%1 publishes no TLS-RPT record, so nobody tells you when servers fail to deliver to it over TLS. Optional.</source>
        <translation>%1 non pubblica un record TLS-RPT, quindi nessuno ti avvisa quando i server non riescono a consegnargli la posta tramite TLS. Facoltativo.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record (optional)</source>
        <translation>Pubblica un record TLS-RPT (facoltativo)</translation>
    </message>
    <message>
        <source>Publish the TXT record shown. Reports are JSON files sent daily; use a mailbox that exists (replace tls-reports@%1 if needed) or a report service&apos;s address.</source>
        <translation>Pubblica il record TXT indicato. I report sono file JSON inviati ogni giorno; usa una casella di posta esistente (se serve, sostituisci tls-reports@%1) o l&apos;indirizzo di un servizio di report.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is written so that senders skip it: %1</source>
        <translation>Per come è scritto, i server mittenti saltano il record TLS-RPT: %1</translation>
    </message>
    <message>
        <source>%1 has %2 TLS-RPT records; senders then use none of them.</source>
        <translation>%1 ha %2 record TLS-RPT; in questo caso i server mittenti non ne usano nessuno.</translation>
    </message>
    <message>
        <source>Senders ignore the TLS-RPT record: %1</source>
        <translation>I server mittenti ignorano il record TLS-RPT: %1</translation>
    </message>
    <message>
        <source>Correct the TLS-RPT record</source>
        <translation>Correggi il record TLS-RPT</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1: &quot;v=TLSRPTv1; rua=&quot; followed by mailto: or https: addresses separated by commas.</source>
        <translation>Mantieni su %1 un solo record TXT: &quot;v=TLSRPTv1; rua=&quot; seguito da indirizzi mailto: o https: separati da virgole.</translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1.</source>
        <translation>I report TLS-RPT vengono inviati a %1.</translation>
    </message>
    <message>
        <source>%1 publishes no BIMI record, so mailbox providers show no brand logo next to its mail. Optional.</source>
        <translation>%1 non pubblica un record BIMI, quindi i provider di posta non mostrano alcun logo del marchio accanto alla sua posta. Facoltativo.</translation>
    </message>
    <message>
        <source>Publish a BIMI record (optional)</source>
        <translation>Pubblica un record BIMI (facoltativo)</translation>
    </message>
    <message>
        <source>First bring DMARC to p=quarantine or p=reject: BIMI logos only show for mail under an enforced DMARC policy.</source>
        <translation>Prima porta il DMARC a p=quarantine o p=reject: i loghi BIMI compaiono solo per la posta soggetta a una policy DMARC applicata.</translation>
    </message>
    <message>
        <source>Make the logo a square SVG in the SVG Tiny PS profile, at most 32 KiB, and serve it over HTTPS as image/svg+xml (the record shown assumes %1).</source>
        <translation>Prepara il logo come SVG quadrato nel profilo SVG Tiny PS, di al massimo 32 KiB, e forniscilo tramite HTTPS come image/svg+xml (il record indicato presuppone %1).</translation>
    </message>
    <message>
        <source>Publish the TXT record shown. Gmail and Apple Mail show the logo only with a mark certificate (VMC or CMC): put its https:// address in a=.</source>
        <translation>Pubblica il record TXT indicato. Gmail e Apple Mail mostrano il logo solo con un certificato del marchio (VMC o CMC): inserisci il suo indirizzo https:// in a=.</translation>
    </message>
    <message>
        <source>Correct the BIMI record</source>
        <translation>Correggi il record BIMI</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1 of the form &quot;v=BIMI1; l=&lt;logo&apos;s https:// address&gt;; a=&lt;certificate&apos;s https:// address, or empty&gt;&quot;.</source>
        <translation>Mantieni su %1 un solo record TXT nella forma &quot;v=BIMI1; l=&lt;indirizzo https:// del logo&gt;; a=&lt;indirizzo https:// del certificato, oppure vuoto&gt;&quot;.</translation>
    </message>
    <message>
        <source>The BIMI record is written so that mail providers skip it: %1</source>
        <translation>Per come è scritto, i provider di posta saltano il record BIMI: %1</translation>
    </message>
    <message>
        <source>%1 has %2 BIMI records; mail providers then use none of them.</source>
        <translation>%1 ha %2 record BIMI; in questo caso i provider di posta non ne usano nessuno.</translation>
    </message>
    <message>
        <source>The BIMI logo address %1 is not https://; mail providers fetch logos over HTTPS only, so no logo shows.</source>
        <translation>L&apos;indirizzo del logo BIMI %1 non è https://; i provider di posta scaricano i loghi solo tramite HTTPS, quindi non compare alcun logo.</translation>
    </message>
    <message>
        <source>Serve the logo over HTTPS</source>
        <translation>Fornisci il logo tramite HTTPS</translation>
    </message>
    <message>
        <source>Serve the SVG logo from a web server with a valid certificate and change l= to its https:// address.</source>
        <translation>Fornisci il logo SVG da un server web con un certificato valido e cambia l= con il suo indirizzo https://.</translation>
    </message>
    <message>
        <source>Mail providers ignore the BIMI record: %1</source>
        <translation>I provider di posta ignorano il record BIMI: %1</translation>
    </message>
    <message>
        <source>%1&apos;s BIMI record has empty l= and a=: the domain says it shows no logo.</source>
        <translation>Il record BIMI di %1 ha l= e a= vuoti: il dominio dichiara di non mostrare alcun logo.</translation>
    </message>
    <message>
        <source>There is no mark certificate (a=): Gmail and Apple Mail show a logo only with one; other providers may show it without.</source>
        <translation>Non c&apos;è un certificato del marchio (a=): Gmail e Apple Mail mostrano un logo solo se c&apos;è; altri provider possono mostrarlo anche senza.</translation>
    </message>
    <message>
        <source>Mark certificate: %1.</source>
        <translation>Certificato del marchio: %1.</translation>
    </message>
    <message>
        <source>%1 publishes BIMI with a mark certificate and no separate logo address. %2</source>
        <translation>%1 pubblica un record BIMI con un certificato del marchio e senza un indirizzo del logo separato. %2</translation>
    </message>
    <message>
        <source>Make the BIMI logo reachable</source>
        <translation>Rendi raggiungibile il logo BIMI</translation>
    </message>
    <message>
        <source>Serve the SVG logo at %1 (HTTP 200, no redirect) from a server with a valid certificate for its name, or change l= in %2 to where it is.</source>
        <translation>Fornisci il logo SVG all&apos;indirizzo %1 (HTTP 200, senza reindirizzamenti) da un server con un certificato valido per il suo nome, oppure cambia l= in %2 con l&apos;indirizzo in cui si trova.</translation>
    </message>
    <message>
        <source>Serve the logo as a small SVG</source>
        <translation>Fornisci il logo come SVG di piccole dimensioni</translation>
    </message>
    <message>
        <source>The logo must be an SVG (SVG Tiny PS profile) of at most 32 KiB, served as image/svg+xml.</source>
        <translation>Il logo deve essere un SVG (profilo SVG Tiny PS) di al massimo 32 KiB, fornito come image/svg+xml.</translation>
    </message>
    <message>
        <source>The logo&apos;s server did not answer within %1 s, so Postino could not check the BIMI logo.</source>
        <translation>Il server del logo non ha risposto entro %1 s, quindi Postino non ha potuto controllare il logo BIMI.</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up (%2), so Postino could not check the BIMI logo.</source>
        <translation>Non è stato possibile cercare l&apos;indirizzo di %1 (%2), quindi Postino non ha potuto controllare il logo BIMI.</translation>
    </message>
    <message>
        <source>The logo&apos;s host %1 has no address, so no mail provider can fetch the BIMI logo.</source>
        <translation>L&apos;host del logo %1 non ha un indirizzo, quindi nessun provider di posta può scaricare il logo BIMI.</translation>
    </message>
    <message>
        <source>The BIMI logo is larger than %1 KiB, the limit mail providers apply.</source>
        <translation>Il logo BIMI supera i %1 KiB, il limite applicato dai provider di posta.</translation>
    </message>
    <message>
        <source>%1 answers with a certificate that does not check out (%2), so mail providers do not fetch the BIMI logo.</source>
        <translation>%1 risponde con un certificato che non supera la verifica (%2), quindi i provider di posta non scaricano il logo BIMI.</translation>
    </message>
    <message>
        <source>Postino could not fetch the BIMI logo from %1: %2.</source>
        <translation>Postino non è riuscito a scaricare il logo BIMI da %1: %2.</translation>
    </message>
    <message>
        <source>The logo address answers with a redirect (HTTP %1) to %2; Postino does not follow it and mail providers may not either.</source>
        <translation>L&apos;indirizzo del logo risponde con un reindirizzamento (HTTP %1) verso %2; Postino non lo segue e potrebbero non seguirlo nemmeno i provider di posta.</translation>
    </message>
    <message>
        <source>The logo address answers HTTP %1, so no mail provider can show the BIMI logo.</source>
        <translation>L&apos;indirizzo del logo risponde HTTP %1, quindi nessun provider di posta può mostrare il logo BIMI.</translation>
    </message>
    <message>
        <source>The logo is served as %1, not image/svg+xml; mail providers accept only SVG logos.</source>
        <translation>Il logo viene fornito come %1, non come image/svg+xml; i provider di posta accettano solo loghi SVG.</translation>
    </message>
    <message>
        <source>(no Content-Type)</source>
        <translation>(nessun Content-Type)</translation>
    </message>
    <message>
        <source>What the logo address serves is not an SVG image (no &lt;svg&gt; element).</source>
        <translation>Ciò che restituisce l&apos;indirizzo del logo non è un&apos;immagine SVG (manca l&apos;elemento &lt;svg&gt;).</translation>
    </message>
    <message>
        <source>%1 publishes BIMI; its logo %2 is an SVG served over HTTPS (%3 bytes). %4</source>
        <translation>%1 pubblica un record BIMI; il suo logo %2 è un SVG fornito tramite HTTPS (%3 byte). %4</translation>
    </message>
    <message>
        <source>%1 has no DMARC record</source>
        <translation>%1 non ha un record DMARC</translation>
    </message>
    <message>
        <source>the DMARC record at %1 is not usable</source>
        <translation>il record DMARC su %1 non è utilizzabile</translation>
    </message>
    <message>
        <source>the DMARC policy is %1 with t=y (testing), which receivers apply as %2</source>
        <translation>la policy DMARC è %1 con t=y (in prova), che i server riceventi applicano come %2</translation>
    </message>
    <message>
        <source>the DMARC policy is %1</source>
        <translation>la policy DMARC è %1</translation>
    </message>
    <message>
        <source>the DMARC policy quarantine applies to only %1% of mail (pct=%1)</source>
        <translation>la policy DMARC quarantine si applica solo al %1% della posta (pct=%1)</translation>
    </message>
    <message>
        <source>the subdomain policy is sp=none</source>
        <translation>la policy per i sottodomini è sp=none</translation>
    </message>
    <message>
        <source>DMARC is enforced for %1 (%2), as BIMI requires.</source>
        <translation>Per %1 la policy DMARC è applicata (%2), come richiede BIMI.</translation>
    </message>
    <message>
        <source>%1 publishes BIMI, but %2: mail providers show the logo only under DMARC quarantine (for all mail) or reject.</source>
        <translation>%1 pubblica un record BIMI, ma %2: i provider di posta mostrano il logo solo con una policy DMARC quarantine (per tutta la posta) o reject.</translation>
    </message>
    <message>
        <source>BIMI would need DMARC quarantine (for all mail) or reject, but %1.</source>
        <translation>BIMI richiederebbe una policy DMARC quarantine (per tutta la posta) o reject, ma %1.</translation>
    </message>
    <message>
        <source>Enforce DMARC before relying on BIMI</source>
        <translation>Applica la policy DMARC prima di affidarti a BIMI</translation>
    </message>
    <message>
        <source>Read your DMARC reports first: every service that sends as %1 must pass DMARC, or its mail will be quarantined or refused.</source>
        <translation>Leggi prima i tuoi report DMARC: ogni servizio che invia a nome di %1 deve superare il DMARC, altrimenti la sua posta verrà messa in quarantena o rifiutata.</translation>
    </message>
    <message>
        <source>Then publish the DMARC record shown (p=quarantine with no pct below 100 and no t=y, or p=reject).</source>
        <translation>Poi pubblica il record DMARC indicato (p=quarantine senza pct inferiore a 100 e senza t=y, oppure p=reject).</translation>
    </message>
</context>
<context>
    <name>postino::acceptance::SenderReputationCheck</name>
    <message numerus="yes">
        <source>Some answers did not arrive within %n second(s); what they would have shown is marked as not checked.</source>
        <translation>
            <numerusform>Alcune risposte non sono arrivate entro %n secondo; ciò che avrebbero mostrato risulta non controllato.</numerusform>
            <numerusform>Alcune risposte non sono arrivate entro %n secondi; ciò che avrebbero mostrato risulta non controllato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Ripeti la verifica</translation>
    </message>
    <message>
        <source>Run it again in a few minutes; a DNS server that is only slow at the moment often answers in time on the next try.</source>
        <translation>Ripetila tra qualche minuto; un server DNS che in questo momento è solo lento spesso risponde in tempo al tentativo successivo.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS, so the reputation of its addresses could not be checked.</source>
        <translation>%1 non esiste nel DNS, quindi non è stato possibile controllare la reputazione dei suoi indirizzi.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS (no A or AAAA record), so the reputation of its addresses could not be checked.</source>
        <translation>%1 non ha un indirizzo nel DNS (nessun record A o AAAA), quindi non è stato possibile controllare la reputazione dei suoi indirizzi.</translation>
    </message>
    <message>
        <source>Check the server&apos;s name</source>
        <translation>Controlla il nome del server</translation>
    </message>
    <message>
        <source>Check the spelling of %1 in the settings; a name without an address cannot receive connections either.</source>
        <translation>Controlla come è scritto %1 nelle impostazioni; un nome senza indirizzo non può nemmeno ricevere connessioni.</translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up (%2), so their blocklist listings and reverse DNS were not checked.</source>
        <translation>Non è stato possibile cercare gli indirizzi di %1 (%2), quindi la loro presenza nelle liste di blocco e il loro DNS inverso non sono stati controllati.</translation>
    </message>
    <message>
        <source>The %1 addresses of %2 could not be looked up (%3), so only its other addresses were checked.</source>
        <translation>Non è stato possibile cercare gli indirizzi %1 di %2 (%3), quindi sono stati controllati solo i suoi altri indirizzi.</translation>
    </message>
    <message>
        <source>Run it again in a few minutes; if it keeps failing, check the network connection and the DNS resolver.</source>
        <translation>Ripetila tra qualche minuto; se continua a non riuscire, controlla la connessione di rete e il resolver DNS.</translation>
    </message>
    <message>
        <source>no answer before the check&apos;s time ran out</source>
        <translation>nessuna risposta prima che scadesse il tempo del controllo</translation>
    </message>
    <message numerus="yes">
        <source>the list&apos;s DNS server did not answer within %n second(s)</source>
        <translation>
            <numerusform>il server DNS della lista non ha risposto entro %n secondo</numerusform>
            <numerusform>il server DNS della lista non ha risposto entro %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Look the address up on %1: the page says why it is listed and how to ask for its removal, which works once the cause (an infected machine, a hacked account, a form that sends spam) is fixed.</source>
        <translation>Cerca l&apos;indirizzo su %1: la pagina spiega perché è in lista e come chiederne la rimozione, che funziona una volta eliminata la causa (un computer infetto, un account violato, un modulo che invia spam).</translation>
    </message>
    <message>
        <source>If %1 is your hosting company&apos;s shared mail server, you cannot fix this yourself: ask the host to have it delisted, or send through an API mailer over HTTPS so that this server no longer carries your mail.</source>
        <translation>Se %1 è il server di posta condiviso della tua società di hosting, non puoi risolvere da solo: chiedi all&apos;hosting di farlo rimuovere dalla lista, oppure invia tramite un servizio di invio con API su HTTPS, così la tua posta non passa più da questo server.</translation>
    </message>
    <message>
        <source>This is your website&apos;s server: it matters when the site sends mail itself. Sending through a mailer&apos;s API or SMTP server avoids this address; on shared hosting, ask the host to have it delisted.</source>
        <translation>Questo è il server del tuo sito web: conta quando è il sito stesso a inviare la posta. Inviando tramite l&apos;API o il server SMTP di un servizio di invio si evita questo indirizzo; su un hosting condiviso, chiedi all&apos;hosting di farlo rimuovere dalla lista.</translation>
    </message>
    <message>
        <source>%1 is on the %2 blocklist (answer %3): %4 Mailbox providers that consult this list may refuse or junk mail sent from this address.</source>
        <translation>%1 è nella lista di blocco %2 (risposta %3): %4 I provider di posta che consultano questa lista potrebbero rifiutare o mettere nello spam la posta inviata da questo indirizzo.</translation>
    </message>
    <message>
        <source>Get %1 off %2</source>
        <translation>Fai rimuovere %1 da %2</translation>
    </message>
    <message>
        <source>%1 could not be checked against %2: %3.</source>
        <translation>Non è stato possibile controllare %1 su %2: %3.</translation>
    </message>
    <message>
        <source>Could not check: the answer may not come from the list</source>
        <translation>Controllo non riuscito: la risposta potrebbe non provenire dalla lista</translation>
    </message>
    <message>
        <source>Some DNS resolvers (an Internet provider&apos;s, a filtering service&apos;s) put an address of their own in place of answers they do not like. Run the check on the server with a DNS resolver of its own.</source>
        <translation>Alcuni resolver DNS (quello di un provider Internet o di un servizio di filtraggio) sostituiscono con un proprio indirizzo le risposte che non gradiscono. Esegui il controllo sul server, con un suo resolver DNS.</translation>
    </message>
    <message>
        <source>Or look the address up on %1.</source>
        <translation>Oppure cerca l&apos;indirizzo su %1.</translation>
    </message>
    <message>
        <source>Check %1 another way</source>
        <translation>Controlla %1 in un altro modo</translation>
    </message>
    <message>
        <source>Run the check on your server with a DNS resolver of its own, not a public one such as 8.8.8.8 or 1.1.1.1: blocklists often refuse queries from public or busy resolvers.</source>
        <translation>Esegui il controllo sul tuo server, con un suo resolver DNS e non con uno pubblico come 8.8.8.8 o 1.1.1.1: le liste di blocco spesso rifiutano le richieste dei resolver pubblici o molto trafficati.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; a blocklist&apos;s servers are sometimes slow or down.</source>
        <translation>Ripeti la verifica tra qualche minuto; i server di una lista di blocco a volte sono lenti o fuori servizio.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not on any of the %n blocklist(s) that answered: %2.</source>
        <translation>
            <numerusform>%1 non compare in %n lista di blocco che ha risposto: %2.</numerusform>
            <numerusform>%1 non compare in nessuna delle %n liste di blocco che hanno risposto: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked, as they do not cover this kind of address: %1.</source>
        <translation>Non interrogate, perché non coprono questo tipo di indirizzo: %1.</translation>
    </message>
    <message>
        <source>None of the blocklists covers IPv6 addresses, so %1 was not checked.</source>
        <translation>Nessuna delle liste di blocco copre gli indirizzi IPv6, quindi %1 non è stato controllato.</translation>
    </message>
    <message>
        <source>None of the blocklists covers IPv4 addresses, so %1 was not checked.</source>
        <translation>Nessuna delle liste di blocco copre gli indirizzi IPv4, quindi %1 non è stato controllato.</translation>
    </message>
    <message>
        <source>Check the address another way</source>
        <translation>Controlla l&apos;indirizzo in un altro modo</translation>
    </message>
    <message>
        <source>Look the address up on the blocklists&apos; own websites.</source>
        <translation>Cerca l&apos;indirizzo direttamente sui siti web delle liste di blocco.</translation>
    </message>
    <message>
        <source>Reverse DNS is set by whoever owns the address, your hosting company or network provider, not in your domain&apos;s DNS. Ask them to set the PTR record of %1 to a name such as mail.example.com whose A (or AAAA) record points back to %1.</source>
        <translation>Il DNS inverso lo imposta chi possiede l&apos;indirizzo, cioè la tua società di hosting o il tuo provider di rete, non il DNS del tuo dominio. Chiedi loro di impostare il record PTR di %1 su un nome come mail.example.com, il cui record A (o AAAA) punti a sua volta a %1.</translation>
    </message>
    <message>
        <source>If %1 is your host&apos;s shared mail server, ask the host to fix it, or send through an API mailer over HTTPS instead.</source>
        <translation>Se %1 è il server di posta condiviso del tuo hosting, chiedi all&apos;hosting di sistemarlo, oppure invia invece tramite un servizio di invio con API su HTTPS.</translation>
    </message>
    <message>
        <source>This matters when the website sends mail itself; sending through a mailer&apos;s API or SMTP server avoids it.</source>
        <translation>Questo conta quando è il sito web stesso a inviare la posta; inviando tramite l&apos;API o il server SMTP di un servizio di invio il problema non si pone.</translation>
    </message>
    <message>
        <source>%1 has the reverse DNS name %2, and %2 points back to %1.</source>
        <translation>%1 ha il nome %2 nel DNS inverso, e %2 punta a sua volta a %1.</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 is %2, but it does not point back to %1 (%3). Gmail, Yahoo and Outlook.com expect a sending server&apos;s name to resolve to its address.</source>
        <translation>Il nome di %1 nel DNS inverso è %2, ma non punta a sua volta a %1 (%3). Gmail, Yahoo e Outlook.com si aspettano che il nome di un server di invio corrisponda al suo indirizzo.</translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation>non ha un indirizzo</translation>
    </message>
    <message>
        <source>it points to %1</source>
        <translation>punta a %1</translation>
    </message>
    <message>
        <source>Make the reverse DNS name point back</source>
        <translation>Fai puntare il nome del DNS inverso all&apos;indirizzo</translation>
    </message>
    <message>
        <source>If %1 is a name in a domain you control, add an A (or AAAA) record for it pointing to %2.</source>
        <translation>Se %1 è un nome in un dominio che gestisci tu, aggiungi per quel nome un record A (o AAAA) che punti a %2.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name (PTR record). Gmail, Yahoo and Outlook.com expect every server that sends them mail to have one that points back to its address.</source>
        <translation>%1 non ha un nome nel DNS inverso (record PTR). Gmail, Yahoo e Outlook.com si aspettano che ogni server che invia loro posta ne abbia uno che punti a sua volta al suo indirizzo.</translation>
    </message>
    <message>
        <source>Ask for a reverse DNS name</source>
        <translation>Chiedi un nome nel DNS inverso</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: %2.</source>
        <translation>Non è stato possibile controllare il DNS inverso di %1: %2.</translation>
    </message>
    <message>
        <source>Run it again in a few minutes; if it keeps failing, ask whoever owns the address (your hosting company or network provider) whether its reverse DNS works.</source>
        <translation>Ripetila tra qualche minuto; se continua a non riuscire, chiedi a chi possiede l&apos;indirizzo (la tua società di hosting o il tuo provider di rete) se il suo DNS inverso funziona.</translation>
    </message>
    <message>
        <source>The reverse DNS name %2 of %1 looks like a name given automatically to a pool of addresses (home or dynamic connections, default hosting names), which mailbox providers trust less than a name of its own.</source>
        <translation>Il nome %2 di %1 nel DNS inverso sembra un nome assegnato automaticamente a un gruppo di indirizzi (connessioni domestiche o dinamiche, nomi predefiniti degli hosting), di cui i provider di posta si fidano meno che di un nome dedicato.</translation>
    </message>
    <message>
        <source>Use a name of your own</source>
        <translation>Usa un nome tuo</translation>
    </message>
    <message>
        <source>Ask whoever owns the address (your hosting company or network provider) to set a specific name, such as mail.example.com, as the PTR record of %1, with an A or AAAA record pointing back.</source>
        <translation>Chiedi a chi possiede l&apos;indirizzo (la tua società di hosting o il tuo provider di rete) di impostare un nome specifico, come mail.example.com, come record PTR di %1, con un record A o AAAA che punti a sua volta all&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Or send through your mailer&apos;s servers or API instead of from this address.</source>
        <translation>Oppure invia tramite i server o l&apos;API del tuo servizio di invio invece che da questo indirizzo.</translation>
    </message>
</context>
<context>
    <name>postino::discovery::AutoconfigFetch</name>
    <message>
        <source>&quot;%1&quot; is not a domain name, so there is no autoconfig file to look for.</source>
        <translation>&quot;%1&quot; non è un nome di dominio, quindi non c&apos;è nessun file autoconfig da cercare.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2); Postino could not check whether it publishes an autoconfig file.</source>
        <translation>Impossibile risolvere il nome %1 (%2); Postino non ha potuto verificare se pubblica un file autoconfig.</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 non ha un indirizzo</translation>
    </message>
    <message>
        <source>The autoconfig file is larger than %1 KiB, far more than a list of servers needs. Postino stopped reading it.</source>
        <translation>Il file autoconfig supera %1 KiB, molto più di quanto serva per un elenco di server. Postino ha smesso di leggerlo.</translation>
    </message>
    <message>
        <source>Correct the autoconfig file, or leave it</source>
        <translation>Correggi il file autoconfig, oppure lascialo così</translation>
    </message>
    <message>
        <source>If you publish this file for %1, check what the server sends at %2: an autoconfig file is a few kilobytes.</source>
        <translation>Se sei tu a pubblicare questo file per %1, controlla che cosa invia il server su %2: un file autoconfig pesa pochi kilobyte.</translation>
    </message>
    <message>
        <source>If someone else publishes it, nothing is needed here: Postino takes the settings from its other sources.</source>
        <translation>Se lo pubblica qualcun altro, qui non serve fare nulla: Postino prende le impostazioni dalle sue altre fonti.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; Postino could not check whether it publishes an autoconfig file.</source>
        <translation>%1 non ha risposto in tempo; Postino non ha potuto verificare se pubblica un file autoconfig.</translation>
    </message>
    <message>
        <source>%1 has no web server</source>
        <translation>%1 non ha un server web</translation>
    </message>
    <message>
        <source>%1 answers with a certificate that does not check out (%2), so Postino did not read the autoconfig file there.</source>
        <translation>%1 risponde con un certificato che non supera la verifica (%2), quindi Postino non ha letto il file autoconfig presente lì.</translation>
    </message>
    <message>
        <source>Give the autoconfig host a valid certificate, or leave it</source>
        <translation>Dai un certificato valido all&apos;host autoconfig, oppure lascialo così</translation>
    </message>
    <message>
        <source>If you publish an autoconfig file for %1, the server %2 needs a certificate valid for that name (a free Let&apos;s Encrypt certificate will do): email programs refuse the file as Postino did.</source>
        <translation>Se pubblichi un file autoconfig per %1, il server %2 ha bisogno di un certificato valido per quel nome (va bene un certificato gratuito di Let&apos;s Encrypt): i programmi di posta rifiutano il file, come ha fatto Postino.</translation>
    </message>
    <message>
        <source>If you publish none, nothing is needed: the name probably points at a web host that answers for many sites, and Postino takes the settings from its other sources.</source>
        <translation>Se non ne pubblichi nessuno, non serve fare nulla: probabilmente il nome punta a un hosting che risponde per molti siti, e Postino prende le impostazioni dalle sue altre fonti.</translation>
    </message>
    <message>
        <source>The autoconfig address could not be read: %1.</source>
        <translation>Impossibile leggere l&apos;indirizzo autoconfig: %1.</translation>
    </message>
    <message>
        <source>%1 is not an autoconfig file</source>
        <translation>%1 non è un file autoconfig</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2</source>
        <translation>%1 risponde HTTP %2</translation>
    </message>
    <message>
        <source>The autoconfig address answered HTTP %1; Postino could not check whether it publishes a file.</source>
        <translation>L&apos;indirizzo autoconfig ha risposto HTTP %1; Postino non ha potuto verificare se pubblica un file.</translation>
    </message>
    <message>
        <source>The autoconfig address answers with a redirect (HTTP %1) that says nowhere to go.</source>
        <translation>L&apos;indirizzo autoconfig risponde con un reindirizzamento (HTTP %1) che non indica nessuna destinazione.</translation>
    </message>
    <message>
        <source>The autoconfig address redirects to %1. Postino follows redirects only on the same host over HTTPS, so it did not read the file there.</source>
        <translation>L&apos;indirizzo autoconfig reindirizza a %1. Postino segue i reindirizzamenti solo sullo stesso host e via HTTPS, quindi non ha letto il file lì.</translation>
    </message>
    <message>
        <source>The autoconfig address redirects more than once; Postino follows one redirect and did not read the file.</source>
        <translation>L&apos;indirizzo autoconfig reindirizza più di una volta; Postino segue un solo reindirizzamento, quindi non ha letto il file.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; Postino could not check whether it publishes an autoconfig file.</source>
        <translation>%1 non ha risposto entro %2 s; Postino non ha potuto verificare se pubblica un file autoconfig.</translation>
    </message>
    <message numerus="yes">
        <source>The domain&apos;s autoconfig file lists %n SMTP server(s).</source>
        <translation>
            <numerusform>Il file autoconfig del dominio elenca %n server SMTP.</numerusform>
            <numerusform>Il file autoconfig del dominio elenca %n server SMTP.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes no autoconfig file (%2; %3). That is usual: few domains do.</source>
        <translation>%1 non pubblica un file autoconfig (%2; %3). È normale: pochi domini lo fanno.</translation>
    </message>
</context>
<context>
    <name>postino::discovery::DnsDiscovery</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>no answer from the DNS server</source>
        <translation>nessuna risposta dal server DNS</translation>
    </message>
    <message>
        <source>a CNAME loop</source>
        <translation>un ciclo di CNAME</translation>
    </message>
    <message>
        <source>the DNS server failed</source>
        <translation>il server DNS ha restituito un errore</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>il server DNS si è rifiutato di rispondere</translation>
    </message>
    <message>
        <source>the name cannot be looked up</source>
        <translation>il nome non può essere risolto</translation>
    </message>
    <message numerus="yes">
        <source>Some DNS answers did not arrive within %n second(s); what they would have shown is marked as not checked.</source>
        <translation>
            <numerusform>Alcune risposte DNS non sono arrivate entro %n secondo; ciò che avrebbero mostrato è indicato come non verificato.</numerusform>
            <numerusform>Alcune risposte DNS non sono arrivate entro %n secondi; ciò che avrebbero mostrato è indicato come non verificato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run discovery again</source>
        <translation>Ripeti la ricerca</translation>
    </message>
    <message>
        <source>There is no address to start from.</source>
        <translation>Non c&apos;è nessun indirizzo da cui partire.</translation>
    </message>
    <message>
        <source>“%1” has no domain that can be looked up.</source>
        <translation>“%1” non contiene un dominio che si possa cercare.</translation>
    </message>
    <message>
        <source>Enter the whole From address</source>
        <translation>Inserisci l&apos;indirizzo del mittente completo</translation>
    </message>
    <message>
        <source>The domain is the part after the @, such as example.com in info@example.com.</source>
        <translation>Il dominio è la parte dopo la @, come example.com in info@example.com.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS, so nothing can be found for it.</source>
        <translation>Il dominio %1 non esiste nel DNS, quindi non è possibile trovare nulla.</translation>
    </message>
    <message>
        <source>Check the spelling of the address</source>
        <translation>Controlla che l&apos;indirizzo sia scritto correttamente</translation>
    </message>
    <message>
        <source>The domain is the part after the @; a domain bought minutes ago may take a while to appear.</source>
        <translation>Il dominio è la parte dopo la @; un dominio acquistato pochi minuti fa può metterci un po&apos; a comparire.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read (%2), so who hosts its mailboxes is not known.</source>
        <translation>Impossibile leggere i record MX di %1 (%2), quindi non si sa chi ospita le sue caselle di posta.</translation>
    </message>
    <message>
        <source>Could not check: try again</source>
        <translation>Verifica non riuscita: riprova</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”): it declares that it receives no mail, so it has no mailbox provider, and replies to this address will bounce.</source>
        <translation>%1 pubblica un MX nullo (“0 .”): dichiara di non ricevere posta, quindi non ha un provider di posta, e le risposte a questo indirizzo verranno respinte.</translation>
    </message>
    <message>
        <source>Use a From address that can receive replies, or set a Reply-To</source>
        <translation>Usa un indirizzo del mittente che possa ricevere risposte, oppure imposta un Reply-To</translation>
    </message>
    <message>
        <source>%1 has no MX record: it cannot receive mail, so replies to this address will bounce, and who hosts its mailboxes cannot be told.</source>
        <translation>%1 non ha un record MX: non può ricevere posta, quindi le risposte a questo indirizzo verranno respinte, e non si può capire chi ospita le sue caselle di posta.</translation>
    </message>
    <message>
        <source>Use an address that receives mail, or add the domain&apos;s MX records</source>
        <translation>Usa un indirizzo che riceve posta, oppure aggiungi i record MX del dominio</translation>
    </message>
    <message>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <source>The mailboxes of %1 are at %2 (MX %3).</source>
        <translation>Le caselle di posta di %1 sono su %2 (MX %3).</translation>
    </message>
    <message>
        <source>The mailboxes of %1 are at %2, data centre “%3” (MX %4).</source>
        <translation>Le caselle di posta di %1 sono su %2, data center “%3” (MX %4).</translation>
    </message>
    <message>
        <source>Mail for %1 goes to %2, which is not one of the mailbox providers Postino knows.</source>
        <translation>La posta per %1 arriva a %2, che non è tra i provider di posta che Postino conosce.</translation>
    </message>
    <message>
        <source>the SPF record</source>
        <translation>il record SPF</translation>
    </message>
    <message>
        <source>SPF redirects to %1</source>
        <translation>SPF reindirizza a %1</translation>
    </message>
    <message>
        <source>SPF includes %1</source>
        <translation>SPF include %1</translation>
    </message>
    <message>
        <source>%1 leads into a CNAME loop (%2), so no DKIM key can be read there.</source>
        <translation>%1 porta a un ciclo di CNAME (%2), quindi lì non si può leggere nessuna chiave DKIM.</translation>
    </message>
    <message>
        <source>Correct the CNAME record of %1</source>
        <translation>Correggi il record CNAME di %1</translation>
    </message>
    <message>
        <source>DKIM %1 → %2</source>
        <translation>DKIM %1 → %2</translation>
    </message>
    <message>
        <source>DKIM key at %1</source>
        <translation>Chiave DKIM su %1</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>the return path %1</source>
        <translation>il return path %1</translation>
    </message>
    <message>
        <source>Return path %1 → %2</source>
        <translation>Return path %1 → %2</translation>
    </message>
    <message>
        <source>%1 already authorises %2: %3.</source>
        <translation>%1 autorizza già %2: %3.</translation>
    </message>
    <message>
        <source>Could not check which sending services %1 already uses: %2 could not be read (%3).</source>
        <translation>Impossibile verificare quali servizi di invio usa già %1: non è stato possibile leggere %2 (%3).</translation>
    </message>
    <message>
        <source>Some records that show which sending services %1 uses could not be read (%2: %3); there may be more than the ones listed.</source>
        <translation>Non è stato possibile leggere alcuni record che indicano quali servizi di invio usa %1 (%2: %3); potrebbero essercene altri oltre a quelli elencati.</translation>
    </message>
    <message>
        <source>%1 does not authorise any of the sending services Postino knows yet (no SPF include, DKIM record or return path of theirs).</source>
        <translation>%1 non autorizza ancora nessuno dei servizi di invio che Postino conosce (nessun loro include SPF, record DKIM o return path).</translation>
    </message>
    <message>
        <source>The SRV record %1 could not be read (%2), so whether the domain publishes its submission server there is not known.</source>
        <translation>Impossibile leggere il record SRV %1 (%2), quindi non si sa se il dominio vi pubblica il suo server di invio.</translation>
    </message>
    <message>
        <source>%1 says that it offers no mail submission with implicit TLS (its SRV record %2 points to “.”).</source>
        <translation>%1 dichiara di non offrire l&apos;invio della posta con TLS implicito (il suo record SRV %2 punta a “.”).</translation>
    </message>
    <message>
        <source>%1 says that it offers no mail submission with STARTTLS (its SRV record %2 points to “.”).</source>
        <translation>%1 dichiara di non offrire l&apos;invio della posta con STARTTLS (il suo record SRV %2 punta a “.”).</translation>
    </message>
    <message>
        <source>%1 publishes its submission server: %2, port %3, implicit TLS.</source>
        <translation>%1 pubblica il suo server di invio: %2, porta %3, TLS implicito.</translation>
    </message>
    <message>
        <source>%1 publishes its submission server: %2, port %3, STARTTLS.</source>
        <translation>%1 pubblica il suo server di invio: %2, porta %3, STARTTLS.</translation>
    </message>
    <message>
        <source>%1 publishes no SRV records for mail submission (few domains do).</source>
        <translation>%1 non pubblica record SRV per l&apos;invio della posta (pochi domini lo fanno).</translation>
    </message>
    <message>
        <source>“%1” is not a website address that can be looked up.</source>
        <translation>“%1” non è un indirizzo di sito web che si possa cercare.</translation>
    </message>
    <message>
        <source>Check the website address</source>
        <translation>Controlla l&apos;indirizzo del sito web</translation>
    </message>
    <message>
        <source>Enter it as the browser shows it, such as https://www.example.com.</source>
        <translation>Inseriscilo come lo mostra il browser, per esempio https://www.example.com.</translation>
    </message>
    <message>
        <source>Enter the address visitors use, such as www.example.com.</source>
        <translation>Inserisci l&apos;indirizzo che usano i visitatori, per esempio www.example.com.</translation>
    </message>
    <message>
        <source>Without it, Postino cannot tell which hosting company runs the site; the web-server test on the Checks page still shows which ports are open.</source>
        <translation>Senza di esso, Postino non può capire quale società di hosting ospita il sito; la verifica dal server web nella pagina Controlli mostra comunque quali porte sono aperte.</translation>
    </message>
    <message>
        <source>%1 leads into a CNAME loop (%2), so it does not resolve to an address.</source>
        <translation>%1 porta a un ciclo di CNAME (%2), quindi non si risolve in un indirizzo.</translation>
    </message>
    <message>
        <source>Correct the CNAME records of %1</source>
        <translation>Correggi i record CNAME di %1</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up (%2), so its hosting company is not known.</source>
        <translation>Impossibile trovare l&apos;indirizzo di %1 (%2), quindi non si sa quale sia la sua società di hosting.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS, so the website cannot be found there.</source>
        <translation>%1 non esiste nel DNS, quindi lì non si può trovare il sito web.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 or IPv6 address, so the website cannot be found there.</source>
        <translation>%1 non ha un indirizzo IPv4 o IPv6, quindi lì non si può trovare il sito web.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 corrisponde a %2</translation>
    </message>
    <message>
        <source>Run the web-server test on the Checks page (postino-cli probe --write-php) to see which ports the site can really reach.</source>
        <translation>Esegui la verifica dal server web nella pagina Controlli (postino-cli probe --write-php) per vedere quali porte il sito riesce davvero a raggiungere.</translation>
    </message>
    <message>
        <source>If the SMTP ports are blocked, choose an API mailer: it sends over HTTPS (port 443).</source>
        <translation>Se le porte SMTP sono bloccate, scegli un servizio di invio via API: invia tramite HTTPS (porta 443).</translation>
    </message>
    <message>
        <source>%1 lifts the block on request, usually through its support.</source>
        <translation>%1 rimuove il blocco su richiesta, di solito tramite la sua assistenza.</translation>
    </message>
    <message numerus="yes">
        <source>The website %1 is likely hosted at %2 (reverse DNS: %3), which blocks outgoing connections to %n mail port(s): %4.</source>
        <translation>
            <numerusform>Il sito web %1 è probabilmente ospitato da %2 (DNS inverso: %3), che blocca le connessioni in uscita verso %n porta di posta: %4.</numerusform>
            <numerusform>Il sito web %1 è probabilmente ospitato da %2 (DNS inverso: %3), che blocca le connessioni in uscita verso %n porte di posta: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm it from the web server</source>
        <translation>Verificalo dal server web</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 (%2) could not be read, so its hosting company is not known.</source>
        <translation>Impossibile leggere il DNS inverso di %1 (%2), quindi non si sa quale sia la sua società di hosting.</translation>
    </message>
    <message>
        <source>The addresses of %1 (%2) have no reverse DNS name, so its hosting company cannot be told; the web-server test on the Checks page shows which ports are open.</source>
        <translation>Gli indirizzi di %1 (%2) non hanno un nome nel DNS inverso, quindi non si può capire quale sia la sua società di hosting; la verifica dal server web nella pagina Controlli mostra quali porte sono aperte.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 names %2, which is not a hosting company Postino knows to block mail ports; the web-server test on the Checks page shows which ports are open.</source>
        <translation>Il DNS inverso di %1 indica %2, che non è tra le società di hosting che secondo Postino bloccano le porte di posta; la verifica dal server web nella pagina Controlli mostra quali porte sono aperte.</translation>
    </message>
</context>
<context>
    <name>postino::dns::AuthoritativeResolver</name>
    <message>
        <source>the name servers of %1: %2</source>
        <translation>i name server di %1: %2</translation>
    </message>
</context>
<context>
    <name>postino::dns::DkimCheck</name>
    <message>
        <source>character %1 is not allowed in a DKIM record (only plain ASCII is).</source>
        <translation>il carattere %1 non è consentito in un record DKIM (sono consentiti solo caratteri ASCII semplici).</translation>
    </message>
    <message>
        <source>at character %1, &quot;%2&quot; has no &quot;=&quot; (every tag is written name=value).</source>
        <translation>al carattere %1, &quot;%2&quot; non ha &quot;=&quot; (ogni tag si scrive nome=valore).</translation>
    </message>
    <message>
        <source>at character %1, &quot;%2&quot; is not a tag name.</source>
        <translation>al carattere %1, &quot;%2&quot; non è un nome di tag.</translation>
    </message>
    <message>
        <source>the tag %1= appears twice.</source>
        <translation>il tag %1= compare due volte.</translation>
    </message>
    <message>
        <source>the p= value is not valid base64.</source>
        <translation>il valore di p= non è in base64 valido.</translation>
    </message>
    <message>
        <source>k=ed25519, but p= holds an RSA key.</source>
        <translation>k=ed25519, ma p= contiene una chiave RSA.</translation>
    </message>
    <message>
        <source>the Ed25519 key is wrapped in a SubjectPublicKeyInfo structure; DKIM expects the bare 32 bytes (RFC 8463).</source>
        <translation>la chiave Ed25519 è racchiusa in una struttura SubjectPublicKeyInfo; il DKIM richiede solo i 32 byte della chiave (RFC 8463).</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes long, this one is %1 bytes.</source>
        <translation>una chiave Ed25519 è lunga 32 byte, questa è di %1 byte.</translation>
    </message>
    <message>
        <source>k=rsa, but p= holds an Ed25519 key.</source>
        <translation>k=rsa, ma p= contiene una chiave Ed25519.</translation>
    </message>
    <message>
        <source>there is no k= tag, so the key is read as RSA, but p= holds an Ed25519 key (add k=ed25519).</source>
        <translation>non c&apos;è il tag k=, quindi la chiave viene letta come RSA, ma p= contiene una chiave Ed25519 (aggiungi k=ed25519).</translation>
    </message>
    <message>
        <source>p= holds a key that is neither RSA nor Ed25519.</source>
        <translation>p= contiene una chiave che non è né RSA né Ed25519.</translation>
    </message>
    <message>
        <source>p= is valid base64 but not a public key; it may have been cut short when it was copied.</source>
        <translation>p= è in base64 valido ma non è una chiave pubblica; potrebbe essere stata troncata durante la copia.</translation>
    </message>
    <message>
        <source>there is no p= tag, which holds the key.</source>
        <translation>manca il tag p=, che contiene la chiave.</translation>
    </message>
    <message>
        <source>v= must be the first tag.</source>
        <translation>v= deve essere il primo tag.</translation>
    </message>
    <message>
        <source>v=%1 is not v=DKIM1.</source>
        <translation>v=%1 non è v=DKIM1.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type mail servers know (rsa or ed25519).</source>
        <translation>k=%1 non è un tipo di chiave noto ai server di posta (rsa o ed25519).</translation>
    </message>
    <message>
        <source>h=%1 names no hash algorithm mail servers know (sha256).</source>
        <translation>h=%1 non indica alcun algoritmo di hash noto ai server di posta (sha256).</translation>
    </message>
    <message>
        <source>p= is empty, which means the key was revoked.</source>
        <translation>p= è vuoto, il che significa che la chiave è stata revocata.</translation>
    </message>
    <message>
        <source> (%1 bytes in all)</source>
        <translation> (%1 byte in totale)</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>%1-bit RSA</source>
        <translation>RSA a %1 bit</translation>
    </message>
    <message>
        <source>your mailer</source>
        <translation>il tuo servizio di invio</translation>
    </message>
    <message>
        <source>What %1 asks you to publish: %2</source>
        <translation>Ecco cosa ti chiede di pubblicare %1: %2</translation>
    </message>
    <message>
        <source>Copy the DKIM record(s) from %1&apos;s dashboard into your domain&apos;s DNS, exactly as shown (name, type and value).</source>
        <translation>Copia i record DKIM che %1 mostra nel suo pannello di controllo e inseriscili nel DNS del tuo dominio esattamente come sono indicati (nome, tipo e valore).</translation>
    </message>
    <message>
        <source>If you already publish a DKIM key under another selector, type that selector so Postino checks it too.</source>
        <translation>Se pubblichi già una chiave DKIM con un altro selettore, digita quel selettore, così Postino controlla anche quello.</translation>
    </message>
    <message>
        <source>New records can take a while to appear; check again in a few minutes.</source>
        <translation>I nuovi record possono impiegare un po&apos; di tempo a comparire; ricontrolla tra qualche minuto.</translation>
    </message>
    <message>
        <source>%1 is delegated to %2 with a CNAME record, so the key is published there, not in your DNS.</source>
        <translation>%1 è delegato a %2 con un record CNAME, quindi la chiave è pubblicata lì, non nel tuo DNS.</translation>
    </message>
    <message>
        <source>Check in your mailer&apos;s dashboard that the CNAME target is exactly the one it shows, and ask its support if the key there is wrong.</source>
        <translation>Verifica nel pannello di controllo del tuo servizio di invio che la destinazione del CNAME sia esattamente quella indicata, e contatta la sua assistenza se la chiave pubblicata lì è errata.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can be checked.</source>
        <translation>&quot;%1&quot; non è un nome di dominio che si possa controllare.</translation>
    </message>
    <message>
        <source>Check the From address</source>
        <translation>Controlla l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>The domain is the part of the From address after the @.</source>
        <translation>Il dominio è la parte dell&apos;indirizzo del mittente che segue la @.</translation>
    </message>
    <message>
        <source>Postino does not know which DKIM selector %1 uses, so it could not check the DKIM key of %2.</source>
        <translation>Postino non sa quale selettore DKIM usa %1, quindi non ha potuto controllare la chiave DKIM di %2.</translation>
    </message>
    <message>
        <source>Type the selector to check it</source>
        <translation>Digita il selettore per controllarlo</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1 (looked at %2). Without it, receivers cannot tell that mail sent through %3 really comes from your domain, and DMARC can only pass through SPF.</source>
        <translation>Non è stata trovata nessuna chiave DKIM per %1 (cercata in %2). Senza chiave, i server riceventi non possono sapere se la posta inviata tramite %3 proviene davvero dal tuo dominio, e il DMARC può essere superato solo grazie all&apos;SPF.</translation>
    </message>
    <message>
        <source>Publish the DKIM record %1 gives you</source>
        <translation>Pubblica il record DKIM che ti fornisce %1</translation>
    </message>
    <message>
        <source>None of the DKIM records %1 usually asks for is published (%2). A key was found under another selector; that is fine only if %1 signs with it.</source>
        <translation>Nessuno dei record DKIM che %1 richiede di solito è pubblicato (%2). È stata trovata una chiave con un altro selettore: va bene solo se %1 firma con quella.</translation>
    </message>
    <message>
        <source>Check which selector %1 signs with</source>
        <translation>Verifica con quale selettore firma %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DKIM selector: a selector is made of letters, digits, hyphens and dots, and the name it forms must be a valid DNS name.</source>
        <translation>&quot;%1&quot; non può essere un selettore DKIM: un selettore è composto da lettere, cifre, trattini e punti, e il nome che forma deve essere un nome DNS valido.</translation>
    </message>
    <message>
        <source>Check the selector</source>
        <translation>Controlla il selettore</translation>
    </message>
    <message>
        <source>Copy the selector from your mailer&apos;s DKIM settings: it is the part of the record name before ._domainkey.</source>
        <translation>Copia il selettore dalle impostazioni DKIM del tuo servizio di invio: è la parte del nome del record che precede ._domainkey.</translation>
    </message>
    <message>
        <source>The CNAME records for %1 point back to themselves (%2), so no DKIM key can be found and signatures with selector %3 fail.</source>
        <translation>I record CNAME di %1 rimandano a sé stessi (%2), quindi non si trova nessuna chiave DKIM e le firme con il selettore %3 non superano la verifica.</translation>
    </message>
    <message>
        <source>Point the CNAME to the target your mailer gives</source>
        <translation>Fai puntare il CNAME alla destinazione indicata dal tuo servizio di invio</translation>
    </message>
    <message>
        <source>The DKIM record at %1 could not be checked: the DNS lookup failed (%2). This does not mean the record is missing.</source>
        <translation>Impossibile controllare il record DKIM su %1: la ricerca DNS non è riuscita (%2). Questo non significa che il record manchi.</translation>
    </message>
    <message>
        <source>Check again in a moment</source>
        <translation>Ricontrolla tra poco</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, your DNS provider may be having trouble, or the name may point to itself in a CNAME loop.</source>
        <translation>Esegui di nuovo il controllo; se continua a non riuscire, il tuo provider DNS potrebbe avere problemi, oppure il nome potrebbe puntare a sé stesso in un ciclo di CNAME.</translation>
    </message>
    <message>
        <source>%1 points to %2 with a CNAME record, but there is no DKIM key at %2, so signatures with selector %3 fail.</source>
        <translation>%1 punta a %2 con un record CNAME, ma su %2 non c&apos;è nessuna chiave DKIM, quindi le firme con il selettore %3 non superano la verifica.</translation>
    </message>
    <message>
        <source>Fix the CNAME target</source>
        <translation>Correggi la destinazione del CNAME</translation>
    </message>
    <message>
        <source>There is no DKIM record at %1 (selector %2).</source>
        <translation>Non c&apos;è nessun record DKIM su %1 (selettore %2).</translation>
    </message>
    <message>
        <source>Publish the record for selector %1</source>
        <translation>Pubblica il record per il selettore %1</translation>
    </message>
    <message>
        <source>Copy the DKIM record again from %1&apos;s dashboard and replace the one published at %2.</source>
        <translation>Copia di nuovo il record DKIM che %1 mostra nel suo pannello di controllo e sostituisci con questo quello pubblicato su %2.</translation>
    </message>
    <message>
        <source>Paste the whole value, without extra quotes, spaces or line breaks.</source>
        <translation>Incolla il valore completo, senza virgolette, spazi o interruzioni di riga in più.</translation>
    </message>
    <message>
        <source>There are %1 TXT records at %2. Receivers pick one of them, so signatures can pass or fail depending on which one they get.</source>
        <translation>Su %2 ci sono %1 record TXT. I server riceventi ne scelgono uno, quindi le firme possono superare o meno la verifica a seconda di quale ottengono.</translation>
    </message>
    <message>
        <source>Keep only one DKIM record per selector</source>
        <translation>Mantieni un solo record DKIM per selettore</translation>
    </message>
    <message>
        <source>Delete the old or extra TXT records at %1 and keep the one %2 shows.</source>
        <translation>Elimina i record TXT vecchi o in più su %1 e mantieni quello che mostra %2.</translation>
    </message>
    <message>
        <source>The record at %1 is not a valid DKIM key record: %2</source>
        <translation>Il record su %1 non è un record di chiave DKIM valido: %2</translation>
    </message>
    <message>
        <source>Publish the record exactly as your mailer shows it</source>
        <translation>Pubblica il record esattamente come lo mostra il tuo servizio di invio</translation>
    </message>
    <message>
        <source>Receivers ignore the DKIM key at %1: %2</source>
        <translation>I server riceventi ignorano la chiave DKIM su %1: %2</translation>
    </message>
    <message>
        <source>Start the record with v=DKIM1</source>
        <translation>Fai iniziare il record con v=DKIM1</translation>
    </message>
    <message>
        <source>Change the record so that it starts with v=DKIM1; (or remove the v= tag).</source>
        <translation>Modifica il record in modo che inizi con v=DKIM1; (oppure rimuovi il tag v=).</translation>
    </message>
    <message>
        <source>Receivers cannot use the DKIM key at %1: %2</source>
        <translation>I server riceventi non possono usare la chiave DKIM su %1: %2</translation>
    </message>
    <message>
        <source>Use k=rsa or k=ed25519</source>
        <translation>Usa k=rsa o k=ed25519</translation>
    </message>
    <message>
        <source>Remove the h= tag or set it to sha256</source>
        <translation>Rimuovi il tag h= o impostalo su sha256</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has been revoked (p= is empty), so every message signed with selector %2 fails DKIM.</source>
        <translation>La chiave DKIM su %1 è stata revocata (p= è vuoto), quindi ogni messaggio firmato con il selettore %2 non supera il DKIM.</translation>
    </message>
    <message>
        <source>Publish the current key, or stop signing with this selector</source>
        <translation>Pubblica la chiave attuale, oppure smetti di firmare con questo selettore</translation>
    </message>
    <message>
        <source>If %1 still signs with selector %2, publish the key it shows for it now.</source>
        <translation>Se %1 firma ancora con il selettore %2, pubblica la chiave che ora mostra per quel selettore.</translation>
    </message>
    <message>
        <source>If you moved to a new selector on purpose, make sure %1 signs with the new one.</source>
        <translation>Se hai scelto di proposito un nuovo selettore, assicurati che %1 firmi con quello nuovo.</translation>
    </message>
    <message>
        <source>The key in the DKIM record at %1 cannot be read: %2</source>
        <translation>Impossibile leggere la chiave nel record DKIM su %1: %2</translation>
    </message>
    <message>
        <source>Publish the key again</source>
        <translation>Pubblica di nuovo la chiave</translation>
    </message>
    <message>
        <source>The DKIM record at %1 does not match its key: %2</source>
        <translation>Il record DKIM su %1 non corrisponde alla sua chiave: %2</translation>
    </message>
    <message>
        <source>Set k= to the key&apos;s type</source>
        <translation>Imposta k= sul tipo della chiave</translation>
    </message>
    <message>
        <source>Change k= to k=%1, or publish the key your mailer shows.</source>
        <translation>Cambia k= in k=%1, oppure pubblica la chiave che mostra il tuo servizio di invio.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is limited to s=%2, which excludes email, so receivers do not use it for mail.</source>
        <translation>La chiave DKIM su %1 è limitata a s=%2, che esclude l&apos;email, quindi i server riceventi non la usano per la posta.</translation>
    </message>
    <message>
        <source>Remove the s= tag</source>
        <translation>Rimuovi il tag s=</translation>
    </message>
    <message>
        <source>Remove s= from the record, or set it to s=email.</source>
        <translation>Rimuovi s= dal record, oppure impostalo su s=email.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 allows only SHA-1 signatures (h=sha1). Receivers no longer accept SHA-1 (RFC 8301), so signatures with this key fail.</source>
        <translation>La chiave DKIM su %1 consente solo firme SHA-1 (h=sha1). I server riceventi non accettano più SHA-1 (RFC 8301), quindi le firme con questa chiave non superano la verifica.</translation>
    </message>
    <message>
        <source>Allow SHA-256</source>
        <translation>Consenti SHA-256</translation>
    </message>
    <message>
        <source>Remove the h= tag or set it to h=sha256.</source>
        <translation>Rimuovi il tag h= o impostalo su h=sha256.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is only %2 bits long. Receivers treat RSA keys under 1024 bits as no key at all, so signatures with it fail.</source>
        <translation>La chiave DKIM su %1 è lunga solo %2 bit. I server riceventi considerano le chiavi RSA sotto i 1024 bit come se non ci fosse alcuna chiave, quindi le firme con questa chiave non superano la verifica.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit key</source>
        <translation>Crea una nuova chiave a 2048 bit</translation>
    </message>
    <message>
        <source>Generate a new DKIM key of 2048 bits in %1 (or in your mail server) and publish the record it gives you.</source>
        <translation>Genera una nuova chiave DKIM a 2048 bit con %1 (o nel tuo server di posta) e pubblica il record che ti viene fornito.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is 1024 bits long. It works, but 2048 bits is the size recommended today.</source>
        <translation>La chiave DKIM su %1 è lunga 1024 bit. Funziona, ma oggi la dimensione consigliata è 2048 bit.</translation>
    </message>
    <message>
        <source>Move to a 2048-bit key when you can</source>
        <translation>Passa a una chiave a 2048 bit appena puoi</translation>
    </message>
    <message>
        <source>If %1 offers 2048-bit keys, create one and publish its record; keep the old record until mail is signed with the new key.</source>
        <translation>Se %1 offre chiavi a 2048 bit, creane una e pubblica il suo record; mantieni il vecchio record finché la posta non viene firmata con la nuova chiave.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is marked as a test (t=y): receivers may treat signed and unsigned mail alike.</source>
        <translation>La chiave DKIM su %1 è contrassegnata come di prova (t=y): i server riceventi potrebbero trattare allo stesso modo la posta firmata e quella non firmata.</translation>
    </message>
    <message>
        <source>Remove the testing flag once DKIM works</source>
        <translation>Rimuovi il flag di prova quando il DKIM funziona</translation>
    </message>
    <message>
        <source>Remove y from the t= tag (or the whole t=y tag) when your test mail passes DKIM.</source>
        <translation>Rimuovi y dal tag t= (o l&apos;intero tag t=y) quando la tua posta di prova supera il DKIM.</translation>
    </message>
    <message>
        <source>Selector %1 has a valid %2 key, published by %3.</source>
        <translation>Il selettore %1 ha una chiave %2 valida, pubblicata su %3.</translation>
    </message>
    <message>
        <source>Selector %1 has a valid %2 key.</source>
        <translation>Il selettore %1 ha una chiave %2 valida.</translation>
    </message>
    <message>
        <source>The DKIM check was stopped before every selector was checked.</source>
        <translation>Il controllo DKIM è stato interrotto prima di aver controllato tutti i selettori.</translation>
    </message>
    <message>
        <source>%1 points to %2, which is not one of %3&apos;s names (%4): the key there is not the one %3 signs with, unless you set it up that way.</source>
        <translation>%1 punta a %2, che non è uno dei nomi di %3 (%4): la chiave lì pubblicata non è quella con cui firma %3, a meno che tu non l&apos;abbia configurato apposta.</translation>
    </message>
    <message>
        <source>Point the selector at %1</source>
        <translation>Fai puntare il selettore a %1</translation>
    </message>
    <message>
        <source>Copy the CNAME record for selector %1 again from %2&apos;s dashboard and replace the one published at %3.</source>
        <translation>Copia di nuovo il record CNAME per il selettore %1 dal pannello di controllo di %2 e sostituisci quello pubblicato in %3.</translation>
    </message>
</context>
<context>
    <name>postino::dns::DmarcCheck</name>
    <message>
        <source>The DMARC record is empty, so receivers ignore it.</source>
        <translation>Il record DMARC è vuoto, quindi i server riceventi lo ignorano.</translation>
    </message>
    <message>
        <source>Publish a complete DMARC record</source>
        <translation>Pubblica un record DMARC completo</translation>
    </message>
    <message>
        <source>A minimal record is: v=DMARC1; p=none; rua=mailto:&lt;your address&gt;</source>
        <translation>Un record minimo è: v=DMARC1; p=none; rua=mailto:&lt;tuo indirizzo&gt;</translation>
    </message>
    <message>
        <source>The DMARC record has a character that is not allowed at position %1 (only plain ASCII letters, digits and punctuation are): %2</source>
        <translation>Il record DMARC contiene un carattere non consentito alla posizione %1 (sono consentiti solo lettere, cifre e segni di punteggiatura ASCII semplici): %2</translation>
    </message>
    <message>
        <source>Retype the record</source>
        <translation>Riscrivi il record</translation>
    </message>
    <message>
        <source>Type the record again by hand, or copy it from a plain-text source; word processors add curly quotes and invisible characters.</source>
        <translation>Riscrivi il record a mano, oppure copialo da una fonte in testo semplice; i programmi di videoscrittura aggiungono virgolette tipografiche e caratteri invisibili.</translation>
    </message>
    <message>
        <source>The DMARC record cannot be read from position %1 on (&quot;%2&quot;): every part must be written name=value and parts are separated by &apos;;&apos;.</source>
        <translation>Il record DMARC non è leggibile dalla posizione %1 in poi (&quot;%2&quot;): ogni parte va scritta nome=valore e le parti sono separate da &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Correct the record&apos;s syntax</source>
        <translation>Correggi la sintassi del record</translation>
    </message>
    <message>
        <source>Write each tag as name=value, separated by semicolons, for example: v=DMARC1; p=none; rua=mailto:dmarc@example.com</source>
        <translation>Scrivi ogni tag come nome=valore, separando i tag con il punto e virgola, per esempio: v=DMARC1; p=none; rua=mailto:dmarc@example.com</translation>
    </message>
    <message>
        <source>The record starts with &quot;%1&quot; instead of v=DMARC1, so receivers do not treat it as a DMARC record.</source>
        <translation>Il record inizia con &quot;%1&quot; invece che con v=DMARC1, quindi i server riceventi non lo considerano un record DMARC.</translation>
    </message>
    <message>
        <source>Start the record with v=DMARC1</source>
        <translation>Fai iniziare il record con v=DMARC1</translation>
    </message>
    <message>
        <source>Write v=DMARC1 exactly like this (capital DMARC) as the first tag, followed by a semicolon.</source>
        <translation>Scrivi v=DMARC1 esattamente così (DMARC in maiuscolo) come primo tag, seguito da un punto e virgola.</translation>
    </message>
    <message>
        <source>The tag %1= appears more than once; receivers reject such a record.</source>
        <translation>Il tag %1= compare più di una volta; i server riceventi rifiutano un record di questo tipo.</translation>
    </message>
    <message>
        <source>Keep each tag once</source>
        <translation>Scrivi ogni tag una sola volta</translation>
    </message>
    <message>
        <source>Delete the repeated %1= and keep the value you mean.</source>
        <translation>Elimina il %1= ripetuto e mantieni il valore che intendi usare.</translation>
    </message>
    <message>
        <source>The record does not start with v=DMARC1, so receivers do not treat it as a DMARC record.</source>
        <translation>Il record non inizia con v=DMARC1, quindi i server riceventi non lo considerano un record DMARC.</translation>
    </message>
    <message>
        <source>The record starts with a space before v=DMARC1; many receivers then do not recognise it as a DMARC record.</source>
        <translation>Il record inizia con uno spazio prima di v=DMARC1; in questo caso molti server riceventi non lo riconoscono come record DMARC.</translation>
    </message>
    <message>
        <source>Remove the leading space</source>
        <translation>Rimuovi lo spazio iniziale</translation>
    </message>
    <message>
        <source>Edit the record so that it begins directly with v=DMARC1.</source>
        <translation>Modifica il record in modo che inizi direttamente con v=DMARC1.</translation>
    </message>
    <message>
        <source>The record starts with V=DMARC1 (capital V). It is valid, but some receivers only recognise a record that starts with v=DMARC1.</source>
        <translation>Il record inizia con V=DMARC1 (V maiuscola). È valido, ma alcuni server riceventi riconoscono solo un record che inizia con v=DMARC1.</translation>
    </message>
    <message>
        <source>Write the version as v=DMARC1</source>
        <translation>Scrivi la versione come v=DMARC1</translation>
    </message>
    <message>
        <source>Change the first tag to v=DMARC1 with a lower-case v.</source>
        <translation>Cambia il primo tag in v=DMARC1, con la v minuscola.</translation>
    </message>
    <message>
        <source>%1=%2 is not a valid value; allowed: %3. Receivers may ignore the record.</source>
        <translation>%1=%2 non è un valore valido; valori consentiti: %3. I server riceventi potrebbero ignorare il record.</translation>
    </message>
    <message>
        <source>Correct %1=</source>
        <translation>Correggi %1=</translation>
    </message>
    <message>
        <source>Set %1= to one of: %2.</source>
        <translation>Imposta %1= su uno di questi valori: %2.</translation>
    </message>
    <message>
        <source>fo=%1 asks for failure reports both when all checks fail (0) and when any fails (1); 1 already covers 0.</source>
        <translation>fo=%1 chiede report di errore sia quando falliscono tutti i controlli (0) sia quando ne fallisce almeno uno (1); 1 comprende già 0.</translation>
    </message>
    <message>
        <source>Remove the 0 from fo=</source>
        <translation>Rimuovi lo 0 da fo=</translation>
    </message>
    <message>
        <source>t=y marks the policy as a test: receivers apply one step less (reject as quarantine, quarantine as none).</source>
        <translation>t=y indica che la policy è in prova: i server riceventi applicano un livello in meno (reject come quarantine, quarantine come none).</translation>
    </message>
    <message>
        <source>Remove t=y when you are ready to enforce</source>
        <translation>Rimuovi t=y quando vuoi applicare davvero la policy</translation>
    </message>
    <message>
        <source>Once the reports show your mail passes, remove t=y or set t=n.</source>
        <translation>Quando i report mostrano che la tua posta supera i controlli, rimuovi t=y o imposta t=n.</translation>
    </message>
    <message>
        <source>%1=%2: reports are only sent to mailto: addresses, so nothing arrives at this one.</source>
        <translation>%1=%2: i report vengono inviati solo a indirizzi mailto:, quindi a questo non arriva nulla.</translation>
    </message>
    <message>
        <source>%1=%2 is missing mailto: in front of the address, so reports are not sent.</source>
        <translation>In %1=%2 manca mailto: davanti all&apos;indirizzo, quindi i report non vengono inviati.</translation>
    </message>
    <message>
        <source>Use a mailto: address for reports</source>
        <translation>Usa un indirizzo mailto: per i report</translation>
    </message>
    <message>
        <source>Write report addresses as mailto:name@example.com.</source>
        <translation>Scrivi gli indirizzi per i report nella forma mailto:nome@example.com.</translation>
    </message>
    <message>
        <source>%1=%2 is not a usable email address, so reports are not sent.</source>
        <translation>%1=%2 non è un indirizzo email utilizzabile, quindi i report non vengono inviati.</translation>
    </message>
    <message>
        <source>Correct the report address</source>
        <translation>Correggi l&apos;indirizzo per i report</translation>
    </message>
    <message>
        <source>%1 ends with a size limit (%2). RFC 9989 dropped size limits; receivers that still honour them may send incomplete reports.</source>
        <translation>%1 termina con un limite di dimensione (%2). L&apos;RFC 9989 ha eliminato i limiti di dimensione; i server riceventi che li rispettano ancora potrebbero inviare report incompleti.</translation>
    </message>
    <message>
        <source>Remove the size limit</source>
        <translation>Rimuovi il limite di dimensione</translation>
    </message>
    <message>
        <source>Delete the part from &apos;!&apos; to the end of the address.</source>
        <translation>Elimina la parte che va da &apos;!&apos; alla fine dell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>%1= lists %2 addresses; some receivers send reports to the first two only.</source>
        <translation>%1= elenca %2 indirizzi; alcuni server riceventi inviano i report solo ai primi due.</translation>
    </message>
    <message>
        <source>Keep at most two report addresses</source>
        <translation>Mantieni al massimo due indirizzi per i report</translation>
    </message>
    <message>
        <source>%1= is no longer part of DMARC (RFC 9989) and new receivers ignore it.</source>
        <translation>%1= non fa più parte del DMARC (RFC 9989) e i server riceventi più recenti lo ignorano.</translation>
    </message>
    <message>
        <source>Remove %1=</source>
        <translation>Rimuovi %1=</translation>
    </message>
    <message>
        <source>pct=%1 asks older receivers to apply the policy to part of your mail only; t=y is the new way to test.</source>
        <translation>pct=%1 chiede ai server riceventi meno recenti di applicare la policy solo a una parte della tua posta; ora per fare prove si usa t=y.</translation>
    </message>
    <message>
        <source>%1=%2 is not valid. The tag is obsolete (RFC 9989), but older receivers still check it and reject the whole record over it.</source>
        <translation>%1=%2 non è valido. Il tag è obsoleto (RFC 9989), ma i server riceventi meno recenti lo controllano ancora e per questo rifiutano l&apos;intero record.</translation>
    </message>
    <message>
        <source>%1= is not a DMARC tag; receivers ignore it. Check it is not a misspelt one.</source>
        <translation>%1= non è un tag DMARC; i server riceventi lo ignorano. Verifica che non sia un tag scritto male.</translation>
    </message>
    <message>
        <source>Remove or correct %1=</source>
        <translation>Rimuovi o correggi %1=</translation>
    </message>
    <message>
        <source>The record has no p= policy. Current receivers treat it as p=none (nothing is enforced); older ones ignore the whole record.</source>
        <translation>Il record non ha una policy p=. I server riceventi attuali lo trattano come p=none (nessuna policy applicata); quelli meno recenti ignorano l&apos;intero record.</translation>
    </message>
    <message>
        <source>Add a policy</source>
        <translation>Aggiungi una policy</translation>
    </message>
    <message>
        <source>Add p=none right after v=DMARC1, and move to quarantine or reject once the reports show your mail passes.</source>
        <translation>Aggiungi p=none subito dopo v=DMARC1, e passa a quarantine o reject quando i report mostrano che la tua posta supera i controlli.</translation>
    </message>
    <message>
        <source>p= is not right after v=DMARC1. That is allowed, but some older receivers expect it there.</source>
        <translation>p= non si trova subito dopo v=DMARC1. È consentito, ma alcuni server riceventi meno recenti se lo aspettano lì.</translation>
    </message>
    <message>
        <source>Move p= after v=DMARC1</source>
        <translation>Sposta p= dopo v=DMARC1</translation>
    </message>
    <message>
        <source>The policy is p=none: receivers report on mail that fails, but deliver it anyway, so others can still send in your domain&apos;s name.</source>
        <translation>La policy è p=none: i server riceventi segnalano la posta che non supera i controlli, ma la consegnano comunque, quindi altri possono ancora inviare a nome del tuo dominio.</translation>
    </message>
    <message>
        <source>Enforce the policy once your mail passes</source>
        <translation>Applica la policy quando la tua posta supera i controlli</translation>
    </message>
    <message>
        <source>Read the reports for a couple of weeks; when all of your own mail passes, change p=none to p=quarantine, later to p=reject.</source>
        <translation>Leggi i report per un paio di settimane; quando tutta la tua posta supera i controlli, cambia p=none in p=quarantine e più avanti in p=reject.</translation>
    </message>
    <message>
        <source>sp=none: nothing is enforced for subdomains, so mail forged from any subdomain is still delivered.</source>
        <translation>sp=none: per i sottodomini non viene applicato nulla, quindi la posta falsificata da qualsiasi sottodominio viene comunque consegnata.</translation>
    </message>
    <message>
        <source>Enforce the policy for subdomains too</source>
        <translation>Applica la policy anche ai sottodomini</translation>
    </message>
    <message>
        <source>Remove sp=none (subdomains then follow p=), or set sp=quarantine or sp=reject.</source>
        <translation>Rimuovi sp=none (i sottodomini seguiranno allora p=), oppure imposta sp=quarantine o sp=reject.</translation>
    </message>
    <message>
        <source>The record has no rua= address, so you get no reports and cannot see who sends mail in your domain&apos;s name.</source>
        <translation>Il record non ha un indirizzo rua=, quindi non ricevi report e non puoi vedere chi invia posta a nome del tuo dominio.</translation>
    </message>
    <message>
        <source>Add a report address</source>
        <translation>Aggiungi un indirizzo per i report</translation>
    </message>
    <message>
        <source>Add rua=mailto: followed by a mailbox that you read, or a DMARC report service&apos;s address.</source>
        <translation>Aggiungi rua=mailto: seguito da una casella di posta che leggi, oppure dall&apos;indirizzo di un servizio di report DMARC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can be checked.</source>
        <translation>&quot;%1&quot; non è un nome di dominio che si possa controllare.</translation>
    </message>
    <message>
        <source>Check the From address</source>
        <translation>Controlla l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>The domain is the part of the From address after the @.</source>
        <translation>Il dominio è la parte dell&apos;indirizzo del mittente che segue la @.</translation>
    </message>
    <message>
        <source>The DMARC check was stopped before it finished.</source>
        <translation>Il controllo DMARC è stato interrotto prima della fine.</translation>
    </message>
    <message>
        <source>The DMARC record at %1 could not be checked: the DNS lookup failed (%2). This does not mean there is no record.</source>
        <translation>Impossibile controllare il record DMARC su %1: la ricerca DNS non è riuscita (%2). Questo non significa che il record non esista.</translation>
    </message>
    <message>
        <source>Check again in a moment</source>
        <translation>Ricontrolla tra poco</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, your DNS provider may be having trouble, or the name may point to itself in a CNAME loop.</source>
        <translation>Esegui di nuovo il controllo; se continua a non riuscire, il tuo provider DNS potrebbe avere problemi, oppure il nome potrebbe puntare a sé stesso in un ciclo di CNAME.</translation>
    </message>
    <message>
        <source>%1 holds an SPF record. SPF belongs on the domain itself; at %1 it is ignored (often a wildcard record answers here).</source>
        <translation>%1 contiene un record SPF. L&apos;SPF va sul dominio stesso; su %1 viene ignorato (spesso qui risponde un record wildcard).</translation>
    </message>
    <message>
        <source>Remove the SPF record from %1</source>
        <translation>Rimuovi il record SPF da %1</translation>
    </message>
    <message>
        <source>Delete the v=spf1 record at %1, or the wildcard (*) TXT record that produces it, and publish the DMARC record there.</source>
        <translation>Elimina il record v=spf1 su %1, oppure il record TXT wildcard (*) che lo genera, e pubblica lì il record DMARC.</translation>
    </message>
    <message>
        <source>%1 holds a TXT record that is not DMARC; receivers skip it, but it is probably a mistake.</source>
        <translation>%1 contiene un record TXT che non è DMARC; i server riceventi lo saltano, ma probabilmente è un errore.</translation>
    </message>
    <message>
        <source>Remove the extra record</source>
        <translation>Rimuovi il record in più</translation>
    </message>
    <message>
        <source>Only the v=DMARC1 record belongs at %1.</source>
        <translation>Su %1 deve esserci solo il record v=DMARC1.</translation>
    </message>
    <message>
        <source>A DMARC record is published on %1 itself, where receivers never look; it must be at %2.</source>
        <translation>Un record DMARC è pubblicato direttamente su %1, dove i server riceventi non guardano mai; deve trovarsi su %2.</translation>
    </message>
    <message>
        <source>Move the record to %1</source>
        <translation>Sposta il record su %1</translation>
    </message>
    <message>
        <source>Create a TXT record named _dmarc on %1 with the same value, then delete the one on the domain itself.</source>
        <translation>Crea su %1 un record TXT chiamato _dmarc con lo stesso valore, poi elimina quello sul dominio stesso.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record (nor has any parent domain). Large mailbox providers expect one from every domain that sends mail, and without it nobody is told what to do with mail forged in its name.</source>
        <translation>%1 non ha un record DMARC (e nemmeno i domini di livello superiore). I grandi provider di posta se ne aspettano uno da ogni dominio che invia posta, e senza di esso nessuno sa cosa fare con la posta falsificata a suo nome.</translation>
    </message>
    <message>
        <source>Publish a DMARC record</source>
        <translation>Pubblica un record DMARC</translation>
    </message>
    <message>
        <source>Add the TXT record below. It only asks for reports and changes nothing for delivery yet.</source>
        <translation>Aggiungi il record TXT qui sotto. Per ora richiede solo i report e non cambia nulla per la consegna.</translation>
    </message>
    <message>
        <source>Create the mailbox dmarc-reports@%1 (or use a DMARC report service&apos;s address instead).</source>
        <translation>Crea la casella di posta dmarc-reports@%1 (oppure usa invece l&apos;indirizzo di un servizio di report DMARC).</translation>
    </message>
    <message>
        <source>Read the reports for a couple of weeks; when all of your own mail passes, change p=none to p=quarantine, and later to p=reject.</source>
        <translation>Leggi i report per un paio di settimane; quando tutta la tua posta supera i controlli, cambia p=none in p=quarantine e, più avanti, in p=reject.</translation>
    </message>
    <message>
        <source>There are %1 DMARC records at %2. Receivers then use none of them, as if there were no DMARC record at all.</source>
        <translation>Su %2 ci sono %1 record DMARC. In questo caso i server riceventi non ne usano nessuno, come se non ci fosse alcun record DMARC.</translation>
    </message>
    <message>
        <source>Keep exactly one DMARC record</source>
        <translation>Mantieni un solo record DMARC</translation>
    </message>
    <message>
        <source>Delete all but one of the v=DMARC1 records at %1; merge what you need into the one you keep.</source>
        <translation>Elimina tutti i record v=DMARC1 su %1 tranne uno; riporta in quello che mantieni ciò che ti serve.</translation>
    </message>
    <message>
        <source>Besides %1, the domain %2 itself has a v=DMARC1 record. Receivers ignore it; it only causes confusion.</source>
        <translation>Oltre a %1, anche il dominio %2 stesso ha un record v=DMARC1. I server riceventi lo ignorano; crea solo confusione.</translation>
    </message>
    <message>
        <source>Delete the record on %1</source>
        <translation>Elimina il record su %1</translation>
    </message>
    <message>
        <source>A DMARC record is published on %1 itself, where receivers never look; %2 applies instead.</source>
        <translation>Un record DMARC è pubblicato direttamente su %1, dove i server riceventi non guardano mai; vale invece il record su %2.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record at %2 covers it, with the policy %3 for subdomains.</source>
        <translation>%1 non ha un proprio record DMARC; lo copre il record su %2, con la policy %3 per i sottodomini.</translation>
    </message>
    <message>
        <source>%1 has a DMARC record with the policy %2.</source>
        <translation>%1 ha un record DMARC con la policy %2.</translation>
    </message>
    <message>
        <source>Could not check whether %1 receives mail: the DNS lookup failed (%2).</source>
        <translation>Impossibile verificare se %1 riceve posta: la ricerca DNS non è riuscita (%2).</translation>
    </message>
    <message>
        <source>Reports are to be sent to %1, but that domain has no mail server (MX record), so they will probably not arrive.</source>
        <translation>I report dovrebbero essere inviati a %1, ma quel dominio non ha un server di posta (record MX), quindi probabilmente non arriveranno.</translation>
    </message>
    <message>
        <source>Use a report address that receives mail</source>
        <translation>Usa per i report un indirizzo che riceve posta</translation>
    </message>
    <message>
        <source>Change rua= (and ruf=) to an address whose mailbox you can read.</source>
        <translation>Cambia rua= (e ruf=) con un indirizzo di cui puoi leggere la casella di posta.</translation>
    </message>
    <message>
        <source>%1 accepts DMARC reports for %2.</source>
        <translation>%1 accetta i report DMARC per %2.</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts reports for %2: the DNS lookup failed (%3).</source>
        <translation>Impossibile verificare se %1 accetta i report per %2: la ricerca DNS non è riuscita (%3).</translation>
    </message>
    <message>
        <source>Reports are to be sent to %1, outside your domain, but %1 does not say it accepts reports for %2, so receivers will not send them there.</source>
        <translation>I report dovrebbero essere inviati a %1, fuori dal tuo dominio, ma %1 non dichiara di accettare report per %2, quindi i server riceventi non li invieranno lì.</translation>
    </message>
    <message>
        <source>Have %1 authorise your reports, or use your own address</source>
        <translation>Fai autorizzare i tuoi report da %1, oppure usa un tuo indirizzo</translation>
    </message>
    <message>
        <source>Whoever runs %1 must publish the TXT record below (report services usually do this when you add your domain to your account there).</source>
        <translation>Chi gestisce %1 deve pubblicare il record TXT qui sotto (di solito i servizi di report lo fanno quando aggiungi il tuo dominio al tuo account presso di loro).</translation>
    </message>
    <message>
        <source>Or change rua= to an address at %1.</source>
        <translation>Oppure cambia rua= con un indirizzo su %1.</translation>
    </message>
    <message>
        <source>0, 1, d, s (separated by &apos;:&apos;)</source>
        <translation>0, 1, d, s (separati da &apos;:&apos;)</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, ask your DNS provider.</source>
        <translation>Ripeti la verifica tra qualche minuto; se continua a non riuscire, chiedi al tuo provider DNS.</translation>
    </message>
    <message>
        <source>Make the change where your domain&apos;s DNS records are edited (often your domain registrar or host), then check again.</source>
        <translation>Fai la modifica dove si gestiscono i record DNS del tuo dominio (spesso il registrar o l&apos;hosting), poi ripeti la verifica.</translation>
    </message>
</context>
<context>
    <name>postino::dns::QtResolver</name>
    <message>
        <source>system resolver</source>
        <translation>resolver di sistema</translation>
    </message>
    <message>
        <source>system resolver (%1)</source>
        <translation>resolver di sistema (%1)</translation>
    </message>
</context>
</TS>
