//! The team map: codes refused one by one with their reason, duplicates
//! flagged, the spread per dimension, profiles present and missing, pairs.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::dimension::Dimension;
use labo::domain::lang::Lang;
use labo::domain::quiz::code::{CodeData, encode_data};
use labo::domain::quiz::{CodeError, Mode, QuizContent};
use labo::domain::trainer::csv::parse;
use labo::domain::trainer::team::{AddError, TeamMap, team_csv, team_json};

fn code(scores: [u8; 7]) -> String {
    encode_data(&CodeData {
        version: 1,
        mode: Mode::Complete,
        scores,
        unscored: [false; 7],
    })
}

/// Someone who stands out on one dimension.
fn standing_out(d: Dimension) -> [u8; 7] {
    let mut s = [40; 7];
    s[d.index()] = 90;
    s
}

#[test]
fn codes_are_checked_one_by_one() {
    let mut map = TeamMap::default();
    let a = code(standing_out(Dimension::Usager));
    assert_eq!(map.add(&a, " Aïcha "), Ok(0));
    assert_eq!(map.members[0].name, "Aïcha");
    // Grouped and lower case: the same code, so a duplicate.
    let grouped = labo::domain::quiz::format_grouped(&a).to_lowercase();
    assert_eq!(map.add(&grouped, ""), Err(AddError::Duplicate(0)));
    // One character changed: refused with the check's reason.
    let mut typo: Vec<char> = a.chars().collect();
    typo[3] = if typo[3] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    assert_eq!(
        map.add(&typo, ""),
        Err(AddError::Invalid(CodeError::CheckFailed))
    );
    assert!(matches!(
        map.add("ABC", ""),
        Err(AddError::Invalid(CodeError::WrongLength { .. }))
    ));
    assert_eq!(map.members.len(), 1);
    // Several at once: each accepted or refused on its own.
    let b = code(standing_out(Dimension::Donnees));
    let results = map.add_many(&format!("{b}; {typo}\n{a}"));
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].1, Ok(1));
    assert!(results[1].1.is_err());
    assert_eq!(results[2].1, Err(AddError::Duplicate(0)));
}

#[test]
fn spread_and_profiles_of_a_group() {
    let mut map = TeamMap::default();
    for d in [Dimension::Usager, Dimension::Donnees] {
        map.add(&code(standing_out(d)), "").unwrap();
    }
    // A second person marking users, with another code.
    let mut other = standing_out(Dimension::Usager);
    other[0] = 41;
    map.add(&code(other), "").unwrap();
    map.add(&code([50; 7]), "").unwrap();
    let spread = map.spread();
    let usager = spread[Dimension::Usager.index()];
    assert_eq!((usager.min, usager.max), (40, 90));
    assert_eq!(usager.mean, 68); // (90 + 40 + 90 + 50) / 4 = 67.5
    assert_eq!(usager.marked, 2);
    let donnees = spread[Dimension::Donnees.index()];
    assert_eq!((donnees.min, donnees.mean, donnees.max), (40, 55, 90));
    let arch = map.archetypes();
    assert_eq!(arch[Dimension::Usager.index()].archetype, 2);
    assert_eq!(arch[Dimension::Donnees.index()].archetype, 1);
    assert_eq!(
        arch[Dimension::Audace.index()].marked,
        0,
        "the group lacks audacity"
    );
    assert_eq!(map.polyvalent(), 1);
    map.remove(3);
    assert_eq!(map.polyvalent(), 0);
}

#[test]
fn pairs_join_complementary_people_and_take_everyone() {
    let mut map = TeamMap::default();
    let mut low_usager = [70; 7];
    low_usager[Dimension::Usager.index()] = 20;
    let mut low_donnees = [70; 7];
    low_donnees[Dimension::Donnees.index()] = 20;
    map.add(&code(standing_out(Dimension::Donnees)), "")
        .unwrap(); // 0
    map.add(&code(low_donnees), "").unwrap(); // 1
    map.add(&code(standing_out(Dimension::Usager)), "").unwrap(); // 2
    map.add(&code(low_usager), "").unwrap(); // 3
    map.add(&code([55; 7]), "").unwrap(); // 4
    let pairs = map.pairs();
    assert_eq!(pairs.len(), 2);
    let all: Vec<usize> = pairs.iter().flat_map(|p| p.members.clone()).collect();
    assert_eq!(all.len(), 5, "nobody left out: {pairs:?}");
    assert!(
        pairs
            .iter()
            .any(|p| p.members.starts_with(&[0, 1]) && p.complements.contains(&Dimension::Donnees))
    );
    assert!(
        pairs
            .iter()
            .any(|p| p.members.starts_with(&[2, 3]) && p.complements.contains(&Dimension::Usager))
    );
    assert!(TeamMap::default().pairs().is_empty());
}

#[test]
fn exports_leave_names_out_unless_asked() {
    let content = QuizContent::builtin().unwrap();
    let mut map = TeamMap::default();
    map.add(
        &code(standing_out(Dimension::Recit)),
        "Zoé; \"la conteuse\"",
    )
    .unwrap();
    map.add(&code([30, 40, 50, 60, 70, 80, 90]), "").unwrap();
    let labels = [
        "N°",
        "Nom",
        "Code",
        "Questionnaire",
        "Profil",
        "express",
        "complet",
    ];
    let csv = team_csv(&map, &content, Lang::Fr, false, &labels);
    assert!(csv.starts_with('\u{feff}'));
    assert!(!csv.contains("Zoé"));
    let rows = parse(&csv);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].len(), 3 + 7 + 1);
    assert_eq!(rows[2][3..10], ["30", "40", "50", "60", "70", "80", "90"]);
    let with = parse(&team_csv(&map, &content, Lang::Fr, true, &labels));
    assert_eq!(with[1][1], "Zoé; \"la conteuse\"");
    assert!(!team_json(&map, false).contains("Zoé"));
    assert!(team_json(&map, true).contains("Zoé"));
    let json: serde_json::Value = serde_json::from_str(&team_json(&map, false)).unwrap();
    assert_eq!(json["participants"][1]["scores"]["cooperation"], 90);
}
