//! The report as a format-neutral document: what a report says, in which order, built once
//! from a scored assessment and rendered by every backend (PDF, DOCX, Markdown).
//!
//! [`Document::build`] decides the content — the cover, then [`Section`]s made of a few kinds of
//! [`Block`] (paragraphs, labelled lines, tables, figures as data, numbered items) — and nothing
//! about pages, fonts or files. A backend decides how each kind of block looks, so a section
//! added here appears in every format without touching the backends.
//!
//! Adding a section: write a function that returns a [`Section`] from the scored assessment
//! (and what it needs from [`Extras`]), and push it in [`Document::build`] where it belongs in
//! the reading order. Inputs beyond the scored assessment — a baseline comparison for a
//! "Progress since" section — go into [`Extras`]. A consensus needs none: its respondents'
//! records are part of the assessment (see `consensus`).

mod consensus;
mod cover;
#[cfg(test)]
mod language_tests;
mod method;
mod pillar;
mod progress;
mod summary;
#[cfg(test)]
mod tests;

use toml::value::Date;

use crate::compare::Comparison;
use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::render::format::{fmt_date, fmt_gap, fmt_level_value, local_date};
use crate::score::Scored;
use crate::t;

pub use cover::{ASSESSORS_AT, Cover, Overall};
pub use summary::figure_columns;

/// The whole report: what every page carries, the cover and the sections in reading order.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Document {
    /// The document's properties (title, author, subject, keywords, date).
    pub info: Info,
    /// What the header and footer of every page say.
    pub running: Running,
    /// The first page.
    pub cover: Cover,
    /// The sections after the cover, in reading order.
    pub sections: Vec<Section>,
    /// What the document was built with; the fingerprints identify the report's inputs.
    pub options: Options,
}

/// The document's properties, as a PDF reader or word processor shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Info {
    /// "Exampleland: National Cyber Security Strategy Maturity".
    pub title: String,
    /// The assessors, separated by "; ".
    pub author: String,
    /// What the document is about.
    pub subject: String,
    /// Search words.
    pub keywords: Vec<String>,
    /// The date of the assessment: the document's date, never the clock's.
    pub date: Option<Date>,
}

/// The header and footer of every page.
#[derive(Debug, Clone, PartialEq)]
pub struct Running {
    /// Left of the header: what the document is.
    pub title: String,
    /// Right of the header: the handling label (TLP and the like), when there is one.
    pub marking: Option<String>,
    /// Above the header, while questions are unanswered: "Draft: 33 of 43 questions unanswered".
    pub draft: Option<String>,
    /// Left of the footer: the questionnaire's id and version.
    pub footer: String,
}

/// Where a section starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Always on a new page.
    NewPage,
    /// On a new page, unless the section before ended in the top half of its page.
    Break,
    /// Right after the section before.
    Follow,
}

/// A part of the report with a first-level heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading.
    pub title: String,
    /// Its entry in the table of contents.
    pub contents: String,
    /// Where it starts.
    pub start: Start,
    /// Repeated, with "(continued)", at the top of a page the section runs on to; `None` for
    /// sections too short to need it.
    pub running: Option<String>,
    /// What it says, in order.
    pub blocks: Vec<Block>,
}

/// One piece of a section. Each kind has one look per backend.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A second-level heading.
    Heading(String),
    /// A paragraph.
    Paragraph(Paragraph),
    /// A band of a few key figures side by side.
    KeyFigures(Vec<KeyFigure>),
    /// Short labelled lines, such as the stages of the scale: label and text.
    Labelled(Vec<(String, String)>),
    /// A table.
    Table(Table),
    /// A chart, as the data it shows.
    Figure(Figure),
    /// A numbered entry with its details, such as one question and its answer.
    Item(Item),
    /// A term and its definition.
    Term {
        /// The term.
        term: String,
        /// What it means.
        definition: String,
    },
    /// SHA-256 fingerprints: label and hash.
    Fingerprints(Vec<(String, String)>),
    /// Every assessor, for backends whose cover had to shorten the list: a heading and one
    /// name per line. A backend whose cover names them all leaves this out.
    AllAssessors {
        /// "The 60 assessors".
        heading: String,
        /// Every name.
        names: Vec<String>,
    },
}

/// A paragraph of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The text; it may hold line breaks.
    pub text: String,
    /// How it reads beside the text around it.
    pub tone: Tone,
}

impl Paragraph {
    /// Body text.
    pub fn plain(text: impl Into<String>) -> Block {
        Block::Paragraph(Paragraph {
            text: text.into(),
            tone: Tone::Plain,
        })
    }

