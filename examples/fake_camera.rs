//! A camera video of real codes, for the scanner's browser test
//! (`tests/e2e/scanner.spec.mjs`): Chromium's fake camera plays it
//! (`--use-file-for-fake-video-capture`, looped).
//!
//! `cargo run --example fake_camera -- OUT.y4m ITEM...` where an ITEM is
//! `participant:S1,S2,…,S7` (a quiz result with those seven scores: its code
//! is written by Labo's encoder, its QR code holds the team-map link as the
//! result screen shows it) or `text:ANYTHING` (a table's summary code). Each
//! code is filmed for a second, then an empty second. Prints, as JSON, the
//! code of each item in order.

use std::io::Write;

use labo::domain::quiz::code::{CODE_VERSION, CodeData, encode_data};
use labo::domain::quiz::{Mode, qr_grid, team_map_link};

const WIDTH: usize = 480;
const HEIGHT: usize = 360;
const FPS: usize = 5;

/// One frame's grey levels: the QR code of `text` (if any) in the middle.
fn frame(text: Option<&str>) -> Vec<u8> {
    // A room's grey around the code, not the pure white of a test card.
    let mut y = vec![118u8; WIDTH * HEIGHT];
    let Some(text) = text else {
        return y;
    };
    let grid = qr_grid(text).expect("fits in a QR code");
    let scale = (HEIGHT * 9 / 10) / grid.full as usize;
    let side = scale * grid.full as usize;
    let (left, top) = ((WIDTH - side) / 2, (HEIGHT - side) / 2);
    for py in 0..side {
        for px in 0..side {
            let dark = grid.is_dark((px / scale) as i32, (py / scale) as i32);
            y[(top + py) * WIDTH + left + px] = if dark { 28 } else { 236 };
        }
    }
    y
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, items)) = args.split_first() else {
        eprintln!("usage: fake_camera OUT.y4m participant:S1,…,S7 | text:CODE …");
        std::process::exit(2);
    };
    let mut codes = Vec::new();
    let mut video =
        format!("YUV4MPEG2 W{WIDTH} H{HEIGHT} F{FPS}:1 Ip A1:1 C420jpeg\n").into_bytes();
    let chroma = vec![128u8; WIDTH * HEIGHT / 2];
    for item in items {
        let (code, shown) = if let Some(scores) = item.strip_prefix("participant:") {
            let s: Vec<u8> = scores
                .split(',')
                .map(|x| x.parse().expect("a score"))
                .collect();
            let code = encode_data(&CodeData {
                version: CODE_VERSION,
                mode: Mode::Complete,
                scores: s.try_into().expect("seven scores"),
                unscored: [false; 7],
            });
            let link = team_map_link("https://labo.example/formateur.html", &code);
            (code, link)
        } else {
            let t = item.strip_prefix("text:").expect("participant: or text:");
            (t.to_owned(), t.to_owned())
        };
        for shown in
            std::iter::repeat_n(Some(shown.as_str()), FPS).chain(std::iter::repeat_n(None, FPS))
        {
            video.extend_from_slice(b"FRAME\n");
            video.extend_from_slice(&frame(shown));
            video.extend_from_slice(&chroma);
        }
        codes.push(code);
    }
    std::fs::write(out, video).expect("video written");
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "{}", serde_json::to_string(&codes).expect("json"));
}
