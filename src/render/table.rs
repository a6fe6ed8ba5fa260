//! Terminal tables (comfy-table): pillar summary, optional breakdown, and the top next steps.

use comfy_table::{Cell, CellAlignment, Color};

use super::fit::{Grid, wrap_words};
use super::format::{answer_text, counts_as, fmt_weight, heading, summary_header, summary_rows};
use super::{Entry, Render, RenderError, RenderOptions};
use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::score::Scored;
use crate::t;

/// Renders human-readable tables.
#[derive(Debug, Clone, Copy, Default)]
pub struct Table {
    /// Total width to fit in (`None`: no limit); tables too wide for it are laid out as one
    /// block per row, so no word is broken.
    pub width: Option<u16>,
}

/// Colour-blind-safe terminal colours for stages, lowest to highest (never the only signal: the
/// stage name is always printed).
pub(crate) fn stage_color(stage: StageIndex, stages: usize) -> Color {
    const SCALE: [Color; 5] = [
        Color::Rgb {
            r: 213,
            g: 94,
            b: 0,
        },
        Color::Rgb {
            r: 230,
            g: 159,
            b: 0,
        },
        Color::Rgb {
            r: 240,
            g: 228,
            b: 66,
        },
        Color::Rgb {
            r: 86,
            g: 180,
            b: 233,
        },
        Color::Rgb {
            r: 0,
            g: 114,
            b: 178,
        },
    ];
    let i = if stages <= 1 {
        0
    } else {
        stage.get() * (SCALE.len() - 1) / (stages - 1)
    };
    SCALE[i.min(SCALE.len() - 1)]
}

/// Summary columns holding numbers (right-aligned): level, score, gap, answered.
const NUMERIC_COLUMNS: [usize; 4] = [2, 3, 5, 6];

/// A heat-map cell: the stage colour as background, with black or white text, whichever reads
/// better on it.
pub(crate) fn heat(cell: Cell, stage: StageIndex, stages: usize) -> Cell {
    let bg = stage_color(stage, stages);
    let dark = matches!(bg, Color::Rgb { r, g, b } if u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114 < 140_000);
    cell.bg(bg)
        .fg(if dark { Color::White } else { Color::Black })
}

impl Table {
    /// Renders one assessment.
    pub fn assessment(&self, s: &Scored<'_>, options: &RenderOptions) -> String {
        let mut out = String::new();
        let locale = options.locale;
        out.push_str(&wrap_words(&heading(s, locale), self.width));
        out.push('\n');

        let mut t = Grid {
            header: summary_header(locale).to_vec(),
            rows: Vec::new(),
        };
        let rows = summary_rows(s, locale);
        let stages = s.questionnaire.stage_count();
        let stage_of_row = |i: usize| s.pillars.get(i).map_or(s.overall.stage, |p| p.stage);
        for (i, row) in rows.into_iter().enumerate() {
            let mut r = Vec::new();
            for (c, text) in row.into_iter().enumerate() {
                let mut cell = Cell::new(text);
                if NUMERIC_COLUMNS.contains(&c) {
                    cell = cell.set_alignment(CellAlignment::Right);
                }
                if c == 1 && options.styled {
                    cell = cell.fg(stage_color(stage_of_row(i), stages));
                }
                if i == s.pillars.len() {
                    cell = cell.add_attribute(comfy_table::Attribute::Bold);
                }
                r.push(cell);
            }
            t.rows.push(r);
        }
        out.push_str(&t.render(self.width, options.styled));

        if options.explain {
            for p in &s.pillars {
                let pillar = &s.questionnaire.pillars[p.pillar];
                let title = t!(locale, "views-explain-title", pillar = pillar.name.as_str());
                out.push_str(&format!("\n{}\n", wrap_words(&title, self.width)));
                let mut t = Grid {
                    header: explain_header(locale).to_vec(),
                    rows: Vec::new(),
                };
                for qs in &p.questions {
                    let question = s.questionnaire.question(qs.question);
                    t.rows.push(
                        [
                            format!("{}\n{}", question.id, question.prompt),
                            answer_text(s, qs, locale),
                            counts_as(qs, locale),
                            locale.decimal(&fmt_weight(qs.weight)),
                        ]
                        .map(Cell::new)
                        .to_vec(),
                    );
                }
                out.push_str(&t.render(self.width, options.styled));
            }
        }

        if options.top > 0 {
            let steps = s.next_steps();
            let shown = steps.len().min(options.top);
            if steps.is_empty() {
                out.push_str(&format!("\n{}\n", t!(locale, "views-no-next-steps")));
            } else {
                let intro = t!(
                    locale,
                    "views-next-steps-intro",
                    shown = shown,
                    total = steps.len()
                );
                out.push_str(&format!("\n{intro}\n"));
                let mut t = Grid {
                    header: vec![
                        t!(locale, "views-column-rank"),
                        t!(locale, "views-column-pillar"),
                        t!(locale, "views-column-question"),
                        t!(locale, "views-column-from-to"),
                        t!(locale, "views-column-action"),
                    ],
                    rows: Vec::new(),
                };
                for n in steps.iter().take(options.top) {
                    let q = s.questionnaire;
                    t.rows.push(
                        [
                            n.rank.to_string(),
                            q.pillars[n.question.pillar].name.clone(),
                            q.question(n.question).id.clone(),
                            format!("{} → {}", q.stages[n.from].name, q.stages[n.to].name),
                            n.action.to_owned(),
                        ]
                        .map(Cell::new)
                        .to_vec(),
                    );
                }
                out.push_str(&t.render(self.width, options.styled));
            }
        }
        out
    }
}

/// Column titles of a pillar's breakdown (`--explain`), shared by the table and Markdown.
pub(crate) fn explain_header(locale: Locale) -> [String; 4] {
    [
        t!(locale, "views-column-question"),
        t!(locale, "views-column-answer"),
        t!(locale, "views-column-counts-as"),
        t!(locale, "views-column-weight"),
    ]
}

impl Render for Table {
    fn assessment(
        &self,
        entry: &Entry<'_>,
        options: &RenderOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        out.extend_from_slice(self.assessment(&entry.scored, options).as_bytes());
        Ok(())
    }

    fn separator(&self, out: &mut Vec<u8>) {
        out.push(b'\n');
    }
}
