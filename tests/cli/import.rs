//! `template --format xlsx` and `import`: workbooks to fill in, read back into answers files.

use std::path::{Path, PathBuf};

use cyberassess::import::WorkbookWords;
use cyberassess::loader::Loader;
use cyberassess::model::{
    Answer, Assessment, AssessmentInfo, IndicatorAnswer, QuestionKind, Questionnaire, Response,
    StageIndex,
};
use cyberassess::render::xlsx::questionnaire_workbook;

use crate::util::{cyberassess, fixture, read, score_json};

/// Every question answered at stage `k` (indicators yes up to `k`, no above), when every choice
/// question has an option for `k`.
pub(crate) fn all_at_stage(q: &Questionnaire, k: usize) -> Option<Vec<(String, Response)>> {
    let k = StageIndex::new(k);
    q.questions()
        .map(|(_, question)| {
            let response = match &question.kind {
                QuestionKind::Choice { .. } => {
                    question.option_for(k)?;
                    Response::Stage(k)
                }
                QuestionKind::Indicator { stage, .. } if *stage <= k => {
                    Response::Indicator(IndicatorAnswer::Yes)
                }
                QuestionKind::Indicator { .. } => Response::Indicator(IndicatorAnswer::No),
            };
            Some((question.id.clone(), response))
        })
        .collect()
}

/// An assessment of `q` answering `answers`, with its details.
pub(crate) fn assessment(q: &Questionnaire, answers: &[(String, Response)]) -> Assessment {
    let mut info = AssessmentInfo::default();
    info.country = "Testland".into();
    info.assessed_on = Some(toml::value::Date {
        year: 2026,
        month: 3,
        day: 14,
    });
    info.assessors = vec!["Ministry of ICT".into(), "National CERT".into()];
    Assessment {
        info,
        targets: Vec::new(),
        overall_target: StageIndex::new(q.stage_count() - 1),
        answers: answers
            .iter()
            .map(|(id, r)| (q.find_question(id).expect("question"), Answer::bare(*r)))
            .collect(),
        ..Assessment::default()
    }
}

/// Imports `workbook` into `dir` and returns the answers file written.
pub(crate) fn import(workbook: &Path, dir: &Path) -> PathBuf {
    let out = cyberassess()
        .arg("import")
        .arg(workbook)
        .arg("-o")
        .arg(dir)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let mut name = workbook.file_stem().expect("name").to_os_string();
    name.push(".toml");
    dir.join(name)
}

/// Asserts that `answers` checks clean and scores at stage `k` in every pillar and overall.
pub(crate) fn assert_scores_at(q: &Questionnaire, answers: &Path, k: usize) {
    let out = cyberassess()
        .arg("check")
        .arg(answers)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.contains("0 errors, 0 warnings"),
        "{}\n{stderr}",
        read(answers)
    );
    let (json, _) = score_json([answers], 0);
    let a = &json["assessments"][0];
    let stage = q.stages[k].id.as_str();
    assert_eq!(a["overall"]["stage"], stage, "{}", q.id_version());
    for p in a["pillars"].as_array().expect("pillars") {
        assert_eq!(p["stage"], stage, "{}, pillar {}", q.id_version(), p["id"]);
        assert_eq!(p["answered"], p["total"]);
    }
    assert_eq!(a["country"], "Testland");
}

#[test]
fn every_built_in_questionnaire_round_trips_through_a_workbook_at_every_stage() {
    let dir = tempfile::tempdir().expect("temp dir");
    for b in cyberassess::builtin::all() {
        let loaded = Loader::new().questionnaire(&b.id_version()).expect("loads");
        let q = &loaded.questionnaire;
        let mut tried = 0;
        for k in 0..q.stage_count() {
            let Some(answers) = all_at_stage(q, k) else {
                continue;
            };
            tried += 1;
            let prefill = assessment(q, &answers);
            let english = WorkbookWords::english();
            let bytes =
                questionnaire_workbook(q, b.id, Some(&prefill), &english).expect("workbook");
            let workbook = dir.path().join(format!("{}-{k}.xlsx", b.id_version()));
            std::fs::write(&workbook, bytes).expect("write");
            let answers = import(&workbook, dir.path());
            assert_scores_at(q, &answers, k);
        }
        assert!(tried >= 2, "{}", b.id_version());
    }
}

