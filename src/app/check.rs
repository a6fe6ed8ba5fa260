//! `cyberassess check`: validate files, report every problem, exit 0/1.

use std::io::Write;

use crate::cli::CheckArgs;
use crate::error::Status;
use cyberassess::loader::{Checked, FileReport, Loader, expand};

use super::output::{Stdout, print_report, say, stdout_error};

/// Runs `check`.
pub(crate) fn run(args: &CheckArgs) -> anyhow::Result<Status> {
    let loader = Loader::new().with_today(super::today());
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
                writeln!(
                    out,
                    "ok: {} is questionnaire {} {} ({} pillars, {} questions, {} stages, {})",
                    path.display(),
                    qq.id,
                    qq.version,
                    qq.pillars.len(),
                    qq.question_count(),
                    qq.stage_count(),
                    qq.scoring.method.as_str()
                )
                .map_err(stdout_error)?;
                vec![FileReport::new(q.source.clone(), q.warnings.clone())]
            }
            Ok(Checked::Assessment(a)) => {
                let answered = a.assessment.answers.len();
                let q = &a.questionnaire.questionnaire;
                writeln!(
                    out,
                    "ok: {} answers {} {} for {} ({} of {} questions answered)",
                    path.display(),
                    q.id,
                    q.version,
                    match a.assessment.info.country.as_str() {
                        "" => "a country not named yet",
                        country => country,
                    },
                    answered,
                    q.question_count()
                )
                .map_err(stdout_error)?;
                vec![FileReport::new(a.source, a.warnings)]
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
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    say!(
        "checked {}: {}, {}{}",
        plural(files, "file"),
        plural(errors, "error"),
        plural(warnings, "warning"),
        if bad_files > 0 {
            format!(
                " ({} cannot be used until fixed)",
                plural(bad_files, "file")
            )
        } else {
            String::new()
        }
    );
    Ok(if errors > 0 || (args.strict && warnings > 0) {
        Status::Problems
    } else {
        Status::Success
    })
}
