//! CSV output: one row per (assessment, pillar) and an `overall` row, for spreadsheets.

use super::format::{fmt_date, round};
use super::{Batch, Entry, Render, RenderOptions};

/// Renders CSV with the header
/// `source,country,assessed_on,pillar,stage,level,score,target,gap,answered,total`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Csv;

/// The CSV header, in column order.
pub const HEADER: [&str; 11] = [
    "source",
    "country",
    "assessed_on",
    "pillar",
    "stage",
    "level",
    "score",
    "target",
    "gap",
    "answered",
    "total",
];

impl Render for Csv {
    fn render(&self, batch: &Batch<'_>, _options: &RenderOptions) -> Vec<u8> {
        use rayon::prelude::*;
        // Assessments are written in chunks on all cores, each chunk with one writer, then
        // joined in order after the header.
        let mut out = Rows::new();
        out.record(HEADER);
        let mut out = out.finish();
        let parts: Vec<Vec<u8>> = batch
            .assessments
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut rows = Rows::new();
                for entry in chunk {
                    rows.assessment(entry);
                }
                rows.finish()
            })
            .collect();
        for part in parts {
            out.extend_from_slice(&part);
        }
        out
    }
}

/// Assessments written by one writer: enough to share its buffer, few enough to keep every
/// core busy on small batches.
const CHUNK: usize = 64;

/// CSV rows being written into memory. Writing to a `Vec` cannot fail, so write results are
/// not checked.
struct Rows {
    writer: ::csv::Writer<Vec<u8>>,
    number: String,
}

impl Rows {
    fn new() -> Self {
        Rows {
            writer: ::csv::Writer::from_writer(Vec::new()),
            number: String::new(),
        }
    }

    fn finish(self) -> Vec<u8> {
        self.writer.into_inner().unwrap_or_default()
    }

    fn record<'f>(&mut self, fields: impl IntoIterator<Item = &'f str>) {
        let _ = self.writer.write_record(fields);
    }

    fn text(&mut self, field: &str) {
        let _ = self.writer.write_field(field);
    }

    fn number(&mut self, value: impl std::fmt::Display) {
        use std::fmt::Write;
        self.number.clear();
        let _ = write!(self.number, "{value}");
        let _ = self.writer.write_field(&self.number);
    }

    /// One record per pillar, then the overall record, of one assessment.
    fn assessment(&mut self, entry: &Entry<'_>) {
        let s = &entry.scored;
        let q = s.questionnaire;
        let date = fmt_date(s.assessment.info.assessed_on);
        let rows = s
            .pillars
            .iter()
            .map(|p| {
                let id = q.pillars[p.pillar].id.as_str();
                (
                    id, p.stage, p.level, p.score, p.target, p.gap, p.answered, p.total,
                )
            })
            .chain(std::iter::once({
                let o = &s.overall;
                let answered = s.pillars.iter().map(|p| p.answered).sum();
                let total = s.pillars.iter().map(|p| p.total).sum();
                (
                    "overall", o.stage, o.level, o.score, o.target, o.gap, answered, total,
                )
            }));
        for (pillar, stage, level, score, target, gap, answered, total) in rows {
            self.text(entry.source);
            self.text(&s.assessment.info.country);
            self.text(&date);
            self.text(pillar);
            self.text(&q.stages[stage].id);
            self.number(round(level, 4));
            self.number(round(score, 2));
            self.text(&q.stages[target].id);
            self.number(round(gap, 4));
            self.number(answered);
            self.number(total);
            self.record(None::<&str>);
        }
    }
}
