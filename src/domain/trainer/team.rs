//! The team map: participants' quiz result codes, collected on the
//! trainer's device. A code carries only scores; a name is kept only if the
//! trainer types one, and it never leaves the device unless they choose to
//! export it.

use serde::{Deserialize, Serialize};

use super::csv::Csv;
use crate::domain::dimension::Dimension;
use crate::domain::lang::Lang;
use crate::domain::quiz::scoring::classify_scores_of;
use crate::domain::quiz::{CodeError, Mode, Profile, QuizContent, Reading, decode, reading};

/// One participant of the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The code, normalised (12 characters, upper case, no dashes).
    pub code: String,
    /// Typed by the trainer, optional; stays on this device.
    #[serde(default)]
    pub name: String,
    pub mode: Mode,
    pub scores: [u8; 7],
}

impl Member {
    /// Marked preferences, less used dimensions and profile.
    pub fn profile(&self) -> (Vec<Dimension>, Vec<Dimension>, Profile) {
        classify_scores_of(&self.scores, &self.unscored())
    }

    /// The questionnaire version inside the code (1 if unreadable, which
    /// `check` rules out).
    pub fn version(&self) -> u8 {
        decode(&self.code).map_or(1, |d| d.version)
    }

    /// Dimensions the person had too few answers for.
    pub fn unscored(&self) -> Vec<Dimension> {
        decode(&self.code).map_or_else(|_| Vec::new(), |d| d.unscored_dimensions())
    }

    /// The reading the participant saw on their result page.
    pub fn reading(&self) -> Reading {
        reading::read(&self.scores, &self.unscored(), &[0; 7], self.mode)
    }
}

/// Why a code was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddError {
    /// The code does not decode (typo, wrong length…).
    Invalid(CodeError),
    /// The same code is already on the map, at this position (0-based).
    Duplicate(usize),
}

/// The codes collected so far, in the order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMap {
    pub members: Vec<Member>,
}

/// Reduces a typed code to its 12 significant characters.
pub fn normalise(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl TeamMap {
    /// Checks a typed code without adding it.
    pub fn check(&self, input: &str) -> Result<Member, AddError> {
        let data = decode(input).map_err(AddError::Invalid)?;
        let code = normalise(input);
        if let Some(i) = self.members.iter().position(|m| m.code == code) {
            return Err(AddError::Duplicate(i));
        }
        Ok(Member {
            code,
            name: String::new(),
            mode: data.mode,
            scores: data.scores,
        })
    }

    /// Adds a code (with an optional name). Returns the new member's index.
    pub fn add(&mut self, input: &str, name: &str) -> Result<usize, AddError> {
        let mut m = self.check(input)?;
        m.name = name.trim().to_owned();
        self.members.push(m);
        Ok(self.members.len() - 1)
    }

    /// Adds several codes separated by spaces, commas, semicolons or new
    /// lines. Each code is accepted or refused on its own.
    pub fn add_many(&mut self, text: &str) -> Vec<(String, Result<usize, AddError>)> {
        let mut out = Vec::new();
        for token in text
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|t| !t.is_empty())
        {
            out.push((token.to_owned(), self.add(token, "")));
        }
        out
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.members.len() {
            self.members.remove(index);
        }
    }

    /// Spread of each dimension over the group.
    pub fn spread(&self) -> Vec<Spread> {
        Dimension::ALL
            .iter()
            .map(|&d| Spread::of(d, self))
            .collect()
    }

    /// For each dimension, how many participants have its archetype (as
    /// their profile's first dimension) and how many have it as a marked
    /// preference. A dimension nobody marks is one the group lacks.
    pub fn archetypes(&self) -> Vec<ArchetypeCount> {
        let profiles: Vec<_> = self.members.iter().map(Member::profile).collect();
        Dimension::ALL
            .iter()
            .map(|&d| ArchetypeCount {
                dimension: d,
                archetype: profiles
                    .iter()
                    .filter(
                        |(_, _, p)| matches!(p, Profile::Single(x) | Profile::Duo(x, _) if *x == d),
                    )
                    .count(),
                marked: profiles.iter().filter(|(m, _, _)| m.contains(&d)).count(),
            })
            .collect()
    }

    /// The questionnaire versions of the codes, oldest first. More than
    /// one: the map mixes item sets and must say so.
    pub fn versions(&self) -> Vec<u8> {
        let mut v: Vec<u8> = self.members.iter().map(Member::version).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Participants with no marked preference.
    pub fn polyvalent(&self) -> usize {
        self.members
            .iter()
            .filter(|m| m.profile().2 == Profile::Polyvalent)
            .count()
    }

    /// Pairing suggestions: see [`pairs`].
    pub fn pairs(&self) -> Vec<Pair> {
        pairs(&self.members)
    }
}

/// Minimum, mean, maximum of one dimension, and how many mark it or use it less.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Spread {
    pub dimension: Dimension,
    pub min: u8,
    /// Rounded to the nearest point.
    pub mean: u8,
    pub max: u8,
    pub marked: usize,
    pub less_used: usize,
}

impl Spread {
    fn of(d: Dimension, map: &TeamMap) -> Spread {
        let values: Vec<u8> = map.members.iter().map(|m| m.scores[d.index()]).collect();
        let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
        let n = values.len() as u32;
        let (mut marked, mut less_used) = (0, 0);
        for m in &map.members {
            let (mk, lu, _) = m.profile();
            marked += usize::from(mk.contains(&d));
            less_used += usize::from(lu.contains(&d));
        }
        Spread {
            dimension: d,
            min: values.iter().copied().min().unwrap_or(0),
            mean: (sum + n / 2).checked_div(n).unwrap_or(0) as u8,
            max: values.iter().copied().max().unwrap_or(0),
            marked,
            less_used,
        }
    }
}

