//! Assembling and serialising the PDF: document information, embedded font subsets, and a
//! byte-for-byte reproducible file.
//!
//! printpdf would write a random trailer /ID and name fonts from a process-wide counter; this
//! module fixes both, derives the /ID from the inputs, and takes dates from the answers file,
//! never from the clock.

use printpdf::{
    Mm, OffsetDateTime, Op, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions,
};
use sha2::{Digest, Sha256};

use super::fonts::{Face, Fonts};
use super::subset;
use super::{Paper, PdfError, PdfWarning};
use crate::report::{self, Document};

/// What the document information dictionary says, and the date it carries.
pub(super) struct DocInfo {
    /// Document title.
    pub(super) title: String,
    /// Author(s).
    pub(super) author: String,
    /// Subject line.
    pub(super) subject: String,
    /// Keywords.
    pub(super) keywords: Vec<String>,
    /// Creation and modification date, from the inputs (never the clock).
    pub(super) date: Option<toml::value::Date>,
}

/// Page size in millimetres, portrait or landscape.
pub(super) fn page_size(paper: Paper, landscape: bool) -> (Mm, Mm) {
    let (w, h) = match paper {
        Paper::A4 => (Mm(210.0), Mm(297.0)),
        Paper::Letter => (Mm(215.9), Mm(279.4)),
    };
    if landscape { (h, w) } else { (w, h) }
}

/// Builds the document from laid-out pages and returns the file's bytes.
pub(super) fn save(
    fonts: &Fonts,
    doc: &Document,
    paper: Paper,
    pages: Vec<Vec<Op>>,
    warnings: &mut Vec<PdfWarning>,
) -> Result<Vec<u8>, PdfError> {
    let info = DocInfo {
        title: doc.info.title.clone(),
        author: doc.info.author.clone(),
        subject: doc.info.subject.clone(),
        keywords: doc.info.keywords.clone(),
        date: doc.info.date,
    };
    save_pages(
        fonts,
        &info,
        page_size(paper, false),
        pages,
        document_id(paper, &doc.options),
        warnings,
    )
}

/// Builds a document of `size` pages from laid-out pages, with the given information and
/// file identifier, and returns the file's bytes.
pub(super) fn save_pages(
    fonts: &Fonts,
    info: &DocInfo,
    size: (Mm, Mm),
    pages: Vec<Vec<Op>>,
    id: [u8; 16],
    warnings: &mut Vec<PdfWarning>,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&info.title);
    let meta = &mut doc.metadata.info;
    meta.author = info.author.clone();
    meta.subject = info.subject.clone();
    meta.keywords = info.keywords.clone();
    meta.creator = format!("cyberassess {}", env!("CARGO_PKG_VERSION"));
    meta.producer = format!("cyberassess {} (printpdf)", env!("CARGO_PKG_VERSION"));
    let date = OffsetDateTime::from_unix_timestamp(info.date.map_or(0, unix_seconds))
        .or_else(|_| OffsetDateTime::from_unix_timestamp(0))
        .map_err(|e| PdfError::Write(std::io::Error::other(e)))?;
    meta.creation_date = date;
    meta.modification_date = date;
    meta.metadata_date = date;

    for face in [Face::Regular, Face::Bold] {
        let used = subset::characters(&pages, face);
        let font = subset::subset(&fonts.get(face).parsed, face, &used)?;
        doc.resources
            .fonts
            .map
            .insert(face.id(), PdfFont::new(font));
    }
    let (w, h) = size;
    doc.with_pages(
        pages
            .into_iter()
            .map(|ops| PdfPage::new(w, h, ops))
            .collect(),
    );

    let save_options = PdfSaveOptions {
        optimize: true,
        // The fonts registered above are subsets already (printpdf subsets only with its
        // `text_layout` feature, which this crate leaves out).
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut pdf_warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&save_options, &mut pdf_warnings);
    warnings.extend(
        pdf_warnings
            .into_iter()
            .filter(|w| w.severity == PdfParseErrorSeverity::Error)
            .map(|w| PdfWarning::Writer(w.msg)),
    );
    let id = lopdf::Object::String(id.to_vec(), lopdf::StringFormat::Hexadecimal);
    lo.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    // printpdf writes these even when empty; an empty GTS_PDFXVersion makes some readers claim
    // the file is PDF/X, which it is not.
    if let Ok(r) = lo
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        && let Ok(dict) = lo.get_object_mut(r).and_then(lopdf::Object::as_dict_mut)
    {
        for key in [&b"GTS_PDFXVersion"[..], b"Identifier", b"Trapped"] {
            dict.remove(key);
        }
    }
    compress(&mut lo)?;
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(PdfError::Write)?;
    Ok(out)
}

