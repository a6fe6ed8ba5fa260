//! The workbooks in LibreOffice, the spreadsheet program a user has: they open and print with
//! their text, and a workbook filled and saved by LibreOffice Calc itself imports correctly.
//!
//! In CI (the `CI` variable set) these tests fail when LibreOffice is missing; elsewhere they
//! are skipped with a notice.

use std::path::Path;
use std::process::{Command, Stdio};

use calamine::{Data, Reader, Xlsx};
use cyberassess::i18n::Language;
use cyberassess::import::WorkbookWords;
use cyberassess::loader::Loader;
use cyberassess::model::workbook::{self as layout, col};
use cyberassess::model::{Response, StageIndex};

use crate::import::{all_at_stage, assert_scores_at, import};
use crate::util::{cyberassess, root};

/// Whether LibreOffice can run here. Without it: a failure in CI, a notice elsewhere.
pub(crate) fn libreoffice() -> bool {
    let found = Command::new("soffice")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice (soffice) is needed in CI: apt-get install libreoffice-calc-nogui \
             libreoffice-writer-nogui"
        );
        // The test harness captures this notice; the binary's own output rule is not at stake.
        #[allow(clippy::disallowed_macros)]
        {
            eprintln!("notice: LibreOffice (soffice) is not installed; test skipped");
        }
    }
    found
}

/// Runs `soffice --headless --convert-to FORMAT` on `files`, into `dir`, with a private profile
/// (tests run in parallel, and a shared profile would be locked).
pub(crate) fn convert(dir: &Path, format: &str, files: &[&Path]) {
    let profile = dir.join("lo-profile");
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(dir)
        .args(files)
        .stdout(Stdio::null())
        .status()
        .expect("soffice runs");
    assert!(status.success());
}

pub(crate) fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_questionnaire_workbook_prints_in_libreoffice_with_its_questions() {
    if !libreoffice() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let workbook = dir.path().join("jm-2026.xlsx");
    cyberassess()
        .args(["template", "ncss-maturity", "-o"])
        .arg(&workbook)
        .assert()
        .success();
    convert(dir.path(), "pdf", &[&workbook]);
    let text = pdf_text(&dir.path().join("jm-2026.pdf"));
    let loaded = Loader::new().questionnaire("ncss-maturity").expect("loads");
    let q = &loaded.questionnaire;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("How to fill it in"), "{flat}");
    assert!(flat.contains("Country or organisation"));
    let mut taken = Vec::new();
    for pillar in &q.pillars {
        // Each sheet's page header names it.
        let sheet = layout::sheet_name(&pillar.name, &taken);
        assert!(flat.contains(&sheet), "{sheet}");
        taken.push(sheet);
        let first = &pillar.questions[0].prompt;
        let start: String = first
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(&start), "{start}");
    }
    assert!(flat.contains("Your answer"));
    // Empty answers mean nothing yet: the meaning column shows nothing (not a 0).
    assert!(!text.lines().any(|l| l.trim() == "0"), "{text}");
    // The hidden sheets are not printed.
    assert!(!flat.contains("questionnaire_version"));
}

#[test]
fn the_plan_opens_in_libreoffice_with_its_steps() {
    if !libreoffice() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.xlsx");
    cyberassess()
        .args([
            "plan",
            "questionnaires/examples/exampleland-2026.toml",
            "-o",
        ])
        .arg(&plan)
        .assert()
        .success();
    convert(dir.path(), "csv", &[&plan]);
    let csv = std::fs::read_to_string(dir.path().join("plan.csv")).expect("converted");
    let expected = std::fs::read_to_string({
        let p = dir.path().join("expected.csv");
        cyberassess()
            .args([
                "plan",
                "questionnaires/examples/exampleland-2026.toml",
                "-o",
            ])
            .arg(&p)
            .assert()
            .success();
        p
    })
    .expect("written");
    // LibreOffice shows the same cells as our own CSV, the status filled in.
    let mut ours = csv::Reader::from_reader(expected.as_bytes());
    let mut theirs = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(ours.headers().expect("h"), theirs.headers().expect("h"));
    let ours: Vec<csv::StringRecord> = ours.records().map(|r| r.expect("row")).collect();
    let theirs: Vec<csv::StringRecord> = theirs.records().map(|r| r.expect("row")).collect();
    assert!(ours.len() > 5);
    assert_eq!(ours.len(), theirs.len());
    for (a, b) in ours.iter().zip(&theirs) {
        assert_eq!(
            a.iter().take(8).collect::<Vec<_>>(),
            b.iter().take(8).collect::<Vec<_>>()
        );
        assert_eq!(&b[13], "not started");
    }
}

/// Cells to type: (sheet, cell, text).
type Cells = Vec<(String, String, String)>;

/// A workbook to fill, where to save it as .xlsx and as .ods, and what to type.
type Job<'a> = (&'a Path, &'a Path, &'a Path, Cells);

