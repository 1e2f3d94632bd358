//! Reading a quiz pack: the files' sections put together, then validated.
//!
//! Apart from [`super::content`] (the pack's shape) so that the shape does not
//! depend on its validation, which reads it.

use serde::Deserialize;

use super::content::{
    Archetype, DimensionInfo, Duo, Item, Meta, Polyvalent, QuizContent, Scale, Situation,
};
use super::validate::{self, ContentError};

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
        // Checked by the tests: read in one pass, without JSON paths.
        QuizContent::from_files_read(&BUILTIN, crate::domain::json_error::read_quick)
    }

    /// [`QuizContent::builtin`] read with JSON paths (see
    /// `Content::builtin_located`).
    pub fn builtin_located() -> Result<QuizContent, Vec<ContentError>> {
        QuizContent::from_files(&BUILTIN)
    }

    /// Reads a whole pack from one JSON text (a trainer's custom file).
    pub fn from_json(file_name: &str, text: &str) -> Result<QuizContent, Vec<ContentError>> {
        QuizContent::from_files(&[(file_name, text)])
    }

    /// Reads a pack spread over several files `(name, text)`, then validates
    /// it. All errors found are returned, each located by file, id and field.
    pub fn from_files(files: &[(&str, &str)]) -> Result<QuizContent, Vec<ContentError>> {
        QuizContent::from_files_read(files, crate::domain::json_error::read::<Part>)
    }

    /// [`QuizContent::from_files`] for files already checked (see
    /// [`crate::domain::json_error::read_quick`]).
    pub fn from_checked_files(files: &[(&str, &str)]) -> Result<QuizContent, Vec<ContentError>> {
        QuizContent::from_files_read(files, crate::domain::json_error::read_quick::<Part>)
    }

    fn from_files_read(
        files: &[(&str, &str)],
        read: crate::domain::json_error::Reader<Part>,
    ) -> Result<QuizContent, Vec<ContentError>> {
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
            let part: Part = match read(text) {
                Ok(part) => part,
                Err(p) => {
                    errors.push(ContentError::json(file, &p));
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
}
