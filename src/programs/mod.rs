//! One module per program, each implementing [`Program`], and the registry that runs them.
//! Conditions are small named functions whose doc names the article they apply.
mod advanced_age_allowance;
mod classified_topup;
mod combine;
mod disability_allowance;
mod disability_living_allowance;
pub mod extreme_poverty_support;
mod funeral_fee_waiver;
pub mod guide;
mod income;
mod low_income_margin;
mod medical_assistance;
mod minimum_livelihood_guarantee;
mod orphan_basic_living;
mod severe_disability_care_allowance;
mod temporary_assistance;
mod unsupported_child_basic_living;

use crate::explain::messages::{self, Wording};
use crate::explain::{Citation, Shared, Explainer, Outcome, ProgramReport, Report};
use crate::household::{Household, Member};
use crate::i18n::Lang;
use crate::money::Yuan;
use crate::policy::{Chain, Lookup, Pack, Resolved};

/// The frozen program ids of CONTRACT.md, in report order, with their official names.
pub const PROGRAM_IDS: &[(&str, &str)] = &[
    ("minimum_livelihood_guarantee", "最低生活保障"),
    ("low_income_margin", "低保边缘家庭"),
    ("extreme_poverty_support", "特困人员救助供养"),
    ("temporary_assistance", "临时救助"),
    ("disability_living_allowance", "困难残疾人生活补贴"),
    ("severe_disability_care_allowance", "重度残疾人护理补贴"),
    ("orphan_basic_living", "孤儿基本生活保障"),
    ("unsupported_child_basic_living", "事实无人抚养儿童基本生活保障"),
    ("advanced_age_allowance", "高龄津贴"),
    ("medical_assistance", "医疗救助"),
    ("funeral_fee_waiver", "惠民殡葬"),
];

/// The English name of each program, for English reports, in the order of `PROGRAM_IDS`
/// (a test keeps the two lists in step).
pub const PROGRAM_NAMES_EN: &[(&str, &str)] = &[
    ("minimum_livelihood_guarantee", "Minimum livelihood guarantee (dibao)"),
    ("low_income_margin", "Low-income margin household"),
    ("extreme_poverty_support", "Extreme poverty support"),
    ("temporary_assistance", "Temporary assistance"),
    ("disability_living_allowance", "Living allowance for people with disabilities in hardship"),
    ("severe_disability_care_allowance", "Care allowance for people with severe disabilities"),
    ("orphan_basic_living", "Basic living allowance for orphans"),
    ("unsupported_child_basic_living", "Basic living allowance for children without parental care"),
    ("advanced_age_allowance", "Advanced-age allowance"),
    ("medical_assistance", "Medical assistance"),
    ("funeral_fee_waiver", "Basic funeral fee waiver"),
];

pub trait Program: Sync {
    fn id(&self) -> &'static str;
    /// Runs the conditions. `Err(NotCovered)` when a standard it needs has no data for the
    /// region and date.
    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered>;
}

/// Every program, in evaluation order: each comes after the programs it asks about (特困
/// before 低保, which must not count a person twice; 低保 before the allowances and 医疗救助
/// that it opens; all before 惠民殡葬).
const REGISTRY: &[&dyn Program] = &[
    &extreme_poverty_support::ExtremePovertySupport,
    &orphan_basic_living::OrphanBasicLiving,
    &unsupported_child_basic_living::UnsupportedChildBasicLiving,
    &minimum_livelihood_guarantee::MinimumLivelihoodGuarantee,
    &low_income_margin::LowIncomeMargin,
    &disability_living_allowance::DisabilityLivingAllowance,
    &severe_disability_care_allowance::SevereDisabilityCareAllowance,
    &advanced_age_allowance::AdvancedAgeAllowance,
    &temporary_assistance::TemporaryAssistance,
    &medical_assistance::MedicalAssistance,
    &funeral_fee_waiver::FuneralFeeWaiver,
];

/// What has no data for the region and date.
pub enum NotCovered {
    /// A standard, as `program.parameter`.
    Standard(String),
    /// A program this one depends on, itself not covered.
    Dependency(String),
}

/// What an eligible program pays: the household total and each member's share, when known.
#[derive(Default)]
pub struct Amounts {
    pub total: Option<Yuan>,
    pub members: Vec<(String, Option<Yuan>)>,
    /// Overrides the default summary (e.g. 低保边缘: no monthly cash).
    pub summary: Option<String>,
    /// Overrides the outcome the checks give (per-member programs decide per person).
    pub outcome: Option<Outcome>,
    /// The amount is a floor ("不低于"): only a provincial minimum is published.
    pub at_least: bool,
}