/// Flate-compresses every stream not yet compressed. lopdf's own `compress` uses the slowest
/// setting, which took half the rendering time to save 5 % of the size.
fn compress(doc: &mut lopdf::Document) -> Result<(), PdfError> {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.dict.get(b"Filter").is_err()
        {
            let mut encoder = flate2::write::ZlibEncoder::new(
                Vec::with_capacity(stream.content.len() / 2),
                flate2::Compression::new(3),
            );
            encoder
                .write_all(&stream.content)
                .map_err(PdfError::Write)?;
            let compressed = encoder.finish().map_err(PdfError::Write)?;
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
    Ok(())
}

/// The file identifier: a hash of both inputs and every option that changes the output.
fn document_id(paper: Paper, options: &report::Options) -> [u8; 16] {
    hash_id(&[
        options.questionnaire_sha256.as_str(),
        options.answers_sha256.as_str(),
        &format!("{paper:?}|{}|{:?}", options.top, options.redact),
        options.marking.as_deref().unwrap_or(""),
        env!("CARGO_PKG_VERSION"),
    ])
}

/// A file identifier: the first 16 bytes of SHA-256 over `parts`, each ended by a zero byte.
pub(super) fn hash_id(parts: &[&str]) -> [u8; 16] {
    let mut h = Sha256::new();
    for part in parts {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    let mut id = [0; 16];
    id.copy_from_slice(&digest[..16]);
    id
}

/// Seconds from 1970-01-01 to the start (UTC) of `date`; 0 for a date the calendar does not
/// have, so the report still gets a fixed date.
fn unix_seconds(date: toml::value::Date) -> i64 {
    let civil = || {
        jiff::civil::Date::new(
            i16::try_from(date.year).ok()?,
            i8::try_from(date.month).ok()?,
            i8::try_from(date.day).ok()?,
        )
        .ok()
    };
    civil()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map_or(0, |z| z.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::{PdfOptions, Redaction};

    #[test]
    fn report_dates_in_unix_seconds() {
        let date = |year, month, day| toml::value::Date { year, month, day };
        assert_eq!(unix_seconds(date(1970, 1, 1)), 0);
        assert_eq!(unix_seconds(date(2000, 3, 1)), 11_017 * 86_400);
        assert_eq!(unix_seconds(date(2026, 1, 31)), 20_484 * 86_400);
        assert_eq!(unix_seconds(date(2026, 2, 30)), 0, "no such day");
    }

    /// The id of a report made with these options.
    fn id(options: &PdfOptions) -> [u8; 16] {
        document_id(options.paper, &options.content())
    }

    /// Options as a report of these two files would have them, built afresh each time.
    fn options(questionnaire: &str, answers: &str) -> PdfOptions {
        PdfOptions {
            paper: Paper::A4,
            top: 10,
            redact: Redaction::default(),
            marking: None,
            questionnaire_sha256: questionnaire.to_owned(),
            answers_sha256: answers.to_owned(),
            ..PdfOptions::default()
        }
    }

    #[test]
    fn same_inputs_give_the_same_id_and_any_other_input_another() {
        let base = options("q", "a");
        assert_eq!(id(&base), id(&options("q", "a")), "built twice");
        let changed = [
            options("q2", "a"),
            options("q", "a2"),
            PdfOptions {
                paper: Paper::Letter,
                ..options("q", "a")
            },
            PdfOptions {
                top: 5,
                ..options("q", "a")
            },
            PdfOptions {
                redact: Redaction {
                    notes: true,
                    evidence: false,
                },
                ..options("q", "a")
            },
            PdfOptions {
                redact: Redaction {
                    notes: false,
                    evidence: true,
                },
                ..options("q", "a")
            },
            PdfOptions {
                marking: Some("TLP:AMBER".into()),
                ..options("q", "a")
            },
            // The two hashes swapped: the same strings in other places.
            options("a", "q"),
        ];
        let mut ids = vec![id(&base)];
        for (i, o) in changed.iter().enumerate() {
            let id = self::id(o);
            assert!(!ids.contains(&id), "change {i} gives an id already seen");
            ids.push(id);
        }
        // Parts are kept apart: moving text from one part to the next changes the id.
        assert_ne!(hash_id(&["ab", "c"]), hash_id(&["a", "bc"]));
        assert_ne!(hash_id(&["a", ""]), hash_id(&["a"]));
    }
}
