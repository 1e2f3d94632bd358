//! The seven dimensions of the innovation profile. They are shared by the
//! quiz (scores, archetypes) and the game (roles drawn from archetypes).

use serde::{Deserialize, Serialize};

/// One dimension of the innovation profile, in the canonical order used by
/// scores, result codes and the radar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Curiosite,
    Usager,
    Iteration,
    Donnees,
    Recit,
    Audace,
    Cooperation,
}

impl Dimension {
    /// All dimensions, in canonical order.
    pub const ALL: [Dimension; 7] = [
        Dimension::Curiosite,
        Dimension::Usager,
        Dimension::Iteration,
        Dimension::Donnees,
        Dimension::Recit,
        Dimension::Audace,
        Dimension::Cooperation,
    ];

    /// Position in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable identifier used in content files and storage.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Curiosite => "curiosite",
            Dimension::Usager => "usager",
            Dimension::Iteration => "iteration",
            Dimension::Donnees => "donnees",
            Dimension::Recit => "recit",
            Dimension::Audace => "audace",
            Dimension::Cooperation => "cooperation",
        }
    }

    /// Parses a stable identifier.
    pub fn from_id(id: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_follow_canonical_order() {
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            assert_eq!(d.index(), i);
            assert_eq!(Dimension::from_id(d.id()), Some(d));
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.id()));
        }
        assert_eq!(Dimension::from_id("inconnue"), None);
    }
}