/// Fills workbooks with LibreOffice Calc through its Python bridge (`tests/office/fill.py`):
/// each job is (workbook, saved .xlsx, saved .ods, cells as (sheet, cell, text)).
fn fill_in_libreoffice(jobs: &[Job<'_>]) {
    let json = serde_json::Value::Array(
        jobs.iter()
            .map(|(source, xlsx, ods, cells)| {
                serde_json::json!({
                    "source": source, "xlsx": xlsx, "ods": ods, "cells": cells,
                })
            })
            .collect(),
    );
    // The system Python, for which LibreOffice's bridge (python3-uno) is built.
    let mut child = Command::new("/usr/bin/python3")
        .arg(root().join("tests/office/fill.py"))
        .stdin(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(json.to_string().as_bytes())
        .expect("write");
    assert!(
        child.wait().expect("waits").success(),
        "filling in LibreOffice failed"
    );
}

#[test]
fn workbooks_filled_and_saved_by_libreoffice_calc_import_for_every_built_in_questionnaire() {
    if !libreoffice() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cases = Vec::new();
    for b in cyberassess::builtin::all() {
        let loaded = Loader::new().questionnaire(&b.id_version()).expect("loads");
        let q = loaded.questionnaire.clone();
        // The second stage, or the first above it that every choice question offers.
        let (k, answers) = (1..q.stage_count())
            .find_map(|k| all_at_stage(&q, k).map(|a| (k, a)))
            .expect("a stage every question offers");
        let name = b.id_version().replace(['@', '.'], "-");
        let template = dir.path().join(format!("{name}-template.xlsx"));
        cyberassess()
            .args(["template", &b.id_version(), "-o"])
            .arg(&template)
            .assert()
            .success();
        let mut cells = vec![
            detail(layout::DETAIL_COUNTRY, "Testland"),
            detail(layout::DETAIL_DATE, "2026-03-14"),
            detail(layout::DETAIL_ASSESSORS, "Ministry of ICT; National CERT"),
            detail(layout::DETAIL_TARGET, &q.stages[q.stage_count() - 1].name),
        ];
        let mut taken = Vec::new();
        let mut lookup = answers.iter();
        for pillar in &q.pillars {
            let sheet = layout::sheet_name(&pillar.name, &taken);
            for i in 0..pillar.questions.len() {
                let (_, response) = lookup.next().expect("an answer per question");
                let typed = match response {
                    Response::Stage(s) => q.stages[*s].name.clone(),
                    Response::Indicator(a) => a.as_str().to_owned(),
                    Response::NotApplicable => "n/a".to_owned(),
                };
                let cell = layout::cell_name(1 + i as u32, col::ANSWER);
                cells.push((sheet.clone(), cell, typed));
            }
            taken.push(sheet);
        }
        let xlsx = dir.path().join(format!("{name}.xlsx"));
        let ods = dir.path().join(format!("{name}.ods"));
        cases.push((q, k, template, xlsx, ods, cells));
    }
    // One more: a misspelt answer, as a user types it past the dropdown's warning, in the
    // first question of the second pillar of ncss-maturity that offers Established.
    let (q0, _, template0, _, _, cells0) = cases
        .iter()
        .find(|c| c.0.id_version() == "ncss-maturity@2.0.0")
        .expect("ncss-maturity 2.0.0 is built in");
    let established = q0.stage_index("established").expect("stage");
    let i = q0.pillars[1]
        .questions
        .iter()
        .position(|x| x.option_for(established).is_some())
        .expect("a question offering Established");
    let sheet = layout::sheet_name(
        &q0.pillars[1].name,
        &[layout::sheet_name(&q0.pillars[0].name, &[])],
    );
    let cell = layout::cell_name(1 + i as u32, col::ANSWER);
    let mut typo = cells0.clone();
    typo.push((sheet.clone(), cell.clone(), "Establishd".into()));
    let typo_xlsx = dir.path().join("typo.xlsx");
    let typo_ods = dir.path().join("typo.ods");

    let mut jobs: Vec<Job<'_>> = cases
        .iter()
        .map(|(_, _, t, x, o, c)| (t.as_path(), x.as_path(), o.as_path(), c.clone()))
        .collect();
    jobs.push((template0, &typo_xlsx, &typo_ods, typo));
    fill_in_libreoffice(&jobs);

    let out_dir = dir.path().join("answers");
    for (q, k, _, xlsx, ods, _) in &cases {
        for saved in [xlsx, ods] {
            let ext = saved.extension().expect("extension");
            let answers = import(saved, &out_dir.join(ext));
            assert_scores_at(q, &answers, *k);
            assert!(
                std::fs::read_to_string(&answers)
                    .expect("read")
                    .contains("assessed_on = 2026-03-14")
            );
        }
        // LibreOffice computed the meaning column from the chosen answer.
        let mut book: Xlsx<_> = calamine::open_workbook(xlsx).expect("opens");
        let first = &q.pillars[0];
        let range = book
            .worksheet_range(&layout::sheet_name(&first.name, &[]))
            .expect("sheet");
        let shown = range.get_value((1, u32::from(col::MEANING))).cloned();
        let expected = match first.questions[0].option_for(StageIndex::new(*k)) {
            Some(option) => option.text.clone(),
            None => format!("Met: counts towards {}.", q.stages[*k].name),
        };
        if first.questions[0].is_indicator() {
            // "yes" was typed for an indicator of a stage up to k.
            assert!(
                matches!(&shown, Some(Data::String(s)) if s.starts_with("Met: counts towards")),
                "{shown:?}"
            );
        } else {
            assert_eq!(shown, Some(Data::String(expected)), "{}", q.id_version());
        }
    }
    for saved in [&typo_xlsx, &typo_ods] {
        let out = cyberassess()
            .arg("import")
            .arg(saved)
            .arg("-o")
            .arg(&out_dir)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!(
                "error: {}, sheet {sheet}, cell {cell}: 'Establishd' is not an answer; did you \
                 mean Established?",
                saved.display()
            )),
            "{stderr}"
        );
    }
}

