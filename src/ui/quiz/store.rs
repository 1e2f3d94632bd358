//! Progress and history in local storage, with the multi-tab rule: when
//! another tab saved first (`SaveError::Conflict`), reload the stored
//! record, re-apply the person's change to it, and save again.

use crate::domain::quiz::{QuizContent, QuizError, QuizResult, QuizSession};
use crate::storage::envelope::Record;
use crate::storage::local::{self, SaveError};
use crate::storage::records::{
    QUIZ_HISTORY_KEY, QUIZ_PROGRESS_KEY, QuizAttempt, QuizHistory, QuizProgress,
};

/// Why a change was not kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The rules refused the action (nothing changed).
    Rule(QuizError),
    /// The change was made but could not be saved; here is the new state,
    /// kept in this tab only.
    Unsaved(Box<QuizProgress>),
}

/// The attempt in progress, if any. An attempt that does not fit the
/// questions in use (damaged, imported from another version) is set aside
/// with a notice rather than shown as questions without text.
pub fn load_progress(content: &QuizContent) -> Option<QuizProgress> {
    let p: QuizProgress = local::load(QUIZ_PROGRESS_KEY)?;
    if p.session.fits(content) {
        Some(p)
    } else {
        local::refuse(
            QUIZ_PROGRESS_KEY,
            "questions unknown to this content".into(),
        );
        None
    }
}

/// Every completed attempt (empty if none).
pub fn load_history() -> QuizHistory {
    local::load(QUIZ_HISTORY_KEY).unwrap_or_default()
}

/// Computes the new record from the current one and saves it; on a
/// conflict, does it again from what the other tab saved.
fn update<R: Record, E>(
    key: &str,
    current: Option<R>,
    change: impl Fn(Option<R>) -> Result<R, E>,
) -> Result<Result<R, R>, E> {
    let next = change(current)?;
    match local::save(key, &next) {
        Ok(()) => Ok(Ok(next)),
        Err(SaveError::Conflict) => {
            let next = change(local::load::<R>(key))?;
            Ok(match local::save(key, &next) {
                Ok(()) => Ok(next),
                Err(_) => Err(next),
            })
        }
        Err(SaveError::Encode(_)) => Ok(Err(next)),
    }
}

/// Starts a fresh attempt, replacing any attempt in progress.
pub fn start(session: QuizSession) -> Result<QuizProgress, Failure> {
    let started_at = local::now();
    let fresh = QuizProgress {
        started_at,
        session,
    };
    let make = |_: Option<QuizProgress>| Ok::<_, QuizError>(fresh.clone());
    match update(QUIZ_PROGRESS_KEY, None, make) {
        Ok(Ok(p)) => Ok(p),
        Ok(Err(p)) => Err(Failure::Unsaved(Box::new(p))),
        Err(e) => Err(Failure::Rule(e)),
    }
}

/// Applies an action to the attempt in progress and saves it.
pub fn apply(
    current: QuizProgress,
    action: &crate::domain::quiz::QuizAction,
) -> Result<QuizProgress, Failure> {
    let fallback = current.clone();
    let change = |p: Option<QuizProgress>| {
        // Another tab may have removed the attempt: keep ours then.
        let p = p.unwrap_or_else(|| fallback.clone());
        let session = p.session.apply(action.clone())?;
        Ok(QuizProgress {
            started_at: p.started_at,
            session,
        })
    };
    match update(QUIZ_PROGRESS_KEY, Some(current), change) {
        Ok(Ok(p)) => Ok(p),
        Ok(Err(p)) => Err(Failure::Unsaved(Box::new(p))),
        Err(e) => Err(Failure::Rule(e)),
    }
}

/// Why a finished attempt could not be filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFiled {
    /// Some items are unanswered: there is no result yet.
    Incomplete,
    /// The history could not be saved; the attempt stays in progress so
    /// that nothing is lost.
    Unsaved,
}

/// Files a finished attempt in the history, then clears the progress.
pub fn complete(content: &QuizContent, session: &QuizSession) -> Result<QuizResult, NotFiled> {
    let result = session.result(content).ok_or(NotFiled::Incomplete)?;
    let attempt = QuizAttempt {
        completed_at: local::now(),
        result: result.clone(),
    };
    let add = |h: Option<QuizHistory>| {
        let mut h = h.unwrap_or_default();
        h.add(attempt.clone());
        Ok::<_, QuizError>(h)
    };
    match update(QUIZ_HISTORY_KEY, Some(load_history()), add) {
        Ok(Ok(_)) => {
            local::remove(QUIZ_PROGRESS_KEY);
            Ok(result)
        }
        _ => Err(NotFiled::Unsaved),
    }
}

/// Forgets the attempt in progress ("Recommencer").
pub fn discard() {
    local::remove(QUIZ_PROGRESS_KEY);
}

/// True when `key` (from another tab's change) is the progress key.
pub fn is_progress_key(key: &str) -> bool {
    key == QUIZ_PROGRESS_KEY
}

/// True when `key` (from another tab's change) is the history key.
pub fn is_history_key(key: &str) -> bool {
    key == QUIZ_HISTORY_KEY
}
