//! Rows → households. A household's rows must be consecutive: that is what lets a roster of
//! any length stream with one household in memory. A household id that comes back after
//! another household is a bad row (its household has already been screened), never merged.
use super::columns::{label, Column};
use super::csv::Record;
use super::problem::{Msg, RowProblem};
use std::collections::HashMap;

/// The rows of one household, in file order.
#[derive(Clone, Debug)]
pub struct Rows {
    pub id: String,
    pub rows: Vec<Record>,
}

impl Rows {
    pub fn first_line(&self) -> u32 {
        self.rows.first().map_or(0, |r| r.line)
    }
}

/// What one row did: it may close the household before it, and may itself be refused.
#[derive(Default)]
pub struct Pushed {
    pub complete: Option<Rows>,
    pub refused: Option<RowProblem>,
}

#[derive(Default)]
pub struct Grouper {
    current: Option<Rows>,
    /// Ids of households already closed, with their first line (for the message). Exact
    /// ids, not hashes: a collision must never refuse a good household.
    closed: HashMap<Box<str>, u32>,
}

impl Grouper {
    /// Adds a row whose household id is `id` (trimmed).
    pub fn push(&mut self, id: &str, record: Record) -> Pushed {
        if id.is_empty() {
            let msg = Msg::new("户编号为空：此行未计入任何家庭，请核对前后家庭是否缺少成员", "household id is empty: the row is not counted in any household; check the households around it for a missing member");
            return Pushed { complete: None, refused: Some(RowProblem::cell(record.line, label(Column::HouseholdId), msg)) };
        }
        if let Some(current) = self.current.as_mut().filter(|c| c.id == id) {
            current.rows.push(record);
            return Pushed::default();
        }
        if let Some(&first) = self.closed.get(id) {
            return Pushed { complete: None, refused: Some(not_consecutive(id, first, record.line)) };
        }
        let complete = self.close();
        self.current = Some(Rows { id: id.to_string(), rows: vec![record] });
        Pushed { complete, refused: None }
    }

    /// Whether a household is being read.
    pub fn is_open(&self) -> bool {
        self.current.is_some()
    }

    /// Closes the household being read (at the end of the input, or when the next begins).
    pub fn close(&mut self) -> Option<Rows> {
        let done = self.current.take()?;
        self.closed.insert(done.id.clone().into_boxed_str(), done.first_line());
        Some(done)
    }
}

fn not_consecutive(id: &str, first: u32, line: u32) -> RowProblem {
    RowProblem::cell(
        line,
        label(Column::HouseholdId),
        Msg::new(
            format!("户编号“{id}”已在第 {first} 行起出现过，同一户的各行必须相邻；此行未计入"),
            format!("household id \"{id}\" already appeared from line {first}; a household's rows must be consecutive; this row is not counted"),
        ),
    )
}
