//! Embeds the policy data: every `src/policy/data/<region>/*.toml` becomes one JSON pack in
//! `OUT_DIR/policy_pack.json`, so the wasm carries no TOML parser. The schema is checked at
//! run time by the typed loader (`policy::pack`) and by the lint (`policy::lint`).
#[path = "src/policy/toml_dir.rs"]
mod toml_dir;

use std::{env, fs, path::Path};

fn main() {
    let data = Path::new("src/policy/data");
    println!("cargo:rerun-if-changed={}", data.display());
    for file in toml_dir::pack_files(data) {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let pack = toml_dir::read_pack_dir(data).unwrap_or_else(|e| panic!("policy data: {e}"));
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("policy_pack.json");
    fs::write(out, pack.to_string()).expect("write pack");
}
