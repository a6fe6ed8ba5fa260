//! `cyberassess merge`: loads one answers file per respondent, checks that they can be merged
//! (same questionnaire and major version, same country unless `--country`), merges them, writes
//! the consensus file and prints the agenda of the disputed questions.

use std::path::Path;

use anyhow::Context;

use cyberassess::builtin;
use cyberassess::diagnostic::Code;
use cyberassess::loader::{FileReport, LoadedAssessment, Loader};
use cyberassess::merge::{Input, MergeError, Rule, merge};
use cyberassess::model::{Assessment, Status as AssessmentStatus};
use cyberassess::parse::{parse_answers, value_span};
use cyberassess::render::{AgendaFormat, agenda, answers_file};
use cyberassess::t;

use crate::cli::{AgendaFormat as Format, MergeArgs, MergeRule};
use crate::error::{Status, UsageError};

use super::output::{emit, note, print_report, say, table_width, write_atomic};
use super::template::reference_for;

/// Runs `merge`.
pub(crate) fn run(args: &MergeArgs) -> anyhow::Result<Status> {
    if args.output.exists() && !args.force {
        return Err(UsageError::Invalid(t!(
            super::language::interface(),
            "app-merge-exists",
            file = args.output.display().to_string()
        ))
        .into());
    }
    let loader = Loader::new();
    let mut loaded = Vec::new();
    let mut failed = false;
    for path in &args.files {
        match loader.assessment(path) {
            Ok(a) => loaded.push(a),
            Err(reports) => {
                reports.iter().for_each(print_report);
                failed = true;
            }
        }
    }
    if failed {
        say!("{}", t!(super::language::interface(), "app-merge-nothing"));
        return Ok(Status::Problems);
    }
    super::batch::warn_future_dates(&loaded);
    if let Some(report) = mismatch(&loaded, args.country.is_some()) {
        print_report(&report);
        return Ok(Status::Problems);
    }

    let names: Vec<String> = loaded
        .iter()
        .zip(&args.files)
        .map(|(a, path)| respondent_name(&a.assessment, path))
        .collect();
    let inputs: Vec<Input<'_>> = loaded
        .iter()
        .zip(&names)
        .map(|(a, name)| Input {
            name,
            assessment: &a.assessment,
        })
        .collect();
    let q = &loaded[0].questionnaire.questionnaire;
    let consensus = match merge(q, &inputs, rule(args.rule)) {
        Ok(c) => c,
        Err(MergeError::SameRespondent { name, input }) => {
            let source = loaded[input].source.clone();
            let span = value_span(&source.text, &["assessment", "assessors"]);
            print_report(&FileReport::new(
                source,
                vec![Code::RespondentInEarlierFile.error(span).with("name", name)],
            ));
            return Ok(Status::Problems);
        }
    };

    let first = &loaded[0];
    let mut info = first.assessment.info.clone();
    if let Some(country) = &args.country {
        info.country = country.clone();
    }
    info.assessed_on = loaded
        .iter()
        .filter_map(|a| a.assessment.info.assessed_on)
        .max();
    info.assessors = consensus.respondents.clone();
    info.marking = loaded
        .iter()
        .find_map(|a| a.assessment.info.marking.clone());
    info.status = Some(AssessmentStatus::Consensus);
    let merged = Assessment {
        info,
        targets: first.assessment.targets.clone(),
        overall_target: first.assessment.overall_target,
        answers: consensus.answers.clone(),
        records: consensus.records.clone(),
        unanswered_notes: Vec::new(),
    };
    let reference = output_reference(first, &args.files[0], &args.output);
    // The consensus file's comments are in the interface's language; its keys and values are
    // the same in every language.
    let locale = super::language::interface();
    write_atomic(
        &args.output,
        answers_file(
            loaded[0].questionnaire.texts_in(locale),
            &reference,
            &merged,
            locale,
        )
        .as_bytes(),
    )?;

    let format = match args.format {
        Format::Table => AgendaFormat::Table(table_width(true)),
        Format::Markdown => AgendaFormat::Markdown,
        Format::Csv => AgendaFormat::Csv,
        Format::Json => AgendaFormat::Json,
    };
    // People read the table and Markdown in the interface's language; programs read CSV and
    // JSON, which never change with it.
    let texts = match format {
        AgendaFormat::Table(_) | AgendaFormat::Markdown => loaded[0].questionnaire.texts_in(locale),
        AgendaFormat::Csv | AgendaFormat::Json => q,
    };
    let agenda = agenda(texts, &consensus, format, locale)
        .with_context(|| t!(locale, "app-merge-agenda-failed"))?;
    emit(None, &agenda)?;
    let done = t!(
        locale,
        "views-merge-done",
        count = consensus.respondents.len(),
        file = args.output.display().to_string(),
        disputed = consensus.disputed(),
        total = q.question_count()
    );
    note!("{done}");
    Ok(Status::Success)
}

fn rule(rule: MergeRule) -> Rule {
    match rule {
        MergeRule::Lowest => Rule::Lowest,
        MergeRule::Median => Rule::Median,
        MergeRule::None => Rule::None,
    }
}

/// A respondent's name: their file's assessors, or the file's name when it has none.
fn respondent_name(a: &Assessment, path: &Path) -> String {
    let assessors: Vec<&str> = a
        .info
        .assessors
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if assessors.is_empty() {
        path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        )
    } else {
        assessors.join(", ")
    }
}

/// The first file that cannot be merged with the first one: another questionnaire or major
/// version, or (without `--country`) another country; reported at the line that differs.
fn mismatch(loaded: &[LoadedAssessment], country_given: bool) -> Option<FileReport> {
    let first = loaded.first()?;
    let fq = &first.questionnaire.questionnaire;
    for other in &loaded[1..] {
        let oq = &other.questionnaire.questionnaire;
        let at = |path: &[&str]| value_span(&other.source.text, path);
        let problem = if oq.id != fq.id {
            Some(Code::MergeOtherQuestionnaire.error(at(&["questionnaire"])))
        } else if oq.version.major != fq.version.major || oq != fq {
            let span = parse_answers(&other.source.text)
                .value
                .and_then(|f| f.questionnaire_version.map(|v| v.span()))
                .or_else(|| at(&["questionnaire"]));
            Some(Code::MergeOtherVersion.error(span))
        } else if !country_given
            && other.assessment.info.country.trim() != first.assessment.info.country.trim()
        {
            Some(
                Code::MergeOtherCountry
                    .error(at(&["assessment", "country"]))
                    .with("country", &other.assessment.info.country)
                    .with("first_country", &first.assessment.info.country),
            )
        } else {
            None
        };
        if let Some(problem) = problem {
            let problem = problem
                .with("questionnaire", oq.id_version())
                .with("first", first.source.name.as_str())
                .with("first_questionnaire", fq.id_version());
            return Some(FileReport::new(other.source.clone(), vec![problem]));
        }
    }
    None
}

/// How the consensus file names the questionnaire: a built-in by its id, a questionnaire file
/// by its path relative to the consensus file.
fn output_reference(first: &LoadedAssessment, first_path: &Path, output: &Path) -> String {
    let written = parse_answers(&first.source.text)
        .value
        .map(|f| f.questionnaire.into_inner())
        .unwrap_or_else(|| first.questionnaire.questionnaire.id.clone());
    if !builtin::names_a_file(&written) {
        return reference_for(&written, Some(output));
    }
    let base = first_path.parent().unwrap_or(Path::new("."));
    reference_for(&base.join(&written).to_string_lossy(), Some(output))
}
