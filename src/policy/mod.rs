//! Dated, cited policy parameters and the lookup that walks county → city → province →
//! national. No policy figure lives in Rust: they are in `data/<region>/<program>.toml`.
#[cfg(not(target_arch = "wasm32"))]
pub mod lint;
#[cfg(not(target_arch = "wasm32"))]
pub mod toml_dir;
mod pack;

pub use pack::*;

use crate::date::Date;
use crate::household::Hukou;
use crate::region::RegionCode;
use rust_decimal::Decimal;

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

impl Pack {
    /// The value of `program.parameter` in force on `date` for `region`, from the nearest
    /// level that defines it. Without a 户籍, the value is used only if urban and rural agree.
    pub fn lookup(&self, program: &str, parameter: &str, region: &RegionCode, date: Date, hukou: Option<Hukou>) -> Lookup<'_> {
        match hukou {
            Some(h) => self.walk(program, parameter, region, date, h).map_or(Lookup::NotFound, Lookup::Found),
            None => {
                let urban = self.walk(program, parameter, region, date, Hukou::Urban);
                let rural = self.walk(program, parameter, region, date, Hukou::Rural);
                match (urban, rural) {
                    (Some(u), Some(r)) if u.entry.value == r.entry.value => Lookup::Found(u),
                    (None, None) => Lookup::NotFound,
                    _ => Lookup::NeedsHukou,
                }
            }
        }
    }

    fn walk(&self, program: &str, parameter: &str, region: &RegionCode, date: Date, hukou: Hukou) -> Option<Resolved<'_>> {
        region.levels().iter().find_map(|code| {
            let region = self.regions.get(code)?;
            let file = region.programs.get(program)?;
            let entry = file.values.iter().find(|v| {
                v.parameter == parameter && v.in_force(date) && v.hukou.as_deref().is_none_or(|h| h == hukou.json())
            })?;
            let (at, index) = entry.prepared.source_at.as_ref()?;
            let source = self.regions.get(at)?.sources.get(*index)?;
            Some(Resolved { entry, source, level: &region.region, last_verified: &file.last_verified })
        })
    }

    /// A document by id, searched from `region` up to the national level.
    pub fn cite_source(&self, region: &RegionCode, id: &str) -> Option<&Source> {
        self.source_from(region.as_str(), id)
    }

    fn source_from(&self, code: &str, id: &str) -> Option<&Source> {
        let (level, index) = self.source_at(code, id)?;
        self.regions.get(level)?.sources.get(index)
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
