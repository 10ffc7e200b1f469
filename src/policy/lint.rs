//! The policy-data lint, shared by `cargo test` and `assistance-calculator check-data DIR`:
//! every file parses with unknown keys refused; dates are real, sorted and non-overlapping;
//! every value has a unit that fits it and a source that resolves up its region chain; rules
//! of combination cite a source; every region inherits from some level. A directory is
//! checked on top of the embedded data, so a county's own pack may rely on the national and
//! provincial files shipped here. Native only (it reads files).
use super::{read, Pack, ProgramFile, Unit};
use crate::{date::Date, programs::PROGRAM_IDS, region::RegionCode};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

/// Lints a directory of `<region>/<file>.toml`; returns one message per problem.
pub fn check(dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut sources_by_region: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut programs: Vec<(String, String, ProgramFile)> = Vec::new();
    let mut regions = Vec::new();
    let mut combinations = Vec::new();
    let mut guide_cites: Vec<(String, String, String)> = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![format!("{}: not a readable directory", dir.display())];
    };
    // Sources and regions of the embedded data, for packs that build on it.
    if let Ok(embedded) = Pack::embedded() {
        for (code, region) in &embedded.regions {
            sources_by_region.insert(code.clone(), region.sources.iter().map(|s| s.id.clone()).collect());
        }
    }
    let embedded_codes: Vec<String> = sources_by_region.keys().cloned().collect();
    for region_dir in entries.flatten().filter(|e| e.path().is_dir()) {
        let code = region_dir.file_name().to_string_lossy().into_owned();
        regions.push(code.clone());
        let mut has_region_file = false;
        let files: Vec<_> = std::fs::read_dir(region_dir.path()).map(|r| r.flatten().collect()).unwrap_or_default();
        for file in files {
            let path = file.path();
            let name = format!("{code}/{}", file.file_name().to_string_lossy());
            let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else { continue };
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                problems.push(format!("{name}: cannot be read as UTF-8 text"));
                continue;
            };
            match stem.as_str() {
                "region" => match parse(&text, read::region) {
                    Ok(r) if r.code != code => problems.push(format!("{name}: code {} does not match its folder", r.code)),
                    Ok(r) => {
                        has_region_file = true;
                        let pickable = r.selectable || r.covers_all_counties;
                        if pickable && r.covered_from.as_deref().and_then(Date::parse).is_none() {
                            problems.push(format!("{name}: a region residents can pick must declare covered_from (YYYY-MM-DD)"));
                        }
                        if r.covered_to.as_deref().is_some_and(|t| Date::parse(t).is_none()) {
                            problems.push(format!("{name}: covered_to is not YYYY-MM-DD"));
                        }
                        for p in r.programs_not_covered.iter().filter(|p| !PROGRAM_IDS.iter().any(|(id, _)| id == p)) {
                            problems.push(format!("{name}: programs_not_covered names \"{p}\", not a program id"));
                        }
                    }
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                "sources" => match parse(&text, read::sources) {
                    Ok(sources) => {
                        for source in &sources {
                            for (field, value) in [("url", &*source.url), ("title", &*source.title), ("issuer", source.issuer.as_str())] {
                                if value.trim().is_empty() {
                                    problems.push(format!("{name}: source {} has no {field}", source.id));
                                }
                            }
                            if Date::parse(&source.retrieved).is_none() {
                                problems.push(format!("{name}: source {} retrieved \"{}\" is not YYYY-MM-DD", source.id, source.retrieved));
                            }
                            // A document's date may be known only to the year or month, or not at all.
                            if !source.date.is_empty() && !partial_date(&source.date) {
                                problems.push(format!("{name}: source {} date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", source.id, source.date));
                            }
                        }
                        sources_by_region.insert(code.clone(), sources.into_iter().map(|s| s.id).collect());
                    }
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                "guide" => match parse(&text, read::guide) {
                    Ok(g) => {
                        let cites = g.material.iter().flat_map(|m| &m.cite).chain(g.step.iter().flat_map(|s| &s.cite)).chain(g.office.iter().flat_map(|o| &o.cite));
                        guide_cites.extend(cites.map(|(source, _)| (code.clone(), name.clone(), source.clone())));
                        let programs = g.material.iter().flat_map(|m| &m.programs).chain(g.step.iter().flat_map(|s| &s.programs));
                        for p in programs.filter(|p| !PROGRAM_IDS.iter().any(|(id, _)| id == *p)) {
                            problems.push(format!("{name}: \"{p}\" is not a program id"));
                        }
                        for m in g.material.iter().filter(|m| !matches!(m.who.as_str(), "household" | "every_member" | "disabled" | "seriously_ill" | "minor" | "supporters")) {
                            problems.push(format!("{name}: material {} has an unknown `who` \"{}\"", m.id, m.who));
                        }
                    }
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                "combinations" => match parse(&text, read::combinations) {
                    Ok(rules) => combinations.extend(rules.into_iter().map(|r| (code.clone(), name.clone(), r))),
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                _ => match parse(&text, read::program) {
                    Ok(p) => programs.push((code.clone(), name, p)),
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
            }
        }
        if !has_region_file {
            problems.push(format!("{code}: missing or invalid region.toml"));
        }
    }
    for (code, name, file) in &programs {
        if !PROGRAM_IDS.iter().any(|(id, _)| *id == file.program) || !name.ends_with(&format!("/{}.toml", file.program)) {
            problems.push(format!("{name}: program \"{}\" is not a contract id or does not match the file name", file.program));
        }
        if Date::parse(&file.last_verified).is_none() {
            problems.push(format!("{name}: last_verified \"{}\" is not YYYY-MM-DD", file.last_verified));
        }
        let chain = RegionCode::parse(code).map(|c| c.chain()).unwrap_or_default();
        let mut spans: BTreeMap<(String, Option<String>), Vec<(Date, Option<Date>)>> = BTreeMap::new();
        for v in &file.values {
            let at = format!("{name}: {}", v.parameter);
            if !chain.iter().any(|c| sources_by_region.get(c.as_str()).is_some_and(|ids| ids.contains(&v.source))) {
                problems.push(format!("{at}: source \"{}\" does not resolve", v.source));
            }
            let strings: Vec<&str> = v.value.as_array().map(|a| a.iter().filter_map(|x| x.as_str()).collect()).unwrap_or_default();
            let is_list = v.value.as_array().is_some_and(|a| !a.is_empty() && a.len() == strings.len());
            let shape_ok = match v.unit {
                Unit::IncomeKinds | Unit::DisabilityGrades => is_list,
                Unit::ProgramIds => is_list && strings.iter().all(|p| *p == "severe_disability" || PROGRAM_IDS.iter().any(|(id, _)| id == p)),
                Unit::AgeBands => is_list && strings.iter().all(|b| b.split_once(':').is_some_and(|(age, amount)| age.parse::<u32>().is_ok() && Decimal::from_str(amount.trim_start_matches(">=")).is_ok())),
                Unit::TopupRules => is_list && strings.iter().all(|r| r.rsplit_once(':').is_some_and(|(group, share)| crate::programs::topup_group_known(group) && Decimal::from_str(share).is_ok_and(|s| s > Decimal::ZERO && s <= Decimal::ONE))),
                Unit::Ratio => v.value.as_str().and_then(|s| Decimal::from_str(s).ok()).is_some_and(|r| r > Decimal::ZERO && r <= Decimal::ONE),
                _ => v.value.as_str().is_some_and(|s| Decimal::from_str(s).is_ok()),
            };
            if !shape_ok {
                problems.push(format!("{at}: value {} does not fit unit {:?}", v.value, v.unit));
            }
            if let Some(h) = &v.hukou {
                if h != "urban" && h != "rural" {
                    problems.push(format!("{at}: hukou \"{h}\" must be urban or rural"));
                }
            }
            match (Date::parse(&v.from), v.to.as_deref().map(Date::parse)) {
                (None, _) | (_, Some(None)) => problems.push(format!("{at}: from/to must be YYYY-MM-DD")),
                (Some(from), to) => {
                    let to = to.flatten();
                    if to.is_some_and(|to| to < from) {
                        problems.push(format!("{at}: ends before it starts"));
                    }
                    spans.entry((v.parameter.clone(), v.hukou.clone())).or_default().push((from, to));
                }
            }
        }
        for ((parameter, _), list) in spans {
            if list.windows(2).any(|w| w[1].0 <= w[0].0) {
                problems.push(format!("{name}: {parameter}: values are not sorted by from"));
            }
            if list.windows(2).any(|w| w[0].1.is_none_or(|end| end >= w[1].0)) {
                problems.push(format!("{name}: {parameter}: dates overlap (end the earlier value explicitly)"));
            }
        }
    }
    for code in &regions {
        match RegionCode::parse(code) {
            None => problems.push(format!("{code}: folder name is not a 6-digit region code")),
            // A city or county inherits from its province (rules and guidance standards are
            // provincial): without the province's folder it would inherit nothing regional.
            Some(c) if code != crate::region::NATIONAL && !code.ends_with("0000") => {
                let province = c.chain().iter().rev().nth(1).map(|p| p.to_string()).unwrap_or_default();
                if !regions.contains(&province) && !embedded_codes.contains(&province) {
                    problems.push(format!("{code}: inherits nothing: its province {province} is not in the data"));
                }
            }
            Some(_) => {}
        }
    }
    for (code, name, source) in &guide_cites {
        let chain = RegionCode::parse(code).map(|c| c.chain()).unwrap_or_default();
        if !chain.iter().any(|c| sources_by_region.get(c.as_str()).is_some_and(|ids| ids.contains(source))) {
            problems.push(format!("{name}: source \"{source}\" does not resolve"));
        }
    }
    for (code, name, rule) in &combinations {
        let chain = RegionCode::parse(code).map(|c| c.chain()).unwrap_or_default();
        if !chain.iter().any(|c| sources_by_region.get(c.as_str()).is_some_and(|ids| ids.contains(&rule.source))) {
            problems.push(format!("{name}: rule {}: source \"{}\" does not resolve", rule.id, rule.source));
        }
        for program in &rule.programs {
            if !PROGRAM_IDS.iter().any(|(id, _)| id == program) {
                problems.push(format!("{name}: rule {}: \"{program}\" is not a program id", rule.id));
            }
        }
    }
    problems.sort();
    problems
}

fn partial_date(text: &str) -> bool {
    match text.len() {
        4 => Date::parse(&format!("{text}-01-01")).is_some(),
        7 => Date::parse(&format!("{text}-01")).is_some(),
        _ => Date::parse(text).is_some(),
    }
}

/// A file read as TOML, then by the pack's own reader, as the embedded pack is.
fn parse<T>(text: &str, read: fn(&serde_json::Value) -> Result<T, String>) -> Result<T, String> {
    let value: toml::Value = toml::from_str(text).map_err(|e| e.to_string())?;
    read(&serde_json::to_value(value).map_err(|e| e.to_string())?)
}
