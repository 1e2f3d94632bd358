//! The profile radar as inline SVG: seven axes, the neutral band shaded,
//! one or two series. Each point has a marker *shape* (and each series a
//! line *style*), so the chart reads without colour; the same data is
//! always given beside it as a table or a list (RGAA 1.6).

use std::f64::consts::PI;

use leptos::prelude::*;

/// Radius of a score of 100, in SVG units.
const R: f64 = 100.0;
/// Where axis labels start, beyond the outer ring.
const LABEL_R: f64 = 114.0;

/// A point's marker shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Up,
    Down,
    Circle,
    Square,
}

/// One set of seven scores to draw.
pub struct Series {
    pub scores: [u8; 7],
    /// Solid for the latest attempt, dashed for an older one.
    pub dashed: bool,
    /// One shape per axis, canonical order.
    pub markers: [Marker; 7],
}

/// The radar's texts: title and description for screen readers, and the
/// seven axis labels.
pub struct Texts {
    pub id: &'static str,
    pub title: String,
    pub desc: String,
    pub labels: [String; 7],
}

/// A coordinate with one decimal, without the float formatter (which
/// would add kilobytes to the download): tenths are formatted as integers.
pub(super) fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

fn angle(axis: usize) -> f64 {
    -PI / 2.0 + axis as f64 * 2.0 * PI / 7.0
}

fn point(axis: usize, radius: f64) -> (f64, f64) {
    let a = angle(axis);
    (radius * a.cos(), radius * a.sin())
}

/// A closed heptagon path at `points` (0–100) on every axis.
fn ring(points: f64) -> String {
    let mut d = String::new();
    for axis in 0..7 {
        let (x, y) = point(axis, points / 100.0 * R);
        d.push_str(&format!(
            "{}{},{} ",
            if axis == 0 { 'M' } else { 'L' },
            num(x),
            num(y)
        ));
    }
    d.push('Z');
    d
}

fn marker_path(m: Marker, x: f64, y: f64) -> String {
    match m {
        Marker::Up => format!("M{},{}l5.5,9.5h-11z", num(x), num(y - 6.0)),
        Marker::Down => format!("M{},{}l5.5,-9.5h-11z", num(x), num(y + 6.0)),
        Marker::Square => format!("M{},{}h9v9h-9z", num(x - 4.5), num(y - 4.5)),
        Marker::Circle => format!(
            "M{},{}a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0z",
            num(x - 4.5),
            num(y)
        ),
    }
}

/// Splits a label into at most two lines near its middle.
fn lines(label: &str) -> Vec<String> {
    if label.chars().count() <= 14 {
        return vec![label.to_owned()];
    }
    let mid = label.len() / 2;
    let cut = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(mid));
    match cut {
        Some(i) => vec![label[..i].to_owned(), label[i + 1..].to_owned()],
        None => vec![label.to_owned()],
    }
}

/// The radar. `band` is the neutral zone (low, high) in points.
pub fn radar(texts: Texts, series: Vec<Series>, band: Option<(f64, f64)>) -> impl IntoView {
    let title_id = format!("{}-title", texts.id);
    let desc_id = format!("{}-desc", texts.id);
    let labelled = format!("{title_id} {desc_id}");
    let grid = [25.0, 50.0, 75.0, 100.0].map(|p| view! { <path class="radar-grid" d=ring(p) /> });
    let axes = (0..7)
        .map(|axis| {
            let (x, y) = point(axis, R);
            view! { <line class="radar-grid" x1="0" y1="0" x2=num(x) y2=num(y) /> }
        })
        .collect_view();
    let band = band.map(|(lo, hi)| {
        view! { <path class="radar-band" fill-rule="evenodd" d=format!("{} {}", ring(hi), ring(lo)) /> }
    });
    let series = series
        .into_iter()
        .map(|s| {
            let mut d = String::new();
            let mut marks = String::new();
            for axis in 0..7 {
                let (x, y) = point(axis, f64::from(s.scores[axis]) / 100.0 * R);
                d.push_str(&format!(
                    "{}{},{} ",
                    if axis == 0 { 'M' } else { 'L' },
                    num(x),
                    num(y)
                ));
                marks.push_str(&marker_path(s.markers[axis], x, y));
            }
            d.push('Z');
            let class = if s.dashed {
                "radar-line radar-dashed"
            } else {
                "radar-line"
            };
            let mclass = if s.dashed {
                "radar-mark radar-mark-hollow"
            } else {
                "radar-mark"
            };
            view! {
                <path class=class d=d />
                <path class=mclass d=marks />
            }
        })
        .collect_view();
    let labels = texts
        .labels
        .into_iter()
        .enumerate()
        .map(|(axis, label)| {
            let (x, y) = point(axis, LABEL_R);
            let anchor = if x > 8.0 {
                "start"
            } else if x < -8.0 {
                "end"
            } else {
                "middle"
            };
            let parts = lines(&label);
            // Labels above the centre grow upwards, the others downwards.
            let first_dy = if y < -8.0 {
                -(parts.len() as f64 - 1.0) * 1.1
            } else {
                0.3
            };
            let first_dy = num(first_dy);
            let tspans = parts
                .into_iter()
                .enumerate()
                .map(|(n, text)| {
                    let dy = if n == 0 {
                        format!("{first_dy}em")
                    } else {
                        "1.1em".to_owned()
                    };
                    view! { <tspan x=num(x) dy=dy>{text}</tspan> }
                })
                .collect_view();
            view! {
                <text class="radar-label" x=num(x) y=num(y) text-anchor=anchor>
                    {tspans}
                </text>
            }
        })
        .collect_view();
    view! {
        <svg
            class="radar"
            viewBox="-225 -150 450 300"
            role="img"
            aria-labelledby=labelled
        >
            <title id=title_id>{texts.title}</title>
            <desc id=desc_id>{texts.desc}</desc>
            {band}
            {grid}
            {axes}
            {series}
            <g aria-hidden="true">{labels}</g>
        </svg>
    }
}

/// A small sample of a series' line and marker, for legends.
pub fn legend_sample(dashed: bool, marker: Marker) -> impl IntoView {
    let class = if dashed {
        "radar-line radar-dashed"
    } else {
        "radar-line"
    };
    let mclass = if dashed {
        "radar-mark radar-mark-hollow"
    } else {
        "radar-mark"
    };
    view! {
        <svg class="radar-sample" viewBox="0 0 40 16" aria-hidden="true">
            <path class=class d="M2,8H38" />
            <path class=mclass d=marker_path(marker, 20.0, 8.0) />
        </svg>
    }
}

/// A sample of the neutral band, for legends.
pub fn band_sample() -> impl IntoView {
    view! {
        <svg class="radar-sample" viewBox="0 0 40 16" aria-hidden="true">
            <rect class="radar-band" x="2" y="2" width="36" height="12" />
        </svg>
    }
}
