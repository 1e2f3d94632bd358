//! Quiz content as data: dimensions, items, situations, archetypes, duos.
//!
//! The built-in pack lives in `content/quiz/*.json` and is compiled in with
//! `include_str!`, so the app works offline and a translator can edit text
//! without touching Rust. A pack is made of *sections* (`meta`, `scale`,
//! `dimensions`, `items`, `situations`, `archetypes`, `duos`, `polyvalent`);
//! each file carries some of them, and every section must appear exactly once
//! across the files. A trainer's custom pack can therefore be a single file
//! holding all sections ([`QuizContent::from_json`]).

use serde::{Deserialize, Serialize};

use super::scoring::Profile;
use super::validate::{self, ContentError};
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
    /// The role suggested in the game.
    pub game_role: Text,
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
    pub game_role: Text,
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

/// One file of a pack: any subset of the sections.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    meta: Option<Meta>,
    scale: Option<Scale>,
    dimensions: Option<Vec<DimensionInfo>>,
    items: Option<Vec<Item>>,
    situations: Option<Vec<Situation>>,
    archetypes: Option<Vec<Archetype>>,
    duos: Option<Vec<Duo>>,
    polyvalent: Option<Polyvalent>,
}

/// The built-in files, in the order they are read.
const BUILTIN: [(&str, &str); 5] = [
    ("meta.json", include_str!("../../../content/quiz/meta.json")),
    (
        "items.json",
        include_str!("../../../content/quiz/items.json"),
    ),
    (
        "situations.json",
        include_str!("../../../content/quiz/situations.json"),
    ),
    (
        "archetypes.json",
        include_str!("../../../content/quiz/archetypes.json"),
    ),
    ("duos.json", include_str!("../../../content/quiz/duos.json")),
];

/// Moves a section into its slot, or reports it as given twice.
fn take<T>(
    slot: &mut Option<(String, T)>,
    value: Option<T>,
    file: &str,
    section: &str,
    errors: &mut Vec<ContentError>,
) {
    if let Some(value) = value {
        if let Some((first, _)) = slot {
            errors.push(ContentError::new(
                file,
                section,
                "",
                &format!("section déjà fournie par {first}"),
                &format!("section already given by {first}"),
            ));
        } else {
            *slot = Some((file.to_owned(), value));
        }
    }
}

impl QuizContent {
    /// The pack shipped with the app. The tests guarantee it is valid; should
    /// it ever not be, the errors are returned rather than panicking.
    pub fn builtin() -> Result<QuizContent, Vec<ContentError>> {
        QuizContent::from_files(&BUILTIN)
    }

    /// Reads a whole pack from one JSON text (a trainer's custom file).
    pub fn from_json(file_name: &str, text: &str) -> Result<QuizContent, Vec<ContentError>> {
        QuizContent::from_files(&[(file_name, text)])
    }

    /// Reads a pack spread over several files `(name, text)`, then validates
    /// it. All errors found are returned, each located by file, id and field.
    pub fn from_files(files: &[(&str, &str)]) -> Result<QuizContent, Vec<ContentError>> {
        let mut errors = Vec::new();
        let mut meta = None;
        let mut scale = None;
        let mut dimensions = None;
        let mut items = None;
        let mut situations = None;
        let mut archetypes = None;
        let mut duos = None;
        let mut polyvalent = None;
        for &(file, text) in files {
            let part: Part = match serde_json::from_str(text) {
                Ok(part) => part,
                Err(e) => {
                    errors.push(ContentError::syntax(file, &e));
                    continue;
                }
            };
            let e = &mut errors;
            take(&mut meta, part.meta, file, "meta", e);
            take(&mut scale, part.scale, file, "scale", e);
            take(&mut dimensions, part.dimensions, file, "dimensions", e);
            take(&mut items, part.items, file, "items", e);
            take(&mut situations, part.situations, file, "situations", e);
            take(&mut archetypes, part.archetypes, file, "archetypes", e);
            take(&mut duos, part.duos, file, "duos", e);
            take(&mut polyvalent, part.polyvalent, file, "polyvalent", e);
        }
        // Report every absent section, not only the first one.
        let fallback = files.first().map_or("", |f| f.0);
        let present = [
            ("meta", meta.is_some()),
            ("scale", scale.is_some()),
            ("dimensions", dimensions.is_some()),
            ("items", items.is_some()),
            ("situations", situations.is_some()),
            ("archetypes", archetypes.is_some()),
            ("duos", duos.is_some()),
            ("polyvalent", polyvalent.is_some()),
        ];
        for (section, _) in present.iter().filter(|(_, here)| !here) {
            errors.push(ContentError::new(
                fallback,
                section,
                "",
                "section manquante",
                "missing section",
            ));
        }
        let (
            Some(meta),
            Some(scale),
            Some(dimensions),
            Some(items),
            Some(situations),
            Some(archetypes),
            Some(duos),
            Some(polyvalent),
        ) = (
            meta, scale, dimensions, items, situations, archetypes, duos, polyvalent,
        )
        else {
            return Err(errors);
        };
        let files = validate::Files {
            meta: meta.0,
            scale: scale.0,
            dimensions: dimensions.0,
            items: items.0,
            situations: situations.0,
            archetypes: archetypes.0,
            duos: duos.0,
            polyvalent: polyvalent.0,
        };
        let content = QuizContent {
            meta: meta.1,
            scale: scale.1,
            dimensions: dimensions.1,
            items: items.1,
            situations: situations.1,
            archetypes: archetypes.1,
            duos: duos.1,
            polyvalent: polyvalent.1,
        };
        errors.extend(validate::validate(&content, &files));
        if errors.is_empty() {
            Ok(content)
        } else {
            Err(errors)
        }
    }

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
    pub fn reading_name(&self, kind: super::reading::ReadingKind) -> Text {
        use super::reading::ReadingKind;
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
