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

/// The QR code of `text`, black modules as one path. Medium error
/// correction: a projected or printed code survives glare and folds, and a
/// team-map link stays small.
pub fn qr_path(text: &str) -> Result<QrPath, QrTooLong> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrTooLong)?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                let (px, py) = (x + QUIET_ZONE, y + QUIET_ZONE);
                d.push_str(&format!("M{px} {py}h1v1h-1z"));
            }
        }
    }
    Ok(QrPath {
        side: size + 2 * QUIET_ZONE,
        d,
    })
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