fn detail(row: u32, text: &str) -> (String, String, String) {
    detail_in(&WorkbookWords::english(), row, text)
}

/// A detail to type on the start sheet of a workbook in `words`' language.
fn detail_in(words: &WorkbookWords, row: u32, text: &str) -> (String, String, String) {
    (
        words.start_sheet.clone(),
        layout::cell_name(row, 1),
        text.to_owned(),
    )
}

#[test]
fn translated_workbooks_filled_and_saved_by_libreoffice_calc_import() {
    if !libreoffice() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cases = Vec::new();
    for lang in crate::import_languages::LANGUAGES {
        let language: Language = lang.parse().expect("tag");
        let words = WorkbookWords::for_language(Some(&language));
        for b in cyberassess::builtin::all() {
            let loaded = Loader::new().questionnaire(&b.id_version()).expect("loads");
            let Ok(q) = Loader::new().in_language(&loaded, &language) else {
                continue;
            };
            let own = loaded.questionnaire.clone();
            let (k, answers) = (1..q.stage_count())
                .find_map(|k| all_at_stage(&q, k).map(|a| (k, a)))
                .expect("a stage every question offers");
            let name = format!("{lang}-{}", b.id);
            let template = dir.path().join(format!("{name}-template.xlsx"));
            cyberassess()
                .args(["--lang", lang, "template", &b.id_version(), "-o"])
                .arg(&template)
                .assert()
                .success();
            // Typed as a respondent of that language types them: the translated stage names
            // and yes / partly / no.
            let mut cells = vec![
                detail_in(&words, layout::DETAIL_COUNTRY, "Testland"),
                detail_in(&words, layout::DETAIL_DATE, "2026-03-14"),
                detail_in(&words, layout::DETAIL_ASSESSORS, "Ministerio; CSIRT"),
                detail_in(
                    &words,
                    layout::DETAIL_TARGET,
                    &q.stages[q.stage_count() - 1].name,
                ),
            ];
            let mut taken = vec![words.start_sheet.clone(), words.lists_sheet.clone()];
            let mut lookup = answers.iter();
            for pillar in &q.pillars {
                let sheet = layout::sheet_name(&pillar.name, &taken);
                for i in 0..pillar.questions.len() {
                    let (_, response) = lookup.next().expect("an answer per question");
                    let typed = match response {
                        Response::Stage(s) => q.stages[*s].name.clone(),
                        Response::Indicator(a) => words.indicator(*a).to_owned(),
                        Response::NotApplicable => words.not_applicable.clone(),
                    };
                    let cell = layout::cell_name(1 + i as u32, col::ANSWER);
                    cells.push((sheet.clone(), cell, typed));
                }
                taken.push(sheet);
            }
            let first_sheet = taken[2].clone();
            let xlsx = dir.path().join(format!("{name}.xlsx"));
            let ods = dir.path().join(format!("{name}.ods"));
            cases.push((own, q, k, template, xlsx, ods, cells, first_sheet));
        }
    }
    assert_eq!(
        cases.len(),
        6,
        "two built-in questionnaires in three languages"
    );
    let jobs: Vec<Job<'_>> = cases
        .iter()
        .map(|(_, _, _, t, x, o, c, _)| (t.as_path(), x.as_path(), o.as_path(), c.clone()))
        .collect();
    fill_in_libreoffice(&jobs);
    let out_dir = dir.path().join("answers");
    for (own, q, k, _, xlsx, ods, _, first_sheet) in &cases {
        for saved in [xlsx, ods] {
            let ext = saved.extension().expect("extension");
            let answers = import(saved, &out_dir.join(ext));
            assert_scores_at(own, &answers, *k);
        }
        // LibreOffice computed the meaning column in the workbook's language.
        let mut book: Xlsx<_> = calamine::open_workbook(xlsx).expect("opens");
        let range = book.worksheet_range(first_sheet).expect("sheet");
        let shown = range.get_value((1, u32::from(col::MEANING))).cloned();
        let first = &q.pillars[0].questions[0];
        if let Some(option) = first.option_for(StageIndex::new(*k)) {
            assert_eq!(shown, Some(Data::String(option.text.clone())));
        } else {
            let met = ["Cumplido:", "Atteint", "Atendido:"];
            assert!(
                matches!(&shown, Some(Data::String(s)) if met.iter().any(|m| s.starts_with(m))),
                "{shown:?}"
            );
        }
    }
}