pub struct Context<'a> {
    pub household: &'a Household,
    pub pack: &'a Pack,
    /// Reports of programs already evaluated.
    pub earlier: Vec<ProgramReport>,
    /// The pack's levels for the household's region.
    chain: Chain<'a>,
    /// The report's language, or none for screening.
    wording: Wording,
}

impl<'a> Context<'a> {
    pub fn new(household: &'a Household, pack: &'a Pack, wording: Wording) -> Context<'a> {
        Context { household, pack, earlier: Vec::with_capacity(REGISTRY.len()), chain: pack.chain(&household.region), wording }
    }

    /// Lists a standard among those the program used, with its provenance (a screening
    /// report shows none).
    fn note_used(&self, ex: &mut Explainer, value: &Resolved) {
        if self.wording != Wording::Silent {
            ex.used(self.provenance(value));
        }
    }

    /// The provenance of a standard found for this household, shared by every program,
    /// member and evaluation that uses it.
    fn provenance(&self, value: &Resolved) -> std::sync::Arc<crate::explain::StandardUsed> {
        let h = self.household;
        let stale = crate::explain::StandardUsed::is_stale(value, h.date);
        value.entry.prepared.standard(h.language, stale, || crate::explain::StandardUsed::of(value, stale, h.language))
    }

    /// The language the report is worded in (or `Silent`, screening).
    pub fn lang(&self) -> Wording {
        self.wording
    }

    /// A member's name in explanations, in the report's language.
    pub fn who(&self, member: &Member) -> String {
        who(self.lang(), member)
    }

    /// A standard the program cannot do without: missing data means `not_covered`, and a
    /// missing 户籍 (where urban and rural differ) is asked for.
    pub fn standard(&self, ex: &mut Explainer, program: &str, parameter: &str) -> Result<Option<Resolved<'a>>, NotCovered> {
        let h = self.household;
        match self.chain.lookup(program, parameter, h.date, h.hukou) {
            Lookup::Found(value) => {
                self.note_used(ex, &value);
                Ok(Some(value))
            }
            Lookup::NeedsHukou => {
                ex.need("hukou".to_string());
                ex.check(format_args!("{program}.hukou"), None, messages::hukou_needed(self.lang()), Vec::new());
                Ok(None)
            }
            Lookup::NotFound => Err(NotCovered::Standard(format!("{program}.{parameter}"))),
        }
    }

    /// A rule or standard without which the program cannot run, also when the 户籍 is unknown.
    pub fn required(&self, ex: &mut Explainer, program: &str, parameter: &str) -> Result<Resolved<'a>, NotCovered> {
        self.standard(ex, program, parameter)?.ok_or_else(|| NotCovered::Standard(format!("{program}.{parameter}")))
    }

    /// A standard the program can do without (e.g. an amount no source gives yet): `None`
    /// when no level has it, and the program says "标准待核实" instead of guessing.
    pub fn optional(&self, ex: &mut Explainer, program: &str, parameter: &str) -> Option<Resolved<'a>> {
        let h = self.household;
        match self.chain.lookup(program, parameter, h.date, h.hukou) {
            Lookup::Found(value) => {
                self.note_used(ex, &value);
                Some(value)
            }
            Lookup::NeedsHukou => {
                ex.need("hukou".to_string());
                None
            }
            Lookup::NotFound => None,
        }
    }

    /// Fails with `not_covered` when a program this one depends on has no data for the
    /// region and date: "not in 低保" must not be read as a fact when 低保 cannot be judged.
    pub fn require(&self, programs: &[&str]) -> Result<(), NotCovered> {
        match programs.iter().find(|p| self.report(p).is_some_and(|r| r.outcome == Outcome::NotCovered)) {
            Some(p) => Err(NotCovered::Dependency(p.to_string())),
            None => Ok(()),
        }
    }

    /// Whether an earlier program is eligible: `None` while it waits for answers.
    pub fn eligible(&self, program: &str) -> Option<bool> {
        match self.report(program)?.outcome {
            Outcome::Eligible => Some(true),
            Outcome::NeedsMoreInfo => None,
            Outcome::Ineligible | Outcome::NotCovered => Some(false),
        }
    }

    /// Whether the household is in any of `programs` (eligible: `Some(true)` with the first
    /// one's id; still open: `None`, asking those programs' questions; else `Some(false)`).
    pub fn in_any<'p>(&self, ex: &mut Explainer, programs: &[&'p str]) -> (Option<bool>, Option<&'p str>) {
        let results: Vec<Option<bool>> = programs.iter().map(|p| self.eligible(p)).collect();
        if let Some(i) = results.iter().position(|r| *r == Some(true)) {
            return (Some(true), Some(programs[i]));
        }
        if !results.contains(&None) {
            return (Some(false), None);
        }
        programs.iter().filter_map(|p| self.report(p)).flat_map(|r| r.missing.iter()).for_each(|p| ex.need(p.clone()));
        (None, None)
    }

    /// The members an earlier, eligible program pays.
    pub fn paid_members(&self, program: &str) -> Vec<&str> {
        match self.report(program) {
            Some(r) if r.outcome == Outcome::Eligible => r.members.iter().map(|m| m.member.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    /// The questions an earlier per-person program still waits for about `member`, who it
    /// does not (yet) pay: while any remain, whether it will pay them is open.
    pub fn pending(&self, program: &str, member: &Member) -> Vec<String> {
        let Some(report) = self.report(program) else { return Vec::new() };
        if self.paid_members(program).contains(&member.id.as_str()) {
            return Vec::new();
        }
        let prefix = format!("members[{}].", member.index);
        report.missing.iter().filter(|p| p.starts_with(&prefix)).cloned().collect()
    }

    /// An earlier program's monthly amount for one member, when known.
    pub fn member_amount(&self, program: &str, member: &str) -> Option<Yuan> {
        let r = self.report(program).filter(|r| r.outcome == Outcome::Eligible)?;
        let m = r.members.iter().find(|m| m.member == member)?;
        m.monthly_amount.as_deref().and_then(Yuan::parse)
    }

    /// A citation of a figure: its document and article (none when screening, which shows
    /// no citations and so need not share the document's texts).
    pub fn cite_value(&self, value: &Resolved) -> Citation {
        match self.wording {
            Wording::Silent => Citation::none(),
            Wording::In(_) => Citation::of(value),
        }
    }

    /// A citation of a rule (not a figure) by source id and article.
    pub fn cite(&self, source: &str, article: &'static str) -> Citation {
        if self.wording == Wording::Silent {
            return Citation::none();
        }
        match self.chain.source(source) {
            Some(s) => Citation::new(s, Shared::Static(article)),
            None => Citation { title: source.to_string().into(), doc_number: Shared::Static(""), article: Shared::Static(article), url: Shared::Static("") },
        }
    }

    pub fn report(&self, program: &str) -> Option<&ProgramReport> {
        self.earlier.iter().find(|r| r.program == program)
    }
}

/// Assesses each candidate in an explainer of its own and merges the results: the program
/// is eligible if any member is (a household may hold one 特困 person beside others who are
/// not), else needs more information if any member might be, else ineligible. A member's
/// missing answers are asked only while that member can still qualify. The household total
/// is given only when every eligible member's amount is known.
pub fn per_member<'m, T>(
    ex: &mut Explainer,
    candidates: impl IntoIterator<Item = T>,
    mut assess: impl FnMut(T, &mut Explainer) -> Result<(&'m Member, Option<Yuan>), NotCovered>,
) -> Result<Amounts, NotCovered> {
    let mut amounts = Amounts::default();
    let mut outcomes = Vec::new();
    for candidate in candidates {
        let mut mex = ex.child();
        let (member, amount) = assess(candidate, &mut mex)?;
        let outcome = mex.outcome();
        if outcome == Outcome::Eligible {
            amounts.members.push((member.id.clone(), amount));
        }
        outcomes.push(outcome);
        ex.checks.extend(mex.checks);
        for s in mex.standards {
            ex.used(s);
        }
        if outcome != Outcome::Ineligible {
            mex.missing.into_iter().for_each(|p| ex.need(p));
            mex.amount_missing.into_iter().for_each(|p| ex.need_for_amount(p));
        }
    }
    if outcomes.is_empty() {
        return Ok(amounts);
    }
    amounts.outcome = Some(best_outcome(&outcomes));
    let known: Option<Vec<Yuan>> = amounts.members.iter().map(|(_, a)| *a).collect();
    amounts.total = known.filter(|v| !v.is_empty()).map(|v| v.into_iter().sum());
    Ok(amounts)
}

/// Of several ways to qualify (members, or routes such as 急难型 and 支出型), the best: eligible
/// if any is, else open if any is, else ineligible.
pub fn best_outcome(outcomes: &[Outcome]) -> Outcome {
    if outcomes.contains(&Outcome::Eligible) {
        Outcome::Eligible
    } else if outcomes.contains(&Outcome::NeedsMoreInfo) {
        Outcome::NeedsMoreInfo
    } else {
        Outcome::Ineligible
    }
}

/// A member's name in explanations: 申请人本人（a）, 配偶（b）… or Applicant (a), Spouse (b) …
pub fn who(lang: impl Into<Wording>, member: &Member) -> String {
    messages::member_name(lang, member.relation, &member.id)
}

pub use classified_topup::group_known as topup_group_known;

/// Whether a disability is on a `category:worst-grade` list (grade 1 is the most severe).
pub fn disability_listed(d: crate::household::Disability, list: &[&str]) -> bool {
    list.iter().any(|entry| {
        let (category, worst) = entry.split_once(':').unwrap_or((entry, "0"));
        category == d.category.json() && worst.parse::<u8>().is_ok_and(|worst| d.grade <= worst)
    })
}

/// The official (简体) name of a program id.
pub fn name_zh(id: &str) -> &'static str {
    PROGRAM_IDS.iter().find(|(p, _)| *p == id).map(|(_, zh)| *zh).unwrap_or("")
}

/// The English name of a program id.
pub fn name_en(id: &str) -> &'static str {
    PROGRAM_NAMES_EN.iter().find(|(p, _)| *p == id).map(|(_, en)| *en).unwrap_or("")
}

