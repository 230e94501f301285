use crate::Rng;
use base62_codec::Shortener;

pub struct Input {
    urls: Vec<String>,
}

/// `n` distinct URLs with a long common prefix, in random order.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut urls: Vec<String> = (0..n).map(|i| format!("https://example.com/articles/{i:08}")).collect();
    rng.shuffle(&mut urls);
    Input { urls }
}

/// Shortens every URL, then every URL once more (all repeats), then expands
/// every code: O(n) with a reverse map, O(n^2) with a linear search.
pub fn run(input: Input) -> u64 {
    let mut s = Shortener::new();
    let mut acc = 0u64;
    for url in &input.urls {
        acc += s.shorten(url).len() as u64;
    }
    for url in &input.urls {
        let code = s.shorten(url);
        acc += s.expand(&code).map_or(0, |u| u.len() as u64);
    }
    acc
}
