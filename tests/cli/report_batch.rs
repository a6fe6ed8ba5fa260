//! `report` on folders and batches: where the PDFs go, failures that do not stop the batch.

use std::path::Path;

use crate::util::cyberassess;

fn pdf_pages(path: &Path) -> usize {
    lopdf::Document::load(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .get_pages()
        .len()
}

#[test]
fn a_folder_gives_one_pdf_per_assessment_mirroring_sub_folders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("in");
    for sub in ["2024", "2026"] {
        std::fs::create_dir_all(input.join(sub)).expect("mkdir");
        std::fs::copy(
            "tests/fixtures/weighted.toml",
            input.join(sub).join("weighted.toml"),
        )
        .expect("copy");
        std::fs::copy(
            "tests/fixtures/weighted-answers.toml",
            input.join(sub).join("fictiland.toml"),
        )
        .expect("copy");
    }
    let out = dir.path().join("out");
    let run = cyberassess()
        .arg("report")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    for sub in ["2024", "2026"] {
        let pdf = out.join(sub).join("fictiland.pdf");
        assert!(pdf_pages(&pdf) >= 3, "{}", pdf.display());
    }
    assert!(
        stderr.contains("Wrote reports for 2 of 4 files; skipped 2 questionnaire files."),
        "{stderr}"
    );
}

#[test]
fn two_files_with_the_same_name_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        std::fs::copy(
            "tests/fixtures/weighted.toml",
            dir.path().join(sub).join("weighted.toml"),
        )
        .expect("copy");
        std::fs::copy(
            "tests/fixtures/weighted-answers.toml",
            dir.path().join(sub).join("x.toml"),
        )
        .expect("copy");
    }
    let out = dir.path().join("out");
    let run = cyberassess()
        .arg("report")
        .arg(dir.path().join("a/x.toml"))
        .arg(dir.path().join("b/x.toml"))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("would both be written to"), "{stderr}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_bad_file_in_the_folder_is_reported_and_the_rest_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        "tests/fixtures/weighted.toml",
        dir.path().join("weighted.toml"),
    )
    .expect("copy");
    std::fs::copy(
        "tests/fixtures/weighted-answers.toml",
        dir.path().join("b-good.toml"),
    )
    .expect("copy");
    std::fs::write(dir.path().join("a-bad.toml"), "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\ngov-a = \"best\"\n").expect("write");
    let out = dir.path().join("out");
    let run = cyberassess()
        .args(["report", "-q"])
        .arg(dir.path())
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("a-bad.toml:5:9"), "{stderr}");
    assert!(out.join("b-good.pdf").is_file(), "{stderr}");
    assert!(!out.join("a-bad.pdf").exists());

    let out2 = dir.path().join("out2");
    let fast = cyberassess()
        .args(["report", "-q", "--fail-fast"])
        .arg(dir.path())
        .arg("-o")
        .arg(&out2)
        .output()
        .expect("runs");
    assert_eq!(fast.status.code(), Some(1));
    assert!(
        !out2.join("b-good.pdf").exists(),
        "stopped at a-bad.toml, before b-good.toml"
    );
}

#[cfg(unix)]
#[test]
fn reports_are_readable_by_others_like_any_document() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("r.pdf");
    cyberassess()
        .args(["report", "-q", "tests/fixtures/gated-answers.toml", "-o"])
        .arg(&pdf)
        .assert()
        .success();
    let mode = std::fs::metadata(&pdf)
        .expect("written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644);
}