#[test]
fn the_ncss_maturity_workbook_is_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("jm-2026.xlsx");
    let out = cyberassess()
        .args(["template", "ncss-maturity", "-o"])
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("with the 65 questions of ncss-maturity@2.0.0"),
        "{stderr}"
    );
    let size = std::fs::metadata(&path).expect("written").len();
    assert!(size < 100 * 1024, "{size} bytes");
    // An empty workbook has no answers: importing it asks for the details first.
    let out = cyberassess()
        .arg("import")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "error: {}, sheet Start, cell B10: the country is empty; fill it in and import again",
            path.display()
        )),
        "{stderr}"
    );
    assert!(!dir.path().join("jm-2026.toml").exists());
}

#[test]
fn a_workbook_goes_to_standard_output_never() {
    let out = cyberassess()
        .args(["template", "ncss-maturity", "--format", "xlsx"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("add -o FILE.xlsx"));
}

#[test]
fn import_refuses_another_questionnaire_and_keeps_existing_answers_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = Loader::new()
        .questionnaire("csirt-readiness")
        .expect("loads");
    let q = &loaded.questionnaire;
    let answers = all_at_stage(q, 1).expect("stage 1 everywhere");
    let bytes = questionnaire_workbook(
        q,
        "csirt-readiness",
        Some(&assessment(q, &answers)),
        &WorkbookWords::english(),
    )
    .expect("workbook");
    let workbook = dir.path().join("team.xlsx");
    std::fs::write(&workbook, bytes).expect("write");

    let out = cyberassess()
        .args(["import", "--questionnaire", "ncss-maturity"])
        .arg(&workbook)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{}, this workbook is for {}, not ncss-maturity@2.0.0",
            workbook.display(),
            q.id_version()
        )),
        "{stderr}"
    );
    assert!(!dir.path().join("team.toml").exists());

    let written = dir.path().join("team.toml");
    std::fs::write(&written, "# someone's answers\n").expect("write");
    let out = cyberassess()
        .arg("import")
        .arg(&workbook)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("already exists and may hold answers; add --force"),
        "{stderr}"
    );
    assert_eq!(read(&written), "# someone's answers\n");

    cyberassess()
        .args(["import", "--force"])
        .arg(&workbook)
        .assert()
        .success();
    assert!(read(&written).contains("questionnaire = \"csirt-readiness\""));
    assert_scores_at(q, &written, 1);
}

#[test]
fn a_workbook_for_a_questionnaire_file_names_it_from_where_the_answers_are_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let qdir = dir.path().join("q");
    std::fs::create_dir(&qdir).expect("mkdir");
    std::fs::copy(fixture("weighted.toml"), qdir.join("weighted.toml")).expect("copy");
    let workbook = qdir.join("mini.xlsx");
    cyberassess()
        .arg("template")
        .arg(qdir.join("weighted.toml"))
        .arg("-o")
        .arg(&workbook)
        .assert()
        .success();
    let loaded = Loader::new()
        .questionnaire(qdir.join("weighted.toml").to_str().expect("UTF-8"))
        .expect("loads");
    let q = &loaded.questionnaire;
    // Refill the workbook with answers, as the prefilled one from the same questionnaire.
    let answers = all_at_stage(q, 2).expect("stage 2");
    let bytes = questionnaire_workbook(
        q,
        "weighted.toml",
        Some(&assessment(q, &answers)),
        &WorkbookWords::english(),
    )
    .expect("workbook");
    std::fs::write(&workbook, bytes).expect("write");
    let out_dir = dir.path().join("answers");
    let answers = import(&workbook, &out_dir);
    assert!(read(&answers).contains("questionnaire = \"../q/weighted.toml\""));
    assert_scores_at(q, &answers, 2);
}

#[test]
fn a_file_that_is_not_a_workbook_is_named_with_the_fix() {
    let out = cyberassess()
        .arg("import")
        .arg(fixture("weighted.toml"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("weighted.toml, this is not an .xlsx or .ods workbook"),
        "{stderr}"
    );
    assert!(
        stderr.contains("save it from your spreadsheet program"),
        "{stderr}"
    );
}
