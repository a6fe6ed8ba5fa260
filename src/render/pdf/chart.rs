//! The summary charts, drawn with vector shapes: horizontal bars per pillar on the stage scale
//! with the target marked, and a radar chart of the pillars.
//!
//! Colours come from the Okabe–Ito set and every value is also printed, so the charts read the
//! same in greyscale and for colour-blind readers. Charts are placed by [`Flow`] like any block.

use std::f32::consts::{FRAC_PI_2, TAU};

use super::draw::{self, PolygonStyle, palette};
use super::fonts::Face;
use super::layout::{Flow, Style};
use crate::report::LevelChart;
use crate::t;

pub(super) fn tick_style() -> Style {
    Style {
        size: 7.0,
        leading: 9.0,
        ..Style::small()
    }
}

pub(super) fn label_style() -> Style {
    Style {
        size: 8.0,
        leading: 10.0,
        ..Style::body()
    }
}

/// Most lines of a pillar name beside its bar or at its radar axis (the table above the charts
/// gives it in full).
const LABEL_LINES: usize = 3;

/// Height of the stage names above the bars.
pub(super) const AXIS_H: f32 = 16.0;
/// Height of the key under a chart.
pub(super) const LEGEND_H: f32 = 22.0;

/// Width of the pillar names' column beside the bars.
pub(super) fn bar_label_width(flow: &Flow<'_>) -> f32 {
    (flow.geometry().text_width() * 0.3).min(150.0)
}

/// Each pillar name beside its bar, wrapped to its column.
pub(super) fn bar_labels(flow: &mut Flow<'_>, data: &LevelChart) -> Vec<Vec<String>> {
    let width = bar_label_width(flow) - 10.0;
    let label = label_style();
    data.labels
        .iter()
        .map(|l| flow.lines_at_most(l, &label, width, LABEL_LINES).0)
        .collect()
}

pub(super) fn bar_row_height(lines: &[String]) -> f32 {
    (lines.len() as f32 * label_style().leading + 8.0).max(22.0)
}

/// Height of the bar chart when it stays on one page; a heading keeps this much with it (or a
/// page, for a chart that must run over pages).
pub(crate) fn bars_height(flow: &mut Flow<'_>, data: &LevelChart) -> f32 {
    let rows = bar_labels(flow, data);
    AXIS_H + rows.iter().map(|r| bar_row_height(r)).sum::<f32>() + LEGEND_H
}

/// Horizontal bars: one row per pillar, a grid line per stage, the target as a vertical mark.
/// A chart taller than the room left runs over pages, with the stage names above each part.
pub(crate) fn bars(flow: &mut Flow<'_>, data: &LevelChart) {
    let rows = bar_labels(flow, data);
    rows_over_pages(flow, &rows, |flow, range| {
        bar_rows(flow, data, &rows, range)
    });
    legend(flow, flow.geometry().left() + bar_label_width(flow));
}

