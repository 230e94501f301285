// learner: optimal
// idiom: Lean-style: merge loops with an explicit decreasing measure (debug_assert), small lemma fns, query terms deduped by a BTreeSet
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Measure of a two-cursor state: how much input is still unread. Strictly decreases each round.
fn measure(a: &[DocId], b: &[DocId], i: usize, j: usize) -> usize {
    (a.len() - i) + (b.len() - j)
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        let before = measure(a, b, i, j);
        if a[i] < b[j] {
            i += 1;
        } else if b[j] < a[i] {
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
            j += 1;
        }
        debug_assert!(measure(a, b, i, j) < before);
    }
    out
}

struct Posting {
    docs: Vec<DocId>, // strictly increasing (documents are visited in id order)
    tf: Vec<u32>,     // tf[k] = occurrences in docs[k]
}

pub struct Index {
    n_docs: usize,
    terms: HashMap<String, Posting>,
}

/// Lemma: idf weight, total for df ≥ 1 (only ever called on a term that has a posting).
fn weight(n: usize, df: usize) -> f64 {
    debug_assert!(df >= 1 && df <= n);
    1.0 + (n as f64 / df as f64).ln()
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Posting> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let p = terms.entry(w).or_insert_with(|| Posting { docs: Vec::new(), tf: Vec::new() });
                if p.docs.last() == Some(&id) {
                    *p.tf.last_mut().unwrap() += 1;
                } else {
                    p.docs.push(id);
                    p.tf.push(1);
                }
            }
        }
        Index { n_docs: docs.len(), terms }
    }

    /// The postings of the distinct query words, or `None` when one word is absent.
    fn postings(&self, query: &str) -> Option<Vec<&Posting>> {
        let words: BTreeSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        words.iter().map(|w| self.terms.get(w)).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(ps) = self.postings(query) else { return Vec::new() };
        let (first, rest) = ps.split_first().expect("non-empty by construction");
        let mut acc = first.docs.clone();
        for p in rest {
            acc = intersect(&acc, &p.docs);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(ps) = self.postings(query) else { return Vec::new() };
        let hits = self.search(query);
        let mut scores = vec![0.0f64; hits.len()];
        for p in &ps {
            let w = weight(self.n_docs, p.docs.len());
            // hits ⊆ p.docs and both increase: one forward walk over p.docs.
            let mut k = 0;
            for (h, s) in hits.iter().zip(scores.iter_mut()) {
                while p.docs[k] < *h {
                    k += 1;
                }
                *s += p.tf[k] as f64 * w;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
