// GOV.UK Frontend's scripts (npm `govuk-frontend`, copied beside this file by `make assets`), started from
// a file because the Content-Security-Policy allows no inline script. GOV.UK's pages mark the body as
// supported with an inline snippet; a module script only runs in browsers GOV.UK Frontend supports, so it
// is done here. Only the components the pages use are started.
import { createAll, ServiceNavigation, SkipLink } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
createAll(ServiceNavigation);
createAll(SkipLink);