/// Who in the group has a dimension's archetype, and who marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ArchetypeCount {
    pub dimension: Dimension,
    pub archetype: usize,
    pub marked: usize,
}

/// Two (or, for an odd group, three) participants who complement each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    /// Member indices, ascending.
    pub members: Vec<usize>,
    /// Dimensions one of them marks and another uses less.
    pub complements: Vec<Dimension>,
}

/// How well `a` and `b` complement each other: each dimension one marks
/// and the other uses less counts 100, plus the distance between their
/// scores (so that two people with no marked dimension still get paired by
/// difference). Higher is better.
fn affinity(a: &Member, b: &Member) -> (u32, Vec<Dimension>) {
    let (am, al, _) = a.profile();
    let (bm, bl, _) = b.profile();
    let complements: Vec<Dimension> = Dimension::ALL
        .into_iter()
        .filter(|d| (am.contains(d) && bl.contains(d)) || (bm.contains(d) && al.contains(d)))
        .collect();
    let distance: u32 = a
        .scores
        .iter()
        .zip(b.scores)
        .map(|(&x, y)| u32::from(x.abs_diff(y)))
        .sum();
    (complements.len() as u32 * 100 + distance, complements)
}

/// Greedy pairing: the most complementary pair first, then the next among
/// the others, and so on; with an odd number, the last person joins the
/// pair they complement best. Deterministic (ties: lower indices first).
pub fn pairs(members: &[Member]) -> Vec<Pair> {
    let n = members.len();
    if n < 2 {
        return Vec::new();
    }
    let mut scored = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let (score, complements) = affinity(&members[i], &members[j]);
            scored.push((score, i, j, complements));
        }
    }
    // Highest score first; ties by indices.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used = vec![false; n];
    let mut out: Vec<Pair> = Vec::new();
    for (_, i, j, complements) in scored {
        if !used[i] && !used[j] {
            used[i] = true;
            used[j] = true;
            out.push(Pair {
                members: vec![i, j],
                complements,
            });
        }
    }
    if let Some(last) = used.iter().position(|u| !u) {
        let best = out
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let s: u32 = p
                    .members
                    .iter()
                    .map(|&m| affinity(&members[m], &members[last]).0)
                    .sum();
                (s, k)
            })
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((_, k)) = best {
            let pair = &mut out[k];
            for &m in &pair.members.clone() {
                for d in affinity(&members[m], &members[last]).1 {
                    if !pair.complements.contains(&d) {
                        pair.complements.push(d);
                    }
                }
            }
            pair.members.push(last);
            pair.complements.sort();
        }
    }
    out
}

/// The name shown for a member's profile: the same cautious reading as on
/// their result page (named, "plutôt …", polyvalent).
pub fn profile_name(m: &Member, content: &QuizContent, lang: Lang) -> String {
    content.reading_name(m.reading().kind).get(lang).to_owned()
}

fn dimension_name(d: Dimension, content: &QuizContent, lang: Lang) -> String {
    content
        .dimension(d)
        .map_or_else(|| d.id().to_owned(), |i| i.name.get(lang).to_owned())
}

/// The team map as CSV: one row per participant (number, name only if
/// `with_names`, code, mode, the seven scores, profile). `labels`: number,
/// name, code, mode, profile, then the names of the express and complete
/// modes (the export speaks the reader's language).
pub fn team_csv(
    map: &TeamMap,
    content: &QuizContent,
    lang: Lang,
    with_names: bool,
    labels: &[&str; 7],
) -> String {
    let mut csv = Csv::new();
    let mut h = vec![labels[0].to_owned()];
    if with_names {
        h.push(labels[1].to_owned());
    }
    h.push(labels[2].to_owned());
    h.push(labels[3].to_owned());
    h.extend(
        Dimension::ALL
            .iter()
            .map(|&d| dimension_name(d, content, lang)),
    );
    h.push(labels[4].to_owned());
    csv.row(&h);
    for (i, m) in map.members.iter().enumerate() {
        let mut row = vec![(i + 1).to_string()];
        if with_names {
            row.push(m.name.clone());
        }
        row.push(crate::domain::quiz::format_grouped(&m.code));
        row.push(
            match m.mode {
                Mode::Express => labels[5],
                Mode::Complete => labels[6],
            }
            .to_owned(),
        );
        row.extend(m.scores.iter().map(u8::to_string));
        row.push(profile_name(m, content, lang));
        csv.row(&row);
    }
    csv.finish()
}

fn mode_id(mode: Mode) -> &'static str {
    match mode {
        Mode::Express => "express",
        Mode::Complete => "complete",
    }
}

/// The team map as JSON (ids, not labels): participants, spread, profiles.
pub fn team_json(map: &TeamMap, with_names: bool) -> String {
    let members: Vec<serde_json::Value> = map
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let scores: serde_json::Map<String, serde_json::Value> = Dimension::ALL
                .iter()
                .map(|d| (d.id().to_owned(), m.scores[d.index()].into()))
                .collect();
            let mut v = serde_json::json!({
                "number": i + 1,
                "code": crate::domain::quiz::format_grouped(&m.code),
                "mode": mode_id(m.mode),
                "scores": scores,
                "profile": m.profile().2,
            });
            if with_names {
                v["name"] = m.name.clone().into();
            }
            v
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "labo_team_map": 1,
        "participants": members,
        "spread": map.spread(),
        "archetypes": map.archetypes(),
    }))
    .unwrap_or_default()
}