#[test]
fn an_output_never_replaces_an_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    for f in ["weighted.toml", "weighted-answers.toml"] {
        std::fs::copy(format!("tests/fixtures/{f}"), dir.path().join(f)).expect("copy");
    }
    let answers = dir.path().join("weighted-answers.toml");
    let before = std::fs::read(&answers).expect("read");
    for args in [
        vec!["report", "-q", "-o"],
        vec!["score", "--format", "json", "-o"],
    ] {
        let run = cyberassess()
            .args(&args)
            .arg(&answers)
            .arg(&answers)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("is one of the input files"), "{stderr}");
    }
    let questionnaire = dir.path().join("weighted.toml");
    let run = cyberassess()
        .args(["score", "-f", "csv", "-o"])
        .arg(&questionnaire)
        .arg(&answers)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&answers).expect("read"),
        before,
        "answers untouched"
    );
    assert!(
        std::fs::read_to_string(&questionnaire)
            .expect("read")
            .contains("[[pillars]]")
    );
}

/// Files that failed to load, or that `--latest` left out, and questionnaires that could not be
/// read are inputs all the same: an output that would replace one is refused and the file is
/// left as it was.
#[test]
fn outputs_never_replace_failed_or_left_out_files() {
    let top = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::TempDir::new_in(top.path()).expect("answers folder");
    // A questionnaire outside the folder, saved in Latin-1 by mistake, and answers that use it.
    let latin = top.path().join("latin.toml");
    std::fs::write(&latin, b"id = \"caf\xe9\"\n").expect("write");
    std::fs::write(
        dir.path().join("uses-latin.toml"),
        "questionnaire = \"../latin.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\n",
    )
    .expect("write");
    let examples = crate::util::root().join("questionnaires/examples");
    for name in ["exampleland-2024.toml", "exampleland-2026.toml"] {
        std::fs::copy(examples.join(name), dir.path().join(name)).expect("copy");
    }
    let broken = dir.path().join("broken.toml");
    std::fs::write(&broken, "questionnaire = \"ncss-maturity\"\n[assessment\n").expect("write");
    let older = dir.path().join("exampleland-2024.toml");
    let before = [
        std::fs::read(&older).expect("read"),
        std::fs::read(&broken).expect("read"),
        std::fs::read(&latin).expect("read"),
    ];
    let runs: [(Vec<&str>, &std::path::Path); 4] = [
        (vec!["report", "-q", "--latest", "--cohort"], &older),
        (vec!["score", "--latest", "-f", "csv", "-o"], &older),
        (vec!["score", "-f", "json", "-o"], &broken),
        (vec!["score", "-f", "csv", "-o"], &latin),
    ];
    for (args, target) in runs {
        let run = cyberassess()
            .args(&args)
            .arg(target)
            .arg(dir.path())
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("is one of the input files"), "{stderr}");
    }
    assert_eq!(
        [
            std::fs::read(&older).expect("read"),
            std::fs::read(&broken).expect("read"),
            std::fs::read(&latin).expect("read"),
        ],
        before,
        "inputs untouched"
    );
}

#[test]
fn latest_reports_each_country_once_in_pdfs_and_cohort() {
    let dir = tempfile::tempdir().expect("temp dir");
    let examples = dir.path().join("examples");
    std::fs::create_dir(&examples).expect("folder");
    for name in [
        "costa-esmeralda-2025.toml",
        "exampleland-2024.toml",
        "exampleland-2026.toml",
    ] {
        std::fs::copy(
            crate::util::root()
                .join("questionnaires/examples")
                .join(name),
            examples.join(name),
        )
        .expect("copy");
    }
    let out = dir.path().join("out");
    let cohort = dir.path().join("cohort.pdf");
    let run = cyberassess()
        // Not --quiet: the summary line, which says what --latest left out, is a note.
        .args(["report", "--latest"])
        .arg(&examples)
        .arg("-o")
        .arg(&out)
        .arg("--cohort")
        .arg(&cohort)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["costa-esmeralda-2025.pdf", "exampleland-2026.pdf"],
        "Exampleland's 2024 assessment is left out"
    );
    let doc = lopdf::Document::load(&cohort).expect("cohort PDF");
    let cover = doc.extract_text(&[1]).expect("text");
    assert!(cover.contains("2 assessments from 2 countries"), "{cover}");
    assert!(
        stderr.contains("left out 1 assessment that is not its country's latest (--latest)"),
        "{stderr}"
    );
}
