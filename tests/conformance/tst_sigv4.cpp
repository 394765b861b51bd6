// Conformance: the aws-c-auth SigV4 suite (tests/conformance/data/aws-sigv4, from awslabs/aws-c-auth
// tests/aws-signing-test-suite/v4) against postino::sigv4, for both header signing and presigned
// (query) signing.
#include "api/sigv4.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace postino;

namespace {

constexpr int kExpectedCases = 38;

QString suiteDir()
{
    // The project's shared test data beside the repository; a copy (Apache-2.0, with its
    // LICENSE and NOTICE) ships in tests/conformance/data for checkouts without it.
    const QString shared =
        QDir::cleanPath(QStringLiteral(POSTINO_SOURCE_DIR "/../shared/testdata/aws-sigv4"));
    if (QDir(shared).exists()) {
        return shared;
    }
    return QStringLiteral(POSTINO_SOURCE_DIR "/tests/conformance/data/aws-sigv4");
}

// Case folders (those holding a request and a context), sorted by name.
QStringList caseNames()
{
    const QDir dir(suiteDir());
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir sub(dir.filePath(name));
        if (sub.exists(QStringLiteral("request.txt")) && sub.exists(QStringLiteral("context.json")))
            names.append(name);
    }
    return names;
}

QString casePath(const QString& name, const QString& file)
{
    return suiteDir() + u'/' + name + u'/' + file;
}

bool hasFile(const QString& name, const QString& file)
{
    return QFile::exists(casePath(name, file));
}

// A file's bytes with one trailing newline trimmed.
QByteArray readExpected(const QString& name, const QString& file)
{
    QFile f(casePath(name, file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = f.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    return data;
}

struct Case
{
    sigv4::Request request;
    sigv4::Credentials credentials;
    sigv4::Options options;
};

// request.txt: "METHOD TARGET HTTP/1.1", "Name:value" lines (a line starting with whitespace continues the
// previous header; the line break is kept, so the value renders back as written), an empty line, the body.
bool parseRequest(const QByteArray& text, sigv4::Request& request, QString& error)
{
    const qsizetype blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.left(blank);
    request.body = blank < 0 ? QByteArray() : text.mid(blank + 2);

    QList<QByteArray> lines = head.split('\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        error = QStringLiteral("empty request.txt");
        return false;
    }
    const QByteArray& requestLine = lines.constFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace < 0 || lastSpace <= firstSpace) {
        error = QStringLiteral("bad request line: ") + QString::fromUtf8(requestLine);
        return false;
    }
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (request.headers.isEmpty()) {
                error = QStringLiteral("continuation line before any header");
                return false;
            }
            request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            error = QStringLiteral("bad header line: ") + QString::fromUtf8(line);
            return false;
        }
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return true;
}

bool loadCase(const QString& name, Case& c, QString& error)
{
    QFile requestFile(casePath(name, QStringLiteral("request.txt")));
    QFile contextFile(casePath(name, QStringLiteral("context.json")));
    if (!requestFile.open(QIODevice::ReadOnly) || !contextFile.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read request.txt / context.json");
        return false;
    }
    if (!parseRequest(requestFile.readAll(), c.request, error))
        return false;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(contextFile.readAll(), &parseError);
    if (!doc.isObject()) {
        error = QStringLiteral("context.json: ") + parseError.errorString();
        return false;
    }
    const QJsonObject context = doc.object();
    const QJsonObject credentials = context.value(QStringLiteral("credentials")).toObject();
    c.credentials.accessKeyId = credentials.value(QStringLiteral("access_key_id")).toString().toUtf8();
    c.credentials.secretAccessKey =
        credentials.value(QStringLiteral("secret_access_key")).toString().toUtf8();
    c.credentials.sessionToken = credentials.value(QStringLiteral("token")).toString().toUtf8();
    c.options.region = context.value(QStringLiteral("region")).toString().toUtf8();
    c.options.service = context.value(QStringLiteral("service")).toString().toUtf8();
    c.options.timestamp =
        QDateTime::fromString(context.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    c.options.normalizePath = context.value(QStringLiteral("normalize")).toBool(true);
    c.options.signBody = context.value(QStringLiteral("sign_body")).toBool(false);
    c.options.omitSessionToken = context.value(QStringLiteral("omit_session_token")).toBool(false);
    c.options.expiresSeconds = context.value(QStringLiteral("expiration_in_seconds")).toInt(3600);
    if (c.credentials.accessKeyId.isEmpty() || !c.options.timestamp.isValid()) {
        error = QStringLiteral("context.json lacks credentials or a valid timestamp");
        return false;
    }
    return true;
}

// The signed request as the suite writes it: request line, headers in order, empty line, body.
QByteArray renderRequest(const sigv4::Request& request, const sigv4::Signed& result)
{
    QByteArray out = request.method + ' ' + request.path;
    if (!result.query.isEmpty())
        out += '?' + result.query;
    out += " HTTP/1.1\n";
    for (const auto& [name, value] : result.headers)
        out += name + ':' + value + '\n';
    out += '\n' + request.body;
    if (out.endsWith('\n'))
        out.chop(1);
    return out;
}

sigv4::Request vanillaRequest()
{
    sigv4::Request request;
    request.method = "GET";
    request.path = "/";
    request.headers = {{"Host", "example.amazonaws.com"}};
    return request;
}

sigv4::Credentials exampleCredentials()
{
    return {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}};
}

