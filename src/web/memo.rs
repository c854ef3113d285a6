//! Where re-rendering stops: one component for every piece of the page
//! that renders again only when its own data changed (a row, a pager, a
//! section, the norms).
//!
//! A piece is a plain struct of its data that implements [`View`]; `memo`
//! puts it behind the one `Memo` component, which compares the data with
//! the last render's and skips the render when they are equal. Yew makes
//! every component type a copy of its machinery in the download (about
//! 700 bytes each, gzipped, measured 2026-11-26); this way there is one
//! copy for all of them.

use std::any::Any;
use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::Key;

/// A piece of the page: its data, and how it renders.
pub trait View: PartialEq + 'static {
    fn view(&self) -> Html;
}

/// A `View` of any type, as `Memo` holds it.
trait AnyView {
    fn render(&self) -> Html;
    fn as_any(&self) -> &dyn Any;
    /// The same type with equal data.
    fn same(&self, other: &dyn AnyView) -> bool;
}

impl<V: View> AnyView for V {
    fn render(&self) -> Html {
        self.view()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn same(&self, other: &dyn AnyView) -> bool {
        other.as_any().downcast_ref::<V>() == Some(self)
    }
}

/// A row of the proposal as a piece of the page holds it: shared with the
/// proposal (no copy per render), and the same as the last render's only
/// when it is the very same row. An edit copies the row it changes (the
/// previous state and this piece still hold the old one), so a changed
/// row is always another one; comparing the pointers spares every
/// keystroke a comparison of every row shown.
pub struct Shared<T>(pub Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

#[derive(Properties, Clone)]
pub struct MemoProps {
    view: Rc<dyn AnyView>,
}

impl PartialEq for MemoProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view) || self.view.same(&*other.view)
    }
}

#[function_component]
fn Memo(props: &MemoProps) -> Html {
    props.view.render()
}

/// `view`, rendered again only when its data differs from the last time.
pub fn memo<V: View>(view: V) -> Html {
    html! { <Memo view={Rc::new(view) as Rc<dyn AnyView>} /> }
}

/// As `memo`, for an item of a list that can be reordered: `key` follows
/// the item.
pub fn memo_keyed<V: View>(key: impl Into<Key>, view: V) -> Html {
    html! { <Memo key={key.into()} view={Rc::new(view) as Rc<dyn AnyView>} /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(PartialEq)]
    struct Label(&'static str);

    impl View for Label {
        fn view(&self) -> Html {
            html! { <p>{ self.0 }</p> }
        }
    }

    #[derive(PartialEq)]
    struct Other(&'static str);

    impl View for Other {
        fn view(&self) -> Html {
            html! { <span>{ self.0 }</span> }
        }
    }

    fn props(view: impl View) -> MemoProps {
        MemoProps {
            view: Rc::new(view),
        }
    }

    #[test]
    fn a_render_is_skipped_only_for_the_same_kind_of_view_with_equal_data() {
        assert!(
            props(Label("a")) == props(Label("a")),
            "equal data: skipped"
        );
        assert!(
            props(Label("a")) != props(Label("b")),
            "changed data: rendered"
        );
        assert!(
            props(Label("a")) != props(Other("a")),
            "another view: rendered"
        );
        let shared = props(Label("a"));
        assert!(shared == shared.clone());
    }
}
