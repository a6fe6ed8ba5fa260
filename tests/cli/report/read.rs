//! Reading a PDF back as a viewer would: pages, text runs with positions and widths.

use std::collections::HashMap;

use lopdf::{Document, Object};

/// One `Tj`/`TJ` text run: where it starts, how wide it is, and what it says.
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) size: f32,
    pub(super) width: f32,
    pub(super) text: String,
}

/// One page: its size and its text runs.
#[derive(Debug)]
pub(super) struct Page {
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) runs: Vec<Run>,
}

impl Page {
    /// All the page's text, runs joined by spaces.
    pub(super) fn text(&self) -> String {
        self.runs
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The whole document's text with whitespace collapsed, so wrapped sentences read as one.
pub(super) fn all_text(pages: &[Page]) -> String {
    let joined: Vec<String> = pages.iter().map(Page::text).collect();
    joined
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn number(o: &Object) -> f32 {
    match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => 0.0,
    }
}

pub(super) fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(r) => doc.get_object(*r).expect("reference resolves"),
        other => other,
    }
}

/// A font's ToUnicode map (code → text) and /W widths (code → thousandths of an em).
pub(super) struct FontInfo {
    pub(super) unicode: HashMap<u16, String>,
    pub(super) widths: HashMap<u16, f32>,
    default_width: f32,
}

fn hex_value(token: &str) -> Option<u32> {
    u32::from_str_radix(token.trim_matches(['<', '>']), 16).ok()
}

fn utf16_hex(token: &str) -> String {
    let h = token.trim_matches(['<', '>']);
    let units: Vec<u16> = (0..h.len() / 4)
        .filter_map(|i| u16::from_str_radix(&h[i * 4..i * 4 + 4], 16).ok())
        .collect();
    String::from_utf16_lossy(&units)
}

fn parse_to_unicode(cmap: &str) -> HashMap<u16, String> {
    let mut map = HashMap::new();
    let mut mode = "";
    for line in cmap.lines().map(str::trim) {
        if line.ends_with("beginbfchar") {
            mode = "char";
            continue;
        }
        if line.ends_with("beginbfrange") {
            mode = "range";
            continue;
        }
        if line.starts_with("endbf") {
            mode = "";
            continue;
        }
        let t: Vec<&str> = line.split_whitespace().collect();
        match (mode, t.len()) {
            ("char", 2) => {
                if let Some(code) = hex_value(t[0]) {
                    map.insert(code as u16, utf16_hex(t[1]));
                }
            }
            ("range", 3) => {
                if let (Some(a), Some(b)) = (hex_value(t[0]), hex_value(t[1])) {
                    let first = utf16_hex(t[2]).chars().next().map_or(0, u32::from);
                    for (k, code) in (a..=b).enumerate() {
                        if let Some(c) = char::from_u32(first + k as u32) {
                            map.insert(code as u16, c.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    map
}

pub(super) fn font_info(doc: &Document, font: &lopdf::Dictionary) -> FontInfo {
    let unicode = match font.get(b"ToUnicode").map(|o| resolve(doc, o)) {
        Ok(Object::Stream(s)) => {
            let data = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            parse_to_unicode(&String::from_utf8_lossy(&data))
        }
        _ => HashMap::new(),
    };
    let mut widths = HashMap::new();
    let mut default_width = 1000.0;
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_dict().ok());
    if let Some(cid) = descendant {
        if let Ok(dw) = cid.get(b"DW") {
            default_width = number(resolve(doc, dw));
        }
        if let Ok(Object::Array(w)) = cid.get(b"W").map(|o| resolve(doc, o)) {
            let mut i = 0;
            while i < w.len() {
                let first = number(&w[i]) as u16;
                match w.get(i + 1).map(|o| resolve(doc, o)) {
                    Some(Object::Array(list)) => {
                        for (k, v) in list.iter().enumerate() {
                            widths.insert(first + k as u16, number(v));
                        }
                        i += 2;
                    }
                    Some(last) => {
                        let width = w.get(i + 2).map_or(0.0, number);
                        for code in first..=number(last) as u16 {
                            widths.insert(code, width);
                        }
                        i += 3;
                    }
                    None => break,
                }
            }
        }
    }
    FontInfo {
        unicode,
        widths,
        default_width,
    }
}

/// Parses a PDF and returns every page's text runs with their positions and widths, from the
/// content streams, the ToUnicode maps and the /W widths: what a viewer would draw.
pub(super) fn read_pdf(bytes: &[u8]) -> Vec<Page> {
    let doc = Document::load_mem(bytes).expect("lopdf parses the report");
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).expect("page dictionary");
        let media = page
            .get(b"MediaBox")
            .map(|o| resolve(&doc, o))
            .expect("MediaBox");
        let media: Vec<f32> = media
            .as_array()
            .expect("MediaBox array")
            .iter()
            .map(number)
            .collect();
        let fonts: HashMap<Vec<u8>, FontInfo> = doc
            .get_page_fonts(page_id)
            .expect("page fonts")
            .into_iter()
            .map(|(name, dict)| (name, font_info(&doc, dict)))
            .collect();
        let content = doc
            .get_and_decode_page_content(page_id)
            .expect("content stream");
        let (mut x, mut y, mut line_x, mut line_y) = (0.0, 0.0, 0.0, 0.0);
        let (mut font, mut size) = (Vec::new(), 0.0);
        let mut runs = Vec::new();
        for op in &content.operations {
            let a = &op.operands;
            match op.operator.as_str() {
                "BT" => (x, y, line_x, line_y) = (0.0, 0.0, 0.0, 0.0),
                "Tf" => {
                    font = a[0].as_name().expect("font name").to_vec();
                    size = number(&a[1]);
                }
                "Td" => {
                    (line_x, line_y) = (line_x + number(&a[0]), line_y + number(&a[1]));
                    (x, y) = (line_x, line_y);
                }
                "Tm" => {
                    (line_x, line_y) = (number(&a[4]), number(&a[5]));
                    (x, y) = (line_x, line_y);
                }
                "Tj" | "TJ" => {
                    let strings: Vec<&Vec<u8>> = match &a[0] {
                        Object::String(b, _) => vec![b],
                        Object::Array(items) => items
                            .iter()
                            .filter_map(|o| {
                                if let Object::String(b, _) = o {
                                    Some(b)
                                } else {
                                    None
                                }
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    let info = &fonts[&font];
                    let (mut text, mut units) = (String::new(), 0.0);
                    for code in strings.iter().flat_map(|b| b.chunks(2)) {
                        let code = u16::from_be_bytes([code[0], *code.get(1).unwrap_or(&0)]);
                        text.push_str(info.unicode.get(&code).map_or("\u{FFFD}", String::as_str));
                        units += info
                            .widths
                            .get(&code)
                            .copied()
                            .unwrap_or(info.default_width);
                    }
                    let width = units / 1000.0 * size;
                    runs.push(Run {
                        x,
                        y,
                        size,
                        width,
                        text,
                    });
                    x += width;
                }
                _ => {}
            }
        }
        pages.push(Page {
            width: media[2] - media[0],
            height: media[3] - media[1],
            runs,
        });
    }
    pages
}
