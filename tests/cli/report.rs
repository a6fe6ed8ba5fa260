//! `report`: the PDF is read back in-process (lopdf) and checked the way a reader would check
//! it: pages, the words on them, where those words sit, and that the file is reproducible.

mod bbox;
mod cohort;
mod cohort_change;
mod cohort_languages;
mod consensus;
mod fonts;
mod glossary;
mod languages;
mod numbers;
mod progress;
mod read;
mod worst_case;

use std::path::{Path, PathBuf};

use lopdf::{Document, Object};

use crate::util::{cyberassess, fixture, root, sha256sum};
use read::{Page, all_text, read_pdf};
use worst_case::{ASSESSORS, NAMES, write_worst_case};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";
const ACCENTED: &str = "questionnaires/examples/costa-esmeralda-2025.toml";
const SAMPLE: &str = "reports/exampleland-2026.pdf";

/// Side margin and the text area's top and bottom, in points, as promised by the layout.
const SIDE: f32 = 62.0;
const TOP: f32 = 74.0;
const BOTTOM: f32 = 66.0;

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

/// Writes the cohort report of `inputs` to `DIR/cohort.pdf` (and each assessment's report under
/// `DIR/reports`) with `command`, a `cyberassess` run with any global options and environment
/// already given, and `extra` options; asserts it succeeded and returns the cohort PDF's path.
fn cohort_pdf(
    mut command: assert_cmd::Command,
    dir: &Path,
    inputs: &Path,
    extra: &[&str],
) -> PathBuf {
    let pdf = dir.join("cohort.pdf");
    let output = command
        .arg("report")
        .arg(inputs)
        .args(extra)
        .args(["--quiet", "-o"])
        .arg(dir.join("reports"))
        .arg("--cohort")
        .arg(&pdf)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "report failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    pdf
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
/// What every page of a report must show: the marking in its header, "page X of Y" and the
/// questionnaire in its footer, on paper of `size` (width, height in points).
fn assert_every_page(pages: &[Page], marking: &str, size: (f32, f32)) {
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let text = page.text();
        assert!(text.contains(marking), "marking missing on page {}", i + 1);
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
        assert!(
            (page.width - size.0).abs() < 0.1 && (page.height - size.1).abs() < 0.1,
            "page {} is {}×{}",
            i + 1,
            page.width,
            page.height
        );
    }
}

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
            let header = (r.y - (page.height - 40.0)).abs() < 0.5
                || (r.y - (page.height - 27.0)).abs() < 0.5;
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

/// Runs in the text area of a page: not the running header and footer.
fn body_runs(page: &Page) -> impl Iterator<Item = &read::Run> {
    page.runs
        .iter()
        .filter(move |r| r.y >= BOTTOM - 0.5 && r.y <= page.height - TOP + 0.5)
}

/// No page between the cover and the last is mostly empty: each one's text reaches below the
/// middle of its text area (the next block moves up, or is split, rather than leave it blank).
fn assert_no_page_mostly_empty(pages: &[Page]) {
    for (i, page) in pages
        .iter()
        .enumerate()
        .take(pages.len().saturating_sub(1))
        .skip(1)
    {
        let middle = BOTTOM + (page.height - TOP - BOTTOM) / 2.0;
        let lowest = body_runs(page).map(|r| r.y).fold(f32::INFINITY, f32::min);
        assert!(
            lowest <= middle,
            "page {} of {} is mostly empty: its text ends at {lowest:.0} pt, above the middle \
             ({middle:.0} pt): {}",
            i + 1,
            pages.len(),
            page.text()
        );
    }
}

/// The heading `heading` is on the same page as the first run of its figure, `figure` (a text
/// the figure always draws, below the heading).
fn assert_with_heading(pages: &[Page], heading: &str, figure: &str) {
    let (n, page, top) = pages
        .iter()
        .enumerate()
        .find_map(|(n, p)| {
            p.runs
                .iter()
                .find(|r| r.text == heading)
                .map(|r| (n, p, r.y))
        })
        .unwrap_or_else(|| panic!("no heading {heading:?}"));
    assert!(
        page.runs.iter().any(|r| r.text == figure && r.y < top),
        "page {}: the heading {heading:?} is not followed by its figure ({figure:?}) on the \
         same page: {}",
        n + 1,
        page.text()
    );
}

