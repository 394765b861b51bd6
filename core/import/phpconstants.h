#pragma once

// Reads the mail constants of a PHP file: define( 'NAME', literal ); and const NAME = literal;, through
// the shared PHP tokenizer and without running any PHP. Only WPMS_* and EASY_WP_SMTP_* constants are
// kept.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace postino::importers {

struct PhpValue
{
    enum class Kind
    {
        String,
        Bool,
        Integer,
        Null,
    };
    Kind kind = Kind::Null;
    QByteArray string;
    bool boolean = false;
    qint64 integer = 0;

    // PHP's (bool) cast
    bool truthy() const
    {
        switch (kind) {
        case Kind::String:
            return !string.isEmpty() && string != "0";
        case Kind::Bool:
            return boolean;
        case Kind::Integer:
            return integer != 0;
        case Kind::Null:
            return false;
        }
        return false;
    }
    // PHP's (string) cast
    QString text() const
    {
        switch (kind) {
        case Kind::String:
            return QString::fromUtf8(string);
        case Kind::Bool:
            return boolean ? QStringLiteral("1") : QString();
        case Kind::Integer:
            return QString::number(integer);
        case Kind::Null:
            return QString();
        }
        return QString();
    }
    QJsonValue json() const
    {
        switch (kind) {
        case Kind::String:
            return QString::fromUtf8(string);
        case Kind::Bool:
            return boolean;
        case Kind::Integer:
            return double(integer);
        case Kind::Null:
            return QJsonValue::Null;
        }
        return QJsonValue::Null;
    }
};

struct PhpDefine
{
    QString name;
    int line = 0;
    std::optional<PhpValue> value; // nothing when the value is not a plain literal
    QString expression;            // what the value is instead, for findings
};

struct PhpScan
{
    QList<PhpDefine> defines;
    QString syntaxError;
    int syntaxLine = 0;
};

// The mail constants `data` defines, in file order, or the first syntax error that stops PHP.
PhpScan scanMailConstants(const QByteArray& data);

} // namespace postino::importers
