use crate::Rng;
use inverted_index::Index;

pub struct Input {
    index: Index,
    /// AND queries of two rare words: 4 hits out of 12 postings.
    rare_queries: Vec<String>,
}

/// Searched: posting lists of Θ(n) ids to intersect.
const COMMON_SEARCHES: [&str; 4] = [
    "alpha beta",
    "gamma alpha",
    "beta gamma",
    "alpha beta gamma",
];

/// Ranked: Θ(n) hits, each in posting lists of Θ(n) ids.
const COMMON_RANKINGS: [&str; 2] = ["alpha beta", "lorem ipsum"];

/// How many documents hold rare words, at most.
const RARE_DOCS: usize = 256;

/// n documents. Common words: "lorem ipsum" in all of them, "alpha" in about
/// half, "beta" in about a third, "gamma" in about a quarter. Rare words:
/// `RARE_DOCS` documents spread over the n, the m-th of them holding
/// "u{m/8}" (8 documents per word) and "v{m/4}" (4 documents, twice in the
/// even ones), so "u{j} v{2j}" matches 4 documents. The targets are in q, p
/// and r, not in the number of documents N, and a slow query pays in N (a
/// counter per document) or in p·r (a scan of a posting list per hit); so
/// there are n/8 rare queries, whose p stays at 12 while N grows, besides
/// the common ones, whose p and r grow with n. The rare words are a fixed
/// few (not one per 8 documents) so that their lookups stay in cache as n
/// grows: a correct query must cost the same at every size. Not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let stride = (n / RARE_DOCS).max(1);
    let docs: Vec<String> = (0..n)
        .map(|d| {
            let mut doc = format!("filler{} filler{}", rng.below(20), rng.below(20));
            if rng.below(2) == 0 {
                doc.push_str(" alpha");
            }
            if rng.below(3) == 0 {
                doc.push_str(" beta");
            }
            if rng.below(4) == 0 {
                doc.push_str(" gamma");
            }
            let m = d / stride;
            if d % stride == 0 && m < RARE_DOCS {
                doc.push_str(&format!(" u{} v{}", m / 8, m / 4));
                if m % 2 == 0 {
                    doc.push_str(&format!(" v{}", m / 4));
                }
            }
            doc.push_str(" lorem ipsum");
            doc
        })
        .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let groups = (n.min(RARE_DOCS) / 8).max(1) as u64;
    let rare_queries = (0..n / 8)
        .map(|_| {
            let j = rng.below(groups);
            format!("u{j} v{}", 2 * j + rng.below(2))
        })
        .collect();
    Input {
        index: Index::new(&refs),
        rare_queries,
    }
}

/// Every rare query searched and ranked (O(1) each by the targets: O(n) in
/// all; O(n^2) for a query that costs O(N)), then the common queries: each
/// intersection O(n) (O(n^2) when it rescans a list per id), each ranking
/// O(n log n) (O(n^2) when it finds a hit's term frequency from the start
/// of the posting list).
pub fn run(input: Input) -> u64 {
    let mut found = 0;
    for query in &input.rare_queries {
        found += input.index.search(query).len() as u64;
        found += input.index.ranked(query).len() as u64;
    }
    for query in COMMON_SEARCHES {
        found += input.index.search(query).len() as u64;
    }
    for query in COMMON_RANKINGS {
        found += input.index.ranked(query).len() as u64;
    }
    found
}
