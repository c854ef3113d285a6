//! The Yew side of the editing session (`crate::session`): the reducer
//! that hands each message on, stamped with the time it arrived, and the
//! `Dispatch` the components send their messages through.

use std::rc::Rc;

use yew::{Callback, Reducible, UseReducerDispatcher};

use super::browser::now;
use crate::formats::storage::Millis;
use crate::session::{Msg, State};

/// A message and the time it arrived: the session itself never reads a
/// clock, so its behaviour is a function of what it is given.
pub struct Stamped {
    pub msg: Msg,
    pub now: Millis,
}

impl Reducible for State {
    type Action = Stamped;

    fn reduce(self: Rc<Self>, action: Stamped) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action.msg, action.now);
        Rc::new(next)
    }
}

/// Sends messages to the session, stamped with the time; stable across
/// renders, so components that receive it re-render only for their data.
#[derive(Clone, PartialEq)]
pub struct Dispatch(UseReducerDispatcher<State>);

impl Dispatch {
    pub fn new(dispatcher: UseReducerDispatcher<State>) -> Self {
        Dispatch(dispatcher)
    }

    pub fn dispatch(&self, msg: Msg) {
        self.0.dispatch(Stamped { msg, now: now() });
    }

    pub fn to_callback(&self) -> Callback<Msg> {
        let dispatch = self.clone();
        Callback::from(move |msg| dispatch.dispatch(msg))
    }
}
