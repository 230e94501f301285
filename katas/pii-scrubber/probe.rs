use crate::Rng;
use pii_scrubber::scrub;

pub struct Input {
    line: String,
}

/// One log line dominated by an n-byte token of local-part characters with no '@' (the worst
/// case for restarting the e-mail scan at every position), followed by a few real matches.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789.-_";
    let mut line = String::with_capacity(n + 100);
    line.push_str("auth token=");
    for _ in 0..n {
        line.push(alphabet[rng.below(alphabet.len() as u64) as usize] as char);
    }
    line.push_str(" user=ana@example.org ssn=078-05-1120 cc=4111 1111 1111 1111 ✓");
    Input { line }
}

pub fn run(input: Input) -> u64 {
    scrub(&input.line).len() as u64
}
