//! An attempt in progress, as plain serialisable state with pure transitions:
//! `session.apply(action)` returns the new session or an error, and an error
//! leaves the caller's previous session untouched (it was moved in, but the
//! caller keeps a clone or simply does not replace its copy).
//!
//! The session stores its own step list (item ids, then situation ids with
//! their answer ids), taken from the content when it starts. So `apply`
//! needs no content, and an attempt saved in storage resumes with the same
//! steps even if the content is edited in between.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::QuizContent;
use super::scoring::{self, Mode, QuizResult};
use crate::domain::text::Text;

/// One screen of the quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Item { id: String },
    Situation { id: String, answers: Vec<String> },
}

/// What was done with a situational question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SituationalAnswer {
    Chosen(String),
    Skipped,
}

/// A user action on the quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuizAction {
    /// Answer (or change the answer to) an item, 1..=5, or 0 for "pas eu
    /// l'occasion" (kept, not scored). Does not move.
    Answer {
        item: String,
        value: u8,
    },
    /// Choose (or change) the answer to a situational question. Does not move.
    Choose {
        situation: String,
        answer: String,
    },
    /// Skip the current situational question and move on.
    SkipSituational,
    /// Skip every unanswered situational question and finish; all items must
    /// be answered.
    SkipAllSituational,
    /// Move to the next step; the current one must be answered or skipped.
    Next,
    Previous,
    /// Jump to a step (0..=len, len being the end); every step before it
    /// must be answered, so nobody lands past an unanswered question.
    GoTo(usize),
}

/// Why an action was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuizError {
    UnknownItem(String),
    ValueOutOfRange(u8),
    UnknownSituation(String),
    UnknownAnswer {
        situation: String,
        answer: String,
    },
    /// The current step is not a situational question.
    NotASituation,
    /// This step must be answered first.
    Unanswered(usize),
    /// Some items are still unanswered.
    ItemsIncomplete,
    StepOutOfRange(usize),
    AtStart,
    AtEnd,
}

impl QuizError {
    /// A message for the user, in French and English.
    pub fn message(&self) -> Text {
        let (fr, en) = match self {
            QuizError::UnknownItem(id) => (
                format!("Question inconnue\u{a0}: {id}."),
                format!("Unknown question: {id}."),
            ),
            QuizError::ValueOutOfRange(v) => (
                format!("Réponse {v} hors de l'échelle (0 à 5)."),
                format!("Answer {v} is outside the scale (0 to 5)."),
            ),
            QuizError::UnknownSituation(id) => (
                format!("Mise en situation inconnue\u{a0}: {id}."),
                format!("Unknown situation: {id}."),
            ),
            QuizError::UnknownAnswer { situation, answer } => (
                format!("Réponse «\u{a0}{answer}\u{a0}» inconnue pour {situation}."),
                format!("Unknown answer \"{answer}\" for {situation}."),
            ),
            QuizError::NotASituation => (
                "Seules les mises en situation peuvent être passées.".to_owned(),
                "Only situational questions can be skipped.".to_owned(),
            ),
            QuizError::Unanswered(step) => (
                format!("Répondez d'abord à la question {}.", step + 1),
                format!("Please answer question {} first.", step + 1),
            ),
            QuizError::ItemsIncomplete => (
                "Certaines questions n'ont pas encore de réponse.".to_owned(),
                "Some questions are still unanswered.".to_owned(),
            ),
            QuizError::StepOutOfRange(step) => (
                format!("L'étape {} n'existe pas.", step + 1),
                format!("Step {} does not exist.", step + 1),
            ),
            QuizError::AtStart => (
                "Vous êtes à la première question.".to_owned(),
                "This is the first question.".to_owned(),
            ),
            QuizError::AtEnd => (
                "Le questionnaire est terminé.".to_owned(),
                "The questionnaire is finished.".to_owned(),
            ),
        };
        Text { fr, en }
    }
}

/// An attempt in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSession {
    pub mode: Mode,
    /// The mode's items in content order, then the situational questions.
    pub steps: Vec<Step>,
    /// Item id → 1..=5, or 0 for "pas eu l'occasion".
    pub answers: BTreeMap<String, u8>,
    /// Situation id → choice or skip.
    pub situational: BTreeMap<String, SituationalAnswer>,
    /// Index in `steps`; `steps.len()` means finished.
    pub current: usize,
}

impl QuizSession {
    /// A fresh attempt for a mode.
    pub fn new(content: &QuizContent, mode: Mode) -> QuizSession {
        let items = content.items.iter().filter(|i| mode.includes(i));
        let mut steps: Vec<Step> = items.map(|i| Step::Item { id: i.id.clone() }).collect();
        steps.extend(content.situations.iter().map(|s| Step::Situation {
            id: s.id.clone(),
            answers: s.answers.iter().map(|a| a.id.clone()).collect(),
        }));
        QuizSession {
            mode,
            steps,
            answers: BTreeMap::new(),
            situational: BTreeMap::new(),
            current: 0,
        }
    }

