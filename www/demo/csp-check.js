// Records Content-Security-Policy violations so a test (or a web team) can see there are none.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  const out = document.getElementById('violations');
  if (out) out.textContent = String(window.cspViolations.length);
});
