// Files the user hands to Welcome's import: wp-config.php, option exports of several plugins
// (JSON, serialized PHP, zlib), Postino profiles; and the wp-config.php that export patches.
#include "export/wpconfig.h"
#include "import/import.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The name hint picks the reader first; an empty hint lets the content decide.
    for (const char* hint :
         {"", "wp-config.php", "settings.json", "post-smtp-export.txt", "profile.postino.json"}) {
        (void)importData(bytes, QString::fromLatin1(hint));
    }
    (void)patchWpConfig(bytes, QStringLiteral("define( 'WPMS_ON', true );\n"));
    return 0;
}
