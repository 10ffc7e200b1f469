//! Batch screening (批量筛查): a caseworker's roster, one CSV row per household member, in;
//! one screening line per household out (docs/batch-screening.md).
//!
//! The pieces, each in its own file: [`csv`] splits lines into records, [`columns`] reads
//! the header, [`group`] gathers a household's consecutive rows, [`build`] turns them into
//! the contract's household (cells checked with line and column), the engine evaluates it,
//! [`summary`] reads the report, [`output`] writes the result sheet.
//!
//! [`Screener`] streams: it is fed one line at a time and holds one household in memory,
//! plus the ids already seen. It does no I/O, so the command line and a Web Worker drive the
//! same code. A bad household is reported and skipped; the others still run.
pub mod build;
pub mod cells;
pub mod columns;
pub mod csv;
pub mod group;
pub mod output;
pub mod problem;
pub mod summary;
pub mod vocab;

use crate::date::Date;
use crate::policy::Pack;
use columns::{Column, Header};
use group::{Grouper, Rows};
use problem::{Fatal, Msg, RowProblem};
use serde::Serialize;
use summary::Summary;

/// What screening reports, in file order.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Screened(Box<Summary>),
    /// A household left out; its problems came just before as [`Event::Problem`]s.
    Skipped(Skipped),
    Problem(RowProblem),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    pub household_id: String,
    pub first_line: u32,
    pub rows: usize,
    pub problems: usize,
}

/// The counts for the final line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub screened: u64,
    pub skipped: u64,
    /// Lines with at least one problem.
    pub bad_rows: u64,
    /// Screened households with at least one likely-eligible program.
    pub likely_eligible: u64,
}

impl Stats {
    /// `已测算 … / screened …`, the command line's last line.
    pub fn line(&self) -> String {
        format!(
            "已测算 {} 户，有误未测算 {} 户，有问题的行 {} 行，可能符合至少一项的 {} 户 / screened {} households, skipped {}, bad rows {}, likely eligible households {}",
            self.screened, self.skipped, self.bad_rows, self.likely_eligible, self.screened, self.skipped, self.bad_rows, self.likely_eligible
        )
    }
}

/// Distinct regions whose names a screener keeps (a roster beyond that still works, slower).
const REGION_NAMES: usize = 64;

pub struct Screener {
    records: csv::RecordReader,
    header: Option<Header>,
    groups: Grouper,
    today: Date,
    pack: &'static Pack,
    stats: Stats,
    /// Problems of rows that belong to no household, held until the household being read
    /// is reported, so problems come out in file order.
    held: Vec<RowProblem>,
    /// The unfinished last line of the chunks given to [`Screener::push_chunk`].
    carry: Vec<u8>,
    /// Region codes and their full names, looked up once per region rather than per
    /// household (a roster holds a few counties; past [`REGION_NAMES`] they are not kept).
    region_names: Vec<(String, String)>,
}

impl Screener {
    /// `today` is the determination date of households whose rows give no 测算日期.
    pub fn new(today: Date) -> Result<Screener, Fatal> {
        let pack = Pack::active().map_err(|problems| Fatal { problems: problems.iter().map(|p| Msg::new(format!("政策数据有误：{}", p.message), format!("policy data error: {}", p.message))).collect() })?;
        Ok(Screener { records: csv::RecordReader::default(), header: None, groups: Grouper::default(), today, pack, stats: Stats::default(), held: Vec::new(), carry: Vec::new(), region_names: Vec::new() })
    }

    /// Feeds one physical line as bytes (its line ending may be included). Bytes that are
    /// not UTF-8 become U+FFFD and the cells holding them are reported, not guessed at.
    /// `Err` only for the header: nothing after a bad header can be read.
    pub fn push_line(&mut self, line: &[u8], out: &mut impl FnMut(Event)) -> Result<(), Fatal> {
        let text = String::from_utf8_lossy(line);
        match self.records.push_line(&text) {
            None => Ok(()),
            Some(Err(_)) if self.header.is_none() => Err(unreadable_header()),
            Some(Err(unclosed)) => {
                self.unclosed(unclosed, out);
                Ok(())
            }
            Some(Ok(record)) => self.record(record, out),
        }
    }

