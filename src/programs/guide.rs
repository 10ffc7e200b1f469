//! The 办事指南 for the programs a household likely qualifies for: one consolidated list of
//! materials (一次性告知: each item once, naming the members it concerns), the steps with their
//! time limits, and where to apply — all from `guide.toml` files up the region chain.
use super::{name, who};
use crate::explain::messages;
use crate::explain::{Citation, Shared, Outcome, ProgramReport};
use crate::household::Household;
use crate::policy::{Chain, Material};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Guide {
    pub materials: Vec<GuideMaterial>,
    pub procedures: Vec<GuideProcedure>,
    pub offices: Vec<GuideOffice>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideMaterial {
    pub name: String,
    /// Whom it concerns, in words ("申请人本人（a）、配偶（b）"); empty: once for the household.
    pub members: Vec<String>,
    pub programs: Vec<String>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideProcedure {
    pub programs: Vec<String>,
    pub steps: Vec<String>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideOffice {
    pub text: String,
    pub citations: Vec<Citation>,
}

fn cite(chain: &Chain, pairs: &[(String, String)]) -> Vec<Citation> {
    pairs.iter().filter_map(|(source, article)| chain.source(source).map(|s| Citation::new(s, Shared::Data(article.as_str().into())))).collect()
}

/// The members a material concerns, or `None` when it does not apply to this household.
fn members_for(material: &Material, household: &Household) -> Option<Vec<String>> {
    let pick = |keep: &dyn Fn(&crate::household::Member) -> bool| -> Option<Vec<String>> {
        let names: Vec<String> = household.members.iter().filter(|m| keep(m)).map(|m| who(household.language, m)).collect();
        (!names.is_empty()).then_some(names)
    };
    match material.who.as_str() {
        "household" => Some(Vec::new()),
        "every_member" => pick(&|_| true),
        "disabled" => pick(&|m| m.disability.is_some()),
        "seriously_ill" => pick(&|m| m.serious_illness == Some(true)),
        "minor" => pick(&|m| m.age_on(household.date) < 18),
        "supporters" => Some(vec![messages::guide_supporters(household.language)]),
        _ => None,
    }
}

pub fn build(chain: &Chain, household: &Household, programs: &[ProgramReport]) -> Guide {
    let eligible: Vec<&str> = programs.iter().filter(|p| p.outcome == Outcome::Eligible).map(|p| p.program).collect();
    let files: Vec<&crate::policy::GuideFile> = chain.levels().map(|r| &r.guide).collect();
    let mut guide = Guide::default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    for material in files.iter().flat_map(|f| &f.material) {
        let hits: Vec<String> = material.programs.iter().filter(|p| eligible.contains(&p.as_str())).map(|p| name(household.language, p).to_string()).collect();
        let Some(members) = members_for(material, household).filter(|_| !hits.is_empty()) else { continue };
        let citations = cite(chain, &material.cite);
        // The same item at several levels (e.g. 残疾人证) is listed once, nearest level's name first.
        match seen.iter().find(|(id, _)| *id == material.id) {
            Some((_, at)) => {
                let item = &mut guide.materials[*at];
                item.programs.extend(hits.into_iter().filter(|h| !item.programs.contains(h)).collect::<Vec<_>>());
                item.citations.extend(citations.into_iter().filter(|c| !item.citations.contains(c)).collect::<Vec<_>>());
            }
            None => {
                seen.push((material.id.clone(), guide.materials.len()));
                guide.materials.push(GuideMaterial { name: material.name.clone(), members, programs: hits, citations });
            }
        }
    }
    for step in files.iter().flat_map(|f| &f.step) {
        let hits: Vec<String> = step.programs.iter().filter(|p| eligible.contains(&p.as_str())).map(|p| name(household.language, p).to_string()).collect();
        if !hits.is_empty() {
            guide.procedures.push(GuideProcedure { programs: hits, steps: step.steps.clone(), citations: cite(chain, &step.cite) });
        }
    }
    if !eligible.is_empty() {
        guide.offices = files.iter().flat_map(|f| &f.office).map(|o| GuideOffice { text: o.text.clone(), citations: cite(chain, &o.cite) }).collect();
    }
    guide
}
