//! `cyberassess completions` and `cyberassess man`: the shell completion scripts and the manual
//! pages, generated from the command-line definition itself so they cannot fall behind it.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::Status;

use super::output::{emit, note, write_atomic};

/// Runs `completions`: the script for one shell, on standard output.
pub(crate) fn completions(args: &CompletionsArgs) -> anyhow::Result<Status> {
    emit(None, &completion_script(args.shell))?;
    Ok(Status::Success)
}

/// The completion script for `shell`. Built-in questionnaire ids are offered wherever a
/// questionnaire is asked for.
pub(crate) fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "cyberassess", &mut script);
    script
}

/// Runs `man`: the main page on standard output, or written into a folder (with `--all`, one
/// page per command too).
pub(crate) fn man(args: &ManArgs) -> anyhow::Result<Status> {
    let pages = man_pages(args.all)?;
    match &args.output {
        None => emit(None, &pages[0].1)?,
        Some(folder) => {
            for (name, page) in &pages {
                write_atomic(&folder.join(name), page)?;
            }
            note!(
                "wrote {} in {}; read it with: man -l {}",
                match pages.len() {
                    1 => "1 manual page".to_owned(),
                    n => format!("{n} manual pages"),
                },
                folder.display(),
                folder.join(&pages[0].0).display()
            );
        }
    }
    Ok(Status::Success)
}

/// The manual pages as (file name, roff text): `cyberassess.1` first, then with `all` one per
/// command and sub-command (`cyberassess-score.1`, `cyberassess-schema-answers.1`).
pub(crate) fn man_pages(all: bool) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    add_pages(&cmd, all, &mut pages)?;
    Ok(pages)
}

fn add_pages(
    cmd: &clap::Command,
    all: bool,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> anyhow::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render(&mut page)?;
    pages.push((man.get_filename(), page));
    if all {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            add_pages(sub, all, pages)?;
        }
    }
    Ok(())
}
