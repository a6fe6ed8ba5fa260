//! What every page of the Word report carries: the header with the draft mark, the title and
//! the marking, and the footer with the questionnaire and "page X of Y" in the report's
//! language (Word fills in the numbers).

use docx_rs::{Footer, Header, NumPages, PageNum, Paragraph, Run, Tab, TabValueType};

use super::WARNING;
use super::package::clean;
use crate::i18n::Locale;
use crate::report;
use crate::t;

/// The header: the draft mark, then the title on the left and the marking on the right.
pub(super) fn header(running: &report::Running, width: usize) -> Header {
    let mut h = Header::new();
    if let Some(draft) = &running.draft {
        h = h.add_paragraph(
            Paragraph::new()
                .style("SmallPrint")
                .add_run(Run::new().bold().color(WARNING).add_text(clean(draft))),
        );
    }
    let mut line = Paragraph::new()
        .style("SmallPrint")
        .add_tab(Tab::new().val(TabValueType::Right).pos(width))
        .add_run(Run::new().add_text(clean(&running.title)));
    if let Some(marking) = &running.marking {
        line = line.add_run(
            Run::new()
                .add_tab()
                .bold()
                .color("000000")
                .add_text(clean(marking)),
        );
    }
    h.add_paragraph(line)
}

/// The footer: the questionnaire on the left, "page X of Y" (in the report's language) on the
/// right, with Word's fields for the page number and count.
pub(super) fn footer(running: &report::Running, locale: Locale, width: usize) -> Footer {
    let [before, between, after] = page_words(locale);
    let mut line = Paragraph::new()
        .style("SmallPrint")
        .add_tab(Tab::new().val(TabValueType::Right).pos(width))
        .add_run(Run::new().add_text(clean(&running.footer)))
        .add_run(Run::new().add_tab().add_text(before))
        .add_page_num(PageNum::new())
        .add_run(Run::new().add_text(between))
        .add_num_pages(NumPages::new());
    if !after.is_empty() {
        line = line.add_run(Run::new().add_text(after));
    }
    Footer::new().add_paragraph(line)
}

/// The words of "page X of Y" around its two numbers: `["page ", " of ", ""]`. The message is
/// looked up with markers in place of the numbers, and cut there, so that each language keeps
/// its own order.
fn page_words(locale: Locale) -> [String; 3] {
    const PAGE: char = '\u{E000}';
    const COUNT: char = '\u{E001}';
    let text = t!(
        locale,
        "report-page",
        page = PAGE.to_string(),
        count = COUNT.to_string()
    );
    match text
        .split_once(PAGE)
        .map(|(a, rest)| (a, rest.split_once(COUNT)))
    {
        Some((before, Some((between, after)))) => {
            [before.to_owned(), between.to_owned(), after.to_owned()]
        }
        _ => ["page ".to_owned(), " of ".to_owned(), String::new()],
    }
}
