//! The trainer's desk: everything collected for the current session (the
//! deal, the team map, the tables' codes) and where the room stands in the
//! running order. Stored as one record in local storage, so every window of
//! the trainer page (control and projector) shares it.

use serde::{Deserialize, Serialize};

use super::compare::Comparison;
use super::running_order::Run;
use super::session::Session;
use super::team::TeamMap;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Desk {
    pub session: Option<Session>,
    pub team: TeamMap,
    pub tables: Comparison,
    /// Where the room stands in the running order (absent in desks saved
    /// before the running order existed).
    #[serde(default)]
    pub run: Option<Run>,
}
