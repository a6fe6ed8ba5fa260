//! Where things sit in a questionnaire workbook: the one description that the workbook writer
//! ([`crate::render::xlsx`]) and the importer ([`crate::import`]) share, so that a change of
//! layout cannot make them disagree.
//!
//! Rows and columns are 0-based here, as both libraries count them; users see them 1-based with
//! letters (`cell_name`). The words in the cells (sheet names, labels, headers, answers) are in
//! the workbook's language: `import::WorkbookWords` holds them for both.

/// Name of the hidden sheet that names the questionnaire the workbook was made for; the same in
/// every language, so any workbook can be recognised.
pub const ABOUT_SHEET: &str = "cyberassess";
/// Layout version written in the about sheet; an importer refuses layouts it does not know.
pub const LAYOUT_VERSION: &str = "1";

/// Rows of the about sheet (value in column B): questionnaire id, version, how the answers file
/// names the questionnaire, layout version, and the language of the workbook's texts when they
/// are not the questionnaire's own texts with English words.
pub const ABOUT_ID: u32 = 0;
/// See [`ABOUT_ID`].
pub const ABOUT_VERSION: u32 = 1;
/// See [`ABOUT_ID`].
pub const ABOUT_REFERENCE: u32 = 2;
/// See [`ABOUT_ID`].
pub const ABOUT_LAYOUT: u32 = 3;
/// See [`ABOUT_ID`]. Absent in English workbooks of the questionnaire's own texts, as in every
/// workbook made before languages.
pub const ABOUT_LANGUAGE: u32 = 4;

/// Rows of the details on the start sheet: the label in column A, the value in column B.
pub const DETAIL_COUNTRY: u32 = 9;
/// See [`DETAIL_COUNTRY`].
pub const DETAIL_DATE: u32 = 10;
/// See [`DETAIL_COUNTRY`].
pub const DETAIL_ASSESSORS: u32 = 11;
/// See [`DETAIL_COUNTRY`].
pub const DETAIL_TARGET: u32 = 12;
/// See [`DETAIL_COUNTRY`].
pub const DETAIL_MARKING: u32 = 13;

/// The header row of a pillar sheet; questions start on the row below.
pub const HEADER_ROW: u32 = 0;

/// Columns of a pillar sheet.
pub mod col {
    /// Question number, such as 3.2.
    pub const NUMBER: u16 = 0;
    /// The question as asked.
    pub const QUESTION: u16 = 1;
    /// Help.
    pub const HELP: u16 = 2;
    /// What evidence to cite.
    pub const EVIDENCE_TO_CITE: u16 = 3;
    /// The answer (a dropdown).
    pub const ANSWER: u16 = 4;
    /// What the chosen answer means (a formula).
    pub const MEANING: u16 = 5;
    /// Evidence cited, one per line.
    pub const EVIDENCE: u16 = 6;
    /// Notes.
    pub const NOTES: u16 = 7;
    /// The question id (hidden).
    pub const ID: u16 = 8;
}

/// A cell's name as a spreadsheet shows it: `(6, 3)` is `D7`.
pub fn cell_name(row: u32, col: u16) -> String {
    let mut letters = Vec::new();
    let mut n = u32::from(col) + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

/// A pillar's sheet name: its name without the characters sheet names cannot hold, at most 31
/// characters, made unique among `taken` (which holds the start and lists sheets' names too) by
/// a number.
pub fn sheet_name(pillar: &str, taken: &[String]) -> String {
    let clean: String = pillar
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'');
    let base: String = if clean.is_empty() { "Pillar" } else { clean }
        .chars()
        .take(31)
        .collect();
    let free = |n: &str| {
        !taken.iter().any(|t| t.to_lowercase() == n.to_lowercase())
            && !ABOUT_SHEET.eq_ignore_ascii_case(n)
    };
    if free(&base) {
        return base;
    }
    (2..)
        .map(|i| {
            let suffix = format!(" {i}");
            let keep = 31 - suffix.len();
            base.chars().take(keep).collect::<String>() + &suffix
        })
        .find(|n| free(n))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_show_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 3), "D7");
        assert_eq!(cell_name(9, 25), "Z10");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(0, 27), "AB1");
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        assert_eq!(sheet_name("Legal / regulatory", &[]), "Legal - regulatory");
        let long = "A".repeat(40);
        assert_eq!(sheet_name(&long, &[]).chars().count(), 31);
        let taken = vec![long.chars().take(31).collect::<String>()];
        let second = sheet_name(&long, &taken);
        assert!(second.ends_with(" 2") && second.chars().count() == 31);
        assert_eq!(sheet_name("start", &["Start".to_owned()]), "start 2");
        assert_eq!(sheet_name("início", &["Início".to_owned()]), "início 2");
        assert_eq!(sheet_name("CyberAssess", &[]), "CyberAssess 2");
    }
}
