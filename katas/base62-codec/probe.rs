use crate::Rng;
use base62_codec::Shortener;

pub struct Input {
    urls: Vec<String>,
}

/// `n` distinct URLs with a long common prefix, in random order. The order
/// is drawn before the strings are made, so each string lies in memory
/// next to the one the run reads before it: shuffling made strings reads
/// them all over the heap, and from some 8 000 URLs on the cache misses
/// added a growth of their own (a correct shortener measured n^1.39 to
/// n^1.48 against the 1.45 limit).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let urls = order.iter().map(|i| format!("https://example.com/articles/{i:08}")).collect();
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
