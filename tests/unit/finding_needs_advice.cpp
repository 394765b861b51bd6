// Compiled by the finding_needs_advice_* tests, one case at a time: a warning or an error
// built without advice must not compile; the control case, with advice, must.
#include "finding.h"

using namespace postino;

Finding build()
{
#if defined(CONTROL)
    Finding ok{Severity::Ok, {.id = QStringLiteral("x.ok")}};
    Finding f{Severity::Error,
              {.id = QStringLiteral("x.problem")},
              Advice{QStringLiteral("Do this"), {QStringLiteral("First step.")}}};
    f.setSeverity(Severity::Info);
    f.setSeverity(Severity::Warning, Advice{QStringLiteral("Do that"), {QStringLiteral("Step.")}});
    return ok.isError() ? ok : f;
#elif defined(ERROR_WITHOUT_ADVICE)
    return Finding{Severity::Error, {.id = QStringLiteral("x.problem")}};
#elif defined(ERROR_WITH_EMPTY_ADVICE)
    return Finding{Severity::Error, {.id = QStringLiteral("x.problem")}, {}};
#elif defined(WARNING_SET_LATER)
    Finding f;
    f.setSeverity(Severity::Warning);
    return f;
#elif defined(SEVERITY_ASSIGNED)
    Finding f;
    f.severity = Severity::Error;
    return f;
#endif
}
