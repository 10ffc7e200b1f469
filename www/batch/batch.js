// The batch page: picks a roster (CSV or XLSX), screens it in a Web Worker with progress and
// cancel, reports bad rows by line and column, and shows a sortable table that can be
// exported as CSV or printed. Nothing is uploaded: the file is read on this device only.
import { xlsxToCsv } from './xlsx.js';

const WORDS = {
  'zh-Hans': {
    title: '批量筛查（协理员、社工用）', intro: '导入村（社区）花名册，一次测算每户可能符合但尚未享受的救助项目（主动发现）。',
    privacy: '文件只在这台设备上处理，不会上传到任何服务器；关闭页面后不留存。', loadTitle: '1. 选择花名册文件',
    format: 'CSV 或 Excel（.xlsx）文件，每位家庭成员一行，同一户的各行须相邻，并有相同的“户编号”。列名和填写方法见模板和说明。',
    template: '下载模板（CSV，含示例）', docs: '列名说明', fileLabel: '花名册文件', runTitle: '2. 测算进度', cancel: '取消',
    problemsTitle: '有问题的行（其余各户照常测算）', resultsTitle: '3. 测算结果', export: '导出 CSV', print: '打印名单',
    onlyLikely: '只显示可能符合至少一项的户', caption: '每户可能符合的项目、估算金额和待补充的信息（仅供参考，以民政部门审核为准）',
    colLine: '行号', colId: '户编号', colRegion: '地区', colMembers: '人数', colPrograms: '可能符合的项目', colTotal: '每月合计（元）', colOpen: '还需补充',
    footer: '结果仅供参考：是否符合条件和金额以乡镇（街道）受理、县级民政部门审核确认为准。',
    reading: '正在读取 {}…', progress: '已读 {read}%：已测算 {screened} 户，有误 {skipped} 户', done: '完成：已测算 {screened} 户，其中 {likely} 户可能符合至少一项；有误未测算 {skipped} 户，有问题的行 {bad} 行。用时 {seconds} 秒。',
    cancelled: '已取消。已显示的结果不完整。', colon: '：', printed: '打印日期 {}；结果仅供参考。', fatal: '无法测算：{}', shown: '显示 {shown} / {all} 户（导出 CSV 含全部）。', line: '第 {} 行', atLeast: '不低于 ', unknownAmount: '金额待核实',
  },
  en: {
    title: 'Batch screening (for village assistants and social workers)', intro: 'Load a village or community roster and screen every household at once for assistance it may qualify for but does not receive.',
    privacy: 'The file is processed on this device only and never uploaded; nothing is kept after the page is closed.', loadTitle: '1. Choose the roster file',
    format: 'A CSV or Excel (.xlsx) file with one row per household member; the rows of a household must be next to each other and share its household id. See the template and the column notes.',
    template: 'Download the template (CSV, with examples)', docs: 'Column notes', fileLabel: 'Roster file', runTitle: '2. Progress', cancel: 'Cancel',
    problemsTitle: 'Rows with problems (the other households are screened as usual)', resultsTitle: '3. Results', export: 'Export CSV', print: 'Print the list',
    onlyLikely: 'Only households that may qualify for at least one program', caption: 'Programs each household may qualify for, estimated amounts, and what is still to ask (an estimate; the civil-affairs bureau decides)',
    colLine: 'Line', colId: 'Household', colRegion: 'Region', colMembers: 'Members', colPrograms: 'May qualify for', colTotal: 'Monthly total (yuan)', colOpen: 'Still to ask',
    footer: 'An estimate only: the township (street) office takes applications; the county civil-affairs bureau decides.',
    reading: 'Reading {}…', progress: 'Read {read}%: {screened} households screened, {skipped} with errors', done: 'Done: {screened} households screened, {likely} may qualify for at least one program; {skipped} skipped for errors, {bad} rows with problems. {seconds} s.',
    cancelled: 'Cancelled. The results shown are incomplete.', colon: ': ', printed: 'Printed {}; an estimate only.', fatal: 'Cannot screen: {}', shown: 'Showing {shown} of {all} households (the CSV export has all).', line: 'Line {}', atLeast: 'at least ', unknownAmount: 'amount to confirm',
  },
};
const SHOWN_ROWS = 1000; // the table shows this many; the export always has every household

