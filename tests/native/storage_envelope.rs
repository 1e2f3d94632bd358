//! The versioned envelope, natively: encoding, migrations from every older
//! schema, and the classification of unreadable data.

use labo::storage::envelope::{Record, Unreadable, decode, encode};
use labo::storage::records::{self, SETTINGS_KEY, Settings};

#[test]
fn a_record_round_trips_with_its_revision() {
    let s = Settings {
        lang: Some("en".into()),
        large_text: true,
        active_pack: None,
    };
    let text = encode(&s, 7, 1234).unwrap();
    let d = decode::<Settings>(&text).unwrap();
    assert_eq!(d.record, s);
    assert_eq!(d.rev, 7);
    assert_eq!(d.migrated_from, None);
}

#[test]
fn every_older_settings_schema_migrates() {
    for (data, lang) in [(r#""en""#, Some("en")), ("null", None)] {
        let text =
            format!(r#"{{"labo":"settings","schema":1,"app":"0.0.1","saved_at":0,"data":{data}}}"#);
        let d = decode::<Settings>(&text).unwrap();
        assert_eq!(d.record.lang.as_deref(), lang);
        assert!(!d.record.large_text);
        assert_eq!(d.migrated_from, Some(1));
        assert_eq!(records::check(SETTINGS_KEY, &text), Ok(true));
        let up = records::upgrade(SETTINGS_KEY, &text, 1).unwrap();
        assert!(up.contains(&format!("\"schema\":{}", Settings::SCHEMA)));
    }
    let bad = r#"{"labo":"settings","schema":1,"app":"0.0.1","saved_at":0,"data":[1,2]}"#;
    assert!(matches!(
        decode::<Settings>(bad),
        Err(Unreadable::Migration(_))
    ));
}

#[test]
fn unreadable_data_is_classified() {
    let code = |t: &str| decode::<Settings>(t).unwrap_err().code();
    assert_eq!(code("not json"), "not_json");
    assert_eq!(code(""), "not_json");
    assert_eq!(code("[1,2,3]"), "wrong_shape");
    assert_eq!(
        code(r#"{"labo":"quiz","schema":1,"app":"x","saved_at":0,"data":{}}"#),
        "wrong_shape"
    );
    assert_eq!(
        code(r#"{"labo":"settings","schema":9,"app":"9.9","saved_at":0,"data":{}}"#),
        "newer"
    );
    assert_eq!(
        code(r#"{"labo":"settings","schema":2,"app":"x","saved_at":0,"data":{"lang":5}}"#),
        "migration"
    );
}

/// A debrief note saved on an older revision is combined with the other
/// tab's notes, never written over them (#18, case 7).
#[test]
fn debrief_notes_from_two_tabs_are_combined() {
    use labo::storage::records::GameNotes;
    let theirs = GameNotes {
        reactions: vec![Some("tendu".into()), Some("fier".into())],
        commitments: vec!["m1".into()],
    };
    let mine = GameNotes {
        reactions: vec![None, Some("intense".into()), Some("calme".into())],
        commitments: vec!["m2".into(), "m1".into()],
    };
    let both = mine.over(theirs);
    assert_eq!(
        both.reactions,
        vec![
            Some("tendu".into()),
            Some("intense".into()),
            Some("calme".into())
        ]
    );
    assert_eq!(both.commitments, vec!["m2".to_owned(), "m1".to_owned()]);
}
