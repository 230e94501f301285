use crate::Rng;
use trie::Trie;

pub struct Input {
    words: Vec<String>,
    queries: Vec<String>,
}

const LETTERS: [char; 8] = ['a', 'b', 'c', 'd', 'é', 'ß', '日', '🦀'];

fn random_word(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| LETTERS[rng.below(LETTERS.len() as u64) as usize])
        .collect()
}

/// n random words of 8 to 12 chars over a small Unicode alphabet, and n queries of 10 chars
/// (mostly absent, so a linear scan cannot stop early).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let words = (0..n)
        .map(|_| {
            let len = 8 + rng.below(5) as usize;
            random_word(rng, len)
        })
        .collect();
    let queries = (0..n).map(|_| random_word(rng, 10)).collect();
    Input { words, queries }
}

/// Byte length of the first `chars` chars of `q`.
fn prefix_len(q: &str, chars: usize) -> usize {
    q.char_indices().nth(chars).map_or(q.len(), |(b, _)| b)
}

/// n inserts, then n queries cycling through contains, starts_with (of a 6-char prefix) and
/// words_with_prefix, each query also asking starts_with of a short prefix.
///
/// The short prefixes are the empty one and the query's first char, alternately: about n and
/// n/8 of the words lie under them, so a `starts_with` that lists or walks what lies under the
/// prefix costs O(n) per query and O(n^2) in all, while one that only walks the prefix costs
/// O(m). The 6-char prefixes cannot tell these apart (almost nothing lies under them), but they
/// walk deep, as the 10-char `contains` and `words_with_prefix` queries do: that is where a slow
/// lookup shows.
pub fn run(input: Input) -> u64 {
    let mut trie = Trie::new();
    let mut total = 0u64;
    for w in &input.words {
        total += trie.insert(w) as u64;
    }
    for (i, q) in input.queries.iter().enumerate() {
        total += trie.starts_with(&q[..prefix_len(q, i % 2)]) as u64;
        total += match i % 3 {
            0 => trie.contains(q) as u64,
            1 => trie.starts_with(&q[..prefix_len(q, 6)]) as u64,
            _ => trie.words_with_prefix(q).len() as u64,
        };
    }
    total
}
