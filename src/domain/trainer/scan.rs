//! Reading codes with a camera, with no browser: QR codes found in a grey
//! image (the `rqrr` decoder, a Rust port of quirc), what a read text holds
//! (a participant's team-map link or a table's summary code), and which
//! reads to act on, since a code held in front of the camera is seen in
//! every frame for as long as it stays there.
//!
//! The trainer page sends the camera's frames to a worker (`src/bin/scanner.rs`)
//! that calls [`decode_rgba`]; the page never stores a frame.

/// The texts of every QR code found in an RGBA image (`width` × `height`,
/// four bytes a pixel, as a canvas gives them). Unreadable codes are left out.
pub fn decode_rgba(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || rgba.len() < width * height * 4 {
        return Vec::new();
    }
    decode_luma(width, height, |x, y| {
        let p = (y * width + x) * 4;
        // Integer luma (ITU-R BT.601), enough to tell black from white.
        let (r, g, b) = (rgba[p] as u32, rgba[p + 1] as u32, rgba[p + 2] as u32);
        ((r * 299 + g * 587 + b * 114) / 1000) as u8
    })
}

/// The texts of every QR code found in a grey image given pixel by pixel
/// (0 black, 255 white).
pub fn decode_luma(
    width: usize,
    height: usize,
    luma: impl FnMut(usize, usize) -> u8,
) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, luma);
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

/// What a read QR code holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scanned {
    /// A quiz result's QR code: the team-map link, reduced to its code.
    Participant(String),
    /// Anything else, trimmed: a table's summary code, or a code the
    /// screen will refuse with its own reason.
    Text(String),
}

/// Sorts a read text: a team-map link (`…#/formateur/equipe?code=XXXX`)
/// gives the participant's code; any other text is passed on as it is.
pub fn classify(text: &str) -> Scanned {
    let text = text.trim();
    if text.contains("/formateur/equipe")
        && let Some(code) = text
            .split(['?', '&'])
            .find_map(|part| part.strip_prefix("code="))
    {
        return Scanned::Participant(code.to_owned());
    }
    Scanned::Text(text.to_owned())
}

/// How long a code must be out of sight before it counts as shown again, in
/// milliseconds: a participant who holds a phone up for a few seconds is
/// one read, not a list of "already added".
pub const SAME_CODE_GAP_MS: f64 = 2_500.0;

/// Which reads to act on: a text is new when it differs from the last one
/// seen, or when it was last seen more than [`SAME_CODE_GAP_MS`] ago.
#[derive(Debug, Clone, Default)]
pub struct Repeats {
    last: Option<(String, f64)>,
}

impl Repeats {
    /// Notes a read at time `now_ms`; true when it should be acted on.
    pub fn fresh(&mut self, text: &str, now_ms: f64) -> bool {
        let fresh = match &self.last {
            Some((t, at)) => t != text || now_ms - at > SAME_CODE_GAP_MS,
            None => true,
        };
        self.last = Some((text.to_owned(), now_ms));
        fresh
    }
}
