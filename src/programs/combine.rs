//! How eligible programs combine: which stack and which exclude each other (rules as data in
//! `combinations.toml`, each from a cited text), and the household's monthly total without
//! counting a choose-one or top-up pair twice.
use crate::explain::messages::{self, Wording};
use crate::explain::{Shared, CombinationNote, Citation, Outcome, ProgramReport};
use crate::money::Yuan;
use crate::policy::{Chain, CombinationKind, CombinationRule};

fn report<'r>(programs: &'r [ProgramReport], id: &str) -> Option<&'r ProgramReport> {
    programs.iter().find(|r| r.program == id && r.outcome == Outcome::Eligible)
}

fn paid(r: &ProgramReport) -> Vec<&str> {
    r.members.iter().map(|m| m.member.as_str()).collect()
}

/// The rules that apply to this household's results, from every level of its region chain.
pub fn notes(chain: &Chain, programs: &[ProgramReport], lang: Wording) -> Vec<CombinationNote> {
    let rules: Vec<&CombinationRule> = chain.levels().flat_map(|r| &r.combinations).collect();
    rules
        .into_iter()
        .filter_map(|rule| {
            let [a, b] = &rule.programs;
            let first = report(programs, a)?;
            let members: Vec<String> = match rule.kind {
                // The second program's own condition keeps the person out; say why.
                CombinationKind::Exclusive => {
                    let second = programs.iter().find(|r| &r.program == b)?;
                    let key = format!("{b}.not_with.{a}");
                    let hits: Vec<&crate::explain::Check> = second.checks.iter().filter(|c| c.key == key).collect();
                    if hits.is_empty() {
                        return None;
                    }
                    // A household-level check concerns everyone the first program pays.
                    match hits.iter().filter_map(|c| c.member.clone()).collect::<Vec<_>>() {
                        named if !named.is_empty() => named,
                        _ => paid(first).into_iter().map(str::to_string).collect(),
                    }
                }
                _ => {
                    let second = report(programs, b)?;
                    let (pa, pb) = (paid(first), paid(second));
                    let shared: Vec<String> = pa.iter().filter(|m| pb.contains(m)).map(|m| m.to_string()).collect();
                    let household_level = pa.is_empty() || pb.is_empty();
                    if shared.is_empty() && !(household_level && rule.kind == CombinationKind::Stackable) {
                        return None;
                    }
                    shared
                }
            };
            let citation = chain.source(&rule.source).map(|s| Citation::new(s, Shared::Data(rule.article.as_str().into())));
            Some(CombinationNote { rule: rule.id.clone(), kind: rule.kind, programs: rule.programs.clone(), members, detail: messages::combination(lang, rule.kind, &rule.programs, &rule.detail), citations: citation.into_iter().collect() })
        })
        .collect()
}

pub struct Total {
    pub amount: Option<Yuan>,
    pub at_least: bool,
    /// Eligible programs paying cash whose amount is unknown.
    pub unknown: Vec<String>,
}

/// Sums the eligible monthly amounts; for a choose-one or top-up pair paid to the same person,
/// only the higher counts (补差 pays the difference up to it).
pub fn household_total(programs: &[ProgramReport], notes: &[CombinationNote]) -> Total {
    let mut total = Yuan::ZERO;
    let mut added: Vec<&str> = Vec::new();
    let mut at_least = false;
    let mut unknown = Vec::new();
    for r in programs.iter().filter(|r| r.outcome == Outcome::Eligible && !r.members.is_empty()) {
        match r.monthly_amount.as_deref().and_then(Yuan::parse) {
            Some(amount) => {
                total = total + amount;
                added.push(r.program);
                at_least |= r.amount_is_minimum;
            }
            None => unknown.push(r.program.to_string()),
        }
    }
    // A pair is corrected only when both programs' amounts were added above: with one still
    // unknown (left out), taking the lower share off would subtract what was never added, and
    // could make the total negative.
    for note in notes.iter().filter(|n| matches!(n.kind, CombinationKind::ChooseOne | CombinationKind::TopUp)) {
        if !note.programs.iter().all(|p| added.contains(&p.as_str())) {
            continue;
        }
        for member in &note.members {
            let share = |id: &str| report(programs, id).and_then(|r| r.members.iter().find(|m| &m.member == member)).and_then(|m| m.monthly_amount.as_deref()).and_then(Yuan::parse);
            if let (Some(x), Some(y)) = (share(&note.programs[0]), share(&note.programs[1])) {
                total = total - x.min(y);
            }
        }
    }
    Total { amount: (!added.is_empty()).then_some(total), at_least, unknown }
}
