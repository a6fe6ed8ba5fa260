//! The summary (pillar table, bar and radar charts) and the ranked priorities.
//!
//! Numbers come from `render::format`, the same helpers the terminal table uses.

use super::super::chart::{self, ChartData};
use super::super::layout::{Align, Column, Flow, Row, Style};
use super::{country, stage_name};
use crate::render::format::{SUMMARY_HEADER, fmt_level, fmt_score, summary_rows};
use crate::score::{NextStep, Scored};

/// The Summary section: a lead sentence, the pillar table and both charts.
pub(super) fn summary(flow: &mut Flow<'_>, s: &Scored<'_>) {
    let q = s.questionnaire;
    let n = q.stage_count();
    let o = &s.overall;
    flow.heading("Summary", &Style::h1(), 60.0);
    flow.mark("Summary");
    flow.advance(4.0);
    let met = s.pillars.iter().filter(|p| p.gap <= 0.0).count();
    let answered: usize = s.pillars.iter().map(|p| p.answered).sum();
    let total: usize = s.pillars.iter().map(|p| p.total).sum();
    let na: usize = s.pillars.iter().map(|p| p.not_applicable).sum();
    // The table and charts need the page: a name of many lines is shortened to three here.
    let name = flow.fit(
        country(s),
        &Style::body(),
        3.0 * flow.geometry().text_width(),
    );
    let mut lead = format!(
        "{} is at the {} stage overall (level {}, score {}), against a target of {}. {} of {} \
         pillars meet their target. {} of {} questions were answered",
        name,
        stage_name(s, o.stage.get()),
        fmt_level(o.level, n),
        fmt_score(o.progress),
        stage_name(s, o.target.get()),
        met,
        s.pillars.len(),
        answered,
        total
    );
    lead.push_str(&match na {
        0 => ".".to_owned(),
        1 => ", one of them as not applicable.".to_owned(),
        _ => format!(", {na} of them as not applicable."),
    });
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(10.0);

    let w = flow.geometry().text_width();
    let fractions = [0.29, 0.14, 0.095, 0.085, 0.14, 0.07, 0.18];
    let columns: Vec<Column> = SUMMARY_HEADER
        .iter()
        .zip(fractions)
        .enumerate()
        .map(|(i, (title, f))| Column {
            title: (*title).to_owned(),
            width: w * f,
            align: if (2..=5).contains(&i) && i != 4 {
                Align::Right
            } else {
                Align::Left
            },
        })
        .collect();
    let rows: Vec<Row> = summary_rows(s)
        .into_iter()
        .enumerate()
        .map(|(i, cells)| Row {
            cells: cells.to_vec(),
            bold: i == s.pillars.len(),
        })
        .collect();
    flow.table(&columns, &rows);

    let data = ChartData {
        labels: s
            .pillars
            .iter()
            .map(|p| q.pillars[p.pillar].name.clone())
            .collect(),
        levels: s.pillars.iter().map(|p| p.level).collect(),
        targets: s.pillars.iter().map(|p| p.target.number()).collect(),
        values: s.pillars.iter().map(|p| fmt_level(p.level, n)).collect(),
        stages: q.stages.iter().map(|st| st.name.clone()).collect(),
    };
    flow.space(18.0);
    // A figure stays with its heading: the heading moves with the whole chart, or with as much
    // of it as a page holds.
    let page = flow.geometry().text_height() - Style::h2().leading - 4.0;
    let bars = chart::bars_height(flow, &data).min(page);
    flow.heading("Level by pillar", &Style::h2(), 4.0 + bars);
    flow.advance(4.0);
    chart::bars(flow, &data);
    if data.labels.len() >= 3 {
        flow.space(10.0);
        let radius = chart::radar_radius(flow.remaining() - Style::h2().leading);
        let height = chart::radar_height(radius);
        flow.heading("Pillars at a glance", &Style::h2(), height);
        chart::radar(flow, &data, radius);
    }
}

/// The Priorities section: the first `top` ranked next steps.
pub(super) fn priorities(flow: &mut Flow<'_>, s: &Scored<'_>, steps: &[NextStep<'_>], top: usize) {
    let q = s.questionnaire;
    flow.space(20.0);
    flow.heading("Priorities", &Style::h1(), 80.0);
    flow.mark("Priorities");
    flow.advance(4.0);
    if steps.is_empty() {
        flow.paragraph(
            "No next steps: every pillar has reached its target.",
            &Style::body(),
            0.0,
        );
        return;
    }
    let shown = top.min(steps.len());
    let intro = if shown == 0 {
        format!(
            "{} next steps were found; this report was asked to list none here. Each pillar \
             section below gives the next step for each of its questions.",
            steps.len()
        )
    } else {
        format!(
            "The {} most urgent of {} next steps: those leading to the lowest stage come first, \
             then those with the most weight. Each pillar section gives the next step for each \
             of its questions.",
            shown,
            steps.len()
        )
    };
    flow.paragraph(&intro, &Style::body(), 0.0);
    flow.advance(8.0);
    if shown == 0 {
        return;
    }
    flow.set_running(Some("Priorities".to_owned()));
    let w = flow.geometry().text_width();
    let column = |title: &str, f: f32, align| Column {
        title: title.to_owned(),
        width: w * f,
        align,
    };
    let columns = [
        column("#", 0.05, Align::Right),
        column("Pillar", 0.16, Align::Left),
        column("Question", 0.28, Align::Left),
        column("From → to", 0.15, Align::Left),
        column("Action", 0.36, Align::Left),
    ];
    let rows: Vec<Row> = steps
        .iter()
        .take(shown)
        .map(|n| {
            let mut stages = format!(
                "{} → {}",
                stage_name(s, n.from.get()),
                stage_name(s, n.to.get())
            );
            if n.unanswered {
                stages.push_str("\n(unanswered)");
            }
            Row {
                cells: vec![
                    n.rank.to_string(),
                    q.pillars[n.question.pillar].name.clone(),
                    q.question(n.question).prompt.clone(),
                    stages,
                    n.action.to_owned(),
                ],
                bold: false,
            }
        })
        .collect();
    flow.table(&columns, &rows);
    flow.set_running(None);
}