sigv4::Options vanillaOptions()
{
    sigv4::Options options;
    options.region = "us-east-1";
    options.service = "service";
    options.timestamp = QDateTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());
    return options;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

    QStringList m_cases;
    int m_headerPass = 0;
    int m_queryPass = 0;
    int m_queryVariants = 0;

    void addCaseRows(bool queryOnly)
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : std::as_const(m_cases)) {
            if (queryOnly && !hasFile(name, QStringLiteral("query-canonical-request.txt")))
                continue;
            QTest::newRow(name.toUtf8().constData()) << name;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = suiteDir();
        QVERIFY2(QDir(dir).exists(),
                 qPrintable(QStringLiteral("SigV4 suite directory missing: %1 (expected shared/testdata/"
                                           "aws-sigv4 beside the repository)")
                                .arg(dir)));
        m_cases = caseNames();
        QVERIFY2(m_cases.size() >= kExpectedCases,
                 qPrintable(QStringLiteral("SigV4 suite incomplete: %1 case folders in %2, expected %3")
                                .arg(m_cases.size())
                                .arg(dir)
                                .arg(kExpectedCases)));
        for (const QString& name : std::as_const(m_cases)) {
            if (hasFile(name, QStringLiteral("query-canonical-request.txt")))
                ++m_queryVariants;
        }
    }

    void headerSigning_data() { addCaseRows(false); }
    void headerSigning()
    {
        QFETCH(QString, name);
        Case c;
        QString error;
        QVERIFY2(loadCase(name, c, error), qPrintable(error));
        for (const char* file : {"header-canonical-request.txt", "header-string-to-sign.txt",
                                 "header-signature.txt", "header-signed-request.txt"})
            QVERIFY2(hasFile(name, QLatin1String(file)), file);

        const sigv4::Signed result = sigv4::signWithHeaders(c.request, c.credentials, c.options);
        QCOMPARE(result.canonicalRequest, readExpected(name, QStringLiteral("header-canonical-request.txt")));
        QCOMPARE(result.stringToSign, readExpected(name, QStringLiteral("header-string-to-sign.txt")));
        QCOMPARE(result.signature, readExpected(name, QStringLiteral("header-signature.txt")));
        QCOMPARE(renderRequest(c.request, result),
                 readExpected(name, QStringLiteral("header-signed-request.txt")));
        ++m_headerPass;
    }

    void querySigning_data() { addCaseRows(true); }
    void querySigning()
    {
        QFETCH(QString, name);
        Case c;
        QString error;
        QVERIFY2(loadCase(name, c, error), qPrintable(error));
        for (const char* file : {"query-canonical-request.txt", "query-string-to-sign.txt",
                                 "query-signature.txt", "query-signed-request.txt"})
            QVERIFY2(hasFile(name, QLatin1String(file)), file);

        const sigv4::Signed result = sigv4::signWithQuery(c.request, c.credentials, c.options);
        QCOMPARE(result.canonicalRequest, readExpected(name, QStringLiteral("query-canonical-request.txt")));
        QCOMPARE(result.stringToSign, readExpected(name, QStringLiteral("query-string-to-sign.txt")));
        QCOMPARE(result.signature, readExpected(name, QStringLiteral("query-signature.txt")));
        QCOMPARE(renderRequest(c.request, result),
                 readExpected(name, QStringLiteral("query-signed-request.txt")));
        ++m_queryPass;
    }

    // The get-vanilla example of AWS's SigV4 documentation, independent of the suite files.
    void getVanillaReferenceValues()
    {
        const sigv4::Signed header =
            sigv4::signWithHeaders(vanillaRequest(), exampleCredentials(), vanillaOptions());
        QCOMPARE(
            header.canonicalRequest,
            QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                       "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(header.stringToSign,
                 QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
        QCOMPARE(header.signature,
                 QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        QCOMPARE(header.headers.constLast().first, QByteArray("Authorization"));
        QCOMPARE(
            header.headers.constLast().second,
            QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                       "SignedHeaders=host;x-amz-date, "
                       "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));

        const sigv4::Signed query =
            sigv4::signWithQuery(vanillaRequest(), exampleCredentials(), vanillaOptions());
        QCOMPARE(query.signature,
                 QByteArray("e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d"));
        QVERIFY(query.query.endsWith(QByteArray("&X-Amz-Signature=" + query.signature)));
        QCOMPARE(query.headers.size(), 1);
    }

    void helpers()
    {
        QCOMPARE(sigv4::hexSha256({}),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sigv4::uriEncode("a b/c~d-e_f.g+h=\xe1\x88\xb4%"),
                 QByteArray("a%20b%2Fc~d-e_f.g%2Bh%3D%E1%88%B4%25"));
    }

    // Expected values computed independently with Python's stdlib (hmac, hashlib, base64) from the SES
    // derivation AWS documents (ses/latest/dg/smtp-credentials.html): base64(0x04 || HMAC chain
    // "11111111"/region/"ses"/"aws4_request"/"SendRawEmail"), secret
    // "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".
    void sesSmtpPassword_data()
    {
        QTest::addColumn<QByteArray>("region");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("us-east-1") << QByteArray("us-east-1")
                                   << QByteArray("BOntiZFm/r+5s3psZ/RpsjB+aSGsj2J0rXdiLuO0cQL7");
        QTest::newRow("eu-west-1") << QByteArray("eu-west-1")
                                   << QByteArray("BEW1uMsJNijX9ThCfEJCkeH4gPo9MWFsAUXj6NZO5jyz");
    }
    void sesSmtpPassword()
    {
        QFETCH(QByteArray, region);
        QFETCH(QByteArray, password);
        QCOMPARE(sigv4::sesSmtpPassword("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region), password);
    }

    void cleanupTestCase()
    {
        qInfo("SigV4 suite: %d cases, %d header and %d query variants pass", int(m_cases.size()),
              m_headerPass, m_queryPass);
        if (m_queryPass != m_queryVariants)
            qInfo("SigV4 suite: %d of %d query variants failed", m_queryVariants - m_queryPass,
                  m_queryVariants);
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
