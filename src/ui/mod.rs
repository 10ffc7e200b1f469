//! The Yew widget. Components only collect answers and show the engine's report; every
//! eligibility decision is made by the engine through [`evaluate_form`].
mod app;
mod assets;
mod chart;
mod fields;
mod privacy;
mod storage;
mod guide;
mod member_card;
mod program_card;
mod region_picker;
mod results;
mod state;
mod text;

pub use app::App;

use crate::date::Date;
use crate::explain::Report;
use crate::household::InputError;
use crate::i18n::Lang;
use text::Text;
use std::rc::Rc;
use yew::{AttrValue, Callback};

/// The standalone page: mounts into `#assistance-calculator` if the page has one (an embedding
/// page has none and mounts through the custom element instead). When the element names a
/// host pack (`data-pack-url`, same origin only), it is fetched and installed first; if that
/// fails the widget says so and runs on its embedded data.
pub fn start() {
    let Some(root) = gloo_root() else { return };
    let root = Some(root);
    let pack_url = root.as_ref().and_then(|r| r.get_attribute("data-pack-url")).filter(|u| !u.trim().is_empty());
    match pack_url {
        Some(url) => wasm_bindgen_futures::spawn_local(async move {
            if let Err(message) = load_host_pack(&url).await {
                let _ = PACK_NOTICE.set(message);
            }
            mount(gloo_root());
        }),
        None => mount(root),
    }
}

fn mount(root: Option<web_sys::Element>) {
    if let Some(element) = root {
        let lang = element.get_attribute("lang").and_then(|l| Lang::from_tag(&l)).unwrap_or_default();
        let props = app::AppProps { region: app::DEFAULT_REGION.into(), elder: false, lang, on_report: Callback::noop() };
        yew::Renderer::<App>::with_root_and_props(element, props).render();
    }
}

/// Renders the widget into `container` (inside the custom element's shadow root) and
/// dispatches `assistance-calculator:result` on `host` with each report.
pub fn mount_in(container: web_sys::Element, host: web_sys::EventTarget, region: Option<String>, elder: bool, lang: Option<String>, base: Option<String>) -> yew::AppHandle<App> {
    if let Some(base) = base {
        let _ = assets::BASE.set(base);
    }
    let on_report = Callback::from(move |report: crate::explain::Report| {
        let detail = crate::api::to_js(&report);
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("assistance-calculator:result", &init) {
            let _ = host.dispatch_event(&event);
        }
    });
    let region = region.filter(|r| crate::region::RegionCode::parse(r).is_some()).unwrap_or_else(|| app::DEFAULT_REGION.to_string());
    let lang = lang.and_then(|l| Lang::from_tag(&l)).unwrap_or_default();
    let props = app::AppProps { region: region.into(), elder, lang, on_report };
    yew::Renderer::<App>::with_root_and_props(container, props).render()
}

/// Why a host pack was not used, shown above the form in the resident's language.
pub static PACK_NOTICE: std::sync::OnceLock<PackFailure> = std::sync::OnceLock::new();

/// What went wrong with a host's data pack (worded by the catalog, `Text::pack_failure`).
#[derive(Clone, Debug, PartialEq)]
pub enum PackFailure {
    BadAddress(String),
    OtherSite(String),
    Download(String),
    Http(u16, String),
    NotJson(String),
    /// How many problems, and the first few in the lint's words.
    Problems(usize, Vec<String>),
}

/// Fetches a pack from the page's own origin and installs it.
async fn load_host_pack(url: &str) -> Result<(), PackFailure> {
    use wasm_bindgen::JsCast;
    let download = || PackFailure::Download(url.to_string());
    let window = web_sys::window().ok_or_else(download)?;
    let origin = window.location().origin().map_err(|_| download())?;
    let absolute = web_sys::Url::new_with_base(url, &origin).map_err(|_| PackFailure::BadAddress(url.to_string()))?;
    if absolute.origin() != origin {
        return Err(PackFailure::OtherSite(url.to_string()));
    }
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&absolute.href())).await.map_err(|_| download())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| download())?;
    if !response.ok() {
        return Err(PackFailure::Http(response.status(), url.to_string()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| download())?).await.map_err(|_| download())?;
    let json: serde_json::Value = serde_json::from_str(&text.as_string().unwrap_or_default()).map_err(|e| PackFailure::NotJson(e.to_string()))?;
    crate::policy::Pack::install_host(&json).map_err(|problems| PackFailure::Problems(problems.len(), problems.iter().take(3).map(|p| p.to_string()).collect()))
}