let lang = 'zh-Hans';
let worker = null;
let rows = [];
let problems = [];
let csv = '';
let sort = { key: 'line', dir: 1 };
const $ = (id) => document.getElementById(id);
const w = () => WORDS[lang];
const fill = (text, values) => text.replace(/\{(\w*)\}/g, (_, k) => values[k] ?? values[0] ?? '');

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = w()[el.dataset.t];
  for (const b of document.querySelectorAll('.tools button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  $('problems').replaceChildren();
  showProblems($('problems'), problems);
  render();
}

function problemText(p) {
  const column = p.column ? `“${lang === 'en' ? p.column.en : p.column.zh}”` : '';
  return `${fill(w().line, [p.line])} ${column}${w().colon}${lang === 'en' ? p.messageEn : p.message}`;
}

function addProblems(list) {
  if (!list.length) return;
  problems.push(...list);
  $('problems-section').hidden = false;
  showProblems($('problems'), list);
}

function showProblems(ul, list) {
  for (const p of list) {
    const li = document.createElement('li');
    li.dataset.line = p.line;
    li.textContent = problemText(p);
    ul.append(li);
  }
}

const sortValue = {
  line: (r) => r.firstLine, id: (r) => r.householdId, region: (r) => r.regionName || r.region, members: (r) => r.members,
  count: (r) => r.eligible.length, total: (r) => Number(r.householdMonthlyTotal ?? -1), open: (r) => r.needsMoreInfo.length,
};

function cell(tr, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  tr.append(td);
}

function render() {
  if (!rows.length) return;
  $('results-section').hidden = false;
  const only = $('only-likely').checked;
  const list = (only ? rows.filter((r) => r.eligible.length) : rows.slice());
  const value = sortValue[sort.key];
  list.sort((a, b) => (value(a) > value(b) ? 1 : value(a) < value(b) ? -1 : 0) * sort.dir);
  const name = (p) => (lang === 'en' ? p.name : p.nameZh);
  const body = document.createElement('tbody');
  for (const r of list.slice(0, SHOWN_ROWS)) {
    const tr = document.createElement('tr');
    cell(tr, r.firstLine, 'num');
    cell(tr, r.householdId);
    cell(tr, r.regionName || r.region);
    cell(tr, r.members, 'num');
    cell(tr, r.eligible.map((e) => `${name(e)} ${e.monthlyAmount ? (e.amountIsMinimum ? w().atLeast : '') + e.monthlyAmount : ''}`.trim()).join('；'));
    cell(tr, r.householdMonthlyTotal ? (r.totalIsMinimum ? w().atLeast : '') + r.householdMonthlyTotal : '', 'num');
    cell(tr, r.needsMoreInfo.map((o) => `${name(o)}（${o.places.map((p) => p.column ? (lang === 'en' ? p.column.en : p.column.zh) : fill(w().line, [p.line])).join('、') || o.missing.join('、')}）`).join('；'));
    body.append(tr);
  }
  $('results').tBodies[0].replaceWith(body);
  $('export').disabled = !csv;
  $('shown').textContent = fill(w().shown, { shown: Math.min(SHOWN_ROWS, list.length), all: list.length });
  for (const th of document.querySelectorAll('#results th')) {
    const key = th.querySelector('button').dataset.sort;
    if (key === sort.key) th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
}

async function start(file) {
  worker?.terminate();
  rows = [];
  problems = [];
  csv = '';
  $('problems').replaceChildren();
  $('problems-section').hidden = true;
  $('results-section').hidden = true;
  $('progress').value = 0;
  $('status').textContent = fill(w().reading, [file.name]);
  const began = performance.now();
  let input = file;
  if (/\.xlsx$/i.test(file.name)) {
    try {
      input = new Blob([await xlsxToCsv(file)], { type: 'text/csv' });
    } catch (error) {
      $('status').textContent = fill(w().fatal, [error.message]);
      return;
    }
  }
  worker = new Worker(new URL('worker.js', import.meta.url));
  $('cancel').disabled = false;
  worker.onmessage = ({ data }) => {
    if (data.type === 'progress') {
      rows.push(...data.rows);
      addProblems(data.problems);
      $('progress').value = data.total ? data.read / data.total : 1;
      $('status').textContent = fill(w().progress, { read: Math.round((100 * data.read) / Math.max(1, data.total)), ...data.stats });
    } else if (data.type === 'done') {
      csv = data.csv;
      document.body.dataset.wasmBytes = data.wasmBytes;
      $('progress').value = 1;
      $('status').textContent = fill(w().done, { ...data.stats, likely: data.stats.likelyEligible, bad: data.stats.badRows, seconds: ((performance.now() - began) / 1000).toFixed(1) });
      $('cancel').disabled = true;
      worker.terminate();
      worker = null;
      render();
    } else if (data.type === 'fatal') {
      $('status').textContent = fill(w().fatal, [data.problems.map((p) => (lang === 'en' ? p.en : p.zh)).join('；')]);
      $('cancel').disabled = true;
    }
  };
  worker.postMessage({ file: input });
}

$('file').addEventListener('change', (e) => { if (e.target.files[0]) start(e.target.files[0]); });
$('cancel').addEventListener('click', () => {
  worker?.terminate();
  worker = null;
  $('cancel').disabled = true;
  $('status').textContent = w().cancelled;
  render();
});
$('export').addEventListener('click', () => {
  // A local blob: the file is made on this device and saved by the browser, not sent anywhere.
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'screening-results.csv' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
$('print').addEventListener('click', () => {
  // The printed list carries the day it was made.
  $('printed').textContent = fill(w().printed, [new Date().toISOString().slice(0, 10)]);
  window.print();
});
$('only-likely').addEventListener('change', render);
for (const b of document.querySelectorAll('#results th button')) {
  b.addEventListener('click', () => {
    sort = { key: b.dataset.sort, dir: sort.key === b.dataset.sort ? -sort.dir : 1 };
    render();
  });
}
for (const b of document.querySelectorAll('.tools button')) b.addEventListener('click', () => { lang = b.dataset.lang; applyLanguage(); });
