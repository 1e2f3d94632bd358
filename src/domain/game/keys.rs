//! One list per keyed enum: each variant is written once, next to its text
//! key, and the macro derives the enum, `KEYS` (every key, in order) and
//! `key()`. For a fieldless enum it also derives `ALL` in declaration
//! order: `Reason` is stored as its index (`reason as u8`), so the order of
//! the list is the stored format and new variants go at the end.

/// `keyed_enum! { #[derive(…)] pub enum Name { Variant => "key", Other(u8) => "other", } }`
/// A variant with fields matches its key whatever the fields hold.
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $( ( $($field:ty),* ) )? => $key:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant $( ( $($field),* ) )? ),*
        }

        impl $name {
            /// Every text key, in declaration order.
            pub const KEYS: [&'static str; [$($key),*].len()] = [$($key),*];

            /// Stable key of this value's text in content.
            pub fn key(&self) -> &'static str {
                match self {
                    $( $crate::domain::game::keys::keyed_enum!(@pattern $name $variant $( ( $($field),* ) )?) => $key ),*
                }
            }
        }
    };
    (@pattern $name:ident $variant:ident) => { $name::$variant };
    (@pattern $name:ident $variant:ident ( $($field:ty),* )) => { $name::$variant(..) };
}

/// A fieldless keyed enum that is stored as its index: also `ALL`.
macro_rules! indexed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $key:literal ),* $(,)?
        }
    ) => {
        $crate::domain::game::keys::keyed_enum! {
            $(#[$meta])*
            $vis enum $name { $( $(#[$vmeta])* $variant => $key ),* }
        }

        impl $name {
            /// Every value, in declaration (stored index) order.
            pub const ALL: [$name; [$($key),*].len()] = [$($name::$variant),*];
        }
    };
}

pub(crate) use indexed_enum;
pub(crate) use keyed_enum;