fn gloo_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("assistance-calculator")
}

/// The one hook between the form and the engine.
pub fn evaluate_form(form: &state::FormState, lang: Lang) -> Result<Report, InputError> {
    let mut json = form.to_json();
    json["language"] = lang.tag().into();
    crate::evaluate_json(&json, Date::today())
}

/// Field messages for the form: errors by JSON path (the first for a path wins), and the
/// paths a program still needs, each once. Plain lists, not hash maps: a form has a handful
/// of each, and the maps' code for `String` keys cost the wasm about 1 KB gzip.
#[derive(Clone, Debug)]
pub struct Messages(Rc<(Vec<(String, String)>, Vec<String>)>, &'static Text);

/// Compared as sets, as the maps were: the same messages in another order are equal.
impl PartialEq for Messages {
    fn eq(&self, other: &Messages) -> bool {
        let ((errors, missing), (other_errors, other_missing)) = (&*self.0, &*other.0);
        self.1 == other.1
            && errors.len() == other_errors.len()
            && missing.len() == other_missing.len()
            && errors.iter().all(|e| other_errors.contains(e))
            && missing.iter().all(|m| other_missing.contains(m))
    }
}

/// Adds `path` unless it is there already.
fn add_once(list: &mut Vec<String>, path: &str) {
    if !list.iter().any(|p| p == path) {
        list.push(path.to_string());
    }
}

impl Messages {
    pub fn from_result(result: &Result<Report, InputError>, t: &'static Text) -> Messages {
        let mut errors: Vec<(String, String)> = Vec::new();
        let mut missing = Vec::new();
        match result {
            Err(e) => e.problems.iter().for_each(|p| {
                if is_unanswered(p) {
                    add_once(&mut missing, &p.path);
                } else if !errors.iter().any(|(path, _)| *path == p.path) {
                    errors.push((p.path.clone(), t.pick(&p.message, &p.message_en).into_owned()));
                }
            }),
            Ok(report) => report.programs.iter().flat_map(|r| &r.missing).for_each(|m| add_once(&mut missing, m)),
        }
        Messages(Rc::new((errors, missing)), t)
    }

    pub fn error(&self, path: &str) -> Option<AttrValue> {
        self.0 .0.iter().find(|(p, _)| p == path).map(|(_, m)| AttrValue::from(m.clone()))
    }

    /// Whether a program still needs this answer.
    pub fn asked(&self, path: &str) -> bool {
        self.0 .1.iter().any(|p| p == path)
    }

    /// Keeps the questions of the last complete evaluation while the form is momentarily
    /// invalid, so fields do not vanish while the resident is typing elsewhere.
    pub fn with_questions_from(self, previous: &[String]) -> Messages {
        let (errors, mut missing) = (*self.0).clone();
        previous.iter().for_each(|p| add_once(&mut missing, p));
        Messages(Rc::new((errors, missing)), self.1)
    }

    pub fn questions(&self) -> Vec<String> {
        self.0 .1.clone()
    }

    pub fn hint(&self, path: &str) -> Option<AttrValue> {
        self.asked(path).then_some(AttrValue::Static(self.1.please_answer))
    }
}

/// An ARIA state ("true"/"false") as a static text: no allocation, and no `bool` formatting
/// code in the wasm.
pub fn bool_attr(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// A required field not yet filled is a question still to answer, not a mistake: the form
/// shows it as a hint rather than in red.
pub fn is_unanswered(problem: &crate::household::Problem) -> bool {
    problem.message_en == crate::household::REQUIRED_EN
}