    /// Feeds any slice of the input (a Web Worker reads a file in chunks of arbitrary size):
    /// complete lines are screened, the rest waits for the next chunk or [`Screener::finish`].
    /// Splitting on the `\n` byte is safe in UTF-8, where it never occurs inside a character.
    pub fn push_chunk(&mut self, chunk: &[u8], out: &mut impl FnMut(Event)) -> Result<(), Fatal> {
        let mut rest = chunk;
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            let (line, after) = rest.split_at(end + 1);
            if self.carry.is_empty() {
                self.push_line(line, out)?;
            } else {
                let mut joined = std::mem::take(&mut self.carry);
                joined.extend_from_slice(line);
                self.push_line(&joined, out)?;
            }
            rest = after;
        }
        self.carry.extend_from_slice(rest);
        Ok(())
    }

    /// Ends the input: screens the last household. `Err` when there was no header at all.
    pub fn finish(&mut self, out: &mut impl FnMut(Event)) -> Result<Stats, Fatal> {
        if !self.carry.is_empty() {
            let last = std::mem::take(&mut self.carry);
            self.push_line(&last, out)?;
        }
        let unclosed = self.records.finish();
        if self.header.is_none() {
            return Err(match unclosed {
                Some(_) => unreadable_header(),
                None => Fatal { problems: vec![Msg::new("文件为空或没有表头", "the file is empty or has no header row")] },
            });
        }
        if let Some(unclosed) = unclosed {
            self.unclosed(unclosed, out);
        }
        if let Some(rows) = self.groups.close() {
            self.household(rows, out);
        }
        let held = std::mem::take(&mut self.held);
        self.problems(held, out);
        Ok(self.stats)
    }

    pub fn stats(&self) -> Stats {
        self.stats
    }

    fn record(&mut self, record: csv::Record, out: &mut impl FnMut(Event)) -> Result<(), Fatal> {
        let Some(header) = &self.header else {
            let header = Header::parse(&record).map_err(|problems| Fatal { problems })?;
            self.header = Some(header);
            return Ok(());
        };
        // Blank rows (Excel leaves ",,,," below the data) are not members.
        if record.fields().all(|f| f.trim().is_empty()) {
            return Ok(());
        }
        let id = header.cell(&record, Column::HouseholdId).to_string();
        let pushed = self.groups.push(&id, record);
        if let Some(rows) = pushed.complete {
            self.household(rows, out);
            let held = std::mem::take(&mut self.held);
            self.problems(held, out);
        }
        if let Some(problem) = pushed.refused {
            self.standalone(problem, out);
        }
        Ok(())
    }

    fn household(&mut self, rows: Rows, out: &mut impl FnMut(Event)) {
        let Some(header) = &self.header else { return };
        match build::build(&rows, header, self.today) {
            Ok(built) => {
                // The summary reads outcomes, amounts and open questions only: no wording.
                let mut report = crate::programs::screen(&built.household, self.pack);
                report.region_name = self.region_name(&built.household.region);
                let summary = Summary::of(&rows.id, &built, report);
                self.stats.screened += 1;
                self.stats.likely_eligible += u64::from(summary.likely_eligible());
                out(Event::Screened(Box::new(summary)));
            }
            Err(problems) => {
                let skipped = Skipped { household_id: rows.id.clone(), first_line: rows.first_line(), rows: rows.rows.len() + rows.dropped, problems: problems.len() };
                self.problems(problems, out);
                self.stats.skipped += 1;
                out(Event::Skipped(skipped));
            }
        }
    }

    fn region_name(&mut self, region: &crate::region::RegionCode) -> String {
        if let Some((_, name)) = self.region_names.iter().find(|(code, _)| code == region.as_str()) {
            return name.clone();
        }
        let name = crate::programs::region_name(region, self.pack);
        if self.region_names.len() < REGION_NAMES {
            self.region_names.push((region.to_string(), name.clone()));
        }
        name
    }

    /// Reports problems (sorted by line), counting each bad line once.
    fn problems(&mut self, problems: Vec<RowProblem>, out: &mut impl FnMut(Event)) {
        let mut last = None;
        for p in problems {
            if last != Some(p.line) {
                self.stats.bad_rows += 1;
                last = Some(p.line);
            }
            out(Event::Problem(p));
        }
    }

    /// A problem of a row in no household: held while a household is open (its own
    /// problems, from earlier lines, come first).
    fn standalone(&mut self, problem: RowProblem, out: &mut impl FnMut(Event)) {
        match self.groups.is_open() {
            true => self.held.push(problem),
            false => self.problems(vec![problem], out),
        }
    }

    fn unclosed(&mut self, u: csv::Unclosed, out: &mut impl FnMut(Event)) {
        let msg = Msg::new(
            format!("引号未闭合：第 {}–{} 行未能读取，请核对前后家庭是否缺少成员", u.first_line, u.last_line),
            format!("unclosed quote: lines {}–{} could not be read; check the households around them for a missing member", u.first_line, u.last_line),
        );
        self.standalone(RowProblem::row(u.first_line, msg), out);
    }
}

fn unreadable_header() -> Fatal {
    Fatal { problems: vec![Msg::new("表头引号未闭合，无法读取", "the header row has an unclosed quote")] }
}
