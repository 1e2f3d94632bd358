//! Export / import: a round trip keeps everything; every kind of bad file
//! is refused with its own reason; and a fuzz of the validator (100,000
//! inputs in all) never panics.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::dimension::Dimension;
use labo::domain::quiz::{Mode, Profile, QuizResult};
use labo::storage::backup::{self, ImportError, MAX_BYTES};
use labo::storage::envelope::encode;
use labo::storage::records::{
    Loaded, QUIZ_HISTORY_KEY, QuizAttempt, QuizHistory, SETTINGS_KEY, Settings,
};
use proptest::prelude::*;

fn result(scores: [u8; 7]) -> QuizResult {
    QuizResult {
        version: 2,
        mode: Mode::Complete,
        scores,
        unscored: vec![],
        answered: [4; 7],
        answers: Default::default(),
        marked: vec![Dimension::Curiosite],
        less_used: vec![],
        profile: Profile::Single(Dimension::Curiosite),
        indicative: false,
        situational: [0; 7],
    }
}

fn sample_export() -> String {
    let history = QuizHistory {
        attempts: vec![
            QuizAttempt {
                completed_at: 1_700_000_000_000,
                result: result([90, 50, 50, 50, 50, 50, 50]),
            },
            QuizAttempt {
                completed_at: 1_760_000_000_000,
                result: result([80, 60, 40, 50, 50, 50, 55]),
            },
        ],
    };
    let settings = Settings {
        lang: Some("en".into()),
        large_text: true,
        active_pack: None,
    };
    let entries = vec![
        (SETTINGS_KEY.to_owned(), encode(&settings, 3, 1).unwrap()),
        (QUIZ_HISTORY_KEY.to_owned(), encode(&history, 2, 2).unwrap()),
        (
            "labo.quarantine.labo.settings.1".to_owned(),
            "garbage".to_owned(),
        ),
        ("someone.else".to_owned(), "{}".to_owned()),
    ];
    backup::export(&entries, 1_770_000_000_000)
}

#[test]
fn an_export_reads_back_whole() {
    let import = backup::validate(sample_export().as_bytes()).unwrap();
    assert_eq!(
        import.records.len(),
        2,
        "quarantine and foreign keys are not exported"
    );
    let s = import.summary();
    assert_eq!(s.quiz_attempts, 2);
    assert!(s.settings);
    assert!(!s.quiz_in_progress);
    assert_eq!(
        s.attempts_span,
        Some((1_700_000_000_000, 1_760_000_000_000))
    );
}

#[test]
fn merging_histories_unites_them_without_duplicates() {
    let import = backup::validate(sample_export().as_bytes()).unwrap();
    let (_, theirs) = import
        .records
        .into_iter()
        .find(|(k, _)| k == QUIZ_HISTORY_KEY)
        .unwrap();
    let mine = Loaded::QuizHistory(QuizHistory {
        attempts: vec![QuizAttempt {
            completed_at: 1_720_000_000_000,
            result: result([50; 7]),
        }],
    });
    let Loaded::QuizHistory(h) = mine.merge(theirs.clone()) else {
        panic!()
    };
    assert_eq!(h.attempts.len(), 3);
    assert!(
        h.attempts
            .windows(2)
            .all(|w| w[0].completed_at <= w[1].completed_at)
    );
    let Loaded::QuizHistory(again) = Loaded::QuizHistory(h).merge(theirs) else {
        panic!()
    };
    assert_eq!(again.attempts.len(), 3, "importing twice adds nothing");
}

