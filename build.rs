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
    let mut pack = toml_dir::read_pack_dir(data).unwrap_or_else(|e| panic!("policy data: {e}"));
    drop_reading_notes(&mut pack);
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&out_dir).join("policy_pack.json"), pack.to_string()).expect("write pack");
    write_first_names(data, Path::new(&out_dir));
}

/// A source's `note` records how the document was found and read, for the data's maintainers
/// (it stays in the TOML); no report shows it, and it was a fifth of the embedded pack.
fn drop_reading_notes(pack: &mut serde_json::Value) {
    let sources = pack.as_object_mut().into_iter().flat_map(|regions| regions.values_mut()).filter_map(|files| files.get_mut("sources")?.get_mut("source")?.as_array_mut());
    for list in sources {
        list.iter_mut().filter_map(serde_json::Value::as_object_mut).for_each(|source| {
            source.remove("note");
        });
    }
}

/// The region names the browser needs before the full table (`names.tsv`, fetched after the
/// first paint) arrives: every province, and for each region with data the cities of its
/// province and the counties of its city, so the picker opens on a covered region complete.
fn write_first_names(data: &Path, out: &Path) {
    let names = Path::new("src/region/names.tsv");
    println!("cargo:rerun-if-changed={}", names.display());
    let text = fs::read_to_string(names).expect("read names.tsv");
    let covered: Vec<String> = fs::read_dir(data).expect("data dir").filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|c| c.len() == 6 && c != "000000").collect();
    let wanted = |code: &str| {
        code.ends_with("0000")
            || covered.iter().any(|c| (code.ends_with("00") && code[..2] == c[..2]) || code[..4] == c[..4])
    };
    let first: Vec<&str> = text.lines().filter(|l| l.split_once('\t').is_some_and(|(code, _)| code.len() == 6 && wanted(code))).collect();
    fs::write(out.join("names_first.tsv"), first.join("\n")).expect("write names_first.tsv");
}
