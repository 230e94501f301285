use crate::Rng;
use inverted_index::Index;

pub struct Input {
    index: Index,
}

/// n documents: "alpha" in about half of them, "beta" in about a third,
/// each with some filler words. Indexing is not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let docs: Vec<String> = (0..n)
        .map(|i| {
            let mut d = format!("doc{} filler{}", i, rng.below(100));
            if rng.below(2) == 0 {
                d.push_str(" alpha");
            }
            if rng.below(3) == 0 {
                d.push_str(" beta");
            }
            d
        })
        .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    Input { index: Index::new(&refs) }
}

/// One AND query over two posting lists of sizes ~n/2 and ~n/3.
pub fn run(input: Input) -> u64 {
    input.index.search("alpha beta").len() as u64
}
