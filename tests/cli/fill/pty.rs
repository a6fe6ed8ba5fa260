//! `cyberassess fill` in a real pseudo-terminal, with the screen it shows: every byte it writes
//! goes through a terminal emulator of the same size, so a test reads the screen as a person
//! in front of it would.

use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{PtySession, spawn_command};

/// Enough for a debug build on a busy machine; a passing run takes well under a second.
const TIMEOUT_MS: u64 = 10_000;
pub(super) const ENTER: &str = "\r";
pub(super) const DOWN: &str = "\x1b[B";

/// A `cyberassess fill` run in a pseudo-terminal.
pub(super) struct Fill {
    session: PtySession,
    screen: vt100::Parser,
}

impl Fill {
    /// Starts `cyberassess fill FILE ARGS...` in a 100 × 40 terminal, with colours off.
    pub(super) fn start(path: &Path, args: &[&str]) -> Fill {
        Fill::sized(path, args, 100, 40)
    }

    /// Starts `cyberassess fill FILE ARGS...` in a terminal of `cols` × `rows`.
    pub(super) fn sized(path: &Path, args: &[&str], cols: u16, rows: u16) -> Fill {
        let bin = assert_cmd::cargo::cargo_bin("cyberassess");
        let mut cmd = Command::new("sh");
        // `stty` gives the pseudo-terminal a size, as a terminal window has; `exec` keeps the
        // pid.
        cmd.arg("-c")
            .arg(format!(
                "stty cols {cols} rows {rows} && exec \"$0\" \"$@\""
            ))
            .arg(bin)
            .arg("fill")
            .arg(path)
            .args(args)
            .current_dir(crate::util::root())
            .env("NO_COLOR", "1")
            .env("TERM", "xterm");
        for name in crate::util::LANGUAGE_VARIABLES {
            cmd.env_remove(name);
        }
        Fill {
            session: spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawns in a pty"),
            screen: vt100::Parser::new(
                NonZeroU16::new(rows).expect("rows"),
                NonZeroU16::new(cols).expect("columns"),
                0,
            ),
        }
    }

    /// Waits until `text` is written; returns what was written before it.
    pub(super) fn expect(&mut self, text: &str) -> String {
        // The session reads bytes, each as one character: a needle outside ASCII is looked for
        // byte by byte, and what was read goes to the terminal as the bytes it was.
        let needle: String = text.bytes().map(char::from).collect();
        match self.session.exp_string(&needle) {
            Ok(before) => {
                let bytes: Vec<u8> = before.chars().map(|c| c as u8).collect();
                self.screen.process(&bytes);
                self.screen.process(text.as_bytes());
                String::from_utf8_lossy(&bytes).into_owned()
            }
            Err(e) => panic!(
                "the screen never showed {text:?} ({e}); it shows:\n{}",
                self.screen()
            ),
        }
    }

    /// Types `keys`.
    pub(super) fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("sends keys");
        self.session.flush().expect("flushes");
    }

    /// Answers the details of a new file: `country`, `assessors` (Enter for none), today's date
    /// and the preselected target.
    pub(super) fn details(&mut self, country: &str, assessors: &str) {
        self.details_in("en", country, assessors);
    }

    /// [`Fill::details`], with the prompts in language `lang` (`en`, `es`, `fr` or `pt`).
    pub(super) fn details_in(&mut self, lang: &str, country: &str, assessors: &str) {
        let prompts = match lang {
            "es" => [
                "se evalúa?",
                "punto y coma",
                "año-mes-día",
                "¿A qué etapa se aspira?",
            ],
            "fr" => [
                "Quel pays",
                "points-virgules",
                "année-mois-jour",
                "Quel stade visez-vous",
            ],
            "pt" => [
                "Qual país",
                "ponto e vírgula",
                "ano-mês-dia",
                "Qual estágio é almejado",
            ],
            _ => [
                "is assessed?",
                "separated by semicolons",
                "year-month-day",
                "Which stage do you aim for?",
            ],
        };
        self.expect(prompts[0]);
        self.send(&format!("{country}{ENTER}"));
        self.expect(prompts[1]);
        self.send(&format!("{assessors}{ENTER}"));
        self.expect(prompts[2]);
        self.send(ENTER);
        self.expect(prompts[3]);
        self.send(ENTER);
    }

    /// Presses Ctrl-C.
    pub(super) fn ctrl_c(&mut self) {
        self.session.send_control('c').expect("Ctrl-C");
    }

    /// The screen as shown so far, one line per row, without trailing spaces.
    pub(super) fn screen(&self) -> String {
        self.screen.screen().contents()
    }

    /// Waits for the exit and returns the exit code.
    pub(super) fn exit_code(&self) -> i32 {
        match self.session.process().wait().expect("waits") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit normally: {other:?}"),
        }
    }

    /// Kills the process with `kill -9`, at once.
    pub(super) fn kill(&mut self) {
        self.session
            .process_mut()
            .kill(Signal::SIGKILL)
            .expect("kill -9");
        let _ = self.session.process().wait();
    }
}
