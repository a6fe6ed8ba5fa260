//! Changes in words or arrows: `up 0.7` / `down 0.4` / `no change` for reading anywhere,
//! `▲ +0.7` / `▼ −0.4` / `= 0.0` in a terminal, where colour is added as well.
//!
//! A change shown is the difference of the two values as shown (through the display rules of
//! [`crate::render::format`]), so a reader can check it by subtraction whatever the rounding
//! rule, and "no change" is never printed between two different numbers.

use crate::compare::Direction;
use crate::i18n::Locale;
use crate::render::format::{fmt_level_value, fmt_score};
use crate::t;

/// How a change is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// `▲ +0.7`, `▼ −0.4`, `= 0.0`: for a terminal, with colour.
    Arrows,
    /// `up 0.7`, `down 0.4`, `no change`: when piped, saved, with NO_COLOR, and in Markdown.
    Words,
    /// `+0.7`, `−0.4`, `0.0`: where room is short and the sign must still be printed (the
    /// cohort PDF's Change page).
    Signs,
}

/// The change between two levels as shown (`up 0.7`), and its direction, in English.
pub fn fmt_level_change(old: f64, new: f64, marks: Marks) -> (String, Direction) {
    level_change(old, new, marks, Locale::En)
}

/// The change between two scores as shown, in percentage points (`up 12 pts`, `up 1 pt`), in
/// English.
pub fn fmt_score_change(old: f64, new: f64, marks: Marks) -> (String, Direction) {
    score_change(old, new, marks, Locale::En)
}

/// A change of whole stages, for one question (`up 2 stages`), in English.
pub fn fmt_stage_change(stages: i64, marks: Marks) -> (String, Direction) {
    stage_change(stages, marks, Locale::En)
}

/// A change of an indicator's credit (1, 0.5, 0), in halves (`up 0.5`), in English.
pub fn fmt_credit_change(delta: f64, marks: Marks) -> (String, Direction) {
    credit_change(delta, marks, Locale::En)
}

/// [`fmt_level_change`] in `locale`'s words and numbers (`subió 0,7`).
pub(crate) fn level_change(
    old: f64,
    new: f64,
    marks: Marks,
    locale: Locale,
) -> (String, Direction) {
    let tenths = shown_tenths(new) - shown_tenths(old);
    let size = format!(
        "{}.{}",
        tenths.unsigned_abs() / 10,
        tenths.unsigned_abs() % 10
    );
    mark(tenths, &locale.decimal(&size), marks, locale)
}

/// [`fmt_score_change`] in `locale`'s words (`subió 12 puntos`).
pub(crate) fn score_change(
    old: f64,
    new: f64,
    marks: Marks,
    locale: Locale,
) -> (String, Direction) {
    let points = shown_percent(new) - shown_percent(old);
    let size = t!(locale, "views-change-points", count = points.unsigned_abs());
    mark(points, &size, marks, locale)
}

/// [`fmt_stage_change`] in `locale`'s words (`subió 2 etapas`).
pub(crate) fn stage_change(stages: i64, marks: Marks, locale: Locale) -> (String, Direction) {
    let size = t!(locale, "views-change-stages", count = stages.unsigned_abs());
    mark(stages, &size, marks, locale)
}

/// [`fmt_credit_change`] in `locale`'s words and numbers (`subió 0,5`).
pub(crate) fn credit_change(delta: f64, marks: Marks, locale: Locale) -> (String, Direction) {
    let halves = (delta * 2.0).round() as i64;
    let size = if halves.unsigned_abs().is_multiple_of(2) {
        format!("{}", halves.unsigned_abs() / 2)
    } else {
        format!("{}.5", halves.unsigned_abs() / 2)
    };
    mark(halves, &locale.decimal(&size), marks, locale)
}

fn mark(sign: i64, size: &str, marks: Marks, locale: Locale) -> (String, Direction) {
    let direction = match sign {
        s if s > 0 => Direction::Up,
        s if s < 0 => Direction::Down,
        _ => Direction::Same,
    };
    let text = match (marks, direction) {
        (Marks::Words, Direction::Up) => t!(locale, "views-change-up", size = size),
        (Marks::Words, Direction::Down) => t!(locale, "views-change-down", size = size),
        (Marks::Words, Direction::Same) => t!(locale, "views-change-none"),
        (Marks::Arrows, Direction::Up) => format!("▲ +{size}"),
        (Marks::Arrows, Direction::Down) => format!("▼ −{size}"),
        (Marks::Arrows, Direction::Same) => format!("= {size}"),
        (Marks::Signs, Direction::Up) => format!("+{size}"),
        (Marks::Signs, Direction::Down) => format!("−{size}"),
        (Marks::Signs, Direction::Same) => size.to_owned(),
    };
    (text, direction)
}

