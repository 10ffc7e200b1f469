//! A problem with a row or a cell, told as a caseworker finds it in the spreadsheet: the line
//! (1-based, the header is line 1) and the column, in Chinese and English.
use serde::Serialize;
use std::fmt;

/// A message in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Msg {
    pub zh: String,
    pub en: String,
}

impl Msg {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg { zh: zh.into(), en: en.into() }
    }
}

/// A column as reports name it: its Chinese header and English name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    pub zh: &'static str,
    pub en: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowProblem {
    pub line: u32,
    /// `None`: the problem is with the whole row.
    pub column: Option<Label>,
    pub message: String,
    #[serde(rename = "messageEn")]
    pub message_en: String,
}

impl RowProblem {
    pub fn cell(line: u32, column: Label, msg: Msg) -> RowProblem {
        RowProblem { line, column: Some(column), message: msg.zh, message_en: msg.en }
    }

    pub fn row(line: u32, msg: Msg) -> RowProblem {
        RowProblem { line, column: None, message: msg.zh, message_en: msg.en }
    }
}

/// `第 12 行“出生日期”列：… / line 12, column birth_date: …`
impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(f, "第 {} 行“{}”列：{} / line {}, column {}: {}", self.line, c.zh, self.message, self.line, c.en, self.message_en),
            None => write!(f, "第 {} 行：{} / line {}: {}", self.line, self.message, self.line, self.message_en),
        }
    }
}

/// A problem that stops the whole run: an unreadable header, or no policy data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fatal {
    pub problems: Vec<Msg>,
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{} / {}", p.zh, p.en)?;
        }
        Ok(())
    }
}
