//! Every word a resident reads in a report, in one place, so rules hold no prose and the
//! wording can be reviewed without reading the rules. `zh` is the 简体 set (繁體 reports are
//! the 简体 text converted at the end, `i18n::report`); `en` is the English set.
//!
//! Each function is declared once below, with the report's language as its first argument,
//! and dispatches to the function of the same name and signature in `zh` or `en`: a function
//! missing from either set, or with other argument types, does not compile. Rules pass facts
//! (amounts, ids, vocabulary values, the small enums here), never words; names that come from
//! the policy data (standard names, document titles) are passed as they are and stay Chinese
//! in English reports, since they are what a resident shows at the counter.
//!
//! The language is an argument rather than a setting held for the duration of an evaluation:
//! every rule already has the context (`ctx.lang()`, the household's `language`), and an
//! argument keeps the wording a plain function of its inputs, also when evaluations nest or
//! interleave (the what-if chart evaluates a household many times).
mod en;
mod zh;

use crate::household::{Disability, Emergency, ParentStatus, Relation, Supporters};
use crate::i18n::Lang;
use crate::money::Yuan;
use crate::policy::{CombinationKind, Unit};
use rust_decimal::Decimal;

/// What an income (or asset) test measures.
#[derive(Clone, Copy, Debug)]
pub enum Measure<'a> {
    /// The household's monthly income per person.
    HouseholdPerPerson,
    /// The household's financial assets per person.
    AssetsPerPerson,
    /// One member's own monthly income (the member's display name).
    MemberOwn(&'a str),
    /// The household's yearly income per person.
    HouseholdYearPerPerson,
}

/// The line an income is compared with.
#[derive(Clone, Copy, Debug)]
pub enum Line<'a> {
    /// The local 低保 standard.
    Dibao,
    /// An asset limit of so many months of the 低保 standard per person.
    AssetLimit(Decimal),
    /// The 低保边缘 line, a multiple of the 低保 standard.
    MarginLine(Decimal),
    /// A figure named in the policy data (its official Chinese name).
    Named(&'a str),
}

/// Whose income must fall for a failed test to pass.
#[derive(Clone, Copy, Debug)]
pub enum FlipOf {
    HouseholdTotal,
    MemberOwn,
}

/// A 分类施保 group (`classified_topups` in the data).
#[derive(Clone, Copy, Debug)]
pub enum TopupGroup {
    SevereDisability,
    SeriousIllness,
    AgeAtLeast(i32),
    AgeBelow(i32),
}

/// 医疗救助 help with the residents' medical insurance contribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Premium {
    Full,
    Half,
}

/// How a report is worded: in a language, or not at all. Batch screening reads only
/// outcomes, amounts and the questions still open, and wording every check it never shows
/// was most of its time; `Silent` makes every wording function return an empty text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    In(Lang),
    Silent,
}

impl From<Lang> for Wording {
    fn from(lang: Lang) -> Wording {
        Wording::In(lang)
    }
}

/// Declares each wording function once and dispatches on the language.
macro_rules! wording {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty;)+) => {
        $(
            $(#[$doc])*
            pub fn $name(lang: impl Into<Wording>, $($arg: $ty),*) -> $ret {
                match lang.into() {
                    Wording::In(Lang::En) => en::$name($($arg),*),
                    Wording::In(Lang::ZhHans | Lang::ZhHant) => zh::$name($($arg),*),
                    Wording::Silent => Default::default(),
                }
            }
        )+
    };
}

