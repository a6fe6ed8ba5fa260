//! `cyberassess check`: validate questionnaires, answers files and translations, report every
//! problem, exit 0/1.

use std::io::Write;

use crate::cli::CheckArgs;
use crate::error::Status;
use cyberassess::loader::{Checked, FileReport, Loader, expand};
use cyberassess::model::texts_of;
use cyberassess::t;

use super::language;
use super::output::{Stdout, note, print_report, stdout_error};
use super::template::language_name;

/// Runs `check`.
pub(crate) fn run(args: &CheckArgs) -> anyhow::Result<Status> {
    let loader = Loader::new().with_today(super::today());
    let locale = language::interface();
    let (mut errors, mut warnings, mut bad_files) = (0, 0, 0);
    let mut out = Stdout::new();
    // Folders are searched like `score` and `report` do; both kinds of file found are checked.
    let inputs = expand(&args.files);
    for report in &inputs.problems {
        print_report(report);
        errors += report.diagnostics.iter().filter(|d| d.is_error()).count();
    }
    for input in &inputs.files {
        let path = &input.path;
        let reports = match loader.check(path) {
            Ok(Checked::Questionnaire(q)) => {
                let qq = &q.questionnaire;
                let line = t!(
                    locale,
                    "app-check-questionnaire",
                    file = path.display().to_string(),
                    id = qq.id.as_str(),
                    version = qq.version.to_string(),
                    pillars = qq.pillars.len(),
                    questions = qq.question_count(),
                    stages = qq.stage_count(),
                    method = qq.scoring.method.as_str()
                );
                writeln!(out, "{line}").map_err(stdout_error)?;
                vec![FileReport::new(q.source.clone(), q.warnings.clone())]
            }
            Ok(Checked::Assessment(a)) => {
                let answered = a.assessment.answers.len();
                let q = &a.questionnaire.questionnaire;
                let country = match a.assessment.info.country.as_str() {
                    "" => t!(locale, "app-check-no-country"),
                    country => country.to_owned(),
                };
                let line = t!(
                    locale,
                    "app-check-answers",
                    file = path.display().to_string(),
                    id = q.id.as_str(),
                    version = q.version.to_string(),
                    country = country,
                    answered = answered,
                    total = q.question_count()
                );
                writeln!(out, "{line}").map_err(stdout_error)?;
                vec![FileReport::new(a.source, a.warnings)]
            }
            Ok(Checked::Translation(t)) => {
                let q = &t.questionnaire.questionnaire;
                let total = texts_of(q).len();
                let given = t.translation.texts.len();
                let line = t!(
                    locale,
                    "app-check-translation",
                    file = path.display().to_string(),
                    language = language_name(&t.translation.language, locale),
                    tag = t.translation.language.to_string(),
                    id = q.id.as_str(),
                    version = q.version.to_string(),
                    given = given,
                    total = total
                );
                writeln!(out, "{line}").map_err(stdout_error)?;
                vec![FileReport::new(t.source, t.warnings)]
            }
            Err(reports) => {
                bad_files += 1;
                reports
            }
        };
        // What was printed on standard output comes before the problems that follow it.
        out.flush().map_err(stdout_error)?;
        for report in &reports {
            print_report(report);
            for d in &report.diagnostics {
                if d.is_error() {
                    errors += 1;
                } else {
                    warnings += 1;
                }
            }
        }
    }
    out.finish()?;
    let files = inputs.files.len();
    let mut summary = t!(
        locale,
        "app-checked",
        files = files,
        errors = errors,
        warnings = warnings
    );
    if bad_files > 0 {
        summary.push(' ');
        summary.push_str(&t!(locale, "app-checked-unusable", count = bad_files));
    }
    note!("{summary}");
    Ok(if errors > 0 || (args.strict && warnings > 0) {
        Status::Problems
    } else {
        Status::Success
    })
}
