//! 孤儿基本生活保障 (basic living allowance for orphans).
//!
//! Governing documents: 《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）第一部分
//! (who is an orphan) and 第二部分 (the minimum rearing standard, 散居 and 集中 separately);
//! 湖南省孤儿、事实无人抚养儿童……基本生活保障实施办法. Local figures: 岳民发〔2025〕1号.
//!
//! Whether the allowance continues past 18 for students is left to localities in 湖南
//! ("鼓励各地"); no 岳阳 rule was found, so only minors are assessed.
use super::{per_member, Amounts, Context, NotCovered, Program};
use crate::explain::{messages, Explainer};
use crate::household::{CareSetting, Member, ParentStatus, Relation};
use crate::money::Yuan;
use crate::policy::Resolved;
use rust_decimal::Decimal;

pub struct OrphanBasicLiving;

const ID: &str = "orphan_basic_living";
const OPINION: &str = "orphan-opinion-2010";

impl Program for OrphanBasicLiving {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let family = ctx.standard(ex, ID, "standard_family")?;
        let institution = ctx.standard(ex, ID, "standard_institution")?;
        let minors = minors(ctx, ex, ID)?;
        if minors.is_empty() {
            return Ok(Amounts::default());
        }
        per_member(ex, minors, |member, mex| {
            both_parents_lost(ctx, mex, member);
            let amount = match mex.outcome() {
                crate::explain::Outcome::Eligible => standard_for_setting(ctx, mex, member, family.as_ref(), institution.as_ref()),
                _ => None,
            };
            Ok((member, amount))
        })
    }
}

/// The children a child allowance can reach: under the program's `age_below` (18: 国办发〔2010〕
/// 54号 第一部分; 湖南实施办法 for 事实无人抚养儿童). None: a failing `<program>.minor` check.
pub fn minors<'h>(ctx: &Context<'h>, ex: &mut Explainer, program: &str) -> Result<Vec<&'h Member>, NotCovered> {
    let age_below = ctx.required(ex, program, "age_below")?;
    let minors: Vec<&Member> = ctx.household.members.iter().filter(|m| Decimal::from(m.age_on(ctx.household.date)) < age_below.decimal()).collect();
    if minors.is_empty() {
        ex.check(format_args!("{program}.minor"), Some(false), messages::no_minor(ctx.lang(), &age_below.decimal()), [ctx.cite_value(&age_below)]);
    }
    Ok(minors)
}

/// 国办发〔2010〕54号 第一部分: 失去父母、查找不到生父母. A parent who is the applicant (the
/// member is the applicant's child) is alive, so that child is not an orphan.
fn both_parents_lost(ctx: &Context, ex: &mut Explainer, member: &Member) {
    let key = format!("{ID}.parents");
    let citations = vec![ctx.cite(OPINION, "一")];
    let name = ctx.who(member);
    let gone = |s: ParentStatus| matches!(s, ParentStatus::Deceased | ParentStatus::Missing);
    match (member.parents, member.relation) {
        (Some(p), _) => {
            let passed = gone(p.father) && gone(p.mother);
            let detail = messages::orphan_parents(ctx.lang(), &name, p.father, p.mother, passed);
            ex.member_check(&member.id, &key, Some(passed), detail, citations);
        }
        (None, Relation::Child) => {
            ex.member_check(&member.id, &key, Some(false), messages::parent_is_applicant(ctx.lang(), &name), citations);
        }
        (None, _) => {
            ex.need(member.path("parents"));
            ex.member_check(&member.id, &key, None, messages::parents_not_answered(ctx.lang(), &name), citations);
        }
    }
}

/// 国办发〔2010〕54号 第二部分: 集中养育 and 社会散居 have separate standards.
fn standard_for_setting(ctx: &Context, ex: &mut Explainer, member: &Member, family: Option<&Resolved>, institution: Option<&Resolved>) -> Option<Yuan> {
    let Some(setting) = member.care_setting else {
        ex.need_for_amount(member.path("careSetting"));
        return None;
    };
    let standard = match setting {
        CareSetting::Family => family,
        CareSetting::Institution => institution,
    }?;
    let amount = standard.monthly();
    ex.member_check(&member.id, format_args!("{ID}.amount"), Some(true), messages::standard_amount(ctx.lang(), &ctx.who(member), &standard.entry.name, amount), [ctx.cite_value(standard)]);
    Some(amount)
}
