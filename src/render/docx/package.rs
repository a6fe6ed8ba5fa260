//! The Word package as bytes: each part compressed and dated 1980-01-01, the document's
//! properties written from the report's, and text cleaned of what XML cannot carry.

use std::io::Cursor;

use super::DocxError;
use crate::report;

pub(super) fn pack_error(e: impl std::fmt::Display) -> DocxError {
    DocxError::Pack(e.to_string())
}

/// The package again, each part compressed and dated 1980-01-01 (the earliest date a ZIP
/// file can hold), whatever the clock says: the same document gives the same bytes.
pub(super) fn compress(stored: &[u8]) -> Result<Vec<u8>, DocxError> {
    use std::io::{Read, Write};
    use zip::write::SimpleFileOptions;
    let mut archive = zip::ZipArchive::new(Cursor::new(stored)).map_err(pack_error)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(pack_error)?;
        if part.is_dir() {
            continue;
        }
        let name = part.name().to_owned();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).map_err(pack_error)?;
        out.start_file(name, options).map_err(pack_error)?;
        out.write_all(&bytes).map_err(pack_error)?;
    }
    Ok(out.finish().map_err(pack_error)?.into_inner())
}

/// The document's properties as Word shows them (title, subject, author, keywords), dated
/// with the assessment.
pub(super) fn core_properties(info: &report::Info, date: &str) -> String {
    let x = escape_xml;
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
         <cp:keywords>{}</cp:keywords><cp:lastModifiedBy>cyberassess {}</cp:lastModifiedBy>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}T00:00:00Z</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}T00:00:00Z</dcterms:modified>\
         </cp:coreProperties>",
        x(&info.title),
        x(&info.subject),
        x(&info.author),
        x(&info.keywords.join(", ")),
        env!("CARGO_PKG_VERSION"),
    )
}

/// `text` without the control characters XML cannot carry (a Word document holding one does not
/// open): each is shown as a replacement mark, as the PDF does with characters it cannot print.
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if forbidden_in_xml(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// Control characters other than tab, line feed and carriage return.
fn forbidden_in_xml(c: char) -> bool {
    (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')
}

fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if forbidden_in_xml(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
