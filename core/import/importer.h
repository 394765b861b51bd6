#pragma once

#include "import/import.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <initializer_list>
#include <optional>

namespace postino::importers {

// What an importer gets to look at: the input once decoded, named and (when it is a JSON object)
// parsed, so that no importer decodes or parses it again.
struct ImportInput
{
    QByteArray text;                 // UTF-8 without a byte order mark
    QByteArray trimmed;              // `text` without surrounding blanks
    QString where;                   // how findings name the input: the file name, or "the imported text"
    bool phpName = false;            // the name ends in .php: read it as PHP whatever it holds
    std::optional<QJsonObject> json; // the text as a JSON object (never for a .php name)
};

// How sure an importer is that an input is its format. Detection picks the most confident importer;
// between equally confident ones, the first in the registry.
enum class Confidence
{
    None,    // not mine
    Weak,    // could be mine when nothing else claims it
    Strong,  // has the keys only my source writes
    Certain, // says outright it is mine (a format marker, a .php name)
};

// One source format: a plugin's option, wp-config.php, a Postino profile.
class Importer
{
public:
    virtual ~Importer() = default;
    virtual Confidence detect(const ImportInput& input) const = 0;
    // Reads the input into `result`: the profile, the secrets, what was imported and findings about
    // what was not. Called only after detect() claimed the input.
    virtual void read(const ImportInput& input, ImportResult* result) const = 0;
};

// An importer of a source saved as one JSON object (a plugin's option, a Postino profile), made of two
// functions: how sure it is that an object is its source's, and how it reads one. Anything that is not
// a JSON object is not its source.
class JsonObjectImporter final : public Importer
{
public:
    using DetectObject = Confidence (*)(const QJsonObject& object);
    using ReadObject = void (*)(const QJsonObject& object, const QString& where, ImportResult* result);

    JsonObjectImporter(DetectObject detectObject, ReadObject readObject)
        : m_detect(detectObject)
        , m_read(readObject)
    {}
    Confidence detect(const ImportInput& input) const override
    {
        return input.json ? m_detect(*input.json) : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        m_read(*input.json, input.where, result);
    }

private:
    DetectObject m_detect;
    ReadObject m_read;
};

// The one JsonObjectImporter made of these two functions, for a module's accessor.
template <JsonObjectImporter::DetectObject detect, JsonObjectImporter::ReadObject read>
const Importer& jsonObjectImporter()
{
    static const JsonObjectImporter importer(detect, read);
    return importer;
}

// Whether the object has at least one of the keys.
bool hasAnyKey(const QJsonObject& object, std::initializer_list<const char*> keys);

// The registry: every importer, in the order that breaks ties between equally confident ones.
const QList<const Importer*>& registry();
// The importer that claims `input` with the highest confidence; nullptr when none does.
const Importer* detectImporter(const ImportInput& input);

// Whether a text that is not JSON looks like PHP: an opening tag, a define or a WP Mail SMTP constant.
bool looksLikePhp(const QByteArray& data);

// The registered importers, one per source.
const Importer& postinoProfileImporter();
const Importer& wpMailSmtpOptionImporter();
const Importer& fluentSmtpImporter();
const Importer& easyWpSmtpImporter();
const Importer& postSmtpImporter();
const Importer& postSmtpExportImporter();
const Importer& smtpMailerImporter();
const Importer& wpSmtpImporter();
const Importer& wpConfigImporter();

} // namespace postino::importers
