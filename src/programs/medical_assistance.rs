//! 医疗救助 (medical assistance), run by the 医疗保障 department.
//!
//! Governing documents: 《社会救助暂行办法》第二十八条 (who); 国务院办公厅关于健全重特大疾病医疗
//! 保险和救助制度的意见 (2021: 分类救助; 低保、特困 ratio not below 70%); 湖南省医疗救助办法
//! (2022: 资助参保 全额 / 50%); 岳阳市医疗救助实施细则 (一类、二类、三类对象).
//!
//! 岳阳's ratios, deductibles and annual caps were not found, so no yearly sum is promised:
//! with an out-of-pocket figure the detail gives only the national floor (≥70%) for 低保 and
//! 特困 members, "以医保部门核定为准". 因病致贫重病患者 (三类) is approximated by "has a serious
//! illness and self-paid costs"; the 医保 department decides.
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::messages::{self, Premium};
use crate::explain::{Explainer, Outcome};
use crate::household::Member;
use crate::money::Yuan;
use crate::policy::Resolved;

pub struct MedicalAssistance;

const ID: &str = "medical_assistance";

/// Programs whose people count as one group; `severe_disability` is a grade 1–2 certificate.
/// Returns the program id (or `severe_disability`) that puts the member in the group.
fn in_group<'p>(ctx: &Context, member: &Member, programs: &[&'p str]) -> Option<&'p str> {
    programs.iter().find_map(|p| {
        let hit = match *p {
            "severe_disability" => member.disability.is_some_and(|d| d.grade <= 2),
            "minimum_livelihood_guarantee" | "low_income_margin" => ctx.eligible(p) == Some(true) && !ctx.paid_members("extreme_poverty_support").contains(&member.id.as_str()),
            other => ctx.paid_members(other).contains(&member.id.as_str()),
        };
        hit.then_some(*p)
    })
}

impl Program for MedicalAssistance {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let class_one = ctx.required(ex, ID, "class_one_programs")?;
        let class_two = ctx.required(ex, ID, "class_two_programs")?;
        ctx.require(&class_one.list())?;
        ctx.require(&class_two.list())?;
        let full = ctx.optional(ex, ID, "premium_full_groups");
        let half = ctx.optional(ex, ID, "premium_half_groups");
        let floor = ctx.optional(ex, ID, "core_ratio_floor");
        let mut covered = 0;
        let mut undecided = false;
        for member in &ctx.household.members {
            let group = in_group(ctx, member, &class_one.list()).map(|g| (1, g, &class_one)).or_else(|| in_group(ctx, member, &class_two.list()).map(|g| (2, g, &class_two)));
            match group {
                Some((class, via, source)) => {
                    covered += 1;
                    let premium = premium_subsidy(ctx, member, full.as_ref(), half.as_ref());
                    let estimate = member.medical_out_of_pocket.zip(floor.as_ref()).filter(|_| class == 1 || via == "minimum_livelihood_guarantee").map(|(paid, f)| paid.times(f.decimal()));
                    let detail = messages::medical_group(ctx.lang(), &ctx.who(member), class, via, premium, estimate);
                    let mut citations = vec![ctx.cite_value(source), ctx.cite("interim-measures-social-assistance", "第二十八条")];
                    citations.extend(full.iter().chain(half.iter()).map(|v| ctx.cite_value(v)).take(1));
                    citations.extend(floor.iter().map(|v| ctx.cite_value(v)));
                    ex.member_check(&member.id, format_args!("{ID}.group"), Some(true), detail, citations);
                }
                None if open_group(ctx, ex, member, &[&class_one.list()[..], &class_two.list()[..]].concat()) => undecided = true,
                None => match serious_illness(ctx, ex, member) {
                    Illness::Covered => covered += 1,
                    Illness::Unanswered => undecided = true,
                    Illness::No => {}
                },
            }
        }
        let outcome = if covered > 0 {
            Outcome::Eligible
        } else if undecided || ctx.eligible("minimum_livelihood_guarantee").is_none() {
            Outcome::NeedsMoreInfo
        } else {
            ex.check(format_args!("{ID}.group"), Some(false), messages::no_medical_group(ctx.lang()), [ctx.cite_value(&class_one), ctx.cite_value(&class_two)]);
            Outcome::Ineligible
        };
        if outcome == Outcome::NeedsMoreInfo {
            if let Some(r) = ctx.report("minimum_livelihood_guarantee") {
                r.missing.iter().for_each(|p| ex.need(p.clone()));
            }
        }
        Ok(Amounts { outcome: Some(outcome), summary: Some(messages::summary_medical(ctx.lang())), ..Amounts::default() })
    }
}

/// 湖南省医疗救助办法: full premium subsidy for 一类 and severely disabled members, 50% for the
/// other 二类 members. None where the region has no rule.
fn premium_subsidy(ctx: &Context, member: &Member, full: Option<&Resolved>, half: Option<&Resolved>) -> Option<Premium> {
    if full.is_some_and(|f| in_group(ctx, member, &f.list()).is_some()) {
        Some(Premium::Full)
    } else if half.is_some_and(|h| in_group(ctx, member, &h.list()).is_some()) {
        Some(Premium::Half)
    } else {
        None
    }
}

/// Whether a group program still waits for answers about the member (then ask them).
fn open_group(ctx: &Context, ex: &mut Explainer, member: &Member, programs: &[&str]) -> bool {
    let pending: Vec<String> = programs.iter().flat_map(|p| ctx.pending(p, member)).collect();
    pending.iter().for_each(|p| ex.need(p.clone()));
    !pending.is_empty()
}

enum Illness {
    Covered,
    Unanswered,
    No,
}

/// 三类 因病致贫重病患者 (岳阳实施细则): approximated by a serious illness with self-paid costs;
/// the check stays open because the 医保 department decides.
fn serious_illness(ctx: &Context, ex: &mut Explainer, member: &Member) -> Illness {
    let key = format!("{ID}.serious_illness");
    let citation = vec![ctx.cite("yueyang-medical-assistance-rules", "")];
    match (member.serious_illness, member.medical_out_of_pocket) {
        (Some(true), Some(paid)) if paid > Yuan::ZERO => {
            ex.member_check(&member.id, &key, None, messages::illness_poverty(ctx.lang(), &ctx.who(member), paid), citation);
            Illness::Covered
        }
        (Some(true), None) => {
            ex.need(member.path("medicalOutOfPocket"));
            Illness::Unanswered
        }
        (None, _) => {
            ex.need(member.path("seriousIllness"));
            Illness::Unanswered
        }
        _ => Illness::No,
    }
}
