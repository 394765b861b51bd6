#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

// AWS Signature Version 4 (AWS4-HMAC-SHA256) request signing, as used by the Amazon SES API, and the
// SES SMTP password derived from an IAM secret access key.
//
// Conventions (checked against the aws-c-auth SigV4 suite in shared/testdata/aws-sigv4):
// - The path is taken as it appears in the request line. For every service except S3, AWS encodes each
//   segment twice; the request line already carries the first encoding, so the signer encodes the given
//   text once more ('%' included). With normalizePath, "." / ".." / empty segments are resolved first and a
//   trailing '/' is kept.
// - Query parameters are percent-decoded and re-encoded (unreserved characters kept), then sorted by
//   encoded name and value; a parameter without '=' gets an empty value. '+' is taken literally.
// - Header names are lower-cased; values are trimmed and runs of whitespace (obs-fold line breaks
//   included) become one space; repeated headers are joined with ',' in their original order.
// - The payload hash is always hex(SHA-256(body)); signBody additionally sends and signs it as the
//   x-amz-content-sha256 header (header signing only).
namespace postino::sigv4 {

struct Credentials
{
    QByteArray accessKeyId, secretAccessKey, sessionToken;
};

struct Request
{
    QByteArray method;
    QByteArray path;  // as it appears in the request line, before '?', possibly unnormalized
    QByteArray query; // raw text after '?', may be empty
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as given
    QByteArray body;
};

struct Options
{
    QByteArray region, service;
    QDateTime timestamp;
    bool normalizePath = true;
    bool signBody = false;         // add and sign x-amz-content-sha256 (header signing)
    bool omitSessionToken = false; // send the session token but leave it out of the signature
    int expiresSeconds = 3600;     // X-Amz-Expires (query signing)
};

struct Signed
{
    QByteArray canonicalRequest, stringToSign, signature; // signature in lower-case hex
    // The request's headers plus what signing adds (X-Amz-Security-Token, X-Amz-Date,
    // x-amz-content-sha256, Authorization for header signing; nothing for query signing).
    QList<QPair<QByteArray, QByteArray>> headers;
    // The final query string: unchanged for header signing; for query signing the original query followed
    // by the X-Amz-* parameters and X-Amz-Signature.
    QByteArray query;
};

// Signs with an Authorization header.
Signed signWithHeaders(const Request& request, const Credentials& credentials, const Options& options);
// Presigned-URL variant: the signature travels in the query string.
Signed signWithQuery(const Request& request, const Credentials& credentials, const Options& options);

// The SES SMTP password (version 4 form) for an IAM secret access key in a region.
QByteArray sesSmtpPassword(const QByteArray& secretAccessKey, const QByteArray& region);

// Lower-case hex SHA-256 of data.
QByteArray hexSha256(const QByteArray& data);

// SigV4 URI encoding: A-Z a-z 0-9 - _ . ~ kept, every other byte as upper-case %XX.
QByteArray uriEncode(const QByteArray& data);

} // namespace postino::sigv4