/// A level as shown, in tenths: `2.4` → 24.
fn shown_tenths(level: f64) -> i64 {
    let shown = fmt_level_value(level);
    let (whole, tenth) = shown.split_once('.').unwrap_or((&shown, "0"));
    let negative = whole.starts_with('-');
    let whole: i64 = whole.trim_start_matches('-').parse().unwrap_or(0);
    let tenth: i64 = tenth
        .chars()
        .next()
        .and_then(|c| c.to_digit(10))
        .map_or(0, i64::from);
    let tenths = whole * 10 + tenth;
    if negative { -tenths } else { tenths }
}

/// A score as shown, in whole percent: `35%` → 35.
fn shown_percent(score: f64) -> i64 {
    fmt_score(score).trim_end_matches('%').parse().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_the_difference_of_the_values_shown() {
        let words = |o, n| fmt_level_change(o, n, Marks::Words).0;
        assert_eq!(words(1.75, 2.75), "up 1.0");
        assert_eq!(words(2.0, 2.0), "no change");
        // Whatever the rounding rule, the change is the difference of what the reader sees.
        for (old, new) in [(1.8333, 2.5), (2.46, 2.54), (3.0, 2.95), (2.24, 2.26)] {
            let shown = |l: f64| -> f64 { fmt_level_value(l).parse().expect("number") };
            let expected = shown(new) - shown(old);
            let (text, direction) = fmt_level_change(old, new, Marks::Words);
            let value: f64 = match direction {
                Direction::Same => 0.0,
                Direction::Up => text["up ".len()..].parse().expect("number"),
                Direction::Down => -text["down ".len()..].parse::<f64>().expect("number"),
            };
            assert!((value - expected).abs() < 1e-9, "{old} → {new}: {text}");
        }
        assert_eq!(
            fmt_level_change(2.5, 1.8333, Marks::Arrows).1,
            Direction::Down
        );
        assert!(
            fmt_level_change(2.5, 1.8333, Marks::Arrows)
                .0
                .starts_with("▼ −0.")
        );
        assert_eq!(fmt_level_change(2.0, 2.0, Marks::Arrows).0, "= 0.0");
        assert_eq!(fmt_level_change(1.75, 2.75, Marks::Signs).0, "+1.0");
        assert_eq!(fmt_level_change(3.0, 7.0 / 3.0, Marks::Signs).0, "−0.7");
        assert_eq!(fmt_level_change(2.0, 2.0, Marks::Signs).0, "0.0");
    }

    #[test]
    fn scores_stages_and_credits() {
        assert_eq!(fmt_score_change(25.0, 58.34, Marks::Words).0, "up 33 pts");
        assert_eq!(fmt_score_change(50.0, 40.0, Marks::Arrows).0, "▼ −10 pts");
        // One point is singular, as one stage is.
        assert_eq!(fmt_score_change(50.0, 51.0, Marks::Words).0, "up 1 pt");
        assert_eq!(fmt_score_change(51.0, 50.0, Marks::Arrows).0, "▼ −1 pt");
        assert_eq!(fmt_score_change(26.0, 25.0, Marks::Words).0, "down 1 pt");
        assert_eq!(fmt_stage_change(2, Marks::Words).0, "up 2 stages");
        assert_eq!(fmt_stage_change(-1, Marks::Words).0, "down 1 stage");
        assert_eq!(fmt_credit_change(-0.5, Marks::Words).0, "down 0.5");
        assert_eq!(fmt_credit_change(1.0, Marks::Arrows).0, "▲ +1");
    }

    #[test]
    fn changes_in_other_languages_have_their_words_and_decimal_commas() {
        let es = Locale::Es;
        assert_eq!(level_change(1.75, 2.75, Marks::Words, es).0, "subió 1,0");
        assert_eq!(level_change(2.5, 1.8333, Marks::Arrows, es).0, "▼ −0,7");
        assert_eq!(level_change(2.0, 2.0, Marks::Words, es).0, "sin cambios");
        assert_eq!(level_change(2.0, 2.0, Marks::Arrows, es).0, "= 0,0");
        assert_eq!(
            score_change(50.0, 51.0, Marks::Words, es).0,
            "subió 1 punto"
        );
        assert_eq!(
            score_change(25.0, 58.34, Marks::Words, Locale::Fr).0,
            "hausse de 33 points"
        );
        assert_eq!(
            stage_change(-2, Marks::Words, Locale::Pt).0,
            "caiu 2 estágios"
        );
        assert_eq!(credit_change(-0.5, Marks::Arrows, Locale::Fr).0, "▼ −0,5");
        assert_eq!(credit_change(0.5, Marks::Words, Locale::Pt).0, "subiu 0,5");
    }
}
