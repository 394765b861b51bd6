#pragma once

#include "discovery/discoverytypes.h"

namespace postino {
class Catalog;
}

namespace postino::discovery {

// The catalog mailers the evidence points at, best first, each with one line per reason and the
// settings to pre-fill. Reads only `result` (never the network): the same evidence always gives the
// same advice. Rules, strongest first:
// - a sending service the domain already authorises (SPF, DKIM, return path) is set up already;
// - the mailbox provider's own mailers (Gmail for Google Workspace, with its region for Zoho);
// - a submission server that answered with a valid certificate and offers sign-in (Other SMTP);
// - a website host that blocks SMTP ports pushes SMTP down and API mailers up.
// With no evidence at all, the catalog's recommended API mailers, saying so.
QList<Suggestion> recommend(const DiscoveryResult& result, const Catalog& catalog);

} // namespace postino::discovery
