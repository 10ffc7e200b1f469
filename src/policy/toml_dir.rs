//! Reads a directory of `<region>/<file>.toml` policy files into one JSON pack
//! `{ region code: { file stem: contents } }`. Shared, through `#[path]`, by `build.rs` (the
//! embedded pack) and the command line's `build-pack` (a host's own pack), so both make the
//! same shape.
use std::path::Path;

pub fn read_pack_dir(dir: &Path) -> Result<serde_json::Value, String> {
    let mut regions = serde_json::Map::new();
    let mut dirs: Vec<_> = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten().filter(|e| e.path().is_dir()).collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(dir.path()).map_err(|e| format!("{}: {e}", dir.path().display()))?.flatten().collect();
        files.sort_by_key(|e| e.file_name());
        let mut region = serde_json::Map::new();
        for file in files {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let value: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: not valid TOML: {e}", path.display()))?;
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            region.insert(stem, serde_json::to_value(value).map_err(|e| format!("{}: {e}", path.display()))?);
        }
        regions.insert(dir.file_name().to_string_lossy().into_owned(), region.into());
    }
    Ok(serde_json::Value::Object(regions))
}

/// The files the pack was read from, so a build can watch them.
pub fn pack_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for region in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        out.push(region.path());
        out.extend(std::fs::read_dir(region.path()).into_iter().flatten().flatten().map(|f| f.path()));
    }
    out
}
