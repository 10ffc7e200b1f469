//! The form state as a Yew reducer; the state and its changes live in `crate::form`.
pub use crate::form::*;
use std::rc::Rc;
use yew::Reducible;

impl Reducible for FormState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
