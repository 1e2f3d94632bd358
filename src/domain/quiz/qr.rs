//! QR codes of Labo's links, as SVG drawing data from qrcodegen's module
//! matrix (no image crate: the SVG is a few hundred bytes and prints
//! sharply at any size).

use qrcodegen::{QrCode, QrCodeEcc};

use crate::domain::text::Text;

/// Quiet zone in modules: the QR specification asks for 4.
const QUIET_ZONE: i32 = 4;

/// The text does not fit in a QR code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrTooLong;

impl QrTooLong {
    pub fn message(&self) -> Text {
        Text {
            fr: "Lien trop long pour un QR code.".to_owned(),
            en: "Link too long for a QR code.".to_owned(),
        }
    }
}

/// A QR code as SVG drawing data: the side of the square in modules
/// (quiet zone included) and one path of all dark modules. The screens
/// draw it with their own SVG elements (`ui::qr`), never as markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    pub side: i32,
    pub d: String,
}

/// A QR code's modules with the quiet zone around them: `full` × `full`
/// squares, dark or light (what a camera sees: the scanner's tests and
/// its fake camera video draw it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrGrid {
    pub full: i32,
    dark: Vec<bool>,
}

impl QrGrid {
    /// Whether the square at (x, y) is dark (outside the grid: light).
    pub fn is_dark(&self, x: i32, y: i32) -> bool {
        (0..self.full).contains(&x)
            && (0..self.full).contains(&y)
            && self.dark[(y * self.full + x) as usize]
    }
}

/// The QR code of `text` as a grid. Medium error correction: a projected
/// or printed code survives glare and folds, and a team-map link stays small.
pub fn qr_grid(text: &str) -> Result<QrGrid, QrTooLong> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrTooLong)?;
    let full = qr.size() + 2 * QUIET_ZONE;
    let dark = (0..full * full)
        .map(|k| qr.get_module(k % full - QUIET_ZONE, k / full - QUIET_ZONE))
        .collect();
    Ok(QrGrid { full, dark })
}

/// The QR code of `text`, black modules as one path.
pub fn qr_path(text: &str) -> Result<QrPath, QrTooLong> {
    let grid = qr_grid(text)?;
    let mut d = String::new();
    for y in 0..grid.full {
        for x in 0..grid.full {
            if grid.is_dark(x, y) {
                d.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Ok(QrPath { side: grid.full, d })
}

/// The link a facilitator's device opens to add a code to the team map:
/// `{base}#/formateur/equipe?code=XXXX`. Any fragment already in `base` is
/// replaced; the code is reduced to its letters and digits in upper case, so
/// a grouped code ("ABCD-EFGH-JKMN") gives a clean link.
pub fn team_map_link(base_url: &str, code: &str) -> String {
    let base = base_url.split('#').next().unwrap_or(base_url);
    let code: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    format!("{base}#/formateur/equipe?code={code}")
}
