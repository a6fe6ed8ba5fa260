//! `report`: the PDF is read back in-process (lopdf) and checked the way a reader would check
//! it: pages, the words on them, where those words sit, and that the file is reproducible.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use lopdf::{Document, Object};

use crate::util::{cyberassess, fixture, root};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";
const ACCENTED: &str = "questionnaires/examples/costa-esmeralda-2025.toml";
const SAMPLE: &str = "reports/exampleland-2026.pdf";

/// Side margin and the text area's top and bottom, in points, as promised by the layout.
const SIDE: f32 = 62.0;
const TOP: f32 = 74.0;
const BOTTOM: f32 = 66.0;

/// One `Tj`/`TJ` text run: where it starts, how wide it is, and what it says.
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    y: f32,
    size: f32,
    width: f32,
    text: String,
}

/// One page: its size and its text runs.
#[derive(Debug)]
struct Page {
    width: f32,
    height: f32,
    runs: Vec<Run>,
}

impl Page {
    /// All the page's text, runs joined by spaces.
    fn text(&self) -> String {
        self.runs
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The whole document's text with whitespace collapsed, so wrapped sentences read as one.
fn all_text(pages: &[Page]) -> String {
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

fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(r) => doc.get_object(*r).expect("reference resolves"),
        other => other,
    }
}

/// A font's ToUnicode map (code → text) and /W widths (code → thousandths of an em).
struct FontInfo {
    unicode: HashMap<u16, String>,
    widths: HashMap<u16, f32>,
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

fn font_info(doc: &Document, font: &lopdf::Dictionary) -> FontInfo {
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
fn read_pdf(bytes: &[u8]) -> Vec<Page> {
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

/// Runs `cyberassess report` with `args` and returns the PDF written to `out` and stderr.
fn report(args: &[&str], out: &Path) -> (Vec<u8>, String) {
    let output = cyberassess()
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(out)
        .arg("--quiet")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "report failed: {stderr}");
    (std::fs::read(out).expect("the PDF was written"), stderr)
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn pillar_names(questionnaire: &str) -> Vec<String> {
    let doc: toml::Table = questionnaire.parse().expect("questionnaire TOML");
    doc["pillars"]
        .as_array()
        .expect("pillars")
        .iter()
        .map(|p| p["name"].as_str().expect("pillar name").to_owned())
        .collect()
}

/// Every run lies inside the side margins, and body text inside the text area; only the
/// running header and footer sit above and below it. Runs on one line do not overlap.
fn assert_inside_margins(pages: &[Page]) {
    for (n, page) in pages.iter().enumerate() {
        let n = n + 1;
        assert!(!page.runs.is_empty(), "page {n} is empty");
        for r in &page.runs {
            assert!(
                r.x >= SIDE - 0.01,
                "page {n}: starts left of the margin: {r:?}"
            );
            assert!(
                r.x + r.width <= page.width - SIDE + 0.01,
                "page {n}: overflows right: {r:?}"
            );
            let header = (r.y - (page.height - 40.0)).abs() < 0.5;
            let footer = (r.y - 38.0).abs() < 0.5;
            assert!(
                header || footer || (r.y >= BOTTOM && r.y <= page.height - TOP),
                "page {n}: outside the text area: {r:?}"
            );
        }
        for (i, a) in page.runs.iter().enumerate() {
            for b in &page.runs[i + 1..] {
                let same_line = (a.y - b.y).abs() < a.size.min(b.size) * 0.9;
                let apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5;
                assert!(
                    !same_line || apart,
                    "page {n}: text overlaps: {a:?} and {b:?}"
                );
            }
        }
    }
}

#[test]
fn example_report_reads_back_with_every_section() {
    let dir = temp();
    let out = dir.path().join("example.pdf");
    let (bytes, _) = report(&[EXAMPLE], &out);
    let pages = read_pdf(&bytes);
    let questionnaire = std::fs::read_to_string(root().join("questionnaires/ncss-maturity.toml"))
        .expect("built-in questionnaire");
    let pillars = pillar_names(&questionnaire);
    // Cover, summary (+ priorities), one or more pages per pillar, method.
    assert!(pages.len() >= 3 + pillars.len(), "{} pages", pages.len());
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let text = page.text();
        assert!(
            text.contains("TLP:GREEN"),
            "marking missing on page {}",
            i + 1
        );
        assert!(
            text.contains(&format!("page {} of {count}", i + 1)),
            "page {}: {text}",
            i + 1
        );
        assert!(
            text.contains("ncss-maturity@1.0.0"),
            "footer missing on page {}",
            i + 1
        );
        assert!((page.width - 595.28).abs() < 0.1 && (page.height - 841.89).abs() < 0.1);
    }
    let text = all_text(&pages);
    assert!(pages[0].text().contains("Exampleland"));
    for name in &pillars {
        assert!(text.contains(name.as_str()), "pillar {name} missing");
    }
    for heading in [
        "Summary",
        "Level by pillar",
        "Pillars at a glance",
        "Priorities",
        "Method",
    ] {
        assert!(text.contains(heading), "{heading} missing");
    }
    assert!(text.contains("Verification"));
    // The next steps listed by `score --format json` appear, in full, in the Priorities section.
    let json = cyberassess()
        .args(["score", "--format", "json", "--top", "10", EXAMPLE])
        .output();
    let json: serde_json::Value =
        serde_json::from_slice(&json.expect("score runs").stdout).expect("JSON");
    let steps = json["assessments"][0]["next_steps"]
        .as_array()
        .expect("next steps");
    assert!(!steps.is_empty());
    for step in steps.iter().take(10) {
        let action = step["action"].as_str().expect("action");
        assert!(text.contains(action), "next step missing: {action}");
    }
    // The table's numbers agree with the PDF to the digit.
    let overall = &json["assessments"][0]["overall"];
    let level = format!("{:.1}/5", overall["level"].as_f64().expect("level"));
    assert!(pages[0].text().contains(&level), "{level} not on the cover");
    assert_inside_margins(&pages);
}

#[test]
fn country_names_keep_their_accents_and_metadata_is_set() {
    let dir = temp();
    let out = dir.path().join("costa.pdf");
    let (bytes, stderr) = report(&[ACCENTED], &out);
    assert!(!stderr.contains("warning"), "{stderr}");
    let pages = read_pdf(&bytes);
    assert!(
        pages[0].text().contains("República de Costa Esmeralda"),
        "{}",
        pages[0].text()
    );
    let doc = Document::load_mem(&bytes).expect("parses");
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .expect("Info");
    let info = doc.get_dictionary(info).expect("Info dictionary");
    let title = info.get(b"Title").expect("Title");
    let title = lopdf::decode_text_string(title).expect("title text");
    assert!(title.contains("República de Costa Esmeralda"), "{title}");
    for key in [&b"Author"[..], b"Subject", b"Creator"] {
        assert!(info.has(key), "{} missing", String::from_utf8_lossy(key));
    }
    assert_inside_margins(&pages);
}

#[test]
fn same_inputs_give_identical_bytes() {
    let dir = temp();
    let (a, _) = report(&[EXAMPLE], &dir.path().join("a.pdf"));
    let (b, _) = report(&[EXAMPLE], &dir.path().join("b.pdf"));
    assert!(a == b, "two runs differ");
    let (c, _) = report(
        &[EXAMPLE, "--marking", "TLP:AMBER"],
        &dir.path().join("c.pdf"),
    );
    assert!(a != c, "a different marking must change the file");
}

#[test]
fn committed_sample_report_is_up_to_date() {
    let dir = temp();
    let (fresh, _) = report(&[EXAMPLE], &dir.path().join("sample.pdf"));
    let committed = std::fs::read(root().join(SAMPLE)).expect("reports/exampleland-2026.pdf");
    assert!(
        fresh == committed,
        "{SAMPLE} is out of date; regenerate it with `cargo run -- report {EXAMPLE}` and the \
         PNGs as CONTRIBUTING.md says"
    );
}

#[test]
fn marking_override_redaction_and_letter_paper() {
    let dir = temp();
    let out = dir.path().join("shared.pdf");
    let args = [
        EXAMPLE,
        "--marking",
        "TLP:AMBER",
        "--redact",
        "notes,evidence",
        "--paper",
        "letter",
    ];
    let (bytes, _) = report(&args, &out);
    let pages = read_pdf(&bytes);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.text().contains("TLP:AMBER"),
            "marking missing on page {}",
            i + 1
        );
        assert!(
            !page.text().contains("TLP:GREEN"),
            "old marking on page {}",
            i + 1
        );
        assert!((page.width - 612.0).abs() < 0.01 && (page.height - 792.0).abs() < 0.01);
    }
    let cover = all_text(&pages[..1]);
    assert!(cover.contains("Redacted edition"), "{cover}");
    let text = all_text(&pages);
    // Evidence and notes of the example are gone; the questions and answers are not.
    let answers = std::fs::read_to_string(root().join(EXAMPLE)).expect("example");
    assert!(answers.contains("https://"), "the example cites links");
    assert!(
        !text.contains("https://"),
        "evidence left in a redacted report"
    );
    assert!(!text.contains("Notes "), "notes left in a redacted report");
    assert!(text.contains("Answer"));
    assert_inside_margins(&pages);
}

#[test]
fn default_output_goes_to_reports_folder_and_table_is_printed() {
    let dir = temp();
    let answers = fixture("weighted-answers.toml");
    let output = cyberassess()
        .current_dir(dir.path())
        .arg("report")
        .arg(&answers)
        .output();
    let output = output.expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Governance") && stdout.contains("Overall"),
        "{stdout}"
    );
    let pdf = dir.path().join("reports/weighted-answers.pdf");
    let pages = read_pdf(&std::fs::read(&pdf).expect("default path"));
    assert!(all_text(&pages).contains("Fictiland"));
    assert!(all_text(&pages).contains("TLP:GREEN"));
}

