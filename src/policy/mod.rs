//! Dated, cited policy parameters and the lookup that walks county → city → province →
//! national. No policy figure lives in Rust: they are in `data/<region>/<program>.toml`.
#[cfg(not(target_arch = "wasm32"))]
pub mod lint;
#[cfg(not(target_arch = "wasm32"))]
pub mod toml_dir;
mod pack;
mod read;

pub use pack::*;

use crate::date::Date;
use crate::household::Hukou;
use crate::region::RegionCode;
use rust_decimal::Decimal;
use std::cell::RefCell;

/// A value found for a parameter, with where it came from.
#[derive(Clone, Debug)]
pub struct Resolved<'p> {
    pub entry: &'p ValueEntry,
    pub source: &'p Source,
    /// The level that answered (e.g. `430600` 岳阳市).
    pub level: &'p RegionFile,
    pub last_verified: &'p str,
}

impl Resolved<'_> {
    pub fn decimal(&self) -> Decimal {
        self.entry.decimal().unwrap_or_default()
    }

    pub fn list(&self) -> Vec<&str> {
        self.entry.list()
    }

    /// A money standard per month: a yearly figure (元/人·年, as many rural 低保 standards are
    /// published) is divided by 12, exactly.
    pub fn monthly(&self) -> crate::money::Yuan {
        let amount = crate::money::Yuan(self.decimal());
        match self.entry.unit {
            Unit::YuanPerPersonYear | Unit::YuanPerYear => amount.per_month_from_yearly(),
            _ => amount,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Lookup<'p> {
    Found(Resolved<'p>),
    /// Urban and rural values differ and the household's 户籍 was not given.
    NeedsHukou,
    /// No level defines it for that date: the program is `not_covered`.
    NotFound,
}

/// The pack's levels present for one region, county first: what a lookup walks, found once
/// per evaluation instead of at every lookup (finding them was a sixth of an evaluation).
pub struct Chain<'p> {
    levels: Vec<&'p RegionPack>,
    /// Each program's file at each level (county first), found at the program's first lookup:
    /// an evaluation makes some thirty lookups, and searching every level's map for each was
    /// a tenth of batch screening's time. Four: county, city, province, national.
    files: RefCell<Vec<(&'p str, [Option<&'p ProgramFile>; 4])>>,
}

impl<'p> Chain<'p> {
    /// The value of `program.parameter` in force on `date`, from the nearest level that
    /// defines it. Without a 户籍, the value is used only if urban and rural agree.
    pub fn lookup(&self, program: &str, parameter: &str, date: Date, hukou: Option<Hukou>) -> Lookup<'p> {
        match hukou {
            Some(h) => self.walk(program, parameter, date, h).map_or(Lookup::NotFound, Lookup::Found),
            None => {
                let urban = self.walk(program, parameter, date, Hukou::Urban);
                let rural = self.walk(program, parameter, date, Hukou::Rural);
                match (urban, rural) {
                    (Some(u), Some(r)) if u.entry.value == r.entry.value => Lookup::Found(u),
                    (None, None) => Lookup::NotFound,
                    _ => Lookup::NeedsHukou,
                }
            }
        }
    }

    fn walk(&self, program: &str, parameter: &str, date: Date, hukou: Hukou) -> Option<Resolved<'p>> {
        self.levels.iter().zip(self.files(program)).find_map(|(region, file)| {
            let file = file?;
            let entry = file.values.iter().find(|v| {
                v.parameter == parameter && v.in_force(date) && v.hukou.as_deref().is_none_or(|h| h == hukou.json())
            })?;
            // The document is filed at this level or above, so in this chain.
            let (at, index) = entry.prepared.source_at.as_ref()?;
            let source = self.levels.iter().find(|l| l.region.code == *at)?.sources.get(*index)?;
            Some(Resolved { entry, source, level: &region.region, last_verified: &file.last_verified })
        })
    }

    fn files(&self, program: &str) -> [Option<&'p ProgramFile>; 4] {
        let mut memo = self.files.borrow_mut();
        if let Some((_, files)) = memo.iter().find(|(p, _)| *p == program) {
            return *files;
        }
        let mut files = [None; 4];
        let mut key = None;
        for (slot, level) in files.iter_mut().zip(&self.levels) {
            if let Some((k, file)) = level.programs.get_key_value(program) {
                (*slot, key) = (Some(file), Some(k.as_str()));
            }
        }
        // A program no level has is not remembered: it is not covered, and asked about once.
        if let Some(key) = key {
            memo.push((key, files));
        }
        files
    }

    /// The levels' data, county first.
    pub fn levels(&self) -> impl Iterator<Item = &'p RegionPack> + '_ {
        self.levels.iter().copied()
    }

    /// A document by id, from the county up to the national level.
    pub fn source(&self, id: &str) -> Option<&'p Source> {
        self.levels.iter().find_map(|l| l.sources.iter().find(|s| s.id == id))
    }
}

impl Pack {
    /// The levels of `region` that have data, county first.
    pub fn chain(&self, region: &RegionCode) -> Chain<'_> {
        Chain { levels: region.levels().iter().filter_map(|code| self.regions.get(code)).collect(), files: RefCell::new(Vec::with_capacity(crate::programs::PROGRAM_IDS.len())) }
    }

    /// The value of `program.parameter` in force on `date` for `region` (see [`Chain::lookup`]).
    pub fn lookup(&self, program: &str, parameter: &str, region: &RegionCode, date: Date, hukou: Option<Hukou>) -> Lookup<'_> {
        self.chain(region).lookup(program, parameter, date, hukou)
    }

    /// A document by id, searched from `region` up to the national level.
    pub fn cite_source(&self, region: &RegionCode, id: &str) -> Option<&Source> {
        self.chain(region).source(id)
    }

    /// Where a document is filed, searched from `code` up to the national level: the level's
    /// code and the document's index in its `sources`.
    pub(crate) fn source_at(&self, code: &str, id: &str) -> Option<(&str, usize)> {
        crate::region::Levels::of(code).iter().find_map(|level| {
            let (key, region) = self.regions.get_key_value(level)?;
            Some((key.as_str(), region.sources.iter().position(|s| s.id == id)?))
        })
    }

    /// The level whose data make `region` evaluable: the region itself when `selectable`, or
    /// an enclosing level that `covers_all_counties`.
    pub fn covered_region(&self, region: &RegionCode) -> Option<&RegionFile> {
        let own = self.regions.get(region.as_str()).map(|r| &r.region).filter(|r| r.selectable);
        own.or_else(|| region.levels().iter().skip(1).filter_map(|c| self.regions.get(c)).map(|r| &r.region).find(|r| r.covers_all_counties))
    }
}
