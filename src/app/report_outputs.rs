//! Where `cyberassess report` writes: each report's file, known from the first pass before
//! anything is written (two inputs never share one, no output replaces an input), and what is
//! said once they are written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use cyberassess::loader::{LoadedBatch, Loader};
use cyberassess::t;

use crate::cli::ReportArgs;
use crate::error::UsageError;

use super::batch::inputs;
use super::language;
use super::output::{note, refuse_overwriting_inputs, say};
use super::report_name::report_file_name;

/// Refuses outputs that would replace an input, and says when `-o` got its extension added.
pub(super) fn check_outputs(
    args: &ReportArgs,
    loader: &Loader,
    loaded: &LoadedBatch,
    targets: &HashMap<String, PathBuf>,
) -> anyhow::Result<()> {
    let inputs = inputs(loader, loaded);
    // `-o` as typed counts too: `-o answers.toml` is a slip, even though `.pdf` would be added.
    let outputs = targets
        .values()
        .map(PathBuf::as_path)
        .chain(args.cohort.as_deref())
        .chain(args.output.as_deref());
    refuse_overwriting_inputs(outputs, inputs.iter().map(PathBuf::as_path))?;
    if let Some(typed) = &args.output
        && let Some(renamed) = targets
            .values()
            .find(|t| *t == &report_file_name(typed, args.format))
        && renamed != typed
    {
        // Shown even with --quiet: the file is not where the user said.
        let text = t!(
            language::interface(),
            "app-report-renamed",
            file = renamed.display().to_string(),
            extension = args.format.extension()
        );
        say!("{text}");
    }
    Ok(())
}

/// Says what was written (each file, or the folder for a large batch) and each failure;
/// returns how many were written and how many failed.
pub(super) fn tell_written(
    results: Vec<anyhow::Result<(PathBuf, usize)>>,
    targets: &HashMap<String, PathBuf>,
) -> (usize, usize) {
    let (mut written, mut failed) = (0usize, 0usize);
    let many = targets.len() > 20;
    for result in results {
        match result {
            Ok((path, size)) => {
                written += 1;
                if !many {
                    note!(
                        "{}",
                        t!(
                            language::interface(),
                            "app-wrote-report",
                            file = path.display().to_string(),
                            size = size.div_ceil(1024)
                        )
                    );
                }
            }
            Err(err) => {
                failed += 1;
                let error = t!(language::interface(), "diagnostics-level-error");
                say!("{error}: {err:#}");
            }
        }
    }
    if many && written > 0 {
        let folder = targets
            .values()
            .next()
            .and_then(|p| p.parent())
            .unwrap_or(Path::new("."));
        note!(
            "{}",
            t!(
                language::interface(),
                "app-wrote-reports",
                count = written,
                folder = folder.display().to_string()
            )
        );
    }
    (written, failed)
}

/// Where each assessment's PDF goes, by its source name. `-o` is the file for a single answers
/// file named on the command line; otherwise a folder (default `reports/`). Files found in a
/// folder keep their place below it, so `a/x.toml` and `b/x.toml` do not collide.
pub(super) fn output_paths(
    args: &ReportArgs,
    names: &[&str],
) -> anyhow::Result<HashMap<String, PathBuf>> {
    let (inputs, output) = (&args.files, args.output.as_deref());
    let single_file = inputs.len() == 1 && !inputs[0].is_dir();
    let into_folder = |o: &Path| {
        !single_file || o.is_dir() || o.as_os_str().to_string_lossy().ends_with(['/', '\\'])
    };
    let folder = match output {
        Some(o) if !into_folder(o) => {
            let file = report_file_name(o, args.format);
            return Ok(names
                .iter()
                .map(|name| ((*name).to_owned(), file.clone()))
                .collect());
        }
        Some(o) => o.to_path_buf(),
        None => PathBuf::from("reports"),
    };
    let mut targets = HashMap::new();
    let mut taken: HashMap<PathBuf, &str> = HashMap::new();
    for &name in names {
        let source = Path::new(name);
        let relative = inputs
            .iter()
            .filter(|i| i.is_dir())
            .find_map(|dir| source.strip_prefix(dir).ok())
            .map_or_else(
                || PathBuf::from(source.file_name().unwrap_or_default()),
                Path::to_path_buf,
            );
        let target = folder.join(relative.with_extension(args.format.extension()));
        if let Some(other) = taken.insert(target.clone(), name) {
            return Err(UsageError::Invalid(t!(
                language::interface(),
                "app-report-collide",
                first = other,
                second = name,
                file = target.display().to_string()
            ))
            .into());
        }
        targets.insert(name.to_owned(), target);
    }
    Ok(targets)
}
