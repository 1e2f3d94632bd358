//! Quiz content as data: dimensions, items, situations, archetypes, duos.
//!
//! The built-in pack lives in `content/quiz/*.json` and is compiled in with
//! `include_str!`, so the app works offline and a translator can edit text
//! without touching Rust. A pack is made of *sections* (`meta`, `scale`,
//! `dimensions`, `items`, `situations`, `archetypes`, `duos`, `polyvalent`);
//! each file carries some of them, and every section must appear exactly once
//! across the files. A trainer's custom pack can therefore be a single file
//! holding all sections ([`QuizContent::from_json`], read by [`super::load`]).

use serde::{Deserialize, Serialize};

use super::profile::{Mode, Profile};
use super::reading::ReadingKind;
use crate::domain::dimension::Dimension;
use crate::domain::text::Text;

/// Method card ids of the game that a quiz action may point to. The game's
/// content defines the cards; the quiz only refers to them by id, so this
/// list is the contract between the two packs.
pub const METHOD_CARD_IDS: [&str; 22] = [
    "immersion",
    "entretiens",
    "observation",
    "personas",
    "parcours-usager",
    "atelier-co-construction",
    "ideation",
    "facilitation-graphique",
    "codeveloppement",
    "prototype-papier",
    "test-usagers",
    "experimentation",
    "lean",
    "evaluation",
    "labtour",
    "jeudi-innovation",
    "formation-agents",
    "referents",
    "comite-de-pilotage",
    "retour-participants",
    "donnees-ouvertes",
    "jeu-serieux",
];

/// Where the content comes from, its licence and its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Content version, bumped when items or scoring-relevant data change.
    pub version: u32,
    pub title: Text,
    pub licence: String,
    /// Frameworks and articles the content draws on (free text).
    pub sources: Vec<String>,
}

/// The answer scale: a stem and five labels, from "jamais" to "très souvent".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// "Au cours des 6 derniers mois…"
    pub stem: Text,
    /// Exactly five labels, for values 1 to 5.
    pub labels: Vec<Text>,
    /// Shown next to an express result: it is only indicative.
    pub express_note: Text,
    /// Introduces the situational questions (scored apart).
    pub situational_intro: Text,
}

/// Name and short description of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionInfo {
    pub id: Dimension,
    pub name: Text,
    pub description: Text,
}

/// One behaviour-frequency item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub dimension: Dimension,
    pub text: Text,
    /// Reverse-worded: the answer is flipped (6 − x) before scoring.
    #[serde(default)]
    pub reversed: bool,
    /// Part of the 14-item express set.
    #[serde(default)]
    pub express: bool,
}

/// One answer of a situational question; it points to one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationAnswer {
    pub id: String,
    pub dimension: Dimension,
    pub text: Text,
}

/// A short workplace situation with three or four possible reactions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    pub prompt: Text,
    pub answers: Vec<SituationAnswer>,
}

/// One concrete thing to try this month, linked to a game method card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub text: Text,
    /// One of [`METHOD_CARD_IDS`].
    pub method: String,
}

/// The profile shown when one dimension stands out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archetype {
    pub dimension: Dimension,
    pub name: Text,
    pub description: Text,
    pub strengths: Vec<Text>,
    pub blind_spots: Vec<Text>,
    /// The complementary profile to team up with.
    pub team_up_with: Dimension,
    /// Why that profile complements this one.
    pub team_up_tip: Text,
    pub action: Action,
}

/// The name of a combination of two marked preferences (unordered pair).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duo {
    pub dimensions: [Dimension; 2],
    pub name: Text,
    pub description: Text,
}

/// The profile shown when no dimension stands out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Polyvalent {
    pub name: Text,
    pub description: Text,
    /// What a balanced profile brings (older packs may leave it out).
    #[serde(default)]
    pub strengths: Vec<Text>,
    pub action: Action,
}

/// A complete, validated quiz pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizContent {
    pub meta: Meta,
    pub scale: Scale,
    pub dimensions: Vec<DimensionInfo>,
    pub items: Vec<Item>,
    pub situations: Vec<Situation>,
    pub archetypes: Vec<Archetype>,
    pub duos: Vec<Duo>,
    pub polyvalent: Polyvalent,
}

impl QuizContent {
    /// Name and description of a dimension.
    pub fn dimension(&self, d: Dimension) -> Option<&DimensionInfo> {
        self.dimensions.iter().find(|i| i.id == d)
    }

    /// The archetype of a dimension.
    pub fn archetype(&self, d: Dimension) -> Option<&Archetype> {
        self.archetypes.iter().find(|a| a.dimension == d)
    }

    /// The duo of two dimensions, in either order.
    pub fn duo(&self, a: Dimension, b: Dimension) -> Option<&Duo> {
        self.duos
            .iter()
            .find(|d| d.dimensions == [a, b] || d.dimensions == [b, a])
    }

    /// The name shown for a profile: the archetype's, the duo's or
    /// "Polyvalent·e".
    pub fn profile_name(&self, profile: Profile) -> Option<&Text> {
        match profile {
            Profile::Single(d) => self.archetype(d).map(|a| &a.name),
            Profile::Duo(a, b) => self.duo(a, b).map(|d| &d.name),
            Profile::Polyvalent => Some(&self.polyvalent.name),
        }
    }

    /// The name shown for a reading: the profile's name, "Plutôt …" for a
    /// tendency, or "Pas assez de réponses".
    pub fn reading_name(&self, kind: ReadingKind) -> Text {
        match kind {
            ReadingKind::Named(p) => self.profile_name(p).cloned().unwrap_or_default(),
            ReadingKind::Tendency(d) => match self.archetype(d) {
                Some(a) => Text {
                    fr: format!("Plutôt {}", a.name.fr),
                    en: format!("Leaning to {}", a.name.en),
                },
                None => Text::default(),
            },
            ReadingKind::Polyvalent => self.polyvalent.name.clone(),
            ReadingKind::Undetermined => Text {
                fr: "Pas assez de réponses".to_owned(),
                en: "Not enough answers".to_owned(),
            },
        }
    }

    /// An item by id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// A situation by id.
    pub fn situation(&self, id: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.id == id)
    }
}

impl Mode {
    /// Whether an item belongs to this mode's set.
    pub fn includes(self, item: &Item) -> bool {
        match self {
            Mode::Express => item.express,
            Mode::Complete => true,
        }
    }
}