    /// Text set back from the body: descriptions and introductions.
    pub fn muted(text: impl Into<String>) -> Block {
        Block::Paragraph(Paragraph {
            text: text.into(),
            tone: Tone::Muted,
        })
    }
}

/// How a text reads beside the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Body text.
    Plain,
    /// Set back: a description, something left out of the score.
    Muted,
    /// Needs attention: an unanswered question.
    Warning,
}

/// One of a few key figures shown side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// "Stage".
    pub label: String,
    /// "Formative".
    pub value: String,
    /// Its share of the band's width, relative to the others'.
    pub share: f32,
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Its title.
    pub title: String,
    /// Its share of the table's width, from 0 to 1; the shares of a table add up to 1.
    pub share: f32,
    /// How its cells are aligned.
    pub align: Align,
}

/// A table: a header and rows of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, one text per column; a cell may hold line breaks.
    pub rows: Vec<Row>,
    /// How many rows at the end are totals, set in bold.
    pub totals: usize,
}

/// One row of a table.
pub type Row = Vec<String>;

/// What a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// Horizontal bars, one per pillar, on the stage scale with the target marked.
    Bars,
    /// A radar of the pillars' levels and targets (three pillars or more).
    Radar,
    /// Two marks per pillar joined by a line, the baseline's level and the level now, on the
    /// stage scale with the target marked: [`LevelChart::baseline`] holds the earlier levels.
    Paired,
}

/// A chart, with its title and the data it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What kind of chart.
    pub kind: FigureKind,
    /// Its title.
    pub title: String,
    /// The values.
    pub data: LevelChart,
}

/// One entry per pillar on a scale of `stages.len()` stages: what the summary charts show.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelChart {
    /// Pillar names.
    pub labels: Vec<String>,
    /// Level reached, from 1 to the number of stages.
    pub levels: Vec<f64>,
    /// Target stage of each pillar.
    pub targets: Vec<StageIndex>,
    /// Level as printed (the same text as the table).
    pub values: Vec<String>,
    /// Stage names, lowest first.
    pub stages: Vec<String>,
    /// The baseline's level per pillar, for a [`FigureKind::Paired`] chart; empty otherwise.
    pub baseline: Vec<f64>,
    /// The baseline's level as printed; empty unless `baseline` has values.
    pub baseline_values: Vec<String>,
}

/// A numbered entry: a title, a line of small print and labelled details.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// "2.3".
    pub number: String,
    /// The question.
    pub title: String,
    /// Small print under the title: id, weight, what it counts as.
    pub meta: String,
    /// The answer, evidence, notes, next step.
    pub details: Vec<Detail>,
}

/// One labelled detail of an [`Item`].
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// "Answer", "Evidence".
    pub label: String,
    /// The text, or one entry per list item.
    pub value: Value,
    /// How it reads.
    pub tone: Tone,
}

/// The value of a [`Detail`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A text.
    Text(String),
    /// A list of entries (links, document references).
    List(Vec<String>),
}

/// Fields left out of the report, for sharing outside government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Redaction {
    /// Leave out the free-text notes.
    pub notes: bool,
    /// Leave out the evidence.
    pub evidence: bool,
}

impl Redaction {
    /// Whether anything is left out.
    pub fn any(self) -> bool {
        self.notes || self.evidence
    }
}

/// What to put in the report, besides the scored assessment.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// How many next steps the Priorities section lists.
    pub top: usize,
    /// Fields to leave out.
    pub redact: Redaction,
    /// Handling label for every page; overrides the answers file's marking when set.
    pub marking: Option<String>,
    /// SHA-256 of the questionnaire file's text, in lowercase hex.
    pub questionnaire_sha256: String,
    /// SHA-256 of the answers file's text, in lowercase hex.
    pub answers_sha256: String,
    /// The baseline's answers file, for a report with a "Progress since" section.
    pub baseline: Option<BaselineFile>,
    /// The language of the report's words and numbers.
    pub locale: crate::i18n::Locale,
}

/// The answers file a report's progress is measured from (`report --baseline`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineFile {
    /// Its name as given: a path, or `REV:PATH` for a file in a git revision.
    pub name: String,
    /// SHA-256 of its text, in lowercase hex.
    pub sha256: String,
}

/// Inputs of sections beyond the scored assessment, each an `Option` so that reports without
/// them stay as they are: a baseline comparison (a "Progress since" section).
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct Extras<'e> {
    /// The comparison of the baseline (old) with the assessment reported on (new).
    pub baseline: Option<&'e Comparison<'e, 'e>>,
}

