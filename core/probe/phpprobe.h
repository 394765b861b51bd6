#pragma once

#include "probe/portprobe.h"

#include <QByteArray>
#include <QString>

namespace postino {

// A self-contained PHP script that probes a target's SMTP ports from a web host without a
// shell. Host and ports are baked in; the script reads no request parameters, so a visitor
// cannot aim it anywhere else. It prints JSON that parsePhpProbeResult() reads back.
struct PhpProbeScript
{
    QString fileName;   // postino-probe-<32 hex random>.php
    QByteArray content; // UTF-8 PHP source
};

// deleteAfterRun: the script unlinks itself after printing its result once.
PhpProbeScript makePhpProbe(const ProbeTarget& target, bool deleteAfterRun);

// The script's JSON as a ProbeReport, with PortProbe::recommend() applied. On bad input
// (over 1 MB, not JSON, wrong shape) returns an empty report and sets *error.
ProbeReport parsePhpProbeResult(const QByteArray& json, QString* error);

} // namespace postino
