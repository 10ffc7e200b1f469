//! What a report says: outcomes, checks with citations, and the standards used. The wording
//! of details lives in `messages` (简体 and English), so rules never hold prose.
pub mod messages;

use crate::i18n::Lang;
use crate::money::Yuan;
use crate::policy::{Resolved, Source};
use serde::Serialize;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Eligible,
    Ineligible,
    NeedsMoreInfo,
    NotCovered,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    /// The document's own strings, shared with the policy data (see `policy::Source`).
    pub title: Shared,
    pub doc_number: Shared,
    pub article: Shared,
    pub url: Shared,
}

impl Citation {
    pub fn new(source: &Source, article: Shared) -> Citation {
        let share = |text: &Arc<str>| Shared::Data(text.clone());
        Citation { title: share(&source.title), doc_number: share(&source.doc_number), article, url: share(&source.url) }
    }

    pub fn of(value: &Resolved) -> Citation {
        Citation::new(value.source, Shared::Data(value.entry.article.clone()))
    }

    /// An empty citation, for screening reports, which show none: making and dropping one
    /// costs nothing.
    pub const fn none() -> Citation {
        Citation { title: Shared::Static(""), doc_number: Shared::Static(""), article: Shared::Static(""), url: Shared::Static("") }
    }
}

/// A citation's text: a literal in a rule ("第九条") or a text from the policy data, shared
/// with it. Neither is copied per citation (a report holds hundreds, and copying their
/// strings was a tenth of an evaluation's time).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Static(&'static str),
    Data(Arc<str>),
}

impl From<String> for Shared {
    fn from(text: String) -> Shared {
        Shared::Data(text.into())
    }
}

impl std::ops::Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Shared::Static(text) => text,
            Shared::Data(text) => text,
        }
    }
}

impl std::fmt::Display for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for Shared {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// `<program>.<condition>`, stable: tests and UI key on it.
    pub key: String,
    /// `None` (JSON `null`): the region has not published the rule, or a fact is missing.
    pub passed: Option<bool>,
    pub detail: String,
    pub citations: Vec<Citation>,
    /// The member the check is about, for per-person conditions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
}