#[test]
fn each_kind_of_bad_file_gets_its_own_reason() {
    let good = sample_export();
    let code = |bytes: &[u8]| backup::validate(bytes).unwrap_err().code();
    assert_eq!(code(b""), "empty");
    assert_eq!(code(b"   \n"), "empty");
    assert_eq!(code(&vec![b' '; MAX_BYTES + 1]), "too_large");
    assert_eq!(
        code(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        "not_text"
    );
    assert_eq!(code(&[0xff, 0xfe, 0x00]), "not_text");
    assert_eq!(code(&good.as_bytes()[..good.len() / 2]), "truncated");
    assert_eq!(code(b"format: labo-export"), "not_json");
    assert_eq!(code(br#"{"name":"une autre appli"}"#), "foreign");
    assert_eq!(code(br#"[1,2,3]"#), "foreign");
    assert_eq!(
        code(good.replace("\"version\": 1", "\"version\": 7").as_bytes()),
        "newer"
    );
    assert_eq!(
        code(
            good.replace("\"version\": 1", "\"version\": \"un\"")
                .as_bytes()
        ),
        "wrong_shape"
    );
    assert_eq!(
        code(good.replace("\"schema\": 2", "\"schema\": 99").as_bytes()),
        "bad_record"
    );
    assert_eq!(
        code(good.replace("labo.settings", "labo.inconnu").as_bytes()),
        "unknown_record"
    );
    let err =
        backup::validate(good.replace("\"schema\": 2", "\"schema\": 99").as_bytes()).unwrap_err();
    assert!(matches!(err, ImportError::BadRecord { ref key, .. } if key == SETTINGS_KEY));
    // A byte-order mark (Windows editors) is fine.
    assert!(backup::validate(format!("\u{feff}{good}").as_bytes()).is_ok());
    // Nesting beyond any export is not called a syntax error.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert_eq!(code(deep.as_bytes()), "too_deep");
}

#[test]
fn a_record_written_twice_refuses_the_file() {
    let one = encode(&QuizHistory::default(), 1, 1).unwrap();
    let two = encode(
        &QuizHistory {
            attempts: vec![QuizAttempt {
                completed_at: 1_700_000_000_000,
                result: result([90, 50, 50, 50, 50, 50, 50]),
            }],
        },
        2,
        2,
    )
    .unwrap();
    let file = |records: String| {
        format!(
            r#"{{"format":"labo-export","version":1,"app":"0.1.0","exported_at":1,"records":{{{records}}}}}"#
        )
    };
    let single = file(format!(r#""{QUIZ_HISTORY_KEY}":{two}"#));
    assert!(backup::validate(single.as_bytes()).is_ok());
    // The same key twice: which copy is right cannot be known, so nothing
    // is dropped silently.
    let twice = file(format!(
        r#""{QUIZ_HISTORY_KEY}":{two},"{QUIZ_HISTORY_KEY}":{one}"#
    ));
    let err = backup::validate(twice.as_bytes());
    assert!(
        matches!(err, Err(ImportError::Duplicate { ref key }) if key == QUIZ_HISTORY_KEY),
        "{err:?}"
    );
}

#[test]
fn a_utf16_export_is_read_as_text() {
    let good = sample_export();
    for le in [true, false] {
        let mut bytes = if le {
            vec![0xff, 0xfe]
        } else {
            vec![0xfe, 0xff]
        };
        for u in good.encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        assert!(backup::validate(&bytes).is_ok());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 50_000, ..ProptestConfig::default() })]

    /// Arbitrary bytes: refused or accepted, never a panic.
    #[test]
    fn fuzz_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = backup::validate(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 50_000, ..ProptestConfig::default() })]

    /// A valid export with one edit (cut, byte changed, text inserted):
    /// never a panic, and a cut file is never accepted.
    #[test]
    fn fuzz_mutated_exports(at in 0usize..4000, byte in any::<u8>(), op in 0u8..3, insert in "[\\PC]{0,12}") {
        let good = sample_export().into_bytes();
        let at = at % good.len();
        let mut bytes = good.clone();
        match op {
            0 => bytes.truncate(at),
            1 => bytes[at] = byte,
            _ => { bytes.splice(at..at, insert.bytes()); }
        }
        let verdict = backup::validate(&bytes);
        if op == 0 && at < good.len() - 1 {
            prop_assert!(verdict.is_err());
        }
    }
}
