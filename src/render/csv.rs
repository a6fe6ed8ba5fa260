//! CSV output: one row per (assessment, pillar) and an `overall` row, for spreadsheets.

use super::format::{fmt_date, round};
use super::{Batch, Render, RenderOptions};

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
        let mut w = ::csv::Writer::from_writer(Vec::new());
        // Writing to a Vec cannot fail; a failed row would only be left out.
        let _ = w.write_record(HEADER);
        for entry in &batch.assessments {
            let s = &entry.scored;
            let q = s.questionnaire;
            let date = fmt_date(s.assessment.info.assessed_on);
            let country = s.assessment.info.country.as_str();
            for p in &s.pillars {
                let _ = w.write_record([
                    entry.source.as_str(),
                    country,
                    &date,
                    &q.pillars[p.pillar].id,
                    &q.stages[p.stage].id,
                    &round(p.level, 4).to_string(),
                    &round(p.score, 2).to_string(),
                    &q.stages[p.target].id,
                    &round(p.gap, 4).to_string(),
                    &p.answered.to_string(),
                    &p.total.to_string(),
                ]);
            }
            let o = &s.overall;
            let answered: usize = s.pillars.iter().map(|p| p.answered).sum();
            let total: usize = s.pillars.iter().map(|p| p.total).sum();
            let _ = w.write_record([
                entry.source.as_str(),
                country,
                &date,
                "overall",
                &q.stages[o.stage].id,
                &round(o.level, 4).to_string(),
                &round(o.score, 2).to_string(),
                &q.stages[o.target].id,
                &round(o.gap, 4).to_string(),
                &answered.to_string(),
                &total.to_string(),
            ]);
        }
        w.into_inner().unwrap_or_default()
    }
}
