// learner: optimal
// idiom: Koka: a tail-recursive "step" over two Chars cursors written as a trampoline -- each step returns an enum Step { Continue, Done(bool) } and the driver loops
//! Palindrome check without a copy: see README.md.

use std::str::Chars;

/// One step of the (would-be tail-recursive) comparison.
enum Step {
    Continue,
    Done(bool),
}

/// The next alphanumeric char from the front.
fn next_alnum(it: &mut Chars<'_>) -> Option<char> {
    loop {
        match it.next() {
            Some(c) if c.is_alphanumeric() => return Some(c),
            Some(_) => continue,
            None => return None,
        }
    }
}

/// The next alphanumeric char from the back.
fn prev_alnum(it: &mut Chars<'_>) -> Option<char> {
    loop {
        match it.next_back() {
            Some(c) if c.is_alphanumeric() => return Some(c),
            Some(_) => continue,
            None => return None,
        }
    }
}

fn same(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

/// Consume one pair from the two ends. `Chars` never lets the ends cross.
fn step(it: &mut Chars<'_>) -> Step {
    match next_alnum(it) {
        None => Step::Done(true),
        Some(a) => match prev_alnum(it) {
            None => Step::Done(true), // `a` was the middle character
            Some(b) if same(a, b) => Step::Continue,
            Some(_) => Step::Done(false),
        },
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars();
    loop {
        match step(&mut it) {
            Step::Continue => continue,
            Step::Done(answer) => return answer,
        }
    }
}
