//! Validation of a quiz pack, with errors located by file, id and field so a
//! trainer editing a custom pack can find the line to fix.
//!
//! Structural errors (bad JSON, unknown field, unknown dimension id) come
//! from the parser with a line and column; everything else is checked here
//! and all problems are reported at once rather than stopping at the first.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::content::{Action, METHOD_CARD_IDS, QuizContent};
use crate::domain::dimension::Dimension;
use crate::domain::lang::Lang;
use crate::domain::text::Text;

/// Items per dimension, reversed items and express items per dimension. The
/// result code, the express mode and the marked-preference threshold were
/// tuned for this shape, so custom packs must keep it.
pub const ITEMS_PER_DIMENSION: usize = 4;
pub const REVERSED_PER_DIMENSION: usize = 1;
pub const EXPRESS_PER_DIMENSION: usize = 2;

/// One problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentError {
    /// File name as given to the loader.
    pub file: String,
    /// Id of the faulty entry (item id, dimension id…) or the section name.
    pub id: String,
    /// Field inside the entry ("text.en", "answers"…), empty if the whole entry.
    pub field: String,
    /// Line in the file, when the parser knows it.
    pub line: Option<usize>,
    pub message: Text,
}

impl ContentError {
    pub(crate) fn new(file: &str, id: &str, field: &str, fr: &str, en: &str) -> ContentError {
        ContentError {
            file: file.to_owned(),
            id: id.to_owned(),
            field: field.to_owned(),
            line: None,
            message: Text {
                fr: fr.to_owned(),
                en: en.to_owned(),
            },
        }
    }

    /// A JSON syntax or shape error, located (line, column, JSON path)
    /// and told plainly (see [`crate::domain::json_error`]).
    pub(crate) fn json(file: &str, p: &crate::domain::json_error::JsonProblem) -> ContentError {
        ContentError::new(
            file,
            "",
            "",
            &format!("{}\u{a0}: {}", p.place(true), p.message.fr),
            &format!("{}: {}", p.place(false), p.message.en),
        )
    }

    /// The error as one line, in "fr" or "en".
    pub fn describe(&self, lang: Lang) -> String {
        let mut place = self.file.clone();
        if let Some(line) = self.line {
            place.push_str(&format!(":{line}"));
        }
        if !self.id.is_empty() {
            place.push_str(&format!(" [{}]", self.id));
        }
        if !self.field.is_empty() {
            place.push_str(&format!(" {}", self.field));
        }
        let sep = if lang == Lang::En { ": " } else { "\u{a0}: " };
        format!("{place}{sep}{}", self.message.get(lang))
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::Fr))
    }
}

/// Which file each section came from, to locate errors.
pub(crate) struct Files {
    pub meta: String,
    pub scale: String,
    pub dimensions: String,
    pub items: String,
    pub situations: String,
    pub archetypes: String,
    pub duos: String,
    pub polyvalent: String,
}

/// Collects errors for one file.
struct Report<'a> {
    file: &'a str,
    errors: &'a mut Vec<ContentError>,
}

impl Report<'_> {
    fn err(&mut self, id: &str, field: &str, fr: &str, en: &str) {
        self.errors
            .push(ContentError::new(self.file, id, field, fr, en));
    }

    fn text(&mut self, id: &str, field: &str, t: &Text) {
        if t.fr.trim().is_empty() {
            self.err(
                id,
                &format!("{field}.fr"),
                "texte français manquant",
                "French text missing",
            );
        }
        if t.en.trim().is_empty() {
            self.err(
                id,
                &format!("{field}.en"),
                "texte anglais manquant",
                "English text missing",
            );
        }
    }

    fn id(&mut self, id: &str, seen: &mut BTreeSet<String>) {
        if id.trim().is_empty() {
            self.err(id, "id", "identifiant vide", "empty id");
        } else if !seen.insert(id.to_owned()) {
            self.err(id, "id", "identifiant en double", "duplicate id");
        }
    }

    fn action(&mut self, id: &str, action: &Action) {
        self.text(id, "action.text", &action.text);
        if !METHOD_CARD_IDS.contains(&action.method.as_str()) {
            self.err(
                id,
                "action.method",
                &format!("carte méthode inconnue «\u{a0}{}\u{a0}»", action.method),
                &format!("unknown method card \"{}\"", action.method),
            );
        }
    }

    /// Each dimension exactly once among `found`.
    fn each_dimension_once(&mut self, found: impl Iterator<Item = Dimension>) {
        let mut count = BTreeMap::new();
        for d in found {
            *count.entry(d).or_insert(0) += 1;
        }
        for d in Dimension::ALL {
            match count.get(&d).copied().unwrap_or(0) {
                1 => {}
                0 => self.err(d.id(), "", "dimension absente", "dimension missing"),
                _ => self.err(d.id(), "", "dimension en double", "dimension given twice"),
            }
        }
    }
}

