// learner: optimal
// idiom: Koka: explicit state record (lo, hi byte offsets) threaded through a pure `advance` function; chars decoded in place at each offset, no iterator adaptors
//! Palindrome check without a copy: see README.md.

/// The whole state of the scan: two byte offsets into the original text.
/// Invariant: `lo` and `hi` are char boundaries and `lo <= hi`; the
/// unexamined middle is `s[lo..hi]`.
#[derive(Clone, Copy)]
struct Cursors {
    lo: usize,
    hi: usize,
}

enum Verdict {
    Keep(Cursors),
    Stop(bool),
}

/// The char starting at `lo` (front side), with its width.
fn front(s: &str, lo: usize) -> Option<(char, usize)> {
    s[lo..].chars().next().map(|c| (c, c.len_utf8()))
}

/// The char ending at `hi` (back side), with its width.
fn back(s: &str, hi: usize) -> Option<(char, usize)> {
    s[..hi].chars().next_back().map(|c| (c, c.len_utf8()))
}

fn advance(s: &str, cur: Cursors) -> Verdict {
    let Cursors { lo, hi } = cur;
    if lo >= hi {
        return Verdict::Stop(true);
    }
    match (front(s, lo), back(s, hi)) {
        (Some((a, wa)), _) if !a.is_alphanumeric() => Verdict::Keep(Cursors { lo: lo + wa, hi }),
        (_, Some((b, wb))) if !b.is_alphanumeric() => Verdict::Keep(Cursors { lo, hi: hi - wb }),
        (Some((a, wa)), Some((b, wb))) => match a.to_lowercase().eq(b.to_lowercase()) {
            true => Verdict::Keep(Cursors { lo: lo + wa, hi: (hi - wb).max(lo + wa) }),
            false => Verdict::Stop(false),
        },
        _ => Verdict::Stop(true),
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut cur = Cursors { lo: 0, hi: s.len() };
    loop {
        match advance(s, cur) {
            Verdict::Keep(next) => cur = next,
            Verdict::Stop(answer) => return answer,
        }
    }
}
