//! Embeds the policy data: every `src/policy/data/<region>/*.toml` becomes one JSON pack in
//! `OUT_DIR/policy_pack.json`, so the wasm carries no TOML parser. The schema is checked at
//! run time by the typed loader (`policy::pack`) and in `tests/policy_lint.rs`.
use std::{env, fs, path::Path};

fn main() {
    let data = Path::new("src/policy/data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut regions = serde_json::Map::new();
    let mut dirs: Vec<_> = fs::read_dir(data).expect("src/policy/data").flatten().collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs.into_iter().filter(|e| e.path().is_dir()) {
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let mut files: Vec<_> = fs::read_dir(dir.path()).expect("region dir").flatten().collect();
        files.sort_by_key(|e| e.file_name());
        let mut region = serde_json::Map::new();
        for file in files {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("policy file");
            let value: toml::Value = toml::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not valid TOML: {e}", path.display()));
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            region.insert(stem, serde_json::to_value(value).expect("toml to json"));
        }
        regions.insert(dir.file_name().to_string_lossy().into_owned(), region.into());
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("policy_pack.json");
    fs::write(out, serde_json::Value::Object(regions).to_string()).expect("write pack");
}
