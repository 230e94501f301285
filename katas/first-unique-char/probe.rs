use crate::Rng;
use first_unique_char::first_unique_char;

pub type Input = String;

/// n chars, every one of them repeated (up to 20_000 distinct CJK characters),
/// shuffled: no unique character, so the whole string must be examined.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let distinct = (n / 2).clamp(1, 20_000) as u32;
    let mut chars: Vec<char> = (0..n)
        .map(|i| char::from_u32(0x4E00 + (i as u32 / 2) % distinct).unwrap())
        .collect();
    if n % 2 == 1 {
        // Keep every character repeated: turn the lone last char into a copy of the first.
        chars[n - 1] = chars[0];
    }
    rng.shuffle(&mut chars);
    chars.into_iter().collect()
}

pub fn run(input: Input) -> u64 {
    first_unique_char(&input).map_or(0, u64::from)
}
