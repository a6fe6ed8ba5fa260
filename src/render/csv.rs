//! CSV output: one row per (assessment, pillar) and an `overall` row, for spreadsheets.

use super::format::round;
use super::{Entry, Render, RenderError, RenderOptions};

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
    fn head(&self, out: &mut Vec<u8>) -> Result<(), RenderError> {
        let mut rows = Rows::new();
        rows.record(HEADER)?;
        out.extend_from_slice(&rows.finish()?);
        Ok(())
    }

    fn assessment(
        &self,
        entry: &Entry<'_>,
        _options: &RenderOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        entry.check_finite()?;
        let mut rows = Rows::new();
        rows.assessment(entry)?;
        out.extend_from_slice(&rows.finish()?);
        Ok(())
    }
}

/// CSV rows being written into memory.
struct Rows {
    writer: ::csv::Writer<Vec<u8>>,
    number: String,
}

impl Rows {
    fn new() -> Self {
        Rows {
            // One assessment is a few hundred bytes: a small buffer, as one is made for each.
            writer: ::csv::WriterBuilder::new()
                .buffer_capacity(4096)
                .from_writer(Vec::with_capacity(1024)),
            number: String::new(),
        }
    }

    fn finish(self) -> Result<Vec<u8>, ::csv::Error> {
        self.writer
            .into_inner()
            .map_err(|e| ::csv::Error::from(e.into_error()))
    }

    fn record<'f>(
        &mut self,
        fields: impl IntoIterator<Item = &'f str>,
    ) -> Result<(), ::csv::Error> {
        self.writer.write_record(fields)
    }

    fn text(&mut self, field: &str) -> Result<(), ::csv::Error> {
        self.writer.write_field(field)
    }

    fn number(&mut self, value: impl std::fmt::Display) -> Result<(), ::csv::Error> {
        use std::fmt::Write;
        self.number.clear();
        // Formatting into a String cannot fail.
        let _ = write!(self.number, "{value}");
        self.writer.write_field(&self.number)
    }

    /// One record per pillar, then the overall record, of one assessment.
    fn assessment(&mut self, entry: &Entry<'_>) -> Result<(), ::csv::Error> {
        let s = &entry.scored;
        let q = s.questionnaire;
        // Empty where there is no date, as JSON's null: a spreadsheet sorts and filters it.
        let date = s
            .assessment
            .info
            .assessed_on
            .map_or_else(String::new, |d| d.to_string());
        let rows = s
            .pillars
            .iter()
            .map(|p| {
                let id = q.pillars[p.pillar].id.as_str();
                (
                    id, p.stage, p.level, p.progress, p.target, p.gap, p.answered, p.total,
                )
            })
            .chain(std::iter::once({
                let o = &s.overall;
                let answered = s.pillars.iter().map(|p| p.answered).sum();
                let total = s.pillars.iter().map(|p| p.total).sum();
                (
                    "overall", o.stage, o.level, o.progress, o.target, o.gap, answered, total,
                )
            }));
        for (pillar, stage, level, score, target, gap, answered, total) in rows {
            self.text(entry.source)?;
            self.text(&s.assessment.info.country)?;
            self.text(&date)?;
            self.text(pillar)?;
            self.text(&q.stages[stage].id)?;
            self.number(round(level, 4))?;
            self.number(round(score, 2))?;
            self.text(&q.stages[target].id)?;
            self.number(round(gap, 4))?;
            self.number(answered)?;
            self.number(total)?;
            self.record(None::<&str>)?;
        }
        Ok(())
    }
}