/// A standard the program used, with its provenance, so the widget can show 执行日期,
/// 文号 and 核实日期 next to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StandardUsed {
    pub parameter: String,
    pub name: String,
    pub value: String,
    pub unit: String,
    pub from: String,
    /// The region level whose data answered, e.g. "岳阳市".
    pub level: String,
    pub issuer: String,
    pub citation: Citation,
    pub last_verified: String,
    /// "本标准由岳阳市统一制定" and the like: which level answered, in words.
    pub level_note: String,
    /// How the source was read: verified-official, -official-mirror, -news, -secondary.
    pub source_status: String,
    /// Last verified more than 12 months before the determination date.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl StandardUsed {
    /// Last verified more than 12 months before `on` (or the verification date unreadable).
    pub fn is_stale(value: &Resolved, on: crate::date::Date) -> bool {
        crate::date::Date::parse(value.last_verified).is_none_or(|verified| {
            let year_later = crate::date::Date { year: verified.year + 1, ..verified };
            year_later < on
        })
    }

    /// The standard as the report shows it, worded in `lang` (names from the data stay as
    /// they are); `stale` from [`StandardUsed::is_stale`].
    pub fn of(value: &Resolved, stale: bool, lang: Lang) -> StandardUsed {
        let e = value.entry;
        StandardUsed {
            parameter: e.parameter.clone(),
            name: e.name.clone(),
            value: match e.unit.is_list() {
                true => messages::standard_list(lang, e.unit, &e.list()),
                false => e.value.as_str().unwrap_or_default().to_string(),
            },
            unit: if e.unit.is_list() { String::new() } else { messages::unit(lang, e.unit).to_string() },
            from: e.from.clone(),
            level: value.level.short_name.clone(),
            issuer: value.source.issuer.clone(),
            citation: Citation::of(value),
            last_verified: value.last_verified.to_string(),
            level_note: messages::level_note(lang, &value.level.level, &value.level.short_name),
            source_status: value.source.status.clone(),
            stale,
            note: e.note.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberAmount {
    pub member: String,
    /// The member as the explanations name them, e.g. "父母（b）", "Parent (b)".
    pub name: String,
    /// Absent while a fact the amount depends on is missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_amount: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramReport {
    pub program: &'static str,
    pub name_zh: &'static str,
    /// The program's name in the report's language (`nameZh` stays 简体 whatever the language).
    pub name: String,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_amount: Option<String>,
    /// `true` when `monthlyAmount` is a published minimum (不低于), not the local figure.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub amount_is_minimum: bool,
    pub members: Vec<MemberAmount>,
    pub checks: Vec<Check>,
    pub missing: Vec<String>,
    /// One-line plain-language conclusion for the result card.
    pub summary: String,
    /// Shared: one standard's provenance is built once per pack entry, language and staleness
    /// and reused by every program, member and evaluation that uses it (building it each time
    /// was a quarter of an evaluation's time).
    pub standards: Vec<Arc<StandardUsed>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema_version: u32,
    pub region: String,
    pub region_name: String,
    pub date: String,
    pub policy_version: String,
    /// The household's monthly total across programs, without counting an excluded or
    /// choose-one program twice; absent when nothing with a known amount is eligible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub household_monthly_total: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub household_total_is_minimum: bool,
    /// Eligible programs whose amount is not yet known, so not in the total.
    pub household_total_excludes: Vec<String>,
    /// Which eligible programs stack and which exclude each other, with citations.
    pub combinations: Vec<CombinationNote>,
    /// 办事指南 for the eligible programs: materials (一次性告知), steps, where to apply.
    pub guide: crate::programs::guide::Guide,
    pub programs: Vec<ProgramReport>,
    /// Warnings that apply to the whole report (e.g. a standard published for an earlier year).
    pub notices: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CombinationNote {
    pub rule: String,
    pub kind: crate::policy::CombinationKind,
    pub programs: [String; 2],
    /// The members it concerns (empty: the household).
    pub members: Vec<String>,
    pub detail: String,
    pub citations: Vec<Citation>,
}

/// Collects a program's checks and decides its outcome from them.
#[derive(Default)]
pub struct Explainer {
    pub checks: Vec<Check>,
    /// Answers that can change the outcome.
    pub missing: Vec<String>,
    /// Answers that only the amount waits for (e.g. 生活自理能力 for the 特困 care standard).
    pub amount_missing: Vec<String>,
    pub standards: Vec<Arc<StandardUsed>>,
    /// Screening: only failed checks are kept, as they alone decide an outcome (the report
    /// shows no checks, and keeping every one was a tenth of a screening's time).
    silent: bool,
}

impl Explainer {
    /// An explainer for one program; `silent` for screening (see [`Explainer::child`]).
    pub fn new(silent: bool) -> Explainer {
        // Room for a program's usual number of checks, so they are not moved as they come.
        Explainer { checks: Vec::with_capacity(if silent { 0 } else { 8 }), silent, ..Explainer::default() }
    }

    /// An explainer for a part of this program (a member, a route), merged back later.
    pub fn child(&self) -> Explainer {
        Explainer { silent: self.silent, ..Explainer::default() }
    }

    /// A check. The key is formatted and the citations collected only if it is kept, so a
    /// screening pays for neither on the checks it drops (`format_args!` and arrays do that).
    pub fn check(&mut self, key: impl std::fmt::Display, passed: Option<bool>, detail: String, citations: impl Into<Vec<Citation>>) {
        self.push(None, key, passed, detail, citations);
    }

    pub fn member_check(&mut self, member: &str, key: impl std::fmt::Display, passed: Option<bool>, detail: String, citations: impl Into<Vec<Citation>>) {
        self.push(Some(member), key, passed, detail, citations);
    }

    fn push(&mut self, member: Option<&str>, key: impl std::fmt::Display, passed: Option<bool>, detail: String, citations: impl Into<Vec<Citation>>) {
        if !self.silent || passed == Some(false) {
            // Screening keeps a failed check's key and member (the outcome and exclusive
            // combinations, `b.not_with.a`, read them) but shows no citations.
            let citations = if self.silent { Vec::new() } else { citations.into() };
            self.checks.push(Check { key: key.to_string(), passed, detail, citations, member: member.map(str::to_string) });
        }
    }

    pub fn need(&mut self, path: String) {
        if !self.missing.contains(&path) {
            self.missing.push(path);
        }
    }

    pub fn need_for_amount(&mut self, path: String) {
        if !self.amount_missing.contains(&path) {
            self.amount_missing.push(path);
        }
    }

    /// Everything still to ask, outcome questions first, moved out of the explainer.
    pub fn take_missing(&mut self) -> Vec<String> {
        let mut all = std::mem::take(&mut self.missing);
        for path in std::mem::take(&mut self.amount_missing) {
            if !all.contains(&path) {
                all.push(path);
            }
        }
        all
    }

    /// Lists a standard the program used (once, however often it is asked for).
    pub fn used(&mut self, standard: Arc<StandardUsed>) {
        if !self.standards.iter().any(|s| Arc::ptr_eq(s, &standard)) {
            self.standards.push(standard);
        }
    }

    /// Ineligible if any check failed; otherwise needs_more_info while facts are missing;
    /// otherwise eligible. `null` checks (unpublished local rules) do not block.
    pub fn outcome(&self) -> Outcome {
        if self.checks.iter().any(|c| c.passed == Some(false)) {
            Outcome::Ineligible
        } else if !self.missing.is_empty() {
            Outcome::NeedsMoreInfo
        } else {
            Outcome::Eligible
        }
    }
}

/// Money for the report: two decimals, 四舍五入 (the contract's presentation).
pub fn money(amount: Yuan) -> String {
    amount.to_string()
}