#[test]
fn several_inputs_go_to_a_folder() {
    let dir = temp();
    let out = dir.path().join("out");
    let output = cyberassess()
        .args(["report", "-q", EXAMPLE, ACCENTED, "-o"])
        .arg(&out)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.join("exampleland-2026.pdf").is_file());
    assert!(out.join("costa-esmeralda-2025.pdf").is_file());
}

fn leftovers(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(leftovers(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn failed_write_leaves_no_partial_file() {
    let dir = temp();
    // A regular file where the output folder should be: creating the folder fails (even for
    // root, unlike a read-only folder).
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").expect("write");
    let output = cyberassess()
        .args(["report", "-q", EXAMPLE, "-o"])
        .arg(blocker.join("report.pdf"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error:") && stderr.contains("not-a-folder"),
        "{stderr}"
    );
    assert_eq!(leftovers(dir.path()), vec![blocker.clone()]);

    // A read-only folder, where permissions apply (not as root).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).expect("mkdir");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        let probe = std::fs::write(locked.join("probe"), "x").is_ok();
        if !probe {
            let output = cyberassess()
                .args(["report", "-q", EXAMPLE, "-o"])
                .arg(locked.join("report.pdf"))
                .output()
                .expect("runs");
            assert_eq!(output.status.code(), Some(1));
            assert!(leftovers(&locked).is_empty(), "partial file left behind");
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}

#[test]
fn missing_glyphs_are_replaced_visibly_and_named() {
    let dir = temp();
    std::fs::copy(fixture("weighted.toml"), dir.path().join("weighted.toml")).expect("copy");
    let answers = std::fs::read_to_string(fixture("weighted-answers.toml"))
        .expect("fixture")
        .replace(
            "The country has no sector regulators yet.",
            "Plan 中 (draft), cafe\u{301}.",
        );
    let path = dir.path().join("answers.toml");
    std::fs::write(&path, answers).expect("write");
    let out = dir.path().join("glyphs.pdf");
    let (bytes, stderr) = report(&[path.to_str().expect("utf-8 path")], &out);
    assert!(stderr.contains("U+4E2D"), "{stderr}");
    let text = all_text(&read_pdf(&bytes));
    assert!(
        text.contains("Plan \u{FFFD} (draft), café."),
        "NFC and replacement: {text}"
    );
}

/// Portuguese, French and Spanish names and text, for the worst case.
const NAMES: [&str; 5] = [
    "Governança, coordenação e implementação da estratégia nacional de cibersegurança",
    "Renforcement des capacités techniques, formation et sensibilisation des élèves",
    "Respuesta a incidentes, gestión de crisis y cooperación internacional",
    "Legislação, regulamentação e proteção das infraestruturas críticas",
    "Économie numérique, société civile et confiance des citoyens",
];

/// A questionnaire with 200 questions and an answers file with 2,000-character notes and a
/// 300-character URL.
fn write_worst_case(dir: &Path) -> PathBuf {
    let mut q = String::from(
        "id = \"worst-case\"\nversion = \"1.0.0\"\ntitle = \"Avaliação de maturidade — évaluation \
         de la maturité — evaluación de madurez\"\nsummary = \"Stress test.\"\nlanguage = \"pt\"\n\
         default_target = \"tres\"\n\n[scoring]\nmethod = \"weighted-mean\"\n\
         overall = \"weighted-mean\"\n",
    );
    let stages = [
        ("um", "Inicial"),
        ("dois", "Em formação"),
        ("tres", "Établi"),
        ("quatro", "Dinámico"),
    ];
    for (id, name) in stages {
        let _ = write!(
            q,
            "\n[[stages]]\nid = \"{id}\"\nname = \"{name}\"\nsummary = \"Etapa {name}: descrição, définition, descripción.\"\n"
        );
    }
    let mut a = String::from(
        "questionnaire = \"worst.toml\"\n\n[assessment]\ncountry = \"República Democrática de São \
         Tomé e Príncipe — Côte d'Ivoire — España\"\nassessed_on = 2026-05-04\nassessors = \
         [\"Ministério da Economia Digital\", \"Agence nationale de la sécurité des systèmes \
         d'information\", \"Dirección General de Ciberseguridad\"]\nmarking = \"TLP:AMBER+STRICT\"\n\n",
    );
    let notes = "Observação: a política foi revista em março; l'équipe a noté des lacunes \
                 importantes; la revisión señaló que faltan indicadores. "
        .repeat(12)
        .chars()
        .take(2000)
        .collect::<String>();
    let url = format!(
        "https://ministerio-da-economia-digital.example.st/documentos/{}relatorio-final.pdf",
        "seguranca-cibernetica-estrategia-nacional-".repeat(6)
    );
    assert!(url.len() >= 300, "{}", url.len());
    for (p, name) in NAMES.iter().enumerate() {
        let _ = write!(
            q,
            "\n[[pillars]]\nid = \"p{p}\"\nname = \"{name}\"\nweight = 1.0\nsummary = \"{name}: âmbito, périmètre, ámbito.\"\n"
        );
        for i in 0..40 {
            let _ = write!(
                q,
                "\n[[pillars.questions]]\nid = \"p{p}-q{i}\"\nprompt = \"Pergunta {i} — la \
                 autoridad nacional ¿dispone de un plan aprobado, financiado y revisado \
                 périodiquement par le comité de pilotage interministériel?\"\n"
            );
            for (s, (id, name)) in stages.iter().enumerate() {
                let _ = write!(
                    q,
                    "[[pillars.questions.options]]\nstage = \"{id}\"\ntext = \"{name}: descrição observável da situação, y sus evidencias.\"\n"
                );
                if s + 1 < stages.len() {
                    let _ = writeln!(
                        q,
                        "next_step = \"Próximo passo para sair de {name}: rédiger, adopter et publier le plan.\""
                    );
                }
            }
            match i % 5 {
                0 => {
                    let _ = write!(
                        a,
                        "[answers.p{p}-q{i}]\nanswer = \"dois\"\nevidence = [\"{url}\", \"Decreto-Lei n.º 12/2025\"]\nnotes = \"\"\"\n{notes}\"\"\"\n\n"
                    );
                }
                1 => {
                    let _ = write!(
                        a,
                        "[answers.p{p}-q{i}]\nanswer = \"n/a\"\nnotes = \"Não se aplica: sans objet.\"\n\n"
                    );
                }
                2 => {} // unanswered
                _ => {
                    let _ = write!(
                        a,
                        "[answers.p{p}-q{i}]\nanswer = \"{}\"\nnotes = \"{}\"\n\n",
                        stages[i % 4].0,
                        notes.chars().take(300).collect::<String>()
                    );
                }
            }
        }
    }
    std::fs::write(dir.join("worst.toml"), q).expect("write questionnaire");
    let path = dir.join("worst-answers.toml");
    std::fs::write(&path, a).expect("write answers");
    path
}

#[test]
fn worst_case_stays_inside_the_margins() {
    let dir = temp();
    let answers = write_worst_case(dir.path());
    let answers = answers.to_str().expect("utf-8 path");
    for paper in ["a4", "letter"] {
        let out = dir.path().join(format!("worst-{paper}.pdf"));
        let (bytes, stderr) = report(&[answers, "--paper", paper, "--top", "40"], &out);
        assert!(!stderr.contains("not in the report font"), "{stderr}");
        let pages = read_pdf(&bytes);
        assert!(pages.len() > 40, "{} pages", pages.len());
        let text = all_text(&pages);
        for name in NAMES {
            assert!(text.contains(name), "{name} missing");
        }
        assert!(
            pages[0].text().contains("Côte d'Ivoire"),
            "{}",
            pages[0].text()
        );
        for (i, page) in pages.iter().enumerate() {
            assert!(
                page.text().contains("TLP:AMBER+STRICT"),
                "marking missing on page {}",
                i + 1
            );
        }
        // A section that runs over a page says so at the top of the next one.
        assert!(text.contains(&format!("1. {} (continued)", NAMES[0])));
        assert_inside_margins(&pages);
    }
}
