//! Comparisons as CSV, for spreadsheets: one row per (comparison, pillar) and an `overall` row,
//! with the old and new stage, level and score and their changes.

use crate::compare::{Comparison, TargetStatus};
use crate::render::format::{fmt_date, round};
use crate::render::{Csv, RenderError};

use super::{CompareOptions, Compared, Comparisons, RenderComparisons, StreamComparisons};

/// The CSV header, in column order.
pub const HEADER: [&str; 17] = [
    "old_source",
    "new_source",
    "country",
    "old_assessed_on",
    "new_assessed_on",
    "pillar",
    "old_stage",
    "new_stage",
    "stage_delta",
    "old_level",
    "new_level",
    "level_delta",
    "old_score",
    "new_score",
    "score_delta",
    "target",
    "target_met",
];

/// One side of a row: stage id, level, score.
type Side<'a> = Option<(&'a str, f64, f64)>;

/// The change of a row: stages, target stage id, whether it is met.
type RowChange = Option<(i64, String, TargetStatus)>;

impl RenderComparisons for Csv {
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        _options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError> {
        let mut w = ::csv::Writer::from_writer(Vec::new());
        w.write_record(HEADER)?;
        for compared in &set.comparisons {
            rows(compared, &mut w)?;
        }
        w.into_inner()
            .map_err(|e| RenderError::Csv(e.into_error().into()))
    }
}

/// Comparisons one at a time: the header, then each comparison's rows (CSV quotes each record
/// on its own, so the rows written apart are the rows written together).
impl StreamComparisons for Csv {
    fn head(&self, out: &mut Vec<u8>) -> Result<(), RenderError> {
        let mut w = ::csv::Writer::from_writer(Vec::new());
        w.write_record(HEADER)?;
        let bytes = w
            .into_inner()
            .map_err(|e| RenderError::Csv(e.into_error().into()))?;
        out.extend_from_slice(&bytes);
        Ok(())
    }

    fn comparison(
        &self,
        compared: &Compared<'_, '_>,
        _options: &CompareOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let mut w = ::csv::Writer::from_writer(Vec::new());
        rows(compared, &mut w)?;
        let bytes = w
            .into_inner()
            .map_err(|e| RenderError::Csv(e.into_error().into()))?;
        out.extend_from_slice(&bytes);
        Ok(())
    }
}

/// The rows of one comparison: one per pillar, then the overall row.
fn rows(compared: &Compared<'_, '_>, w: &mut ::csv::Writer<Vec<u8>>) -> Result<(), RenderError> {
    let c: &Comparison<'_, '_> = &compared.comparison;
    let (old, new) = (c.old, c.new);
    let (oq, nq) = (old.questionnaire, new.questionnaire);
    let fixed = [
        compared.old_source.to_owned(),
        compared.new_source.to_owned(),
        new.assessment.info.country.clone(),
        fmt_date(old.assessment.info.assessed_on),
        fmt_date(new.assessment.info.assessed_on),
    ];
    let mut rows: Vec<(&str, Side<'_>, Side<'_>, RowChange)> = Vec::new();
    for p in &c.pillars {
        let o = p.old.and_then(|i| old.pillars.get(i));
        let n = p.new.and_then(|i| new.pillars.get(i));
        let id = n.map_or_else(
            || o.map_or("", |o| oq.pillars[o.pillar].id.as_str()),
            |n| nq.pillars[n.pillar].id.as_str(),
        );
        rows.push((
            id,
            o.map(|o| (oq.stages[o.stage].id.as_str(), o.level, o.progress)),
            n.map(|n| (nq.stages[n.stage].id.as_str(), n.level, n.progress)),
            n.zip(p.change)
                .map(|(n, ch)| (ch.stages, nq.stages[n.target].id.clone(), ch.target)),
        ));
    }
    let (oo, no) = (&old.overall, &new.overall);
    rows.push((
        "overall",
        Some((oq.stages[oo.stage].id.as_str(), oo.level, oo.progress)),
        Some((nq.stages[no.stage].id.as_str(), no.level, no.progress)),
        Some((
            c.overall.stages,
            nq.stages[no.target].id.clone(),
            c.overall.target,
        )),
    ));
    for (pillar, o, n, change) in rows {
        let number =
            |v: Option<f64>, digits| v.map_or_else(String::new, |v| round(v, digits).to_string());
        let both = o.zip(n);
        let mut record: Vec<String> = fixed.to_vec();
        record.extend([
            pillar.to_owned(),
            o.map_or_else(String::new, |o| o.0.to_owned()),
            n.map_or_else(String::new, |n| n.0.to_owned()),
            change
                .as_ref()
                .map_or_else(String::new, |c| c.0.to_string()),
            number(o.map(|o| o.1), 4),
            number(n.map(|n| n.1), 4),
            number(both.map(|(o, n)| n.1 - o.1), 4),
            number(o.map(|o| o.2), 2),
            number(n.map(|n| n.2), 2),
            number(both.map(|(o, n)| n.2 - o.2), 2),
            change.as_ref().map_or_else(String::new, |c| c.1.clone()),
            change
                .as_ref()
                .map_or_else(String::new, |c| c.2.is_met().to_string()),
        ]);
        w.write_record(&record)?;
    }
    Ok(())
}
