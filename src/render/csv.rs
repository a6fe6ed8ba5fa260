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
        // Each assessment's rows are written on its own (in parallel for large batches), then
        // joined in order after the header.
        let mut out = rows(&[HEADER.map(str::to_owned)]);
        let parts: Vec<Vec<u8>> = batch
            .assessments
            .par_iter()
            .map(|e| rows(&records(e)))
            .collect();
        for part in parts {
            out.extend_from_slice(&part);
        }
        out
    }
}

/// CSV text of some records. Writing to a `Vec` cannot fail; a failed row would only be left
/// out.
fn rows(records: &[[String; 11]]) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    for record in records {
        let _ = w.write_record(record);
    }
    w.into_inner().unwrap_or_default()
}

/// One record per pillar, then the overall record, of one assessment.
fn records(entry: &Entry<'_>) -> Vec<[String; 11]> {
    let s = &entry.scored;
    let q = s.questionnaire;
    let date = fmt_date(s.assessment.info.assessed_on);
    let record = |pillar: &str,
                  stage: usize,
                  level: f64,
                  score: f64,
                  target: usize,
                  gap: f64,
                  answered: usize,
                  total: usize| {
        [
            entry.source.clone(),
            s.assessment.info.country.clone(),
            date.clone(),
            pillar.to_owned(),
            q.stages[stage].id.clone(),
            round(level, 4).to_string(),
            round(score, 2).to_string(),
            q.stages[target].id.clone(),
            round(gap, 4).to_string(),
            answered.to_string(),
            total.to_string(),
        ]
    };
    let mut out: Vec<[String; 11]> = s
        .pillars
        .iter()
        .map(|p| {
            let id = &q.pillars[p.pillar].id;
            record(
                id, p.stage, p.level, p.score, p.target, p.gap, p.answered, p.total,
            )
        })
        .collect();
    let o = &s.overall;
    let answered = s.pillars.iter().map(|p| p.answered).sum();
    let total = s.pillars.iter().map(|p| p.total).sum();
    out.push(record(
        "overall", o.stage, o.level, o.score, o.target, o.gap, answered, total,
    ));
    out
}
