//! Batch screening for the browser: the batch page's Web Worker feeds a roster's bytes in
//! chunks as they are read; each call returns the households screened and the problems found
//! so far, and `csv()` gives the same result sheet as the command line's `screen`.
use crate::batch::problem::RowProblem;
use crate::batch::summary::Summary;
use crate::batch::{output, Event, Screener};
use crate::date::Date;
use wasm_bindgen::prelude::*;

/// Called by the worker binary's `main`: a reference into this library is what makes the
/// linker keep its exports (an empty `main` would link none of them).
pub fn start() {}

#[wasm_bindgen]
pub struct BatchScreener {
    screener: Screener,
    csv: String,
    fatal: Option<serde_json::Value>,
}

#[wasm_bindgen]
impl BatchScreener {
    /// `today` (YYYY-MM-DD) is the determination date of rows that give none; default today.
    #[wasm_bindgen(constructor)]
    pub fn new(today: Option<String>) -> Result<BatchScreener, JsValue> {
        let today = today.as_deref().and_then(Date::parse).unwrap_or_else(Date::today);
        let screener = Screener::new(today).map_err(|f| super::to_js(&serde_json::json!({ "fatal": f.problems })))?;
        Ok(BatchScreener { screener, csv: output::header(), fatal: None })
    }

    /// Feeds the next bytes of the file; returns `{ rows, problems, fatal? }` for what they completed.
    pub fn push(&mut self, chunk: &[u8]) -> JsValue {
        let mut events = Vec::new();
        if self.fatal.is_none() {
            if let Err(f) = self.screener.push_chunk(chunk, &mut |e| events.push(e)) {
                self.fatal = Some(serde_json::json!(f.problems));
            }
        }
        self.events(events)
    }

    /// Ends the file: screens the last household.
    pub fn finish(&mut self) -> JsValue {
        let mut events = Vec::new();
        if self.fatal.is_none() {
            if let Err(f) = self.screener.finish(&mut |e| events.push(e)) {
                self.fatal = Some(serde_json::json!(f.problems));
            }
        }
        self.events(events)
    }

    /// The counts so far: `{ screened, skipped, badRows, likelyEligible }`.
    pub fn stats(&self) -> JsValue {
        super::to_js(&self.screener.stats())
    }

    /// The result sheet (with a BOM, for Excel), as `assistance-calculator screen` writes it.
    pub fn csv(&self) -> String {
        self.csv.clone()
    }

    fn events(&mut self, events: Vec<Event>) -> JsValue {
        let mut rows = Vec::new();
        let mut problems = Vec::new();
        for event in events {
            match event {
                Event::Screened(summary) => {
                    output::screened(&mut self.csv, &summary);
                    rows.push(summary);
                }
                Event::Skipped(s) => output::skipped(&mut self.csv, &s.household_id, s.first_line, s.rows, s.problems),
                Event::Problem(p) => problems.push(p),
            }
        }
        // Serialized once, straight from the summaries, into the JSON text JS parses.
        super::to_js(&Events { rows, problems, fatal: &self.fatal })
    }
}

#[derive(serde::Serialize)]
struct Events<'a> {
    rows: Vec<Box<Summary>>,
    problems: Vec<RowProblem>,
    fatal: &'a Option<serde_json::Value>,
}
