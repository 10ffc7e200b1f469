//! The Yew widget. Components only collect answers and show the engine's report; every
//! eligibility decision is made by the engine through [`evaluate_form`].
mod app;
mod fields;
mod member_card;
mod program_card;
mod region_picker;
mod results;
mod state;

pub use app::App;

use crate::date::Date;
use crate::explain::Report;
use crate::household::InputError;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use yew::AttrValue;

/// Mounts the widget into `#assistance-calculator` (or the body when a page has none).
pub fn start() {
    let root = gloo_root();
    match root {
        Some(element) => {
            yew::Renderer::<App>::with_root(element).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

fn gloo_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("assistance-calculator")
}

/// The one hook between the form and the engine.
pub fn evaluate_form(form: &state::FormState) -> Result<Report, InputError> {
    crate::evaluate_json(&form.to_json(), Date::today())
}

/// Field messages for the form: errors by JSON path, and the paths a program still needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Messages(Rc<(HashMap<String, String>, HashSet<String>)>);

impl Messages {
    pub fn from_result(result: &Result<Report, InputError>) -> Messages {
        let mut errors = HashMap::new();
        let mut missing = HashSet::new();
        match result {
            Err(e) => e.problems.iter().for_each(|p| {
                if is_unanswered(p) {
                    missing.insert(p.path.clone());
                } else {
                    errors.entry(p.path.clone()).or_insert_with(|| p.message.clone());
                }
            }),
            Ok(report) => report.programs.iter().flat_map(|r| &r.missing).for_each(|m| {
                missing.insert(m.clone());
            }),
        }
        Messages(Rc::new((errors, missing)))
    }

    pub fn error(&self, path: &str) -> Option<AttrValue> {
        self.0 .0.get(path).map(|m| AttrValue::from(m.clone()))
    }

    /// Whether a program still needs this answer.
    pub fn asked(&self, path: &str) -> bool {
        self.0 .1.contains(path)
    }

    /// Keeps the questions of the last complete evaluation while the form is momentarily
    /// invalid, so fields do not vanish while the resident is typing elsewhere.
    pub fn with_questions_from(self, previous: &HashSet<String>) -> Messages {
        let (errors, mut missing) = (*self.0).clone();
        missing.extend(previous.iter().cloned());
        Messages(Rc::new((errors, missing)))
    }

    pub fn questions(&self) -> HashSet<String> {
        self.0 .1.clone()
    }

    pub fn hint(&self, path: &str) -> Option<AttrValue> {
        self.0 .1.contains(path).then_some(AttrValue::Static("请回答此项：有的救助项目需要它才能判断"))
    }
}

/// A required field not yet filled is a question still to answer, not a mistake: the form
/// shows it as a hint rather than in red.
pub fn is_unanswered(problem: &crate::household::Problem) -> bool {
    problem.message_en == crate::household::REQUIRED_EN
}
