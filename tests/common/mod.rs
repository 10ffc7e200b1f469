//! Shared by the integration tests that run the command line.
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs the binary with `args`, feeding `stdin` when given, and collects its output.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assistance-calculator"))
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the assistance-calculator binary");
    if let Some(bytes) = stdin {
        child.stdin.take().expect("stdin").write_all(bytes).expect("write stdin");
    }
    child.wait_with_output().expect("wait for the binary")
}
