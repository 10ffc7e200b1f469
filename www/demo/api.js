// Shows the JS API on a page: version, a report, and the error object for bad input.
const api = window.AssistanceCalculator;
const show = (id, value) => { document.getElementById(id).textContent = JSON.stringify(value, null, 2); };
show('version', await api.version());
const report = await api.evaluate({
  region: '430602', date: '2025-07-01',
  members: [
    { id: 'a', relation: 'applicant', birthDate: '1985-06-01', incomes: [{ kind: 'wage', monthly: '1500' }] },
    { id: 'b', relation: 'spouse', birthDate: '1987-09-10', incomes: [] },
    { id: 'c', relation: 'child', birthDate: '2015-04-20', incomes: [], supporters: 'capable' },
  ],
});
show('report', { householdMonthlyTotal: report.householdMonthlyTotal, programs: report.programs.map((p) => [p.program, p.outcome, p.monthlyAmount ?? null]) });
window.demoReport = report;
window.demoError = await api.evaluate({ region: '43', members: [] });
show('error', window.demoError);
