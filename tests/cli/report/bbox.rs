//! Reading a PDF with poppler's `pdftotext -bbox`: every word with its box, as a reader's tools
//! see it, independent of how the report was written.

use std::path::Path;

/// One word and its box, in points from the top-left corner of the page.
#[derive(Debug, Clone)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) x_min: f32,
    pub(super) y_min: f32,
    pub(super) x_max: f32,
    pub(super) y_max: f32,
}

/// One page: its size and its words.
#[derive(Debug)]
pub(super) struct BoxPage {
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) words: Vec<Word>,
}

impl BoxPage {
    /// The page's words, joined by spaces.
    pub(super) fn text(&self) -> String {
        let words: Vec<&str> = self.words.iter().map(|w| w.text.as_str()).collect();
        words.join(" ")
    }
}

fn attribute(line: &str, name: &str) -> f32 {
    let start = line
        .find(&format!("{name}=\""))
        .unwrap_or_else(|| panic!("no {name} in {line}"))
        + name.len()
        + 2;
    let end = start + line[start..].find('"').expect("closing quote");
    line[start..end].parse().expect("a number")
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every page of `pdf` with its words, from `pdftotext -bbox` (poppler-utils).
pub(super) fn words(pdf: &Path) -> Vec<BoxPage> {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-bbox"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs: install poppler-utils (bash .ci/run does)");
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut pages: Vec<BoxPage> = Vec::new();
    for line in String::from_utf8(out.stdout).expect("UTF-8").lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            pages.push(BoxPage {
                width: attribute(line, "width"),
                height: attribute(line, "height"),
                words: Vec::new(),
            });
        } else if line.starts_with("<word ") {
            let text = line
                .split_once('>')
                .and_then(|(_, rest)| rest.strip_suffix("</word>"))
                .expect("a word element");
            let word = Word {
                text: unescape(text),
                x_min: attribute(line, "xMin"),
                y_min: attribute(line, "yMin"),
                x_max: attribute(line, "xMax"),
                y_max: attribute(line, "yMax"),
            };
            pages.last_mut().expect("a page").words.push(word);
        }
    }
    pages
}

/// Asserts that every word of every page lies inside the page box, and inside the side margins
/// of `side` points (with half a point for rounding).
pub(super) fn assert_words_inside(pages: &[BoxPage], side: f32) {
    assert!(!pages.is_empty(), "no pages");
    for (n, page) in pages.iter().enumerate() {
        for w in &page.words {
            assert!(
                w.x_min >= 0.0 && w.y_min >= 0.0 && w.x_max <= page.width && w.y_max <= page.height,
                "page {}: outside the page box ({}×{}): {w:?}",
                n + 1,
                page.width,
                page.height
            );
            assert!(
                w.x_min >= side - 0.5 && w.x_max <= page.width - side + 0.5,
                "page {}: outside the side margins: {w:?}",
                n + 1
            );
        }
    }
}
