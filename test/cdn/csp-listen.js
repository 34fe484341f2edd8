// Loaded first by the CSP pages (a file: the policy forbids inline scripts): records every
// violation the page reports.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim());
});
