//! `cyberassess guide`: pages on the file formats, the method and the exit codes, for people who
//! have the binary but not the repository. The text is the README's own sections, between
//! `<!-- guide:NAME -->` and `<!-- /guide -->` markers, built into the binary: one text to keep
//! up to date, and a test fails when a page's markers are missing.

use clap::ValueEnum;

use crate::cli::{GuideArgs, Topic};
use crate::error::Status;

use super::output::emit;

/// The README, of which the guide is a part.
const README: &str = include_str!("../../README.md");

/// Runs `guide`.
pub(crate) fn run(args: &GuideArgs) -> anyhow::Result<Status> {
    let text = match args.topic {
        Some(topic) => page(topic)
            .ok_or_else(|| {
                anyhow::anyhow!("the guide page {} is missing; this is a bug", name(topic))
            })?
            .to_owned(),
        None => contents(),
    };
    emit(None, text.as_bytes())?;
    Ok(Status::Success)
}

/// The page's name as typed on the command line (`exit-codes`).
fn name(topic: Topic) -> String {
    topic
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_owned())
}

/// The list of pages, with what each holds.
fn contents() -> String {
    let mut text =
        String::from("The guide has these pages; print one with `cyberassess guide PAGE`:\n\n");
    for topic in Topic::value_variants() {
        if let Some(value) = topic.to_possible_value() {
            let help = value
                .get_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            text.push_str(&format!("  {:<12}{help}\n", value.get_name()));
        }
    }
    text.push_str("\nThe manual page: `cyberassess man --help` says how to install it.\n");
    text
}

/// The README section marked for `topic`, from its heading to its end marker.
fn page(topic: Topic) -> Option<&'static str> {
    let start = format!("<!-- guide:{} -->\n", name(topic));
    let from = README.find(&start)? + start.len();
    let len = README[from..].find("<!-- /guide -->")?;
    Some(&README[from..from + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_a_marked_readme_section() {
        for &topic in Topic::value_variants() {
            let text = page(topic).unwrap_or_else(|| panic!("no README section for {topic:?}"));
            assert!(
                text.starts_with("## "),
                "{topic:?} starts with its heading: {text}"
            );
            assert!(text.lines().count() > 5, "{topic:?}: {text}");
            assert!(
                !text.contains("<!--"),
                "{topic:?} holds another marker: {text}"
            );
        }
        assert!(page(Topic::Method).is_some_and(|t| t.contains("**`gated`**")));
        assert!(page(Topic::ExitCodes).is_some_and(|t| t.contains("| 130 |")));
    }
}
