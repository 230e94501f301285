use crate::Rng;
use reverse_in_place::reverse_in_place;

pub type Input = String;

/// n random chars of 1 to 4 bytes each.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    const CHARS: &[char] = &['a', 'Z', ' ', 'é', 'ß', '語', '€', '🦀', '😀'];
    (0..n).map(|_| CHARS[rng.below(CHARS.len() as u64) as usize]).collect()
}

pub fn run(mut input: Input) -> u64 {
    reverse_in_place(&mut input);
    input.len() as u64 + u64::from(input.as_bytes().first().copied().unwrap_or(0))
}
