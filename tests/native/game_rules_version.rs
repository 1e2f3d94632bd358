//! Games saved under the previous rules still open: read-only, for their
//! debrief, judged by the tiers they were played for. The fixture holds
//! two stored records (mid-game and finished) written by each older rules
//! version (`tests/native/game_golden.rs` writes one per version).
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::game::*;
use labo::storage::envelope;
use labo::storage::records::SavedGame;

fn records(version: u32) -> Vec<SavedGame> {
    let path = format!(
        "{}/tests/fixtures/saved_game_v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let texts: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("list");
    texts
        .iter()
        .map(|t| {
            envelope::decode::<SavedGame>(t)
                .expect("older record decodes")
                .record
        })
        .collect()
}

#[test]
fn a_game_of_the_previous_rules_opens_read_only_for_its_debrief() {
    let c = Content::builtin().expect("built-in content");
    for version in 1..CONTENT_VERSION {
        let records = records(version);
        assert_eq!(records.len(), 2);
        for rec in records {
            let s = rec.state;
            assert_eq!(s.content_version, version);
            // Not playable under today's rules…
            assert_eq!(s.validate(&c), Err(StateError::ContentVersion(version)));
            // …but readable: its indices still match today's content.
            assert_eq!(s.validate_readable(&c), Ok(()));
            assert!(s.read_only());
            assert!(s.legal_actions(&c).is_empty());
            for a in [Action::RevealEvent, Action::EndTurn, Action::AdvancePhase] {
                let before = s.clone();
                let (back, e) = s.clone().apply(&c, a).expect_err("read-only");
                assert_eq!(e, RuleError::OlderRules);
                assert_eq!(back, before);
            }
            assert!(c.text(RuleError::OlderRules.key()).is_some());
            // The debrief reads it without panicking, with its own tiers.
            let d = debrief(&s, &c);
            assert_eq!(d.projected, s.projected_tier(&c));
            assert!(!d.powers_logged);
            // A round trip keeps it identical (new fields default to 0, a
            // team's one role becomes one member).
            let json = serde_json::to_string(&s).unwrap();
            let back: GameState = serde_json::from_str(&json).unwrap();
            assert_eq!(back, s);
        }
    }
}

#[test]
fn a_game_of_unknown_rules_is_refused() {
    let c = Content::builtin().expect("built-in content");
    let mut s = records(1).remove(0).state;
    s.content_version = CONTENT_VERSION + 1;
    assert!(s.validate_readable(&c).is_err());
    s.content_version = 0;
    assert!(s.validate_readable(&c).is_err());
}
