//! The trainer space's rules, with no browser: the team map (quiz codes
//! collected from participants, spread per dimension, profiles present and
//! missing, pairing suggestions), the comparison of tables that played the
//! same deal, CSV and JSON exports, the session link, and custom content
//! packs (reading, routing to the game or the quiz, validating), the QR
//! codes read with the camera, the running order of a session, and the
//! content format guide with its template pack.

pub mod compare;
pub mod csv;
pub mod desk;
pub mod guide;
pub mod lesson_sheet;
pub mod limits;
pub mod pack;
pub mod preview;
pub mod running_order;
pub mod scan;
pub mod session;
pub mod team;

/// Reads a trainer data file (`file` names it in messages) and checks it
/// with `problems`: the value only if nothing is wrong, else every problem.
fn read_checked<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    problems: fn(&T) -> Vec<String>,
) -> Result<T, Vec<String>> {
    let value: T = serde_json::from_str(text).map_err(|e| vec![format!("{file}: {e}")])?;
    let found = problems(&value);
    if found.is_empty() {
        Ok(value)
    } else {
        Err(found)
    }
}
