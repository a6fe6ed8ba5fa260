//! The paired chart of a report's "Progress since" section: per pillar, the baseline's level
//! (a small grey mark) and the level now (a larger blue mark) joined by a line, on the stage
//! scale with the target marked, and both values printed at the end of the row.
//!
//! Grey and blue differ in lightness and the marks in size, so the chart reads the same in
//! greyscale and for colour-blind readers; the printed values carry the numbers.

use super::chart::{
    AXIS_H, bar_label_width, bar_labels, bar_row_height, key_start, key_style, label_style,
    rows_over_pages, target_key, tick_style,
};
use super::draw::{self, palette};
use super::fonts::Face;
use super::layout::{Flow, Style};
use crate::report::LevelChart;
use crate::t;

/// Room right of the scale for "2.1 → 2.8".
const VALUES_W: f32 = 64.0;

/// Draws the chart; one that is taller than the room left runs over pages, with the stage
/// names above each part. It is as tall as the bar chart of the same pillars
/// ([`super::chart::bars_height`]).
pub(crate) fn paired(flow: &mut Flow<'_>, data: &LevelChart) {
    let rows = bar_labels(flow, data);
    rows_over_pages(flow, &rows, |flow, range| part(flow, data, &rows, range));
    legend(flow, flow.geometry().left() + bar_label_width(flow));
}

/// The stage names, the grid and the rows of the pillars in `range`.
fn part(
    flow: &mut Flow<'_>,
    data: &LevelChart,
    rows: &[Vec<String>],
    range: std::ops::Range<usize>,
) {
    let g = flow.geometry();
    let stages = data.stages.len().max(1) as f32;
    let (x0, x1) = (g.left() + bar_label_width(flow), g.right() - VALUES_W);
    let x = |v: f32| x0 + v.clamp(0.0, stages) / stages * (x1 - x0);
    let rows_h: f32 = rows[range.clone()].iter().map(|r| bar_row_height(r)).sum();
    let ticks = tick_style();
    let top = flow.y();
    let spacing = (x1 - x0) / stages;
    for (k, name) in data.stages.iter().enumerate() {
        let name = flow.clean(name);
        let fits = flow.measure(ticks.face, ticks.size, &name) <= spacing - 4.0;
        let text = if fits { name } else { (k + 1).to_string() };
        flow.text_centred(&ticks, x((k + 1) as f32), top - 9.0, &text);
    }
    let (grid_top, grid_bottom) = (top - AXIS_H + 2.0, top - AXIS_H - rows_h);
    for k in 0..=data.stages.len() {
        let gx = x(k as f32);
        let width = if k == 0 { 0.8 } else { 0.4 };
        draw::line(
            flow.ops(),
            (gx, grid_top),
            (gx, grid_bottom),
            width,
            palette::rule(),
            &[],
        );
    }
    flow.advance(AXIS_H);
    let label = label_style();
    let value = Style {
        face: Face::Bold,
        size: 8.0,
        ..Style::body()
    };
    for i in range {
        let lines = &rows[i];
        let h = bar_row_height(lines);
        let mid = flow.y() - h / 2.0;
        let text_top = mid + lines.len() as f32 * label.leading / 2.0;
        for (j, line) in lines.iter().enumerate() {
            let baseline = text_top - j as f32 * label.leading - label.leading + 2.5;
            flow.text_at(&label, g.left(), baseline, line);
        }
        let now = data.levels.get(i).copied().unwrap_or(0.0) as f32;
        let before = data.baseline.get(i).copied().unwrap_or(0.0) as f32;
        let tx = x(data.targets.get(i).map_or(0, |t| t.number()) as f32);
        draw::line(
            flow.ops(),
            (tx, mid - 8.0),
            (tx, mid + 8.0),
            2.2,
            palette::target(),
            &[],
        );
        draw::line(
            flow.ops(),
            (x(before), mid),
            (x(now), mid),
            1.6,
            palette::muted(),
            &[],
        );
        draw::rect(
            flow.ops(),
            x(before) - 3.0,
            mid - 3.0,
            6.0,
            6.0,
            palette::muted(),
        );
        draw::rect(
            flow.ops(),
            x(now) - 4.5,
            mid - 4.5,
            9.0,
            9.0,
            palette::level(),
        );
        let old = data.baseline_values.get(i).map_or("", String::as_str);
        let new = data.values.get(i).map_or("", String::as_str);
        flow.text_at(&value, x1 + 8.0, mid - 3.0, &format!("{old} → {new}"));
        flow.advance(h);
    }
}

/// The key: the two marks and the target.
fn legend(flow: &mut Flow<'_>, x: f32) {
    let style = key_style();
    let y = flow.y() - 13.0;
    let before = t!(flow.locale(), "report-chart-baseline");
    let now = t!(flow.locale(), "report-chart-now");
    let target = t!(flow.locale(), "report-chart-target");
    let width = [&before, &now, &target]
        .iter()
        .map(|t| flow.measure(style.face, style.size, t))
        .sum::<f32>()
        + 12.0
        + 18.0
        + 13.0
        + 18.0
        + 12.0;
    let x = key_start(flow, x, width);
    draw::rect(flow.ops(), x + 1.0, y, 6.0, 6.0, palette::muted());
    flow.text_at(&style, x + 12.0, y, &before);
    let x2 = x + 12.0 + flow.measure(style.face, style.size, &before) + 18.0;
    draw::rect(flow.ops(), x2, y - 1.5, 9.0, 9.0, palette::level());
    flow.text_at(&style, x2 + 13.0, y, &now);
    let x3 = x2 + 13.0 + flow.measure(style.face, style.size, &now) + 18.0;
    target_key(flow, &style, x3, y);
}
