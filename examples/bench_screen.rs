//! Benchmark of batch screening on one core: generates N households (default 1,000,000)
//! to a temporary file, then streams it through the screener exactly as `screen` does
//! (lines in, result rows written), and prints households per second, wall and CPU time and
//! peak memory. A second pass reads and builds the households without evaluating them, to
//! show how the time splits between the batch layer and the engine. Reported, not asserted.
//!
//!     cargo run --release --example bench_screen -- [N]
#[path = "gen_roster.rs"]
#[allow(dead_code)]
mod gen_roster;


/// The command line's allocator, so the figures are the command line's.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use assistance_calculator::batch::columns::{Column, Header};
use assistance_calculator::batch::csv::RecordReader;
use assistance_calculator::batch::group::Grouper;
use assistance_calculator::batch::{build, output, Event, Screener};
use assistance_calculator::date::Date;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let path = std::env::temp_dir().join(format!("bench-roster-{n}.csv"));
    let start = Instant::now();
    let generated = gen_roster::generate(n, 0, &mut BufWriter::with_capacity(1 << 16, std::fs::File::create(&path)?))?;
    let size = std::fs::metadata(&path)?.len();
    println!("generated {} households, {} member rows, {:.0} MB in {:.1} s → {}", generated.households, generated.rows, size as f64 / 1e6, start.elapsed().as_secs_f64(), path.display());

    let today = Date::parse("2025-07-01").ok_or("date")?;
    let (cpu0, wall) = (cpu_seconds(), Instant::now());
    let (stats, out_bytes) = screen(&path, today)?;
    let (secs, cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu0);
    println!("screen: {} households in {secs:.2} s wall, {cpu:.2} s CPU → {:.0} households/s (CPU), {:.1} µs each; {} likely eligible; {:.0} MB written", stats.screened, stats.screened as f64 / cpu.max(1e-9), cpu * 1e6 / stats.screened.max(1) as f64, stats.likely_eligible, out_bytes as f64 / 1e6);

    let (cpu0, wall) = (cpu_seconds(), Instant::now());
    let built = read_and_build(&path, today)?;
    let (secs, cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu0);
    println!("read + build only (no evaluation): {built} households in {secs:.2} s wall, {cpu:.2} s CPU, {:.1} µs each", cpu * 1e6 / built.max(1) as f64);
    println!("peak memory (VmHWM): {}", peak_memory().unwrap_or_else(|| "unknown".into()));
    std::fs::remove_file(&path)?;
    Ok(())
}

/// The `screen` command's loop, writing the result sheet to a sink.
fn screen(path: &std::path::Path, today: Date) -> Result<(assistance_calculator::batch::Stats, usize), Box<dyn std::error::Error>> {
    let mut input = BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let mut screener = Screener::new(today).map_err(|f| f.to_string())?;
    let mut sink = BufWriter::with_capacity(1 << 16, std::io::sink());
    let (mut row, mut written) = (String::new(), 0usize);
    let mut emit = |event: Event| {
        row.clear();
        match &event {
            Event::Screened(s) => output::screened(&mut row, s),
            Event::Skipped(s) => output::skipped(&mut row, &s.household_id, s.first_line, s.rows, s.problems),
            Event::Problem(_) => {}
        }
        written += row.len();
        let _ = sink.write_all(row.as_bytes());
    };
    let mut line = Vec::with_capacity(256);
    while input.read_until(b'\n', &mut line)? > 0 {
        screener.push_line(&line, &mut emit).map_err(|f| f.to_string())?;
        line.clear();
    }
    let stats = screener.finish(&mut emit).map_err(|f| f.to_string())?;
    Ok((stats, written))
}

/// Reading, grouping and building households, without the engine: the batch layer's share.
fn read_and_build(path: &std::path::Path, today: Date) -> Result<u64, Box<dyn std::error::Error>> {
    let mut input = BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let (mut reader, mut groups, mut header, mut built) = (RecordReader::default(), Grouper::default(), None, 0u64);
    let mut line = String::new();
    let mut build_one = |rows: assistance_calculator::batch::group::Rows, header: &Header| built += u64::from(build::build(&rows, header, today).is_ok());
    while input.read_line(&mut line)? > 0 {
        if let Some(Ok(record)) = reader.push_line(&line) {
            match &header {
                None => header = Some(Header::parse(&record).map_err(|_| "header")?),
                Some(h) => {
                    let id = h.cell(&record, Column::HouseholdId).to_string();
                    if let Some(rows) = groups.push(&id, record).complete {
                        build_one(rows, h);
                    }
                }
            }
        }
        line.clear();
    }
    if let (Some(rows), Some(h)) = (groups.close(), &header) {
        build_one(rows, h);
    }
    Ok(built)
}

/// User + system CPU seconds of this process (/proc/self/stat, in clock ticks of 1/100 s):
/// the machine may be shared, and CPU time is what one core spends on the work.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
}
