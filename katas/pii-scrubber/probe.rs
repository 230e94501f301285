use crate::Rng;
use pii_scrubber::scrub;

pub struct Input {
    line: String,
}

/// Short pieces for the last quarter of the line: every kind of match (each replaced), text kept
/// between them, and non-ASCII text that must come out unchanged.
const PIECES: [&str; 9] = [
    "a@b.co ",
    "078-05-1120 ",
    "555-123-4567 ",
    "(555) 123-4567 ",
    "4111111111111111 ",
    "4111 1111 1111 1111 ",
    "id=7 ",
    "x ",
    "été 日本 ",
];

/// One log line of about n bytes holding every worst case of the O(n) target, each growing
/// with n, in this order:
/// - a quarter: 4-byte emoji, which must come out unchanged: cheap to scan, but they make the
///   output long early, so every piece written after them is written behind a long output;
/// - a quarter: one token of local-part characters with no '@', so an e-mail scan that
///   restarts at every position inside it is O(n^2);
/// - a quarter: one run of digits, which is also a local-part run, and inside which every
///   card, phone and SSN shape is tried; a shape that reads the rest of the run before it
///   checks the left boundary is O(n^2);
/// - a quarter: short random pieces from `PIECES`, a match or a kept stretch every 5 bytes
///   or so.
/// The output is built from O(n) pieces (kept stretches and replacements), so a scrubber that
/// copies what it has written so far for each piece (`out = format!("{out}{piece}")`) is
/// O(n^2); its copies are memcpy-cheap beside the per-piece work, so that cost only dominates
/// from a few thousand bytes of output on, near the top of the measured sizes.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let letters = b"abcdefghijklmnopqrstuvwxyz0123456789.-_";
    let mut line = String::with_capacity(n + 100);
    line.push_str("msg=");
    while line.len() < n / 4 {
        line.push(['🦀', '🌍'][rng.below(2) as usize]);
    }
    line.push_str(" auth token=");
    for _ in 0..n / 4 {
        line.push(letters[rng.below(letters.len() as u64) as usize] as char);
    }
    line.push_str(" ref=");
    for _ in 0..n / 4 {
        line.push(char::from(b'0' + rng.below(10) as u8));
    }
    line.push(' ');
    let end = line.len() + n / 4;
    while line.len() < end {
        line.push_str(PIECES[rng.below(PIECES.len() as u64) as usize]);
    }
    line.push('✓');
    Input { line }
}

pub fn run(input: Input) -> u64 {
    scrub(&input.line).len() as u64
}
