//! The game roles a person brings to the table: one per quiz archetype
//! (a [`Dimension`] that stands out) and one for a balanced profile.
//! Their names, powers and texts are defined once, in `content/roles.json`,
//! which the quiz result, the team setup, the rules and the debrief all read.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::dimension::Dimension;
use super::text::Text;

/// The role file, shared by the game content and the quiz result.
pub const ROLES_JSON: &str = include_str!("../../content/roles.json");

/// What the quiz result says of a role: its name and power (the game's
/// loader reads the same file with the power's mechanics).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RoleText {
    pub id: Role,
    pub name: Text,
    pub power_text: Text,
}

#[derive(Deserialize)]
struct RoleFile {
    roles: Vec<RoleText>,
}

/// The built-in roles' texts, one per role (a test guarantees it): read
/// in one pass, like the rest of the checked built-in content.
pub fn role_texts() -> Vec<RoleText> {
    crate::domain::json_error::read_quick::<RoleFile>(ROLES_JSON)
        .map(|f| f.roles)
        .unwrap_or_default()
}

/// A role: the archetype of a dimension, or the balanced profile's.
/// Stored as its id ("curiosite", …, "polyvalent"), the same strings a
/// saved game used when roles were dimensions only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Profile(Dimension),
    Polyvalent,
}

impl Role {
    /// Every role, in the order of the dimensions, the balanced one last.
    pub const ALL: [Role; 8] = [
        Role::Profile(Dimension::Curiosite),
        Role::Profile(Dimension::Usager),
        Role::Profile(Dimension::Iteration),
        Role::Profile(Dimension::Donnees),
        Role::Profile(Dimension::Recit),
        Role::Profile(Dimension::Audace),
        Role::Profile(Dimension::Cooperation),
        Role::Polyvalent,
    ];

    /// Position in [`Role::ALL`] (fits a `u8` bit set).
    pub fn index(self) -> usize {
        match self {
            Role::Profile(d) => d.index(),
            Role::Polyvalent => Dimension::ALL.len(),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Role::Profile(d) => d.id(),
            Role::Polyvalent => "polyvalent",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    pub fn from_index(i: usize) -> Option<Role> {
        Role::ALL.get(i).copied()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Role {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Role, D::Error> {
        let id = String::deserialize(d)?;
        const IDS: [&str; 8] = [
            "curiosite",
            "usager",
            "iteration",
            "donnees",
            "recit",
            "audace",
            "cooperation",
            "polyvalent",
        ];
        Role::from_id(&id).ok_or_else(|| serde::de::Error::unknown_variant(&id, &IDS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_read_the_old_dimension_ids() {
        for (i, r) in Role::ALL.into_iter().enumerate() {
            assert_eq!(r.index(), i);
            assert_eq!(Role::from_id(r.id()), Some(r));
            assert_eq!(Role::from_index(i), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.id()));
            assert_eq!(serde_json::from_str::<Role>(&json).unwrap(), r);
        }
        // A saved game of rules version 2 stored a dimension.
        let old = serde_json::to_string(&Dimension::Recit).unwrap();
        assert_eq!(
            serde_json::from_str::<Role>(&old).unwrap(),
            Role::Profile(Dimension::Recit)
        );
        assert!(serde_json::from_str::<Role>("\"inconnu\"").is_err());
    }

    #[test]
    fn the_role_file_names_every_role_once_in_both_languages() {
        let texts = role_texts();
        assert_eq!(texts.len(), Role::ALL.len());
        for r in Role::ALL {
            let t: Vec<_> = texts.iter().filter(|t| t.id == r).collect();
            assert_eq!(t.len(), 1, "{r}");
            for lang in [crate::domain::lang::Lang::Fr, crate::domain::lang::Lang::En] {
                assert!(!t[0].name.get(lang).is_empty(), "{r}");
                assert!(!t[0].power_text.get(lang).is_empty(), "{r}");
            }
        }
    }
}
