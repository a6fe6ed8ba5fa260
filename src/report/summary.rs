//! The Summary (lead sentence, pillar table, charts as data) and the Priorities (the ranked
//! next steps). Numbers come from `render::format`, the helpers every output uses.

use super::{
    Align, Block, Column, Figure, FigureKind, LevelChart, Paragraph, Section, Start, Table,
    country, stage_name,
};
use crate::i18n::Locale;
use crate::render::format::{fmt_level, fmt_score, summary_header, summary_rows};
use crate::score::{NextStep, Scored};

/// The Summary section: a lead sentence, the pillar table and the charts.
pub(super) fn summary(s: &Scored<'_>, locale: Locale) -> Section {
    let q = s.questionnaire;
    let n = q.stage_count();
    let o = &s.overall;
    let met = s.pillars.iter().filter(|p| p.gap <= 0.0).count();
    let na: usize = s.pillars.iter().map(|p| p.not_applicable).sum();
    let mut lead = format!(
        "{} is at the {} stage overall (level {}, score {}), against a target of {}. {} of {} \
         pillars meet their target. {} of {} questions were answered",
        short(country(s)),
        stage_name(s, o.stage),
        fmt_level(o.level, n),
        fmt_score(o.progress),
        stage_name(s, o.target),
        met,
        s.pillars.len(),
        s.total() - s.unanswered(),
        s.total()
    );
    lead.push_str(&match na {
        0 => ".".to_owned(),
        1 => ", one of them as not applicable.".to_owned(),
        _ => format!(", {na} of them as not applicable."),
    });
    if let Some(consensus) = super::consensus::summary_sentence(s) {
        lead.push(' ');
        lead.push_str(&consensus);
    }
    let shares = [0.29, 0.14, 0.095, 0.085, 0.14, 0.07, 0.18];
    let columns = summary_header(locale)
        .into_iter()
        .zip(shares)
        .enumerate()
        .map(|(i, (title, share))| Column {
            title,
            share,
            align: if matches!(i, 2 | 3 | 5) {
                Align::Right
            } else {
                Align::Left
            },
        })
        .collect();
    let table = Table {
        columns,
        rows: summary_rows(s, locale).into_iter().map(Vec::from).collect(),
        totals: 1,
    };
    let data = LevelChart {
        labels: s
            .pillars
            .iter()
            .map(|p| q.pillars[p.pillar].name.clone())
            .collect(),
        levels: s.pillars.iter().map(|p| p.level).collect(),
        targets: s.pillars.iter().map(|p| p.target.number()).collect(),
        values: s.pillars.iter().map(|p| fmt_level(p.level, n)).collect(),
        stages: q.stages.iter().map(|st| st.name.clone()).collect(),
        baseline: Vec::new(),
        baseline_values: Vec::new(),
    };
    let mut blocks = vec![
        Paragraph::plain(lead),
        Block::Table(table),
        Block::Figure(Figure {
            kind: FigureKind::Bars,
            title: "Level by pillar".to_owned(),
            data: data.clone(),
        }),
    ];
    if data.labels.len() >= 3 {
        blocks.push(Block::Figure(Figure {
            kind: FigureKind::Radar,
            title: "Pillars at a glance".to_owned(),
            data,
        }));
    }
    Section {
        title: "Summary".to_owned(),
        contents: "Summary".to_owned(),
        start: Start::NewPage,
        running: None,
        blocks,
    }
}

/// Longest name the lead sentence gives in full: the table and charts must stay on the
/// summary's page, so a longer name (given in full on the cover) is shortened.
const LEAD_NAME_CHARS: usize = 200;

/// `name`, shortened with an ellipsis beyond [`LEAD_NAME_CHARS`] characters.
fn short(name: &str) -> String {
    match name.char_indices().nth(LEAD_NAME_CHARS) {
        Some((end, _)) => format!("{}…", &name[..end]),
        None => name.to_owned(),
    }
}

/// The Priorities section: the first `top` ranked next steps.
pub(super) fn priorities(s: &Scored<'_>, steps: &[NextStep<'_>], top: usize) -> Section {
    let q = s.questionnaire;
    let mut section = Section {
        title: "Priorities".to_owned(),
        contents: "Priorities".to_owned(),
        start: Start::Follow,
        running: None,
        blocks: Vec::new(),
    };
    if steps.is_empty() {
        section.blocks.push(Paragraph::plain(
            "No next steps: every pillar has reached its target.",
        ));
        return section;
    }
    let shown = top.min(steps.len());
    if shown == 0 {
        section.blocks.push(Paragraph::plain(format!(
            "{} next steps were found; this report was asked to list none here. Each pillar \
             section below gives the next step for each of its questions.",
            steps.len()
        )));
        return section;
    }
    section.blocks.push(Paragraph::plain(format!(
        "The {} most urgent of {} next steps: those leading to the lowest stage come first, \
         then those with the most weight. Each pillar section gives the next step for each of \
         its questions.",
        shown,
        steps.len()
    )));
    let column = |title: &str, share, align| Column {
        title: title.to_owned(),
        share,
        align,
    };
    let rows = steps
        .iter()
        .take(shown)
        .map(|n| {
            let mut stages = format!("{} → {}", stage_name(s, n.from), stage_name(s, n.to));
            if n.unanswered {
                stages.push_str("\n(unanswered)");
            }
            vec![
                n.rank.to_string(),
                q.pillars[n.question.pillar].name.clone(),
                q.question(n.question).prompt.clone(),
                stages,
                n.action.to_owned(),
            ]
        })
        .collect();
    section.blocks.push(Block::Table(Table {
        columns: vec![
            column("#", 0.05, Align::Right),
            column("Pillar", 0.16, Align::Left),
            column("Question", 0.28, Align::Left),
            column("From → to", 0.15, Align::Left),
            column("Action", 0.36, Align::Left),
        ],
        rows,
        totals: 0,
    }));
    section.running = Some("Priorities".to_owned());
    section
}
