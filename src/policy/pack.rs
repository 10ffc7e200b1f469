//! The policy pack: every region's `region.toml`, `sources.toml` and program files, read
//! with unknown keys refused. The embedded pack is built by `build.rs` from `data/`.
use std::sync::Arc;
use crate::date::Date;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::{OnceLock, RwLock};

/// A host's pack merged over the embedded one (leaked once per install: packs are few and small).
static HOST: RwLock<Option<&'static Pack>> = RwLock::new(None);

#[derive(Clone, Debug)]
pub struct RegionFile {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub level: String,
    /// Residents may pick it: its programs' data are complete enough to evaluate.
    pub selectable: bool,
    /// Every county below this level may be picked, because this level sets the standards
    /// for all of them (e.g. 上海市, whose standards are city-wide).
    pub covers_all_counties: bool,
    /// For a level residents can pick: the dates its data is declared to cover. Inside them
    /// every program not listed in `programs_not_covered` must evaluate (tests/coverage.rs).
    pub covered_from: Option<String>,
    pub covered_to: Option<String>,
    /// Programs for which no source was found for this region, said openly.
    pub programs_not_covered: Vec<String>,
}

/// A document a figure or rule comes from.
#[derive(Clone, Debug)]
pub struct Source {
    pub id: String,
    /// Shared (`Arc`) with every citation of it in every report: a report cites its
    /// documents dozens of times, and copying these strings each time was a tenth of an
    /// evaluation's time.
    pub title: Arc<str>,
    /// 文号; empty where no stored copy showed it (never filled from memory).
    pub doc_number: Arc<str>,
    pub issuer: String,
    pub date: String,
    pub url: Arc<str>,
    /// When the stored copy was read.
    pub retrieved: String,
    /// verified-official, verified-official-mirror, verified-news, verified-secondary.
    pub status: String,
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct ProgramFile {
    pub program: String,
    pub last_verified: String,
    /// The `[[value]]` tables.
    pub values: Vec<ValueEntry>,
}

#[derive(Clone, Debug)]
pub struct ValueEntry {
    pub parameter: String,
    pub name: String,
    pub unit: Unit,
    pub value: Value,
    pub from: String,
    pub to: Option<String>,
    /// `urban` or `rural` where the standard differs by 户籍; absent when 城乡统一.
    pub hukou: Option<String>,
    pub source: String,
    pub article: Arc<str>,
    pub note: String,
    /// Worked out once when the pack loads ([`Pack::prepare`]), not at every lookup: the
    /// dates parsed, and where the source document sits up the region chain.
    pub prepared: Prepared,
}

#[derive(Clone, Debug, Default)]
pub struct Prepared {
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// The region code whose `sources` hold this entry's document, and its index there.
    pub source_at: Option<(String, usize)>,
    /// A number's value (numbers are strings in the data, so no float touches them).
    pub decimal: Option<Decimal>,
    /// The entry's provenance as reports show it, built on first use: it depends only on
    /// the entry, the report's language and whether it is stale on the date (see
    /// [`Prepared::standard`]).
    standards: [OnceLock<Arc<crate::explain::StandardUsed>>; 4],
}

impl Prepared {
    /// The provenance for a report in `lang` (繁體 reports are converted from 简体 at the
    /// end), built once by `build` and shared by every later evaluation.
    pub fn standard(&self, lang: crate::i18n::Lang, stale: bool, build: impl FnOnce() -> crate::explain::StandardUsed) -> Arc<crate::explain::StandardUsed> {
        let language = match lang {
            crate::i18n::Lang::En => 2,
            crate::i18n::Lang::ZhHans | crate::i18n::Lang::ZhHant => 0,
        };
        self.standards[language + usize::from(stale)].get_or_init(|| Arc::new(build())).clone()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    YuanPerPersonMonth,
    YuanPerPersonYear,
    /// A yearly amount that is not per person (e.g. an annual assistance cap).
    YuanPerYear,
    /// A one-off amount (e.g. a funeral fee cap).
    Yuan,
    /// A share between 0 and 1 (e.g. a reimbursement ratio of 0.7).
    Ratio,
    Multiple,
    AgeYears,
    /// A list of income kinds.
    IncomeKinds,
    /// A list of `category:worst-grade-included`, e.g. `physical:2`.
    DisabilityGrades,
    /// A list of program ids (e.g. which households a benefit reaches).
    ProgramIds,
    /// A list of `lowest-age:元 per month`, e.g. `80:50`, highest band last.
    AgeBands,
    /// 分类施保 top-ups as `group:share of the standard`, e.g. `age>=70:0.3`; groups are
    /// `age>=N`, `age<N`, `severe_disability`, `serious_illness`.
    TopupRules,
}

impl Unit {
    pub fn is_list(self) -> bool {
        matches!(self, Unit::IncomeKinds | Unit::DisabilityGrades | Unit::ProgramIds | Unit::AgeBands | Unit::TopupRules)
    }