/// A program's name in `lang` (繁體 reports convert the 简体 name with the rest).
pub fn name(lang: impl Into<Wording>, id: &str) -> &'static str {
    match lang.into() {
        Wording::In(Lang::En) => name_en(id),
        Wording::In(Lang::ZhHans | Lang::ZhHant) => name_zh(id),
        Wording::Silent => "",
    }
}

fn finish(id: &'static str, mut ex: Explainer, amounts: Amounts, household: &Household, lang: Wording) -> ProgramReport {
    let member_name = |id: &str| household.members.iter().find(|m| m.id == id).map(|m| who(lang, m)).unwrap_or_else(|| id.to_string());
    let outcome = amounts.outcome.unwrap_or_else(|| ex.outcome());
    let eligible = outcome == Outcome::Eligible;
    // After the outcome, which reads what is missing.
    let missing = ex.take_missing();
    let summary = match outcome {
        Outcome::Eligible => amounts.summary.unwrap_or_else(|| match amounts.total {
            Some(total) if amounts.at_least => messages::summary_eligible_at_least(lang, total),
            Some(total) => messages::summary_eligible_amount(lang, total),
            None => messages::summary_eligible_no_amount(lang),
        }),
        // The first failing condition says why, and by how much.
        Outcome::Ineligible => ex.checks.iter().find(|c| c.passed == Some(false)).map(|c| c.detail.clone()).unwrap_or_else(|| messages::summary_ineligible(lang)),
        Outcome::NeedsMoreInfo => messages::summary_needs_more_info(lang),
        Outcome::NotCovered => messages::summary_not_covered(lang),
    };
    ProgramReport {
        program: id,
        name_zh: name_zh(id),
        name: name(lang, id).to_string(),
        outcome,
        monthly_amount: amounts.total.filter(|_| eligible).map(crate::explain::money),
        amount_is_minimum: eligible && amounts.at_least && amounts.total.is_some(),
        members: match eligible {
            true => amounts.members.into_iter().map(|(member, a)| crate::explain::MemberAmount { name: member_name(&member), member, monthly_amount: a.map(crate::explain::money) }).collect(),
            false => Vec::new(),
        },
        checks: ex.checks,
        missing,
        summary,
        standards: ex.standards,
    }
}

