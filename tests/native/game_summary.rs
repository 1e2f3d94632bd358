//! Table summary codes: a finished game's summary survives the code, every
//! single mistyped character is caught, and foreign codes are refused.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::game::sim::{Strategy, play_game};
use labo::domain::game::state::Difficulty;
use labo::domain::game::summary::{SUMMARY_CODE_LEN, SummaryError, TableSummary};
use labo::domain::game::{Content, GameState};

fn finished_game(seed: u64) -> (GameState, Content) {
    let content = Content::builtin().expect("built-in content");
    let scenario = content.scenarios[1].id.clone();
    let state = play_game(
        &content,
        &scenario,
        Difficulty::Normal,
        2,
        Strategy::UserCentred,
        seed,
    )
    .expect("a game plays to its end");
    (state, content)
}

#[test]
fn a_summary_round_trips_through_its_code() {
    for seed in [1, 42, 4_000_000_000] {
        let (state, content) = finished_game(seed);
        let summary = TableSummary::from_game(&state, &content);
        assert!(summary.finished);
        assert_eq!(summary.teams, 2);
        assert!(summary.methods != 0, "methods were played");
        let code = summary.to_code();
        let bare: String = code.chars().filter(|c| *c != '-').collect();
        assert_eq!(bare.len(), SUMMARY_CODE_LEN);
        assert_eq!(
            TableSummary::from_code(&code, &content),
            Ok(summary.clone())
        );
        assert_eq!(
            TableSummary::from_code(&code.to_lowercase(), &content),
            Ok(summary.clone())
        );
        assert!(!summary.method_ids(&content).is_empty());
    }
}

#[test]
fn every_single_typo_is_caught() {
    let (state, content) = finished_game(7);
    let code: Vec<char> = TableSummary::from_game(&state, &content)
        .to_code()
        .chars()
        .filter(|c| *c != '-')
        .collect();
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for i in 0..code.len() {
        for c in alphabet.chars().filter(|&c| c != code[i]) {
            let mut typo = code.clone();
            typo[i] = c;
            let typo: String = typo.into_iter().collect();
            assert!(
                TableSummary::from_code(&typo, &content).is_err(),
                "{typo} accepted"
            );
        }
    }
}

#[test]
fn malformed_codes_get_their_reason() {
    let content = Content::builtin().unwrap();
    assert_eq!(
        TableSummary::from_code("ABC", &content),
        Err(SummaryError::WrongLength(3))
    );
    assert!(matches!(
        TableSummary::from_code("AB#", &content),
        Err(SummaryError::BadCharacter {
            character: '#',
            position: 3
        })
    ));
}