/// Draws a chart of one row per pillar with `part`, as many rows on each page as fit there
/// (the key after the last one included); a row taller than a whole page still gets its own.
pub(crate) fn rows_over_pages(
    flow: &mut Flow<'_>,
    rows: &[Vec<String>],
    mut part: impl FnMut(&mut Flow<'_>, std::ops::Range<usize>),
) {
    let mut first = 0;
    while first < rows.len() {
        let mut h = AXIS_H;
        let mut end = first;
        while end < rows.len() {
            let key = if end + 1 == rows.len() { LEGEND_H } else { 0.0 };
            if h + bar_row_height(&rows[end]) + key > flow.remaining() {
                break;
            }
            h += bar_row_height(&rows[end]);
            end += 1;
        }
        if end == first {
            if !flow.at_top() {
                flow.new_page();
                continue;
            }
            end = first + 1;
        }
        part(flow, first..end);
        first = end;
        if first < rows.len() {
            flow.new_page();
        }
    }
}

/// The stage names, the grid and the bars of the pillars in `range`.
fn bar_rows(
    flow: &mut Flow<'_>,
    data: &LevelChart,
    rows: &[Vec<String>],
    range: std::ops::Range<usize>,
) {
    let g = flow.geometry();
    let stages = data.stages.len().max(1) as f32;
    let label_w = bar_label_width(flow);
    let (x0, x1) = (g.left() + label_w, g.right() - 36.0);
    let x = |v: f32| x0 + v / stages * (x1 - x0);
    let label = label_style();
    let rows_h: f32 = rows[range.clone()].iter().map(|r| bar_row_height(r)).sum();

    // Stage names above the grid, or stage numbers where a name does not fit its column.
    let ticks = tick_style();
    let top = flow.y();
    let spacing = (x1 - x0) / stages;
    for (k, name) in data.stages.iter().enumerate() {
        let name = flow.clean(name);
        let fits = flow.measure(ticks.face, ticks.size, &name) <= spacing - 4.0;
        let text = if fits { name } else { (k + 1).to_string() };
        flow.text_centred(&ticks, x((k + 1) as f32), top - 9.0, &text);
    }
    let grid_top = top - AXIS_H + 2.0;
    let grid_bottom = top - AXIS_H - rows_h;
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

    for i in range {
        let lines = &rows[i];
        let h = bar_row_height(lines);
        let y = flow.y();
        let mid = y - h / 2.0;
        let text_top = mid + lines.len() as f32 * label.leading / 2.0;
        for (j, line) in lines.iter().enumerate() {
            let baseline = text_top - j as f32 * label.leading - label.leading + 2.5;
            flow.text_at(&label, g.left(), baseline, line);
        }
        let level = data.levels[i] as f32;
        let bar_h = 10.0;
        draw::rect(
            flow.ops(),
            x0,
            mid - bar_h / 2.0,
            x(level) - x0,
            bar_h,
            palette::level(),
        );
        let value = Style {
            face: Face::Bold,
            size: 8.0,
            ..Style::body()
        };
        let tx = x(data.targets[i].number() as f32);
        let value_w = flow.measure(value.face, value.size, &data.values[i]);
        let mut vx = x(level) + 4.0;
        if tx > vx - 6.0 && tx < vx + value_w + 3.0 {
            vx = tx + 4.0;
        }
        flow.text_at(&value, vx, mid - 3.0, &data.values[i]);
        draw::line(
            flow.ops(),
            (tx, mid - 8.0),
            (tx, mid + 8.0),
            2.2,
            palette::target(),
            &[],
        );
        flow.advance(h);
    }
}

/// The small type of a chart's key.
pub(crate) fn key_style() -> Style {
    Style {
        size: 7.5,
        leading: 10.0,
        ..Style::small()
    }
}

/// The key shared by both charts.
fn legend(flow: &mut Flow<'_>, x: f32) {
    let style = key_style();
    let y = flow.y() - 13.0;
    let level = t!(flow.locale(), "report-chart-level");
    let target = t!(flow.locale(), "report-chart-target");
    let width = flow.measure(style.face, style.size, &level)
        + flow.measure(style.face, style.size, &target)
        + 12.0
        + 18.0
        + 12.0;
    let x = key_start(flow, x, width);
    draw::rect(flow.ops(), x, y - 1.0, 8.0, 8.0, palette::level());
    flow.text_at(&style, x + 12.0, y, &level);
    let x2 = x + 12.0 + flow.measure(style.face, style.size, &level) + 18.0;
    target_key(flow, &style, x2, y);
}

/// Where a chart's key of `width` points starts: at `x`, under the bars, or further left when
/// its words (longer in some languages) would otherwise run past the right margin.
pub(crate) fn key_start(flow: &Flow<'_>, x: f32, width: f32) -> f32 {
    let g = flow.geometry();
    x.min(g.right() - width).max(g.left())
}

/// The last entry of a chart's key, the target's vertical mark with "Target stage", at `x` on
/// the key's line `y`; then the flow moves below the key.
pub(crate) fn target_key(flow: &mut Flow<'_>, style: &Style, x: f32, y: f32) {
    draw::line(
        flow.ops(),
        (x + 4.0, y - 2.0),
        (x + 4.0, y + 8.0),
        2.2,
        palette::target(),
        &[],
    );
    let target = t!(flow.locale(), "report-chart-target");
    flow.text_at(style, x + 12.0, y, &target);
    flow.advance(LEGEND_H);
}

/// Radius of the radar chart, the smallest it may be drawn at to fit the room left on a page,
/// and the room around it for the axis labels.
pub(crate) const RADAR_RADIUS: f32 = 92.0;
const RADAR_MIN_RADIUS: f32 = 54.0;
const RADAR_PAD: f32 = 36.0;

/// Height the radar chart of `radius` takes on the page, legend included: a heading above it
/// keeps this much with it, so the two are never split.
pub(crate) fn radar_height(radius: f32) -> f32 {
    2.0 * (radius + RADAR_PAD) + 28.0
}

/// The radius that fits the chart into `room` points: the full radius when it fits, a smaller
/// one rather than leave the page's end blank, and the full radius on the next page when not
/// even the smallest fits.
pub(crate) fn radar_radius(room: f32) -> f32 {
    let fitting = (room - radar_height(0.0)) / 2.0;
    if fitting >= RADAR_MIN_RADIUS {
        fitting.min(RADAR_RADIUS)
    } else {
        RADAR_RADIUS
    }
}

/// A radar chart of the pillar levels with the targets as a dashed outline, of `radius`. Needs
/// at least three pillars to form a polygon; draws nothing otherwise.
pub(crate) fn radar(flow: &mut Flow<'_>, data: &LevelChart, radius: f32) {
    let n = data.labels.len();
    if n < 3 {
        return;
    }
    let g = flow.geometry();
    let label = Style {
        size: 7.5,
        leading: 9.5,
        ..Style::body()
    };
    let label_w = 118.0;
    let pad = RADAR_PAD;
    flow.ensure(radar_height(radius));
    let cx = g.left() + g.text_width() / 2.0;
    let cy = flow.y() - pad - radius;
    let stages = data.stages.len().max(1) as f32;
    let angle = |i: usize| FRAC_PI_2 - i as f32 * TAU / n as f32;
    let at = |i: usize, r: f32| (cx + r * angle(i).cos(), cy + r * angle(i).sin());

    for k in 1..=data.stages.len() {
        let r = radius * k as f32 / stages;
        let ring: Vec<(f32, f32)> = (0..n).map(|i| at(i, r)).collect();
        let style = PolygonStyle {
            fill: None,
            stroke: Some(palette::rule()),
            width: 0.5,
            dash: &[],
        };
        draw::polygon(flow.ops(), &ring, &style);
    }
    for i in 0..n {
        draw::line(
            flow.ops(),
            (cx, cy),
            at(i, radius),
            0.5,
            palette::rule(),
            &[],
        );
    }
    let levels: Vec<(f32, f32)> = (0..n)
        .map(|i| at(i, radius * data.levels[i] as f32 / stages))
        .collect();
    let style = PolygonStyle {
        fill: Some(palette::level_fill()),
        stroke: Some(palette::level()),
        width: 1.6,
        dash: &[],
    };
    draw::polygon(flow.ops(), &levels, &style);
    let targets: Vec<(f32, f32)> = (0..n)
        .map(|i| at(i, radius * data.targets[i].number() as f32 / stages))
        .collect();
    let style = PolygonStyle {
        fill: None,
        stroke: Some(palette::target()),
        width: 1.3,
        dash: &[4.0, 2.5],
    };
    draw::polygon(flow.ops(), &targets, &style);
    for &(px, py) in &levels {
        draw::rect(flow.ops(), px - 2.0, py - 2.0, 4.0, 4.0, palette::level());
    }
    // Stage numbers on the rings, midway between the first and the last axis, where no value
    // is plotted.
    let ticks = tick_style();
    let half = FRAC_PI_2 + TAU / n as f32 / 2.0;
    let along = (TAU / n as f32 / 2.0).cos();
    for k in 1..=data.stages.len() {
        let r = radius * k as f32 / stages * along;
        let text = k.to_string();
        let w = flow.measure(ticks.face, ticks.size, &text);
        let (tx, ty) = (cx + r * half.cos(), cy + r * half.sin());
        let white = super::draw::rgb(0xff, 0xff, 0xff);
        draw::rect(
            flow.ops(),
            tx - w / 2.0 - 1.5,
            ty - 4.0,
            w + 3.0,
            8.0,
            white,
        );
        flow.text_at(&ticks, tx - w / 2.0, ty - ticks.size * 0.35, &text);
    }
    let mut lowest = cy - radius;
    for i in 0..n {
        let text = format!("{} ({})", data.labels[i], data.values[i]);
        let (lines, _) = flow.lines_at_most(&text, &label, label_w, LABEL_LINES);
        let (ax, ay) = at(i, radius + 9.0);
        let (cos, sin) = (angle(i).cos(), angle(i).sin());
        let block_h = lines.len() as f32 * label.leading;
        let first_baseline = if sin > 0.3 {
            ay + block_h - label.leading + 2.0
        } else if sin < -0.3 {
            ay - label.size
        } else {
            ay + block_h / 2.0 - label.size
        };
        for (j, line) in lines.iter().enumerate() {
            let baseline = first_baseline - j as f32 * label.leading;
            let w = flow.measure(label.face, label.size, line);
            let lx = if cos > 0.3 {
                ax
            } else if cos < -0.3 {
                ax - w
            } else {
                ax - w / 2.0
            };
            flow.text_at(&label, lx, baseline, line);
            lowest = lowest.min(baseline - label.leading + label.size);
        }
    }
    flow.advance(flow.y() - lowest + 4.0);
    legend(flow, cx - 110.0);
}
