//! Result codes: round trip, tolerant input, and the check character
//! catching every single substitution and every adjacent transposition.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::dimension::Dimension::{Cooperation, Curiosite};
use labo::domain::quiz::code::{
    ALPHABET, CODE_LEN, CodeData, CodeError, decode, encode, encode_data, format_grouped,
};
use labo::domain::quiz::qr::{qr_path, team_map_link};
use labo::domain::quiz::scoring::{self, Mode, Profile};
use proptest::prelude::*;

fn data(mode: Mode, scores: [u8; 7]) -> CodeData {
    CodeData {
        version: 1,
        mode,
        scores,
        unscored: [false; 7],
    }
}

fn samples() -> Vec<String> {
    vec![
        encode_data(&data(Mode::Complete, [0; 7])),
        encode_data(&data(Mode::Express, [100; 7])),
        encode_data(&data(Mode::Complete, [25, 50, 75, 100, 0, 63, 88])),
        encode_data(&data(Mode::Express, [13, 99, 1, 42, 57, 70, 6])),
    ]
}

#[test]
fn alphabet_has_no_ambiguous_characters() {
    assert_eq!(ALPHABET.len(), 29);
    for c in b"01OILUV" {
        assert!(!ALPHABET.contains(c), "{}", char::from(*c));
    }
    let mut sorted = ALPHABET.to_vec();
    sorted.dedup();
    assert_eq!(sorted.len(), ALPHABET.len());
}

#[test]
fn codes_are_twelve_characters() {
    for code in samples() {
        assert_eq!(code.len(), CODE_LEN);
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
    }
}

#[test]
fn encode_takes_scores_and_mode_from_a_result() {
    let c = labo::domain::quiz::content::QuizContent::builtin().expect("valid");
    let answers = c.items.iter().map(|i| (i.id.clone(), 4)).collect();
    let r = scoring::score(&c, Mode::Complete, &answers, &Default::default()).expect("complete");
    let decoded = decode(&encode(&r)).expect("valid");
    // The questionnaire's version travels in the code.
    let expected = CodeData {
        version: 2,
        ..data(Mode::Complete, r.scores)
    };
    assert_eq!(decoded, expected);
}

#[test]
fn decoding_tolerates_case_spaces_and_dashes() {
    let d = data(Mode::Complete, [10, 20, 30, 40, 50, 60, 70]);
    let code = encode_data(&d);
    let grouped = format_grouped(&code);
    assert_eq!(grouped.len(), 14);
    assert_eq!(grouped.matches('-').count(), 2);
    assert_eq!(decode(&grouped), Ok(d));
    assert_eq!(decode(&grouped.to_lowercase()), Ok(d));
    assert_eq!(decode(&format!("  {} ", grouped.replace('-', " "))), Ok(d));
}

#[test]
fn errors_are_specific() {
    let code = encode_data(&data(Mode::Express, [1, 2, 3, 4, 5, 6, 7]));
    assert_eq!(
        decode(&code[..11]),
        Err(CodeError::WrongLength {
            expected: 12,
            found: 11
        })
    );
    let with_zero = format!("{}-{}0{}", &code[..4], &code[4..6], &code[7..]);
    assert_eq!(
        decode(&with_zero),
        Err(CodeError::ForbiddenCharacter {
            character: '0',
            position: 8
        })
    );
    // A version-3 code with a valid check is refused as unknown.
    let v3 = encode_data(&CodeData {
        version: 3,
        mode: Mode::Express,
        scores: [0; 7],
        unscored: [false; 7],
    });
    assert_eq!(decode(&v3), Err(CodeError::UnknownVersion(3)));
    for e in [
        CodeError::WrongLength {
            expected: 12,
            found: 3,
        },
        CodeError::ForbiddenCharacter {
            character: 'O',
            position: 2,
        },
        CodeError::CheckFailed,
        CodeError::UnknownVersion(9),
        CodeError::OutOfRange,
    ] {
        assert!(e.message().is_complete());
    }
    assert!(
        CodeError::CheckFailed
            .message()
            .fr
            .contains("faute de frappe")
    );
    assert!(CodeError::CheckFailed.message().en.contains("typo"));
}

#[test]
fn every_single_substitution_is_caught() {
    let mut tried = 0;
    for code in samples() {
        let original: Vec<u8> = code.bytes().collect();
        for pos in 0..CODE_LEN {
            for &c in ALPHABET.iter().filter(|&&c| c != original[pos]) {
                let mut typo = original.clone();
                typo[pos] = c;
                let typo = String::from_utf8(typo).expect("ascii");
                assert_eq!(
                    decode(&typo),
                    Err(CodeError::CheckFailed),
                    "{code} -> {typo}"
                );
                tried += 1;
            }
        }
    }
    assert_eq!(tried, 4 * CODE_LEN * 28);
}

#[test]
fn every_transposition_is_caught() {
    for code in samples() {
        let original: Vec<u8> = code.bytes().collect();
        for i in 0..CODE_LEN {
            for j in i + 1..CODE_LEN {
                if original[i] == original[j] {
                    continue;
                }
                let mut typo = original.clone();
                typo.swap(i, j);
                let typo = String::from_utf8(typo).expect("ascii");
                assert_eq!(
                    decode(&typo),
                    Err(CodeError::CheckFailed),
                    "{code} -> {typo}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn round_trip(scores in proptest::array::uniform7(0u8..=100), complete in any::<bool>()) {
        let mode = if complete { Mode::Complete } else { Mode::Express };
        let d = data(mode, scores);
        let code = encode_data(&d);
        prop_assert_eq!(code.len(), CODE_LEN);
        prop_assert_eq!(decode(&code), Ok(d));
        prop_assert_eq!(decode(&format_grouped(&code).to_lowercase()), Ok(d));
    }

    #[test]
    fn decode_never_panics(input in "\\PC{0,20}") {
        let _ = decode(&input);
    }
}

#[test]
fn team_map_link_and_qr() {
    let code = encode_data(&data(Mode::Complete, [50; 7]));
    let link = team_map_link("https://labo.example.fr/app/#/quiz", &format_grouped(&code));
    assert_eq!(
        link,
        format!("https://labo.example.fr/app/#/formateur/equipe?code={code}")
    );
    let qr = qr_path(&link).expect("fits");
    // Version 4 or more (33+ modules) for a link this long, plus 4 modules of
    // quiet zone on each side.
    assert!(qr.side >= 33 + 8, "side {}", qr.side);
    assert!(
        qr.d.starts_with("M4 4h1v1h-1z"),
        "finder pattern starts after the quiet zone"
    );
    let far = qr.side - 4 - 1;
    assert!(
        qr.d.contains(&format!("M{far} 4h1v1h-1z")),
        "top-right finder pattern ends before the quiet zone"
    );
    assert!(
        !qr.d.contains(&format!("M{} ", qr.side - 4)),
        "nothing drawn in the quiet zone"
    );
    assert!(qr_path(&"x".repeat(5000)).is_err());
}

#[test]
fn a_decoded_code_gives_a_profile_for_the_team_map() {
    let code = encode_data(&data(Mode::Express, [90, 50, 50, 50, 50, 50, 20]));
    let decoded = decode(&code).expect("valid");
    let (marked, less_used, profile) = scoring::classify_scores(&decoded.scores);
    assert_eq!(marked, vec![Curiosite]);
    assert_eq!(less_used, vec![Cooperation]);
    assert_eq!(profile, Profile::Single(Curiosite));
}