fn not_covered(id: &'static str, detail: String, household: &Household, lang: Wording) -> ProgramReport {
    let mut ex = Explainer::default();
    ex.check(format_args!("{id}.coverage"), None, detail, Vec::new());
    let mut report = finish(id, ex, Amounts::default(), household, lang);
    report.outcome = Outcome::NotCovered;
    report.summary = messages::summary_not_covered(lang);
    report
}

/// Runs every program for a validated household. Every program id appears once, in the
/// contract's order, whatever the outcome.
pub fn evaluate(household: &Household, pack: &Pack) -> Report {
    evaluate_with(household, pack, household.language.into())
}

/// The same for screening: outcomes, amounts, members paid, the household total and the
/// questions still open, without a word of explanation, provenance, notices or 办事指南.
/// `regionName` is left empty: a roster is mostly one county, so the batch looks its name
/// up once ([`region_name`]) rather than per household.
pub fn screen(household: &Household, pack: &Pack) -> Report {
    evaluate_with(household, pack, Wording::Silent)
}

/// The region's full name (湖南省岳阳市岳阳楼区), else the name its policy data gives it.
pub fn region_name(region: &crate::region::RegionCode, pack: &Pack) -> String {
    crate::region::full_name(region).or_else(|| pack.covered_region(region).map(|r| r.name.clone())).unwrap_or_default()
}

