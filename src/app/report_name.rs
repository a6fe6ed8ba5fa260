//! The name a report is written under when `-o` names a file: with the extension of its
//! format, so it opens in the right program.

use std::path::{Path, PathBuf};

use crate::cli::ReportFormat;

/// The report's file name for `-o NAME`: the format's extension (`.pdf`, `.docx`, `.md`) is
/// added when the name does not end in it, so the file opens in the right program when
/// double-clicked. A device or pipe that already exists (`/dev/stdout`) is written as named.
pub(super) fn report_file_name(output: &Path, format: ReportFormat) -> PathBuf {
    let extension = format.extension();
    let has_it = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    let is_special = std::fs::metadata(output).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if has_it || is_special {
        return output.to_path_buf();
    }
    let mut name = output.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_end_in_their_format() {
        let name = |p: &str| {
            report_file_name(Path::new(p), ReportFormat::Pdf)
                .display()
                .to_string()
        };
        let docx = |p: &str| {
            report_file_name(Path::new(p), ReportFormat::Docx)
                .display()
                .to_string()
        };
        assert_eq!(docx("brief"), "brief.docx");
        assert_eq!(docx("brief.pdf"), "brief.pdf.docx");
        assert_eq!(docx("Brief.DOCX"), "Brief.DOCX");
        assert_eq!(
            report_file_name(Path::new("brief"), ReportFormat::Markdown),
            Path::new("brief.md")
        );
        assert_eq!(name("brief"), "brief.pdf");
        assert_eq!(name("out/brief.v2"), "out/brief.v2.pdf");
        assert_eq!(name("Brief.PDF"), "Brief.PDF");
        #[cfg(unix)]
        assert_eq!(name("/dev/null"), "/dev/null");
    }
}