/// The first text of a page's text area: the heading a section starts with.
fn first_body_text(page: &Page) -> String {
    body_runs(page)
        .max_by(|a, b| a.y.total_cmp(&b.y))
        .map_or_else(String::new, |r| r.text.clone())
}

/// The report's layout as a reader sees it: charts with their headings, no page half blank.
fn assert_layout(pages: &[Page]) {
    assert_eq!(
        first_body_text(&pages[1]),
        "Summary",
        "the cover takes one page"
    );
    assert_with_heading(pages, "Level by pillar", "Level reached (value printed)");
    assert_with_heading(
        pages,
        "Pillars at a glance",
        "Level reached (value printed)",
    );
    assert_no_page_mostly_empty(pages);
}

#[test]
fn example_report_reads_back_with_every_section() {
    let dir = temp();
    let out = dir.path().join("example.pdf");
    let (bytes, _) = report(&[EXAMPLE], &out);
    let pages = read_pdf(&bytes);
    let questionnaire =
        std::fs::read_to_string(root().join("questionnaires/ncss-maturity-1.0.0.toml"))
            .expect("built-in questionnaire");
    let pillars = pillar_names(&questionnaire);
    // Cover, summary (+ priorities), one or more pages per pillar, method.
    assert!(pages.len() >= 3 + pillars.len(), "{} pages", pages.len());
    assert_every_page(&pages, "TLP:GREEN", (595.28, 841.89));
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
    // The fingerprints are those sha256sum gives for the two files.
    for file in [EXAMPLE, "questionnaires/ncss-maturity-1.0.0.toml"] {
        let line = sha256sum(&[file], b"");
        let hash = &line[..64];
        assert!(text.contains(hash), "{file}: {hash} not in the report");
    }
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
    // The cover shows the overall level by the documented rule: rounded down to one decimal
    // (with the 10⁻⁹ stage tolerance), as the table prints it.
    let overall = &json["assessments"][0]["overall"];
    let tenths = ((overall["level"].as_f64().expect("level") + 1e-9) * 10.0).floor();
    let level = format!("{}.{}/5", tenths as i64 / 10, tenths as i64 % 10);
    assert!(pages[0].text().contains(&level), "{level} not on the cover");
    let table = cyberassess()
        .args(["score", EXAMPLE])
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&table.stdout).contains(&level),
        "{level} not in the table"
    );
    assert_inside_margins(&pages);
    assert_layout(&pages);
    // Every question is answered: no draft mark anywhere.
    assert!(!text.contains("Draft"), "{text}");
}

