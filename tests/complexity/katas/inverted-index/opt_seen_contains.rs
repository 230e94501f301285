// learner: optimal
// idiom: distinct query terms through HashSet::contains then insert, early ? on a term no document has
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words: maximal runs of alphanumeric
/// characters (Unicode-aware); everything else separates words.
pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The ids present in both sorted, duplicate-free slices, in order.
/// O(a + b): one pass over both, like the merge step of merge sort.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    out
}

/// The documents containing one term, by increasing id, with the number of
/// times the term occurs in each.
#[derive(Debug, Default)]
struct Postings {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

impl Postings {
    /// The counts of the given documents, which must all be in this list
    /// (both sorted by id): one merge-like pass, O(p + r).
    fn counts_of(&self, hits: &[DocId]) -> Vec<u32> {
        let mut out = Vec::with_capacity(hits.len());
        let (mut i, mut j) = (0, 0);
        while i < self.docs.len() && j < hits.len() {
            if self.docs[i] < hits[j] {
                i += 1;
            } else {
                out.push(self.counts[i]);
                i += 1;
                j += 1;
            }
        }
        out
    }
}

#[derive(Debug, Default)]
pub struct Index {
    postings: HashMap<String, Postings>,
    doc_count: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`. O(total text length).
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Postings> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                // Ids only grow, so a repeat within this document is last.
                if list.docs.last() == Some(&id) {
                    *list.counts.last_mut().expect("counts parallel docs") += 1;
                } else {
                    list.docs.push(id);
                    list.counts.push(1);
                }
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    /// The distinct query terms in order of first appearance, with their
    /// posting lists; None if some term occurs in no document.
    fn lookup(&self, query: &str) -> Option<Vec<&Postings>> {
        let mut seen = std::collections::HashSet::new();
        let mut lists = Vec::new();
        for term in tokenize(query) {
            if seen.contains(&term) {
                continue;
            }
            lists.push(self.postings.get(&term)?);
            seen.insert(term);
        }
        Some(lists)
    }

    /// Ids of the documents containing every word of `query`, increasing.
    /// A query without words matches nothing. O(q p) for q query words and
    /// p postings in their lists; intersecting shortest first keeps the
    /// running result small.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.lookup(query) {
            Some(lists) => Self::and(lists),
            None => Vec::new(),
        }
    }

    fn and(mut lists: Vec<&Postings>) -> Vec<DocId> {
        lists.sort_by_key(|p| p.docs.len());
        let mut iter = lists.into_iter();
        let Some(first) = iter.next() else { return Vec::new() };
        let mut acc = first.docs.clone();
        for list in iter {
            if acc.is_empty() {
                break;
            }
            acc = intersect(&acc, &list.docs);
        }
        acc
    }

    /// The matches of `search(query)` with their TF-IDF scores, best first;
    /// equal scores by increasing id. A document's score is the sum over
    /// the distinct query terms t of `tf(t, d) * (1 + ln(N / df(t)))`.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.lookup(query) else { return Vec::new() };
        let hits = Self::and(lists.clone());
        let mut scores = vec![0.0; hits.len()];
        let n = self.doc_count as f64;
        for list in lists {
            let idf = 1.0 + (n / list.docs.len() as f64).ln();
            for (slot, tf) in scores.iter_mut().zip(list.counts_of(&hits)) {
                *slot += tf as f64 * idf;
            }
        }
        let mut ranked: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }
}