wording! {
    // Names
    /// A member as the explanations name them: "父母（b）", "Parent (b)".
    fn member_name(relation: Relation, id: &str) -> String;
    /// A program id, or `severe_disability`, as a group of people (lists of standards, 医疗救助).
    fn group_name(id: &str) -> &'static str;
    /// Whom a 办事指南 material concerns when it is the legal supporters.
    fn guide_supporters() -> String;

    // Income and assets against a line
    /// "家庭月人均收入 812.50 元，高于本地低保标准 740.00 元 72.50 元…": by how much it misses or
    /// clears the line, and whether that meets the condition.
    fn income_against_line(measure: Measure<'_>, income: Yuan, line_name: Line<'_>, line: Yuan, must_be_below: bool) -> String;
    /// The nearest change that flips a failed "below the line" test: the excess plus one fen.
    fn income_flip(of: FlipOf, income: Yuan, line: Yuan) -> String;
    fn wage_exemption(per_worker: Yuan) -> String;
    fn assets_not_answered() -> String;
    fn assets_at_limit(per_capita: Yuan, line: Yuan) -> String;
    fn income_not_answered(names: &[String]) -> String;
    fn dibao_assets_unpublished() -> String;
    fn extreme_poverty_assets_unpublished() -> String;
    fn margin_assets_unpublished() -> String;
    fn disposable_income_unpublished() -> String;

    // 特困
    fn no_candidate() -> String;
    fn reason_elderly(from: Decimal, age: i32) -> String;
    fn reason_minor(below: Decimal, age: i32) -> String;
    /// "肢体残疾2级": a disability by category and grade.
    fn disability(d: Disability) -> String;
    fn candidate(member: &str, reasons: &[String]) -> String;
    fn labor_by_age_from(from: Decimal) -> String;
    fn labor_by_age_below(below: Decimal) -> String;
    fn labor(member: &str, passed: Option<bool>, by_rule: Option<&str>) -> String;
    fn supporters(member: &str, answer: Option<Supporters>, passed: Option<bool>) -> String;
    fn extreme_poverty_amount(member: &str, basic: Yuan, care_name: &str, care: Yuan) -> String;
    fn self_care_not_answered(member: &str) -> String;
    fn care_standard_unpublished(member: &str) -> String;

    // 低保
    fn extreme_poverty_members(names: &[String], all: bool) -> String;
    fn classified_topup(member: &str, group: TopupGroup, share: Decimal, amount: Yuan) -> String;
    fn extreme_poverty_unknown() -> String;
    fn extreme_poverty_pending(names: &[String]) -> String;
    fn gap_amount(standard: Yuan, per_capita: Yuan, counted: usize, amount: Yuan) -> String;

    // Coverage and the report as a whole
    /// No data for a standard (`program.parameter`) in the region on the date.
    fn not_covered(key: &str) -> String;
    /// No data for a program this one depends on.
    fn not_covered_dependency(program: &str) -> String;
    fn region_not_covered(region: &str) -> String;
    fn hukou_needed() -> String;
    fn stale_standard(year: i32, doc: &str, on_year: i32) -> String;
    fn stale_verification(name: &str, verified: &str) -> String;
    /// A combination rule in words; the Chinese is the rule's own `detail` from the data.
    fn combination(kind: CombinationKind, programs: &[String; 2], detail: &str) -> String;

    // Summaries (one line on the result card)
    fn summary_eligible_amount(amount: Yuan) -> String;
    fn summary_eligible_at_least(amount: Yuan) -> String;
    fn summary_eligible_no_amount() -> String;
    fn summary_margin_eligible() -> String;
    fn summary_ineligible() -> String;
    fn summary_needs_more_info() -> String;
    fn summary_temporary_assistance() -> String;
    fn summary_medical() -> String;
    fn summary_funeral() -> String;
    fn summary_not_covered() -> String;

    // Children
    fn no_minor(age_below: &Decimal) -> String;
    fn orphan_parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool) -> String;
    /// `orphan`: both parents dead or declared missing, so an orphan rather than this.
    fn unsupported_parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool, orphan: bool) -> String;
    fn parent_is_applicant(member: &str) -> String;
    fn parents_not_answered(member: &str) -> String;
    fn unsupported_child_standard_unpublished() -> String;

    // Amounts from a named standard
    fn standard_amount(member: &str, standard: &str, amount: Yuan) -> String;
    fn guidance_floor(member: &str, standard: &str, amount: Yuan) -> String;

    // Disability allowances
    fn excluded_by(member: &str, other: &str) -> String;
    fn exclusion_open(member: &str, other: &str) -> String;
    fn no_certificate() -> String;
    fn household_in(member: &str, programs: &[&str], passed: Option<bool>) -> String;
    fn grade(member: &str, d: Disability, passed: bool) -> String;
    fn work_injury(member: &str, passed: Option<bool>) -> String;
    fn long_term_care(member: &str, passed: Option<bool>) -> String;

    // 高龄津贴
    fn too_young(oldest: i32, lowest: i32) -> String;
    fn age_band(member: &str, age: i32, min_age: i32, amount: Yuan, at_least: bool) -> String;

    // 临时救助
    fn emergency(what: Option<Emergency>, passed: Option<bool>) -> String;
    fn expenses_not_answered() -> String;
    fn expense_hardship(spent: Yuan, left: Yuan, line: Yuan, hardship: bool) -> String;

    // 医疗救助
    /// `class`: 1 or 2 (一类/二类); `via`: the program id (or `severe_disability`) that puts the
    /// member in the class.
    fn medical_group(member: &str, class: u8, via: &str, premium: Option<Premium>, estimate: Option<Yuan>) -> String;
    fn no_medical_group() -> String;
    fn illness_poverty(member: &str, paid: Yuan) -> String;

    // 惠民殡葬
    /// `hit`: the program id the household is in; `programs`: the ids that open the waiver.
    fn funeral_group(hit: Option<&str>, programs: &[&str], passed: Option<bool>, value: Option<Yuan>) -> String;

    // Standards used
    /// Which level answered, in words: "本标准由岳阳市统一制定".
    fn level_note(level: &str, short_name: &str) -> String;
    fn unit(unit: Unit) -> &'static str;
    /// A list-valued standard (income kinds, disability grades, program ids, age bands, 分类施保
    /// rules) in words.
    fn standard_list(unit: Unit, list: &[&str]) -> String;
}
