//! The command line of CONTRACT.md:
//!   assistance-calculator evaluate FILE.json|-   report JSON on stdout, exit 0; bad input: error object, exit 2
//!   assistance-calculator screen FILE.csv|-      batch screening of a roster (one CSV row per member):
//!                                                result CSV on stdout, one problem per line on stderr, then a
//!                                                count line; exit 0 when it ran, 2 on an unreadable file or header
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

const USAGE: &str = "用法 / usage:\n  assistance-calculator evaluate FILE.json   (或 - 表示标准输入 / - for stdin)\n  assistance-calculator screen FILE.csv      批量筛查花名册（每位成员一行），结果 CSV 输出到标准输出 / screen a roster, result CSV on stdout (docs/batch-screening.md)\n  assistance-calculator regions\n  assistance-calculator version\n  assistance-calculator check-data DIR       检查政策数据目录 / lint a policy-data directory\n  assistance-calculator build-pack DIR       生成供网页加载的 JSON 数据包 / print a JSON pack for hosts";

/// A batch of a million households makes some hundred million small allocations; mimalloc
/// takes a sixth off `screen`'s time against the system allocator (bench/README.md).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["evaluate", file] => evaluate(file),
        ["screen", file] => screen(file),
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

/// Streams a roster through the batch screener: line by line in, one result row per
/// household out, problems on stderr as they are found. Memory stays at one household (plus
/// the ids seen), whatever the file's size.
fn screen(file: &str) -> ExitCode {
    use assistance_calculator::batch::Screener;
    let input: Box<dyn std::io::BufRead> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => {
                eprintln!("无法读取 {file}：{e} / cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let mut sink = ScreenSink {
        stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        stderr: std::io::BufWriter::new(std::io::stderr().lock()),
        row: String::new(),
        header_written: false,
        closed: false,
    };
    let result = Screener::new(Date::today()).map_err(|f| f.to_string()).and_then(|mut screener| {
        feed_lines(input, &mut screener, &mut sink)?;
        screener.finish(&mut |e| sink.event(e)).map_err(|f| f.to_string())
    });
    let line = match &result {
        Ok(stats) => {
            sink.header();
            stats.line()
        }
        Err(message) => message.clone(),
    };
    let _ = sink.stdout.flush();
    let _ = writeln!(sink.stderr, "{line}");
    let _ = sink.stderr.flush();
    if result.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(2) }
}

/// Feeds every line to the screener; a read error or a bad header ends the run, and so does
/// a closed stdout (`… | head`), quietly.
fn feed_lines(mut input: Box<dyn std::io::BufRead>, screener: &mut assistance_calculator::batch::Screener, sink: &mut ScreenSink) -> Result<(), String> {
    let mut line = Vec::with_capacity(256);
    while !sink.closed {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => screener.push_line(&line, &mut |e| sink.event(e)).map_err(|f| f.to_string())?,
            Err(e) => return Err(format!("读取输入出错：{e} / read error: {e}")),
        }
    }
    Ok(())
}

/// Where `screen` writes: result rows (after the header, written once the header row has
/// been read without problems) to stdout, problems to stderr.
struct ScreenSink {
    stdout: std::io::BufWriter<std::io::StdoutLock<'static>>,
    stderr: std::io::BufWriter<std::io::StderrLock<'static>>,
    row: String,
    header_written: bool,
    closed: bool,
}

impl ScreenSink {
    fn event(&mut self, event: assistance_calculator::batch::Event) {
        use assistance_calculator::batch::{output, Event};
        self.row.clear();
        match &event {
            Event::Screened(s) => output::screened(&mut self.row, s),
            Event::Skipped(s) => output::skipped(&mut self.row, &s.household_id, s.first_line, s.rows, s.problems),
            Event::Problem(p) => {
                let _ = writeln!(self.stderr, "{p}");
                return;
            }
        }
        self.header();
        self.closed |= self.stdout.write_all(self.row.as_bytes()).is_err();
    }

    fn header(&mut self) {
        if !self.header_written {
            self.header_written = true;
            self.closed |= self.stdout.write_all(assistance_calculator::batch::output::header().as_bytes()).is_err();
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