    pub fn zh(self) -> &'static str {
        match self {
            Unit::YuanPerPersonMonth => "元/人·月",
            Unit::YuanPerPersonYear => "元/人·年",
            Unit::YuanPerYear => "元/年",
            Unit::Yuan => "元",
            Unit::Ratio => "（比例）",
            Unit::Multiple => "倍",
            Unit::AgeYears => "周岁",
            Unit::IncomeKinds | Unit::DisabilityGrades | Unit::ProgramIds => "",
            Unit::AgeBands => "元/人·月（按年龄段）",
            Unit::TopupRules => "（按低保标准的比例增发）",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Unit::YuanPerPersonMonth => "yuan per person a month",
            Unit::YuanPerPersonYear => "yuan per person a year",
            Unit::YuanPerYear => "yuan a year",
            Unit::Yuan => "yuan",
            Unit::Ratio => "(ratio)",
            Unit::Multiple => "times",
            Unit::AgeYears => "years of age",
            Unit::IncomeKinds | Unit::DisabilityGrades | Unit::ProgramIds => "",
            Unit::AgeBands => "yuan per person a month (by age band)",
            Unit::TopupRules => "(added as a share of the dibao line)",
        }
    }
}

/// 办事指南 items: materials (一次性告知), procedure steps and where to apply.
#[derive(Clone, Debug, Default)]
pub struct GuideFile {
    pub material: Vec<Material>,
    pub step: Vec<Procedure>,
    pub office: Vec<Office>,
}

#[derive(Clone, Debug)]
pub struct Material {
    pub id: String,
    pub name: String,
    /// household, every_member, disabled, seriously_ill, minor, supporters.
    pub who: String,
    pub programs: Vec<String>,
    /// (source id, article) pairs.
    pub cite: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Procedure {
    pub programs: Vec<String>,
    pub steps: Vec<String>,
    pub cite: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Office {
    pub text: String,
    pub cite: Vec<(String, String)>,
}

/// How two programs combine, from a cited text.
#[derive(Clone, Debug, PartialEq)]
pub struct CombinationRule {
    pub id: String,
    pub programs: [String; 2],
    pub kind: CombinationKind,
    /// 不能同时享受 / 可以叠加 …, in the words shown to residents.
    pub detail: String,
    pub source: String,
    pub article: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CombinationKind {
    /// The second program is not paid to whoever gets the first (enforced as a condition).
    Exclusive,
    /// The person chooses one; the household total counts the higher.
    ChooseOne,
    /// The second is paid only up to the first's standard (补差); the total counts the higher.
    TopUp,
    /// Both are paid.
    Stackable,
}

impl ValueEntry {
    pub fn decimal(&self) -> Option<Decimal> {
        self.prepared.decimal
    }

    /// The strings of a list value (checked to be strings when the pack loads).
    pub fn list(&self) -> Vec<&str> {
        self.value.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
    }

    pub fn from_date(&self) -> Option<Date> {
        Date::parse(&self.from)
    }

    pub fn to_date(&self) -> Option<Date> {
        self.to.as_deref().and_then(Date::parse)
    }

    /// In force on `date`: `from` ≤ date ≤ `to` (an open end means "until replaced").
    pub fn in_force(&self, date: Date) -> bool {
        self.prepared.from.is_some_and(|from| from <= date) && self.prepared.to.is_none_or(|to| date <= to)
    }
}

/// One region's files.
#[derive(Clone, Debug)]
pub struct RegionPack {
    pub region: RegionFile,
    pub sources: Vec<Source>,
    /// By program id.
    pub programs: BTreeMap<String, ProgramFile>,
    pub combinations: Vec<CombinationRule>,
    pub guide: GuideFile,
}

/// All regions' data, as loaded and checked.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    pub regions: BTreeMap<String, RegionPack>,
    /// [`Pack::version`], worked out once in [`Pack::prepare`]: every report carries it.
    version: String,
}

/// A problem found in a policy pack, naming the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackProblem {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for PackProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl Pack {
    /// Reads a pack shaped `{ region code: { file stem: file contents } }` (what `build.rs`
    /// writes). Shape errors are returned, one per file; semantic lint is `lint::check`.
    pub fn from_json(pack: &Value) -> Result<Pack, Vec<PackProblem>> {
        let mut problems = Vec::new();
        let mut regions = BTreeMap::new();
        let Some(map) = pack.as_object() else {
            return Err(vec![PackProblem { file: String::new(), message: "pack must be an object keyed by region code".into() }]);
        };
        for (code, files) in map {
            let mut problem = |file: &str, message: String| problems.push(PackProblem { file: format!("{code}/{file}.toml"), message });
            let Some(files) = files.as_object() else {
                problem("*", "region entry must be an object of files".into());
                continue;
            };
            let mut region = None;
            let mut sources = Vec::new();
            let mut programs = BTreeMap::new();
            let mut combinations = Vec::new();
            let mut guide = GuideFile::default();
            for (stem, contents) in files {
                let parsed = match stem.as_str() {
                    "region" => super::read::region(contents).map(|r| region = Some(r)),
                    "sources" => super::read::sources(contents).map(|s| sources = s),
                    "combinations" => super::read::combinations(contents).map(|c| combinations = c),
                    "guide" => super::read::guide(contents).map(|g| guide = g),
                    _ => super::read::program(contents).map(|p| {
                        programs.insert(stem.clone(), p);
                    }),
                };
                if let Err(e) = parsed {
                    problem(stem, e);
                }
            }
            match region {
                Some(region) => {
                    regions.insert(code.clone(), RegionPack { region, sources, programs, combinations, guide });
                }
                None => problem("region", "missing region.toml".into()),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut pack = Pack { regions, version: String::new() };
        pack.prepare();
        Ok(pack)
    }

    /// Fills each value's [`Prepared`] (again after a host pack is laid over the data, as
    /// the source chain may change).
    fn prepare(&mut self) {
        let newest = self.regions.values().flat_map(|r| r.programs.values()).map(|p| p.last_verified.as_str()).max().unwrap_or("");
        self.version = format!("data-verified-{newest}");
        let mut found = Vec::new();
        for (code, region) in &self.regions {
            for (stem, file) in &region.programs {
                for (i, entry) in file.values.iter().enumerate() {
                    found.push((code.clone(), stem.clone(), i, self.source_at(code, &entry.source).map(|(level, index)| (level.to_string(), index))));
                }
            }
        }
        for (code, stem, i, at) in found {
            if let Some(entry) = self.regions.get_mut(&code).and_then(|r| r.programs.get_mut(&stem)).and_then(|f| f.values.get_mut(i)) {
                entry.prepared = Prepared { from: Date::parse(&entry.from), to: entry.to.as_deref().and_then(Date::parse), source_at: at, decimal: entry.value.as_str().and_then(|s| Decimal::from_str(s).ok()), ..Prepared::default() };
            }
        }
    }

    /// The pack compiled into this build from `src/policy/data`.
    pub fn embedded() -> Result<&'static Pack, &'static [PackProblem]> {
        static EMBEDDED: OnceLock<Result<Pack, Vec<PackProblem>>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let text = include_str!(concat!(env!("OUT_DIR"), "/policy_pack.json"));
                serde_json::from_str(text)
                    .map_err(|e| vec![PackProblem { file: "policy_pack.json".into(), message: e.to_string() }])
                    .and_then(|v| Pack::from_json(&v))
            })
            .as_ref()
            .map_err(Vec::as_slice)
    }

    /// The pack evaluations use: a host's pack laid over the embedded one, once installed.
    pub fn active() -> Result<&'static Pack, &'static [PackProblem]> {
        match HOST.read().ok().and_then(|h| *h) {
            Some(pack) => Ok(pack),
            None => Pack::embedded(),
        }
    }

    /// Installs a host's JSON pack (the shape `build-pack` prints) over the embedded data:
    /// its regions replace or add to the embedded ones. A pack with problems is refused and
    /// the embedded data stays in use.
    pub fn install_host(json: &Value) -> Result<(), Vec<PackProblem>> {
        let host = Pack::from_json(json)?;
        let mut merged = Pack::embedded().map_err(<[PackProblem]>::to_vec)?.clone();
        merged.regions.extend(host.regions);
        merged.prepare();
        let problems = merged.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let leaked: &'static Pack = Box::leak(Box::new(merged));
        if let Ok(mut slot) = HOST.write() {
            *slot = Some(leaked);
        }
        Ok(())
    }

    /// Value-level checks of a loaded pack (the TOML lint's checks that need no files):
    /// dates are real, each value fits its unit, and each source resolves up the chain.
    pub fn problems(&self) -> Vec<PackProblem> {
        let mut problems = Vec::new();
        for (code, region) in &self.regions {
            let Some(chain_code) = crate::region::RegionCode::parse(code) else {
                problems.push(PackProblem { file: code.clone(), message: "not a 6-digit region code".into() });
                continue;
            };
            for (stem, file) in &region.programs {
                let at = format!("{code}/{stem}.toml");
                for v in &file.values {
                    let mut problem = |message: String| problems.push(PackProblem { file: at.clone(), message: format!("{}: {message}", v.parameter) });
                    if v.from_date().is_none() || v.to.as_deref().is_some_and(|t| Date::parse(t).is_none()) {
                        problem("from/to must be YYYY-MM-DD".into());
                    }
                    let fits = if v.unit.is_list() { v.value.as_array().is_some_and(|a| a.iter().all(Value::is_string)) } else { v.decimal().is_some() };
                    if !fits {
                        problem(format!("value {} does not fit its unit", v.value));
                    }
                    if self.cite_source(&chain_code, &v.source).is_none() {
                        problem(format!("source \"{}\" does not resolve", v.source));
                    }
                }
            }
        }
        problems
    }

    /// A short fingerprint of the data (for the report's `policyVersion`): the newest
    /// `last_verified` date across all files.
    pub fn version(&self) -> String {
        self.version.clone()
    }
}