impl Document {
    /// Builds the report of one scored assessment, in `options.locale`: the report's own words
    /// come from the catalogue, its numbers are written the local way, and the questionnaire's
    /// texts are those of `s` (score the questionnaire's texts in that language to have them
    /// translated too).
    pub fn build(s: &Scored<'_>, options: &Options, extras: &Extras<'_>) -> Document {
        let locale = options.locale;
        let marking = options
            .marking
            .clone()
            .or_else(|| s.assessment.info.marking.clone());
        let steps = s.next_steps();
        let mut sections = vec![summary::summary(s, locale)];
        if let Some(c) = extras.baseline {
            sections.push(progress::progress(c, options.top, locale));
        }
        sections.push(summary::priorities(s, &steps, options.top, locale));
        sections.extend(consensus::respondents(s, locale));
        sections.extend(
            s.pillars
                .iter()
                .map(|p| pillar::pillar(s, p, &steps, options.redact, locale)),
        );
        sections.extend(method::glossary(s, locale));
        sections.push(method::method(s, options));
        Document {
            info: info(s, locale),
            running: Running {
                title: t!(locale, "report-running-title", country = country(s, locale)),
                marking: marking.clone(),
                draft: draft(s, locale),
                footer: s.questionnaire.id_version(),
            },
            cover: progress::name_baseline(
                cover::cover(s, options, marking.as_deref(), draft(s, locale)),
                extras.baseline,
                options.baseline.as_ref(),
                locale,
            ),
            sections,
            options: options.clone(),
        }
    }
}

/// The document's properties.
fn info(s: &Scored<'_>, locale: Locale) -> Info {
    let q = s.questionnaire;
    let a = &s.assessment.info;
    let country = if a.country.is_empty() {
        t!(locale, "report-info-assessment")
    } else {
        a.country.clone()
    };
    Info {
        title: format!("{country}: {}", q.title),
        author: a.assessors.join("; "),
        subject: t!(
            locale,
            "report-info-subject",
            questionnaire = q.id_version()
        ),
        keywords: vec![
            t!(locale, "report-keyword-cyber-security"),
            t!(locale, "report-keyword-maturity"),
            q.id.clone(),
            country,
        ],
        date: a.assessed_on,
    }
}

/// "Draft: 33 of 43 questions unanswered", while any question has no answer (`n/a` counts as
/// an answer); `None` once every question is answered.
fn draft(s: &Scored<'_>, locale: Locale) -> Option<String> {
    let (unanswered, total) = (s.unanswered(), s.total());
    (unanswered > 0).then(|| {
        t!(
            locale,
            "report-draft",
            unanswered = unanswered,
            total = total
        )
    })
}

/// The country, or a placeholder that says it is missing.
fn country(s: &Scored<'_>, locale: Locale) -> String {
    let c = s.assessment.info.country.as_str();
    if c.is_empty() {
        t!(locale, "report-no-country")
    } else {
        c.to_owned()
    }
}

/// A stage's name by index; `?` for an index the questionnaire does not have.
fn stage_name<'a>(s: &Scored<'a>, stage: StageIndex) -> &'a str {
    s.questionnaire
        .stage(stage)
        .map_or("?", |st| st.name.as_str())
}

/// The date of the assessment as the cover gives it: written out in the report's language
/// ("19 de marzo de 2026"); English reports keep the ISO date they have always shown.
fn cover_date(date: Option<Date>, locale: Locale) -> String {
    match (date, locale) {
        (Some(d), Locale::Es | Locale::Fr | Locale::Pt) => {
            locale.long_date(i32::from(d.year), d.month, d.day)
        }
        (Some(_), Locale::En) => fmt_date(date),
        (None, _) => local_date(None, locale),
    }
}

/// "Assessed 2026-03-19", "Evaluado el 19 de marzo de 2026".
fn assessed(date: Option<Date>, locale: Locale) -> String {
    t!(locale, "report-assessed", date = cover_date(date, locale))
}

/// `2.4/5` written the local way (`2,4/5`), rounded as every output rounds it.
fn level(level: f64, stages: usize, locale: Locale) -> String {
    format!("{}/{stages}", locale.decimal(&fmt_level_value(level)))
}

/// `0.6` or `-`, written the local way.
fn gap(gap: f64, locale: Locale) -> String {
    locale.decimal(&fmt_gap(gap))
}
