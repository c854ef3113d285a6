//! One way to give an enum stable text ids: in the files, the report, the
//! storage and the page's attributes. `string_enum!` declares the enum with
//! `ALL` (in the order the UI offers or the spec lists them), `IDS`,
//! `id()`, `from_id()` and `Display` (the id).

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident {
        $($(#[$variant_meta:meta])* $variant:ident => $id:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$variant_meta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The ids of `ALL`, in the same order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                $crate::engine::ids::position(Self::IDS, id).map(|at| Self::ALL[at])
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

pub(crate) use string_enum;

/// Where `id` stands among `ids`: one loop that every enum's `from_id`
/// shares, instead of a chain of string comparisons per enum, copied into
/// each place that reads a choice.
#[inline(never)]
pub fn position(ids: &[&str], id: &str) -> Option<usize> {
    ids.iter().position(|known| *known == id)
}
