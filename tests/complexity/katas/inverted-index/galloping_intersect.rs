// learner: optimal
// idiom: galloping intersect (follow-up 1): walk the shorter list, exponential+binary search forward in the longer one from the last position — O(a log(b/a)) <= O(a+b); query words deduped with a HashSet
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(short.len());
    let mut lo = 0;
    for &x in short {
        // Gallop: find a window [lo + step/2, lo + step] that must hold x if it is present.
        let mut step = 1;
        while lo + step < long.len() && long[lo + step] < x {
            step *= 2;
        }
        let hi = (lo + step + 1).min(long.len());
        let rest = &long[lo..hi];
        let k = rest.partition_point(|&y| y < x);
        lo += k;
        if lo == long.len() {
            break;
        }
        if long[lo] == x {
            out.push(x);
            lo += 1;
        }
    }
    out
}

struct Term {
    ids: Vec<DocId>,
    tfs: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, Term>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Term> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            let mut counts: HashMap<String, u32> = HashMap::new();
            for w in tokenize(doc) {
                *counts.entry(w).or_insert(0) += 1;
            }
            for (w, c) in counts {
                let t = terms.entry(w).or_insert_with(|| Term { ids: Vec::new(), tfs: Vec::new() });
                t.ids.push(id);
                t.tfs.push(c);
            }
        }
        Index { terms, n_docs: docs.len() }
    }

    fn query_terms(&self, query: &str) -> Option<Vec<&Term>> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for w in tokenize(query) {
            if seen.contains(&w) {
                continue;
            }
            out.push(self.terms.get(&w)?);
            seen.insert(w);
        }
        if out.is_empty() {
            return None;
        }
        out.sort_unstable_by_key(|t| t.ids.len());
        Some(out)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.query_terms(query) {
            None => Vec::new(),
            Some(terms) => terms[1..]
                .iter()
                .fold(terms[0].ids.clone(), |acc, t| intersect(&acc, &t.ids)),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(terms) = self.query_terms(query) else { return Vec::new() };
        let hits = terms[1..].iter().fold(terms[0].ids.clone(), |acc, t| intersect(&acc, &t.ids));
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for t in &terms {
            let idf = 1.0 + (self.n_docs as f64 / t.ids.len() as f64).ln();
            let mut i = 0;
            for entry in scored.iter_mut() {
                while t.ids[i] != entry.0 {
                    i += 1;
                }
                entry.1 += t.tfs[i] as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