fn evaluate_with(household: &Household, pack: &Pack, lang: Wording) -> Report {
    let region = pack.covered_region(&household.region);
    let mut ctx = Context::new(household, pack, lang);
    for program in REGISTRY {
        let report = match region {
            None => not_covered(program.id(), messages::region_not_covered(lang, household.region.as_str()), household, lang),
            Some(_) => {
                let mut ex = Explainer::new(lang == Wording::Silent);
                match program.evaluate(&ctx, &mut ex) {
                    Ok(amounts) => finish(program.id(), ex, amounts, household, lang),
                    Err(NotCovered::Standard(key)) => not_covered(program.id(), messages::not_covered(lang, &key), household, lang),
                    Err(NotCovered::Dependency(on)) => not_covered(program.id(), messages::not_covered_dependency(lang, &on), household, lang),
                }
            }
        };
        ctx.earlier.push(report);
    }
    let Context { mut earlier, chain, .. } = ctx;
    // The contract's order, not the evaluation order.
    let programs: Vec<ProgramReport> = PROGRAM_IDS.iter().filter_map(|(id, _)| earlier.iter().position(|r| r.program == *id).map(|i| earlier.swap_remove(i))).collect();
    // Screening reports list no standards, so they get no notices either.
    let mut notices = stale_notices(&programs, household);
    notices.extend(unverified_notices(&programs, household.language));
    let combinations = combine::notes(&chain, &programs, lang);
    let total = combine::household_total(&programs, &combinations);
    let guide = match lang {
        Wording::Silent => guide::Guide::default(),
        Wording::In(_) => guide::build(&chain, household, &programs),
    };
    let mut report = Report {
        schema_version: 1,
        region: household.region.to_string(),
        region_name: match lang {
            Wording::Silent => String::new(),
            Wording::In(_) => region_name(&household.region, pack),
        },
        date: household.date.to_string(),
        policy_version: pack.version(),
        household_monthly_total: total.amount.map(crate::explain::money),
        household_total_is_minimum: total.at_least,
        household_total_excludes: total.unknown,
        combinations,
        guide,
        programs,
        notices,
    };
    if lang == Wording::In(Lang::ZhHant) {
        crate::i18n::report::to_hant(&mut report);
    }
    report
}

/// A figure last verified more than 12 months before the determination date may have been
/// adjusted: flag it once per document.
fn unverified_notices(programs: &[ProgramReport], lang: Lang) -> Vec<String> {
    let mut notices: Vec<String> = Vec::new();
    for s in programs.iter().flat_map(|p| &p.standards).filter(|s| s.stale) {
        let notice = messages::stale_verification(lang, &s.name, &s.last_verified);
        if !notices.contains(&notice) {
            notices.push(notice);
        }
    }
    notices
}

/// A money standard (元/人·月 or 元/人·年, adjusted yearly) stated for an earlier calendar
/// year than the determination date may have been adjusted since: say so once per document.
/// Standing rules (who qualifies, age bands) are not annual and are not flagged.
fn stale_notices(programs: &[ProgramReport], household: &Household) -> Vec<String> {
    let on_year = household.date.year;
    let lang = household.language;
    let mut notices = Vec::new();
    let yearly_units = [messages::unit(lang, crate::policy::Unit::YuanPerPersonMonth), messages::unit(lang, crate::policy::Unit::YuanPerPersonYear)];
    for s in programs.iter().flat_map(|p| &p.standards).filter(|s| yearly_units.contains(&s.unit.as_str())) {
        let year: i32 = s.from.get(..4).and_then(|y| y.parse().ok()).unwrap_or(on_year);
        let doc = if s.citation.doc_number.is_empty() { &s.citation.title } else { &s.citation.doc_number };
        let notice = messages::stale_standard(lang, year, doc, on_year);
        if year < on_year && !notices.contains(&notice) {
            notices.push(notice);
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::{PROGRAM_IDS, PROGRAM_NAMES_EN};

    #[test]
    fn every_program_has_an_english_name_in_the_same_order() {
        let ids: Vec<&str> = PROGRAM_IDS.iter().map(|(id, _)| *id).collect();
        let en_ids: Vec<&str> = PROGRAM_NAMES_EN.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, en_ids);
        assert!(PROGRAM_NAMES_EN.iter().all(|(_, name)| !name.is_empty() && name.is_ascii()), "{PROGRAM_NAMES_EN:?}");
    }
}