#[test]
fn country_names_keep_their_accents_and_metadata_is_set() {
    let dir = temp();
    let out = dir.path().join("costa.pdf");
    let (bytes, stderr) = report(&[ACCENTED], &out);
    assert!(!stderr.contains("not in the report font"), "{stderr}");
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
    assert_every_page(&pages, "TLP:AMBER", (612.0, 792.0));
    for (i, page) in pages.iter().enumerate() {
        assert!(
            !page.text().contains("TLP:GREEN"),
            "old marking on page {}",
            i + 1
        );
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
    assert_layout(&pages);
    bbox::assert_words_inside(&bbox::words(&out), SIDE);
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
fn an_output_name_without_pdf_gets_it_and_a_note_says_so() {
    let dir = temp();
    let output = cyberassess()
        .args(["report", "-q", EXAMPLE, "-o"])
        .arg(dir.path().join("brief"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let written = dir.path().join("brief.pdf");
    assert!(
        stderr.contains(&format!("note: writing {}", written.display())),
        "{stderr}"
    );
    assert!(!dir.path().join("brief").exists());
    let pages = read_pdf(&std::fs::read(&written).expect("brief.pdf"));
    assert!(all_text(&pages).contains("Exampleland"));
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

#[test]
fn worst_case_stays_inside_the_margins() {
    let dir = temp();
    let answers = write_worst_case(dir.path());
    let answers = answers.to_str().expect("utf-8 path");
    for paper in ["a4", "letter"] {
        let out = dir.path().join(format!("worst-{paper}.pdf"));
        // The worst-case questionnaire says `language = "pt"`: its report would be in
        // Portuguese, and these checks read the English words.
        let (bytes, stderr) = report(
            &[answers, "--paper", paper, "--top", "40", "--lang", "en"],
            &out,
        );
        assert!(!stderr.contains("not in the report font"), "{stderr}");
        let pages = read_pdf(&bytes);
        assert!(pages.len() > 40, "{} pages", pages.len());
        let text = all_text(&pages);
        for name in NAMES {
            assert!(text.contains(name), "{name} missing");
        }
        let cover = pages[0].text();
        assert!(cover.contains("Côte d'Ivoire"), "{cover}");
        // The cover takes one page: as many assessors as fit, then how many more there are;
        // the method section names them all.
        let named = (1..=ASSESSORS)
            .filter(|i| cover.contains(&format!("Assessor {i}:")))
            .count();
        let more = format!("and {} more, listed with the method", ASSESSORS - named);
        assert!(
            named >= 2 && cover.contains(&more),
            "{named} named: {cover}"
        );
        assert!(text.contains(&format!("The {ASSESSORS} assessors")));
        for i in 1..=ASSESSORS {
            assert!(
                text.contains(&format!("Assessor {i}:")),
                "assessor {i} missing"
            );
        }
        for (i, page) in pages.iter().enumerate() {
            // The header: country and marking, each shortened to its share of the line.
            let header: Vec<&read::Run> = page
                .runs
                .iter()
                .filter(|r| (r.y - (page.height - 40.0)).abs() < 0.5)
                .collect();
            let [title, marking] = header[..] else {
                panic!("page {}: header {header:?}", i + 1)
            };
            assert!(
                title.text.starts_with("República Democrática") && title.text.ends_with('…'),
                "page {}: {title:?}",
                i + 1
            );
            assert!(
                marking.text.starts_with("TLP:AMBER+STRICT") && marking.text.ends_with('…'),
                "page {}: {marking:?}",
                i + 1
            );
            assert!(
                page.text()
                    .contains("Draft: 40 of 200 questions unanswered"),
                "draft mark missing on page {}",
                i + 1
            );
        }
        // A section that runs over a page says so at the top of the next one, on one line.
        let continued = pages.iter().flat_map(|p| &p.runs).find(|r| {
            r.text.starts_with(&format!("1. {}", &NAMES[0][..20]))
                && r.text.ends_with("(continued)")
        });
        assert!(
            continued.is_some_and(|r| r.text.ends_with("… (continued)")),
            "{continued:?}"
        );
        assert_inside_margins(&pages);
        assert_layout(&pages);
        bbox::assert_words_inside(&bbox::words(&out), SIDE);
    }
}

/// An answers file on ncss-maturity with the first `stages` questions answered, then one `n/a`,
/// and the rest left empty.
fn partly_answered(dir: &Path, stages: usize) -> PathBuf {
    // 1.0.0: 43 questions, the counts the tests name.
    let template = cyberassess()
        .args(["template", "ncss-maturity@1.0.0"])
        .output()
        .expect("template runs");
    let template = String::from_utf8(template.stdout).expect("UTF-8");
    let mut answered = 0;
    let text: String = template
        .lines()
        .map(|line| {
            if line == "country = \"\"" {
                return "country = \"Testland\"".to_owned();
            }
            if !line.starts_with('#') && line.ends_with(" = \"\"") && line.contains('-') {
                answered += 1;
                let key = line.trim_end_matches(" = \"\"");
                if answered <= stages {
                    return format!("{key} = \"formative\"");
                }
                if answered == stages + 1 {
                    return format!("{key} = {{ answer = \"n/a\", notes = \"No such body.\" }}");
                }
            }
            line.to_owned()
        })
        .map(|line| line + "\n")
        .collect();
    assert!(answered > stages + 1, "{text}");
    let path = dir.join("draftland.toml");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn an_incomplete_assessment_is_marked_draft_on_every_page() {
    let dir = temp();
    // 9 answered and one n/a (an answer too): 33 of the 43 questions are unanswered.
    let answers = partly_answered(dir.path(), 9);
    let out = dir.path().join("draft.pdf");
    let (bytes, _) = report(&[answers.to_str().expect("utf-8 path")], &out);
    let pages = read_pdf(&bytes);
    let mark = "Draft: 33 of 43 questions unanswered";
    for (i, page) in pages.iter().enumerate() {
        let top = page
            .runs
            .iter()
            .find(|r| r.text == mark)
            .unwrap_or_else(|| panic!("no draft mark on page {}: {}", i + 1, page.text()));
        assert!(
            top.y > page.height - TOP,
            "page {}: not in the header",
            i + 1
        );
    }
    // The cover says it beside the overall result too.
    let cover = pages[0].text();
    assert!(
        cover.contains(&format!("{mark}; the figures are not final.")),
        "{cover}"
    );
    assert_inside_margins(&pages);
    // As pdftotext reads it: the mark on every page.
    let words = bbox::words(&out);
    bbox::assert_words_inside(&words, SIDE);
    for (i, page) in words.iter().enumerate() {
        assert!(
            page.text().contains(mark),
            "page {}: {}",
            i + 1,
            page.text()
        );
    }

    // Every question answered (33 more of them n/a): no draft mark.
    let complete = std::fs::read_to_string(&answers)
        .expect("read")
        .replace(" = \"\"", " = \"n/a\"");
    std::fs::write(&answers, complete).expect("write");
    let (bytes, _) = report(&[answers.to_str().expect("utf-8 path")], &out);
    let text = all_text(&read_pdf(&bytes));
    assert!(!text.contains("Draft"), "{text}");
}

#[test]
fn a_country_name_of_a_quarter_million_characters_gets_a_one_page_cover() {
    let dir = temp();
    let example = std::fs::read_to_string(root().join(EXAMPLE)).expect("example");
    // Laid out in quadratic time, as it once was, this name alone took hours.
    let country = "Exampleland".repeat(25_000);
    let answers = dir.path().join("huge.toml");
    let text = example.replace(
        "country = \"Exampleland\"",
        &format!("country = \"{country}\""),
    );
    std::fs::write(&answers, text).expect("write");
    let out = dir.path().join("huge.pdf");
    let (bytes, _) = report(&[answers.to_str().expect("utf-8 path")], &out);
    let pages = read_pdf(&bytes);
    assert_eq!(
        first_body_text(&pages[1]),
        "Summary",
        "the cover takes one page"
    );
    for page in &pages {
        let title = page
            .runs
            .iter()
            .find(|r| (r.y - (page.height - 40.0)).abs() < 0.5 && r.x < SIDE + 1.0)
            .expect("header");
        assert!(title.text.starts_with("ExamplelandExampleland") && title.text.ends_with('…'));
    }
    assert_inside_margins(&pages);
    assert_no_page_mostly_empty(&pages);
    bbox::assert_words_inside(&bbox::words(&out), SIDE);
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let dir = temp();
    let bad = dir.path().join("broken.toml");
    std::fs::write(&bad, "questionnaire = \"ncss-maturity\"\n[assessment\n").expect("write");
    let out = dir.path().join("out");
    let output = cyberassess()
        .args(["report", "-q", EXAMPLE])
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.toml"), "{stderr}");
    assert!(out.join("exampleland-2026.pdf").is_file());
    assert!(!out.join("broken.pdf").exists());
}

#[test]
fn the_cover_of_a_consensus_shows_its_status() {
    let dir = temp();
    let merged = dir.path().join("consensus.toml");
    let files = ["ministry", "cert", "regulator"].map(|f| fixture(&format!("merge/{f}.toml")));
    cyberassess()
        .arg("merge")
        .args(&files)
        .arg("-o")
        .arg(&merged)
        .assert()
        .code(0);
    let (bytes, _) = report(&[merged.to_str().expect("path")], &dir.path().join("c.pdf"));
    let cover = read_pdf(&bytes)[0].text();
    assert!(cover.contains("Status"), "{cover}");
    assert!(cover.contains("Consensus of 3 respondents"), "{cover}");
    // A respondent's own file says nothing of a status.
    let (bytes, _) = report(
        &[files[0].to_str().expect("path")],
        &dir.path().join("m.pdf"),
    );
    assert!(!read_pdf(&bytes)[0].text().contains("Status"));
}
