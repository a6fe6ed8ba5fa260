//! The Summary (lead sentence, pillar table, charts as data) and the Priorities (the ranked
//! next steps). Numbers come from `render::format`, the helpers every output uses.

use super::{
    Align, Block, Column, Figure, FigureKind, LevelChart, Paragraph, Section, Start, Table,
    country, level, stage_name,
};
use crate::i18n::Locale;
use crate::render::format::{local_score, summary_header, summary_rows};
use crate::score::{NextStep, Scored};
use crate::t;

/// The Summary section: a lead sentence, the pillar table and the charts.
pub(super) fn summary(s: &Scored<'_>, locale: Locale) -> Section {
    let q = s.questionnaire;
    let n = q.stage_count();
    let o = &s.overall;
    let met = s.pillars.iter().filter(|p| p.gap <= 0.0).count();
    let na: usize = s.pillars.iter().map(|p| p.not_applicable).sum();
    let mut lead = t!(
        locale,
        "report-summary-lead",
        country = short(&country(s, locale)),
        stage = stage_name(s, o.stage),
        level = level(o.level, n, locale),
        score = local_score(o.progress, locale),
        target = stage_name(s, o.target),
        met = met,
        pillars = s.pillars.len(),
        answered = s.total() - s.unanswered(),
        total = s.total(),
        na = na
    );
    if let Some(consensus) = super::consensus::summary_sentence(s, locale) {
        lead.push(' ');
        lead.push_str(&consensus);
    }
    // Spanish, French and Portuguese headers are longer ("Puntuación", "Brecha"): their score
    // and gap columns take room from the pillar names, so no header word is split.
    let shares = match locale {
        Locale::En => [0.29, 0.14, 0.095, 0.085, 0.14, 0.07, 0.18],
        Locale::Es | Locale::Fr | Locale::Pt => [0.23, 0.13, 0.085, 0.15, 0.135, 0.09, 0.18],
    };
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
        targets: s.pillars.iter().map(|p| p.target).collect(),
        values: s
            .pillars
            .iter()
            .map(|p| level(p.level, n, locale))
            .collect(),
        stages: q.stages.iter().map(|st| st.name.clone()).collect(),
        baseline: Vec::new(),
        baseline_values: Vec::new(),
    };
    let mut blocks = vec![
        Paragraph::plain(lead),
        Block::Table(table),
        Block::Figure(Figure {
            kind: FigureKind::Bars,
            title: t!(locale, "report-figure-bars"),
            data: data.clone(),
        }),
    ];
    if data.labels.len() >= 3 {
        blocks.push(Block::Figure(Figure {
            kind: FigureKind::Radar,
            title: t!(locale, "report-figure-radar"),
            data,
        }));
    }
    Section {
        title: t!(locale, "report-summary"),
        contents: t!(locale, "report-summary"),
        start: Start::NewPage,
        running: None,
        blocks,
    }
}

/// The column titles of a chart given as a table of its values (Word, Markdown): pillar,
/// level before, level now, level, target.
pub fn figure_columns(locale: Locale) -> [String; 5] {
    [
        t!(locale, "summary-pillar"),
        t!(locale, "report-column-before"),
        t!(locale, "report-column-now"),
        t!(locale, "summary-level"),
        t!(locale, "summary-target"),
    ]
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
pub(super) fn priorities(
    s: &Scored<'_>,
    steps: &[NextStep<'_>],
    top: usize,
    locale: Locale,
) -> Section {
    let q = s.questionnaire;
    let mut section = Section {
        title: t!(locale, "report-priorities"),
        contents: t!(locale, "report-priorities"),
        start: Start::Follow,
        running: None,
        blocks: Vec::new(),
    };
    if steps.is_empty() {
        section
            .blocks
            .push(Paragraph::plain(t!(locale, "report-priorities-none")));
        return section;
    }
    let shown = top.min(steps.len());
    if shown == 0 {
        section.blocks.push(Paragraph::plain(t!(
            locale,
            "report-priorities-none-listed",
            count = steps.len()
        )));
        return section;
    }
    section.blocks.push(Paragraph::plain(t!(
        locale,
        "report-priorities-intro",
        shown = shown,
        count = steps.len()
    )));
    let column = |title: String, share, align| Column {
        title,
        share,
        align,
    };
    let rows = steps
        .iter()
        .take(shown)
        .map(|n| {
            let mut stages = format!("{} → {}", stage_name(s, n.from), stage_name(s, n.to));
            if n.unanswered {
                stages.push('\n');
                stages.push_str(&t!(locale, "report-unanswered-mark"));
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
    // Room for "implementación", "implementação": longer words than English pillar names have.
    let [pillar, question, action] = match locale {
        Locale::En => [0.16, 0.28, 0.36],
        Locale::Es | Locale::Fr | Locale::Pt => [0.18, 0.27, 0.35],
    };
    section.blocks.push(Block::Table(Table {
        columns: vec![
            column(t!(locale, "report-column-rank"), 0.05, Align::Right),
            column(t!(locale, "summary-pillar"), pillar, Align::Left),
            column(t!(locale, "report-column-question"), question, Align::Left),
            column(t!(locale, "report-column-from-to"), 0.15, Align::Left),
            column(t!(locale, "report-column-action"), action, Align::Left),
        ],
        rows,
        totals: 0,
    }));
    section.running = Some(t!(locale, "report-priorities"));
    section
}
