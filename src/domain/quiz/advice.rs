//! What to do with a result, computed from the person's own scores rather
//! than fixed per archetype: strengths, a partner, the action of the month
//! and a second action for the least-used dimension.
//!
//! Rules:
//! * the *lead* is the dimension the reading names or leans to (none for a
//!   balanced profile);
//! * strengths and points of vigilance are the lead's archetype's; a
//!   balanced profile gets the polyvalent strengths;
//! * the partner is the lead archetype's complementary dimension when the
//!   person does not already mark it; otherwise, and for a balanced
//!   profile, the person's least-used scored dimension. Never one of their
//!   marked dimensions nor the lead;
//! * the action of the month is the lead's (the polyvalent one otherwise);
//!   the second action develops the least-used scored dimension.

use super::content::{Action, QuizContent};
use super::scoring::QuizResult;
use crate::domain::dimension::Dimension;
use crate::domain::text::Text;

/// The partner to team up with.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner<'a> {
    pub dimension: Dimension,
    /// The archetype's own tip when the partner is its usual complement.
    pub tip: Option<&'a Text>,
}

/// Advice for one result.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice<'a> {
    pub lead: Option<Dimension>,
    pub strengths: &'a [Text],
    pub blind_spots: &'a [Text],
    pub partner: Option<Partner<'a>>,
    pub action: &'a Action,
    /// The dimension to develop and its action.
    pub develop: Option<(Dimension, &'a Action)>,
}

/// The scored dimension with the lowest score among `allowed`; ties in
/// canonical order.
fn least_used(result: &QuizResult, allowed: impl Fn(Dimension) -> bool) -> Option<Dimension> {
    Dimension::ALL
        .into_iter()
        .filter(|&d| result.is_scored(d) && allowed(d))
        .min_by_key(|d| (result.scores[d.index()], d.index()))
}

/// Computes the advice of a result.
pub fn advise<'a>(content: &'a QuizContent, result: &QuizResult) -> Advice<'a> {
    let lead = result.archetype_dimension();
    let archetype = lead.and_then(|d| content.archetype(d));
    // Dimensions the person already shows: never suggested as a partner.
    let own = |d: Dimension| result.marked.contains(&d) || Some(d) == lead;
    let partner = match archetype {
        Some(a) if !own(a.team_up_with) && result.is_scored(a.team_up_with) => Some(Partner {
            dimension: a.team_up_with,
            tip: Some(&a.team_up_tip),
        }),
        _ => least_used(result, |d| !own(d)).map(|dimension| Partner {
            dimension,
            tip: None,
        }),
    };
    let develop =
        least_used(result, |d| !own(d)).and_then(|d| content.archetype(d).map(|a| (d, &a.action)));
    match archetype {
        Some(a) => Advice {
            lead,
            strengths: &a.strengths,
            blind_spots: &a.blind_spots,
            partner,
            action: &a.action,
            develop,
        },
        None => Advice {
            lead: None,
            strengths: &content.polyvalent.strengths,
            blind_spots: &[],
            partner,
            action: &content.polyvalent.action,
            develop,
        },
    }
}
