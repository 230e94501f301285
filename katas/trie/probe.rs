use crate::Rng;
use trie::Trie;

pub struct Input {
    words: Vec<String>,
}

const LETTERS: [char; 8] = ['a', 'b', 'c', 'd', 'é', 'ß', '日', '🦀'];

/// Word `k` of 10 chars: its first char is `k % 8`, the other nine spell `k / 8` in base 8,
/// most significant digit first (1 to 4 bytes a char).
fn word(k: usize) -> String {
    let rest = k / 8;
    std::iter::once(LETTERS[k % 8])
        .chain((0..9).rev().map(|d| LETTERS[(rest >> (3 * d)) & 7]))
        .collect()
}

/// Words 0..n in sorted order, all 10 chars long: each first char starts n/8 of them, and below
/// that they fill the bottom levels of the trie densely (about one node per word).
///
/// Random words would each end in a chain of nodes of their own (about six of 10 for a few
/// thousand words over 8 letters): with a `BTreeMap` per node that is 2 to 3 KB a word. Within
/// the measured sizes the run then outgrew the L2 cache, and glibc's allocator, once the freed
/// memory passed its trim threshold, handed it back to the system after each run, for the next
/// run to page-fault in again: insert went from 200 ns to 1.2 us a word between 256 and 4096
/// words, and correct tries measured n^1.42 to n^1.45. Dense words keep a run's memory at about
/// 100 bytes a word, and the sorted order makes each operation walk the path its predecessor
/// walked.
pub fn build(n: usize, _rng: &mut Rng) -> Input {
    let mut words: Vec<String> = (0..n).map(word).collect();
    words.sort();
    Input { words }
}

/// Byte length of the first `chars` chars of `q`.
fn prefix_len(q: &str, chars: usize) -> usize {
    q.char_indices().nth(chars).map_or(q.len(), |(b, _)| b)
}

/// n inserts, then for each word w (in the same order): starts_with of a short prefix of w,
/// contains of w plus one char (absent, so a scan of the words cannot stop early), and in turn
/// contains(w), starts_with of its first 6 chars, and words_with_prefix of its first 9 (the up
/// to 8 words that differ in the last char).
///
/// The short prefixes are the empty one and w's first char, alternately: n and n/8 words lie
/// under them, so a `starts_with` that lists or walks what lies under the prefix costs O(n) per
/// query and O(n^2) in all, while one that only walks the prefix costs O(m). The longer
/// queries walk 6 to 11 chars deep: that is where a slow lookup shows.
pub fn run(input: Input) -> u64 {
    let mut trie = Trie::new();
    let mut total = 0u64;
    for w in &input.words {
        total += trie.insert(w) as u64;
    }
    let mut longer = String::new();
    for (i, w) in input.words.iter().enumerate() {
        total += trie.starts_with(&w[..prefix_len(w, i % 2)]) as u64;
        longer.clear();
        longer.push_str(w);
        longer.push(LETTERS[i % 8]);
        total += trie.contains(&longer) as u64;
        total += match i % 3 {
            0 => trie.contains(w) as u64,
            1 => trie.starts_with(&w[..prefix_len(w, 6)]) as u64,
            _ => trie.words_with_prefix(&w[..prefix_len(w, 9)]).len() as u64,
        };
    }
    total
}
