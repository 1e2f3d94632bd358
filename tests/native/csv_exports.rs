//! Every CSV export read back by an independent reader (the `csv` crate),
//! as a spreadsheet would: UTF-8 with a byte order mark, `;` between
//! fields, quoted fields. Awkward names (separator, quotes, line breaks,
//! formula-like text) must stay in their cell, every record must have the
//! header's width, and a French export must read in French.

use std::collections::BTreeMap;

use labo::domain::dimension::Dimension;
use labo::domain::game::Content;
use labo::domain::game::sim::{Strategy, play_game};
use labo::domain::game::state::Difficulty;
use labo::domain::game::summary::TableSummary;
use labo::domain::lang::Lang;
use labo::domain::quiz::code::{CodeData, encode_data};
use labo::domain::quiz::reliability::pilot_csv;
use labo::domain::quiz::scoring::score;
use labo::domain::quiz::{Mode, QuizContent};
use labo::domain::trainer::compare::comparison_csv;
use labo::domain::trainer::team::{TeamMap, team_csv};

/// The records of a `;`-separated export, header first, read by `csv`.
fn read(text: &str, separator: u8) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("starts with a byte order mark");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(false)
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| {
            r.expect("a well-formed record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn member_code(scores: [u8; 7], mode: Mode) -> String {
    encode_data(&CodeData {
        version: 2,
        mode,
        scores,
        unscored: [false; 7],
    })
}

#[test]
fn the_team_map_export_reads_back_cell_for_cell_in_french() {
    let quiz = QuizContent::builtin().expect("built-in quiz");
    let mut map = TeamMap::default();
    let awkward = [
        "Zoé; \"la conteuse\"",
        "Line\nbreak",
        "=SUM(A1:A3)",
        "-Karim",
    ];
    for (n, name) in awkward.iter().enumerate() {
        let mut scores = [50; 7];
        scores[n] = 90;
        let mode = if n % 2 == 0 {
            Mode::Complete
        } else {
            Mode::Express
        };
        map.add(&member_code(scores, mode), name)
            .expect("valid code");
    }
    let labels = [
        "N°",
        "Nom",
        "Code",
        "Questionnaire",
        "Profil",
        "express",
        "complet",
    ];
    let rows = read(&team_csv(&map, &quiz, Lang::Fr, true, &labels), b';');
    assert_eq!(rows.len(), 1 + awkward.len());
    assert_eq!(rows[0][..4], ["N°", "Nom", "Code", "Questionnaire"]);
    assert_eq!(rows[0].len(), 4 + Dimension::ALL.len() + 1);
    for (row, name) in rows[1..].iter().zip(awkward) {
        assert_eq!(
            row.len(),
            rows[0].len(),
            "every record as wide as the header"
        );
        // A formula-like name is neutralised by a leading apostrophe, and
        // otherwise kept whole.
        assert_eq!(row[1].trim_start_matches('\''), name);
        assert!(!row[1].starts_with(['=', '+', '@']));
        assert!(
            ["express", "complet"].contains(&row[3].as_str()),
            "{}",
            row[3]
        );
    }
}

#[test]
fn the_tables_comparison_export_reads_back_with_names_not_ids() {
    let game = Content::builtin().expect("built-in game");
    let scenario = &game.scenarios[0].id;
    let summaries: Vec<(u8, TableSummary)> = [Strategy::UserCentred, Strategy::Ballistic]
        .into_iter()
        .enumerate()
        .map(|(n, strategy)| {
            let state = play_game(
                &game,
                scenario,
                Difficulty::Normal,
                2,
                strategy,
                42 + n as u64,
            )
            .expect("the game plays to its end");
            (n as u8 + 1, TableSummary::from_game(&state, &game))
        })
        .collect();
    let labels = [
        "Table",
        "Scénario",
        "Difficulté",
        "Tirage",
        "Issue",
        "Terminée",
        "Usagers dès le mois",
        "Méthodes",
        "oui",
        "non",
    ];
    let rows = read(&comparison_csv(&summaries, &game, Lang::Fr, &labels), b';');
    assert_eq!(rows.len(), 3);
    for row in &rows[1..] {
        assert_eq!(row.len(), rows[0].len());
        assert_eq!(row[1], game.scenarios[0].name.fr);
        assert_eq!(
            row[2],
            game.difficulties[Difficulty::Normal.index()].name.fr
        );
        assert!(
            game.tiers.iter().any(|t| t.name.fr == row[4]),
            "tier name: {}",
            row[4]
        );
        assert!(["oui", "non"].contains(&row[5].as_str()));
        let methods = row.last().expect("a methods cell");
        assert!(
            methods.is_empty()
                || methods
                    .split(", ")
                    .all(|m| game.methods.iter().any(|c| c.name.fr == m)),
            "method names: {methods}"
        );
    }
}

#[test]
fn the_pilot_export_reads_back_with_one_column_per_item() {
    let quiz = QuizContent::builtin().expect("built-in quiz");
    let answers: BTreeMap<String, u8> = quiz
        .items
        .iter()
        .filter(|i| Mode::Express.includes(i))
        .map(|i| (i.id.clone(), 4))
        .collect();
    let result = score(&quiz, Mode::Express, &answers, &BTreeMap::new()).expect("scored");
    let text = pilot_csv(&[(1_764_000_000_000, &result)]);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    assert_eq!(
        headers.iter().take(3).collect::<Vec<_>>(),
        ["version", "mode", "month"]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].len(), headers.len());
    assert_eq!(headers.len(), 3 + result.answers.len());
}
