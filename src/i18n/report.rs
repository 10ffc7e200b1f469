//! A report in 繁體: every text a resident reads goes through `hant::convert`; ids, codes,
//! amounts, dates and URLs are left as they are. (`nameZh` is a frozen, static field and stays
//! 简体; `name` carries the program's name in 繁體.)
use super::hant::convert_in_place as hant;
use crate::explain::{Citation, Report};

pub fn to_hant(report: &mut Report) {
    hant(&mut report.region_name);
    report.notices.iter_mut().for_each(hant);
    for note in &mut report.combinations {
        hant(&mut note.detail);
        note.members.iter_mut().for_each(hant);
        citations(&mut note.citations);
    }
    let guide = &mut report.guide;
    for m in &mut guide.materials {
        hant(&mut m.name);
        m.members.iter_mut().for_each(hant);
        m.programs.iter_mut().for_each(hant);
        citations(&mut m.citations);
    }
    for p in &mut guide.procedures {
        p.programs.iter_mut().for_each(hant);
        p.steps.iter_mut().for_each(hant);
        citations(&mut p.citations);
    }
    for o in &mut guide.offices {
        hant(&mut o.text);
        citations(&mut o.citations);
    }
    for program in &mut report.programs {
        hant(&mut program.name);
        hant(&mut program.summary);
        program.members.iter_mut().for_each(|m| hant(&mut m.name));
        for check in &mut program.checks {
            hant(&mut check.detail);
            citations(&mut check.citations);
        }
        for s in &mut program.standards {
            let s = std::sync::Arc::make_mut(s);
            for text in [&mut s.name, &mut s.value, &mut s.unit, &mut s.level, &mut s.issuer, &mut s.level_note, &mut s.note] {
                hant(text);
            }
            citation(&mut s.citation);
        }
    }
}

fn citations(list: &mut [Citation]) {
    list.iter_mut().for_each(citation);
}

fn citation(c: &mut Citation) {
    for text in [&mut c.title, &mut c.doc_number, &mut c.article] {
        if !text.is_ascii() {
            *text = super::hant::convert(text).into();
        }
    }
}
