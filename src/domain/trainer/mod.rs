//! The trainer space's rules, with no browser: the team map (quiz codes
//! collected from participants, spread per dimension, profiles present and
//! missing, pairing suggestions), the comparison of tables that played the
//! same deal, CSV and JSON exports, the session link, and custom content
//! packs (reading, routing to the game or the quiz, validating), and the
//! QR codes read with the camera.

pub mod compare;
pub mod csv;
pub mod lesson_sheet;
pub mod pack;
pub mod scan;
pub mod session;
pub mod team;
