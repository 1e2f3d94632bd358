//! Reading codes with the camera: Labo's own QR codes (a participant's
//! team-map link, a table's summary code) are read back from an image as
//! a camera would give it; links give their code; a code held up is one read.

use labo::domain::quiz::{qr_grid, team_map_link};
use labo::domain::trainer::scan::{Repeats, SAME_CODE_GAP_MS, Scanned, classify, decode_rgba};

/// An RGBA picture (`w` × `h`, grey background) with the QR code of `text`
/// drawn at (`left`, `top`), `scale` pixels a module, in dark grey on white
/// as a screen filmed in a room is.
fn picture(text: &str, w: usize, h: usize, left: usize, top: usize, scale: usize) -> Vec<u8> {
    let grid = qr_grid(text).expect("fits");
    let mut rgba = vec![0u8; w * h * 4];
    for y in 0..h {
        for x in 0..w {
            let inside = x >= left && y >= top;
            let (gx, gy) = (
                (x.wrapping_sub(left) / scale) as i32,
                (y.wrapping_sub(top) / scale) as i32,
            );
            let v = if !inside || gx >= grid.full || gy >= grid.full {
                140
            } else if grid.is_dark(gx, gy) {
                40
            } else {
                230
            };
            let p = (y * w + x) * 4;
            rgba[p..p + 4].copy_from_slice(&[v, v, v.saturating_add(10), 255]);
        }
    }
    rgba
}

fn summaries() -> Vec<String> {
    let text = std::fs::read_to_string("tests/fixtures/trainer-summaries.json").expect("fixture");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|c| c.as_str().expect("text").to_owned())
        .collect()
}

#[test]
fn a_participants_qr_code_reads_back_as_its_code() {
    let link = team_map_link(
        "https://labo.example/quiz.html#/quiz/resultat",
        "ABCD-EFGH-JKMN",
    );
    let rgba = picture(&link, 480, 360, 70, 30, 6);
    let read = decode_rgba(480, 360, &rgba);
    assert_eq!(read, vec![link.clone()]);
    assert_eq!(
        classify(&read[0]),
        Scanned::Participant("ABCDEFGHJKMN".into())
    );
}

#[test]
fn every_tables_summary_code_reads_back() {
    for code in summaries() {
        let rgba = picture(&code, 320, 240, 40, 20, 5);
        let read = decode_rgba(320, 240, &rgba);
        assert_eq!(read, vec![code.clone()]);
        assert_eq!(classify(&format!(" {code}\n")), Scanned::Text(code));
    }
}

#[test]
fn an_image_without_a_code_or_too_short_reads_nothing() {
    assert!(decode_rgba(64, 48, &vec![200u8; 64 * 48 * 4]).is_empty());
    assert!(decode_rgba(64, 48, &[0u8; 10]).is_empty());
    assert!(decode_rgba(0, 0, &[]).is_empty());
}

#[test]
fn only_team_map_links_are_participants() {
    assert_eq!(
        classify("https://x.example/formateur.html#/formateur/equipe?code=K2&lang=fr"),
        Scanned::Participant("K2".into())
    );
    // Another page's link with a code is not a participant's.
    assert_eq!(
        classify("https://x.example/jeu.html#/jeu?code=K2"),
        Scanned::Text("https://x.example/jeu.html#/jeu?code=K2".into())
    );
}

#[test]
fn a_code_held_up_is_one_read_and_shown_again_is_another() {
    let mut r = Repeats::default();
    assert!(r.fresh("A", 0.0));
    // Seen in every frame while it is held up, for longer than the gap.
    for t in 1..20 {
        assert!(!r.fresh("A", t as f64 * 200.0));
    }
    assert!(r.fresh("B", 4_000.0));
    // Back to the first code: a new read (the screen then says it is a duplicate).
    assert!(r.fresh("A", 4_200.0));
    // Out of sight for longer than the gap: a new read too.
    assert!(r.fresh("A", 4_200.0 + SAME_CODE_GAP_MS + 1.0));
}
