//! 事实无人抚养儿童基本生活保障 (allowance for de-facto unsupported children).
//!
//! Governing document: 《关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）
//! 第一部分 (who), 第三部分第（一）项 (standard linked to the local orphan standard; 补差 over
//! 低保、特困、困难残疾人生活补贴). 湖南实施办法: under 18.
//!
//! 岳阳's 2025 figure is cut off in the stored notice, so the amount is "标准待核实" until a
//! source gives it; eligibility is still assessed.
use super::orphan_basic_living::minors;
use super::{per_member, Amounts, Context, NotCovered, Program};
use crate::explain::{messages, Explainer, Outcome};
use crate::household::{Member, ParentStatus};

pub struct UnsupportedChildBasicLiving;

const ID: &str = "unsupported_child_basic_living";
const OPINION: &str = "unsupported-children-opinion-2019";

impl Program for UnsupportedChildBasicLiving {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let standard = ctx.optional(ex, ID, "standard");
        let minors = minors(ctx, ex, ID)?;
        if minors.is_empty() {
            return Ok(Amounts::default());
        }
        per_member(ex, minors, |member, mex| {
            parents_unable(ctx, mex, member);
            let amount = match (mex.outcome(), &standard) {
                (Outcome::Eligible, Some(s)) => Some(s.monthly()),
                (Outcome::Eligible, None) => {
                    mex.member_check(&member.id, format_args!("{ID}.amount"), None, messages::unsupported_child_standard_unpublished(ctx.lang()), [ctx.cite(OPINION, "三（一）")]);
                    None
                }
                _ => None,
            };
            Ok((member, amount))
        })
    }
}

/// 民发〔2019〕62号 第一部分: both parents 重残、重病、服刑在押、强制隔离戒毒、其他限制人身自由、
/// 失联; or one parent dead or 宣告失踪 and the other in one of those situations. Both dead or
/// 宣告失踪 is an orphan instead. The contract's `missing` is read as 宣告失踪; `lost_contact`
/// is 失联.
fn parents_unable(ctx: &Context, ex: &mut Explainer, member: &Member) {
    let key = format!("{ID}.parents");
    let citations = vec![ctx.cite(OPINION, "一")];
    let name = ctx.who(member);
    let Some(p) = member.parents else {
        ex.need(member.path("parents"));
        ex.member_check(&member.id, &key, None, messages::parents_not_answered(ctx.lang(), &name), citations);
        return;
    };
    let unable = |s: ParentStatus| matches!(s, ParentStatus::Incapacitated | ParentStatus::LostContact);
    let gone = |s: ParentStatus| matches!(s, ParentStatus::Deceased | ParentStatus::Missing);
    let orphan = gone(p.father) && gone(p.mother);
    let passed = !orphan && ((unable(p.father) || gone(p.father)) && (unable(p.mother) || gone(p.mother)));
    let detail = messages::unsupported_parents(ctx.lang(), &name, p.father, p.mother, passed, orphan);
    ex.member_check(&member.id, &key, Some(passed), detail, citations);
}
