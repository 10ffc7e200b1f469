//! The command line of CONTRACT.md:
//!   assistance-calculator evaluate FILE.json|-   report JSON on stdout, exit 0; bad input: error object, exit 2
//!   assistance-calculator regions                regions and dates the embedded data covers
use assistance_calculator::{date::Date, evaluate_json, household::{InputError, Problem}, regions};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "用法 / usage:\n  assistance-calculator evaluate FILE.json   (或 - 表示标准输入 / - for stdin)\n  assistance-calculator regions";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["evaluate", file] => evaluate(file),
        ["regions"] => {
            println!("{}", pretty(&regions()));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn evaluate(file: &str) -> ExitCode {
    let text = if file == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(file)
    };
    let result = text
        .map_err(|e| problem("", format!("无法读取输入：{e}"), format!("cannot read input: {e}")))
        .and_then(|text| serde_json::from_str(&text).map_err(|e| problem("", format!("不是有效的 JSON：{e}"), format!("not valid JSON: {e}"))))
        .and_then(|raw| evaluate_json(&raw, Date::today()));
    match result {
        Ok(report) => {
            println!("{}", pretty(&report));
            ExitCode::SUCCESS
        }
        Err(error) => {
            println!("{}", pretty(&error.to_json()));
            ExitCode::from(2)
        }
    }
}

fn problem(path: &str, message: String, message_en: String) -> InputError {
    InputError::invalid(vec![Problem { path: path.to_string(), message, message_en }])
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
