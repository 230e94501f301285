use crate::Rng;
use inverted_index::Index;

pub struct Input {
    index: Index,
}

/// n documents over a small vocabulary: "alpha" in about half of them,
/// "beta" in about a third, "gamma" in about a quarter. Not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let docs: Vec<String> = (0..n)
        .map(|_| {
            let mut d = format!("filler{} filler{}", rng.below(20), rng.below(20));
            if rng.below(2) == 0 {
                d.push_str(" alpha");
            }
            if rng.below(3) == 0 {
                d.push_str(" beta");
            }
            if rng.below(4) == 0 {
                d.push_str(" gamma");
            }
            d
        })
        .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    Input { index: Index::new(&refs) }
}

/// A few AND queries, each over posting lists of sizes Θ(n).
pub fn run(input: Input) -> u64 {
    let mut hits = 0;
    for query in ["alpha beta", "gamma alpha", "beta gamma", "alpha beta gamma"] {
        hits += input.index.search(query).len() as u64;
    }
    // One ranked query: its results (about n/24 documents) scored and sorted.
    hits + input.index.ranked("alpha beta gamma").len() as u64
}