    /// Whether this attempt can go on with `content`: every step names a
    /// question or a situation of the content, every answer a step, and the
    /// position lies within the steps. An attempt that does not fit (damaged,
    /// or made with other questions) would show questions without text and
    /// end early.
    pub fn fits(&self, content: &QuizContent) -> bool {
        let steps_known = self.steps.iter().all(|step| match step {
            Step::Item { id } => content.items.iter().any(|i| i.id == *id),
            Step::Situation { id, answers } => content.situations.iter().any(|s| {
                s.id == *id && answers.iter().all(|a| s.answers.iter().any(|x| x.id == *a))
            }),
        });
        let has_item = |id: &str| {
            self.steps
                .iter()
                .any(|s| matches!(s, Step::Item { id: i } if i == id))
        };
        let answers_known = self.answers.iter().all(|(id, v)| *v <= 5 && has_item(id));
        let situations_known = self.situational.iter().all(|(id, answer)| {
            self.steps.iter().any(|s| match s {
                Step::Situation { id: i, answers } => {
                    i == id
                        && match answer {
                            SituationalAnswer::Chosen(a) => answers.contains(a),
                            SituationalAnswer::Skipped => true,
                        }
                }
                Step::Item { .. } => false,
            })
        });
        steps_known && answers_known && situations_known && self.current <= self.steps.len()
    }

    /// The step shown now, `None` when finished.
    pub fn current_step(&self) -> Option<&Step> {
        self.steps.get(self.current)
    }

    /// True once the end is reached.
    pub fn is_finished(&self) -> bool {
        self.current >= self.steps.len()
    }

    /// Whether a step has an answer (or, for a situation, a skip).
    pub fn is_answered(&self, step: usize) -> bool {
        match self.steps.get(step) {
            Some(Step::Item { id }) => self.answers.contains_key(id),
            Some(Step::Situation { id, .. }) => self.situational.contains_key(id),
            None => false,
        }
    }

    /// Every item of the mode has an answer (situations are optional).
    pub fn items_complete(&self) -> bool {
        self.steps.iter().all(|s| match s {
            Step::Item { id } => self.answers.contains_key(id),
            Step::Situation { .. } => true,
        })
    }

    /// Answered steps and total steps.
    pub fn progress(&self) -> (usize, usize) {
        let done = (0..self.steps.len())
            .filter(|&i| self.is_answered(i))
            .count();
        (done, self.steps.len())
    }

    /// Number of items (the questions that count), before the situations.
    pub fn item_count(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| matches!(s, Step::Item { .. }))
            .count()
    }

    /// Answered items and items: what the intro and the counter show.
    pub fn item_progress(&self) -> (usize, usize) {
        let done = self
            .steps
            .iter()
            .filter(|s| matches!(s, Step::Item { id } if self.answers.contains_key(id)))
            .count();
        (done, self.item_count())
    }

    /// Applies an action; on error the session is dropped and the caller
    /// keeps its previous copy (nothing is half-applied).
    pub fn apply(mut self, action: QuizAction) -> Result<QuizSession, QuizError> {
        match action {
            QuizAction::Answer { item, value } => {
                let known = self
                    .steps
                    .iter()
                    .any(|s| matches!(s, Step::Item { id } if *id == item));
                if !known {
                    return Err(QuizError::UnknownItem(item));
                }
                if value > 5 {
                    return Err(QuizError::ValueOutOfRange(value));
                }
                self.answers.insert(item, value);
            }
            QuizAction::Choose { situation, answer } => {
                let answers = self.steps.iter().find_map(|s| match s {
                    Step::Situation { id, answers } if *id == situation => Some(answers),
                    _ => None,
                });
                let Some(answers) = answers else {
                    return Err(QuizError::UnknownSituation(situation));
                };
                if !answers.contains(&answer) {
                    return Err(QuizError::UnknownAnswer { situation, answer });
                }
                self.situational
                    .insert(situation, SituationalAnswer::Chosen(answer));
            }
            QuizAction::SkipSituational => {
                let Some(Step::Situation { id, .. }) = self.steps.get(self.current) else {
                    return Err(QuizError::NotASituation);
                };
                self.situational
                    .insert(id.clone(), SituationalAnswer::Skipped);
                self.current += 1;
            }
            QuizAction::SkipAllSituational => {
                if !self.items_complete() {
                    return Err(QuizError::ItemsIncomplete);
                }
                for step in &self.steps {
                    if let Step::Situation { id, .. } = step {
                        self.situational
                            .entry(id.clone())
                            .or_insert(SituationalAnswer::Skipped);
                    }
                }
                self.current = self.steps.len();
            }
            QuizAction::Next => {
                if self.is_finished() {
                    return Err(QuizError::AtEnd);
                }
                if !self.is_answered(self.current) {
                    return Err(QuizError::Unanswered(self.current));
                }
                self.current += 1;
            }
            QuizAction::Previous => {
                // From the end (or beyond it, in a hand-edited saved
                // session) go back to the last real step.
                let here = self.current.min(self.steps.len());
                if here == 0 {
                    return Err(QuizError::AtStart);
                }
                self.current = here - 1;
            }
            QuizAction::GoTo(step) => {
                if step > self.steps.len() {
                    return Err(QuizError::StepOutOfRange(step));
                }
                if let Some(gap) = (0..step).find(|&i| !self.is_answered(i)) {
                    return Err(QuizError::Unanswered(gap));
                }
                self.current = step;
            }
        }
        Ok(self)
    }

    /// The result once every item is answered (situations are optional).
    pub fn result(&self, content: &QuizContent) -> Option<QuizResult> {
        if !self.items_complete() {
            return None;
        }
        let chosen: BTreeMap<String, String> = self
            .situational
            .iter()
            .filter_map(|(s, a)| match a {
                SituationalAnswer::Chosen(a) => Some((s.clone(), a.clone())),
                SituationalAnswer::Skipped => None,
            })
            .collect();
        let ids: Vec<&str> = self
            .steps
            .iter()
            .filter_map(|s| match s {
                Step::Item { id } => Some(id.as_str()),
                Step::Situation { .. } => None,
            })
            .collect();
        scoring::score_items(content, self.mode, &ids, &self.answers, &chosen)
    }
}
