//! Raw household JSON → validated [`Household`] ("parse, don't validate"). Every problem is
//! collected with its JSON path and a Chinese and English message; nothing here panics.
mod model;
mod parse;

pub use model::*;
pub use parse::{born_after, member_rules, parse_household};

use serde::Serialize;

/// The English message of a required field left out (the widget treats it as unanswered).
pub const REQUIRED_EN: &str = "is required";

/// One thing wrong with the input, at a JSON path such as `members[1].incomes[0].monthly`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
    #[serde(rename = "messageEn")]
    pub message_en: String,
}

/// The contract's error object: `{ "error": { "kind": "invalid_input", "problems": [...] } }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputError {
    pub kind: &'static str,
    pub problems: Vec<Problem>,
}

impl InputError {
    pub fn invalid(problems: Vec<Problem>) -> InputError {
        InputError { kind: "invalid_input", problems }
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "error": self })
    }
}
