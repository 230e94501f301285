//! `kata list`'s table. On a terminal it fits the width: the topics, then
//! the titles, are cut with an ellipsis (`…`); in a pipe nothing is cut,
//! so `grep` and scripts see every word.

use crate::engine::actions::CatalogueRow;

/// The columns between the title and the topics: level, status, hints.
const LEVEL_W: usize = 6;
const STATUS_W: usize = 8;
const HINTS_W: usize = 5;
/// What a column keeps at least, however narrow the terminal.
const MIN_TITLE: usize = 12;
const MIN_TOPICS: usize = 16;

/// The terminal's width, when stdout is one.
pub fn terminal_width() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}

/// `text` cut to `width` characters, the last one an ellipsis.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// The table (header and rows), fitted to `width` when given.
pub fn table(rows: &[CatalogueRow], width: Option<usize>) -> String {
    let id_w = rows.iter().map(|k| k.id.len()).max().unwrap_or(2).max(2);
    let title_full = rows
        .iter()
        .map(|k| k.title.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let topics = |k: &CatalogueRow| k.topics.join(", ");
    let topics_full = rows
        .iter()
        .map(|k| topics(k).chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    // Two spaces between columns.
    let fixed = id_w + LEVEL_W + STATUS_W + HINTS_W + 2 * 5;
    let (title_w, topics_w) = match width {
        Some(width) if fixed + title_full + topics_full > width => {
            let room = width.saturating_sub(fixed);
            // The topics give way first, down to their minimum; then the title.
            let topics_w = topics_full.min(room.saturating_sub(title_full).max(MIN_TOPICS));
            let title_w = room.saturating_sub(topics_w).clamp(MIN_TITLE, title_full);
            (title_w, topics_w)
        }
        _ => (title_full, topics_full),
    };
    // Narrower than the columns' minimums: each line is cut at the edge.
    let edge = |line: String| match width {
        Some(width) => fit(line.trim_end(), width),
        None => line.trim_end().to_string(),
    };
    let mut out = edge(format!(
        "{:id_w$}  {:title_w$}  {:LEVEL_W$}  {:STATUS_W$}  {:HINTS_W$}  TOPICS",
        "ID", "TITLE", "LEVEL", "STATUS", "HINTS"
    ));
    out.push('\n');
    for k in rows {
        let line = format!(
            "{:id_w$}  {:title_w$}  {:LEVEL_W$}  {:STATUS_W$}  {:HINTS_W$}  {}",
            k.id,
            fit(&k.title, title_w),
            k.difficulty,
            k.status.as_str(),
            format!("{}/{}", k.hints_shown, k.hints_total),
            fit(&topics(k), topics_w),
        );
        out.push_str(&edge(line));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::Status;
    use expect_test::{expect, Expect};

    fn rows() -> Vec<CatalogueRow> {
        let row = |id: &str, title: &str, topics: &[&str], status| CatalogueRow {
            id: id.into(),
            title: title.into(),
            difficulty: "medium".into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            status,
            hints_shown: 1,
            hints_total: 3,
            lib_path: None,
        };
        vec![
            row(
                "pair-sum",
                "Pairs that sum to a target",
                &["hash-set", "two-pointers"],
                Status::Solved,
            ),
            row(
                "checkpoint-extract",
                "Incremental extraction with a crash-safe checkpoint",
                &["data-pipelines", "idempotency", "hash-set", "traits"],
                Status::New,
            ),
            row("lru-cache", "LRU cache", &["design"], Status::Started),
        ]
    }

    fn check(width: Option<usize>, expect: Expect) {
        let text = table(&rows(), width);
        if let Some(width) = width {
            for line in text.lines() {
                assert!(line.chars().count() <= width, "{line:?}");
            }
        }
        expect.assert_eq(&text);
    }

    #[test]
    fn a_pipe_cuts_nothing() {
        check(
            None,
            expect![[r#"
                ID                  TITLE                                                LEVEL   STATUS    HINTS  TOPICS
                pair-sum            Pairs that sum to a target                           medium  solved    1/3    hash-set, two-pointers
                checkpoint-extract  Incremental extraction with a crash-safe checkpoint  medium  new       1/3    data-pipelines, idempotency, hash-set, traits
                lru-cache           LRU cache                                            medium  started   1/3    design
            "#]],
        );
    }

    #[test]
    fn a_narrow_terminal_cuts_topics_then_titles_with_an_ellipsis() {
        check(
            Some(80),
            expect![[r#"
                ID                  TITLE              LEVEL   STATUS    HINTS  TOPICS
                pair-sum            Pairs that sum t…  medium  solved    1/3    hash-set, two-p…
                checkpoint-extract  Incremental extr…  medium  new       1/3    data-pipelines,…
                lru-cache           LRU cache          medium  started   1/3    design
            "#]],
        );
    }

    #[test]
    fn a_very_narrow_terminal_cuts_every_line_at_the_edge() {
        check(
            Some(50),
            expect![[r#"
            ID                  TITLE         LEVEL   STATUS …
            pair-sum            Pairs that …  medium  solved …
            checkpoint-extract  Incremental…  medium  new    …
            lru-cache           LRU cache     medium  started…
        "#]],
        );
    }

    #[test]
    fn a_wide_terminal_cuts_only_the_topics() {
        check(
            Some(120),
            expect![[r#"
                ID                  TITLE                                                LEVEL   STATUS    HINTS  TOPICS
                pair-sum            Pairs that sum to a target                           medium  solved    1/3    hash-set, two-pointers
                checkpoint-extract  Incremental extraction with a crash-safe checkpoint  medium  new       1/3    data-pipelines, idemp…
                lru-cache           LRU cache                                            medium  started   1/3    design
            "#]],
        );
    }
}
