//! The innovation-profile quiz: content, scoring, result codes.
//!
//! Everything here is pure: the screens call these functions and keep the
//! returned values (sessions and results are serialisable for storage).
//!
//! * [`profile`]: the vocabulary (mode, profile, standing), a leaf;
//! * [`content`]: the pack's shape; [`load`] reads it (`QuizContent::builtin()`,
//!   `from_json`) and [`validate`] checks it, with located errors;
//! * [`session`]: an attempt in progress, `apply(action)`;
//! * [`scoring`]: means, marked preferences, profile, `QuizResult`;
//! * [`reading`]: the cautious reading shown (named, tendency, polyvalent);
//! * [`advice`]: strengths, partner and actions from one's own profile;
//! * [`reliability`]: the pilot CSV and Cronbach's α per dimension;
//! * [`stability`]: the simulation behind the stability bench;
//! * [`history`]: how a profile moved between two attempts;
//! * [`code`]: the short result code for the team map;
//! * [`qr`]: the QR code and the team-map link.

pub mod advice;
pub mod code;
pub mod content;
pub mod history;
pub mod load;
pub mod profile;
pub mod qr;
pub mod reading;
pub mod reliability;
pub mod scoring;
pub mod session;
pub mod stability;
pub mod validate;

pub use code::{CodeData, CodeError, decode, encode, format_grouped};
pub use content::{METHOD_CARD_IDS, QuizContent};
pub use history::{DimensionChange, compare};
pub use profile::{DELTA, Mode, Profile, Standing};
pub use qr::{QrGrid, QrPath, qr_grid, qr_path, team_map_link};
pub use reading::{Certainty, Reading, ReadingKind};
pub use scoring::{NOT_APPLICABLE, QuizResult};
pub use session::{QuizAction, QuizError, QuizSession, SituationalAnswer, Step};
pub use validate::ContentError;