fn count_err(
    r: &mut Report<'_>,
    id: &str,
    field: &str,
    what: (&str, &str),
    want: usize,
    got: usize,
) {
    if want != got {
        r.err(
            id,
            field,
            &format!("{want} {} attendus, {got} trouvés", what.0),
            &format!("{want} {} expected, {got} found", what.1),
        );
    }
}

/// Every semantic check of a pack; an empty list means valid.
pub(crate) fn validate(c: &QuizContent, files: &Files) -> Vec<ContentError> {
    let mut errors = Vec::new();

    let mut r = Report {
        file: &files.meta,
        errors: &mut errors,
    };
    if c.meta.version == 0 {
        r.err(
            "meta",
            "version",
            "la version commence à 1",
            "version starts at 1",
        );
    }
    r.text("meta", "title", &c.meta.title);
    if c.meta.licence.trim().is_empty() {
        r.err("meta", "licence", "licence manquante", "licence missing");
    }

    let mut r = Report {
        file: &files.scale,
        errors: &mut errors,
    };
    r.text("scale", "stem", &c.scale.stem);
    r.text("scale", "express_note", &c.scale.express_note);
    r.text("scale", "situational_intro", &c.scale.situational_intro);
    count_err(
        &mut r,
        "scale",
        "labels",
        ("libellés", "labels"),
        5,
        c.scale.labels.len(),
    );
    for (i, label) in c.scale.labels.iter().enumerate() {
        r.text("scale", &format!("labels[{i}]"), label);
    }

    let mut r = Report {
        file: &files.dimensions,
        errors: &mut errors,
    };
    r.each_dimension_once(c.dimensions.iter().map(|d| d.id));
    for d in &c.dimensions {
        r.text(d.id.id(), "name", &d.name);
        r.text(d.id.id(), "description", &d.description);
    }

    // Items and situations share one step list in a session: ids must be
    // unique across both.
    let mut ids = BTreeSet::new();
    let mut r = Report {
        file: &files.items,
        errors: &mut errors,
    };
    for item in &c.items {
        r.id(&item.id, &mut ids);
        r.text(&item.id, "text", &item.text);
    }
    for d in Dimension::ALL {
        let of_d = || c.items.iter().filter(move |i| i.dimension == d);
        let n = (of_d().count(), of_d().filter(|i| i.reversed).count());
        let express = of_d().filter(|i| i.express).count();
        count_err(
            &mut r,
            d.id(),
            "items",
            ("items", "items"),
            ITEMS_PER_DIMENSION,
            n.0,
        );
        let rev = ("items inversés", "reversed items");
        count_err(&mut r, d.id(), "reversed", rev, REVERSED_PER_DIMENSION, n.1);
        let exp = ("items express", "express items");
        count_err(
            &mut r,
            d.id(),
            "express",
            exp,
            EXPRESS_PER_DIMENSION,
            express,
        );
        // Without a reversed item, answering the same everywhere in express
        // mode would still draw a profile.
        let express_reversed = of_d().filter(|i| i.express && i.reversed).count();
        let exp_rev = ("items express inversés", "reversed express items");
        count_err(
            &mut r,
            d.id(),
            "express",
            exp_rev,
            REVERSED_PER_DIMENSION,
            express_reversed,
        );
    }

    let mut r = Report {
        file: &files.situations,
        errors: &mut errors,
    };
    if c.situations.is_empty() {
        r.err(
            "situations",
            "",
            "aucune mise en situation",
            "no situational question",
        );
    }
    for s in &c.situations {
        r.id(&s.id, &mut ids);
        r.text(&s.id, "prompt", &s.prompt);
        if !(3..=4).contains(&s.answers.len()) {
            r.err(
                &s.id,
                "answers",
                &format!("3 ou 4 réponses attendues, {} trouvées", s.answers.len()),
                &format!("3 or 4 answers expected, {} found", s.answers.len()),
            );
        }
        let mut answer_ids = BTreeSet::new();
        let mut dims = BTreeSet::new();
        for a in &s.answers {
            let field = format!("answers.{}", a.id);
            if a.id.trim().is_empty() || !answer_ids.insert(a.id.clone()) {
                r.err(
                    &s.id,
                    &field,
                    "réponse vide ou en double",
                    "empty or duplicate answer id",
                );
            }
            // Two answers pointing to the same dimension would make the
            // question a choice between nuances, not between styles.
            if !dims.insert(a.dimension) {
                r.err(
                    &s.id,
                    &field,
                    "dimension déjà utilisée",
                    "dimension already used",
                );
            }
            r.text(&s.id, &format!("{field}.text"), &a.text);
        }
    }

    let mut r = Report {
        file: &files.archetypes,
        errors: &mut errors,
    };
    r.each_dimension_once(c.archetypes.iter().map(|a| a.dimension));
    for a in &c.archetypes {
        let id = a.dimension.id();
        r.text(id, "name", &a.name);
        r.text(id, "description", &a.description);
        r.text(id, "team_up_tip", &a.team_up_tip);
        count_err(
            &mut r,
            id,
            "strengths",
            ("forces", "strengths"),
            3,
            a.strengths.len(),
        );
        for (i, t) in a.strengths.iter().enumerate() {
            r.text(id, &format!("strengths[{i}]"), t);
        }
        if !(2..=3).contains(&a.blind_spots.len()) {
            r.err(
                id,
                "blind_spots",
                "2 ou 3 angles morts attendus",
                "2 or 3 blind spots expected",
            );
        }
        for (i, t) in a.blind_spots.iter().enumerate() {
            r.text(id, &format!("blind_spots[{i}]"), t);
        }
        if a.team_up_with == a.dimension {
            r.err(
                id,
                "team_up_with",
                "le profil complémentaire doit être une autre dimension",
                "the complementary profile must be another dimension",
            );
        }
        r.action(id, &a.action);
    }

    let mut r = Report {
        file: &files.duos,
        errors: &mut errors,
    };
    let mut pairs = BTreeSet::new();
    for duo in &c.duos {
        let [a, b] = duo.dimensions;
        let id = format!("{}+{}", a.id(), b.id());
        if a == b {
            r.err(
                &id,
                "dimensions",
                "deux dimensions différentes attendues",
                "two different dimensions expected",
            );
        } else if !pairs.insert((a.min(b), a.max(b))) {
            r.err(&id, "dimensions", "duo en double", "duplicate duo");
        }
        r.text(&id, "name", &duo.name);
        r.text(&id, "description", &duo.description);
    }
    for (i, &a) in Dimension::ALL.iter().enumerate() {
        for &b in &Dimension::ALL[i + 1..] {
            if !pairs.contains(&(a, b)) {
                let id = format!("{}+{}", a.id(), b.id());
                r.err(&id, "", "duo absent", "duo missing");
            }
        }
    }

    let mut r = Report {
        file: &files.polyvalent,
        errors: &mut errors,
    };
    r.text("polyvalent", "name", &c.polyvalent.name);
    r.text("polyvalent", "description", &c.polyvalent.description);
    r.action("polyvalent", &c.polyvalent.action);

    errors
}
