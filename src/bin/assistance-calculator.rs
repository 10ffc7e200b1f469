//! The command line of CONTRACT.md:
//!   assistance-calculator evaluate FILE.json|-   report JSON on stdout, exit 0; bad input: error object, exit 2
//!   assistance-calculator regions                regions and dates the embedded data covers
//!   assistance-calculator version                widget, policy-data and schema versions
//!   assistance-calculator check-data DIR         lint a directory of policy files (exit 1 on problems)
//!   assistance-calculator build-pack DIR         print a JSON pack of DIR for a host to load
use assistance_calculator::{date::Date, evaluate_json, household::{InputError, Problem}, regions};
use std::io::{Read, Write};

/// Prints a line; a closed pipe (`… | head`) ends output quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}
use std::process::ExitCode;

const USAGE: &str = "用法 / usage:\n  assistance-calculator evaluate FILE.json   (或 - 表示标准输入 / - for stdin)\n  assistance-calculator regions\n  assistance-calculator version\n  assistance-calculator check-data DIR       检查政策数据目录 / lint a policy-data directory\n  assistance-calculator build-pack DIR       生成供网页加载的 JSON 数据包 / print a JSON pack for hosts";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["evaluate", file] => evaluate(file),
        ["version"] => {
            say!("{}", pretty(&assistance_calculator::version()));
            ExitCode::SUCCESS
        }
        ["regions"] => {
            say!("{}", pretty(&regions()));
            ExitCode::SUCCESS
        }
        // Reading policy folders needs the file system: native only (the wasm build of this
        // binary exists only because `cargo test --target wasm32` builds every binary).
        #[cfg(not(target_arch = "wasm32"))]
        ["check-data", dir] => check_data(dir),
        #[cfg(not(target_arch = "wasm32"))]
        ["build-pack", dir] => build_pack(dir),
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
            say!("{}", pretty(&report));
            ExitCode::SUCCESS
        }
        Err(error) => {
            say!("{}", pretty(&error.to_json()));
            ExitCode::from(2)
        }
    }
}

/// Lints a directory (on top of the embedded data) and prints one line per problem.
#[cfg(not(target_arch = "wasm32"))]
fn check_data(dir: &str) -> ExitCode {
    let problems = assistance_calculator::policy::lint::check(std::path::Path::new(dir));
    for p in &problems {
        say!("{p}");
    }
    if problems.is_empty() {
        say!("ok: {dir}");
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problem(s) / 发现 {} 个问题", problems.len(), problems.len());
        ExitCode::from(1)
    }
}

/// Prints the JSON pack a host gives the widget; refuses a directory the lint rejects.
#[cfg(not(target_arch = "wasm32"))]
fn build_pack(dir: &str) -> ExitCode {
    let path = std::path::Path::new(dir);
    let problems = assistance_calculator::policy::lint::check(path);
    if !problems.is_empty() {
        problems.iter().for_each(|p| eprintln!("{p}"));
        return ExitCode::from(1);
    }
    match assistance_calculator::policy::toml_dir::read_pack_dir(path) {
        Ok(pack) => {
            say!("{pack}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn problem(path: &str, message: String, message_en: String) -> InputError {
    InputError::invalid(vec![Problem { path: path.to_string(), message, message_en }])
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
