//! QR code of the team-map link, drawn as SVG from qrcodegen's module
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

/// Escapes text for an XML element or attribute.
fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// An SVG QR code of `text`, black on white with a quiet zone, scaling to
/// its container (`viewBox`, no width/height). With a `title`, the image is
/// named for screen readers (`role="img"` + `<title>`); without one the
/// caller labels it (or marks it decorative next to the written code).
/// Medium error correction: a projected or printed code survives glare and
/// folds, and a team-map link stays small.
pub fn qr_svg(text: &str, title: Option<&str>) -> Result<String, QrTooLong> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrTooLong)?;
    let size = qr.size();
    let full = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                let (px, py) = (x + QUIET_ZONE, y + QUIET_ZONE);
                path.push_str(&format!("M{px} {py}h1v1h-1z"));
            }
        }
    }
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" \
         shape-rendering=\"crispEdges\""
    );
    match title {
        Some(t) => {
            svg.push_str(" role=\"img\">");
            svg.push_str(&format!("<title>{}</title>", escape_xml(t)));
        }
        None => svg.push('>'),
    }
    svg.push_str(&format!(
        "<rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>"
    ));
    Ok(svg)
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
