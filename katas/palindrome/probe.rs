use crate::Rng;
use palindrome::is_palindrome;

pub type Input = String;

/// A palindrome of about n chars with mixed case, punctuation and spaces:
/// the answer is `true`, so every character has to be compared.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    const ALPHABET: &[char] = &['a', 'b', 'X', 'y', '3', ' ', ',', 'é'];
    let half: Vec<char> = (0..n / 2)
        .map(|_| ALPHABET[rng.below(ALPHABET.len() as u64) as usize])
        .collect();
    let mut s: String = half.iter().collect();
    s.extend(half.iter().rev().map(|c| c.to_ascii_uppercase()));
    s
}

pub fn run(input: Input) -> u64 {
    is_palindrome(&input) as u64
}
